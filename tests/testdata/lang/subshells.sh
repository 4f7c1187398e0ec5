# What a subshell inherits, however it is made: ( ) in this process, a
# pipeline stage (a goroutine, or with job control a re-executed jobsh), a
# background job, a subshell that must be a process (ulimit). Each case
# once failed in one of these ways.
### sparse array indexes in a pipeline stage
a[5]=x; a[9]=y; echo ${!a[@]} | cat; { echo ${!a[@]}; } | cat
### integer attribute in a pipeline stage
declare -i k=3; declare -p k | cat; { k=1+1; echo $k; } | cat
### readonly and export attributes in a stage
readonly r=1; export e=2; declare -p r e | cat; { r=3; echo "r=$r"; } 2>/dev/null | cat
### associative arrays in a stage
declare -A m=([k]=v [j]=w); { echo ${m[k]} ${m[j]}; } | cat; declare -A one=([k]=v); declare -p one | cat
### locals of the calling function in a stage
f() { local x=1; { echo "x=$x"; } | cat; }; f; echo "outside=${x-unset}"
### aliases listed in a stage
alias ll='ls -l'; alias | cat
### traps listed in a stage
trap 'echo hi' USR1; trap | cat; { trap; } | cat
### FUNCNAME in a stage and in a process subshell
f() { echo ${FUNCNAME[@]} | cat; (ulimit -n 1000; echo ${FUNCNAME[@]}); }; f
### ignored signal listed in a process subshell
trap "" USR1; (ulimit -n 1000; trap)
### integer attribute in a process subshell
declare -i n=1; (ulimit -n 1000; n=1+1; echo $n)
### ignored signal stays ignored in a process subshell
trap "" USR1; (ulimit -n 1000; kill -USR1 $BASHPID 2>/dev/null || kill -USR1 $(sh -c 'echo $PPID'); echo survived)
### a nested subshell lists the traps of the shell that set them
trap 'echo a' USR1; trap '' USR2; ( ( trap ) ); trap - USR2; ( ( trap ) )
### ERR under set -E: a simple command as a job member runs it in the parent only
set -E; trap 'echo ERR' ERR; f() { return 3; }; g() { false; echo g; }
f | cat; f & wait; { f; } | cat; g | cat; (f); echo end
### positional parameters and $0 in a stage
set -- a 'b c'; { echo "$# $1 $2"; } | cat; echo "$@" | cat
### status and last background pid in a stage
(exit 3); { echo $?; } | cat; sleep 0 & p=$!; { [ "$p" = "$!" ] && echo same-bang; } | cat; wait
### options in a stage
set -u -o pipefail; { echo ${nosuch:-dflt}; case $- in *u*) echo has-u;; esac; } | cat
### functions defined later are not seen by an earlier stage
{ f2 2>/dev/null || echo none; } | cat; f2() { echo f2; }; { f2; } | cat
### concurrent stages matching patterns
f() { i=0; while [ $i -lt 2000 ]; do i=$((i+1)); case "x$i" in y$i$1*) ;; esac; [[ $i == *$1 ]] && :; done; echo $1 $i; }
f a | f b | f c | cat
### an unbound variable in a subshell's redirection ends only the subshell, with 127 (stderr)
set -u
( : ) <<<$x; echo "st $?"
( echo in ) > /dev/null <<<$y || echo "failed $?"
echo end
### a background job killed by SIGTERM or SIGPIPE is not reported, nor one whose signal the shell traps
sleep 3 & kill $!; wait; sleep 3 & kill -PIPE $!; wait; trap 'echo t' USR2; sleep 3 & kill -USR2 $!; wait; echo end
### BASH_SUBSHELL and BASHPID in each kind of subshell
p=$$; [ $BASHPID = $$ ] && echo top-same; echo $BASH_SUBSHELL; (echo $BASH_SUBSHELL; [ $BASHPID != $p ] && echo sub-differs; (echo $BASH_SUBSHELL)); x=$(echo $BASHPID); [ $x != $p ] && echo subst-differs
echo $BASHPID | { read y; [ $y != $p ] && echo stage-differs; }; echo $(echo $BASH_SUBSHELL) | cat
echo $BASH_SUBSHELL | cat; { echo $BASH_SUBSHELL; } | cat; echo $BASH_SUBSHELL & wait; f(){ echo $BASH_SUBSHELL; }; f | cat; (echo $BASH_SUBSHELL) | cat
### LINENO in subshells that must be processes of their own is the line they are on
(ulimit -n 1000; echo $LINENO)
(ulimit -n 1000
echo $LINENO)
x=$(ulimit -n 1000; echo $LINENO); echo $x
f() {
  (ulimit -n 1000; echo f $LINENO)
}
f
{ echo a; echo $LINENO; } | cat; (umask 022; echo $BASH_SUBSHELL $LINENO) | cat
echo end $LINENO
### wait without operands waits for the last process substitution too
echo hi > >(sleep 0.3; tr h H); wait; echo end; cat < <(sleep 0.1; echo x); wait; echo y
