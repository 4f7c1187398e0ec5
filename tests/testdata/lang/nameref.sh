# Namerefs: declare -n, local -n, typeset -n, unset -n, ${!ref}, declare -p.
### read and assign through a nameref
declare -n r=v; v=1; echo $r; r=2; echo $v; r+=3; echo $v
### a chain of namerefs
declare -n a1=a2 a2=a3 a3=a4; a4=x; echo $a1 $a3; a1=y; echo $a4
### indirect expansion of a nameref gives the name
declare -n r=v; v=val; echo ${!r} $r; declare -n s=a[1]; echo ${!s}
### declare -p shows the reference
declare -n r=v; v=1; declare -p r v; typeset -n t; declare -p t
### declare -n changes the reference, declare assigns through it
declare -n r=v; declare -n r=w; declare r=x; declare -p r w
### declare +n keeps the name as a plain value
declare -n r=v; v=1; declare +n r; declare -p r
### unset follows the reference, unset -n removes it
declare -n r=v; v=1; unset r; declare -p r v; v=2; unset -n r; declare -p r v; echo $v
### invalid names and self references
declare -n r=1; echo $?; declare -n r='a b'; echo $?; declare -n r=r; echo $?; declare -p r
### an unset nameref takes the name assigned to it
declare -n r; [[ -v r ]] && echo set || echo unset; r=v; declare -p r
### test -R
declare -n r=v; [[ -R r ]]; echo $?; [ -R r ]; echo $?; test -R v; echo $?
### reference to an array element
a=(x y z); declare -n r=a[1]; echo $r; r=Q; declare -p a r; unset r; echo ${!a[@]}
### reference to an array
declare -n r=arr; r=(1 2); r+=(3); r[5]=6; echo ${r[@]} ${#r[@]} ${!r[@]}; unset 'r[1]'; declare -p arr
### reference to an associative array
declare -A m=([k]=v); declare -n r=m; echo ${r[k]}; r[k]=w; echo ${m[k]}
### local -n passes arrays by name
push() { local -n arr=$1; shift; arr+=("$@"); }; list=(a); push list b 'c d'; declare -p list
### local -n to a caller's local
outer() { local x=1; inner x; echo $x; }; inner() { local -n ref=$1; ref=changed; }; outer; echo "[${x-unset}]"
### arithmetic through a nameref
declare -n r=n; n=2; echo $((r + 1)); ((r++)); echo $n; let r*=5; echo $n
### read and for through a nameref
declare -n r=v; read r <<<hello; echo $v; declare -n c; for c in p q; do declare -p c; done
### a temporary assignment through a nameref
declare -n r=v; v=old; r=new env | grep '^v='; f() { echo $v; }; r=tmp f; echo $v
### parameter operations through a nameref
declare -n r=v; v=abcab; echo ${#r} ${r^^} ${r/b/X} ${r#a} ${r:1:2}; unset v; echo ${r:-def}; echo ${r:=set}; echo $v
### export and readonly through a nameref
declare -n r=v; export r; v=1; readonly r; declare -p v r; sh -c 'echo $v'
### namerefs in pipeline stages
declare -n r=v; v=1; echo $r | cat; { r=2; echo $v; } | cat; f() { local -n a=$1; a+=(x); echo ${a[@]}; }; b=(1); f b | cat; echo ${b[@]}
### namerefs in a subshell and command substitution
declare -n r=v; v=1; (r=2; echo $v); echo $(r=3; echo $v) $v
### circular references warn
declare -n a=b b=a; echo "[$a]"; a=1; echo $?; echo ${a:-x}
### nameref is no bash builtin
nameref r=v; echo $?; nameref r=v | cat; echo ${PIPESTATUS[@]}
### local -p lists the function's locals, namerefs included; unset -n leaves other variables
v=1; unset -n v; echo ${v-unset}; f() { local a=1 b; local -n r=a; local -p; g; }; g() { local; echo g; }; f
### namerefs with read -a, mapfile, printf -v and getopts
declare -n r=arr; read -a r <<< "x y z"; echo ${arr[1]} ${#r[@]}; mapfile -t r < <(printf 'p\nq\n'); declare -p arr; declare -n s=v; printf -v s '%s-%s' a b; echo $v; getopts ab s -a; echo $v
