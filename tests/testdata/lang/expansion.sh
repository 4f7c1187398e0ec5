# Word expansion: parameter operators, patterns, brace expansion.
### unused word of ${v:+...} and ${v:-...} is not expanded
unset v; x=${v:+$(echo ran >&2; echo X)}; v=1; y=${v:-$(echo ran too >&2)}; z=${v:=$(echo r3 >&2)}; w=${v:?$(echo r4 >&2)}; echo "[$x][$y][$z][$w]"
{ : "${v:+$(echo piped)}"; unset v; : "${v:+$(echo never >&2)}"; } | cat
a=(); printf '<%s>' "${a[@]:-def}" "${a[@]:+alt}"; a=(1 2); printf '<%s>' "${a[@]:-def}" "${a[@]:+alt}"; echo
set -- "" ""; printf '<%s>' "${@:-d}" "${*:-e}"; set -- ""; printf '<%s>' "${@:-d}" "${@-e}"; echo
### used word of ${v:-...} keeps its quoted parts whole
unset v; set -- ${v:-"a b"} "${v:-*}" ${v:-"a b"c "d"}; echo $# "$1"; x='a '; echo ${v:-$x}b; set -- ${v:-x\ y} ${v:-""}; echo $#
w=1; set -- ${w:+"1 2"} ${w:+$x$x}; echo $# | cat
### a subshell at the start of a subshell is not arithmetic
((echo a) ); ((echo b) | tr b B; echo c) | cat; x=$( ((echo d; echo e) | tr d D) ); echo $x
echo $((echo f) | tr f F) "$((echo g)  )" $((1+(2))) $(( (3) )); (( (1)+2 )); echo $?
### bracket expressions: a leading or trailing -, a ] first, quoted characters
for s in d.gz d-gz dxgz - . ] x b '!' '^'; do
  r=
  case $s in *[-.]gz) r=$r.1;; esac; case $s in [!]]) r=$r.2;; esac; case $s in [a-]) r=$r.3;; esac
  case $s in [a"-"c]) r=$r.4;; esac; case $s in ["!"a]) r=$r.5;; esac; case $s in []a]) r=$r.6;; esac
  case $s in [a^]) r=$r.7;; esac; case $s in [[:alpha:]-]) r=$r.8;; esac; case $s in ["["]) r=$r.9;; esac
  echo "$s $r"
done | cat
v=d.gz; echo ${v%[-.]gz} ${v//[-.]/_}; touch a-b a.b; echo a[-.]b a[.-]b; mkdir 'a*b' && touch 'a*b/x'; echo "a*b"/*
### a quoted part of a pattern matches itself
m='[x]'; v='a[x]b'; echo "${v#*"$m"}" "${v#*$m}" ${v%"]"*} ${v%\]*}; p='*'; w='a*b*c'; echo ${w#*"$p"} "${w//"$p"/-}" ${w//$p/-}
### quote removal in the replacement of ${v//pat/rep}
q=a; echo ${q//a/\'} "${q//a/\'}" "${q//a/\x}" ${q//a/\x} "${q//a/\\}" ${q//a/"\x"} "${q//a/'x'}" "${q//a/\$}" ${q//a/\&} "${q//a/\}}"
### a command that is only command substitutions has the last one's status
$(exit 3); echo $?; if $(false); then echo t; else echo f; fi; $(exit 4) $(true); echo $?; `exit 8`; echo $?
x=1 $(exit 3); echo $?; $(exit 6) >/dev/null; echo $?; { $(exit 4); } | cat; echo ${PIPESTATUS[@]}; a=$(exit 2) $(exit 3); echo $?
### an empty arithmetic operand is 0
x=; [[ $x -lt 1 ]]; echo $?; [[ '  ' -eq 0 ]]; echo $?; declare -i i=''; echo "[$i]"; i=3; i+=' '; echo $i
echo $(( )) | cat; (( )); echo $?; a=(1 2); echo ${a[$x]}
### unset of an array element: [@], [] and a scalar's [0]
a=(x y z); unset 'a[@]'; echo ${#a[@]}; declare -p a; declare -A m=([k]=v); unset 'm[@]'; declare -p m
s=x; unset 's[0]'; echo ${s-unset}; s=x; unset 's[1]'; echo $? ${s-unset}; unset 's[@]'; echo $?
a=(x); unset 'a[]'; echo $?; declare -p a; unset 'u[0]'; echo $?; a=(1 2); unset 'a[-5]'; echo $? | cat
### = as an array element, and the index after [i]=
a=(x = y); echo ${#a[@]}; declare -p a; a=(= =x x= [1]=z =); declare -p a; a=([0]= q); declare -p a
declare -A m=([k]==); echo "${m[k]}"; a=([3]=a [1]=b c d); declare -p a | cat
a=(1 2 3); a+=([-1]=x); declare -p a; a=(1 2 3); a+=([-5]=x y); declare -p a
### ${var@op} as bash prints it
v=$'a b\'c\n'; s=hello; e='x\ty\101\q'; declare -i n=5; a=(1 'x y'); declare -r r=1; export x=ex; declare -A m=([k]='v w')
echo "${v@Q}" "${s@Q}" ${s@Q}; unset u; set -- ${u@Q}; echo $#; echo "${e@E}"; echo "${s@A}" "${n@A}" "${a@A}" "${r@A}" "${x@A}" "${m@A}" "${u@A}"
c() { echo -n "$# "; printf '<%s>' "$@"; echo; }; c "${a[@]@Q}"; c "${a[@]@A}"; c "${a[@]@a}"; c "${a[@]@K}"; c "${a[@]@k}"; c ${a[@]@K}
c "${s@a}" "${n@a}" "${a@a}" "${r@a}" "${x@a}" "${s@U}" "${s@u}" "${s@L}" "${a[1]@A}" "${a[1]@K}" "${s@K}" "${m[@]@K}" | cat
set -- 'p q' r; c "${@@Q}" "${*@Q}"; c "${@@A}" "${*@A}" "${1@A}"; ne=(); c "${ne[@]@Q}" "${ne[@]@K}"; p='\$ x'; c "${p@P}"
### brace expansion: an empty alternative is no word, big sequences
echo {a,} b; set -- {a,}; echo $#; set -- {a,}""; echo $#; for i in {a,}; do echo "[$i]"; done | cat; echo x{,}y {,} {a,}{b,}
echo {1..100000} | wc -w; echo a{0..9999999999}b a{0..2147483648}b a{2147483646..2147483647}b
### the idiom "${a[@]+"${a[@]}"}" gives the elements
c() { echo -n "$# "; printf '<%s>' "$@"; echo; }; set -u; a=(); c "${a[@]+"${a[@]}"}"; a=('x y' z); c "${a[@]+"${a[@]}"}"; c ${a[@]+"${a[@]}"}
v=1; c "${v+"${a[@]}"}"; c "${u-"${a[@]}"}"; set -- p 'q r'; c "${1+"$@"}"; c "${@:+"$@"}" | cat
### characters are bytes in the C locale, UTF-8 in a UTF-8 one
for l in C C.UTF-8; do
  LC_ALL=$l; a=世界; echo ${#a}; a=héllo; echo "${a:2}" "${a:1:2}" "${a::-3}" "${a: -2}"
  a='àÉñ bAr'; echo ${a^} ${a^^} ${a,} ${a,,} ${a^?} ${a^^[br]} "${a@U}" "${a@L}" "${a@u}"; b=(àÉñ bAr); echo ${b[@]^} ${b[*],,}
  set -- x y; (IFS=éz; a=$*; echo "$a")
done | od -c
### $(<file) is the file's contents
echo foo >f; echo $(<f); x=$(<nosuch); echo "st=$? [$x]"; echo "$(< f)"; y=$(<f 2>/dev/null); echo "[$y]"; echo $(<f; echo z)
n=f; echo $(<$n) | cat; echo 'a  b' >'s p'; echo "$(<"s p")"
### a variable's value in arithmetic is an expression
v=1+2; echo $((v*2)); w='3 '; echo $((w+1)); r=v; echo $((r+1)); s='v*v'; echo $((s)); ((v == 3)) && echo eq; declare -i i=v+1; echo $i
a=(1 2); k='a[1]'; echo $((k+1)) | cat; y=010; z=0x10; e=; echo $((y)) $((z+1)) $((e+1)); q='a b'; echo $((q+1)); echo not here
### zsh's ${(M)...} parses, and fails only when expanded, as in bash
if false; then echo ${(M)${(k)p[@]}:#x*}; fi; echo ok; (echo ${(M)x}); echo $?; f() { echo ${(k)a}; }; echo defined
### \u and \U in the C locale: ASCII is made, anything else written back by its value, as bash
echo $'\u\uf\u09\uABCD\u00051234' $'\U\Uf\U09\UABCD\U00051234' | od -c | sed 's/  */ /g'; printf '\UABCD|\u00E9|\U0001F600\n'; LC_ALL=C.UTF-8; printf '\u00e9\n' | od -c | sed 's/  */ /g'
### a NUL byte in a command substitution's output is dropped with a warning; read skips it too (stderr)
echo $(printf 'a\0b'); x=`printf 'c\0'`; echo $x; read z < <(printf 'q\0r\n'); echo $z; printf 'a\0b\0' | { read -d '' u; echo $u; read v; echo $v; }
### single quotes in arithmetic are no operand; a=(['1']=x) removes them first (stderr)
a=(['1']=b); declare -p a; echo $(( "1" + 2 )); x=1; (( x + '1' )); echo st=$?; let "y='1'"; echo st=$?; [[ "'1'" -eq 1 ]]; echo st=$?; for ((i='0'; i<1; i++)); do :; done; echo st=$?; echo $(( 'y' )); echo not reached
### let removes the quotes of its arguments, wherever they are
let x=' 3' y="1+"'2' z=y*2; echo $x $y $z; let 'c = 1 + 1'; echo $c
### arithmetic errors in subscripts, [[ ]] and for (( )) name the expression (stderr)
for ((i=0; i<1/0; i++)); do :; done; echo st=$?; [[ 1/0 -eq 1 ]]; echo st=$?; a=(1 2); echo ${a[1/0]}; echo not reached
### an arithmetic error in an assigned subscript (stderr)
a['1']=x; echo not reached
### "${a[@]-WORD}" of an unset array is WORD (stderr)
unset nx; echo "${nx[@]-gone}" "${nx[@]:-gone2}" "${nx[*]-g3}"; nx=(); echo "${nx[@]-e}" "${nx[@]:-e2}"
a=(1 2); printf "<%s>" "${nx[@]-"${a[@]}"}"; echo; echo "${nx[@]+alt}|"; (echo "${nx[@]?msg}"); echo st=$?
set -u; echo "${nx[@]-u}"
### the WORD of ${x:+WORD} in double quotes and here-documents is double-quoted text
x=1; echo "${x:+\"q\"}" "${x:+'s'}" "${u:-\$x}" "${x:+a\ b}" "${x:+\\}" "${x:+$'a'}" "${x:+"q"}" "${x:+\`}" "${x:+'$x'}" "${u:-'a\$b'}"
cat <<END
${x:+\"q\"} ${x:+'s'} ${x:+a\ b} ${x:+'$x'}
END
### the WORD of ${x:+WORD} in a value is unquoted text
x=1; y=${x:+\"q\"}; echo "$y"; w=${u:-a\ b}; echo "$w"; v=${x:+'s'}; echo "$v"
[[ ${x:+\"q\"} == \"q\" ]] && echo eq; [[ "*" == ${u:-\*} ]] && echo star; [[ "ab" == ${u:-\*} ]] || echo nostar
a=${x:+${u:-\"n\"}}; echo "$a"; b=${x/1/\"}; echo "$b"
### a substring whose end comes before its start is an error; a list's slice takes no negative length (stderr)
x=abc; echo ${x:1:-1} ${x: -2:-1} ${x:1:-2} ${x:2:-1}
echo ${x:0:-99999999999}; echo not here
n=-5; echo "${x:0:$n}"; echo not here
echo ${x:0:-1-3}; echo not here
a=(1 2 3); echo ${a[@]:1:-1}; echo not here
set -- a b c; echo ${@:1:-1}; echo not here
echo end
### a substring that starts past either end is empty, whatever its length (stderr)
x=abc; echo "[${x:5:-1}]" "[${x:4:-1}]" "[${x: -5:-1}]" $?; a=(x); echo "[${a[@]:1:-1}]"; a=(x y); echo "[${a[@]:2:-1}]" "[${a[@]: -3:-1}]"
a=([5]=x); echo "[${a[@]:6:-1}]"; set -- a b; echo "[${@:4:-1}]" "[${@: -4:-1}]"; echo "[${@:3:-1}]"
a=(x y); echo "[${a[@]:1:-1}]"
echo "[${x:3:-1}]"
### brace expansion comes before tilde expansion; the backslash of {Z..a} quotes nothing and goes
HOME=/h; echo {~,x}/c {x,~root} {~root,y}/z {~/a,b}{1,2} {,~} a{~,b} ~{a,b} x={~,b} "{~,x}" {\~,x}; a=({~,x}/c); echo "${a[@]}"
printf '<%s>' {Z..a} {a..Z} {Z..a..3} {Y..c..2}; echo
### ${s~~} and ${s~} toggle the case of every character or the first, of those a pattern matches, in arrays too
s=Hello; echo ${s~~} ${s~} ${s~~[lo]} ${s~[H]} ${s~[x]} ${s~~?} ${s~~"l"}; a=(ab Cd); echo ${a[@]~~} ${a[@]~} "${a[*]~~}" ${a~~}
set -- Ab cD; echo ${@~~} ${*~} "${@~~}"; declare -A m=([k]=Vx); echo ${m[k]~~} ${m[@]~}; unset n; echo "[${n~~}]"
u=éÉǅßaB; echo ${u~~} ${u~}; LC_ALL=C.UTF-8; echo ${u~~} ${u~}; f() { echo ${s~~} ${s~[ab]} "${a[@]~~}"; }; declare -f f
