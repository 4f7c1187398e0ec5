# trap, checked against bash.
### EXIT trap on normal end
trap 'echo cleanup' EXIT; echo work
### EXIT trap keeps the exit status
trap 'echo cleanup' EXIT; exit 3
### exit in the EXIT trap sets the status
trap 'exit 4' EXIT; true
### listing traps
trap 'echo bye' EXIT; trap 'echo it'"'"'s' INT; trap; trap -p INT; trap - INT; trap
### ERR trap with set -e exemptions
trap 'echo "err $?"' ERR; false; true; f() { return 3; }; f; if false; then :; fi; false || true; ! false; echo end
### ERR trap before set -e exits
set -e; trap 'echo "failed with $?"' ERR; echo a; false; echo b
### trapped signal sent to the shell
trap 'echo got USR1' USR1; kill -USR1 $$; echo after
### trapped signal interrupts wait
trap 'echo usr' USR1; (sleep 0.2; kill -USR1 $$) & wait; echo "wait returned $?"; wait
### trap action that exits
trap 'echo term; exit 7' TERM; kill $$; echo not reached
### ignored signal
trap '' USR2; kill -USR2 $$; echo survived; trap
### ignored signals stay ignored in children
trap '' USR1; sh -c 'kill -USR1 $$; echo child survived'
### reset to the default
trap 'echo x' USR1; trap - USR1; trap; (kill -USR1 $$ 2>/dev/null; sleep 1); echo $?
### subshells reset traps but run their own EXIT
trap 'echo parent exit' EXIT; (trap 'echo sub exit' EXIT; echo in sub); (trap); echo out
### bad signal
trap 'echo x' NOSUCH; echo $?
### trap in a function with a loop
cleanup() { echo "cleaning $1"; }; trap 'cleanup tmp' EXIT; for i in 1 2; do echo $i; done
### exit without n in the EXIT trap uses $? from before the trap
trap 'false; exit' EXIT; (exit 7)
### exit without n in a signal trap uses $? of the last command (bash)
trap 'false; exit' USR1; (exit 3); kill -USR1 $$; echo after
### return in a signal trap returns from the function, with $? from before the trap
f() { trap 'false; return' USR1; (exit 6); kill -USR1 $$; echo after-kill; }; f; echo f=$?
g() { return; }; trap 'false; g; echo g=$?' USR2; kill -USR2 $$
### trap -p NAMES lists in the order given
trap "echo t" TERM INT; trap -p TERM INT; trap -p INT TERM
