# POSIX.1-2024 XCU 2.12 Signals and Error Handling: one case for each
# testable "shall", the clause quoted above it.

### 2.12 without job control an asynchronous list ignores SIGINT and SIGQUIT
# "If job control is disabled ... when the shell executes an asynchronous
#  AND-OR list, the commands in the list shall inherit from the shell a
#  signal action of ignored (SIG_IGN) for the SIGINT and SIGQUIT signals."
sh -c 'kill -INT $$; kill -QUIT $$; echo survived' & wait $!; echo "s=$?"
#= stdout survived
#= stdout s=0

### 2.12 without job control every command of an asynchronous list ignores SIGINT and SIGQUIT
# (as above: "the commands in the list shall inherit ... SIG_IGN"), a
# compound list too, and what its commands start; dash does so
{ sh -c 'kill -INT $$; kill -QUIT $$; echo group'; } & wait $!
( sh -c 'kill -INT $$; echo sub'; x=$(sh -c 'kill -QUIT $$; echo subst'); echo "$x" ) & wait $!; echo "s=$?"
#= stdout group
#= stdout sub
#= stdout subst
#= stdout s=0
#= not-bash bash 5.2 ignores them only for a simple command: its { } & and ( ) & children start sh with SIGINT at its default

### 2.12 other commands inherit the shell's own signal actions
# "In all other cases, commands executed by the shell shall inherit the
#  same signal actions as those inherited by the shell from its parent"
sh -c 'kill -INT $$; echo not-reached'; echo "s=$?"
#= stdout s=130

### 2.12 an ignoring trap is inherited, a catching one is not
# "... unless a signal action is modified by the trap special built-in"
# (trap: an empty action ignores the signal; a caught signal is reset to
# the default in the command)
trap '' USR1; sh -c 'kill -USR1 $$; echo ignored'; trap 'echo caught' USR2; sh -c 'kill -USR2 $$; echo not-reached'; echo "s=$?"
#= stdout ignored
#= stdout s=140

### 2.12 with job control on, an asynchronous list keeps SIGINT
# "If job control is disabled ..." (only then): with set -m the SIGINT of
# a background job is the shell's own, the default
#= tty
set -m; sh -c 'kill -INT $$; echo not-reached' & wait $!; echo "s=$?"
#= stdout s=130

### 2.12 a trap waits for the foreground command to finish
# "When a signal for which a trap has been set is received while the shell
#  is waiting for the completion of a utility executing a foreground
#  command, the trap associated with that signal shall not be executed
#  until after the foreground command has completed."
trap 'echo trap ran' USR1; sh -c 'kill -USR1 $PPID; sleep 0.3; echo child done'; echo next
#= stdout child done
#= stdout trap ran
#= stdout next

### 2.12 a trapped signal ends wait at once, > 128, then the trap runs
# "When the shell is waiting, by means of the wait utility, for
#  asynchronous commands to complete, the reception of a signal for which
#  a trap has been set shall cause the wait utility to return immediately
#  with an exit status >128, immediately after which the trap associated
#  with that signal shall be taken."
trap 'echo trap ran' USR1; sleep 5 & p=$!; (sleep 0.2; kill -USR1 $$) & wait $p; s=$?; echo "s=$s"; kill $p
#= stdout trap ran
#= stdout s=138
