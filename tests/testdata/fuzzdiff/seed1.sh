# Differences TestFuzzDiff found: JOBSH_FUZZDIFF=150 JOBSH_FUZZDIFF_SEED=1, bash's
# 'line N:' masked; one minimized program for each kind of difference, with both
# shells' output. A record of what to fix, in the '### name' layout of testdata/lang;
# classified in ../../conformance/failures.md.

### fuzzdiff seed 1 program 1
# jobsh: "jobsh: -c: line 2: syntax error: `case x` must be followed by `in`\nexit status 2"
# bash:  "jobsh: -c: line 2: syntax error near unexpected token `y'\njobsh: -c: line 2: `case x y in'\nexit status 2"
v=a; w='b c'; arr=(x 'y z'); echo data >f
case x y in
a*|b)
:
;;
*)
:
;;
esac

### fuzzdiff seed 1 program 10
# jobsh: "jobsh: -c: line 3: syntax error: not a valid test operator: `y`\nexit status 2"
# bash:  "jobsh: -c: line 3: conditional binary operator expected\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
(
[[ x y =~ "${arr[@]}" ]] || echo $? "${arr[@]}" >&2
) <f

### fuzzdiff seed 1 program 106
# jobsh: "2 a \n"
# bash:  "2 a\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
{
{
case $w in
[!a]*)
echo ${#arr[@]} {a,} <f
;;
*)
:
;;
esac
}
} >&2

### fuzzdiff seed 1 program 121
# jobsh: "h\n"
# bash:  "hBc\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
echo $- 2>&1

### fuzzdiff seed 1 program 125
# jobsh: "2\n0\n0\n2\n0\n0\n2\n0\n0\n"
# bash:  "2\njobsh: line 5: printf: a: invalid number\n0\njobsh: line 5: printf: b: invalid number\n0\n2\njobsh: line 5: printf: a: invalid number\n0\njobsh: line 5: printf: b: invalid number\n0\n2\njobsh: line 5: printf: a: invalid number\n0\njobsh: line 5: printf: b: invalid number\n0\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
n=0; while [ $n -lt 3 ]; do n=$((n+1))
(
(
printf '%d\n' ${#arr[@]} {a,b}
) 2>&1
)
done

### fuzzdiff seed 1 program 127
# jobsh: "data\n"
# bash:  ""
v=a; w='b c'; arr=(x 'y z'); echo data >f
(
for i in ${x@Q}; do
cat f >&2 || echo bar | sort
done
) 2>&1

### fuzzdiff seed 1 program 128
# jobsh: "jobsh: test: c: too many arguments\nexit status 2"
# bash:  "jobsh: line 4: test: b: binary operator expected\nexit status 2"
v=a; w='b c'; arr=(x 'y z'); echo data >f
(
(
test -n ${w/#a/z}
)
) >&2

### fuzzdiff seed 1 program 133
# jobsh: "a  2\n"
# bash:  "a 2\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
echo {a,} ${#arr[@]}

### fuzzdiff seed 1 program 15
# jobsh: "1 3 5 a  f\n1 3 5 a  f\n1 3 5 a  f\n"
# bash:  "1 3 5 a f\n1 3 5 a f\n1 3 5 a f\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if arr+=(0); then
f1() {
n=0; while [ $n -lt 3 ]; do n=$((n+1))
echo {1..5..2} {a,} f 2>&1
done

}
{
n=0; while [ $n -lt 2 ]; do n=$((n+1))
f1 ${arr[*]}
done
}
else
:
fi <<<''

### fuzzdiff seed 1 program 31
# jobsh: "exit status 1"
# bash:  "jobsh: line 3: x: unbound variable\nexit status 127"
v=a; w='b c'; arr=(x 'y z'); echo data >f
set -u
printf '%q ' '\n' | w=$x

### fuzzdiff seed 1 program 41
# jobsh: "a \n"
# bash:  "a\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
{
echo {a,}
} <<<f

### fuzzdiff seed 1 program 58
# jobsh: "$'\\n' a '' $'\\n' a '' "
# bash:  "$'\\n' a $'\\n' a "
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in {a,b}; do
case "${arr[@]}" in
a*|b)
:
;;
*)
{
printf '%q ' $'\n' {a,}
}
;;
esac
done

### fuzzdiff seed 1 program 61
# jobsh: "jobsh: 1:6: not a valid arithmetic operator: `j`\nexit status 1"
# bash:  "jobsh: line 3: [[: i j: syntax error in expression (error token is \"j\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
{
[[ 2 -eq "$(echo "i j")" ]]
} >>f

### fuzzdiff seed 1 program 62
# jobsh: "0\n"
# bash:  "jobsh: line 2: printf: -: invalid number\n0\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
printf '%x\n' -

### fuzzdiff seed 1 program 77
# jobsh: "0\n0\n"
# bash:  "jobsh: line 2: printf: /TESTDIR/x: invalid number\n0\njobsh: line 2: printf: bar: invalid number\n0\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
printf '%x\n' ~/x bar

### fuzzdiff seed 1 program 79
# jobsh: "jobsh: test: b: too many arguments\nexit status 2"
# bash:  "jobsh: line 2: test: a: binary operator expected\nexit status 2"
v=a; w='b c'; arr=(x 'y z'); echo data >f
test -n $(echo a; echo b)

### fuzzdiff seed 1 program 97
# jobsh: "jobsh: -c: line 3: syntax error: inline variables cannot be arrays\nexit status 2"
# bash:  "exit status 127"
v=a; w='b c'; arr=(x 'y z'); echo data >f
(
arr[2]=x y
) 2>/dev/null

### fuzzdiff seed 1 program 98
# jobsh: "jobsh: test: y z: too many arguments\n"
# bash:  "jobsh: line 5: test: x: binary operator expected\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
case "$*" in
*)
(
test -e "${arr[@]}" | echo "${arr[@]}" "$1" >>f
) >&2
;;
*)
:
;;
esac

