# POSIX mode (set -o posix, --posix, invoked as sh), beside bash's.
### posix: . of a missing file ends a script
set -o posix; . /nonexistent; echo after
### posix: assignment to a readonly variable ends a script
set -o posix; readonly x=1; x=2; echo after
### posix: export of a readonly variable ends a script
set -o posix; readonly y=1; export y=3; echo after
### posix: a redirection error on a special builtin ends a script
set -o posix; : > /nonexistent/x; echo after
### posix: a redirection error on a regular builtin does not
set -o posix; echo hi > /nonexistent/x; echo after $?
### posix: break outside a loop says nothing
set -o posix; f() { break; }; for i in 1 2; do echo $i; f; done
### posix: a script prints no job status lines
set -o posix; sleep 5 & kill $!; wait; echo a; sh -c 'kill $$'; echo b
### posix: the same without posix mode
sleep 5 & kill $!; wait; echo a; sh -c 'kill $$'; echo b
### posix: set -o lists posix
set -o posix; set -o | grep posix; set +o posix; set -o | grep posix
### posix: wait for an unknown pid or job is 127, silently (jobsh)
# Stricter than bash's posix mode, which still says "not a child of this
# shell": POSIX treats an unknown pid as one that exited with 127.
set -o posix; wait 999999; echo "w=$?"; wait %3; echo "w2=$?"
#= stdout w=127
#= stdout w2=127
### posix: bg on a running job is a silent success (jobsh)
set -o posix; set -m; sleep 1 & bg; echo "bg=$?"; kill %1
#= stdout bg=0
### posix: set -o posix sets POSIXLY_CORRECT
set -o posix; echo "[$POSIXLY_CORRECT]"; set +o posix; echo "[${POSIXLY_CORRECT-unset}]"
### posix: export -p and readonly -p write export and readonly lines, by name
set -o posix; export A="x y"; a=(1 2); export a; readonly R=1; export U; export -p | grep -E " (A|a|U|R)(=|$)"; readonly -p | grep -E " R="
### posix: assignments before a special builtin stay, exported
set -o posix; x=1 :; y=2 true; echo "x=$x y=${y-unset}"; env | grep '^x='
### posix: . searches PATH only
set -o posix; echo 'echo from cwd' >g; PATH=/nonexistent; . g; echo after
### posix: exit without n in a signal trap uses $? from before the trap (jobsh)
set -o posix; trap 'false; exit' USR1; (exit 3); kill -USR1 $$; echo after
#= status 0
### posix: a redirection error on exec ends a script
set -o posix; exec 3</nonexistent/f; echo not-reached
### posix: shift past the parameters warns (stderr)
set -o posix; shift; echo $?; set -- a; shift 2; echo $?
### posix: set -e holds in command substitutions, aliases expand in scripts
set -o posix; shopt -p inherit_errexit expand_aliases; set -e; echo $(false; echo three) four
alias e=echo
e aliased
### posix: trap lists names without SIG, trap -p every condition, kill -l names only
set -o posix; trap "echo x" USR1; trap "" USR2; trap -p; trap -p TERM USR1 EXIT; trap "echo e" ERR; trap; kill -l; kill -L; trap -l | head -1; (trap); trap -p RTMIN+3 DEBUG
### posix: bg writes [n] command &
set -o posix; set -m; sh -c 'kill -STOP $$'; bg >o 2>/dev/null; cat o; wait
