# DEBUG and RETURN traps.
### DEBUG runs before each simple command with BASH_COMMAND
trap 'echo "dbg: $BASH_COMMAND"' DEBUG; x=1; echo hi; y=$x
### DEBUG before loops, case, (( )) but not inside functions
trap 'echo "d: $BASH_COMMAND"' DEBUG; for i in 1 2; do ((i > 1)); done; case a in a) :;; esac; f() { echo in f; }; f; trap - DEBUG; echo off
### trap -p shows DEBUG and RETURN
trap 'echo d' DEBUG; trap 'echo r' RETURN; trap -p RETURN DEBUG; trap - DEBUG RETURN; trap -p
### a global RETURN trap runs after source, not after functions
f() { echo in; }; trap 'echo "ret [${FUNCNAME[0]}]"' RETURN; f; echo mid; echo 'echo sourced' > lib.sh; . ./lib.sh; echo end
### a RETURN trap set in a function runs as it returns
g() { trap 'echo "gret $FUNCNAME"' RETURN; echo g; }; g; echo after; h() { :; }; h; echo end
### traps in pipeline stages and subshells
trap 'echo "d: $BASH_COMMAND"' DEBUG; (echo sub); echo x | cat
### the RETURN trap sees the status before return
g() { trap 'echo "gret $?"' RETURN; false; return 3; }; g; echo "after $?"; h() { trap 'echo "hret $?"' RETURN; false; }; h; echo "after $?"
