# Where bash forks before it expands: a ( ) with its redirections, a
# pipeline stage, `cmd &`, and the redirections of a program. The
# expansions happen in the child, so they change nothing in the shell, and
# an error in one ends only the child, with the status its top level gives
# (127 for a simple command forked by a -c shell, 1 for a subshell, 1
# under set -e).
### a subshell's redirections are expanded in the subshell (stderr)
v=0; ( : ) <<<$((v++)); echo $v; ( cat ) <<<"in $((v+=5))"; echo $v
v=a; ( : ) <<<$((v++)); echo $v
### a subshell's here-document is expanded in the subshell
v=0; ( cat ) <<EOF
x $((v++))
EOF
echo $v
### a subshell that must be a process expands its redirections too
v=0; ( ulimit -n >/dev/null; cat ) <<<$((v++)); echo $v
### a group and a loop expand their redirections in the shell
v=0; { :; } <<<$((v++)); for i in 1; do :; done <<<$((v++)); while false; do :; done <<<$((v++)); echo $v
### a pipeline stage expands its words in the stage
v=0; : | cat /dev/null $((v++)); cat /dev/null $((v++)) | :; echo $v
v=0; : | cat <<<$((v++)); echo $v; echo ${u=3} | cat; echo ${u-unset}
### a program's redirections are expanded in the child (stderr)
v=0; cat /dev/null <<<$((v++)); nosuch <<<$((v+=2)); echo $v
v=0; command cat /dev/null <<<$((v++)); command -p cat /dev/null <<<$((v++)); echo $v
v=0; command echo <<<$((v++)); f() { :; }; command f <<<$((v++)); echo $v
### an error in a subshell's redirection ends the subshell (stderr)
( echo no ) </nonexistent; echo $?; set -u; ( echo no ) <<<$x; echo $?
### set -u in a pipeline stage: 127 for a simple command, 1 for a compound one (stderr)
set -u; echo $x | cat; echo ${PIPESTATUS[@]}; cat $x | cat; echo ${PIPESTATUS[@]}
set -u; x=$y | cat; echo ${PIPESTATUS[@]}; cat <<<$y | cat; echo ${PIPESTATUS[@]}
set -u; { echo $x; } | cat; echo ${PIPESTATUS[@]}; [[ $x ]] | cat; echo ${PIPESTATUS[@]}
### set -u in a function stage and in eval in a stage (stderr)
set -u; f() { echo $x; }; f | cat; echo ${PIPESTATUS[@]}; eval 'echo $x' | cat; echo ${PIPESTATUS[@]}
### set -u in a subshell and a stage inside a function stage
set -u; g() { (echo $x); echo in $?; echo $x | cat; echo in ${PIPESTATUS[@]}; }; g | cat
### set -u in the background (stderr)
set -u; echo $x & wait $!; echo $?; (echo $x) & wait $!; echo $?; cat $x & wait $!; echo $?
### set -u in a program's redirection ends only the program (stderr)
set -u; cat <$x; echo $?; nosuch <$x; echo $?; command cat <$x; echo $?; echo hi <$x; echo not reached
### set -u with set -e ends the shell with 1 (stderr)
set -eu; if echo $x; then :; fi; echo not reached
### set -u with set -e in a stage (stderr)
set -eu; echo $x | cat; echo ${PIPESTATUS[@]}; cat <$x; echo not reached
### set -u in a group and a function end a -c shell with 127 (stderr)
set -u; f() { { echo $x; }; }; f; echo not reached
### ${x?} in a stage and in the shell (stderr)
echo ${x?oops} | cat; echo ${PIPESTATUS[@]}; echo ${x?oops}; echo not reached
### an arithmetic error in a stage ends only the stage (stderr)
cat $((1/0)) | cat; echo ${PIPESTATUS[@]}; echo $((1/0)) | cat; echo after
### a background command that cannot start still has a pid (stderr)
nosuch & wait $!; echo $?; cat </nonexistent & wait $!; echo $?
### set -u and the length of an unset array abandon the line with 1 (stderr)
set -u; unset arr; arr[2]=${#arr[@]}; echo not reached
echo next $?; x=$(echo ${#arr[*]}; echo in); echo "$? $x"; ( declare z=${#arr[@]} ); echo $?
### set -u and the length of an unset array in a stage (stderr)
set -u; unset arr; echo ${#arr[@]} | cat; echo ${PIPESTATUS[@]}
### set -u and a negative subscript of an unset array (stderr)
set -u; unset arr; echo ${arr[-1]:-d}; arr=(a); echo ${arr[-2]}; echo not reached
### set -u and a negative subscript of an empty array in a case word (stderr)
set -u; unset arr; case ${arr[-1]} in *) echo no;; esac; echo not reached
### the keys of an unset array and of a scalar
unset arr; echo "[${!arr[@]}]"; set -u; s=x; echo ${!s[@]} "${!arr[*]}"
### set -u in a compound stage's redirections: 127, in its body: 1 (stderr)
set -u; ( : ) <<<$x | cat; echo ${PIPESTATUS[@]}; { :; } <<<$x | cat; echo ${PIPESTATUS[@]}; ( : ) <<<$x & wait $!; echo $?
set -u; for i in 1; do :; done <<<$x | cat; echo ${PIPESTATUS[@]}; [[ a ]] <<<$x | cat; echo ${PIPESTATUS[@]}; ((y)) <<<$z | cat; echo ${PIPESTATUS[@]}
set -u; [[ $x ]] | cat; echo ${PIPESTATUS[@]}; ((x)) | cat; echo ${PIPESTATUS[@]}; ( echo $x ) & wait $!; echo $?; { echo $x; } & wait $!; echo $?
### set -u in a declaration stage (stderr)
set -u; declare x=$y | cat; echo ${PIPESTATUS[@]}; declare x=1 <<<$y | cat; echo ${PIPESTATUS[@]}
### set -u in the redirections of a subshell that must be a process (stderr)
set -u; ( ulimit -n >/dev/null; : ) <<<$x; echo $?
### set -u and ${#x[i]} of a name that is no array (stderr)
set -u; a=(1); echo ${#a[5]}; x=5; echo ${#x[1]}; echo not reached
echo next $?; declare -A m; echo ${#m[k]}; echo not reached
echo next $?; echo ${#nope[0]}; echo not reached
### set -u and indirection: ${!x} of an unset x, of an unset name, ${!prefix*} (stderr)
set -u; echo "[${!nope*}]"; x=nope; echo ${!x:-d} ${!x-e} ${!x:+f}; echo ${!x}; echo not reached
echo next $?; echo ${!nope}; echo not reached
### indirection with an operator acts on the variable named
x=nope; echo ${!x:-d} ${!x-e} ${!x:+f} ${!x+g}; y=; x=y; echo ${!x:-f} ${!x-h} ${!x:+i} ${!x+j}
v=hello; x=v; echo ${!x:1:3} ${!x/l/L} ${!x^^} ${!x#h}; x=nope; echo ${!x:=v} $nope
### indirection with ${!x:?} names !x (stderr)
x=nope; echo ${!x:?oops}; echo not reached
### set -u in an integer's arithmetic ends the shell (stderr)
set -u; declare -i n; n=1+nope; echo not reached
### set -u names $1 so, and ${1} without the dollar (stderr)
set -u; echo "${2-x}"; (echo $1); (echo ${1}); (echo ${1:0:1}); echo $(( $1 + 1 ))
### what a copy expands for a program's fork counts no subshell level
cat <<<$BASH_SUBSHELL | cat; cat <<<$BASH_SUBSHELL; : | cat <<<$BASH_SUBSHELL; ( cat ) <<<$BASH_SUBSHELL; ( cat ) <<<$BASH_SUBSHELL | cat
### set -u in let forked as a pipeline stage or with &: the -c shell's top level answers 127, as for any builtin
set -u; echo a | let "x=$y"; echo $?; let x=$y & wait $!; echo $?
echo a | let x=1+1; echo $?
