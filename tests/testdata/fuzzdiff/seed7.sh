# Differences TestFuzzDiff found with JOBSH_FUZZDIFF=150 JOBSH_FUZZDIFF_SEED=7 (2026-11-29,
# after the fixes of that day), one minimized program for each kind, with both shells'
# output: TestFuzzDiffSeeded runs programs of this seed and checks that each difference
# is of a kind recorded here or in the other files.

### fuzzdiff seed 7 program 101
# jobsh: "jobsh: line 5: test: b: unary operator expected\njobsh: line 5: test: b: unary operator expected\n"
# bash:  "environment: line 5: test: b: unary operator expected\nenvironment: line 5: test: b: unary operator expected\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if arr=("$@" "${arr[@]}" ${#arr[@]}); then
f1() {
{
test $w
} >>f
return 3
}
else
:
fi
for i in ~ a; do
(
if f1 $(false); then
:
else
:
fi
) >>f
done

### fuzzdiff seed 7 program 137
# jobsh: "jobsh: -c: line 3: syntax error: reached LitWord without matching `[[` with `]]`\nexit status 2"
# bash:  "jobsh: -c: line 3: syntax error in conditional expression\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if w="$*"; then
if [[ ${arr[1]} = x y ]]; then
:
else
:
fi <<<foo
else
:
fi >>f

### fuzzdiff seed 7 program 31
# jobsh: "jobsh: -c: line 3: syntax error: not a valid test operator: `y`\nexit status 2"
# bash:  "jobsh: -c: line 3: conditional binary operator expected\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
n=0; while [ $n -lt 0 ]; do n=$((n+1))
[[ x y = f ]]
done

### fuzzdiff seed 7 program 69
# jobsh: "jobsh: line 5: 1:5: `*` must be followed by an expression\nexit status 1"
# bash:  "jobsh: line 5: [[: a*: syntax error: operand expected (error token is \"*\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in ${x#?} a; do
{
for i in 2; do
[[ a* -eq b ]]
done
}
done

### fuzzdiff seed 7 program 70
# jobsh: "jobsh: line 3: 1:4: `/` must follow an expression\n"
# bash:  "jobsh: line 3: [[: /TESTDIR/x: syntax error: operand expected (error token is \"/TESTDIR/x\")\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
{
if [[ "$*" -eq ~/x ]]; then
:
else
:
fi >&2
} <<<"a  b"

### fuzzdiff seed 7 program 73
# jobsh: "jobsh: -c: line 6: syntax error: statements must be separated by &, ; or a newline\nexit status 2"
# bash:  "jobsh: -c: line 6: syntax error near unexpected token `y'\njobsh: -c: line 6: `fi <<<x y'\nexit status 2"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if echo ${x/a/b} $# ${arr[0]}; then
:
else
:
fi <<<x y

### fuzzdiff seed 7 program 77
# jobsh: "exit status 3"
# bash:  "environment: line 6: ((: \\n: syntax error: operand expected (error token is \"\\n\")\nenvironment: line 6: ((: \\n: syntax error: operand expected (error token is \"\\n\")\nenvironment: line 6: ((: \\n: syntax error: operand expected (error token is \"\\n\")\nexit status 3"
v=a; w='b c'; arr=(x 'y z'); echo data >f
f1() {
local v='\n'
{
(
(( v>1 ))
)
} >&2
return 3
}
for i in '$v' $(cat f 2>/dev/null) bar; do
f1 {a,b} '\n'
done

### fuzzdiff seed 7 program 79
# jobsh: ""
# bash:  "jobsh: line 15: ((: $v1: syntax error: operand expected (error token is \"$v1\")\njobsh: line 15: ((: $v1: syntax error: operand expected (error token is \"$v1\")\njobsh: line 15: ((: $v1: syntax error: operand expected (error token is \"$v1\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if set -- $(echo $v); then
for i in a; do
if x=\$v1; then
:
else
:
fi
done
else
:
fi 2>/dev/null
for i in 2 '"' ${#arr[@]}; do
{
(( x+=1 ))
} 2>&1
done

### fuzzdiff seed 7 program 97
# jobsh: "jobsh: -c: line 5: syntax error: inline variables cannot be arrays\nexit status 2"
# bash:  ""
v=a; w='b c'; arr=(x 'y z'); echo data >f
if [[ b = ~ ]]; then
(
n=0; while [ $n -lt 2 ]; do n=$((n+1))
arr[2]=x y
done
) 2>&1
else
:
fi

