# Differences TestFuzzDiff found: JOBSH_FUZZDIFF=600 JOBSH_FUZZDIFF_SEED=2, bash's
# 'line N:' masked; one minimized program for each kind of difference, with both
# shells' output. A record of what to fix, in the '### name' layout of testdata/lang;
# classified in ../../conformance/failures.md.

### fuzzdiff seed 2 program 100
# jobsh: "jobsh: test: y: too many arguments\nexit status 2"
# bash:  "jobsh: line 2: test: too many arguments\nexit status 2"
v=a; w='b c'; arr=(x 'y z'); echo data >f
test -n ${arr[@]}

### fuzzdiff seed 2 program 102
# jobsh: "jobsh: -c: line 5: syntax error: statements must be separated by &, ; or a newline\nexit status 2"
# bash:  "jobsh: -c: line 5: syntax error near unexpected token `y'\njobsh: -c: line 5: `} <<<x y'\nexit status 2"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in ${#x} "$(echo "i j")" $(printf '%s-' a b); do
{
:
} <<<x y
done

### fuzzdiff seed 2 program 107
# jobsh: "0\n0\n0\n0\n0\n0\n"
# bash:  "0\n0\n0\n0\n0\n0\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
case $'\'' in
'x y')
:
;;
*)
for i in \$v 2; do
if printf '%x\n' "$#" ${arr[-1]}; then
:
else
[[ ${#arr[@]} = 1 ]]
fi 2>/dev/null
done
;;
esac

### fuzzdiff seed 2 program 117
# jobsh: "jobsh: -c: line 6: syntax error: statements must be separated by &, ; or a newline\nexit status 2"
# bash:  "jobsh: -c: line 6: syntax error near unexpected token `y'\njobsh: -c: line 6: `) <<<x y'\nexit status 2"
v=a; w='b c'; arr=(x 'y z'); echo data >f
f1() {
f1() {
(
:
) <<<x y
return
}

}

### fuzzdiff seed 2 program 133
# jobsh: "0\n0\n0\n0\n0\n0\n0\n0\n"
# bash:  "jobsh: line 4: printf:  z: invalid number\n0\njobsh: line 4: printf: f: invalid number\n0\njobsh: line 4: printf:  z: invalid number\n0\njobsh: line 4: printf: f: invalid number\n0\njobsh: line 4: printf:  z: invalid number\n0\njobsh: line 4: printf: f: invalid number\n0\njobsh: line 4: printf:  z: invalid number\n0\njobsh: line 4: printf: f: invalid number\n0\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
{
for i in $'\n' 1 ${w:=e}; do
printf '%x\n' \ z f
done
}

### fuzzdiff seed 2 program 160
# jobsh: "nofunc\njobsh: test: x2: too many arguments\nexit status 2"
# bash:  "nofunc\njobsh: line 6: test: too many arguments\nexit status 2"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if echo nofunc; then
case %s in
*)
{
test -n x{1..3}
}
;;
*)
:
;;
esac
else
:
fi

### fuzzdiff seed 2 program 163
# jobsh: "f bar jobsh: test: c: too many arguments\nexit status 2"
# bash:  "f bar jobsh: line 2: test: b: binary operator expected\nexit status 2"
v=a; w='b c'; arr=(x 'y z'); echo data >f
printf '%q ' f bar && test -n $w

### fuzzdiff seed 2 program 176
# jobsh: "jobsh: test: C: too many arguments\njobsh: test: C: too many arguments\njobsh: test: C: too many arguments\nexit status 2"
# bash:  "jobsh: line 4: test: B: binary operator expected\njobsh: line 4: test: B: binary operator expected\njobsh: line 4: test: B: binary operator expected\nexit status 2"
v=a; w='b c'; arr=(x 'y z'); echo data >f
{
for i in "$*" "${arr[@]}"; do
test -n ${w^^}
done
} <f

### fuzzdiff seed 2 program 18
# jobsh: "jobsh: -c: line 5: syntax error: not a valid test operator: `y`\nexit status 2"
# bash:  "jobsh: -c: line 5: syntax error in conditional expression\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if echo $(printf '%s-' a b) x y "${arr[@]}"; then
:
else
[[ $(cat f 2>/dev/null) < x y ]]
fi <f

### fuzzdiff seed 2 program 191
# jobsh: "jobsh: -c: line 3: syntax error: `!` can only be used in full statements\nexit status 2"
# bash:  "jobsh: -c: line 3: syntax error near unexpected token `!'\njobsh: -c: line 3: `echo f \"$*\" bar | ! true'\nexit status 2"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if echo foo ${#arr[@]} '"'; then
echo f "$*" bar | ! true
else
:
fi >&2

### fuzzdiff seed 2 program 204
# jobsh: "0 h y z\n"
# bash:  "0 hBc y z\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
echo 0 $- ${arr[1]} <f

### fuzzdiff seed 2 program 235
# jobsh: "a \n"
# bash:  "a\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in f; do
echo {a,}
done

### fuzzdiff seed 2 program 24
# jobsh: "jobsh: 1:1: `$((` must be followed by an expression\nexit status 1"
# bash:  "jobsh: line 5: [[: b cx: syntax error in expression (error token is \"cx\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
(
if echo '\n' f \  >>f; then
{
[[ $x -eq "${w}x" ]]
}
else
:
fi <<<${#arr[@]}
)

### fuzzdiff seed 2 program 259
# jobsh: "0\n0\n0\n0\n"
# bash:  "jobsh: line 2: printf: x=y1: invalid number\n0\njobsh: line 2: printf: c: invalid number\n0\njobsh: line 2: printf: b: invalid number\n0\njobsh: line 2: printf: a: invalid number\n0\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
printf '%d\n' x=y1 {c..a}

### fuzzdiff seed 2 program 275
# jobsh: "2\n0\n"
# bash:  "2\njobsh: line 2: printf: [ab]*1: invalid number\n0\ndata\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
printf '%x\n' ${#arr[@]} [ab]*1 || cat f

### fuzzdiff seed 2 program 288
# jobsh: "x a \n"
# bash:  "x a\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
echo nofunc | echo ${arr[0]} {a,} 2>/dev/null

### fuzzdiff seed 2 program 29
# jobsh: ""
# bash:  "jobsh: line 2: printf: p: invalid number\njobsh: line 2: printf: /TESTDIR: invalid number\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
printf '%d\n' ${w+p} ~ | (( x+=1 ))

### fuzzdiff seed 2 program 296
# jobsh: "jobsh: test: c: too many arguments\nexit status 2"
# bash:  "environment: line 5: test: b: binary operator expected\nexit status 2"
v=a; w='b c'; arr=(x 'y z'); echo data >f
{
f1() {
(
test -z ${w:-d}
) >f
return
}
} <f
for i in f; do
f1 "$*" bar
done

### fuzzdiff seed 2 program 328
# jobsh: "   x1|   x2|   x3|jobsh: 1:4: reached EOF without closing quote `\"`\nexit status 1"
# bash:  "   x1|   x2|   x3|jobsh: line 3: [[: \": syntax error: operand expected (error token is \"\"\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if printf '%5s|' x{1..3}; then
[[ '"' -eq "$@" ]] || shift 1
else
:
fi

### fuzzdiff seed 2 program 33
# jobsh: "jobsh: test: y: too many arguments\nexit status 2"
# bash:  "jobsh: line 3: test: x: binary operator expected\nexit status 2"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if cat f >&2; then
test -z x y
else
:
fi >f

### fuzzdiff seed 2 program 333
# jobsh: "jobsh: -c: line 6: syntax error: `case x` must be followed by `in`\nexit status 2"
# bash:  "jobsh: -c: line 6: syntax error near unexpected token `y'\njobsh: -c: line 6: `case x y in'\nexit status 2"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if echo $(false) $2 2>/dev/null; then
:
else
{
case x y in
"$v")
:
;;
*)
:
;;
esac
} >f
fi

### fuzzdiff seed 2 program 344
# jobsh: "jobsh: 1:1: `$((` must be followed by an expression\nexit status 1"
# bash:  "exit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if v=--; then
(
if test -z -n1; then
:
else
[[ 1 -eq "$@" ]]
fi <f
)
else
:
fi

### fuzzdiff seed 2 program 355
# jobsh: "2 a 2\n"
# bash:  "2 'a' 2\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
echo 2 ${v@Q} 2 2>&1

### fuzzdiff seed 2 program 356
# jobsh: ""
# bash:  "0 foo\nx\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
case $- in
?)
:
;;
*)
echo $? foo 2>&1 && echo ${arr[0]} <f
;;
esac

### fuzzdiff seed 2 program 369
# jobsh: ""
# bash:  "jobsh: line 2: printf: -: invalid number\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if printf '%d\n' -; then
:
else
:
fi >f

### fuzzdiff seed 2 program 377
# jobsh: "0 x y h\n1 x y h\n"
# bash:  "0 x y hBc\n1 x y hBc\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in "${arr[@]}"; do
if echo $((v++)) x y $- >&2; then
:
else
:
fi >f
done

### fuzzdiff seed 2 program 379
# jobsh: "jobsh: 1:4: reached EOF without closing quote `'`\njobsh: 1:4: reached EOF without closing quote `'`\nexit status 1"
# bash:  "jobsh: line 6: [[: ': syntax error: operand expected (error token is \"'\")\njobsh: line 6: [[: ': syntax error: operand expected (error token is \"'\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in "$#" ${v+p}; do
{
case $'\'' in
?)
[[ $'\'' -eq "$*" ]]
;;
*)
:
;;
esac
} 2>&1
done

### fuzzdiff seed 2 program 38
# jobsh: "jobsh: test: y z: too many arguments\nexit status 2"
# bash:  "jobsh: line 12: test: x: binary operator expected\nexit status 2"
v=a; w='b c'; arr=(x 'y z'); echo data >f
case 1 in
*[0-9]*)
if shift; then
:
else
case 1 in
"$v")
:
;;
*)
test -e "${arr[@]}"
;;
esac
fi <<<$w
;;
*)
:
;;
esac

### fuzzdiff seed 2 program 385
# jobsh: "a  2\n"
# bash:  "a 2\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
(
(
if echo {a,} $(((1,2))) >&2; then
:
else
:
fi
) >>f
) <<<f

### fuzzdiff seed 2 program 394
# jobsh: "jobsh: y: command not found\njobsh: y: command not found\njobsh: y: command not found\njobsh: y: command not found\njobsh: y: command not found\njobsh: y: command not found\njobsh: y: command not found\njobsh: y: command not found\njobsh: y: command not found\njobsh: y: command not found\njobsh: y: command not found\njobsh: y: command not found\nexit status 127"
# bash:  "jobsh: line 5: y: command not found\njobsh: line 5: y: command not found\njobsh: line 5: y: command not found\njobsh: line 5: y: command not found\njobsh: line 5: y: command not found\njobsh: line 5: y: command not found\njobsh: line 5: y: command not found\njobsh: line 5: y: command not found\njobsh: line 5: y: command not found\nexit status 127"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if (( x+=1 )); then
for i in {a,} 2 '*'; do
n=0; while [ $n -lt 3 ]; do n=$((n+1))
x=x y
done
done
else
:
fi <<<$-

### fuzzdiff seed 2 program 403
# jobsh: "jobsh: 1:6: not a valid arithmetic operator: `y`\nexit status 1"
# bash:  "jobsh: line 2: [[: $v1: syntax error: operand expected (error token is \"$v1\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
[[ \$v1 -eq ${arr[@]} ]]

### fuzzdiff seed 2 program 408
# jobsh: "jobsh: 1:4: `-` must be followed by an expression\nexit status 1"
# bash:  "jobsh: line 5: [[: -: syntax error: operand expected (error token is \"-\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
{
if w=${#arr[@]}; then
(
[[ bar -eq - ]]
) >&2
else
:
fi
} >&2

### fuzzdiff seed 2 program 416
# jobsh: "jobsh: 1:1: `$((` must be followed by an expression\njobsh: 1:1: `$((` must be followed by an expression\njobsh: 1:1: `$((` must be followed by an expression\njobsh: 1:1: `$((` must be followed by an expression\nexit status 1"
# bash:  "jobsh: line 6: [[: -: syntax error: operand expected (error token is \"-\")\njobsh: line 6: [[: -: syntax error: operand expected (error token is \"-\")\njobsh: line 6: [[: -: syntax error: operand expected (error token is \"-\")\njobsh: line 6: [[: -: syntax error: operand expected (error token is \"-\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in $((w=4)) "$1" "${arr[@]}"; do
for i in b; do
case {a,b} in
[!a]*)
[[ $'\n' -eq - ]]
;;
*)
:
;;
esac
done
done

### fuzzdiff seed 2 program 43
# jobsh: "jobsh: 1:1: `$((` must be followed by an expression\njobsh: 1:1: `$((` must be followed by an expression\njobsh: 1:1: `$((` must be followed by an expression\nexit status 1"
# bash:  ""
v=a; w='b c'; arr=(x 'y z'); echo data >f
f1() {
local v=$-
n=0; while [ $n -lt 3 ]; do n=$((n+1))
(
[[ $2 -eq ${x+p} ]]
) >f
done

}
case "${w}x" in
?)
:
;;
*)
case ~ in
?)
:
;;
*)
f1 
;;
esac
;;
esac

### fuzzdiff seed 2 program 438
# jobsh: ""
# bash:  "jobsh: line 7: a: unbound variable\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
{
set -u
} <f
{
(
for i in ${w-d} $((v++)) $(echo sub); do
:
done
) 2>&1
} 2>&1

### fuzzdiff seed 2 program 45
# jobsh: "jobsh: 1:4: reached EOF without closing quote `\"`\nexit status 1"
# bash:  "jobsh: line 2: [[: \": syntax error: operand expected (error token is \"\"\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
[[ '"' -eq ${#w} ]]

### fuzzdiff seed 2 program 455
# jobsh: "jobsh: 1:4: `/` must follow an expression\nexit status 1"
# bash:  "jobsh: line 2: [[: /TESTDIR: syntax error: operand expected (error token is \"/TESTDIR\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
[[ ~ -eq foo ]] && read -r w x <<<$((1+2))

### fuzzdiff seed 2 program 467
# jobsh: "a x y z h\na x y z h\na x y z h\n"
# bash:  "a x y z hBc\na x y z hBc\na x y z hBc\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
{
(
for i in "${arr[@]}" '"'; do
echo $(echo $v) "${arr[@]}" $- >&2
done
) >f
}

### fuzzdiff seed 2 program 47
# jobsh: "jobsh: test: ': too many arguments\nexit status 2"
# bash:  "jobsh: line 8: test: too many arguments\nexit status 2"
v=a; w='b c'; arr=(x 'y z'); echo data >f
(
{
for i in $'\x41'; do
echo "$#" $'\'' $v 2>/dev/null
done
{
test -e $(cat f 2>/dev/null)
} >&2
} >f
) >f

### fuzzdiff seed 2 program 485
# jobsh: "2\n0\n"
# bash:  "2\njobsh: line 2: printf: \n: invalid number\n0\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
printf '%d\n' ${#arr[@]} $'\n'

### fuzzdiff seed 2 program 488
# jobsh: "jobsh: negative array index\nexit status 1"
# bash:  "jobsh: line 2: arr: bad array subscript\njobsh: line 2: f1: command not found\nexit status 127"
v=a; w='b c'; arr=(x 'y z'); echo data >f
arr=() && f1 ${arr[-1]}

### fuzzdiff seed 2 program 50
# jobsh: "0\n0\n"
# bash:  "jobsh: line 2: printf: a b: invalid number\n0\njobsh: line 2: printf: c: invalid number\n0\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
printf '%x\n' 'a b' ${w#?}

### fuzzdiff seed 2 program 53
# jobsh: "exit status 1"
# bash:  "jobsh: line 4: a: unbound variable\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
(
set -u
(( v>1 ))
) >>f

### fuzzdiff seed 2 program 533
# jobsh: "h 0\n"
# bash:  "hBc 0\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in $'\''; do
echo $- 0 2>&1
done

### fuzzdiff seed 2 program 548
# jobsh: "0 "
# bash:  "jobsh: line 13: y z: syntax error in expression (error token is \"z\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in b; do
case '$v' in
*)
case ${arr[1]} in
"$v")
:
;;
*)
v=${arr[-1]}
;;
esac
[[ 'a b' == $'\n' ]] || printf '%q ' $((v++))
;;
*)
:
;;
esac
done

### fuzzdiff seed 2 program 55
# jobsh: "jobsh: test: c: too many arguments\njobsh: test: c: too many arguments\njobsh: test: c: too many arguments\njobsh: test: c: too many arguments\njobsh: test: c: too many arguments\njobsh: test: c: too many arguments\njobsh: test: c: too many arguments\njobsh: test: c: too many arguments\nexit status 2"
# bash:  "jobsh: line 4: test: b: binary operator expected\njobsh: line 4: test: b: binary operator expected\njobsh: line 4: test: b: binary operator expected\njobsh: line 4: test: b: binary operator expected\njobsh: line 4: test: b: binary operator expected\njobsh: line 4: test: b: binary operator expected\njobsh: line 4: test: b: binary operator expected\njobsh: line 4: test: b: binary operator expected\nexit status 2"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in ~/x $(printf '%s-' a b) "${arr[@]}"; do
for i in a ~; do
test -e $w
done
done

### fuzzdiff seed 2 program 6
# jobsh: "jobsh: -c: line 2: syntax error: not a valid test operator: `y`\nexit status 2"
# bash:  "jobsh: -c: line 2: conditional binary operator expected\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
[[ x y == \ z ]]

### fuzzdiff seed 2 program 71
# jobsh: "a|1|nofunc\nnofunc\nnofunc\nnofunc\nnofunc\nnofunc\n"
# bash:  "a|1|nofunc\nnofunc\nnofunc\nnofunc\nnofunc\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in {c..a} x=yz; do
f1() {
for i in {1..5..2} ${#arr[@]} {a,}; do
echo nofunc
done

}
done
printf '%s|' $v $((3/2)) && f1 f

### fuzzdiff seed 2 program 77
# jobsh: "jobsh: -c: line 2: syntax error: inline variables cannot be arrays\nexit status 2"
# bash:  "jobsh: line 2: `arr[2]': not a valid identifier\njobsh: line 2: y: command not found\nexit status 127"
v=a; w='b c'; arr=(x 'y z'); echo data >f
arr[2]=x y

### fuzzdiff seed 2 program 78
# jobsh: "0\n0\n"
# bash:  "0\njobsh: line 4: printf: /TESTDIR: invalid number\n0\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
(
if printf '%d\n' $1; then
printf '%d\n' ~
else
:
fi
)

### fuzzdiff seed 2 program 8
# jobsh: "jobsh: 1:6: floating point arithmetic is a zsh feature; tried parsing as bash\nexit status 1"
# bash:  "jobsh: line 2: [[: {c..a}: syntax error: operand expected (error token is \"{c..a}\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
[[ {c..a} -eq ${#v} ]]

### fuzzdiff seed 2 program 80
# jobsh: "h a*1\nh a*1\nh a*1\nh a*1\n"
# bash:  "hBc a*1\nhBc a*1\nhBc a*1\nhBc a*1\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
n=0; while [ $n -lt 2 ]; do n=$((n+1))
for i in - foo; do
n=0; while [ $n -lt 2 ]; do n=$((n+1))
echo $- a*1
done
done
done

### fuzzdiff seed 2 program 96
# jobsh: "jobsh: 1:6: not a valid arithmetic operator: `c`\nexit status 1"
# bash:  "jobsh: line 2: [[: b c: syntax error in expression (error token is \"c\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
[[ $w -eq 0 ]]

### fuzzdiff seed 2 program 97
# jobsh: "2\n0\n0\n"
# bash:  "2\njobsh: line 3: printf: x: invalid number\n0\njobsh: line 3: printf: y: invalid number\n0\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
(
printf '%d\n' ${#arr[@]} x y
) <<<a*

