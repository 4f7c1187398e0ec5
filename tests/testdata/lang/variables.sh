# Variables, arrays, declare, special variables and word expansion.
### indexed array basics
a=(one two three); echo ${a[0]} ${a[2]} ${#a[@]} "${a[@]}"
### array append and assign by index
a=(x); a+=(y z); a[5]=w; echo ${#a[@]} "${a[@]}" "${!a[@]}"
### array slice
a=(a b c d e); echo "${a[@]:1:3}" "${a[@]: -2}"
### array element length
a=(hello hi); echo ${#a[0]} ${#a[1]}
### array quoting of elements with spaces
a=('x y' z); for e in "${a[@]}"; do echo "<$e>"; done; for e in ${a[@]}; do echo "[$e]"; done
### array star joins with IFS
a=(1 2 3); IFS=,; echo "${a[*]}"
### empty array
a=(); echo ${#a[@]}; for e in "${a[@]}"; do echo never; done; echo "[${a[@]}]"
### unset an array element
a=(1 2 3); unset 'a[1]'; echo ${#a[@]} "${a[@]}" "${!a[@]}"
### unset whole array
a=(1 2); unset a; echo "[${a[@]}]" ${#a[@]}
### negative index
a=(1 2 3); echo ${a[-1]} ${a[-2]}
### array from command output
a=($(printf 'p q r')); echo ${#a[@]} ${a[1]}
### array from a glob
touch f1 f2 f3; a=(f*); echo ${#a[@]} ${a[2]}
### array element as arithmetic index
a=(10 20 30); i=1; echo ${a[i+1]} ${a[$i]}
### array in arithmetic
a=(5 6); echo $(( a[0] + a[1] ))
### assign element in arithmetic
(( a[2] = 7 )); echo ${a[2]}
### associative array
declare -A m; m[one]=1; m[two]=2; echo ${m[one]} ${m[two]} "${m[missing]}"
### associative array literal
declare -A m=([a]=x [b]=y); echo ${m[a]}${m[b]}; for k in $(printf '%s\n' "${!m[@]}" | sort); do echo "$k=${m[$k]}"; done
### associative array key with spaces
declare -A m; m["a b"]=1; k="a b"; echo ${m[$k]} ${m["a b"]}
### associative unset key
declare -A m=([x]=1 [y]=2); unset 'm[x]'; echo "${!m[@]}"
### declare -i
declare -i n=3*4; echo $n; n+=1; echo $n; n="2+2"; echo $n
### declare -r readonly
declare -r c=1; c=2 2>/dev/null; echo $? $c
### readonly builtin
readonly r=5; unset r 2>/dev/null; echo $? $r
### declare -x exports
declare -x ex=1; env | grep '^ex='
### export -n
export e=1; export -n e; env | grep -c '^e='; echo $e
### declare: an invalid name is named with its value expanded, and the rest still runs (stderr)
x='1 2'; declare =bar a-b=$x c=3 $unset=$unset foo{bar=baz; echo st=$? c=$c; export 1a+=q; echo st=$?
### declare: options only before the first name, -- ends them (stderr)
declare a=1 -x b=2; declare -p a b; readonly -- -z=3; echo st=$?; declare -- d=4; echo $d
### UID, EUID and PPID are read-only integers (stderr)
declare -p UID EUID | sed 's/[0-9]//g'; test -n "$EUID" && echo set; UID=3; echo st=$?; unset EUID; echo st=$?; PPID=1; echo st=$?
### export and export -n act on a read-only variable
foo() { readonly bar=foo; }; foo; export bar; env | grep ^bar=; export -n bar; declare -p bar; declare -x bar; declare -p bar; export a=1; export -n a; declare -p a; declare +x d; declare -p d
### SRANDOM is 32 random bits, new each time
[[ $SRANDOM -eq $SRANDOM ]]; echo $?; [[ $SRANDOM =~ ^[0-9]+$ ]] && echo number; (( SRANDOM >= 0 && SRANDOM < 2**32 )) && echo range
### declare -p of a scalar
x=hi; declare -p x
### NAME=VALUE and NAME+=VALUE on an array are about element 0
a=([5]=x); a+=s; echo ${!a[@]} / ${a[@]}; declare -A m=([x]=b [y]=c); m=d; m+=e; for k in "${!m[@]}"; do echo "$k=${m[$k]}"; done | sort; declare -ai n=([3]=4); n+=2; n=5+1; declare -p n
### a negative subscript before the first element: a warning on reading, an error on assigning (stderr)
a=(b); echo "[${a[-2]}]" ${a[-2]:-default}; x=${a[-2]}; echo st=$?; a[-3]=x; echo not reached
### declare -p of an array
a=(1 'b c'); declare -p a
### declare -p of an integer export
declare -ix n=5; declare -p n
### declare -g from a function
f() { declare -g gv=global; local lv=local; }; f; echo "$gv [$lv]"
### declare in a function is local
f() { declare v=in; }; v=out; f; echo $v
### unset -v
v=1; unset -v v; echo "[${v-unset}]"
### unset a function and a variable of the same name
f=1; f() { :; }; unset f; echo "[${f-gone}]"; type -t f
### default value expansions
unset u; e=; echo "${u-a} ${u:-b} ${e-c} ${e:-d} ${u+e} ${e+f} ${e:+g}"
### assign default
unset u; echo ${u:=set}; echo $u
### error if unset
unset u; (echo ${u?custom message}) 2>&1 | sed 's/.*: //'; echo ${PIPESTATUS[0]}
### string length and substrings
s=abcdef; echo ${#s} ${s:2} ${s:1:3} ${s: -2} ${s:0:-1}
### prefix and suffix removal
p=/usr/local/lib/file.tar.gz; echo ${p#*/} ${p##*/} ${p%.*} ${p%%.*}
### pattern replacement
s=aXbXc; echo ${s/X/-} ${s//X/-} ${s/#a/A} ${s/%c/C} ${s//[abc]/}
### case modification
s=hello; S=WORLD; echo ${s^} ${s^^} ${S,} ${S,,}
### indirect expansion
name=target; target=value; echo ${!name}
### names matching a prefix
pre_a=1 pre_b=2; echo ${!pre_*}
### quoting keeps spaces
v="a   b"; echo $v; echo "$v"
### IFS splitting
IFS=:; v=a:b::c; for w in $v; do echo "[$w]"; done
### IFS with leading whitespace
v="  lead  trail  "; for w in $v; do echo "[$w]"; done
### IFS whitespace and non-whitespace
IFS=' ,'; v=' a , b,,c '; for w in $v; do echo "[$w]"; done
### empty IFS does not split
IFS=; v="a b"; for w in $v; do echo "[$w]"; done
### unset IFS is default
unset IFS; v=" a	b "; for w in $v; do echo "[$w]"; done
### quoted at with no parameters
set --; for a in "$@"; do echo never; done; echo "[$@]" $#
### quoted at with empty strings
set -- '' ''; echo $#; for a in "$@"; do echo "<$a>"; done
### star versus at
set -- a b; IFS=-; echo "$*"; echo "$@"
### positional beyond nine
set -- 1 2 3 4 5 6 7 8 9 10 11; echo ${10} ${11} $10
### shift n
set -- a b c d; shift 2; echo $# $@; shift 5; echo $?
### nested command substitution
echo $(echo $(echo deep))
### command substitution strips trailing newlines
v=$(printf 'a\n\n\n'); echo "[$v]"
### backquotes
echo `echo back`
### arithmetic expansion with command substitution
echo $(( $(echo 6) * 7 ))
### tilde expansion
HOME=/h; echo ~ ~/x "~"
### brace expansion forms
echo {a,b}{1,2} x{,y} {a..e} {01..03}
### RANDOM is a number and changes
a=$RANDOM b=$RANDOM; [[ $a =~ ^[0-9]+$ ]] && [ "$a$b" != "" ] && echo ok
### RANDOM seeded repeats
RANDOM=42; a=$RANDOM; RANDOM=42; b=$RANDOM; [ $a = $b ] && echo same
### RANDOM seeded gives bash's own sequence; the seed is arithmetic
RANDOM=3; echo $RANDOM $RANDOM; RANDOM=0; echo $RANDOM $RANDOM; RANDOM=x; echo $RANDOM; RANDOM=2+3; echo $RANDOM; RANDOM=7; for i in {1..500}; do echo $RANDOM; done >o; cksum <o
### LINENO
echo $LINENO
echo $LINENO
### SECONDS starts near zero
[ $SECONDS -lt 5 ] && echo fresh
### PPID is the parent
[ "$PPID" -gt 0 ] && echo has-parent
### SHLVL increments
echo $((SHLVL > 0))
### PWD and OLDPWD
mkdir d; cd d; basename $PWD; cd ..; basename $OLDPWD
### dollar dash has flags
set -e; case $- in *e*) echo has-e;; esac; set +e; case $- in *e*) echo still;; *) echo gone;; esac
### dollar bang after background
sleep 0 & [ "$!" -gt 0 ] && echo bang; wait
### let
let a=5 b=a*2; echo $a $b; let 'c = 1 + 1'; echo $c; let 0; echo $?
### printf -v
printf -v out '%05d' 42; echo $out
### printf formats
printf '%s|%5s|%-5s|%d|%x|%o|%c|%%\n' a b c 42 255 8 xyz
### printf reuses the format
printf '%s=%s\n' a 1 b 2 c
### printf with escapes and %b
printf 'tab\there\n'; printf '%b\n' 'a\tb'
### printf %q
printf '%q\n' 'a b' "it's"
### unset variable in arithmetic is zero
unset z; echo $(( z + 1 ))
### string comparison in arithmetic context
x=abc; echo $(( x )) 2>/dev/null; echo done
### an array element that begins with [ is a glob unless ]= follows
: >a1; : >b2; arr=([ab]* x [ab]*z [x]); echo "${#arr[@]} ${arr[@]}"; arr=([1]=a [3]=b); echo "${!arr[@]}"
### an index before an array's first element: bad array subscript, and the command goes on (stderr)
unset arr; printf "%s|" ${arr[-1]}; echo " s=$?"; arr=(); echo "${arr[-1]}" s=$?; arr=(1 2); echo "${arr[-2]}" "${arr[-3]:-d}"; x=abc; echo ${x[-1]} ${x[0]} ${x[1]}-
(set -u; a=(1); echo ${a[5]-d} "${a[@]}" ${#a[5]}; echo ${a[i+1]}; echo not-reached)
(set -u; a=(1); echo ${a[-2]}; echo not-reached)
echo end
### "${!a[@]}" of an empty array is no field
declare -A s=(); a=(); for k in "${!s[@]}" "${!a[@]}"; do echo "k=$k"; done; echo end
### $_ is the last word of the last simple command, after it ran
true a; x=1; echo "1:$_"; true b; (( 1 )); echo "2:$_"; true c; [[ x ]]; echo "3:$_"
true d; declare y=2; echo "4:$_"; f() { echo "5:$_"; }; f p q; echo "6:$_"
true e | true f; echo "7:$_"; true g & wait; echo "8:$_"; echo $(true h) "9:$_"
for i in 1 2; do :; done; echo "10:$_"; declare -a a=(1 2); echo "11:$_"; _=zz; echo "12:$_"
### BASH_COMMAND is the command running, and in a trap the one that set it off
trap 'echo "[$BASH_COMMAND]"' ERR; false; trap - ERR
for i in 1; do echo "<$BASH_COMMAND>"; done; f() { echo "<$BASH_COMMAND>"; }; f a
x=$(echo "<$BASH_COMMAND>"); echo $x; echo "$BASH_COMMAND" | cat
trap 'echo "[$BASH_COMMAND]"' EXIT; true last
### SHELLOPTS and BASHOPTS follow the options and are read-only (stderr)
set -o pipefail; echo "${SHELLOPTS/interactive-comments/}" | tr : '\n' | grep -c pipefail
SHELLOPTS=x; echo "s=$?"; unset BASHOPTS; echo "u=$?"; declare -p SHELLOPTS | cut -c1-10
### bash's variables about itself and the machine
echo $OSTYPE $HOSTTYPE $MACHTYPE; [ -n "$HOSTNAME" ] && [ -x "$BASH" ] && echo set
((BASH_VERSINFO[0] >= 5)) && [[ $BASH_VERSION == 5.* ]] && echo five; echo ${#GROUPS[@]} | grep -c '[1-9]'
### BASH_ARGV and BASH_ARGC hold the arguments the shell started with, the last first
declare -p BASH_ARGV BASH_ARGC; f() { echo "${BASH_ARGV[@]}"; }; f x; set -- q; echo "${BASH_ARGV[@]}"; /proc/$$/exe -c 'declare -p BASH_ARGV BASH_ARGC' z a b
### an array before a command is a string that keeps its keys, an empty element too
m=([k]=v [j]=) env | grep ^m=; m=(a "" b) env | grep ^m=; x=([k]=) true; echo ok
