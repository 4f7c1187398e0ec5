# Differences the third session's 30-minute run of TestFuzzDiff found (2026-11-29,
# seeds 301 to 340 on the code of the session's start of the run, 500 programs each,
# then seeds from 341 on the fixed code), minimized, one program for each kind of
# difference, with both shells' output at the time. TestFuzzDiffCases runs each on
# jobsh and bash: the fixed ones must agree, the racing ones are accepted in
# ../../conformance/differences.md.
### fuzzdiff seed 301 program 206
# jobsh: "jobsh: line 3: y: command not found\nexit status 127"
# bash:  "jobsh: line 8: y: command not found\nexit status 127"
v=a; w='b c'; arr=(x 'y z'); echo data >f
(
case {c..a} in
a*|b)
:
;;
*)
: | v=x y
;;
esac
)

### fuzzdiff seed 301 program 91
# jobsh: "jobsh: line 2: `arr[2]': not a valid identifier\njobsh: line 2: y: command not found\na-b-\n"
# bash:  "jobsh: line 3: `arr[2]': not a valid identifier\na-b-\njobsh: line 3: y: command not found\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in \$vz; do
arr[2]=x y | echo $(printf '%s-' a b)
done


### fuzzdiff seed 302 program 17
# jobsh: "jobsh: line 2: f1: command not found\n"
# bash:  "jobsh: line 7: f1: command not found\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
case x{1..3} in
?)
:
;;
*)
f1  | x="${w}x"
;;
esac


### fuzzdiff seed 304 program 56
# jobsh: "jobsh: line 2: f1: command not found\nexit status 127"
# bash:  "jobsh: line 7: f1: command not found\nexit status 127"
v=a; w='b c'; arr=(x 'y z'); echo data >f
case $w in
"$v")
:
;;
*)
echo ${#x} <f | f1 bar
;;
esac


### fuzzdiff seed 306 program 373
# jobsh: "jobsh: line 4: f1: command not found\n2\n"
# bash:  "jobsh: line 3: f1: command not found\n2\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
{
f1 -- ${arr[@]} | echo ${#arr[@]} <f
}

### fuzzdiff seed 306 program 436
# jobsh: "a $v\njobsh: line 17: printf: b: invalid number\njobsh: line 17: printf: c: invalid number\njobsh: line 17: printf: -n1: invalid number\n"
# bash:  "a $v\njobsh: line 17: printf: b: invalid number\njobsh: line 17: printf: c: invalid number\njobsh: line 17: printf: -n1: invalid number\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
case $? in
a*|b)
(
true
{
shift 1
} 2>/dev/null
) <<<{c..a}
;;
*)
cat <<'EOF'
a $v
EOF
;;
esac
printf '%x\n' ${w/a/b} -n1 | echo ${#v} $'\'' "a  b" >>f


### fuzzdiff seed 308 program 374
# jobsh: "jobsh: line 2: f2: command not found\n"
# bash:  "jobsh: line 4: f2: command not found\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
case {a,b} in
*)
f2 ${#v} | echo {a,} ${#x} >f
;;
*)
:
;;
esac


### fuzzdiff seed 310 program 447
# jobsh: "jobsh: line 3: f1: command not found\njobsh: line 8: f1: command not found\n"
# bash:  "jobsh: line 3: f1: command not found\njobsh: line 6: f1: command not found\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
{
if f1 "$@"; then
:
else
f1 $(cat f 2>/dev/null) | (( x+=1 ))
fi <<<$'\n'
} 2>&1


### fuzzdiff seed 312 program 263
# jobsh: "jobsh: line 2: y: command not found\na b A /TESTDIR\n"
# bash:  "jobsh: line 7: y: command not found\na b A /TESTDIR\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
case foo in
*[0-9]*)
:
;;
*)
w=x y | echo $(echo a; echo b) $'\x41' ~ 2>&1
;;
esac

### fuzzdiff seed 312 program 3
# jobsh: "exit status 1"
# bash:  "exit status 2"
v=a; w='b c'; arr=(x 'y z'); echo data >f
[[ ${#arr[@]} =~ {1..5..2} ]]


### fuzzdiff seed 315 program 125
# jobsh: "x y z /TESTDIR -n1\nx y z /TESTDIR x y z /TESTDIR 28 -n1\nx y z /TESTDIR x y z /TESTDIR 28 x y z /TESTDIR x y z /TESTDIR 28 28 -n1\n"
# bash:  "x y z /TESTDIR -n1\nx y z /TESTDIR x y z /TESTDIR 28 -n1\nx y z /TESTDIR x y z /TESTDIR 28 x y z /TESTDIR x y z /TESTDIR 28 28 -n1\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
{
for i in $'\n'; do
for i in foo ${#x}; do
read -r v x <<<~/x
done
done
}
n=0; while [ $n -lt 3 ]; do n=$((n+1))
case {a,} in
?)
:
;;
*)
{
arr[2]=~
echo "${arr[@]}" -n1
} >&2
;;
esac
{
case $(echo sub) in
[!a]*)
arr=("${arr[@]}" "${arr[@]}" ${#v})
;;
*)
:
;;
esac
} 2>&1
done
{
eval 'v=evald'
} >&2

### fuzzdiff seed 315 program 295
# jobsh: "jobsh: line 3: f1: command not found\njobsh: line 3: f1: command not found\nexit status 127"
# bash:  "jobsh: line 4: f1: command not found\njobsh: line 4: f1: command not found\nexit status 127"
v=a; w='b c'; arr=(x 'y z'); echo data >f
(
for i in $((-1>>1)); do
f1 2 | f1 
done
) >f


### fuzzdiff seed 316 program 289
# jobsh: "[26]\n[1]\n[/TESTDIR]\n[]\n"
# bash:  "[26]\n[1]\n[/TESTDIR]\n[]\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
(
f1() {
if unset arr; then
unset arr
else
cat f
fi 2>&1
set +u
(
printf '[%s]\n' ${#v} 1
printf '[%s]\n' ${v-d} ''
echo $((-1>>1)) ${w:0:2} ~/x >>f
)
return
}
{
for i in $(printf '%s-' a b); do
v=~
f1 
(( x+=1 ))
done
} <f
{
{
arr=()
echo 1 $'\n' $(printf '%s-' a b)
} >>f
} 2>/dev/null
) 2>&1


### fuzzdiff seed 318 program 459
# jobsh: "c b a jobsh: line 3: printf: --: invalid number\n"
# bash:  "c b a jobsh: line 3: printf: --: invalid number\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
trap 'echo exit $?' INT
printf '%x\n' -- "$@" | printf '%q ' {c..a}


### fuzzdiff seed 320 program 133
# jobsh: "jobsh: line 4: y: command not found\n"
# bash:  "jobsh: line 3: y: command not found\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
(
x=x y | v=--
) >&2

### fuzzdiff seed 320 program 35
# jobsh: "sub a1\njobsh: line 2: printf: bar: invalid number\nerr\n"
# bash:  "jobsh: line 2: printf: bar: invalid number\njobsh: line 2: printf: \\n: invalid number\nsub a1\nerr\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
printf '%x\n' bar '\n' | echo $x $(echo sub) a1 <<<${v-d}
trap 'echo exit $?' INT
(
for i in '$v'; do
f1() {
local v=0
w=f

}
f2() {
read x v <<<$(echo sub)
(( x+=1 ))
return
}
trap 'echo err' EXIT
done
[[ ${x:0:2} != $((x*2)) ]]
set -e
) >&2


### fuzzdiff seed 321 program 174
# jobsh: "jobsh: line 4: printf: b: invalid number\njobsh: line 4: printf: c: invalid number\n"
# bash:  "jobsh: line 4: printf: b: invalid number\njobsh: line 4: printf: c: invalid number\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
case ${#arr[@]} in
[!a]*)
printf '%x\n' $w 2 | test -n "\\"
;;
*)
:
;;
esac

### fuzzdiff seed 321 program 476
# jobsh: "jobsh: line 3: f1: command not found\njobsh: line 3: f1: command not found\nexit status 127"
# bash:  "jobsh: line 5: f1: command not found\njobsh: line 5: f1: command not found\nexit status 127"
v=a; w='b c'; arr=(x 'y z'); echo data >f
n=0; while [ $n -lt 2 ]; do n=$((n+1))
case ${#arr[@]} in
*[0-9]*)
echo "$#" x y bar | f1 "${arr[@]}" "$*"
;;
*)
:
;;
esac
done


### fuzzdiff seed 325 program 385
# jobsh: "jobsh: line 5: `arr[2]': not a valid identifier\njobsh: line 5: y: command not found\njobsh: line 5: `arr[2]': not a valid identifier\njobsh: line 5: y: command not found\njobsh: line 5: `arr[2]': not a valid identifier\njobsh: line 5: y: command not found\n"
# bash:  "jobsh: line 4: `arr[2]': not a valid identifier\njobsh: line 4: y: command not found\njobsh: line 4: `arr[2]': not a valid identifier\njobsh: line 4: y: command not found\njobsh: line 4: `arr[2]': not a valid identifier\njobsh: line 4: y: command not found\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in - x y; do
(
arr[2]=x y | echo $((v++)) | wc -c
) >>f
done

### fuzzdiff seed 325 program 65
# jobsh: "i j\ndata\nexit status 1"
# bash:  "i j\ndata\n2 sub 2\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
:
arr[2]=-- | echo "$(echo "i j")" | sort
{
if [[ ~ =~ "$#" ]]; then
{
[[ ${#arr[@]} == foo ]]
} <<<$v
echo 2 $(echo sub) ${#arr[@]}
else
:
fi >>f
}
shift 1 && arr=()
(
{
cat f
} <f
test -e ${x:-d}
)


### fuzzdiff seed 327 program 366
# jobsh: "jobsh: line 4: y: command not found\njobsh: line 4: y: command not found\nexit status 127"
# bash:  "jobsh: line 3: y: command not found\njobsh: line 3: y: command not found\nexit status 127"
v=a; w='b c'; arr=(x 'y z'); echo data >f
n=0; while [ $n -lt 2 ]; do n=$((n+1))
cat f <f | x=x y
done


### fuzzdiff seed 328 program 38
# jobsh: "jobsh: line 2: printf: a: invalid number\njobsh: line 2: printf: *: invalid number\n/TESTDIR/x b\n"
# bash:  "jobsh: line 2: printf: a: invalid number\n/TESTDIR/x b\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
printf '%x\n' a '*' | echo ~/x b <f

### fuzzdiff seed 328 program 85
# jobsh: "jobsh: line 6: `arr[2]': not a valid identifier\njobsh: line 6: y: command not found\n"
# bash:  "jobsh: line 3: `arr[2]': not a valid identifier\njobsh: line 3: y: command not found\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
if test -n ${#arr[@]}; then
! true | arr[2]=x y
else
:
fi <f


### fuzzdiff seed 329 program 239
# jobsh: "exit status 1"
# bash:  "exit status 2"
v=a; w='b c'; arr=(x 'y z'); echo data >f
[[ * =~ {c..a} ]]

### fuzzdiff seed 329 program 340
# jobsh: "jobsh: line 4: f1: command not found\n"
# bash:  "jobsh: line 3: f1: command not found\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
(
f1 ~ $w | echo ~ >>f
) <<<$1


### fuzzdiff seed 331 program 103
# jobsh: "jobsh: line 4: printf: b: invalid number\njobsh: line 4: printf: c: invalid number\njobsh: line 4: printf: bar: invalid number\n3  |"
# bash:  "jobsh: line 4: printf: b: invalid number\n3  |jobsh: line 4: printf: c: invalid number\njobsh: line 4: printf: bar: invalid number\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
case {1..5..2} in
*[0-9]*)
printf '%d\n' $w bar | printf '%-3s|' $((1+2))
;;
*)
:
;;
esac

### fuzzdiff seed 331 program 281
# jobsh: "jobsh: line 6: f1: command not found\njobsh: line 6: f1: command not found\nexit status 127"
# bash:  "jobsh: line 4: f1: command not found\njobsh: line 4: f1: command not found\nexit status 127"
v=a; w='b c'; arr=(x 'y z'); echo data >f
(
n=0; while [ $n -lt 2 ]; do n=$((n+1))
test -n -- | f1 ${#arr[@]}
done
) >&2

### fuzzdiff seed 331 program 286
# jobsh: "jobsh: line 4: printf: x: invalid number\njobsh: line 4: printf: y: invalid number\njobsh: line 4: printf: z: invalid number\n0 x y 2\n"
# bash:  "0 x y 2\njobsh: line 4: printf: x: invalid number\njobsh: line 4: printf: y: invalid number\njobsh: line 4: printf: z: invalid number\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
eval 'set -- e f'
x=$(echo sub)
printf '%x\n' ${#v} ${arr[*]} | echo 0 x y ${#arr[@]} 2>/dev/null


### fuzzdiff seed 333 program 326
# jobsh: "jobsh: line 8: $1: unbound variable\ntrapped\nexit status 1"
# bash:  "jobsh: line 8: $1: unbound variable\nexit status 1"
v=a; w='b c'; arr=(x 'y z'); echo data >f
trap 'echo trapped' EXIT
for i in '$v' {1..5..2} ~/x; do
set -e
for i in ${#x} ${#w}; do
set -u
{
[[ "$1" =~ foo ]]
} >f
done
done


### fuzzdiff seed 336 program 439
# jobsh: "cat: f: input file is output file\ncat: f: input file is output file\nexit status 1"
# bash:  ""
v=a; w='b c'; arr=(x 'y z'); echo data >f
n=0; while [ $n -lt 2 ]; do n=$((n+1))
echo $'\x41' $1 >>f | cat f >f
done


### fuzzdiff seed 337 program 462
# jobsh: "29\n29\n"
# bash:  "29\n29\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in '"' --; do
(
:
)
{
(
echo ~/x | wc -c
) 2>/dev/null
} 2>&1
done

### fuzzdiff seed 337 program 94
# jobsh: "jobsh: line 3: f1: command not found\n"
# bash:  "jobsh: line 5: f1: command not found\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
(
case foo in
*)
f1  | w=${#v}
;;
*)
:
;;
esac
) >&2


### fuzzdiff seed 340 program 251
# jobsh: "/TESTDIR\n/TESTDIR\n/TESTDIR\nnofunc\n"
# bash:  "/TESTDIR\n/TESTDIR\n/TESTDIR\nnofunc\n"
v=a; w='b c'; arr=(x 'y z'); echo data >f
for i in ~ 0 [ab]*1; do
{
set -o pipefail
echo ~ | tr a b
} >&2
done
echo f \$v1 <f | echo nofunc


