# POSIX.1-2024 XCU 2.15 set: one case for each testable "shall", the clause
# quoted above it. -b and -m are in jobcontrol.sh and the .txt sessions.

### set: no arguments lists the variables, sorted, fit for reinput
# "If no options or arguments are specified, set shall write the names and
#  values of all shell variables in the collation sequence of the current
#  locale. Each name shall start on a separate line, using the format:
#  "%s=%s\n" ... The value string shall be written with appropriate
#  quoting ... The output shall be suitable for reinput to the shell"
: ; ZZB="b 'q'"; ZZA=1; set | grep -E '^(ZZA|ZZB)=' >saved; sed 's/=.*//' saved; unset ZZA ZZB; . ./saved; printf '%s\n' "$ZZA" "$ZZB"
#= stdout ZZA
#= stdout ZZB
#= stdout 1
#= stdout b 'q'

### set: options in their - and + forms
# "Implementations shall support the options in the following list in both
#  their <hyphen-minus> and <plus-sign> forms." (-n is left out: it would
#  stop the script; it has a case of its own)
for o in a b C e f h m u v x; do set -$o; case $- in *$o*) ;; *) echo "-$o not on";; esac; set +$o; case $- in *$o*) echo "+$o not off";; esac; done; echo done
#= stdout done

### set -a: every assignment exports, expansions and read included
# "When this option is on, whenever a value is assigned to a variable in
#  the current shell execution environment, the export attribute shall be
#  set for the variable. This applies to all forms of assignment, including
#  those made as a side-effect of variable expansions or arithmetic
#  expansions, and those made as a result of the operation of the cd,
#  getopts, or read utilities."
set -a; x=1; : ${y=2} $((z=3)); read r <<EOF
4
EOF
getopts q: o -q5; env | grep -E '^(x|y|z|r|o|OPTARG)=' | sort
#= stdout OPTARG=5
#= stdout o=q
#= stdout r=4
#= stdout x=1
#= stdout y=2
#= stdout z=3

### set -C: > does not overwrite, >| does
# "Prevent existing regular files from being overwritten by the shell's '>'
#  redirection operator ...; the ">|" redirection operator shall override
#  this noclobber option for an individual file."
echo a >f; set -C; echo b >f 2>/dev/null; echo "s=$?"; echo c >|f; cat f; echo new >g; cat g
#= stdout s=1
#= stdout c
#= stdout new

### set -e: a failing command exits the shell
# "When this option is on, when any command fails ..., the shell
#  immediately shall exit, as if by executing the exit special built-in
#  utility with no arguments"
set -e; (exit 3); echo not-reached
#= status 3

### set -e: not for a pipeline's other commands
# "The failure of any individual command in a multi-command pipeline ...
#  shall not cause the shell to exit. Only the failure of the pipeline
#  itself shall be considered."
set -e; false | true; echo one; true | false; echo not-reached
#= stdout one
#= status 1

### set -e: ignored in conditions, after !, and in AND-OR lists but the last
# "The -e setting shall be ignored when executing the compound list
#  following the while, until, if, or elif reserved word, a pipeline
#  beginning with the ! reserved word, or any command of an AND-OR list
#  other than the last."
set -e; if false; then :; elif false; then :; fi; while false; do :; done; until true; do :; done; ! true; false || true; false && true; echo survived
#= stdout survived

### set -e: a compound command whose failure came from an ignored one
# "If the exit status of a compound command other than a subshell command
#  was the result of a failure while -e was being ignored, then -e shall
#  not apply to this command."
set -e; { false && true; }; echo survived; (false && true); echo not-reached
#= stdout survived
#= status 1

### set -e: each subshell on its own
# "This requirement applies to the shell environment and each subshell
#  environment separately. For example, in: set -e; (false; echo one) |
#  cat; echo two the false command causes the subshell to exit without
#  executing echo one; however, echo two is executed"
set -e; (false; echo one) | cat; echo two; echo $(false; echo three) four
#= stdout two
#= stdout four

### set -f: no pathname expansion
# "-f The shell shall disable pathname expansion."
: >a1; set -f; echo a*; set +f; echo a*
#= stdout a*
#= stdout a1

### set -n: commands are read, not run
# "-n The shell shall read commands but does not execute them"
set -n; echo not-run; exit 4
#= status 0

### set -o: the settings, in some format
# "-o Write the current settings of the options to standard output in an
#  unspecified format."
set -o | grep -c '^noglob '
#= stdout 1

### set +o: commands that restore the settings
# "+o Write the current option settings to standard output in a format
#  that is suitable for reinput to the shell as commands that achieve the
#  same options settings."
set -fu; s=$(set +o); set +fu; eval "$s"; case $- in *f*u*) echo restored;; esac
#= stdout restored

### set -o NAME: every name POSIX lists
# "The following values of option shall be supported: allexport errexit
#  ignoreeof monitor noclobber noglob noexec nolog notify nounset pipefail
#  verbose vi xtrace" (noexec is left out: it would stop the script)
for o in allexport errexit ignoreeof monitor noclobber noglob nolog notify nounset pipefail verbose vi xtrace; do set -o $o 2>/dev/null || echo "no $o"; set +o $o 2>/dev/null; done; echo done
#= stdout done

### set -o: the names equivalent to letters
# "allexport Equivalent to -a. errexit Equivalent to -e. monitor
#  Equivalent to -m. noclobber Equivalent to -C (uppercase C). noglob
#  Equivalent to -f. noexec Equivalent to -n. notify Equivalent to -b.
#  nounset Equivalent to -u. verbose Equivalent to -v. xtrace Equivalent
#  to -x."
set -o allexport -o noclobber -o noglob -o notify -o nounset -o xtrace 2>/dev/null; f=$-; set +axCfbu; echo "$f" | grep -o '[abCfux]' | sort | tr -d '\n'; echo
#= stdout Cabfux

### set -o pipefail: a pipeline fails if any command fails
# "pipefail Derive the exit status of a pipeline from the exit statuses of
#  all of the commands in the pipeline, not just the last (rightmost)
#  command"
false | true; echo "a=$?"; set -o pipefail; (exit 3) | true; echo "b=$?"
#= stdout a=0
#= stdout b=3

### set -u: an unset parameter is an error that ends the script
# "When the shell tries to expand, in a parameter expansion or an
#  arithmetic expansion, an unset parameter other than the '@' and '*'
#  special parameters, it shall write a message to standard error and the
#  expansion shall fail with the consequences specified in 2.8.1"
set -u; echo "[$@$*]"; echo "$nosuchvar"; echo not-reached
#= stdout []
#= stderr nosuchvar
#= failed

### set -u: arithmetic expansion too
# "in a parameter expansion or an arithmetic expansion, an unset
#  parameter ..."
set -u; echo $((nosuchvar + 1)); echo not-reached
#= stderr nosuchvar
#= failed

### set -v: input is written to standard error as it is read
# "-v The shell shall write its input to standard error as it is read."
#= stdin
set -v
echo visible
#= stdout visible
#= stderr echo visible

### set -x: a trace of each command after expansion
# "-x The shell shall write to standard error a trace for each command
#  after it expands the command and before it executes it."
v=expanded; set -x; echo $v >/dev/null
#= stderr echo expanded

### set: the remaining arguments become the positional parameters
# "The remaining arguments shall be assigned in order to the positional
#  parameters. The special parameter '#' shall be set to reflect the number
#  of positional parameters. All positional parameters shall be unset
#  before any new values are assigned."
set -- a b c; set -- x y; echo "$# $1 $2 ${3-unset}"
#= stdout 2 x y unset

### set --: without arguments unsets them all
# "The command set -- without argument shall unset all positional
#  parameters and set the special parameter '#' to zero."
set -- a b; set --; echo "$# ${1-unset}"
#= stdout 0 unset

### set --: protects arguments that begin with - or +
# "The special argument "--" immediately following the set command name
#  can be used to delimit the arguments if the first argument begins with
#  '+' or '-'"
set -- -x +e; printf '%s|' "$1" "$2"; case $- in *x*) echo traced;; *) echo;; esac
#= stdout -x|+e|
