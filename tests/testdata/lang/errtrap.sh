# When bash runs the ERR trap: after a command that fails outside the
# contexts set -e ignores, if the trap was set before that command started
# and is still set; a function (without set -E) starts without it and gets
# it back as it returns, unless it set its own.
### a function that sets the trap and returns non-zero does not run it
f() { trap 'echo err' ERR; return 3; }; f; echo st=$?; f; echo st=$?; false; echo st=$?
### a trap set in a function runs for the function's own commands
f() { trap 'echo err $FUNCNAME' ERR; false; echo in; }; f; echo st=$?; f; echo st=$?
### a function does not see the caller's trap, and gets it back
trap 'echo e' ERR; f() { trap -p ERR; echo --; false; }; f; trap -p ERR
### a trap a function sets stays, a trap it removes comes back
trap 'echo e' ERR; f() { trap 'echo mine' ERR; }; f; false; g() { trap - ERR; }; g; false; trap -p ERR
### set -E: the function keeps the trap, and removing it there removes it
set -E; trap 'echo e $FUNCNAME' ERR; f() { g; }; g() { return 2; }; f; echo st=$?
set -E; trap 'echo e' ERR; h() { trap - ERR; return 1; }; h; echo st=$?; false; echo end
### return in a function's trap-setting code, and the call's status at the caller
trap 'echo e' ERR; f() { return 3; }; f; g() { f; echo in g $?; }; g; f && true; true && f; ! f; echo st=$?
### eval that sets the trap runs it for the command after, not for itself
eval 'trap "echo ev" ERR; false'; echo st=$?
### subshells and groups
trap 'echo e' ERR; ( exit 3 ); echo st=$?; { trap 'echo f' ERR; false; }; echo st=$?; ( trap 'echo s' ERR; exit 4 ); echo st=$?
### the fuzzer's case: the trap set in a function called in a loop
f1() { local v=${v:0:2}; trap 'echo err' ERR; return 3; }
n=0; while [ $n -lt 3 ]; do n=$((n+1)); ( { f1 bar; } </dev/null ); done; echo st=$?
### time runs the ERR trap once, for its pipeline
trap 'echo e' ERR; time false; echo st=$?; time true | false; echo st=$?
### set -e and time
set -e; time (exit 3); echo not reached
### under set -e an unbound variable exits at once: the EXIT trap's output goes where the redirections around the error send it
trap 'echo trapped' EXIT; set -eu; { [[ "$1" =~ foo ]]; } >f; echo not-reached
