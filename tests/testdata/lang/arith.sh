# Arithmetic read and evaluated as bash's expr.c does: a name's value is an
# expression of its own, evaluated when the name is read, before the rest of
# the text is read; errors worded as bash's, with its error token.
### a value that names itself: recursion level exceeded, in every context (stderr)
x='x y z'
echo $((x)); echo not here
(( x+=1 )); echo "st=$?"
let x+=1; echo "st=$?"
[[ $x -eq 1 ]]; echo "st=$?"
declare -i n; n=x; echo "st=$?"
a=(1 2); echo ${a[x]}; echo not here
echo end
### a name's value is evaluated before the next token is read (stderr)
i=-; v='i j'
[[ $v -eq 1 ]]; echo "s=$?"
(( v )); echo "t=$?"
echo $((v)); echo not here
w='a $'; echo $((w)); echo not here
w='a b'; a='1 +'; (echo $((w)))
echo end
### set -u: an unset name in a value is reported before a syntax error (stderr)
set -u; v='y z'
( [[ $v -eq 1 ]] ); echo "s=$?"
( (( v )) ); echo "t=$?"
( echo $((v)) ); echo "u=$?"
( let v ); echo "l=$?"
( declare -i n; n=$v ); echo "d=$?"
( a=1; w='a b'; echo $((w)) ); echo "w=$?"
( w='b[5]'; echo $((w)) ); echo "b=$?"
a=(1); w='a[5]'; echo $((w))
[[ $v -eq 1 ]]; echo not reached
### set -u: the operand not evaluated by && || ?: may be unset
set -u
v='0 && y'; echo $((v))
v='1 || y'; echo $((v))
v='0 ? y : 2'; echo $((v))
v='1 ? 2 : y'; echo $((v))
v='y = 4'; echo $((v)) $y
### [[ ]] removes quotes on the right of -eq -ne -lt -le -gt -ge too
[[ a -eq \ 1 ]]; echo $?
[[ b -eq \  ]]; echo $?
[[ 1 -ne \ 1 ]]; echo $?
[[ 2 -gt \1 ]]; echo $?
[[ 2 -le \1 ]]; echo $?
[[ 2 -lt \3 ]]; echo $?
[[ 2 -ge \3 ]]; echo $?
[[ \ 1 -eq 1 ]]; echo $?
[[ "a\\b" < a\\c ]]; echo $?
[[ a\\b > a\\c ]]; echo $?
### bad constants, in source and in values (stderr)
echo $(( 08 ))
echo $(( 1 + 08 ))
echo $(( 3#4 + 1 ))
(( 3#4 + 1 )); echo "st=$?"
let 3#4+1; echo "st=$?"
for v in 2# 65#1 1#2 0x1#2 0x 1.5 08; do (echo $((v))); done
a=(1 2); echo ${a[08]}
echo not reached
### expression errors in values (stderr)
for v in '5/0' '5/ (1-1)' '2**-1' '++x++' '1 = 2' '(a)=3' '1 ? : 2' '1 ? 2' '(1' '1)' 'a[1' $'a\n$' 'a	b' '0 && 5/0' 'v||1/0'; do (echo $((v))); done
a=(1); v='a[-5]'; echo $((v)); echo "st=$?"
### values are expressions: assignments, elements, increments
v='a=b=3'; echo $((v)) $a $b
v='c[2]=5'; echo $((v)) ${c[2]}
v='x++ + ++y'; echo $((v)) $x $y
v='x+=1'; x=3; echo $((v)) $x
a=("1+2"); echo $((a[0] * 2))
declare -A m; m[foo]=7; v='m[foo]'; echo $((v)); v='m[bar]=4'; echo $((v)) ${m[bar]}
declare -n r=x; x=5; v='r+1'; echo $((v))
v='  '; echo $((v+1))
v=$'1\n+2'; echo $((v))
v='1<<64'; echo $((v)) $((1<<65)) $((1<<-1))
v='-9223372036854775807-1'; echo $((v/-1)) $((v%-1))
### an assignment to a readonly variable ends the expression (stderr)
readonly r=1
(( r=2 )); echo "st=$?"
let r=2; echo "st=$?"
let "r=2"; echo "st=$?"
[[ "r=2" -eq 1 ]]; echo "st=$?"
( echo $((r=2)); echo not here ); echo "st=$?"
v='r++'; echo $((v)); echo not here
declare -i n; n='r=2'; echo "st=$?"
echo end
### an error in an array subscript ends the shell, in every context (stderr)
a=(1 2); x='1+'
(echo ${a[x]}; echo not here); echo "s=$?"
(echo ${#a[1/0]}); echo "s=$?"
(echo "${a[1/0]:-x}"); echo "s=$?"
(echo $((a[x]))); echo "s=$?"
( (( a[1/0] )) ); echo "s=$?"
( (( a[1/0]=1 )) ); echo "s=$?"
( (( a[x]++ )) ); echo "s=$?"
(let "a[1/0]"); echo "s=$?"
(let a[1/0]); echo "s=$?"
([[ "a[1/0]" -eq 1 ]]); echo "s=$?"
(declare -i n; n='a[1/0]'); echo "s=$?"
(v='a[1+]'; echo $((v))); echo "s=$?"
(v='a[1+]=3'; echo $((v))); echo "s=$?"
(for ((a[1/0]=0;;)); do :; done); echo "s=$?"
b=("1+"); echo $((b[0])); echo not here
echo ${a[$((1/0))]}; echo not here
echo ${a[x]}; echo not reached
### $(( )), (( )), let and for (( )) read their text with the expansions in place (stderr)
x='1 + 2'; echo $(( $x * 3 )) $(( x * 3 ))
i=0; echo $(( i++ + $i ))
f() { echo $(( $1 * 2 )); }; f 1+1
a=(1 2 3); i=1; echo ${a[$i+1]} $(( a[$i] + 1 ))
declare -A m; k=foo; m[foo]=3; echo $(( m[$k] + 1 ))
echo "$(( $x + $(echo 2) ))" $(( "1" + 2 ))
for ((j=$x; j<5; j++)); do echo j=$j; done
n=5; let $n/0; echo "st=$?"
(( $n / 0 )); echo "st=$?"
z=0; echo $(( 5 / ${z} )); echo not here
w='b c'; echo $(( $w + 1 )); echo not here
echo $(( 'y' )); echo not here
a=b b=a; echo $(($a)); echo not here
echo end
### xtrace shows the text of (( )), for (( )) and let with the expansions in place (stderr)
set -x
x=5; (( $x + 1 )); ((x+1)); ((  x + 1  ))
for (( i = $x ; i < 6 ; i++ )); do :; done
for ((;;)); do break; done
let $x+1 "$x + 2" x++ 'y=x*2'
(( $(echo 1) / 0 )); echo "st=$?"
### unset 'a[i]' and [[ -v a[i] ]]: an error in the subscript ends the shell (stderr)
a=(1 2); x='1+'
(unset 'a[1/0]'; echo not here); echo "s=$?"
([[ -v a[x] ]]; echo not here); echo "s=$?"
[[ -v a[1] ]]; echo "v=$?"; unset 'a[1]'; echo ${#a[@]}
unset "a[x]"; echo not reached
### an error in a substring's offset or length names the parameter; the line goes (stderr)
x=hello; a=(1 2 3); n='1+'
echo ${x:1/0}; echo not here
echo ${x:1:1/0}; echo not here
echo ${x:n}; echo not here
echo ${a[@]:1/0}; echo not here
echo "${a[@]:1/0}"; echo not here
set -- a b; echo ${@:1/0}; echo not here
(echo ${x:1/0}; echo not here); echo "s=$?"
y=${x:1/0}; echo not here
i=0; echo ${a[@]:i++:1} ${x:i++:1} $i
echo end
### an arithmetic syntax error is reported when the expression runs (stderr)
echo before
echo $((1 +)); echo not here
echo $(( 1 2 )); echo not here
(( x = 1 2 )); echo "st=$?"
(( 1.5 )); echo "st=$?"
echo $(( (1 + ) )); echo not here
echo $(( 1 ; 2 )); echo not here
echo $(( $(echo 1) + )); echo not here
echo $(( `echo 1` 2 )); echo not here
x='1 +'; echo $(( $x 3 )) $(( 1 ++ 2 )) $(( - -1 ))
f() { echo $(( 1 + )); }; declare -f f
echo end
### a part of for (( ; ; )) that does not parse is an error when the loop runs (stderr)
for ((i=0; i<; i++)); do echo no; done; echo "st=$?"
for ((i=0; i<2 3; i++)); do echo $i; done; echo after
for ((i=0; i<2; i++ 1)); do echo $i; done; echo after
for ((i=0 1; i<2; i++)); do echo $i; done; echo after
for ((;;)); do break; done; for ((i=0;;)); do break; done; for ((;i<1;)); do i=1; done; echo ok
### subscripts that do not parse, of a=( ), declare and printf -v: errors that end the shell (stderr)
a=(1 2)
(echo ${a[1 +]}; echo not here); echo "s=$?"
(a[1 +]=3; echo not here); echo "s=$?"
(echo $(( a[1 +] )); echo not here); echo "s=$?"
(echo ${a[1 2]}; echo not here); echo "s=$?"
(b=([1/0]=3); echo not here); echo "s=$?"
(b=(['1/0']=3); echo not here); echo "s=$?"
(declare -a b=([1/0]=1); echo not here); echo "s=$?"
(declare b[1/0]=1; echo not here); echo "s=$?"
(b=(1); b+=([1/0]=2); echo not here); echo "s=$?"
(printf -v 'a[1/0]' x; echo not here); echo "s=$?"
printf -v 'a[1+1]' x; declare -A m; m[a b]=1; echo ${m[a b]} ${a[2]}
f() { local b=([1/0]=3); echo not here; }; f; echo not reached
### declare -i and local -i name themselves in an arithmetic error, which ends the shell (stderr)
(declare -i n=1/0; echo not here); echo "s=$?"
(declare -i n; declare n=1/0; echo not here); echo "s=$?"
(f() { local -i n=1/0; echo not here; }; f); echo "s=$?"
(declare -i n; n=1/0; echo not here); echo "s=$?"
declare -i n=5; declare n+=2; x=1; declare -i x=x+1 y=x*2; echo $n $x $y
### a "[" in arithmetic that follows no name is no bracket (stderr)
echo $(( 1 [ 2 )); echo not here
(( ,[ )); echo "st=$?"
(( ~ 08x [ )); echo "st=$?"
