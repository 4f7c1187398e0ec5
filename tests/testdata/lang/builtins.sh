# Builtins.
### cd and pwd
cd /tmp; pwd; cd /; pwd
### cd dash and OLDPWD
cd /tmp; cd /; cd - ; echo $OLDPWD
### cd home
HOME=/tmp; cd; pwd
### cd relative and dotdot
mkdir -p a/b; cd a/b; pwd | sed 's|.*/||'; cd ..; pwd | sed 's|.*/||'
### cd updates PWD
cd /usr; echo $PWD
### export and env
export A=1 B; B=2; env | grep -E '^(A|B)=' | sort
### export -n
export A=1; export -n A; env | grep -c '^A='
### unset
a=1; unset a; echo "[${a-unset}]"
### unset function
f() { echo f; }; unset -f f; f 2>/dev/null; echo $?
### readonly
readonly r=1; r=2; echo $r
### set positional
set -- x y z; echo $2 $#; set --; echo $#
### set -x trace
set -x; echo traced; set +x 2>/dev/null
### shift
set -- a b c; shift; echo $@; shift 2; echo $#
### eval
eval 'x=5; echo $x'; eval echo '$x'
### eval with error
eval 'if'; echo $?
### source
echo 'sourced=yes; echo in source $1' > lib.sh; . ./lib.sh arg; echo $sourced
### source missing file
. ./nofile; echo $?
### source return
printf 'echo a\nreturn 3\necho b\n' > r.sh; . ./r.sh; echo $?
### exec replaces the shell
exec echo replaced; echo not reached
### read
read a b; echo "[$a] [$b]"; read c; echo "[$c]"
### read -r and REPLY
printf 'a\\b c\n' | { read -r; echo "$REPLY"; }
### read splits with IFS
IFS=: read a b c <<< "1:2:3:4"; echo $a $b $c
### read -a
read -a arr <<< "x y z"; echo ${arr[1]} ${#arr[@]}
### read -d and -n
read -d , a <<< "one,two"; echo $a; read -n 3 b <<< "abcdef"; echo $b
### read -N takes newlines and IFS characters whole, into the first name
printf ' a\nb' | { read -N 3 x y; echo "[$x|$y]"; }; printf ' a\nb' | { read -N 4 -a a; declare -p a; }
printf 'a\\b c' | { read -N 5; echo "[$REPLY]"; }; printf 'a\\b c' | { read -r -N 5 x; echo "[$x]"; }
### printf
printf '%s-%d|%5s|%-3s|%x\n' a 42 r l 255; printf '%s\n' a b c
### printf -v
printf -v out '%03d' 7; echo $out
### type
type cd; type -t ls; f() { :; }; type -t f; type -t if
### type not found
type nosuch; echo $?
### command -v
command -v ls; command -v cd; command -v nosuch; echo $?
### command skips functions
ls() { echo func; }; command ls -d /
### builtin
builtin echo via builtin
### colon and true
: ignored args; echo $?
### test
test 1 -eq 1 && echo eq; [ a = b ] || echo ne; [ -d / ] && echo dir; [ -z "" ] && echo empty; [ ! -f /nonexistent ] && echo nofile
### test numbers and errors
[ 1 -lt 2 ] && echo lt; [ abc -eq 1 ]; echo $?
### test compound
[ 1 = 1 -a 2 = 2 ] && echo both; [ 1 = 2 -o 2 = 2 ] && echo either; [ \( 1 = 1 \) ] && echo paren
### test: bash's words for malformed expressions, by the number of arguments (stderr)
test a b c; [ a b c ]; test -n a b; test a = b c; test ! a b; test a -a b c; test a b c d e; test "(" a b ")"; [ a -o ]; test x -eq; test a =~ a; test a -xx b c; test "(" a b c; test ! ; echo st=$?
### test: -a, -o, ! and parentheses; -t with and without an operand
test "(" a ")x"; echo $?; test ! ! a; echo $?; test -t; echo $?; test -t x; echo $?; test x -a "("; echo $?; test ! a = b -o c; echo $?; test 1 -eq " 1 "; echo $?; test "(" a -a b ")" -o x; echo $?; test -a a -a -a a; echo $?; test 1 -eq 1 -a 2 -lt 1 -o 3 -gt 2; echo $?
### test -N: modified since last read
>a; cat a; sleep 0.02; echo hi >>a; test -N a && echo modified; [[ -N a ]] && echo modified; cat a >/dev/null; test -N nosuch; echo $?
### help -s and -d: the synopsis and the one-line description (jobsh)
#= status 0
#= stdout cd: cd [-L|-P] [dir]
#= stdout cd - Change the shell's working directory.
#= stdout fg: fg [job_spec]
#= stdout time - Report the time (and memory) a pipeline used.
#= stdout times - Print the user and system times of the shell and of its children.
help -s cd; help -d cd; help -s fg; help -d ti
### help NAME prints the full page, with the exit status (jobsh)
#= status 0
#= stdout 1
#= stdout 1
help fg | grep -c 'Process groups and the terminal:'; help wait | grep -c '^    Exit Status:$'
### help set lists every option of set -o (jobsh)
#= status 0
#= stdout checked
help set > page; n=0; set +o > opts; while read -r _ _ name; do grep -q -e "-o $name " page || echo "missing $name"; n=$((n+1)); done < opts; [ $n -gt 10 ] && echo checked
### help time describes TIMEFORMAT and %M (jobsh)
#= status 0
#= stdout 1
#= stdout 1
help time | grep -c TIMEFORMAT= ; help time | tr -s ' \n' '  ' | grep -c '%M the largest maximum resident set size (max RSS, in KiB)'
### help -s of keywords prints bash's synopses
help -s for while until if case time function %
### help of an unknown topic (stderr)
help nosuchtopic; echo $?; help -d nosuch other; echo $?
### help with a pattern that matches nothing (stderr)
help 'zz*'; echo $?; help -s 'zz*' 'q?'; echo $?
### help with a bad option (stderr)
help -x; echo $?
### kill -l
kill -l | head -2; kill -l 130; kill -l INT; kill -l 15
### functions
f() { echo "args: $# $1"; return 4; }; f a b; echo $?
### function locals
x=g; f() { local x=l; echo $x; }; f; echo $x
### recursion
fact() { if [ $1 -le 1 ]; then echo 1; else echo $(( $1 * $(fact $(($1-1))) )); fi; }; fact 5
### function in a pipeline
f() { echo piped; }; f | tr a-z A-Z
### if elif else
x=2; if [ $x = 1 ]; then echo one; elif [ $x = 2 ]; then echo two; else echo other; fi
### while and until
i=0; while [ $i -lt 3 ]; do i=$((i+1)); echo $i; done; until [ $i -eq 0 ]; do i=$((i-1)); done; echo $i
### for
for x in a b c; do echo $x; done; for ((i=0;i<3;i++)); do echo -n $i; done; echo
### break and continue
for i in 1 2 3 4 5; do [ $i = 2 ] && continue; [ $i = 4 ] && break; echo $i; done
### nested break
for i in 1 2; do for j in a b; do echo $i$j; break 2; done; done
### case
for w in apple banana cherry; do case $w in a*) echo A;; b*|c*) echo BC;; esac; done
### double brackets
[[ abc == a* ]] && echo match; [[ -n x && 1 -lt 2 ]] && echo both; [[ foo =~ ^f(o+)$ ]] && echo ${BASH_REMATCH[1]}
### arithmetic command
(( 3 > 2 )) && echo yes; (( 0 )); echo $?
### arrays
a=(one two three); echo ${a[0]} ${#a[@]}; a[5]=six; echo ${a[@]}; a+=(seven); echo ${#a[@]}
### associative arrays
declare -A m; m[k]=v; m[x]=y; echo ${m[k]} ${m[x]}; echo ${!m[@]} | tr ' ' '\n' | sort
### declare
declare -i n=5+5; echo $n; declare -x E=1; env | grep '^E='
### umask
umask; umask -S; umask 027; umask; touch f; ls -l f | cut -c1-10
### ulimit
ulimit -c 0; ulimit -c; ulimit -Sn 100; ulimit -n; (ulimit -n 50; ulimit -n); ulimit -n
### ulimit too high
ulimit -Hn 1000; ulimit -n 2000; echo $?
### bind without line editing warns and goes on (stderr)
bind '"\e[A": history-search-backward'; echo st=$?
### shopt globbing options
touch .hidden a.txt; mkdir -p d/e; touch d/e/f.txt; echo *; shopt -s dotglob; echo *; shopt -u dotglob; echo *.none; shopt -s nullglob; echo [*.none]; shopt -u nullglob; shopt -s globstar; echo **/*.txt; shopt -s nocaseglob; echo A.TXT
### shopt listing and status
shopt dotglob nullglob; shopt -s nullglob; shopt -p nullglob; shopt -q nullglob; echo $?; shopt -q dotglob; echo $?
### shopt bad name
shopt -s nosuchopt; echo $?
### export of a readonly variable exports it, at top level and after a function
readonly R=1; export R; env | grep '^R='; f() { readonly b=foo; }; f; export b; env | grep '^b='; export -p | grep -E ' (R|b)='
### test: three arguments need a binary operator, leftovers are too many (stderr)
test a b c; echo $?; test -n 1 3 5; echo $?; test a = b -x; echo $?; test ! a b c; echo $?; test a -a b c; echo $?; [ x y z ]; echo $?
### an ambiguous job spec: jobs and disown also say no such job, kill and wait do not (stderr)
sleep 0.3 & sleep 0.3 & wait %sleep; echo st=$?; disown %sleep; echo st=$?; jobs %sleep; echo st=$?
kill %sleep; echo st=$?; wait
### mapfile -C runs a callback every -c lines, before the line is stored; -d '' keeps no NUL (stderr)
mapfile -c 0 a < /dev/null; echo $?; mapfile -c x a </dev/null; echo $?; mapfile -C; echo $?
mapfile -t -C "f() { declare -p a; echo cb \$*; }; f" -c 1 -s 1 -O 3 a < <(printf "%s\n" 1 2 3); declare -p a
x() { echo "x $1 [$2]"; }; printf "a\nb\n" | { mapfile -t -C x -c 1; declare -p MAPFILE; }
mapfile -C "echo cb" -c 2 a < <(printf "%s\n" 1 2 3 4 5); declare -p a; printf "1\n2\n3\n" | { mapfile -n 2 -s 1 z; declare -p z; }
mapfile -d "" -C "echo q" -c 1 w < <(printf "a b\0it's\0"); declare -p w
