# Simple commands, lists and pipelines.
### echo
echo hello world
### echo flags
echo -n a; echo -e 'b\tc'; echo -E 'd\te'; echo -neE x; echo; echo -x
### true false status
true; echo $?; false; echo $?; ! false; echo $?; ! true; echo $?
### and or
true && echo a; false && echo b; false || echo c; true || echo d; false && echo e || echo f
### and or status
false && true; echo $?; true || false; echo $?
### semicolons and newlines
echo a; echo b
echo c
### pipeline
echo hi | tr a-z A-Z
### long pipeline
printf '3\n1\n2\n' | sort | head -n 2 | tr '\n' ' '; echo
### pipeline status is the last stage
false | true; echo $?; true | false; echo $?
### pipefail
set -o pipefail; false | true; echo $?; true | (exit 3) | true; echo $?
### PIPESTATUS
true | false | (exit 7); echo ${PIPESTATUS[@]}
### pipe stderr with |&
ls /nonexistent-dir |& sed 's/.*/err seen/'
### |& adds 2>&1 after the stage's own redirections (stderr)
mkdir a; echo foo >a |& grep -c -i 'is a directory'; echo $?; { echo out; echo err >&2; } >f |& cat; cat f; f() { echo fo; echo fe >&2; }; f |& tr a-z A-Z; echo e 2>/dev/null >&2 |& cat
### external command with args
/bin/echo a  b   c
### command from PATH
ls -d /
### assignments
a=1; b=$a$a; echo $a $b
### assignment for one command only
x=outer; x=inner env | grep '^x='; echo $x
### the last of two assignments to one name is what the command gets
foo=a foo=b env | grep ^foo=; f() { echo $x; }; x=1 x=2 f
### a binary file the kernel will not run is not run as a script; a text file is (stderr)
printf '\0\n' >a; chmod +x a; ./a; echo $?; printf '\177ELF\0\0' >c; chmod +x c; ./c; echo $?; printf 'echo hi\n' >b; chmod +x b; ./b; : >e; chmod +x e; ./e; echo $?; printf 'echo x\n\0' >f; chmod +x f; ./f; echo $?; ./a | cat; echo $?
### assignment is not exported without export
y=1; env | grep -c '^y=' ; export y; env | grep '^y='
### special parameters
set -- a 'b c' d; echo $#; echo "$1" "$2"; echo "$@"; for a in "$@"; do echo "[$a]"; done; for a in "$*"; do echo "[$a]"; done
### dollar zero with -c
echo "$0" | grep -c .
### dollar dollar is a number
case $$ in *[!0-9]*) echo no;; *) echo yes;; esac
### background and dollar bang
sleep 0.1 & p=$!; wait $p; echo $?; case $p in *[!0-9]*) echo bad;; *) echo pid;; esac
### background job status through wait
(exit 5) & wait $!; echo $?
### wait for all
for i in 1 2 3; do (sleep 0.0$i; echo $i) & done > out; wait; sort out; echo all
### subshell does not change the parent
x=1; (x=2; echo $x); echo $x
### subshell cd
(cd /tmp && pwd); pwd | grep -c tmp
### subshell exit
(exit 3); echo $?; (exit 300); echo $?
### group
{ echo a; echo b; } | wc -l
### group changes the shell
{ x=5; }; echo $x
### command substitution
x=$(echo a; echo b); echo "$x"; echo $(echo c   d)
### backquotes
echo `echo hi`
### nested substitution
echo $(echo $(echo deep))
### substitution trims trailing newlines
x=$(printf 'a\n\n\n'); echo "[$x]"
### substitution status
x=$(exit 4); echo $?
### substitution with external command
n=$(printf 'a\nb\n' | wc -l); echo $n
### arithmetic
echo $((1+2*3)) $((7/2)) $((7%3)) $(( (1+2)*3 )) $((2**10))
### arithmetic with variables
i=5; echo $((i+1)) $((i*i)); ((i++)); echo $i
### parameter defaults
unset u; echo ${u:-def} ${u-def2}; u=; echo "[${u:-def}]" "[${u-def2}]"; echo ${u:=set}; echo $u
### parameter alternative and length
v=hello; echo ${v:+alt} ${#v} ${v:1:3} ${v#he} ${v%lo} ${v/l/L} ${v//l/L} ${v^^}
### brace expansion
echo {a,b,c}x x{1..3} {3..1}
### tilde
echo ~ | grep -c /
### tilde with a user name, from the account database
echo ~root ~root/sub ~no_such_user_jobsh "~root" \~root; a=~root/b; echo $a
### tilde after a colon in an assignment
p=/bin:~root/bin:~/x; echo $p | sed "s#$HOME#H#g"; q=~root:~root; echo $q; export R=x:~root; echo $R
r=x\:~root s="x:~root" t=~nobody_jobsh_x:~root; echo $r $s $t; u=a:~root env | grep ^u=
### backslash escapes in values are removed, not in patterns
a=foo\ bar; echo "$a"; b=x\$1\\; echo "$b"; export c=it\'s; echo "$c"; f() { local d=a\"b; echo "$d"; }; f
e=(x\$1 "y"); echo ${e[0]}; g=1\ 2 env | grep ^g=; cat <<< here\$x
case a\$b in "a\$b") echo case-y;; esac; [[ a\$b == "a\$b" ]] && echo test-y; [[ -n \  ]] && echo n-y
[[ a* == a\* ]] && echo pat-y; [[ ab == a\* ]] || echo pat-n; [[ a.b =~ a\.b ]] && echo re-y; [[ axb =~ a\.b ]] || echo re-n
### tilde in an argument that looks like an assignment
echo x=~root y=a:~root --z=~root a+=~root "q=~root" w=~root\$q v=~root* | sed "s#$HOME#H#g"
### globbing
touch b.txt a.txt c.log; echo *.txt; echo *.none; echo [ab]*
### quoting
echo 'single $x' "double $HOME" | grep -c single; echo "a\"b" 'c'\''d' $'e\tf'
### comments
echo a # comment
# whole line
echo b
### line continuation
echo a \
  b
### here document
cat <<EOF
one $((1+1))
  two
EOF
### quoted here document
x=1; cat <<'EOF'
no $x expansion
EOF
### here document with tabs stripped
cat <<-EOF
	tabbed
		twice
	EOF
### here string
cat <<< "here $((2+2))"; tr a-z A-Z <<< word
### read from here string
read a b <<< "one two three"; echo "$a|$b"
### background jobs read /dev/null without job control
cat & wait; echo waited
### wait -n returns the next job's status
sleep 0.3 & (exit 3) & wait -n; echo $?; wait; echo $?
### wait -p names the job
(exit 4) & p=$!; wait -n -p who; echo $? $(( who == p ))
### wait for an unknown pid
wait 999999; echo $?
### kill with -s and -n
sleep 10 & kill -s TERM $!; wait $!; echo $?; sleep 10 & kill -n 9 $!; wait $!; echo $?
### kill -l of an exit status
kill -l 137; kill -l 143
### exec in a subshell ends only the subshell
(exec echo hi); echo after $?; x=$(exec echo sub); echo "$x"; (cd /; exec pwd); pwd | grep -c /
### an element or an array before a command: bash rejects the first, stringifies the second (stderr)
arr[2]=x echo hi; echo st=$?; i=1; b[$i]=2 env | grep -c '^b'; a=(1 2) env | grep ^a=; g() { declare -p a; }; a=(3 x) g
### a comment ending in a backslash, between function definitions (git's completion script)
f() {
	local x
}

# example:
# result="$(f "-d" "--x=" \
#     "yes no")"
#
g ()
{
	echo g
}
g; echo a # c\
echo b
### a builtin stage named by an expansion
h=echo; $h hi | cat; echo ${PIPESTATUS[@]}; p=printf; $p '%s\n' a b | tr a-z A-Z; e=pwd; $e | wc -l
### writer builtin stages: output, statuses, a reader that leaves early
echo x | cat; printf '%s\n' {1..20000} | head -n 1; echo ${PIPESTATUS[@]}; false | cat; echo $?; type echo | cat; alias a=b; alias | cat; declare -i n=3; declare -p n | cat
### a function named like a writer builtin is not the builtin
echo() { builtin echo "f:$*"; }; echo a | cat; unset -f echo; echo b | cat
### function stages that only write, and ones that do more
f() { local a=$1; for i in a b; do [ $i = a ] && echo $a$i || printf '%s\n' $i; done; return 3; }; f Q | cat; echo ${PIPESTATUS[@]}
g() { echo g; f x; }; g | cat; h() { echo $(echo sub); }; h | cat; k() { select x in a; do echo $x; break; done; }; echo 1 | k 2>&1 | cat
r() { echo r$1; [ $1 -lt 3 ] && r $(($1+1)); }; r 1 | cat; w() { n=0; while [ $n -lt 2 ]; do echo w$n; n=$((n+1)); done; }; w | cat
### a directory named as the script: Is a directory, 126 (stderr)
/proc/$$/exe /etc; echo rc=$?
### ! ! undoes itself, as many times as it is written
! ! true; echo $?; ! ! ! true; echo $?; ! ! false; echo $?; set -e; ! ! true; echo after
