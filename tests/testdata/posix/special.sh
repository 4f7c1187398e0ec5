# POSIX.1-2024 XCU 2.15 Special Built-In Utilities (break, colon, continue,
# dot, eval, exec, exit, export, readonly, return, set, shift, times, trap,
# unset): one case for each testable "shall", the clause quoted above it.
# (The issue calls the section 2.14; in POSIX.1-2024 2.14 is Pattern
# Matching Notation and the special built-ins are 2.15.) set and trap have
# files of their own.

### 2.15 an error in a regular built-in does not abort the shell
# "an error in a regular built-in utility shall not cause a shell executing
#  that utility to abort"
cd /nonexistent 2>/dev/null; echo "alive $?"
#= stdout alive 1

### 2.15 assignments before a special built-in stay
# "variable assignments preceding the invocation of a special built-in
#  utility affect the current execution environment; this shall not be the
#  case with a regular built-in or other utility"
x=1 :; y=2 true; z=3 env >/dev/null; echo "x=$x y=${y-unset} z=${z-unset}"
#= stdout x=1 y=unset z=unset

### break: exits from the nth enclosing loop
# "If n is specified, the break utility shall exit from the nth enclosing
#  for, while, or until loop. ... Execution shall continue with the command
#  immediately following the exited loop."
for i in 1 2; do for j in a b; do break 2; done; echo inner-after; done; echo "after $i$j"
#= stdout after 1a

### break: without n as if n were 1
# "If n is not specified, break shall behave as if n was specified as 1."
for i in 1 2; do for j in a b; do break; done; echo "outer $i$j"; done
#= stdout outer 1a
#= stdout outer 2a

### break: n greater than the loops exits the outermost
# "If n is greater than the number of enclosing loops, the outermost
#  enclosing loop shall be exited."
for i in 1 2; do while :; do break 7; done; echo no; done; echo "after $i"
#= stdout after 1

### break: a while loop's condition list is enclosed too
# "A loop lexically encloses a break or continue command if the command is
#  ... Contained in a compound-list associated with the loop (either in the
#  compound-list of the loop's do-group or, if the loop is a while or until
#  loop, in the compound-list following the while or until reserved word)"
n=0; while n=$((n+1)); [ $n -gt 2 ] && break; true; do echo "n=$n"; done; echo "end $n"
#= stdout n=1
#= stdout n=2
#= stdout end 3

### continue: in an until condition it repeats the condition list
# "Returning to the top of the loop involves repeating the condition list
#  of a while or until loop" (bash takes continue's 0 as the condition's
#  status instead and ends the until loop; dash repeats, as POSIX says)
n=0; until n=$((n+1)); [ $n = 2 ] && continue; [ $n -gt 3 ]; do echo "u=$n"; done
#= stdout u=1
#= stdout u=3
#= not-bash bash ends the loop after u=1

### colon: does nothing and returns 0
# "This utility shall do nothing except return a 0 exit status."
false; : anything at all; echo "s=$?"
#= stdout s=0
#= nostderr

### colon: no options, no --
# "This utility shall not recognize the "--" argument ... Implementations
#  shall not support any options."
: --help; echo "a=$?"; : -x -- -; echo "b=$?"
#= stdout a=0
#= stdout b=0
#= nostderr

### colon: x=y : > z sets x and creates z
# (APPLICATION USAGE, from the special built-in rules:) "x=y : > z which
#  sets variable x to the value y (so that it persists after the null
#  utility completes) and creates or truncates file z"
echo old >z; x=y : > z; echo "x=$x size=$(wc -c <z)"
#= stdout x=y size=0

### continue: returns to the top of the nth enclosing loop
# "If n is specified, the continue utility shall return to the top of the
#  nth enclosing for, while, or until loop."
for i in 1 2; do for j in a b; do continue 2; echo no; done; echo no2; done; echo "after $i$j"
#= stdout after 2a

### continue: without n as if n were 1
# "If n is not specified, continue shall behave as if n was specified as 1."
for i in 1 2 3; do [ $i = 2 ] && continue; echo $i; done
#= stdout 1
#= stdout 3

### continue: n greater than the loops uses the outermost
# "If n is greater than the number of enclosing loops, the outermost
#  enclosing loop shall be used."
for i in 1 2; do for j in a b; do continue 9; done; echo no; done; echo "after $i$j"
#= stdout after 2a

### dot: runs the file in the current environment
# "The shell shall tokenize ... the contents of the file, parse the tokens
#  ..., and execute the resulting commands in the current environment."
printf 'x=5\ncd /\n' >f; . ./f; echo "x=$x pwd=$PWD"
#= stdout x=5 pwd=/

### dot: a name without a slash is searched in PATH, and need not be executable
# "If file does not contain a <slash>, the shell shall use the search path
#  specified by PATH to find the directory containing file. Unlike normal
#  command search, however, the file searched for by the dot utility need
#  not be executable."
mkdir d; echo 'echo found in path' >d/f; chmod -x d/f; PATH=$PWD/d:$PATH; . f
#= stdout found in path

### dot: a missing file aborts a non-interactive shell
# "If no readable file is found, a non-interactive shell shall abort"
. ./missing-file; echo after
#= status 1

### dot: the current directory is not searched unless PATH says so
# "the shell shall use the search path specified by PATH to find the
#  directory containing file" (RATIONALE: "Some older implementations
#  searched the current directory for the file, even if the value of PATH
#  disallowed it. This behavior was omitted")
echo 'echo from cwd' >g; PATH=/nonexistent; . g; echo after
#= status 1

### dot: exit status of the last command, or 0
# "Otherwise, return the value of the last command executed, or a zero
#  exit status if no command is executed."
echo 'false' >f; . ./f; echo "a=$?"; : >e; false; . ./e; echo "b=$?"
#= stdout a=1
#= stdout b=0

### eval: joins its arguments with spaces
# "The eval utility shall construct a command string by concatenating
#  arguments together, separating each with a <space> character."
eval 'printf "[%s]\n"' '"a' 'b"'
#= stdout [a b]

### eval: runs in the current environment
# "The constructed command string shall be tokenized ..., parsed ..., and
#  executed by the shell in the current environment."
eval 'x=3; cd /'; echo "x=$x $PWD"
#= stdout x=3 /

### eval: no or only null arguments give 0
# "If there are no arguments, or only null arguments, eval shall return a
#  zero exit status"
false; eval; echo "a=$?"; false; eval '' ''; echo "b=$?"
#= stdout a=0
#= stdout b=0

### eval: the status of the command it ran
# "otherwise, it shall return the exit status of the command defined by the
#  string of concatenated arguments"
eval '(exit 9)'; echo "s=$?"
#= stdout s=9

### exec: without operands, redirections apply to the shell
# "If exec is specified with no operands, any redirections associated with
#  the exec command shall be made in the current shell execution
#  environment."
exec 3>f 4>&1 >g; echo hi >&3; echo to-g; exec >&4 3>&- 4>&-; cat f g
#= stdout hi
#= stdout to-g

### exec: replaces the shell with the utility
# "If exec is specified with a utility operand, the shell shall execute a
#  non-built-in utility ... If utility is specified and is executed, exec
#  shall not return to the shell; rather, the exit status of the current
#  shell execution environment shall be the exit status of utility."
exec sh -c 'echo $0; exit 4' zero; echo not-reached
#= stdout zero
#= status 4

### exec: a failing exec ends a non-interactive shell, 127 if not found
# "If the exec command fails, a non-interactive shell shall exit from the
#  current shell execution environment" ... "If utility is specified and an
#  attempt to execute it as a non-built-in utility fails, the exit status
#  shall be as described in 2.9.1.6"
exec /nonexistent/cmd; echo not-reached
#= status 127

### exec: a file that cannot be executed gives 126
# "the exit status shall be as described in 2.9.1.6 Non-built-in Utility
#  Execution" (126: found but not executable)
: >f; exec ./f; echo not-reached
#= status 126

### exec: in a subshell, only the subshell exits
# "a non-interactive shell shall exit from the current shell execution
#  environment"
(exec /nonexistent/cmd; echo not-reached) 2>/dev/null; echo "s=$?"
#= stdout s=127

### exec: a redirection error exits with 1-125
# "If a redirection error occurs (see 2.8.1 Consequences of Shell Errors),
#  the exit status shall be a value in the range 1-125."
exec 3</nonexistent/f; echo not-reached
#= status 1

### exit: exits with n
# "If n is specified and has a value between 0 and 255 inclusive, the wait
#  status of the shell or subshell shall indicate that it exited with exit
#  status n."
exit 255
#= status 255

### exit: from a subshell the shell continues
# "If the current execution environment is a subshell environment, the
#  shell shall exit from the subshell environment and continue in the
#  environment from which that subshell environment was invoked"
(exit 3; echo no); echo "s=$?"
#= stdout s=3

### exit: without n, $?
# "If n is not specified, the result shall be as if n were specified with
#  the current value of the special parameter '?'"
(exit 6); exit
#= status 6

### exit: without n in a trap action, $? from before the action
# "except that if the exit command would cause the end of execution of a
#  trap action, the value for the special parameter '?' that is considered
#  "current" shall be the value it had immediately preceding the trap
#  action."
trap 'false; exit' EXIT; (exit 7)
#= status 7

### exit: the EXIT trap runs, and exit in it exits at once
# "A trap action on EXIT shall be executed before the shell terminates,
#  except when the exit utility is invoked in that trap action itself, in
#  which case the shell shall exit immediately."
trap 'echo bye; exit 2; echo no' EXIT; exit 1
#= stdout bye
#= status 2

### export: exported variables reach later commands, with =word's value
# "The shell shall give the export attribute to the variables corresponding
#  to the specified names, which shall cause them to be in the environment
#  of subsequently executed commands. If the name of a variable is followed
#  by =word, then the value of that variable shall be set to word."
Y=2; export X=1 Y; env | grep -E '^[XY]=' | sort
#= stdout X=1
#= stdout Y=2

### export: a declaration utility (no splitting, tilde after = and :)
# "The export special built-in shall be a declaration utility. Therefore,
#  if export is recognized as the command name of a simple command, then
#  subsequent words of the form name=word shall be expanded in an
#  assignment context."
HOME=/h; a='1 2'; export V=$a W=~/x:~/y; echo "$V|$W"
#= stdout 1 2|/h/x:/h/y

### export -p: the export NAME=VALUE format, fit for reinput
# "When -p is specified, export shall write to the standard output the
#  names and values of all exported variables, in the following format:
#  "export %s=%s\n" ... "export %s\n", <name> if name is unset. The shell
#  shall format the output, including the proper use of quoting, so that it
#  is suitable for reinput to the shell"
export Q="a 'b\" \$c" U; export -p | grep -E '^export (Q|U)' >saved; cat saved | sed 's/=.*//'; unset Q; . ./saved; printf '%s\n' "$Q"
#= stdout export Q
#= stdout export U
#= stdout a 'b" $c

### readonly: values cannot change, nor be unset
# "The values of variables with the readonly attribute cannot be changed by
#  subsequent assignment or use of the export, getopts, readonly, or read
#  utilities, nor can those variables be unset by the unset utility."
readonly R=1; (R=2) 2>/dev/null; (export R=3) 2>/dev/null; (readonly R=4) 2>/dev/null; echo x | (read R) 2>/dev/null; (unset R) 2>/dev/null; (getopts a R -a) 2>/dev/null; echo "R=$R"
#= stdout R=1

### readonly: =word sets the value, as a declaration utility
# "If the name of a variable is followed by =word, then the value of that
#  variable shall be set to word. The readonly special built-in shall be a
#  declaration utility."
a='1 2'; readonly V=$a; echo "$V"
#= stdout 1 2

### readonly -p: the readonly NAME=VALUE format, fit for reinput
# "When -p is specified, readonly writes to the standard output the names
#  and values of all read-only variables, in the following format:
#  "readonly %s=%s\n" ... The shell shall format the output, including the
#  proper use of quoting, so that it is suitable for reinput"
readonly P="a 'b\" \$c"; line=$(readonly -p | grep '^readonly P='); eval "v=${line#readonly P=}"; printf '%s\n' "$v"
#= stdout a 'b" $c

### return: stops the function, with status n
# "The return utility shall cause the shell to stop executing the current
#  function or dot script." "The exit status shall be n, if specified"
f() { echo a; return 4; echo b; }; f; echo "s=$?"
#= stdout a
#= stdout s=4

### return: stops a dot script
# "The return utility shall cause the shell to stop executing the current
#  function or dot script."
printf 'echo in\nreturn 3\necho no\n' >f; . ./f; echo "s=$?"
#= stdout in
#= stdout s=3

### return: without n, $?
# "If n is not specified, the result shall be as if n were specified with
#  the current value of the special parameter '?'"
f() { (exit 5); return; }; f; echo "s=$?"
#= stdout s=5

### shift: shifts by n
# "Positional parameter 1 shall be assigned the value of parameter (1+n),
#  ... The parameters represented by the numbers "$#" down to "$#-n+1"
#  shall be unset, and the parameter '#' is updated"
set -- a b c d e; shift 2; echo "$# $* ${4-unset}"
#= stdout 3 c d e unset

### shift: n defaults to 1, and 0 changes nothing
# "If n is not given, it shall be assumed to be 1. If n is 0, the
#  positional and special parameters are not changed."
set -- a b; shift; echo "$# $1"; shift 0; echo "$# $1"
#= stdout 1 b
#= stdout 1 b

### shift: n greater than $#: exit, or non-zero with a warning
# "If the n operand is invalid or is greater than "$#", this may be treated
#  as an error and a non-interactive shell may exit; if the shell does not
#  exit in this case, a non-zero exit status shall be returned and a
#  warning message shall be written to standard error."
(set -- a; shift 3; echo "s=$?" >o) 2>e; if [ -s o ]; then grep -q 's=[1-9]' o && [ -s e ] && echo ok; else echo ok; fi
#= stdout ok

### times: two lines of user and system times
# "The times utility shall write the accumulated user and system times for
#  the shell and for all of its child processes, in the following POSIX
#  locale format: "%dm%fs %dm%fs\n%dm%fs %dm%fs\n""
times | grep -cE '^[0-9]+m[0-9]+\.[0-9]+s [0-9]+m[0-9]+\.[0-9]+s$'
#= stdout 2

### unset: unsets variables and removes their export attribute
# "The unset utility shall unset each variable or function definition
#  specified by name that does not have the readonly attribute and remove
#  any attributes other than readonly that have been given to name"
export E=1; unset E; E=2; env | grep -c '^E='
#= stdout 0
#= status 1

### unset -v: removes the variable from the environment
# "If -v is specified, name refers to a variable name and the shell shall
#  unset it and remove it from the environment."
export E=1; unset -v E; echo "${E-unset}"; env | grep -c '^E='
#= stdout unset
#= stdout 0
#= status 1

### unset -f: unsets the function
# "If -f is specified, name refers to a function and the shell shall unset
#  the function definition."
f() { echo f; }; unset -f f; f 2>/dev/null; echo "s=$?"
#= stdout s=127

### unset: unsetting what was not set is no error
# "Unsetting a variable or function that was not previously set shall not
#  be considered an error and does not cause the shell to abort."
unset -v nosuchvar; unset -f nosuchfunc; unset nosuch2; echo "s=$?"
#= stdout s=0
#= nostderr

### unset: a readonly variable stays, status > 0
# "Read-only variables cannot be unset." EXIT STATUS ">0 At least one name
#  could not be unset."
readonly R=1; (unset R; echo "s=$?") 2>/dev/null; echo "after=$? R=$R"
#= stdout after=1 R=1
#= not-bash bash's posix mode goes on after the failed unset (2.8.1 says a special built-in's error ends the shell)
