# Differences the 30-minute run of TestFuzzDiff found (2026-11-29: seeds 11 to 30,
# 500 programs each, JOBSH_FUZZDIFF=500 JOBSH_FUZZDIFF_SEED=S), minimized, one program
# for each kind of difference (the first line where the two shells' outputs differ,
# the program's words masked), with both shells' output at the time. TestFuzzDiffCases
# runs each on jobsh and bash; the ones that still differ are listed, by name, in
# ../../conformance/fuzzdiff-known.txt and classified in ../../conformance/failures.md.

### fuzzdiff seed 11 program 121
# jobsh: "jobsh: -c: line 2: syntax error: not a valid test operator: `y`\nexit status 2"
# bash:  "jobsh: -c: line 2: conditional binary operator expected\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
[[ x y < 'a b' ]]

### fuzzdiff seed 11 program 71
# jobsh: "jobsh: -c: line 9: syntax error: reached LitWord without matching `[[` with `]]`\nexit status 2"
# bash:  "jobsh: -c: line 9: syntax error in conditional expression\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
(
(
case ${#v} in
a*|b)
:
;;
*)
[[ ${arr[0]} -eq x y ]]
;;
esac
)
) <<<bar

### fuzzdiff seed 11 program 147
# jobsh: "jobsh: line 4: test: y z: too many arguments\n- -\njobsh: line 4: test: y z: too many arguments\n- -\njobsh: line 4: test: y z: too many arguments\n- -\n"
# bash:  "jobsh: line 4: test: x: binary operator expected\n- -\njobsh: line 4: test: x: binary operator expected\n- -\njobsh: line 4: test: x: binary operator expected\n- -\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
n=0; while [ $n -lt 3 ]; do n=$((n+1))
n=0; while [ $n -lt 3 ]; do n=$((n+1))
test -n "${arr[@]}" || echo - - 2>/dev/null
done
done

### fuzzdiff seed 11 program 17
# jobsh: "jobsh: line 2: test: b: too many arguments\nexit status 2"
# bash:  "jobsh: line 2: test: a: binary operator expected\nexit status 2"
v=a; w='b c'; arr=(x 'y z'); echo data >f
test -z {a,b}

### fuzzdiff seed 11 program 32
# jobsh: "hc\n"
# bash:  "hBc\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
{
echo $- <<<foo
} <<<a

### fuzzdiff seed 12 program 111
# jobsh: "jobsh: -c: line 6: syntax error: statements must be separated by &, ; or a newline\nexit status 2"
# bash:  "jobsh: -c: line 6: syntax error near unexpected token `y'\njobsh: -c: line 6: `fi <<<x y'\nexit status 2"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if read x w <<<-; then
:
else
:
fi <<<x y

### fuzzdiff seed 11 program 45
# jobsh: "jobsh: line 2: test: c: too many arguments\nexit status 2"
# bash:  "jobsh: line 2: test: b: binary operator expected\nexit status 2"
v=a; w='b c'; arr=(x 'y z'); echo data >f
test -e $w

### fuzzdiff seed 11 program 50
# jobsh: "/TESTDIR/x\njobsh: line 3: 1:6: not a valid arithmetic operator: `y`\ndata\nexit status 1"
# bash:  "/TESTDIR/x\njobsh: line 3: [[: x y z: syntax error in expression (error token is \"y z\")\ndata\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if echo ~/x; then
cat f >&2 | [[ "${arr[@]}" -eq "${arr[@]}" ]]
else
:
fi

### fuzzdiff seed 11 program 189
# jobsh: "jobsh: -c: line 5: syntax error: inline variables cannot be arrays\nexit status 2"
# bash:  ""
v=a; w='b c'; arr=(x 'y z'); echo data >f
if arr=(); then
:
else
arr[2]=x y
fi >>f

### fuzzdiff seed 11 program 387
# jobsh: "exit status 1"
# bash:  "jobsh: line 8: x: unbound variable\nexit status 127"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in '\n' "\$" ~/x; do
for i in "$#"; do
set -u
done
{
n=0; while [ $n -lt 2 ]; do n=$((n+1))
w=${#x}
done
}
done

### fuzzdiff seed 12 program 364
# jobsh: "jobsh: -c: line 2: syntax error near unexpected token `)'\njobsh: -c: line 2: `arr=([ab]*)'\nexit status 2"
# bash:  ""
v=a; w='b c'; arr=(x 'y z'); echo data >f
arr=([ab]*)

### fuzzdiff seed 11 program 142
# jobsh: "jobsh: line 8: 1:6: not a valid arithmetic operator: `z`\nexit status 1"
# bash:  "jobsh: line 8: [[: y z: syntax error in expression (error token is \"z\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
case "${w}x" in
a*|b)
:
;;
*)
for i in ${#w}; do
[[ 0 -eq ${arr[1]} ]]
done
;;
esac

### fuzzdiff seed 11 program 47
# jobsh: ""
# bash:  "jobsh: line 5: x: unbound variable\nexit status 127"
v=a; w='b c'; arr=(x 'y z'); echo data >f
set -u
case $- in
[!a]*)
(( x+=1 ))
;;
*)
:
;;
esac

### fuzzdiff seed 13 program 208
# jobsh: "jobsh: line 3: 1: unbound variable\nexit status 1"
# bash:  "jobsh: line 3: $1: unbound variable\nexit status 127"
v=a; w='b c'; arr=(x 'y z'); echo data >f
set -u
read v x <<<"$1"

### fuzzdiff seed 13 program 321
# jobsh: "jobsh: line 2: test: x2: too many arguments\nexit status 2"
# bash:  "jobsh: line 2: test: too many arguments\nexit status 2"
v=a; w='b c'; arr=(x 'y z'); echo data >f
test -z x{1..3}

### fuzzdiff seed 11 program 68
# jobsh: "jobsh: line 2: test: y: too many arguments\n"
# bash:  "jobsh: line 2: test: too many arguments\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if test -n ${arr[@]}; then
:
else
:
fi <f

### fuzzdiff seed 11 program 133
# jobsh: "jobsh: line 2: 1:4: `/` must follow an expression\nexit status 1"
# bash:  "jobsh: line 2: [[: /TESTDIR/x: syntax error: operand expected (error token is \"/TESTDIR/x\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
[[ ~/x -eq b ]]

### fuzzdiff seed 11 program 420
# jobsh: "jobsh: line 5: 1:4: `--` must be followed by a literal\njobsh: line 5: 1:4: `--` must be followed by a literal\njobsh: line 5: 1:4: `--` must be followed by a literal\nexit status 1"
# bash:  "jobsh: line 5: [[: --: syntax error: operand expected (error token is \"-\")\njobsh: line 5: [[: --: syntax error: operand expected (error token is \"-\")\njobsh: line 5: [[: --: syntax error: operand expected (error token is \"-\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
(
if arr=(${arr[*]} 0); then
for i in "\$" 2 a; do
[[ -- -eq -- ]]
done
else
:
fi <f
) <f

### fuzzdiff seed 11 program 469
# jobsh: "exit status 1"
# bash:  "exit status 127"
v=a; w='b c'; arr=(x 'y z'); echo data >f
set -u
if arr=(${x/%b/z}); then
:
else
:
fi 2>/dev/null

### fuzzdiff seed 11 program 99
# jobsh: "jobsh: -c: line 3: syntax error: inline variables cannot be arrays\nexit status 2"
# bash:  "jobsh: line 3: `arr[2]': not a valid identifier\njobsh: line 3: y: command not found\nexit status 127"
v=a; w='b c'; arr=(x 'y z'); echo data >f
(
arr[2]=x y
) <f

### fuzzdiff seed 12 program 258
# jobsh: "jobsh: line 2: 1:4: `-` must be followed by an expression\nexit status 1"
# bash:  "jobsh: line 2: [[: -: syntax error: operand expected (error token is \"-\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
[[ - -eq "${arr[@]}" ]]

### fuzzdiff seed 13 program 83
# jobsh: "jobsh: line 2: test: 3: too many arguments\nexit status 1"
# bash:  "jobsh: line 2: test: too many arguments\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
test -n {1..5..2} || shift

### fuzzdiff seed 16 program 88
# jobsh: "jobsh: line 3: 1:6: not a valid arithmetic operator: `c`\njobsh: line 3: 1:6: not a valid arithmetic operator: `c`\njobsh: line 3: 1:6: not a valid arithmetic operator: `c`\n"
# bash:  "jobsh: line 3: [[: b c: syntax error in expression (error token is \"c\")\njobsh: line 3: [[: b c: syntax error in expression (error token is \"c\")\njobsh: line 3: [[: b c: syntax error in expression (error token is \"c\")\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
n=0; while [ $n -lt 3 ]; do n=$((n+1))
if [[ $w -eq {1..5..2} ]]; then
:
else
:
fi 2>&1
done

### fuzzdiff seed 12 program 186
# jobsh: "jobsh: -c: line 3: syntax error: unexpected end of file\nexit status 2"
# bash:  "jobsh: line 2: `arr[2]': not a valid identifier\njobsh: line 2: y: command not found\nexit status 127"
v=a; w='b c'; arr=(x 'y z'); echo data >f
arr[2]=x y

### fuzzdiff seed 14 program 352
# jobsh: "nofunc\ncat: f: input file is output file\n"
# bash:  "nofunc\ncat: f: input file is output file\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
cat f >>f | echo nofunc

### fuzzdiff seed 11 program 485
# jobsh: "jobsh: line 2: printf: a\tb: invalid number\n0\njobsh: line 2: printf: hc: invalid number\n0\nexit status 1"
# bash:  "jobsh: line 2: printf: a\tb: invalid number\n0\njobsh: line 2: printf: hBc: invalid number\n0\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
printf '%x\n' $'a\tb' $-

### fuzzdiff seed 13 program 137
# jobsh: "jobsh: line 13: test: x2: too many arguments\nexit status 2"
# bash:  "jobsh: line 13: test: x2: binary operator expected\nexit status 2"
v=a; w='b c'; arr=(x 'y z'); echo data >f
case $v in
[!a]*)
:
;;
*)
case bar in
'x y')
:
;;
*)
(
test x{1..3}
)
;;
esac
;;
esac

### fuzzdiff seed 14 program 372
# jobsh: "?z\n0 hc\n?z\n0 hc\n"
# bash:  "?z\n0 hBc\n?z\n0 hBc\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in ${#w} {a,}; do
(
echo ?z && echo 0 $- >&2
) <f
done

### fuzzdiff seed 16 program 105
# jobsh: ""
# bash:  "jobsh: line 6: arr: bad array subscript\njobsh: line 6: arr: bad array subscript\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
(
for i in ${v%b*} 0 $x; do
if v=a; then
unset arr
set -- {1..5..2} ${arr[-1]}
else
:
fi <<<$(echo a; echo b)
done
)

### fuzzdiff seed 16 program 185
# jobsh: "2\njobsh: line 2: 1:4: `*` must follow an expression\nexit status 1"
# bash:  "2\njobsh: line 2: [[: *: syntax error: operand expected (error token is \"*\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
echo ${#x} | wc -c && [[ * -eq foo ]]

### fuzzdiff seed 19 program 121
# jobsh: ""
# bash:  "jobsh: line 5: [[: {a,b}: syntax error: operand expected (error token is \"{a,b}\")\njobsh: line 5: [[: {a,b}: syntax error: operand expected (error token is \"{a,b}\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
{
n=0; while [ $n -lt 2 ]; do n=$((n+1))
if arr=(${#w} ${arr[@]}); then
[[ {a,b} -eq bar ]]
else
:
fi >>f
done
} >&2

### fuzzdiff seed 11 program 192
# jobsh: "jobsh: line 4: 1:6: not a valid arithmetic operator: `b`\nexit status 1"
# bash:  "jobsh: line 4: [[: a\tb: syntax error in expression (error token is \"b\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
{
(
[[ $'a\tb' -eq "$*" ]] || [[ $@ == ${w^^} ]]
)
} >>f

### fuzzdiff seed 12 program 376
# jobsh: "jobsh: line 5: y: command not found\njobsh: line 5: y: command not found\njobsh: line 5: y: command not found\nexit status 127"
# bash:  "environment: line 5: y: command not found\nenvironment: line 5: y: command not found\nenvironment: line 5: y: command not found\nexit status 127"
v=a; w='b c'; arr=(x 'y z'); echo data >f
n=0; while [ $n -lt 2 ]; do n=$((n+1))
f1() {
for i in "" foo $'\''; do
x=x y
done

}
done
f1

### fuzzdiff seed 14 program 339
# jobsh: "jobsh: line 5: negative array index\njobsh: line 5: negative array index\njobsh: line 5: negative array index\njobsh: line 5: negative array index\nexit status 1"
# bash:  "jobsh: line 5: arr: bad array subscript\n0\njobsh: line 5: arr: bad array subscript\n0\njobsh: line 5: arr: bad array subscript\n0\njobsh: line 5: arr: bad array subscript\n0\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
{
if arr=(); then
for i in x{1..3} ${#arr[@]} $x; do
echo ${arr[-1]} ${#arr[@]} <f
done
else
:
fi
} 2>&1

### fuzzdiff seed 14 program 346
# jobsh: "jobsh: line 2: 1:4: `/` must follow an expression\n"
# bash:  "jobsh: line 2: [[: /TESTDIR: syntax error: operand expected (error token is \"/TESTDIR\")\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
[[ ~ -eq $((-1>>1)) ]] | w='$v'

### fuzzdiff seed 14 program 444
# jobsh: "jobsh: line 2: 1:7: floating point arithmetic is a zsh feature; tried parsing as bash\nexit status 1"
# bash:  "jobsh: line 2: [[: x{1..3}: syntax error: invalid arithmetic operator (error token is \"{1..3}\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
[[ x{1..3} -eq $x ]]

### fuzzdiff seed 16 program 66
# jobsh: "3\n"
# bash:  "4\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if echo $- | wc -c; then
:
else
:
fi >&2

### fuzzdiff seed 20 program 198
# jobsh: "hc 2\nhc 2\n"
# bash:  "hBc 2\nhBc 2\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in $((2**3)); do
for i in "${arr[@]}"; do
if echo ${x#?} $- 2 2>/dev/null; then
:
else
:
fi <<<$((-1>>1))
done
done

### fuzzdiff seed 23 program 408
# jobsh: "jobsh: line 5: 1:7: `-` must be followed by an expression\njobsh: line 5: 1:7: `-` must be followed by an expression\nexit status 1"
# bash:  "jobsh: line 5: [[: a-b-: syntax error: operand expected (error token is \"-\")\njobsh: line 5: [[: a-b-: syntax error: operand expected (error token is \"-\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if v=~/x; then
{
n=0; while [ $n -lt 2 ]; do n=$((n+1))
[[ $(printf '%s-' a b) -eq ${x%%?} ]]
done
} <<<"${arr[@]}"
else
:
fi

### fuzzdiff seed 11 program 112
# jobsh: "[hc]\n[--]\n"
# bash:  "[hBc]\n[--]\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
printf '[%s]\n' $- --

### fuzzdiff seed 12 program 1
# jobsh: "jobsh: line 2: test: C: too many arguments\na 1 0\n"
# bash:  "jobsh: line 2: test: B: binary operator expected\na 1 0\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
test -n ${w^^} | echo a $((3/2)) 0

### fuzzdiff seed 12 program 20
# jobsh: "jobsh: line 2: 2:1: not a valid arithmetic operator: `b`\nexit status 1"
# bash:  "jobsh: line 2: [[: a\nb: syntax error in expression (error token is \"b\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
[[ $(echo a; echo b) -eq ${arr[1]} ]]

### fuzzdiff seed 12 program 355
# jobsh: "nofunc\nhc a\n"
# bash:  "nofunc\nhBc a\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if echo nofunc; then
echo $- a 2>/dev/null
else
:
fi >&2

### fuzzdiff seed 12 program 415
# jobsh: "jobsh: -c: line 5: syntax error: statements must be separated by &, ; or a newline\nexit status 2"
# bash:  "jobsh: -c: line 5: syntax error near unexpected token `y'\njobsh: -c: line 5: `) <<<x y'\nexit status 2"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in ${w%b*} {1..5..2}; do
(
:
) <<<x y
done

### fuzzdiff seed 13 program 218
# jobsh: "3\njobsh: line 5: printf: data: invalid number\n0\n3\njobsh: line 5: printf: data: invalid number\n0\n3\njobsh: line 5: printf: data: invalid number\n0\n2\n"
# bash:  "3\nenvironment: line 5: printf: data: invalid number\n0\n3\nenvironment: line 5: printf: data: invalid number\n0\n3\nenvironment: line 5: printf: data: invalid number\n0\n2\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
f1() {
if x="${arr[@]}"; then
for i in "${arr[@]}" "$*"; do
printf '%d\n' ${#w} $(cat f 2>/dev/null)
done
else
:
fi 2>&1
return
}
f1 bar || echo 1 | wc -c

### fuzzdiff seed 13 program 66
# jobsh: "jobsh: -c: line 6: syntax error near unexpected token `y'\njobsh: -c: line 6: `case x y in'\nexit status 2"
# bash:  "jobsh: -c: line 6: syntax error near unexpected token `y'\nexit status 2"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in "$#" ${arr[0]} ${#arr[@]}; do
set -e
done
n=0; while [ $n -lt 2 ]; do n=$((n+1))
case x y in
a*|b)
:
;;
*)
:
;;
esac
done

### fuzzdiff seed 14 program 408
# jobsh: "jobsh: -c: line 4: syntax error near unexpected token `x'\njobsh: -c: line 4: `arr=(\"$(echo \"i j\")\" [ab]* x y)'\nexit status 2"
# bash:  ""
v=a; w='b c'; arr=(x 'y z'); echo data >f
n=0; while [ $n -lt 2 ]; do n=$((n+1))
(
arr=("$(echo "i j")" [ab]* x y)
) 2>/dev/null
done

### fuzzdiff seed 17 program 25
# jobsh: "jobsh: line 5: 1:6: floating point arithmetic is a zsh feature; tried parsing as bash\nexit status 1"
# bash:  "jobsh: line 5: [[: {c..a}: syntax error: operand expected (error token is \"{c..a}\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
(
{
{
[[ {c..a} -eq {a,b} ]]
}
} >f
)

### fuzzdiff seed 21 program 336
# jobsh: "jobsh: line 4: 1:4: reached EOF without closing quote `\"`\njobsh: line 4: 1:4: reached EOF without closing quote `\"`\njobsh: line 4: 1:4: reached EOF without closing quote `\"`\n"
# bash:  "jobsh: line 4: [[: \": syntax error: operand expected (error token is \"\"\")\njobsh: line 4: [[: \": syntax error: operand expected (error token is \"\"\")\njobsh: line 4: [[: \": syntax error: operand expected (error token is \"\"\")\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
{
n=0; while [ $n -lt 3 ]; do n=$((n+1))
[[ '"' -eq $w ]] || read w x <<<$(cat f 2>/dev/null)
done
}

### fuzzdiff seed 21 program 52
# jobsh: "jobsh: line 2: 1:4: reached EOF without closing quote `'`\nexit status 1"
# bash:  "jobsh: line 2: [[: ': syntax error: operand expected (error token is \"'\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
[[ $'\'' -eq "$1" ]]

### fuzzdiff seed 11 program 174
# jobsh: "bar hc\n"
# bash:  "bar hBc\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
arr=(foo $(echo $v)) | echo bar $-

### fuzzdiff seed 11 program 399
# jobsh: "jobsh: line 2: 1:6: floating point arithmetic is a zsh feature; tried parsing as bash\nexit status 1"
# bash:  "jobsh: line 2: [[: {1..5..2}: syntax error: operand expected (error token is \"{1..5..2}\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
[[ {1..5..2} -eq "$(echo "i j")" ]] && read w w <<<"$#"

### fuzzdiff seed 12 program 164
# jobsh: "jobsh: line 3: 1:1: reached `)` without matching `$((` with `))`\nexit status 1"
# bash:  "jobsh: line 3: [[: \\: syntax error: operand expected (error token is \"\\\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if set -- ${arr[1]} $(echo sub); then
[[ ${v//a/} -eq "\\" ]]
else
:
fi 2>&1

### fuzzdiff seed 12 program 296
# jobsh: "jobsh: line 6: test: c: too many arguments\njobsh: line 6: test: c: too many arguments\njobsh: line 6: test: c: too many arguments\nexit status 2"
# bash:  "environment: line 6: test: b: binary operator expected\nenvironment: line 6: test: b: binary operator expected\nenvironment: line 6: test: b: binary operator expected\nexit status 2"
v=a; w='b c'; arr=(x 'y z'); echo data >f
f1() {
local v="${arr[@]}"
(
n=0; while [ $n -lt 3 ]; do n=$((n+1))
test -e ${w,,}
done
)

}
f1 ${arr[0]} -

### fuzzdiff seed 13 program 497
# jobsh: "0 hc \n"
# bash:  "0 hBc \n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
echo $? $- "$1" <f

### fuzzdiff seed 14 program 107
# jobsh: "exit status 1"
# bash:  "jobsh: line 4: [[: {a,}: syntax error: operand expected (error token is \"{a,}\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
(
if true; then
unset w | [[ {a,} -eq ${#arr[@]} ]]
else
:
fi 2>&1
) 2>/dev/null

### fuzzdiff seed 14 program 190
# jobsh: "hc x y\n"
# bash:  "hBc x y\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
echo $- x y <<<"$(echo "i j")"

### fuzzdiff seed 15 program 327
# jobsh: "jobsh: line 6: test: y: too many arguments\njobsh: line 6: test: y: too many arguments\njobsh: line 6: test: y: too many arguments\njobsh: line 6: test: y: too many arguments\njobsh: line 6: test: y: too many arguments\njobsh: line 6: test: y: too many arguments\njobsh: line 6: test: y: too many arguments\njobsh: line 6: test: y: too many arguments\njobsh: line 6: test: y: too many arguments\njobsh: line 6: test: y: too many arguments\njobsh: line 6: test: y: too many arguments\njobsh: line 6: test: y: too many arguments\nexit status 3"
# bash:  "environment: line 6: test: x: binary operator expected\nenvironment: line 6: test: x: binary operator expected\nenvironment: line 6: test: x: binary operator expected\nenvironment: line 6: test: x: binary operator expected\nenvironment: line 6: test: x: binary operator expected\nenvironment: line 6: test: x: binary operator expected\nenvironment: line 6: test: x: binary operator expected\nenvironment: line 6: test: x: binary operator expected\nenvironment: line 6: test: x: binary operator expected\nenvironment: line 6: test: x: binary operator expected\nenvironment: line 6: test: x: binary operator expected\nenvironment: line 6: test: x: binary operator expected\nexit status 3"
v=a; w='b c'; arr=(x 'y z'); echo data >f
f1() {
local v=${w:-$w}
for i in ${arr[@]} --; do
n=0; while [ $n -lt 3 ]; do n=$((n+1))
test -n x y
done
done
return 3
}
{
f1 foo ${arr[0]}
}

### fuzzdiff seed 17 program 267
# jobsh: "   hc|"
# bash:  "  hBc|"
v=a; w='b c'; arr=(x 'y z'); echo data >f
printf '%5s|' $- && unset w

### fuzzdiff seed 19 program 158
# jobsh: "jobsh: -c: line 5: syntax error near unexpected token `$'\njobsh: -c: line 5: `arr=([ab]* $(cat f 2>/dev/null) {a,})'\nexit status 2"
# bash:  ""
v=a; w='b c'; arr=(x 'y z'); echo data >f
{
{
if echo a*z >f; then
arr=([ab]* $(cat f 2>/dev/null) {a,})
else
:
fi >&2
} >f
} >&2

### fuzzdiff seed 20 program 114
# jobsh: "jobsh: line 2: 1:4: `?` must follow an expression\n"
# bash:  "jobsh: line 2: [[: ?z: syntax error: operand expected (error token is \"?z\")\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
[[ ${#arr[@]} -eq ?z ]] | unset v

### fuzzdiff seed 20 program 192
# jobsh: "x hc /TESTDIR\n"
# bash:  "x hBc /TESTDIR\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if w="\$"; then
(
{
echo ${arr[0]} $- ~ >>f
} >>f
if shift 1; then
:
else
cat f >&2
fi <<<$'a\tb'
) >f
else
:
fi <<<{a,}

### fuzzdiff seed 21 program 13
# jobsh: ""
# bash:  "jobsh: line 3: ((: y z: syntax error in expression (error token is \"z\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
read x x <<<"${arr[@]}"
echo bar $'a\tb' >f && (( x+=1 ))

### fuzzdiff seed 21 program 42
# jobsh: "jobsh: line 5: test: 3: too many arguments\njobsh: line 5: test: 3: too many arguments\nexit status 2"
# bash:  "jobsh: line 5: test: 3: binary operator expected\njobsh: line 5: test: 3: binary operator expected\nexit status 2"
v=a; w='b c'; arr=(x 'y z'); echo data >f
(
(
for i in ~/x "$*"; do
test {1..5..2}
done
)
) >>f

### fuzzdiff seed 23 program 90
# jobsh: ""
# bash:  "jobsh: line 2: [[: {a,}: syntax error: operand expected (error token is \"{a,}\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
[[ {a,} -eq {a,b} ]]

### fuzzdiff seed 24 program 209
# jobsh: ""
# bash:  "jobsh: line 8: $v1: syntax error: operand expected (error token is \"$v1\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
n=0; while [ $n -lt 2 ]; do n=$((n+1))
v=\$v1
done
(
n=0; while [ $n -lt 2 ]; do n=$((n+1))
if echo {a,b}; then
x=$((v++))
else
:
fi >>f
done
) >>f

### fuzzdiff seed 29 program 252
# jobsh: "exit status 1"
# bash:  "jobsh: line 3: [[: $v: syntax error: operand expected (error token is \"$v\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in 1; do
[[ '$v' -eq 1 ]]
done

### fuzzdiff seed 11 program 204
# jobsh: ""
# bash:  "jobsh: line 3: ((: a-b-: syntax error: operand expected (error token is \"-\")\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
read -r x w <<<$(printf '%s-' a b)
if (( x+=1 )); then
:
else
:
fi >>f

### fuzzdiff seed 11 program 230
# jobsh: ""
# bash:  "jobsh: line 12: ((: $v: syntax error: operand expected (error token is \"$v\")\njobsh: line 12: ((: $v: syntax error: operand expected (error token is \"$v\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in $'\x41' 0; do
(
{
x='$v'
} >&2
case $2 in
*[0-9]*)
:
;;
*)
(( x+=1 ))
;;
esac
) <<<"${w}x"
done

### fuzzdiff seed 11 program 259
# jobsh: "hc x y bar\n"
# bash:  "hBc x y bar\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
[[ $(echo sub) = ${#x} ]] | echo $- x y bar 2>/dev/null

### fuzzdiff seed 11 program 366
# jobsh: "jobsh: line 4: x: unbound variable\njobsh: line 4: x: unbound variable\njobsh: line 4: x: unbound variable\nexit status 1"
# bash:  "jobsh: line 4: x: unbound variable\nexit status 127"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in "${arr[@]}" 0; do
set -u
read v v <<<$x
done

### fuzzdiff seed 11 program 38
# jobsh: "hc 3 x y\nhc 3 x y\nhc 3 x y\nhc 3 x y\n"
# bash:  "hBc 3 x y\nhBc 3 x y\nhBc 3 x y\nhBc 3 x y\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in b ${x:-$w} bar; do
case 0 in
*)
case ~ in
*)
echo $- ${#w} x y <<<"$#"
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
done

### fuzzdiff seed 11 program 383
# jobsh: "2\n2 1 3 5 a\tb\n"
# bash:  "2 1 3 5 a\tb\n2\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in "${arr[@]}" {1..5..2}; do
:
done
echo ${#arr[@]} {1..5..2} $'a\tb' >&2 | printf '%x\n' 2

### fuzzdiff seed 11 program 386
# jobsh: "jobsh: -c: line 4: syntax error near unexpected token `$-'\njobsh: -c: line 4: `arr=([ab]* $-) | read -r v v <<<${x:0:2}'\nexit status 2"
# bash:  ""
v=a; w='b c'; arr=(x 'y z'); echo data >f
case ${#arr[@]} in
*[0-9]*)
arr=([ab]* $-) | read -r v v <<<${x:0:2}
;;
*)
:
;;
esac

### fuzzdiff seed 11 program 451
# jobsh: "\n   hc|   hc|"
# bash:  "\n  hBc|  hBc|"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if echo "" 2>&1; then
n=0; while [ $n -lt 2 ]; do n=$((n+1))
{
printf '%5s|' $-
} 2>&1
done
else
:
fi <f

### fuzzdiff seed 12 program 108
# jobsh: "2\nexit status 1"
# bash:  "2\njobsh: line 6: {a,b}: syntax error: operand expected (error token is \"{a,b}\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if echo 2 <<<$-; then
(
(
read -r v w <<<{a,b}
[[ $((v)) = ${arr[-1]} ]]
) <<<${#arr[@]}
) >&2
else
:
fi <<<-n

### fuzzdiff seed 12 program 281
# jobsh: "jobsh: line 2: test: c: too many arguments\nexit status 2"
# bash:  "jobsh: line 2: test: B: binary operator expected\nexit status 2"
v=a; w='b c'; arr=(x 'y z'); echo data >f
test -e ${w^}

### fuzzdiff seed 12 program 427
# jobsh: "jobsh: line 3: 1:6: not a valid arithmetic operator: `cx`\n"
# bash:  "jobsh: line 3: [[: b cx: syntax error in expression (error token is \"cx\")\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
(
if [[ "${w}x" -eq '\n' ]]; then
:
else
:
fi
) <<<{a,b}

### fuzzdiff seed 12 program 479
# jobsh: "exit status 1"
# bash:  "jobsh: line 2: [[: {a,b}: syntax error: operand expected (error token is \"{a,b}\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
[[ {a,b} -eq $((1<2)) ]]

### fuzzdiff seed 12 program 80
# jobsh: ""
# bash:  "jobsh: line 14: ((: x: expression recursion level exceeded (error token is \"x\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in -- $x; do
if read x v <<<x y; then
:
else
:
fi 2>&1
{
case $2 in
'x y')
:
;;
*)
(( x+=1 ))
;;
esac
} >f
done

### fuzzdiff seed 12 program 85
# jobsh: "jobsh: line 4: test: 3: too many arguments\nexit status 2"
# bash:  "jobsh: line 4: test: f: binary operator expected\nexit status 2"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if arr[2]=\ 1; then
set -- * ${#arr[@]}
test -z $@
else
:
fi

### fuzzdiff seed 13 program 272
# jobsh: "    -|   hc|"
# bash:  "    -|  hBc|"
v=a; w='b c'; arr=(x 'y z'); echo data >f
printf '%5s|' - $-

### fuzzdiff seed 13 program 310
# jobsh: "/TESTDIR|"
# bash:  "jobsh: line 12: arr: bad array subscript\n/TESTDIR|"
v=a; w='b c'; arr=(x 'y z'); echo data >f
case 2 in
*[0-9]*)
{
unset arr
} <<<'a b'
;;
*)
:
;;
esac
printf '%s|' ~ ${arr[-1]}

### fuzzdiff seed 13 program 338
# jobsh: "jobsh: line 14: y: command not found\n"
# bash:  "jobsh: line 4: y: command not found\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if v=$'a\tb'; then
case $((v)) in
a*|b)
:
;;
*)
:
;;
esac
else
:
fi 2>/dev/null
w=x y || x="\$"

### fuzzdiff seed 13 program 371
# jobsh: "a 1\n"
# bash:  "a a\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
(
:
) <<<$((v++))
(
cat <<EOF
a $v
EOF
) >&2

### fuzzdiff seed 13 program 438
# jobsh: "jobsh: line 5: ((: a-b-: syntax error in expression (error token is \"-\")\nexit status 1"
# bash:  "jobsh: line 5: ((: a-b-: syntax error: operand expected (error token is \"-\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in "${arr[@]}"; do
v=$(printf '%s-' a b)
done
(( v>1 ))

### fuzzdiff seed 13 program 49
# jobsh: "jobsh: line 4: 1:6: not a valid arithmetic operator: `y`\n"
# bash:  "jobsh: line 4: [[: x y z %s1: syntax error in expression (error token is \"y z %s1\")\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if arr[2]=%s1; then
if echo ${w:-$w} <<<0; then
if [[ "${arr[@]}" -eq $(echo $v) ]]; then
:
else
:
fi >&2
else
:
fi >f
else
:
fi >>f

### fuzzdiff seed 13 program 89
# jobsh: " f hc 3 -\n"
# bash:  " f hBc 3 -\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if unset arr; then
arr=($- ${#w} -)
else
:
fi >f
{
echo '' f "${arr[@]}" <<<$? || f1 x y foo
} 2>&1

### fuzzdiff seed 14 program 105
# jobsh: "/TESTDIR 0\n"
# bash:  "jobsh: line 5: a: unbound variable\nexit status 127"
v=a; w='b c'; arr=(x 'y z'); echo data >f
{
set -u
}
if echo ~ $((v++)) <f; then
:
else
:
fi 2>&1

### fuzzdiff seed 14 program 12
# jobsh: "hc|a 0\n"
# bash:  "hBc|a 0\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
{
printf '%s|' $- && echo a ${#x} <<<$x
}

### fuzzdiff seed 14 program 269
# jobsh: "- hc x y z\n"
# bash:  "- hBc x y z\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
echo - $- "${arr[@]}"

### fuzzdiff seed 14 program 313
# jobsh: "0 x y z\n"
# bash:  "jobsh: line 3: a: unbound variable\nexit status 127"
v=a; w='b c'; arr=(x 'y z'); echo data >f
set -u
x="${arr[@]}" | echo $((v++)) "${arr[@]}" >&2

### fuzzdiff seed 14 program 314
# jobsh: "jobsh: line 2: printf: --: invalid number\njobsh: line 2: printf: i j: invalid number\n1\n"
# bash:  "1\njobsh: line 2: printf: --: invalid number\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
printf '%d\n' -- "$(echo "i j")" | echo 1 2>/dev/null

### fuzzdiff seed 14 program 343
# jobsh: "2\n2\n"
# bash:  "jobsh: line 6: a: unbound variable\n0\njobsh: line 6: a: unbound variable\n0\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
set -u
n=0; while [ $n -lt 2 ]; do n=$((n+1))
for i in '$v'; do
{
echo $((v++)) | wc -c
}
done
done

### fuzzdiff seed 14 program 460
# jobsh: "/TESTDIR hc\n"
# bash:  "/TESTDIR hBc\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if echo ~ $- 2>&1; then
:
else
:
fi

### fuzzdiff seed 15 program 172
# jobsh: "jobsh: -c: line 7: syntax error: inline variables cannot be arrays\nexit status 2"
# bash:  "2\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
(
(
if echo ${#arr[@]} 2>&1; then
:
else
arr[2]=x y
fi <f
)
) <<<'a b'

### fuzzdiff seed 15 program 227
# jobsh: ""
# bash:  "jobsh: line 5: /TESTDIR/x: syntax error: operand expected (error token is \"/TESTDIR/x\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in %sz; do
for i in x{1..3} "$1" {c..a}; do
v=~/x
echo -n1 ${#w} $((v++)) >>f || :
done
done

### fuzzdiff seed 15 program 267
# jobsh: "a b foo\njobsh: line 4: a-b-: syntax error in expression (error token is \"-\")\nexit status 3"
# bash:  "environment: line 4: a-b-: syntax error: operand expected (error token is \"-\")\na b foo\nexit status 3"
v=a; w='b c'; arr=(x 'y z'); echo data >f
v=$(printf '%s-' a b)
f1() {
echo x y $@ $((v)) >f | echo {a,b} foo >&2
return 3
}
shift 5 || f1 '"' $#

### fuzzdiff seed 15 program 278
# jobsh: "jobsh: line 8: a-b-: syntax error in expression (error token is \"-\")\nexit status 1"
# bash:  "jobsh: line 8: a-b-: syntax error: operand expected (error token is \"-\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in "\$" a; do
{
for i in $x $(false) $'\x41'; do
read v x <<<$(printf '%s-' a b)
done
}
set -- 1 ${#x} $((v))
done

### fuzzdiff seed 15 program 369
# jobsh: "0 a b\n"
# bash:  "jobsh: line 8: arr: bad array subscript\n0 a b\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
{
if v=$x; then
unset arr
else
:
fi >&2
echo ${arr[-1]} ${#arr[@]} 'a b'
} <f

### fuzzdiff seed 15 program 397
# jobsh: "jobsh: -c: line 3: syntax error: unexpected end of file\nexit status 2"
# bash:  "nofunc\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
echo nofunc || arr[2]=x y

### fuzzdiff seed 16 program 116
# jobsh: "data\nfoo 1\ndata\nfoo 1\nfoo 1\ndata\nfoo 1\nfoo 1\n"
# bash:  "data\nfoo 1\ndata\nfoo 1\nfoo 1\ndata\nfoo 1\nfoo 1\nfoo 1\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
n=0; while [ $n -lt 3 ]; do n=$((n+1))
echo foo ${#v} >>f | cat f <f
done

### fuzzdiff seed 16 program 120
# jobsh: "jobsh: line 3: test: y z: too many arguments\nexit status 2"
# bash:  "jobsh: line 3: test: too many arguments\nexit status 2"
v=a; w='b c'; arr=(x 'y z'); echo data >f
arr+=(x y)
test "${arr[@]}"

### fuzzdiff seed 16 program 2
# jobsh: "a  b hc x y\n"
# bash:  "a  b hBc x y\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if set -- x y; then
if arr[2]=$-; then
for i in $-; do
echo "a  b" ${arr[-1]} "$@" <f
done
else
:
fi
else
:
fi 2>&1

### fuzzdiff seed 16 program 260
# jobsh: "a  |0  |jobsh: line 3: test: y z: too many arguments\nexit status 2"
# bash:  "a  |0  |jobsh: line 3: test: x: binary operator expected\nexit status 2"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if printf '%-3s|' $(echo $v) $?; then
test -n "${arr[@]}"
else
:
fi

### fuzzdiff seed 16 program 313
# jobsh: "x y z hc d\n"
# bash:  "x y z hBc d\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
(
echo "${arr[@]}" $- ${x-d}
) 2>/dev/null

### fuzzdiff seed 16 program 450
# jobsh: "hc a\tb /TESTDIR\n"
# bash:  "hBc a\tb /TESTDIR\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
echo $- $'a\tb' ~

### fuzzdiff seed 17 program 108
# jobsh: " -- hc\n"
# bash:  " -- hBc\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
echo "$*" -- $- 2>/dev/null

### fuzzdiff seed 17 program 126
# jobsh: "hc $vz a\n"
# bash:  "hBc $vz a\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
echo $- \$vz a

### fuzzdiff seed 17 program 175
# jobsh: ""
# bash:  "exit status 127"
v=a; w='b c'; arr=(x 'y z'); echo data >f
{
{
set -u
} <f
if [[ b -eq $((v)) ]]; then
:
else
:
fi >f
} 2>/dev/null

### fuzzdiff seed 17 program 282
# jobsh: "hc  1 a\n"
# bash:  "hBc  1 a\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in ~/x; do
echo $- \ 1 a >f
{
cat f
} <<<f
done

### fuzzdiff seed 17 program 294
# jobsh: "jobsh: line 3: 1:4: `[` must follow a name like a[i]\njobsh: line 3: 1:4: `[` must follow a name like a[i]\nexit status 1"
# bash:  "jobsh: line 3: [[: [ab]*: syntax error: operand expected (error token is \"[ab]*\")\njobsh: line 3: [[: [ab]*: syntax error: operand expected (error token is \"[ab]*\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in ${x:-d} ${#arr[@]}; do
[[ ${#w} -eq [ab]* ]]
done

### fuzzdiff seed 17 program 399
# jobsh: ""
# bash:  "jobsh: line 3: ((: /TESTDIR/x: syntax error: operand expected (error token is \"/TESTDIR/x\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
read -r x w <<<~/x
(( x+=1 ))

### fuzzdiff seed 17 program 401
# jobsh: "f x=y1 hc\nf x=y1 hc\nf x=y1 hc\nf x=y1 hc\n"
# bash:  "f x=y1 hBc\nf x=y1 hBc\nf x=y1 hBc\nf x=y1 hBc\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if [[ foo == ~ ]]; then
:
else
for i in ${#w} ${#arr[@]} ${v#?}; do
for i in foo ${arr[0]}; do
echo f x=y1 $- <f
done
done
fi <<<$?

### fuzzdiff seed 17 program 461
# jobsh: "hc -- hc -- "
# bash:  "hBc -- hBc -- "
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in foo f; do
if printf '%q ' $- --; then
:
else
:
fi >&2
done

### fuzzdiff seed 17 program 474
# jobsh: "hc -1\n"
# bash:  "hBc -1\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
(
arr=() | echo $- $((-1>>1))
) <f

### fuzzdiff seed 18 program 10
# jobsh: "x y b c \n"
# bash:  "\nx y b c "
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in $?; do
eval 'v=evald'
(
echo "$1" >&2 | printf '%q ' x y $w
) 2>&1
done

### fuzzdiff seed 18 program 171
# jobsh: "jobsh: -c: line 7: syntax error near unexpected token `${#x}'\njobsh: -c: line 7: `arr=([ab]*1 ${#x})'\nexit status 2"
# bash:  ""
v=a; w='b c'; arr=(x 'y z'); echo data >f
f1() {
case b in
*[0-9]*)
case "${arr[@]}" in
"$v")
arr=([ab]*1 ${#x})
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

}

### fuzzdiff seed 18 program 172
# jobsh: "jobsh: line 2: 1:4: `/` must follow an expression\nexit status 1"
# bash:  "jobsh: line 2: [[: $v: syntax error: operand expected (error token is \"$v\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
[[ '$v' -eq ~/x ]]

### fuzzdiff seed 18 program 209
# jobsh: "exit status 1"
# bash:  "jobsh: line 4: $1: unbound variable\nexit status 127"
v=a; w='b c'; arr=(x 'y z'); echo data >f
set -u
{
arr+=("$1")
} >&2

### fuzzdiff seed 18 program 239
# jobsh: ""
# bash:  "jobsh: line 5: $2: unbound variable\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
{
set -u
} >f
arr=(${w:-$w} ${arr[0]} $2) | test -n bar

### fuzzdiff seed 18 program 305
# jobsh: "jobsh: line 8: printf: %s: invalid number\n0\njobsh: line 8: printf: a\tb: invalid number\n0\njobsh: line 8: printf: %s: invalid number\n0\njobsh: line 8: printf: a\tb: invalid number\n0\nexit status 1"
# bash:  "environment: line 8: printf: %s: invalid number\n0\nenvironment: line 8: printf: a\tb: invalid number\n0\nenvironment: line 8: printf: %s: invalid number\n0\nenvironment: line 8: printf: a\tb: invalid number\n0\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
case $x in
"$v")
:
;;
*)
f1() {
printf '%x\n' %s $'a\tb'
return
}
;;
esac
for i in $2 ~/x; do
f1 $'\x41' a || f1 "${arr[@]}"
done

### fuzzdiff seed 18 program 317
# jobsh: "0\n0\n"
# bash:  "0\njobsh: line 3: ((: x: expression recursion level exceeded (error token is \"x\")\n0\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in "${arr[@]}"; do
(( x+=1 ))
if echo 0 | cat; then
n=0; while [ $n -lt 2 ]; do n=$((n+1))
read x w <<<"${arr[@]}"
done
else
:
fi <<<$?
done

### fuzzdiff seed 18 program 453
# jobsh: ""
# bash:  "jobsh: line 5: ((: *z: syntax error: operand expected (error token is \"*z\")\njobsh: line 5: ((: *z: syntax error: operand expected (error token is \"*z\")\njobsh: line 5: ((: *z: syntax error: operand expected (error token is \"*z\")\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in ${arr[1]} $((w=4)) "$*"; do
{
{
(( x+=1 ))
x=*z
} >f
} >f
done

### fuzzdiff seed 18 program 82
# jobsh: "jobsh: -c: line 3: syntax error: unexpected end of file\nexit status 2"
# bash:  "jobsh: line 2: test: x: unary operator expected\njobsh: line 2: `arr[2]': not a valid identifier\njobsh: line 2: y: command not found\nexit status 127"
v=a; w='b c'; arr=(x 'y z'); echo data >f
test "${arr[@]}" || arr[2]=x y

### fuzzdiff seed 18 program 86
# jobsh: "hc b c\n"
# bash:  "hBc b c\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
echo $- ${w,,} >&2

### fuzzdiff seed 19 program 268
# jobsh: "b c hc\n"
# bash:  "b c hBc\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
echo ${w-d} $- <<<b

### fuzzdiff seed 19 program 323
# jobsh: "jobsh: -c: line 7: syntax error near unexpected token `\"$1\"'\njobsh: -c: line 7: `arr=($(false) [ab]*z \"$1\")'\nexit status 2"
# bash:  ""
v=a; w='b c'; arr=(x 'y z'); echo data >f
case ~ in
?)
case ~ in
*[0-9]*)
(
arr=($(false) [ab]*z "$1")
) <f
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

### fuzzdiff seed 19 program 33
# jobsh: "data\nhc foo x1 x2 x3\ndata\nhc foo x1 x2 x3\ndata\nhc foo x1 x2 x3\n"
# bash:  "data\nhBc foo x1 x2 x3\ndata\nhBc foo x1 x2 x3\ndata\nhBc foo x1 x2 x3\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in $- ${arr[-1]}; do
if cat f 2>&1; then
echo $- foo x{1..3} 2>&1
else
:
fi >&2
done

### fuzzdiff seed 19 program 333
# jobsh: "hc a 2\n"
# bash:  "hBc a 2\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
(
case $(echo $v) in
?)
echo $- a $(((1,2))) 2>&1
;;
*)
:
;;
esac
) 2>&1

### fuzzdiff seed 19 program 378
# jobsh: "jobsh: -c: line 3: syntax error near unexpected token `$@'\njobsh: -c: line 3: `read x w <<<a | arr=(- [ab]*z $@)'\nexit status 2"
# bash:  ""
v=a; w='b c'; arr=(x 'y z'); echo data >f
(
read x w <<<a | arr=(- [ab]*z $@)
) 2>&1

### fuzzdiff seed 19 program 395
# jobsh: "     |   hc|     |   hc|     |   hc|"
# bash:  "     |  hBc|     |  hBc|     |  hBc|"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in '*' "${arr[@]}"; do
printf '%5s|' "$*" $-
done

### fuzzdiff seed 19 program 425
# jobsh: "exit status 1"
# bash:  "jobsh: line 10: /TESTDIR: syntax error: operand expected (error token is \"/TESTDIR\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
case -- in
[!a]*)
read -r v x <<<~
;;
*)
:
;;
esac
test -z $((v++))

### fuzzdiff seed 20 program 157
# jobsh: "/TESTDIR/x d hc\n"
# bash:  "/TESTDIR/x d hBc\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
echo ~/x ${x-d} $- 2>&1

### fuzzdiff seed 20 program 159
# jobsh: "b x\n/TESTDIR/x y z hc\n"
# bash:  "b x\n/TESTDIR/x y z hBc\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if echo b $@ ${arr[0]} <f; then
{
echo ~/x ${arr[1]} $- <f
} >&2
else
:
fi 2>&1

### fuzzdiff seed 20 program 176
# jobsh: "jobsh: line 3: 1:6: not a valid arithmetic operator: `c`\njobsh: line 3: 1:6: not a valid arithmetic operator: `c`\njobsh: line 3: 1:6: not a valid arithmetic operator: `c`\nexit status 1"
# bash:  "jobsh: line 3: [[: {a,}: syntax error: operand expected (error token is \"{a,}\")\njobsh: line 3: [[: {a,}: syntax error: operand expected (error token is \"{a,}\")\njobsh: line 3: [[: {a,}: syntax error: operand expected (error token is \"{a,}\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in '$v' bar ${#w}; do
arr=(x y) | [[ {a,} -eq $w ]]
done

### fuzzdiff seed 20 program 20
# jobsh: "hc /TESTDIR\n"
# bash:  "hBc /TESTDIR\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
echo $- ~ 2>&1 || [[ "${arr[@]}" -eq "$v" ]]

### fuzzdiff seed 20 program 215
# jobsh: "%sz hc "
# bash:  "%sz hBc "
v=a; w='b c'; arr=(x 'y z'); echo data >f
printf '%q ' %sz $-

### fuzzdiff seed 20 program 220
# jobsh: "jobsh: line 7: a*: syntax error in expression (error token is \"*\")\nexit status 1"
# bash:  "jobsh: line 7: a*: syntax error: operand expected (error token is \"*\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
{
for i in ${arr[-1]} "\\" ${#v}; do
read -r x w <<<a*
case 1 in
[!a]*)
arr+=($((x*2)))
;;
*)
:
;;
esac
done
} >f

### fuzzdiff seed 20 program 296
# jobsh: "data\njobsh: line 2: 1:6: floating point arithmetic is a zsh feature; tried parsing as bash\n"
# bash:  "jobsh: line 2: [[: {1..5..2}: syntax error: operand expected (error token is \"{1..5..2}\")\ndata\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
[[ 0 -eq {1..5..2} ]] | cat f

### fuzzdiff seed 20 program 381
# jobsh: "jobsh: -c: line 9: syntax error near unexpected token `!'\njobsh: -c: line 9: `(( v>1 )) | ! true'\nexit status 2"
# bash:  "jobsh: -c: line 9: syntax error near unexpected token `!'\nexit status 2"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if echo "${arr[@]}" ${#x} "${arr[@]}"; then
{
set -e
} <<<'"'
else
:
fi >>f
(( v>1 )) | ! true

### fuzzdiff seed 20 program 416
# jobsh: "jobsh: line 8: 1:9: not a valid arithmetic operator: `1`\nexit status 1"
# bash:  "jobsh: line 8: [[: foo1 1 0: syntax error in expression (error token is \"1 0\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if set -- foo1 $((7%3)) $((v)); then
case ${w-d} in
'x y')
:
;;
*)
[[ $* -eq ${#arr[@]} ]]
;;
esac
else
:
fi

### fuzzdiff seed 20 program 458
# jobsh: "jobsh: line 3: 1:4: `--` must be followed by a literal\njobsh: line 3: 1:4: `--` must be followed by a literal\njobsh: line 3: 1:4: `--` must be followed by a literal\njobsh: line 3: 1:4: `--` must be followed by a literal\njobsh: line 3: 1:4: `--` must be followed by a literal\njobsh: line 3: 1:4: `--` must be followed by a literal\njobsh: line 3: 1:4: `--` must be followed by a literal\njobsh: line 3: 1:4: `--` must be followed by a literal\n"
# bash:  "environment: line 3: [[: --: syntax error: operand expected (error token is \"-\")\nenvironment: line 3: [[: --: syntax error: operand expected (error token is \"-\")\nenvironment: line 3: [[: --: syntax error: operand expected (error token is \"-\")\nenvironment: line 3: [[: --: syntax error: operand expected (error token is \"-\")\nenvironment: line 3: [[: --: syntax error: operand expected (error token is \"-\")\nenvironment: line 3: [[: --: syntax error: operand expected (error token is \"-\")\nenvironment: line 3: [[: --: syntax error: operand expected (error token is \"-\")\nenvironment: line 3: [[: --: syntax error: operand expected (error token is \"-\")\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
f1() {
[[ -- -eq "$1" ]]
return
}
n=0; while [ $n -lt 2 ]; do n=$((n+1))
for i in x y $((2**3)) ${#arr[@]}; do
if f1 ${x/#a/z} 1; then
:
else
:
fi
done
done

### fuzzdiff seed 21 program 165
# jobsh: ""
# bash:  "\n\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
case "${arr[@]}" in
[!a]*)
set -- ${#x} bar || arr=()
;;
*)
:
;;
esac
if arr=(); then
for i in "$@"; do
echo ${arr[-1]} | cat
done
else
:
fi 2>/dev/null

### fuzzdiff seed 21 program 343
# jobsh: "    0|hc $\n"
# bash:  "    0|hBc $\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if printf '%5s|' "$@" "$#"; then
echo $- "\$" <f || cat f <<<${#x}
else
:
fi >&2

### fuzzdiff seed 21 program 452
# jobsh: "jobsh: line 5: ((: ': syntax error in expression (error token is \"'\")\nexit status 1"
# bash:  "jobsh: line 5: ((: ': syntax error: operand expected (error token is \"'\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in bar ~ $'\x41'; do
v=$'\''
done
(( v>1 ))

### fuzzdiff seed 21 program 77
# jobsh: "0 hc $v\n"
# bash:  "0 hBc $v\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if echo 0 $- '$v' <<<$((x*2)); then
:
else
:
fi <f

### fuzzdiff seed 21 program 8
# jobsh: "jobsh: -c: line 7: syntax error: not a valid test operator: `$`\nexit status 2"
# bash:  "jobsh: -c: line 7: syntax error in conditional expression\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
(
n=0; while [ $n -lt 0 ]; do n=$((n+1))
if cat f >f; then
:
else
[[ -n != $w ]]
fi 2>&1
done
) <<<$(cat f 2>/dev/null)

### fuzzdiff seed 21 program 84
# jobsh: "exit status 1"
# bash:  "jobsh: line 4: arr: bad array subscript\njobsh: line 4: arr: bad array subscript\njobsh: line 4: arr: bad array subscript\njobsh: line 4: arr: bad array subscript\njobsh: line 4: arr: bad array subscript\njobsh: line 4: arr: bad array subscript\njobsh: line 4: arr: bad array subscript\njobsh: line 4: arr: bad array subscript\njobsh: line 4: arr: bad array subscript\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in -- {c..a}; do
n=0; while [ $n -lt 3 ]; do n=$((n+1))
x=${arr[-1]}
done
arr=()
done

### fuzzdiff seed 22 program 19
# jobsh: "\njobsh: line 3: 1:6: not a valid arithmetic operator: `j`\n\njobsh: line 3: 1:6: not a valid arithmetic operator: `j`\n"
# bash:  "\njobsh: line 3: [[: {a,}: syntax error: operand expected (error token is \"{a,}\")\n\njobsh: line 3: [[: {a,}: syntax error: operand expected (error token is \"{a,}\")\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in f $'\''; do
[[ {a,} -eq "$(echo "i j")" ]] | echo ${x//a/}
done

### fuzzdiff seed 22 program 204
# jobsh: "jobsh: line 9: 1:4: `*` must follow an expression\nexit status 3"
# bash:  "environment: line 9: [[: *: syntax error: operand expected (error token is \"*\")\nexit status 3"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if read x v <<<"$#"; then
case {1..5..2} in
a*|b)
:
;;
*)
f1() {
[[ '*' -eq $2 ]]
return 3
}
;;
esac
f1 ${arr[0]}
else
:
fi <<<${#w}

### fuzzdiff seed 22 program 250
# jobsh: "exit status 1"
# bash:  "jobsh: line 5: ((: $v: syntax error: operand expected (error token is \"$v\")\njobsh: line 5: ((: $v: syntax error: operand expected (error token is \"$v\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
(
read -r v w <<<'$v'
n=0; while [ $n -lt 2 ]; do n=$((n+1))
(( v>1 ))
done
)

### fuzzdiff seed 22 program 263
# jobsh: "err\nexit status 3"
# bash:  "exit status 3"
v=a; w='b c'; arr=(x 'y z'); echo data >f
f1() {
local v=0
trap 'echo err' ERR
return 3
}
f1

### fuzzdiff seed 22 program 268
# jobsh: "8 jobsh: -c: line 3: syntax error near unexpected token `y'\njobsh: -c: line 3: `case x y in'\nexit status 2"
# bash:  "8 bash: -c: line 3: syntax error near unexpected token `y'\njobsh: -c: line 3: `case x y in'\nexit status 2"
v=a; w='b c'; arr=(x 'y z'); echo data >f
: && printf '%q ' $((2**3))
case x y in
*[0-9]*)
:
;;
*)
:
;;
esac

### fuzzdiff seed 22 program 290
# jobsh: "jobsh: -c: line 11: syntax error near unexpected token `<'\njobsh: -c: line 11: `[[ -n < $'\\'' ]]'\nexit status 2"
# bash:  "jobsh: -c: line 11: unexpected argument `<' to conditional unary operator\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
case "$*" in
a*|b)
f1() {
local v="${arr[@]}"
case "$#" in
"$v")
:
;;
*)
[[ -n < $'\'' ]]
;;
esac
return 3
}
;;
*)
:
;;
esac

### fuzzdiff seed 22 program 304
# jobsh: "     |"
# bash:  "jobsh: line 12: arr[1]: unbound variable\nexit status 127"
v=a; w='b c'; arr=(x 'y z'); echo data >f
n=0; while [ $n -lt 3 ]; do n=$((n+1))
for i in ~; do
{
arr=("$1")
} <f
done
done
for i in $(echo sub) "$@"; do
set -u
done
printf '%5s|' "$*" ${arr[1]}

### fuzzdiff seed 22 program 372
# jobsh: "jobsh: -c: line 4: syntax error near unexpected token `$'\\n''\njobsh: -c: line 4: `if arr=([ab]*z $'\\n' \"$#\"); then'\nexit status 2"
# bash:  ""
v=a; w='b c'; arr=(x 'y z'); echo data >f
(
(
if arr=([ab]*z $'\n' "$#"); then
:
else
:
fi >>f
) <<<*z
) >f

### fuzzdiff seed 22 program 58
# jobsh: "jobsh: line 4: /TESTDIR/x: syntax error in expression (error token is \"/TESTDIR/x\")\nexit status 1"
# bash:  "jobsh: line 4: /TESTDIR/x: syntax error: operand expected (error token is \"/TESTDIR/x\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
{
if read -r v x <<<~/x; then
if [[ $((v)) = $(echo a; echo b) ]]; then
:
else
:
fi >&2
else
:
fi >&2
} >&2

### fuzzdiff seed 23 program 0
# jobsh: ""
# bash:  "jobsh: line 5: ((: b c: syntax error in expression (error token is \"c\")\njobsh: line 5: ((: b c: syntax error in expression (error token is \"c\")\njobsh: line 5: ((: b c: syntax error in expression (error token is \"c\")\njobsh: line 5: ((: b c: syntax error in expression (error token is \"c\")\njobsh: line 5: ((: b c: syntax error in expression (error token is \"c\")\njobsh: line 5: ((: b c: syntax error in expression (error token is \"c\")\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
(
for i in bar ${w/a/b}; do
for i in $'\x41' ${v:0:2} '"'; do
(( x+=1 ))
done
x=$w
done
) 2>&1

### fuzzdiff seed 23 program 158
# jobsh: "a\njobsh: line 5: test: x: unary operator expected\na\njobsh: line 5: test: x: unary operator expected\na\njobsh: line 5: test: x: unary operator expected\na\njobsh: line 5: test: x: unary operator expected\na\njobsh: line 5: test: x: unary operator expected\na\njobsh: line 5: test: x: unary operator expected\na\njobsh: line 5: test: x: unary operator expected\na\njobsh: line 5: test: x: unary operator expected\na\njobsh: line 5: test: x: unary operator expected\na\njobsh: line 5: test: x: unary operator expected\na\njobsh: line 5: test: x: unary operator expected\na\njobsh: line 5: test: x: unary operator expected\na\njobsh: line 5: test: x: unary operator expected\na\njobsh: line 5: test: x: unary operator expected\na\njobsh: line 5: test: x: unary operator expected\na\njobsh: line 5: test: x: unary operator expected\na\njobsh: line 5: test: x: unary operator expected\na\njobsh: line 5: test: x: unary operator expected\na\njobsh: line 5: test: x: unary operator expected\na\njobsh: line 5: test: x: unary operator expected\na\njobsh: line 5: test: x: unary operator expected\na\njobsh: line 5: test: x: unary operator expected\na\njobsh: line 5: test: x: unary operator expected\na\njobsh: line 5: test: x: unary operator expected\na\njobsh: line 5: test: x: unary operator expected\na\njobsh: line 5: test: x: unary operator expected\na\njobsh: line 5: test: x: unary operator expected\na\njobsh: line 5: test: x: unary operator expected\na\njobsh: line 5: test: x: unary operator expected\na\njobsh: line 5: test: x: unary operator expected\na\njobsh: line 5: test: x: unary operator expected\na\njobsh: line 5: test: x: unary operator expected\na\njobsh: line 5: test: x: unary operator expected\na\njobsh: line 5: test: x: unary operator expected\na\njobsh: line 5: test: x: unary operator expected\na\njobsh: line 5: test: x: unary operator expected\n"
# bash:  "a\nenvironment: line 5: test: x: unary operator expected\na\nenvironment: line 5: test: x: unary operator expected\na\nenvironment: line 5: test: x: unary operator expected\na\nenvironment: line 5: test: x: unary operator expected\na\nenvironment: line 5: test: x: unary operator expected\na\nenvironment: line 5: test: x: unary operator expected\na\nenvironment: line 5: test: x: unary operator expected\na\nenvironment: line 5: test: x: unary operator expected\na\nenvironment: line 5: test: x: unary operator expected\na\nenvironment: line 5: test: x: unary operator expected\na\nenvironment: line 5: test: x: unary operator expected\na\nenvironment: line 5: test: x: unary operator expected\na\nenvironment: line 5: test: x: unary operator expected\na\nenvironment: line 5: test: x: unary operator expected\na\nenvironment: line 5: test: x: unary operator expected\na\nenvironment: line 5: test: x: unary operator expected\na\nenvironment: line 5: test: x: unary operator expected\na\nenvironment: line 5: test: x: unary operator expected\na\nenvironment: line 5: test: x: unary operator expected\na\nenvironment: line 5: test: x: unary operator expected\na\nenvironment: line 5: test: x: unary operator expected\na\nenvironment: line 5: test: x: unary operator expected\na\nenvironment: line 5: test: x: unary operator expected\na\nenvironment: line 5: test: x: unary operator expected\na\nenvironment: line 5: test: x: unary operator expected\na\nenvironment: line 5: test: x: unary operator expected\na\nenvironment: line 5: test: x: unary operator expected\na\nenvironment: line 5: test: x: unary operator expected\na\nenvironment: line 5: test: x: unary operator expected\na\nenvironment: line 5: test: x: unary operator expected\na\nenvironment: line 5: test: x: unary operator expected\na\nenvironment: line 5: test: x: unary operator expected\na\nenvironment: line 5: test: x: unary operator expected\na\nenvironment: line 5: test: x: unary operator expected\na\nenvironment: line 5: test: x: unary operator expected\na\nenvironment: line 5: test: x: unary operator expected\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
f1() {
local v=1
if echo a | sort; then
test x y | set -- $(echo $v) ~ "$@"
else
:
fi
return
}
n=0; while [ $n -lt 3 ]; do n=$((n+1))
for i in 2 f "${arr[@]}"; do
for i in - $((1<2)) a; do
f1 
done
done
done

### fuzzdiff seed 23 program 209
# jobsh: "jobsh: line 9: 1:4: `*` must follow an expression\njobsh: line 9: 1:4: `*` must follow an expression\nexit status 1"
# bash:  "jobsh: line 9: [[: *z: syntax error: operand expected (error token is \"*z\")\njobsh: line 9: [[: *z: syntax error: operand expected (error token is \"*z\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in '\n' az; do
case a*z in
[!a]*)
:
;;
*)
if :; then
[[ *z -eq -- ]]
else
:
fi >f
;;
esac
done

### fuzzdiff seed 23 program 257
# jobsh: "y|z|1 0\n"
# bash:  "1 0\ny|z|"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in ${arr[-1]} x y b; do
:
done
trap 'echo err' ERR
echo ${x/#a/z} ${#v} $# >&2 | printf '%s|' ${arr[1]}
{
trap 'echo exit $?' INT
} <f
arr[2]=${#w}

### fuzzdiff seed 23 program 295
# jobsh: "1 1\n"
# bash:  "1 a\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
(
:
) <<<$((v++))
echo $((7%3)) $v

### fuzzdiff seed 23 program 341
# jobsh: "data\ndata\ndata\n%s1 bar 0\n"
# bash:  "data\ndata\ndata\njobsh: line 7: %s1: syntax error: operand expected (error token is \"%s1\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
{
n=0; while [ $n -lt 3 ]; do n=$((n+1))
v=%s1 && cat f <f
done
} <f
arr=(${arr[0]} $w "${arr[@]}") | echo ${v/#a/z} bar $((v++)) <<<{1..5..2}

### fuzzdiff seed 23 program 353
# jobsh: "jobsh: line 8: ((: --: syntax error in expression (error token is \"--\")\nexit status 1"
# bash:  "jobsh: line 8: ((: --: syntax error: operand expected (error token is \"-\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in $'\'' $x; do
(
if test -z 0; then
:
else
read -r v w <<<--
(( v>1 ))
fi >>f
) <<<f
done

### fuzzdiff seed 23 program 386
# jobsh: "2 1 hc\n"
# bash:  "2 1 hBc\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
echo ${#arr[@]} $((3/2)) $- >&2

### fuzzdiff seed 23 program 423
# jobsh: ""
# bash:  "jobsh: line 7: ((: a\tb: syntax error in expression (error token is \"b\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
{
{
x=$'a\tb' && arr+=(${#w})
} <<<x{1..3}
} >f
read x v <<<foo | (( x+=1 ))

### fuzzdiff seed 23 program 462
# jobsh: "jobsh: line 3: printf: a: invalid number\njobsh: line 3: printf: b: invalid number\n"
# bash:  "jobsh: line 3: printf: a: invalid number\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
(
printf '%d\n' $(echo a; echo b) {1..5..2} | set -- ${arr[-1]} x{1..3}
) <<<-

### fuzzdiff seed 23 program 96
# jobsh: "jobsh: -c: line 3: syntax error near unexpected token `)'\njobsh: -c: line 3: `arr=({1..5..2} $'\\n' [ab]*)'\nexit status 2"
# bash:  "a b\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if echo {a,b} 2>/dev/null; then
arr=({1..5..2} $'\n' [ab]*)
else
:
fi 2>&1

### fuzzdiff seed 24 program 311
# jobsh: "x\n"
# bash:  "x\njobsh: line 15: y z: syntax error in expression (error token is \"z\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
case * in
*)
echo ${arr[0]} && v=${arr[-1]}
;;
*)
:
;;
esac
case f in
a*|b)
:
;;
*)
for i in $((v++)) foo; do
:
done
;;
esac

### fuzzdiff seed 24 program 424
# jobsh: "jobsh: -c: line 9: syntax error near unexpected token `'$v''\njobsh: -c: line 9: `arr=([ab]* '$v')'\nexit status 2"
# bash:  ""
v=a; w='b c'; arr=(x 'y z'); echo data >f
case foo in
[!a]*)
:
;;
*)
case 'a b' in
"$v")
arr=([ab]* '$v')
;;
*)
:
;;
esac
;;
esac

### fuzzdiff seed 24 program 469
# jobsh: "jobsh: line 4: 1:6: not a valid arithmetic operator: `c`\njobsh: line 4: 1:6: not a valid arithmetic operator: `c`\n"
# bash:  "jobsh: line 4: [[: B c: syntax error in expression (error token is \"c\")\njobsh: line 4: [[: B c: syntax error in expression (error token is \"c\")\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
n=0; while [ $n -lt 2 ]; do n=$((n+1))
{
[[ ${w^} -eq ~/x ]] | v=b
} 2>&1
done

### fuzzdiff seed 24 program 78
# jobsh: "1 3 5 hc 1\n"
# bash:  "1 3 5 hBc 1\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
[[ ${#w} != ~ ]] && arr=($-)
echo {1..5..2} ${arr[0]} ${#v} >&2 || echo ~ ~ >&2

### fuzzdiff seed 25 program 123
# jobsh: "-- hc\n"
# bash:  "-- hBc\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
unset -f f1 && echo -- $- <<<0

### fuzzdiff seed 25 program 147
# jobsh: "jobsh: -c: line 2: syntax error near unexpected token `${x-d}'\njobsh: -c: line 2: `if arr=($x [ab]* ${x-d}); then'\nexit status 2"
# bash:  ""
v=a; w='b c'; arr=(x 'y z'); echo data >f
if arr=($x [ab]* ${x-d}); then
:
else
:
fi >&2

### fuzzdiff seed 25 program 184
# jobsh: "jobsh: -c: line 2: syntax error near unexpected token `0'\njobsh: -c: line 2: `arr=('a b' [ab]*z 0)'\nexit status 2"
# bash:  ""
v=a; w='b c'; arr=(x 'y z'); echo data >f
arr=('a b' [ab]*z 0)

### fuzzdiff seed 25 program 245
# jobsh: ""
# bash:  "jobsh: line 3: [[: \\n: syntax error: operand expected (error token is \"\\n\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
(
[[ '\n' -eq b ]]
) <<<${#arr[@]}

### fuzzdiff seed 25 program 305
# jobsh: "x hc 0\n"
# bash:  "x hBc 0\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
echo ${arr[0]} $- ${#x} 2>/dev/null

### fuzzdiff seed 25 program 323
# jobsh: "jobsh: line 3: 1:6: not a valid arithmetic operator: `y`\nexit status 1"
# bash:  "jobsh: line 3: [[: $v: syntax error: operand expected (error token is \"$v\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
{
[[ '$v' -eq "${arr[@]}" ]]
} <<<"${arr[@]}"

### fuzzdiff seed 25 program 324
# jobsh: ""
# bash:  "jobsh: line 7: -: syntax error: operand expected (error token is \"-\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if v=-; then
:
else
:
fi
echo $((v++)) $'\x41' >>f || read -r x x <<<b

### fuzzdiff seed 25 program 345
# jobsh: "a 0\na  b hc foo\na  b hc foo\n"
# bash:  "a 0\na  b hBc foo\na  b hBc foo\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if echo a $# <<<${arr[*]}; then
for i in ${#v} $v; do
echo "a  b" $- foo 2>&1
done
else
:
fi 2>/dev/null

### fuzzdiff seed 25 program 388
# jobsh: "jobsh: -c: line 13: syntax error near unexpected token `!'\njobsh: -c: line 13: `echo {a,} >f | ! true'\nexit status 2"
# bash:  "jobsh: -c: line 13: syntax error near unexpected token `!'\nexit status 2"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if echo x{1..3} 2>&1; then
set -e
else
:
fi >f
for i in ${#arr[@]}; do
case f in
?)
:
;;
*)
echo {a,} >f | ! true
;;
esac
done

### fuzzdiff seed 25 program 405
# jobsh: "jobsh: -c: line 3: syntax error: inline variables cannot be arrays\nexit status 2"
# bash:  "exit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
(
test -e ${#arr[@]} && arr[2]=x y
) <f

### fuzzdiff seed 25 program 74
# jobsh: "x y\\ z \\$v "
# bash:  "x y\\ z \\$v jobsh: line 10: ((: $v: syntax error: operand expected (error token is \"$v\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if w=f; then
x='$v'
else
:
fi 2>&1
for i in "$*"; do
(
if printf '%q ' "${arr[@]}" ${x##*a}; then
(( x+=1 ))
else
:
fi
) >&2
done

### fuzzdiff seed 26 program 168
# jobsh: "a foo hc\na foo hc\n"
# bash:  "a foo hBc\na foo hBc\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
f1() {
local v=0
echo a foo $- 2>&1
return
}
n=0; while [ $n -lt 2 ]; do n=$((n+1))
f1 
done

### fuzzdiff seed 26 program 184
# jobsh: "b \\\nb \\\nb \\\nb \\\nb \\\nb \\\nb \\\nb \\\nb \\\n"
# bash:  "jobsh: line 6: arr: bad array subscript\nb \\\njobsh: line 6: arr: bad array subscript\nb \\\njobsh: line 6: arr: bad array subscript\nb \\\njobsh: line 6: arr: bad array subscript\nb \\\njobsh: line 6: arr: bad array subscript\nb \\\njobsh: line 6: arr: bad array subscript\nb \\\njobsh: line 6: arr: bad array subscript\nb \\\njobsh: line 6: arr: bad array subscript\nb \\\njobsh: line 6: arr: bad array subscript\nb \\\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
{
n=0; while [ $n -lt 3 ]; do n=$((n+1))
for i in '*' ~ '\n'; do
unset arr
echo b ${arr[-1]} "\\" 2>/dev/null
done
done
} >&2

### fuzzdiff seed 26 program 219
# jobsh: "jobsh: -c: line 5: syntax error near unexpected token `${w##*a}'\njobsh: -c: line 5: `arr=(${arr[-1]} [ab]* ${w##*a})'\nexit status 2"
# bash:  ""
v=a; w='b c'; arr=(x 'y z'); echo data >f
f1() {
if echo ~; then
if arr+=({c..a}); then
arr=(${arr[-1]} [ab]* ${w##*a})
else
:
fi <f
else
:
fi 2>&1
return
}

### fuzzdiff seed 26 program 233
# jobsh: "jobsh: line 3: test: a: unary operator expected\njobsh: line 6: printf: a: invalid number\nexit status 1"
# bash:  "jobsh: line 3: test: a: unary operator expected\njobsh: line 6: arr: bad array subscript\njobsh: line 6: printf: a: invalid number\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
(
if test {a,b}; then
:
else
unset arr && printf '%x\n' $(echo $v) ${arr[-1]}
fi >>f
) >f

### fuzzdiff seed 26 program 265
# jobsh: "a 0\n"
# bash:  "a 1\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
case $'\x41' in
'x y')
:
;;
*)
f2() {
local v=${#v}
cat <<EOF
a $v
EOF

}
;;
esac
read -r x w <<<${#arr[@]} && f2 $(echo $v) ""

### fuzzdiff seed 26 program 292
# jobsh: "jobsh: line 4: ((: *: syntax error in expression (error token is \"*\")\nexit status 1"
# bash:  "jobsh: line 4: ((: *: syntax error: operand expected (error token is \"*\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if v='*'; then
if set -- -- "$*" 1; then
echo nofunc && (( v>1 ))
else
:
fi >f
else
:
fi

### fuzzdiff seed 26 program 32
# jobsh: "hc a /TESTDIR/x\n"
# bash:  "hBc a /TESTDIR/x\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
echo $- {a,} ~/x 2>/dev/null

### fuzzdiff seed 26 program 412
# jobsh: "jobsh: line 4: 1:4: `[` must follow a name like a[i]\nexit status 1"
# bash:  "jobsh: line 4: [[: [ab]*z: syntax error: operand expected (error token is \"[ab]*z\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
case {1..5..2} in
[!a]*)
[[ [ab]*z -eq '*' ]]
;;
*)
:
;;
esac

### fuzzdiff seed 26 program 420
# jobsh: "hc - /TESTDIR/x\n"
# bash:  "hBc - /TESTDIR/x\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if echo $- - ~/x >&2; then
:
else
:
fi <f

### fuzzdiff seed 26 program 430
# jobsh: ""
# bash:  "jobsh: line 10: ((: {a,}: syntax error: operand expected (error token is \"{a,}\")\njobsh: line 10: ((: {a,}: syntax error: operand expected (error token is \"{a,}\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in $@ {a,b}; do
for i in $(printf '%s-' a b); do
if x=foo; then
x={a,}
else
:
fi >>f
done
(( x+=1 ))
done

### fuzzdiff seed 26 program 471
# jobsh: "jobsh: -c: line 7: syntax error near unexpected token `${#arr[@]}'\njobsh: -c: line 7: `arr=(1 [ab]*z ${#arr[@]})'\nexit status 2"
# bash:  ""
v=a; w='b c'; arr=(x 'y z'); echo data >f
if unset -f f1; then
n=0; while [ $n -lt 2 ]; do n=$((n+1))
if arr+=($x); then
:
else
arr=(1 [ab]*z ${#arr[@]})
fi 2>/dev/null
done
else
:
fi >>f

### fuzzdiff seed 26 program 495
# jobsh: "jobsh: line 6: ((: /TESTDIR: syntax error in expression (error token is \"/TESTDIR\")\nexit status 1"
# bash:  "jobsh: line 6: ((: /TESTDIR: syntax error: operand expected (error token is \"/TESTDIR\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if arr=(b $(printf '%s-' a b)); then
(
v=~
{
(( v>1 ))
} >>f
) >&2
else
:
fi >>f

### fuzzdiff seed 26 program 68
# jobsh: "hc  A\n"
# bash:  "hBc  A\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
case b in
*)
if unset w; then
case b in
'x y')
:
;;
*)
echo $- "$*" ${v^^} 2>&1
;;
esac
else
:
fi 2>&1
;;
*)
:
;;
esac

### fuzzdiff seed 27 program 195
# jobsh: "jobsh: line 4: /TESTDIR: syntax error in expression (error token is \"/TESTDIR\")\nexit status 1"
# bash:  "jobsh: line 4: /TESTDIR: syntax error: operand expected (error token is \"/TESTDIR\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if read -r v x <<<~; then
{
read x x <<<$((v))
} <<<1
else
:
fi 2>&1

### fuzzdiff seed 27 program 247
# jobsh: "hc |0  |"
# bash:  "hBc|0  |"
v=a; w='b c'; arr=(x 'y z'); echo data >f
printf '%-3s|' $- $# && read v v <<<-n1

### fuzzdiff seed 27 program 343
# jobsh: "f hc \n"
# bash:  "f hBc \n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
echo f $- "$*" 2>/dev/null

### fuzzdiff seed 27 program 370
# jobsh: "jobsh: line 11: printf: a*: invalid number\njobsh: line 11: printf: a: invalid number\n"
# bash:  "environment: line 11: printf: a*: invalid number\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
case a in
"$v")
f1() {
local v=x y
case $(echo sub) in
?)
:
;;
*)
printf '%d\n' a* a
;;
esac
return 3
}
;;
*)
:
;;
esac
f1 ${arr[@]} f | set -- ${#w} "${arr[@]}" ~/x

### fuzzdiff seed 27 program 41
# jobsh: "2 x1 x2 x3\n"
# bash:  "jobsh: line 2: [[: \\n: syntax error: operand expected (error token is \"\\n\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
[[ '\n' -eq $v ]] && echo ${#arr[@]} x{1..3}

### fuzzdiff seed 27 program 434
# jobsh: "exit status 1"
# bash:  "1\n1\n1\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
case $(cat f 2>/dev/null) in
'x y')
:
;;
*)
n=0; while [ $n -lt 3 ]; do n=$((n+1))
if arr=(); then
echo $1 ${arr[-1]} 1 2>/dev/null
else
:
fi 2>/dev/null
done
;;
esac

### fuzzdiff seed 27 program 97
# jobsh: ""
# bash:  "jobsh: line 5: ((: x y z: expression recursion level exceeded (error token is \"x y z\")\njobsh: line 5: ((: x y z: expression recursion level exceeded (error token is \"x y z\")\njobsh: line 5: ((: x y z: expression recursion level exceeded (error token is \"x y z\")\njobsh: line 5: ((: x y z: expression recursion level exceeded (error token is \"x y z\")\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in $w; do
(
for i in ${#x} a ${#w}; do
(( x+=1 ))
x=${arr[*]}
done
)
done

### fuzzdiff seed 28 program 11
# jobsh: "jobsh: -c: line 5: syntax error: not a valid test operator: `a*z`\nexit status 2"
# bash:  "jobsh: -c: line 5: syntax error in conditional expression\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
(
f1() {
local v=$#
[[ -n = a*z ]]
return
}
) <<<${#arr[@]}

### fuzzdiff seed 28 program 248
# jobsh: "jobsh: line 3: test: y: too many arguments\nexit status 3"
# bash:  "environment: line 3: test: too many arguments\nexit status 3"
v=a; w='b c'; arr=(x 'y z'); echo data >f
f1() {
test -e ${arr[*]}
return 3
}
f1 - 1

### fuzzdiff seed 28 program 312
# jobsh: ""
# bash:  "jobsh: line 3: ((: ': syntax error: operand expected (error token is \"'\")\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
x=$'\''
if (( x+=1 )); then
:
else
:
fi >&2

### fuzzdiff seed 28 program 331
# jobsh: "hc a  b i j\n"
# bash:  "hBc a  b i j\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
(
if v=${w:+p}; then
arr=($((w=4)) bar b) && echo $- "a  b" "$(echo "i j")"
else
:
fi <f
) 2>/dev/null

### fuzzdiff seed 28 program 357
# jobsh: "jobsh: line 8: ((: -: syntax error in expression (error token is \"-\")\nexit status 1"
# bash:  "jobsh: line 8: ((: -: syntax error: operand expected (error token is \"-\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
{
v=-
} 2>/dev/null
{
(
(
(( v>1 ))
) >&2
) >>f
} >&2

### fuzzdiff seed 28 program 408
# jobsh: "jobsh: -c: line 4: syntax error near unexpected token `{a,b}'\njobsh: -c: line 4: `arr=($((-1>>1)) [ab]* {a,b})'\nexit status 2"
# bash:  ""
v=a; w='b c'; arr=(x 'y z'); echo data >f
case bar in
*[0-9]*)
arr=($((-1>>1)) [ab]* {a,b})
;;
*)
:
;;
esac

### fuzzdiff seed 28 program 8
# jobsh: "jobsh: line 4: arr: unbound variable\nexit status 127"
# bash:  "jobsh: line 4: arr[0]: unbound variable\nexit status 127"
v=a; w='b c'; arr=(x 'y z'); echo data >f
unset arr
set -u
set -- ${arr[0]}

### fuzzdiff seed 28 program 91
# jobsh: "hc a 'a'\n"
# bash:  "hBc a 'a'\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
echo $- $v ${v@Q} >&2

### fuzzdiff seed 29 program 187
# jobsh: "jobsh: line 9: 1:7: floating point arithmetic is a zsh feature; tried parsing as bash\njobsh: line 9: 1:7: floating point arithmetic is a zsh feature; tried parsing as bash\njobsh: line 9: 1:7: floating point arithmetic is a zsh feature; tried parsing as bash\nexit status 1"
# bash:  "jobsh: line 9: [[: x{1..3}: syntax error: invalid arithmetic operator (error token is \"{1..3}\")\njobsh: line 9: [[: x{1..3}: syntax error: invalid arithmetic operator (error token is \"{1..3}\")\njobsh: line 9: [[: x{1..3}: syntax error: invalid arithmetic operator (error token is \"{1..3}\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
{
n=0; while [ $n -lt 3 ]; do n=$((n+1))
case $((-1>>1)) in
?)
:
;;
*)
[[ x{1..3} -eq $'\x41' ]]
;;
esac
done
} >f

### fuzzdiff seed 29 program 212
# jobsh: "jobsh: line 4: %s1: syntax error in expression (error token is \"%s1\")\nexit status 1"
# bash:  "jobsh: line 4: %s1: syntax error: operand expected (error token is \"%s1\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
{
if v=%s1; then
for i in $((v)); do
:
done
else
:
fi >&2
}

### fuzzdiff seed 29 program 267
# jobsh: "hc 1 3 5\n"
# bash:  "hBc 1 3 5\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
echo $- {1..5..2} <<<-

### fuzzdiff seed 29 program 273
# jobsh: "nofunc\ndata|1  |x  |y  |z  |hc |bar|"
# bash:  "nofunc\ndata|1  |x  |y  |z  |hBc|bar|"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if echo nofunc; then
case $((x*2)) in
?)
{
arr+=($-)
}
if echo 1 "${arr[@]}" bar >>f; then
printf '%-3s|' $(cat f 2>/dev/null)
else
:
fi <<<\$vz
;;
*)
:
;;
esac
else
:
fi 2>&1

### fuzzdiff seed 29 program 31
# jobsh: "jobsh: -c: line 10: syntax error: not a valid test operator: `1`\nexit status 2"
# bash:  "jobsh: -c: line 10: syntax error in conditional expression\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
case foo in
"$v")
:
;;
*)
{
case {c..a} in
[!a]*)
[[ -n == 1 ]]
;;
*)
:
;;
esac
} <<<$2
;;
esac

### fuzzdiff seed 29 program 349
# jobsh: "jobsh: -c: line 6: syntax error near unexpected token `${arr[0]}'\njobsh: -c: line 6: `arr=(${#w} [ab]* ${arr[0]})'\nexit status 2"
# bash:  ""
v=a; w='b c'; arr=(x 'y z'); echo data >f
case $w in
"$v")
n=0; while [ $n -lt 2 ]; do n=$((n+1))
{
arr=(${#w} [ab]* ${arr[0]})
} >f
done
;;
*)
:
;;
esac

### fuzzdiff seed 29 program 356
# jobsh: ""
# bash:  "jobsh: line 18: ((: \\n 2 \": syntax error: operand expected (error token is \"\\n 2 \"\")\njobsh: line 18: ((: \\n 2 \": syntax error: operand expected (error token is \"\\n 2 \"\")\njobsh: line 18: ((: \\n 2 \": syntax error: operand expected (error token is \"\\n 2 \"\")\njobsh: line 18: ((: \\n 2 \": syntax error: operand expected (error token is \"\\n 2 \"\")\njobsh: line 18: ((: \\n 2 \": syntax error: operand expected (error token is \"\\n 2 \"\")\njobsh: line 18: ((: \\n 2 \": syntax error: operand expected (error token is \"\\n 2 \"\")\njobsh: line 18: ((: \\n 2 \": syntax error: operand expected (error token is \"\\n 2 \"\")\njobsh: line 18: ((: \\n 2 \": syntax error: operand expected (error token is \"\\n 2 \"\")\njobsh: line 18: ((: \\n 2 \": syntax error: operand expected (error token is \"\\n 2 \"\")\njobsh: line 18: ((: \\n 2 \": syntax error: operand expected (error token is \"\\n 2 \"\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in 2 1 1; do
case "$@" in
"$v")
:
;;
*)
set -- '\n' ${#arr[@]} '"'
;;
esac
done
{
x="$@"
} <f
for i in -- bar "$@"; do
for i in ${v-d} bar; do
(
(( x+=1 ))
) >>f
done
done

### fuzzdiff seed 29 program 363
# jobsh: "jobsh: -c: line 3: syntax error near unexpected token `--'\njobsh: -c: line 3: `arr=([ab]*1 --)'\nexit status 2"
# bash:  ""
v=a; w='b c'; arr=(x 'y z'); echo data >f
if shift; then
arr=([ab]*1 --)
else
:
fi >f

### fuzzdiff seed 29 program 84
# jobsh: "jobsh: line 3: test: b: too many arguments\nf\n"
# bash:  "f\njobsh: line 3: test: a: binary operator expected\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in ${#arr[@]}; do
test -n $(echo a; echo b) | echo f >&2
done

### fuzzdiff seed 30 program 115
# jobsh: "jobsh: line 2: printf: a-b-: invalid number\n0\njobsh: line 2: printf: /TESTDIR: invalid number\n0\njobsh: line 2: 1:4: `[` must follow a name like a[i]\nexit status 1"
# bash:  "jobsh: line 2: printf: a-b-: invalid number\n0\njobsh: line 2: printf: /TESTDIR: invalid number\n0\njobsh: line 2: [[: [ab]*1: syntax error: operand expected (error token is \"[ab]*1\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
printf '%d\n' $(printf '%s-' a b) ~ || [[ [ab]*1 -eq $2 ]]

### fuzzdiff seed 30 program 158
# jobsh: "jobsh: line 21: test: y z: too many arguments\nexit status 2"
# bash:  "jobsh: line 21: test: y z: binary operator expected\nexit status 2"
v=a; w='b c'; arr=(x 'y z'); echo data >f
case 'a b' in
'x y')
:
;;
*)
case ~ in
?)
:
;;
*)
{
arr+=(${#arr[@]})
} <<<${#arr[@]}
;;
esac
;;
esac
case $v in
"$v")
test "${arr[@]}" && echo "${arr[@]}" b $v >&2
;;
*)
:
;;
esac

### fuzzdiff seed 30 program 267
# jobsh: "f|0|f|0|"
# bash:  "jobsh: line 6: a: unbound variable\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
set -u
(
{
n=0; while [ $n -lt 2 ]; do n=$((n+1))
printf '%s|' f $((v))
done
} <<<$w
) >&2

### fuzzdiff seed 30 program 381
# jobsh: "    0|"
# bash:  "jobsh: line 11: y z: syntax error in expression (error token is \"z\")\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
{
{
if read -r x x <<<az; then
read x v <<<${arr[@]}
else
:
fi <<<\ 1
} <f
} <f
printf '%5s|' $((v++))

### fuzzdiff seed 30 program 408
# jobsh: "cat: f: input file is output file\nexit status 1"
# bash:  "jobsh: line 4: a: unbound variable\nexit status 127"
v=a; w='b c'; arr=(x 'y z'); echo data >f
set -u
{
echo ${v/a/b} <<<$((v++)) && cat f <f
} >>f

### fuzzdiff seed 30 program 493
# jobsh: "hc x y z a-b-\n"
# bash:  "hBc x y z a-b-\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
echo "$1" >f | echo $- "${arr[@]}" $(printf '%s-' a b) 2>/dev/null

### fuzzdiff seed 30 program 51
# jobsh: "   hc|    0|   hc|    0|   hc|    0|   hc|    0|   hc|    0|"
# bash:  "  hBc|    0|  hBc|    0|  hBc|    0|  hBc|    0|  hBc|    0|"
v=a; w='b c'; arr=(x 'y z'); echo data >f
(
for i in {1..5..2} x y; do
(
printf '%5s|' $- $((v++))
)
done
)
