# Syntax errors worded as bash words them: the token the user typed, the
# line itself, the end of the input; and a sourced file runs up to its
# error and names itself in messages.
### unexpected token after a name and ( (stderr)
echo (
### unexpected ) (stderr)
ls )
### if then (stderr)
if then fi
### for without a name (stderr)
for do done
### && followed by || (stderr)
echo a && || b
### done outside a loop (stderr)
while true; done
### fi alone (stderr)
fi
### || at the start (stderr)
|| a
### an open brace at the end (stderr)
{ echo
### an open if at the end (stderr)
if true; then
### a pipe at the end (stderr)
echo |
### an unclosed double quote (stderr)
echo "abc
### an unclosed single quote (stderr)
echo 'abc
### an unclosed backquote (stderr)
echo `ls
### an unclosed ${ (stderr)
echo ${x
### an unclosed $( (stderr)
echo $(
### an unclosed $(( (stderr)
x=$((1+
### the lines before a syntax error run, the rest of its line does not (stderr)
echo one
echo two; if then
echo never
### eval names itself (stderr)
eval "echo e1; if then"; echo "after $?"
### a sourced file runs up to its syntax error, and names itself (stderr)
printf 'echo rc-start\nnosuch\nif then\necho rc-end\n' > rc.sh
. ./rc.sh; echo "after $?"
### return in a sourced file, at top level and in a function
printf 'echo one\nreturn 3\necho two\n' > ret.sh
. ./ret.sh; echo "st=$?"; f() { . ./ret.sh; echo "in f $?"; }; f
### break in a sourced file ends the caller's loop
printf 'echo in\nbreak\necho no\n' > brk.sh
for i in 1 2; do . ./brk.sh; done; echo end
### a keyword and then only newlines: the end of the input is unexpected (stderr)
printf 'if\n' >s1; . ./s1; printf 'while\n\n' >s2; . ./s2; eval '(x'; printf '(\n' >s3; . ./s3; echo st=$?
### ( after let is a syntax error, as after any command name (stderr)
let "(a=3)" b=2; echo $a $b; let a=(1+2) c=a++; echo $a $c; eval 'let (a=3)'; eval 'let x=1 (y=2)'; eval 'let (a)+1'; echo st=$?
### a syntax error in a trap's action names the trap (stderr)
trap '(' ERR; false; trap 'echo ok' ERR; false; trap 'if' USR1; kill -USR1 $$; trap '(' EXIT
### a script the kernel cannot run is run by the shell, named as the command named it (stderr)
printf 'if\n' >a; chmod +x a; ./a; echo st=$?; mkdir d; printf 'echo "$0"\n' >d/s; chmod +x d/s; d/s; ./d/s
### a backslash at the end of a comment does not join the next line
echo a # c\
echo b; case a in # x\
a) echo ok;; esac; f() { # c\
echo in; }; f
### a function body that is a simple command (stderr)
echo before
f() echo hi
echo after
### a function body of the function keyword, not compound (stderr)
function f echo hi
### compound function bodies: [[ ]], (( )), if, a subshell with a redirection
f() [[ -n x ]]; f && echo test
g() ((1)); g && echo arith
h() if true; then echo if; fi; h
k() (echo sub) > /dev/null; k; echo k
### zsh's multi-name function (stderr)
f g() { :; }
### zsh's anonymous function (stderr)
function { echo anon; }
### a word after a compound command's redirection is an unexpected token (stderr)
echo a
{ :; } <<<x y
echo b
### a syntax error inside [[ ]] is one line, and $? stays (stderr)
(exit 5)
[[ x y ]]
echo not-reached
### [[ with a word too many after a unary operator or a comparison (stderr)
[[ -n = a*z ]]
### under set -e a syntax error ends the shell after its first line, without the offending line (stderr)
set -e
for i in 1; do :; done
n=0; while [ $n -lt 2 ]; do n=$((n+1))
case x y in
*) ;;
esac
done
### under set -e a syntax error in eval ends the shell at once; in a condition or left of || it does not (stderr)
set -e; if eval 'case x y in esac'; then :; fi; echo "if $?"; eval 'cat f | ! true' || echo "or $?"; x=$(eval 'case x y in esac'); echo "subst $?"; eval 'echo a | ! true'; echo not-reached
### under set -e a syntax error in [[ ]] ends the shell with status 2 (stderr)
set -e; eval '[[ x y = z ]]'; echo not-reached
### under set -e a syntax error in a subshell's eval ends only the subshell (stderr)
set -e; ( eval 'case x y in esac'; echo not-reached ) || echo "sub $?"
### [[ ]] with a redirection operator after a unary operator: bash's words, and $? stays (stderr)
(exit 3)
[[ -n < b ]] | cat
echo not-reached
### [[ ]] errors inside a function definition are the definition's (stderr)
f1() {
local v=b
[[ -n < b ]] | cat f <f
return 3
}
echo not-reached
### [[ ]] with an operator where a word must be: bash names the token (stderr)
[[ x = ; ]]
### [[ ]] with a newline where an operator must follow (stderr)
[[ x
]]
### [[ ]] with a ( left open names the token and then the ( (stderr)
[[ ( ( x = y ]]
### [[ ]] with a word too many after a test, and an operator token too many (stderr)
[[ -n x & ]]
### [[ ]] empty, or ! or && with nothing after: no message, $? stays (stderr)
(exit 4)
[[ x && ]]
echo not-reached
### [[ ]]: a regular expression word ends at once at ; & < > ) (stderr)
[[ x =~ && y ]] && echo empty-regexp-matches
[[ x =~ ; ]]
### [[ ]] words that look like reserved words or ! are operands
[[ x && if ]]; echo $?; [[ -n ! ]]; echo $?; [[ ! -n ! ]]; echo $?; [[ x = a=b ]]; echo $?; [[ ( x =~ ) ]]; echo $?
[[ -n x
]]; echo $?
[[ x = y
&& y ]]; echo $?
### [[ ]] with a file descriptor number where an operand should be (stderr)
[[ 1>2 ]]
### [[ ]] with a ( in a regular expression never closed: bash reads to the end for its ) (stderr)
echo a
[[ ab =~ a(b ]]

echo not-reached
### eval runs its text as it parses it: the lines before a syntax error run, and the error's line counts from eval's (stderr)
echo a
eval 'echo b
[[ x y ]]'; echo "st $?"
eval 'echo c
case x y in esac'; echo "st $?"
f() {
eval 'cat f | ! x'
}
f; echo "st $?"
### an arithmetic error in eval abandons the line of its text it is on, and eval goes on (stderr)
eval 'echo a
echo $((1/0)); echo no
echo b'; echo "after $?"
echo $LINENO
### an if, while or until condition, the words of a for, a function's body: bash reads on past newlines, to the end of the input or the token at fault (stderr)
if true
echo b
### a for's words then newlines then a token that is not do (stderr)
for i in a b
echo
### a for's words ended by an operator that is not ; (stderr)
for i in a b;;
### a function's name and () followed by what is not a body (stderr)
function f )
### a function's name and () and only newlines (stderr)
f()

### an array's ( ) left open at the end: bash's message on the line it began, status 1 (stderr)
echo before
x=(a
b
