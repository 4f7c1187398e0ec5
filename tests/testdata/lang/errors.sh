# Errors: clear messages, bash's statuses, the shell goes on.
### command not found (stderr)
nosuchcommand; echo $?
### not executable
touch f; ./f; echo $?
### directory as command
mkdir d; ./d; echo $?
### missing path
./missing; echo $?
### syntax error exits 2
echo before; if then
### commands on lines before a syntax error run
echo before
if then
### syntax error unclosed quote
echo "abc
### unsupported construct (jobsh)
#= status 2
#= stderr coproc: not supported
echo not run; coproc cat
### unsupported coproc (jobsh)
#= status 2
#= stderr coproc: not supported
coproc cat
### cd errors (stderr)
cd /nonexistent; echo $?
### cd to file
touch f; cd f; echo $?
### exit with a status
exit 7
### exit with too large a status
exit 300
### exit with bad argument
exit abc
### shift too far
set -- a; shift 3; echo $? $#
### set -e stops the script
set -e; echo a; false; echo b
### set -e ignores conditions
set -e; if false; then :; fi; false || true; ! true; false && true; echo survived
### set -e in a pipeline
set -e; false | true; echo survived
### set -u
set -u; echo ${unset_var}; echo after
### set -u with default
set -u; echo ${unset_var:-ok}
### parameter error
echo ${x?is required}; echo after
### return outside a function
return 3; echo $?
### break outside a loop
break; echo $?
### bad option to a builtin
pwd -Z; echo $?
### read at end of input
read x < /dev/null; echo $?
### file without shebang runs as a script
printf 'echo from script\nexit 4\n' > s; chmod +x s; ./s; echo $?
### script with missing interpreter
printf '#!/nonexistent/interp\necho no\n' > s; chmod +x s; ./s; echo $?
### kill with bad signal
kill -FOO $$; echo $?
### wait for a non-child
wait 1; echo $?
### fg without job control
fg; echo $?
### foreground job killed by SIGTERM
sh -c 'kill -TERM $$'; echo $?
### foreground job killed by SIGKILL (stderr)
sh -c 'kill -KILL $$' 2>/dev/null; echo $?
### foreground job killed by SIGINT says nothing
sh -c 'kill -INT $$'; echo $?
### last stage killed in a pipeline
echo x | sh -c 'kill -HUP $$'; echo $?
### arithmetic errors: message, and $((...)) ends the command line (stderr)
let x=3; let 3/0; ((3%0)); let ' 5/0 '; echo st=$?; echo $((  1/(2-2)  + 3 )); echo not here
### arithmetic error in a pipeline stage and a command substitution
true | echo $((1/0)); echo here; x=$(echo $((2**-1)); echo inner); echo "[$x]"; echo $((x/0)) | cat; echo st=$?
### invalid indirect expansion ends the command line (stderr)
(echo ${!a}; echo in); echo out; a=b; b=c; echo ${!a}; a=; echo "[${!a}]"; echo not here
### expansion errors in an assignment are reported (stderr)
(x=$((1/0)); echo a); (unset a; x=${!a}; echo b); echo st=$?
### set -u: an unset variable in an assignment, alone or in a declaration, ends the shell (stderr)
set -u; w=$x; echo not reached
### set -u in a declaration (stderr)
set -u; f() { local a=$x; echo in; }; f; echo not reached
### set -u in an export (stderr)
set -u; export e=$x; echo not reached
### set -u holds in arithmetic, for a name a value names too (stderr)
set -u; x=2; echo $(( x * 3 )); ((x++)); echo $x $((w=4)) $w; v=a; echo $((v+1)); echo not reached
### set -u in (( )) (stderr)
set -u; (( z )); echo not reached
### arithmetic syntax errors of values and [[ -eq operands are worded as bash's (stderr)
for e in 'i j' - /tmp/x '{1..5..2}' 'x{1..3}' '*' 'a*' "'" -- '?x' a-b- %s '[ab]*' '1 +' '(1' '( 1 + (2'; do [[ 2 -eq $e ]]; echo "s=$?"; x=$e; (( x )); echo "t=$?"; (echo $((x))); done
### arithmetic on a value does not expand $v or {a,b} in it, as in bash (stderr)
for e in '$v' '{a,b}' '{a,}' '\n' 'x{1..3}' '1+$v' '\n 2 "' 'a $b' 3; do v=1; [[ 2 -eq $e ]]; echo "s=$?"; x=$e; (( x )); echo "t=$?"; (echo $((x))); declare -i n; n=$e; echo "n=$n"; done
### a group's redirection is expanded at the last line bash parsed before running it (stderr)
set -u
echo a; {
:
} <<<$x; echo b
### a subshell's redirection and body are at the line of its ) (stderr)
set -u
for i in 1; do
(
{
:
} <<<$x
)
done
echo "after $?"
### in a function, before any command sets another, the line is the one its body starts on (stderr)
set -u
f()
{
echo a
if true; then
:
fi <<<$x
}
f
### for and case set their own line for what runs inside; while and if do not (stderr)
set -u
for i in 1 2; do
echo a
if true; then :; fi <<<${x-}
{ :; } <<<$y
done
### case sets its line for its body (stderr)
set -u
case a in
a)
{ :; } <<<$y
esac
### while leaves the line of the top-level command (stderr)
set -u
while true; do
{ :; } <<<$y
break
done
### [[ ]] and (( )) set their line only after their redirections (stderr)
set -u
[[ -n x ]] && {
:
} <<<$x
### $LINENO in a compound command's redirection and in its body
{
echo $LINENO
} <<<$LINENO; cat <<<$LINENO
f() {
cat
} <<<$LINENO
f
trap 'echo debug $LINENO' DEBUG
case a in
a) ;;
esac
### after an arithmetic error abandons a command, the next lines count from the error's line, as bash's parser does (stderr)
echo
if true; then
echo
echo $((1/0))
fi
echo $LINENO
w=x y
f() { echo "in f $LINENO"; }
f
### a function left by an arithmetic error puts back the line of its call (stderr)
f() {
echo $((1/0))
}
echo
f
echo $LINENO
### a simple command's line is where bash's parser was once it had read the token after its first word (stderr)
echo "a
b" $LINENO
echo $LINENO "x
y"; echo $LINENO
nocmd "x
y"
x=$(echo
) nocmd2
nocmd3 <<EOF
a
EOF
echo $LINENO
### [[ ]] and (( )) over several lines are at their last line; an arithmetic error's text keeps its newlines (stderr)
[[ -n x &&
$((1/0)) ]]
echo $LINENO
((
1/0
))
echo $LINENO
### case is at the line where its word ends (stderr)
case "
$((1/0))" in esac
echo $LINENO
### set -u names $1 so, but ${1} and ${1%x} as 1 (stderr)
set -u
( echo $1 ) || ( echo ${1} ) || ( echo ${10} ) || ( echo ${1%x} ) || echo "end $?"
### ${!y} with a value that names no parameter: invalid variable name, and the line goes (stderr)
a=(x y); set -- p1
for v in 'a[1]' 1 '#' a-b 'a[1]x' ' a' 'a]'; do ( y=$v; echo "<${!y}>"; echo "st $?" ); done
### an assignment error gives up the rest of the line, not the script (stderr)
readonly r=1; r=2; echo same
echo next; r+=1; echo same
echo next2; b[-5]=x; echo same
f() { r=3; echo in; }; f; echo same
echo next3; q=(1 2); r=(1); echo same
echo end
### an arithmetic error in an assignment or a subscript ends a -c shell (stderr)
a=(); a[1/0]=2; echo same
echo not here
### an expansion bash cannot make is an error when it runs, not a syntax error of the script (stderr)
if false; then echo ${x!} ${x;} ${#x:1}; fi; echo after
echo ${x!}; echo not here
echo "${#x:1}"; echo not here
x=${a b}; echo not here
f() { echo ${x!}; }; declare -f f; echo end
### more that bash reads to the closing brace: an empty offset, a bad name or @ operator, an open subscript (stderr)
if false; then echo ${x:} ${1x} ${a[} ${x@Z} ${x@QQ} "${x:}"; fi; echo after
x=abc; echo "[${x::}]" "[${x:1:}]" "${x::2}"; a=(1 2 3); echo "[${a[@]:1:}]"
f() { echo "${x:1:}" ${1x:-d}; }; declare -f f
echo ${x:}; echo not here
echo ${1x:-d}; echo not here
echo ${a[}; echo not here
### a bad subscript under set -e ends the shell, in an if's condition or an || list too, as bash's report_error does (stderr)
set -e; a=(1); if echo ${a[-5]}; then echo then; fi; echo not here
### the same in a function, a pipeline stage, a subshell, a command substitution (stderr)
set -e; (echo ${a[-5]}; echo in-sub) || echo or; echo ${a[-5]} | cat; x=$(echo ${a[-5]}; echo in-sub); echo "[$x]"
f() { echo ${a[-5]}; echo in-f; }; trap 'echo exit-trap $?' EXIT; (exit 3) || f; echo not here
### without set -e a bad subscript is only reported (stderr)
a=(1); echo "[${a[-5]}]"; case ${a[-5]} in *) echo c;; esac; if echo ${a[-5]}; then echo then; fi
### ${x?} and ${x:?} without a word say what bash says (stderr)
x=; (echo ${x:?}); unset x; (echo ${x:?}); (echo ${x?}); (echo ${1:?}); (echo ${x?msg}); a=(); echo ${a[1]:?}
### shift with a negative count; trap with a bad option or nothing to reset (stderr)
shift -1; echo rc=$?; shift x; echo rc=$?; trap -x; echo rc=$?; trap -- ; echo rc=$?; trap -; echo rc=$?; trap -- "echo x" USR1; trap -p USR1
