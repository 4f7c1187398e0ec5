# POSIX.1-2024 XCU 2.15 trap: one case for each testable "shall", the
# clause quoted above it.

### trap: a first operand that is a number resets every operand
# "If the -p option is not specified and the first operand is an unsigned
#  decimal integer, the shell shall treat all operands as conditions, and
#  shall reset each condition to the default value."
trap 'echo x' INT TERM; trap 2 15; trap; echo done
#= stdout done

### trap: - resets
# "If action is '-', the shell shall reset each condition to the default
#  value."
trap 'echo x' USR1 HUP; trap - USR1 HUP; trap; echo done
#= stdout done

### trap: an empty action ignores the condition
# "If action is null (""), the shell shall ignore each specified condition
#  if it arises."
trap '' USR1; kill -USR1 $$; echo alive
#= stdout alive

### trap: the action runs when the condition arises
# "Otherwise, the argument action shall be read and executed by the shell
#  when one of the corresponding conditions arises."
trap 'echo got USR1' USR1; kill -USR1 $$; echo after
#= stdout got USR1
#= stdout after

### trap: a new action overrides the old
# "The action of trap shall override a previous action (either default
#  action or one explicitly set)."
trap 'echo one' USR1; trap 'echo two' USR1; kill -USR1 $$
#= stdout two

### trap: $? after the action is what it was before
# "The value of "$?" after the trap action completes shall be the value it
#  had before the trap action was executed."
trap '(exit 9)' USR1; kill -USR1 $$; echo "s=$?"
#= stdout s=0

### trap: 0 is EXIT, and EXIT occurs when the shell exits
# "The condition can be EXIT, 0 (equivalent to EXIT), or a signal ...
#  The EXIT condition shall occur when the shell terminates normally
#  (exits)"
trap 'echo bye' 0; echo hi; exit 3
#= stdout hi
#= stdout bye
#= status 3

### trap: the EXIT action sees the environment of the last command
# "The environment in which the shell executes a trap action on EXIT shall
#  be identical to the environment immediately after the last command
#  executed before the trap action on EXIT was executed."
trap 'echo "$v $? $PWD"' EXIT; v=set; cd /; (exit 4)
#= stdout set 4 /
#= status 4

### trap: each time, as if by eval
# "each time a matching condition arises, the action shall be executed in
#  a manner equivalent to: eval action"
trap 'echo "a $n"; n=$((n+1))' USR1; n=1; kill -USR1 $$; kill -USR1 $$; echo "n=$n"
#= stdout a 1
#= stdout a 2
#= stdout n=3

### trap: a signal ignored on entry cannot be trapped, and is listed
# "Signals that were ignored on entry to a non-interactive shell cannot be
#  trapped or reset" ... the list without -p contains the conditions "not
#  in the default state (including signals that were ignored on entry to a
#  non-interactive shell)"
trap '' USR1; $TESTSH -c 'trap "echo caught" USR1; trap - USR1; kill -USR1 $$; echo alive; trap'
#= stdout alive
#= stdout trap -- '' USR1
#= jobsh-open the Go runtime puts its own handler on every signal but SIGHUP and SIGINT before the shell starts (those two are met: see the case below), so jobsh cannot tell that USR1 was ignored on entry

### trap: SIGINT and SIGHUP ignored on entry cannot be trapped or reset, and are listed
# (the clause above, for the two signals whose inherited disposition Go's
# runtime lets jobsh see)
trap '' INT HUP; $TESTSH -c 'trap "echo caught" INT HUP; trap - HUP; kill -INT $$; kill -HUP $$; echo alive; trap'
#= stdout alive
#= stdout trap -- '' HUP
#= stdout trap -- '' INT

### trap: traps stay until changed
# "Traps shall remain in place for a given shell until explicitly changed
#  with another trap command."
trap 'echo t' USR1; f() { :; }; f; eval ':'; kill -USR1 $$; kill -USR1 $$
#= stdout t
#= stdout t

### trap: a subshell resets caught signals, keeps ignored ones
# "When a subshell is entered, traps that are not being ignored shall be
#  set to the default actions"
trap 'echo caught' USR1; trap '' USR2; (trap 'echo i' INT; trap)
#= stdout trap -- 'echo i' INT
#= stdout trap -- '' USR2

### trap: in a subshell with no trap set yet, the parent's are listed
# "If the command is executed in a subshell ... and no trap commands with
#  operands have been executed since entry to the subshell, the list shall
#  contain the commands that were associated with each condition
#  immediately before the subshell environment was entered."
trap 'echo x' USR1; (trap); s=$(trap); echo "$s"
#= stdout trap -- 'echo x' USR1
#= stdout trap -- 'echo x' USR1

### trap: no operands lists the conditions not in the default state
# "The trap command with no operands shall write to standard output a list
#  of commands associated with each of a set of conditions; if the -p
#  option is not specified, this set shall contain only the conditions
#  that are not in the default state ... The format shall be: "trap -- %s
#  %s ...\n", <action>, <condition> ..."
trap 'echo x' USR1; trap 'echo e' EXIT; trap - EXIT; trap
#= stdout trap -- 'echo x' USR1

### trap -p: without operands, every condition
# "if the -p option is specified, the set shall contain all conditions,
#  except that it is unspecified whether conditions corresponding to the
#  SIGKILL and SIGSTOP signals are included"
trap 'echo x' USR1; trap -p | grep -E ' (EXIT|HUP|INT|TERM|USR1)$'
#= stdout trap -- - EXIT
#= stdout trap -- - HUP
#= stdout trap -- - INT
#= stdout trap -- 'echo x' USR1
#= stdout trap -- - TERM

### trap: the listing is fit for reinput
# "The shell shall format the output, including the proper use of
#  quoting, so that it is suitable for reinput to the shell as commands
#  that achieve the same trapping results"
trap 'echo "it'"'"'s"' USR1; s=$(trap); trap - USR1; eval "$s"; kill -USR1 $$
#= stdout it's

### trap -p CONDITION: the listing of the named ones
# "-p Write to standard output a list of commands associated with each
#  condition operand."
trap 'echo x' USR1; trap 'echo y' USR2; trap -p USR2
#= stdout trap -- 'echo y' USR2

### trap: numbers for the XSI signals
# "XSI-conformant systems also allow numeric signal numbers for the
#  conditions corresponding to the following signal names: 1 SIGHUP 2
#  SIGINT 3 SIGQUIT 6 SIGABRT 9 SIGKILL 14 SIGALRM 15 SIGTERM"
trap 'echo h' 1; trap 'echo a' 14; kill -HUP $$; kill -ALRM $$; trap
#= stdout h
#= stdout a
#= stdout trap -- 'echo h' HUP
#= stdout trap -- 'echo a' ALRM

### trap: an invalid signal warns, fails, and does not abort
# "If an invalid signal name or number is specified, the trap utility
#  shall write a warning message to standard error." EXIT STATUS: "If the
#  trap name or number is invalid, a non-zero exit status shall be
#  returned ... invalid signal names or numbers shall not be considered an
#  error and shall not cause the shell to abort."
trap 'echo x' NOSUCHSIG; echo "s=$?"; trap 'echo x' 999; echo "t=$?"
#= stdout s=1
#= stdout t=1
#= stderr NOSUCHSIG
