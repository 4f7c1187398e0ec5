# Variable attributes beyond -a -A -i -r -x -n: bash's case attributes
# (-l -u -c), -t, local -I, what takes them away (+i +l), and the special
# variables made as they are read, with their integer attribute, until
# unset makes them ordinary names.
### declare -l, -u, -c convert each value assigned (stderr)
declare -l x=ABC; echo $x; x=DeF; echo $x; x+=GHI; echo $x
declare -u y=abc; echo $y; declare -p x y
declare -c z="hELLO wORLD"; echo "$z"; z+=dEF; echo "$z"
declare -u s="straße"; echo "$s"
### a case attribute converts what any assignment gives: read, for, printf -v, export, local
declare -l r; read r <<< "HeLLo"; echo $r; for r in ABC; do echo $r; done
printf -v r %s XyZ; echo $r; declare -u e; export e=abc; echo $e
f() { local -u L=abc; echo $L; declare -l M=QQ; echo $M; }; f
### an array's elements are converted as they are assigned, the old ones kept
a=(ABC Def); declare -l a; echo ${a[@]}; a+=(GHI); a[7]=JkL; declare -p a
declare -u arr=(a b); arr[5]=z; declare -p arr
declare -A am=([x]=y); declare -u am; am[q]=r; echo "${am[x]} ${am[q]}"
### one of -l -u -c replaces another; two at once give none; + takes them away
declare -l q=AB; declare -c q; declare -p q; q=xYZ; echo $q; declare +c q; q=AbC; declare -p q
for o in -lu -ul -cl; do declare $o w=aBc; declare -p w; unset w; done
declare -i i=3; declare +i i; i=1+1; echo $i
### declare with an attribute and no names lists the variables that have it
declare -l l1=A l2; declare -u u1=b; declare -t t1=x
declare -l; declare -pu; declare -t; declare -p t1
### -t and the order bash writes attributes in
declare -lrx v=ABC; declare -p v; declare -uit w=3; declare -p w; declare -cA m; declare -p m; echo ${w@a}
### local -I takes the value and attributes of the variable it hides
g() { local -I x; declare -p x; local -I y=Q; declare -p y; local z; declare -p z; }
declare -ix x=3; declare -l y=a; z=1; g
### options a builtin does not have are refused, with its usage (stderr)
export -i zz; echo "s=$?"; readonly -l kk; echo "s=$?"; declare -Q; echo "s=$?"
### an associative array from a list of keys and values
l="a b c d"; declare -A m=($l); declare -p m; declare -A n=(x "1 2" [y]=3 z); declare -p n
declare -A o; o=(p q r); declare -p o; o+=(s t); declare -p o
declare -A e=(); declare -p e; declare -Ai iq=(a 1+1); declare -p iq
### an associative array's keys come in bash's order, its values with them
declare -A m; for k in p r s x q K k2 "a b" zz 10 -1 $'\303\251'; do m[$k]=v$k; done
echo "${!m[@]}"; echo "${m[@]}"; for k in "${!m[@]}"; do printf '%s=%s ' "$k" "${m[$k]}"; done; echo
printf '<%s>' "${m[*]}"; echo; declare -p m
### declare -p quotes the keys that need it, and reads back as the same array
declare -A m; for k in a "b c" 'd"e' 'f$g' 'h*' '~i' 'j~' '#k' 'l#' m=n o,p q:r 'x=~' 'y:~' $'E\tF' "G'H" 'U\V' 'W`'; do m[$k]=v; done
declare -p m; s=$(declare -p m); unset m; eval "$s"; [ "$(declare -p m)" = "$s" ] && echo same
### RANDOM SECONDS BASHPID OPTIND are integers; SECONDS counts on from what it is given
declare -p RANDOM SRANDOM SECONDS BASHPID HISTCMD OPTIND EPOCHSECONDS EPOCHREALTIME | sed 's/=.*//'
OPTIND=2+1; echo $OPTIND; BASHPID=5; [ $BASHPID = $$ ] && echo pid; SECONDS=100; echo $SECONDS
[[ $EPOCHREALTIME =~ ^[0-9]+\.[0-9]{6}$ ]] && echo realtime; [ $EPOCHSECONDS -gt 1700000000 ] && echo seconds
### unset makes a special variable an ordinary name, in subshells too
unset RANDOM EPOCHSECONDS SECONDS; echo "[$RANDOM]"; RANDOM=5; EPOCHSECONDS=3; SECONDS=x
echo "$RANDOM $EPOCHSECONDS $SECONDS"; (echo "$RANDOM $SECONDS"); echo "$(echo $RANDOM)"; echo $RANDOM | cat
f() { local RANDOM=4; echo $RANDOM; }; f
### getopts past the last argument sets OPTIND to one past it
OPTIND=5; getopts ab: o -a; echo "o=$o $OPTIND"; OPTIND=1; getopts ab: o -a; echo "o=$o $OPTIND"
### an associative subscript that reads as arithmetic is the text written, expanded
declare -A m=([m=n]=v [o,p]=w [a+b]=x); declare -p m; declare -A q; q=([m=n]=v [o,p]=w)
q[x=y]=1; q[c,d]=2; k=K; q[$k+1]=3; declare -p q; echo ${q[x=y]} ${q[$k+1]} ${q[K+1]}
f() { declare -A r=([i=j]=1); r[u,v]=2; echo ${r[i=j]} ${r[u,v]}; }; f; : ${q[z=z]=5}; echo ${q[z=z]}
### an element's subscript may hold blanks, and [i]+=v adds to the element
declare -A m=([ a b ]=y [x]=1); declare -p m; a=([ 1 ]=y); declare -p a; m[ c d ]=2; echo "${m[ c d ]}"
a=([2]+=z); declare -p a; a=(1 2); a+=([1]+=z [5]+=q); declare -p a
declare -A n=([k]=v); n+=([k]+=w [n]+=x); declare -p n; declare a+=([0]+=1); declare -p a
declare -ia i=(1 2); i+=([1]+=5); declare -p i; f() { a=([1]+=x [2]=y); }; declare -f f
### declare -g sets the global even where a function has a local of the name
f() { declare -g G=1; local G=2; declare -g G=3; echo "in $G"; }; f; echo "G=$G"
g() { local L=1; declare -g L=5; echo "in $L"; declare -gA M=([k]=v); }; g; echo "out $L ${M[k]}"
h() { local x=1; declare -gi y=x+1; echo $y; }; h; echo $y
### an integer variable evaluates what read, printf -v, for, mapfile and ${n:=} give it
declare -i n; read n <<< 2+3; echo "r $n"; printf -v n %s 4*5; echo "p $n"; for n in 1+1 3; do echo "f $n"; done
declare -ia a; read -a a <<< "1+1 2*3"; echo "ra ${a[@]}"; mapfile -t a <<< $'7+1\n2'; echo "m ${a[@]}"
unset n; declare -i n; : ${n:=9*9}; echo "d $n"
