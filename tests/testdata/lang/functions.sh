# Functions: definition, arguments, return, local, recursion, pipelines.
### define and call
greet() { echo "hello $1"; }; greet world; greet
### function keyword
function shout { echo "${1^^}"; }; shout quiet
### function keyword with parens
function f() { echo f; }; f
### arguments and count
f() { echo "$# [$1] [$2] [$*]"; }; f a 'b c' d; f
### quoted at inside a function
f() { for a in "$@"; do echo "<$a>"; done; }; f 'x y' '' z
### positional parameters restored after the call
set -- outer; f() { set -- inner; echo $1; }; f; echo $1
### dollar zero inside a function stays
f() { echo "$0" | grep -c .; }; f
### return status
f() { return 3; }; f; echo $?; g() { false; }; g; echo $?; h() { true; return; }; h; echo $?
### return without a value keeps the last status
f() { false; return; }; f; echo $?
### return stops the function
f() { echo a; return 0; echo b; }; f
### return from inside a loop
f() { for i in 1 2 3; do [ $i = 2 ] && return $i; echo $i; done; }; f; echo st $?
### local variables
x=global; f() { local x=local; echo $x; }; f; echo $x
### local without a value
x=g; f() { local x; echo "[${x-unset}]"; x=set; }; f; echo $x
### local is dynamic scope
x=g; inner() { echo $x; }; outer() { local x=o; inner; }; outer; inner
### local in recursion
f() { local n=$1; [ $n -le 0 ] && return; f $((n-1)); echo $n; }; f 3
### recursive factorial
fact() { if [ $1 -le 1 ]; then echo 1; else echo $(( $1 * $(fact $(( $1 - 1 ))) )); fi; }; fact 10
### fibonacci with command substitution
fib() { [ $1 -lt 2 ] && { echo $1; return; }; echo $(( $(fib $(($1-1))) + $(fib $(($1-2))) )); }; fib 12
### global assignment from a function
f() { y=set_in_f; }; f; echo $y
### function output captured
f() { echo one; echo two; }; v=$(f); echo "$v" | wc -l
### function in a pipeline
f() { while read l; do echo "f:$l"; done; }; printf 'a\nb\n' | f | tr a-z A-Z
### function reading a pipe changes nothing outside
n=0; f() { n=5; }; echo | f; echo $n
### function redirection on definition
f() { echo to-file; } > out; f; cat out
### function redirected at the call
f() { echo a; echo b >&2; }; f 2>/dev/null; f 2>&1 >/dev/null | tr b B
### function in the background
f() { echo bg $1; }; f 1 & wait; echo done
### functions calling functions
a() { b "$@" x; }; b() { echo "$# $*"; }; a 1 2
### redefining a function
f() { echo old; }; f; f() { echo new; }; f
### unset -f
f() { echo f; }; unset -f f; f 2>/dev/null; echo $?
### function and variable with the same name
f=var; f() { echo func; }; f; echo $f; unset f; f; unset -f f; type f >/dev/null 2>&1; echo $?
### declare -f prints a function
f() { echo hi; }; declare -f f >/dev/null; echo $?; declare -F f
### type of a function
f() { :; }; type -t f; type -t echo; type -t ls; type -t if
### FUNCNAME
f() { echo $FUNCNAME; g; }; g() { echo "${FUNCNAME[0]} ${FUNCNAME[1]}"; }; f
### local array
f() { local -a arr=(1 2 3); echo ${#arr[@]}; }; f; echo "[${arr[@]}]"
### local -i
f() { local -i n=2+3; echo $n; }; f
### function exit status in if
ok() { return 0; }; bad() { return 1; }; if ok && ! bad; then echo both; fi
### exit inside a function ends the shell
f() { echo before; exit 4; }; f; echo not reached
### function with a here document
f() { cat <<END
line $1
END
}; f one
### set -e inside a function called in a condition
set -e; f() { false; echo still; }; if f; then echo cond; fi; echo end
### return outside a function
return 2>/dev/null; echo $?
### local outside a function
local x=1 2>/dev/null; echo $?
### counter with global state
count=0; inc() { count=$((count+1)); }; for i in 1 2 3; do inc; done; echo $count
### argument with spaces forwarded
f() { g "$@"; }; g() { printf '[%s]' "$@"; echo; }; f 'a b' c ''
### shift inside a function
f() { while [ $# -gt 0 ]; do echo $1; shift; done; }; f x y z
### function named like a builtin wins
echo() { builtin echo "wrapped: $*"; }; echo hi
### command skips functions
ls() { echo fake; }; command ls -d / ; ls
### function writing into a pipe whose reader left
f() { while :; do echo y; done; }; f | head -1; echo ${PIPESTATUS[@]}
### return in a pipeline stage inside a function
f() { echo a | { read v; return 4; }; echo "st $? ${PIPESTATUS[@]}"; (return 5); echo "sub $?"; }; f
### unset of a caller's local shows the variable below it (bash-completion's _upvars)
up() { unset -v "$1" && eval $1=\"\$2\"; }; f() { local cur=old; up cur new; echo "in f: $cur"; }; g() { local cur; f; echo "in g: [$cur]"; }; g; echo "top: [$cur]"
h() { local cur; up cur v2; declare -p cur; }; h; k() { local x=1; unset x; echo "[${x-unset}]"; x=2; }; x=g; k; echo $x | cat
### a definition followed by && or || (bash-completion's `_f() {...} && complete -F _f f`)
f() { echo body; } && echo defined; f; f; g() { echo g; } || echo never; g
### local's value is that of the variable it hides; a local of an exported variable is exported
X=1; f() { local X=$X:2; declare -p X; }; f; declare -p X; export E=1; g() { local E=2; env | grep '^E='; local PATH=$PATH:/nonexistent; echo "$(echo found)"; }; g
### an error in a function is named after the file it was defined in: environment for -c, the sourced file (stderr)
f() { return a; }; f; g() { nosuch; }; eval g; (g); x=$(g); printf 'h() { nosuch; }\nk() { g; }\n' >l.sh; . ./l.sh; h; k; m() { . ./l.sh; h; nosuch2; }; m
### declare -f and type lay a function out as bash does
f() { echo a; if true; then echo b; elif false; then :; else echo c; fi; for i in 1 2; do echo $i; done; x=$(ls) ; echo "$x" | cat > /dev/null 2>&1 && true || false; while :; do break; done; until false; do break; done; case $x in a|b) echo y;; *) ;; esac; { echo g; }; ( echo s; echo t ); [[ -n $x ]]; (( x++ )); local v=1; ! true | cat; echo a >&2 <in; for ((i=0;i<2;i++)); do echo $i; done; cat <<EOF
hi $x
EOF
sleep 1 & }; declare -f f; type f; g() ( echo sub ); declare -f g; h() { :; }; type h; k() { x() { :; }; }; declare -f k
### a function definition is the first command of an and-or list
f() { echo f; } && echo defined; f; g() { :; } || echo no; h() { echo h; } && i() { echo i; }; h; i; declare -F
### export -f gives a function to the commands run (BASH_FUNC_f%%), for bash -c, xargs, timeout
f() { echo "f $1"; local x=$1; }; export -f f; declare -F; export -f; env | grep -A2 '^BASH_FUNC_f%%='
bash -c 'f bash'; echo x | xargs -I{} bash -c 'f {}'; timeout 5 bash -c 'f timeout'
export -nf f; bash -c 'f gone' 2>/dev/null; echo "st=$?"; export -f nosuch; echo "st=$?"
g() { echo g; }; export -f g; unset -f g; env | grep -c BASH_FUNC
### deep recursion runs; FUNCNEST bounds it, giving up the line (stderr)
r() { (( $1 > 0 )) && r $(( $1 - 1 )); }; r 2500; echo "st=$?"
FUNCNEST=5; f() { f; }; f; echo "not here"
echo next; FUNCNEST=; r 50; echo "st=$?"
### local - gives set's options back when the function returns (shopt's stay)
opts() { echo "$1: ${-//[^eu]/}"; }
f() { local -; set -e; set -o pipefail; shopt -s nullglob; opts in; }; opts before; f; opts after
shopt -o pipefail; shopt nullglob; g() { set -u; h; opts g; }; h() { local -; set +u; opts h; }; g; opts end
### FUNCNEST given before a call, or local to a caller, bounds the calls under it (stderr)
f(){ f; }; FUNCNEST=5 f; echo rc=$?; g() { local FUNCNEST=3; h; }; h() { h; }; g; echo rc=$?; k() { FUNCNEST=2 h; }; k; echo rc=$?
### declare -f writes words, assignments and arithmetic as they were written, and here-documents as bash keeps them
f() { echo $(( a + 1 )) $((b*2)); (( c = 3 )); ((c=3)); x=$[ 1 + 2 ]; for (( i=0 ; i<2 ; i++ )); do :; done; for ((;;)); do break; done; a[ 1 + 1 ]=3; echo ${a[ 1 + 1 ]} ${x:1 + 1: 2} "q"'s' $x; case "$x" in "a"|b*) echo  yes ;; esac; let "x = 1" y=2; }
declare -f f; type f | head -3; export -f f; env | grep -A2 "^BASH_FUNC_f"
g() { cat <<"E" > "/dev/null"
 body $x
E
cat <<\F
b
F
cat <<-H
	d
		e
	H
}
declare -f g
