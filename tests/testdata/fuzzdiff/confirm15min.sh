# Differences a second, 15-minute run of TestFuzzDiff found after the day's fixes
# (2026-11-29: seeds 31 to 49, 500 programs each), minimized, one program
# for each kind of difference (the first line where the two shells' outputs differ,
# the program's words masked), with both shells' output at the time. TestFuzzDiffCases
# runs each on jobsh and bash; the ones that still differ are listed, by name, in
# ../../conformance/fuzzdiff-known.txt and classified in ../../conformance/failures.md.

### fuzzdiff seed 32 program 301
# jobsh: "jobsh: -c: line 6: syntax error: inline variables cannot be arrays\nexit status 2"
# bash:  ""
v=a; w='b c'; arr=(x 'y z'); echo data >f
case '*' in
"$v")
for i in foo b $((1+2)); do
(
arr[2]=x y
) >f
done
;;
*)
:
;;
esac

### fuzzdiff seed 31 program 346
# jobsh: "jobsh: -c: line 3: syntax error: inline variables cannot be arrays\nexit status 2"
# bash:  "jobsh: line 3: `arr[2]': not a valid identifier\njobsh: line 3: y: command not found\nexit status 127"
v=a; w='b c'; arr=(x 'y z'); echo data >f
{
arr[2]=x y
} <<<2

### fuzzdiff seed 31 program 46
# jobsh: "jobsh: -c: line 3: syntax error: unexpected end of file\nexit status 2"
# bash:  "jobsh: line 2: `arr[2]': not a valid identifier\njobsh: line 2: y: command not found\nexit status 127"
v=a; w='b c'; arr=(x 'y z'); echo data >f
shift 1 | arr[2]=x y

### fuzzdiff seed 31 program 159
# jobsh: "'\n$(echo h) \\$x\n26\n"
# bash:  "'\n$(echo h) \\$x\n26\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
x=~
{
{
for i in "${w}x" b; do
[[ $(echo a; echo b) = $v ]]
read -r w v <<<'a b'
done
n=0; while [ $n -lt 2 ]; do n=$((n+1))
:
done
}
echo $'\''
cat <<'EOF'
$(echo h) \$x
EOF
}
if echo ${#x} <f; then
v=$@ || read -r v x <<<$(printf '%s-' a b)
else
f1() {
local v=0
if shift; then
echo "${arr[@]}" x y <f
set -- ${w#?}
else
set -- 
set -- f x y
fi 2>&1

}
fi 2>/dev/null

### fuzzdiff seed 32 program 390
# jobsh: "jobsh: line 9: printf: x: invalid number\n0\njobsh: line 9: printf: y z: invalid number\n0\njobsh: line 9: printf: /TESTDIR/x: invalid number\n0\n0\n"
# bash:  "environment: line 9: printf: x: invalid number\n0\nenvironment: line 9: printf: y z: invalid number\n0\nenvironment: line 9: printf: /TESTDIR/x: invalid number\n0\n0\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
case $(false) in
a*|b)
:
;;
*)
f2() {
(
printf '%x\n' "${arr[@]}" "$1"
) >&2
return
}
;;
esac
if arr+=(~/x); then
{
if f2 ; then
:
else
:
fi >f
} <<<$((7%3))
else
:
fi

### fuzzdiff seed 33 program 84
# jobsh: "jobsh: line 13: x: unbound variable\nexit status 127"
# bash:  "jobsh: line 13: x: unbound variable\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
{
set -u
} >>f
case ${#arr[@]} in
[!a]*)
set -e
;;
*)
:
;;
esac
if echo $(cat f 2>/dev/null) ${x##*a} $x <<<$(printf '%s-' a b); then
:
else
:
fi 2>&1

### fuzzdiff seed 36 program 325
# jobsh: "jobsh: -c: line 4: syntax error near unexpected token `<'\njobsh: -c: line 4: `[[ -n < b ]] | cat f <f'\nexit status 2"
# bash:  "jobsh: -c: line 4: unexpected argument `<' to conditional unary operator\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
f1() {
local v=b
[[ -n < b ]] | cat f <f
return 3
}

### fuzzdiff seed 31 program 52
# jobsh: "jobsh: line 4: a: unbound variable\nexit status 127"
# bash:  "environment: line 4: a: unbound variable\nexit status 127"
v=a; w='b c'; arr=(x 'y z'); echo data >f
set -u
f1() {
(( v>1 ))
return
}
f1

### fuzzdiff seed 32 program 335
# jobsh: "jobsh: -c: line 3: syntax error: inline variables cannot be arrays\nexit status 2"
# bash:  "2\njobsh: line 3: `arr[2]': not a valid identifier\njobsh: line 3: y: command not found\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if echo ${#arr[@]} <f; then
arr[2]=x y || test -n $'\''
else
:
fi <<<${w#?}

### fuzzdiff seed 33 program 227
# jobsh: "jobsh: line 6: y: command not found\nexit status 3"
# bash:  "environment: line 6: y: command not found\nexit status 3"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in %s1 -nz; do
f1() {
local v=$(cat f 2>/dev/null)
(
v=x y
) >f
return 3
}
done
case 'a b' in
[!a]*)
:
;;
*)
{
{
f1 bar
}
} <f
;;
esac

### fuzzdiff seed 33 program 80
# jobsh: "jobsh: -c: line 9: syntax error: inline variables cannot be arrays\nexit status 2"
# bash:  "data\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if cat f <f; then
{
case 1 in
?)
:
;;
*)
arr[2]=x y
;;
esac
} >&2
else
:
fi 2>&1

### fuzzdiff seed 34 program 498
# jobsh: "jobsh: line 9: ((: x y z: syntax error in expression (error token is \"y z\")\n"
# bash:  "jobsh: line 9: ((: x y z: expression recursion level exceeded (error token is \"x y z\")\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
n=0; while [ $n -lt 3 ]; do n=$((n+1))
{
n=0; while [ $n -lt 3 ]; do n=$((n+1))
x=${arr[*]}
done
}
done
(( x+=1 )) | read -r x w <<<${w@Q}

### fuzzdiff seed 36 program 80
# jobsh: "3 b\n    2|jobsh: -c: line 19: syntax error near unexpected token `y'\njobsh: -c: line 19: `case x y in'\nexit status 2"
# bash:  "3 b\n    2|bash: -c: line 19: syntax error near unexpected token `y'\njobsh: -c: line 19: `case x y in'\nexit status 2"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if echo ${#w} b >&2; then
case x{1..3} in
"$v")
:
;;
*)
{
printf '%5s|' 2
}
;;
esac
else
:
fi 2>&1
(
f1() {
local v=$1
case x y in
?)
:
;;
*)
:
;;
esac
return
}
) <f

### fuzzdiff seed 37 program 198
# jobsh: ""
# bash:  "jobsh: line 11: arr: unbound variable\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
case bar in
'x y')
:
;;
*)
set -u
;;
esac
unset arr
arr[2]=${#arr[@]}

### fuzzdiff seed 43 program 154
# jobsh: "jobsh: line 5: test: b: binary operator expected\njobsh: line 5: test: b: binary operator expected\njobsh: line 5: test: b: binary operator expected\nexit status 2"
# bash:  "environment: line 5: test: b: binary operator expected\nenvironment: line 5: test: b: binary operator expected\nenvironment: line 5: test: b: binary operator expected\nexit status 2"
v=a; w='b c'; arr=(x 'y z'); echo data >f
n=0; while [ $n -lt 3 ]; do n=$((n+1))
f1() {
(
test -n ${w:=e}
) >&2

}
f1 
done

### fuzzdiff seed 43 program 329
# jobsh: "jobsh: -c: line 8: conditional binary operator expected\n"
# bash:  "jobsh: -c: line 8: conditional binary operator expected\nexit status 2"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in $? 1; do
set -e
done
(
f1() {
local v=--
[[ x y = ${v%b*} ]] || cat f >>f
return 3
}
)

### fuzzdiff seed 43 program 445
# jobsh: "jobsh: line 7: x: unbound variable\nexit status 127"
# bash:  "jobsh: line 9: x: unbound variable\nexit status 127"
v=a; w='b c'; arr=(x 'y z'); echo data >f
{
for i in $'\n'; do
set -u
done
}
{
:
} <<<$x

### fuzzdiff seed 47 program 387
# jobsh: "ev a\n0\n27\n0\n27\n"
# bash:  "ev a\n0\n26\n0\n26\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
eval 'echo ev $v'
echo x y | cat | shift 1
n=0; while [ $n -lt 2 ]; do n=$((n+1))
case $(echo $v) in
*[0-9]*)
cat f <f
if echo x=y1 $((v++)) {c..a}; then
test -n $x
read x w <<<b
else
echo nofunc
! true
fi
;;
*)
echo 0 <<<\ 1
;;
esac
echo ~ | wc -c
done
set +u

### fuzzdiff seed 31 program 221
# jobsh: "jobsh: line 8: ((: {1..5..2}: syntax error: operand expected (error token is \"{1..5..2}\")\nexit status 1"
# bash:  "environment: line 8: ((: {1..5..2}: syntax error: operand expected (error token is \"{1..5..2}\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if shift 1; then
:
else
f1() {
v={1..5..2}
{
(( v>1 ))
}

}
fi
{
if echo $(((1,2))) - $'\n'; then
if echo ~ '$v' <f; then
f1 ${#arr[@]}
else
:
fi >f
else
:
fi >f
}

### fuzzdiff seed 31 program 99
# jobsh: "nofunc\nnofunc\njobsh: line 17: a*: syntax error: operand expected (error token is \"*\")\nexit status 1"
# bash:  "nofunc\nnofunc\njobsh: line 20: a*: syntax error: operand expected (error token is \"*\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in x=yz --; do
if echo nofunc; then
case ~ in
*)
v=a*
;;
*)
:
;;
esac
else
:
fi 2>/dev/null
done
(
{
:
} <<<$((v++))
)

### fuzzdiff seed 32 program 121
# jobsh: "data\njobsh: line 4: arr: bad array subscript\nexit status 3"
# bash:  "data\nenvironment: line 3: arr: bad array subscript\nexit status 3"
v=a; w='b c'; arr=(x 'y z'); echo data >f
(
f1() {
if echo [ab]*z | wc -c; then
arr=()
else
:
fi <<<${arr[-1]}
return 3
}
if cat f <<<2; then
if f1 a; then
:
else
f1 foo '*'
fi >f
else
:
fi >&2
)

### fuzzdiff seed 32 program 355
# jobsh: "jobsh: line 5: ((: -: syntax error: operand expected (error token is \"-\")\n"
# bash:  "environment: line 5: ((: -: syntax error: operand expected (error token is \"-\")\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
f1() {
local v=-
{
(( v>1 ))
} >&2

}
if f1 ${arr[0]}; then
:
else
:
fi

### fuzzdiff seed 33 program 258
# jobsh: "[a b]\n[0]\n"
# bash:  "[a b]\n[1]\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if shift 5; then
:
else
case - in
*[0-9]*)
:
;;
*)
printf '[%s]\n' 'a b' $?
;;
esac
fi 2>&1

### fuzzdiff seed 33 program 289
# jobsh: "jobsh: line 4: [[: {a,}: syntax error: operand expected (error token is \"{a,}\")\nexit status 3"
# bash:  "environment: line 4: [[: {a,}: syntax error: operand expected (error token is \"{a,}\")\nexit status 3"
v=a; w='b c'; arr=(x 'y z'); echo data >f
f1() {
local v="$*"
[[ {a,} -eq $'\'' ]]
return 3
}
f1

### fuzzdiff seed 34 program 102
# jobsh: "exit status 141"
# bash:  ""
v=a; w='b c'; arr=(x 'y z'); echo data >f
set -o pipefail
{
unset arr || [[ $((3/2)) == ?z ]]
n=0; while [ $n -lt 3 ]; do n=$((n+1))
echo $2 | wc -c | arr=()
done
} <<<--

### fuzzdiff seed 34 program 213
# jobsh: "0  |A  |jobsh: -c: line 10: syntax error in conditional expression\n"
# bash:  "0  |A  |bash: -c: line 10: syntax error in conditional expression\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in $'a\tb'; do
if printf '%-3s|' 0 $'\x41'; then
:
else
:
fi
done
for i in f; do
v="$*" || [[ $(echo a; echo b) < x y ]]
done

### fuzzdiff seed 36 program 276
# jobsh: "ev\n"
# bash:  "ev a\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
f3() {
local v=$v
eval 'echo ev $v'
return
}
case bar in
'x y')
:
;;
*)
case x{1..3} in
*)
f3 
;;
*)
:
;;
esac
;;
esac

### fuzzdiff seed 36 program 388
# jobsh: "jobsh: line 5: y z: syntax error in expression (error token is \"z\")\nexit status 1"
# bash:  "environment: line 5: y z: syntax error in expression (error token is \"z\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
f1() {
local v='a b'
n=0; while [ $n -lt 2 ]; do n=$((n+1))
x=$((x*2))
done
return
}
for i in ${#arr[@]}; do
if read x x <<<"${arr[@]}"; then
(
f1 $((1<2))
) >>f
else
:
fi
done

### fuzzdiff seed 37 program 281
# jobsh: "jobsh: line 4: [[: \\ : syntax error: operand expected (error token is \"\\ \")\nexit status 1"
# bash:  ""
v=a; w='b c'; arr=(x 'y z'); echo data >f
{
for i in 0 "$@"; do
[[ b -eq \  ]]
done
} >&2

### fuzzdiff seed 37 program 476
# jobsh: "jobsh: line 4: {a,b}: syntax error: operand expected (error token is \"{a,b}\")\nexit status 1"
# bash:  "exit status 3"
v=a; w='b c'; arr=(x 'y z'); echo data >f
f1() {
local v={a,b}
if set -- $((v++)); then
:
else
:
fi >>f
return 3
}
f1 $'a\tb' $*

### fuzzdiff seed 38 program 272
# jobsh: "jobsh: line 8: ((: {c..a}: syntax error: operand expected (error token is \"{c..a}\")\n"
# bash:  "environment: line 8: ((: {c..a}: syntax error: operand expected (error token is \"{c..a}\")\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
case ${#v} in
[!a]*)
f1() {
local v=foo
{
x={c..a}
(( x+=1 ))
}
return 3
}
;;
*)
:
;;
esac
if arr=(); then
if f1 "$@" "$@"; then
:
else
:
fi
else
:
fi >>f

### fuzzdiff seed 38 program 447
# jobsh: "jobsh: line 3: [[: y z: syntax error in expression (error token is \"z\")\nexit status 1"
# bash:  "jobsh: line 3: y: unbound variable\nexit status 127"
v=a; w='b c'; arr=(x 'y z'); echo data >f
set -u
[[ ${arr[1]} -eq ${#arr[@]} ]]

### fuzzdiff seed 39 program 106
# jobsh: "|jobsh: -c: line 3: conditional binary operator expected\n"
# bash:  "|bash: -c: line 3: conditional binary operator expected\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
printf '%s|' $2
if [[ x y = x y ]]; then
:
else
:
fi 2>&1

### fuzzdiff seed 39 program 310
# jobsh: "jobsh: -c: line 9: syntax error near unexpected token `y'\njobsh: -c: line 9: `case x y in'\nexit status 2"
# bash:  "jobsh: -c: line 9: syntax error near unexpected token `y'\nexit status 2"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in $w; do
set -e
done
f1() {
local v="$#"
case "${arr[@]}" in
'x y')
case x y in
*[0-9]*)
:
;;
*)
:
;;
esac
;;
*)
:
;;
esac
return 3
}

### fuzzdiff seed 39 program 48
# jobsh: "jobsh: line 5: [[: \\ 1: syntax error: operand expected (error token is \"\\ 1\")\njobsh: line 5: [[: \\ 1: syntax error: operand expected (error token is \"\\ 1\")\njobsh: line 5: [[: \\ 1: syntax error: operand expected (error token is \"\\ 1\")\nexit status 1"
# bash:  "exit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in "${arr[@]}" 2; do
(
(
[[ a -eq \ 1 ]]
) >>f
) >f
done

### fuzzdiff seed 40 program 147
# jobsh: "jobsh: line 10: arr[-1]: unbound variable\nexit status 127"
# bash:  "jobsh: line 10: arr: bad array subscript\njobsh: line 10: arr[-1]: unbound variable\nexit status 127"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if read -r v w <<<a; then
{
n=0; while [ $n -lt 2 ]; do n=$((n+1))
unset arr
done
set -u
} <<<[ab]*z
for i in "${w}x" -nz; do
case ${arr[-1]} in
a*|b)
:
;;
*)
:
;;
esac
done
else
:
fi

### fuzzdiff seed 41 program 369
# jobsh: "jobsh: line 3: printf: /TESTDIR/x: invalid number\n0\njobsh: line 3: printf: y: invalid number\n0\njobsh: line 3: printf: z: invalid number\n0\nexit status 3"
# bash:  "environment: line 3: printf: /TESTDIR/x: invalid number\n0\nenvironment: line 3: printf: y: invalid number\n0\nenvironment: line 3: printf: z: invalid number\n0\nexit status 3"
v=a; w='b c'; arr=(x 'y z'); echo data >f
f1() {
printf '%d\n' ~/x ${arr[1]}
return 3
}
w=$? | f1 '\n' $'\x41'

### fuzzdiff seed 41 program 395
# jobsh: ""
# bash:  "jobsh: line 23: warning: command substitution: ignored null byte in input\njobsh: line 23: warning: command substitution: ignored null byte in input\njobsh: line 23: warning: command substitution: ignored null byte in input\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
case -- in
[!a]*)
(
if w=${#arr[@]}; then
echo nofunc
else
:
fi
if echo b >f; then
printf '%5s|' $((v++)) ~
else
:
fi <f
) >f
;;
*)
:
;;
esac
n=0; while [ $n -lt 3 ]; do n=$((n+1))
n=0; while [ $n -lt 3 ]; do n=$((n+1))
echo - ${arr[*]} $(cat f 2>/dev/null) | unset w
done
done

### fuzzdiff seed 41 program 431
# jobsh: "    \n|jobsh: -c: line 9: syntax error near unexpected token `y'\njobsh: -c: line 9: `case x y in'\nexit status 2"
# bash:  "    \n|bash: -c: line 9: syntax error near unexpected token `y'\njobsh: -c: line 9: `case x y in'\nexit status 2"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if printf '%5s|' $'\n'; then
:
else
:
fi
f2() {
local v=$'\n'
case x y in
"$v")
:
;;
*)
:
;;
esac
return 3
}

### fuzzdiff seed 41 program 456
# jobsh: "jobsh: line 3: \\n: syntax error: operand expected (error token is \"\\n\")\njobsh: line 18: ((: \\n: syntax error: operand expected (error token is \"\\n\")\njobsh: line 18: ((: \\n: syntax error: operand expected (error token is \"\\n\")\nexit status 1"
# bash:  "jobsh: line 3: \\n: syntax error: operand expected (error token is \"\\n\")\njobsh: line 7: ((: \\n: syntax error: operand expected (error token is \"\\n\")\njobsh: line 7: ((: \\n: syntax error: operand expected (error token is \"\\n\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in $'\n' "${arr[@]}"; do
case $((v)) in
'x y')
:
;;
*)
:
;;
esac
n=0; while [ $n -lt 2 ]; do n=$((n+1))
v='\n'
done
done
{
{
n=0; while [ $n -lt 2 ]; do n=$((n+1))
(( v>1 ))
done
} <f
} >&2

### fuzzdiff seed 42 program 486
# jobsh: "- jobsh: -c: line 10: conditional binary operator expected\n"
# bash:  "- bash: -c: line 10: conditional binary operator expected\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
(
printf '%q ' -
) >&2
case ${#arr[@]} in
[!a]*)
:
;;
*)
[[ x y == bar ]]
;;
esac

### fuzzdiff seed 43 program 33
# jobsh: "jobsh: line 10: [[: x y z: syntax error in expression (error token is \"y z\")\njobsh: line 10: [[: x y z: syntax error in expression (error token is \"y z\")\njobsh: line 10: [[: x y z: syntax error in expression (error token is \"y z\")\njobsh: line 10: [[: x y z: syntax error in expression (error token is \"y z\")\njobsh: line 10: [[: x y z: syntax error in expression (error token is \"y z\")\nexit status 1"
# bash:  "jobsh: line 10: x: unbound variable\njobsh: line 10: x: unbound variable\njobsh: line 10: x: unbound variable\njobsh: line 10: x: unbound variable\njobsh: line 10: x: unbound variable\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
set -u
case bar in
*[0-9]*)
:
;;
*)
for i in %s bar ${arr[@]}; do
(
[[ "${arr[@]}" -eq $(echo a; echo b) ]]
) <f
done
;;
esac

### fuzzdiff seed 44 program 145
# jobsh: "a\\ \\ b jobsh: -c: line 6: syntax error near unexpected token `y'\njobsh: -c: line 6: `case x y in'\nexit status 2"
# bash:  "a\\ \\ b bash: -c: line 6: syntax error near unexpected token `y'\njobsh: -c: line 6: `case x y in'\nexit status 2"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in $'\x41' $*; do
printf '%q ' "a  b" $1
done
if echo foo "$v" <<<""; then
case x y in
*[0-9]*)
:
;;
*)
:
;;
esac
else
:
fi 2>&1

### fuzzdiff seed 44 program 467
# jobsh: "2\njobsh: line 4: printf: \\n: invalid number\n0\n0\nexit status 1"
# bash:  "2\nenvironment: line 4: printf: \\n: invalid number\n0\n0\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in ${#arr[@]} - ~; do
f1() {
printf '%x\n' ${#arr[@]} $*

}
done
case '*' in
?)
(
case '"' in
*[0-9]*)
:
;;
*)
f1 '\n' $'\''
;;
esac
)
;;
*)
:
;;
esac

### fuzzdiff seed 45 program 131
# jobsh: "err\nerr\nerr\nexit status 3"
# bash:  "exit status 3"
v=a; w='b c'; arr=(x 'y z'); echo data >f
n=0; while [ $n -lt 2 ]; do n=$((n+1))
f1() {
local v=${v:0:2}
trap 'echo err' ERR
return 3
}
done
n=0; while [ $n -lt 3 ]; do n=$((n+1))
(
{
f1 bar
} <f
) <<<${#v}
done

### fuzzdiff seed 45 program 423
# jobsh: "jobsh: -c: line 8: syntax error: inline variables cannot be arrays\nexit status 2"
# bash:  "jobsh: line 5: f1: command not found\njobsh: line 8: `arr[2]': not a valid identifier\njobsh: line 8: y: command not found\nexit status 127"
v=a; w='b c'; arr=(x 'y z'); echo data >f
{
case ${arr[0]} in
[!a]*)
if f1 ; then
:
else
arr[2]=x y
fi
;;
*)
:
;;
esac
} 2>&1

### fuzzdiff seed 46 program 469
# jobsh: "jobsh: line 9: [[: ': syntax error: operand expected (error token is \"'\")\nexit status 3"
# bash:  "environment: line 9: [[: ': syntax error: operand expected (error token is \"'\")\nexit status 3"
v=a; w='b c'; arr=(x 'y z'); echo data >f
case $x in
[!a]*)
:
;;
*)
n=0; while [ $n -lt 3 ]; do n=$((n+1))
f1() {
[[ foo -eq $'\'' ]]
return 3
}
done
;;
esac
f1

### fuzzdiff seed 46 program 85
# jobsh: "jobsh: line 12: [[: i j: syntax error in expression (error token is \"j\")\njobsh: line 12: [[: i j: syntax error in expression (error token is \"j\")\njobsh: line 12: [[: i j: syntax error in expression (error token is \"j\")\njobsh: line 12: [[: i j: syntax error in expression (error token is \"j\")\nexit status 1"
# bash:  "jobsh: line 12: [[: -: syntax error: operand expected (error token is \"-\")\njobsh: line 12: [[: -: syntax error: operand expected (error token is \"-\")\njobsh: line 12: [[: i j: syntax error in expression (error token is \"j\")\njobsh: line 12: [[: i j: syntax error in expression (error token is \"j\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if test -n ${#arr[@]}; then
{
v="$(echo "i j")"
} >>f
else
:
fi >>f
for i in - bar; do
n=0; while [ $n -lt 2 ]; do n=$((n+1))
(
[[ $v -eq $(echo a; echo b) ]]
)
done
done

### fuzzdiff seed 47 program 162
# jobsh: "jobsh: line 6: test: x: unary operator expected\n"
# bash:  "environment: line 6: test: x: unary operator expected\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
f1() {
local v=2
(
(
test "${arr[@]}"
)
)

}
if f1 ; then
:
else
:
fi

### fuzzdiff seed 47 program 369
# jobsh: "jobsh: line 4: arr: bad array subscript\njobsh: line 4: arr: bad array subscript\n"
# bash:  "jobsh: line 3: arr: bad array subscript\njobsh: line 3: arr: bad array subscript\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
{
for i in ${#arr[@]} -- ~; do
if unset arr; then
:
else
:
fi <<<${arr[-1]}
done
} >f

### fuzzdiff seed 47 program 39
# jobsh: "jobsh: -c: line 5: syntax error near unexpected token `!'\njobsh: -c: line 5: `cat f | ! true'\nexit status 2"
# bash:  "jobsh: -c: line 5: syntax error near unexpected token `!'\nexit status 2"
v=a; w='b c'; arr=(x 'y z'); echo data >f
set -e
{
if echo '' ${arr[-1]} ~; then
cat f | ! true
else
:
fi >>f
} 2>&1

### fuzzdiff seed 47 program 80
# jobsh: "|jobsh: -c: line 4: syntax error near unexpected token `!'\njobsh: -c: line 4: `echo $((v++)) f \\ 1 | ! true'\nexit status 2"
# bash:  "|bash: -c: line 4: syntax error near unexpected token `!'\njobsh: -c: line 4: `echo $((v++)) f \\ 1 | ! true'\nexit status 2"
v=a; w='b c'; arr=(x 'y z'); echo data >f
printf '%s|' $2
for i in 0 $'\n' "`echo q`"; do
echo $((v++)) f \ 1 | ! true
done

### fuzzdiff seed 48 program 418
# jobsh: " a  b|    2|jobsh: -c: line 13: syntax error in conditional expression\n"
# bash:  " a  b|    2|bash: -c: line 13: syntax error in conditional expression\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
{
(
printf '%5s|' "a  b" ${#arr[@]}
) 2>/dev/null
} <<<'\n'
case ~/x in
?)
:
;;
*)
n=0; while [ $n -lt 3 ]; do n=$((n+1))
[[ $'a\tb' =~ x y ]]
done
;;
esac
