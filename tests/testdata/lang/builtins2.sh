# alias, hash, mapfile, process substitution, read options, exec on the shell's fds.
### alias in a script with expand_aliases
shopt -s expand_aliases
alias greet='echo hello' sudo='sudo ' e='echo'
greet world; e "a b"
### an alias ending in a blank makes the next word a candidate, the same alias too
shopt -s expand_aliases; alias foo='echo ' s='echo s ' t='s '
foo foo; foo bar; foo foo foo; t t x
### alias listing and lookup
alias b='echo b' a='echo "it'"'"'s"'; alias; alias a; alias nope; echo $?
### alias defined on the same line does not apply yet
shopt -s expand_aliases
alias x='echo expanded'; x 2>/dev/null; echo $?
x
### alias is not expanded when quoted
shopt -s expand_aliases
alias ls='echo aliased'
\ls -d /; 'ls' -d /; ls
### alias of itself with arguments
shopt -s expand_aliases
alias ls='ls -d'
ls /
### alias with a list and a redirection
shopt -s expand_aliases
alias two='echo one; echo two'
two > f; echo --; cat f
### alias expanded inside a function when it is defined
shopt -s expand_aliases
alias v='echo old'
f() { v; }
alias v='echo new'
f; v
### aliases are not expanded in scripts by default
alias q='echo aliased'
q 2>/dev/null; echo $?
### unalias
shopt -s expand_aliases
alias p='echo p'
unalias p; p 2>/dev/null; echo $?; unalias p; echo $?; unalias; echo $?
### type of an alias
shopt -s expand_aliases
alias zz='echo z'
type -t zz; echo $?
### hash lists what ran
hash; ls / > /dev/null; ls / > /dev/null; hash | tail -n 1 | sed 's/ .*ls$/ ls/' | tr -s ' \t' ' '
### hash names and -t and -d
hash cat; hash -t cat | grep -c cat; hash -d cat; hash -t cat; echo $?; hash no-such-cmd; echo $?
### an empty or unset PATH runs a command from the working directory (stderr)
printf '#!/bin/sh\necho ran\n' >a; chmod +x a; PATH=; a; type a | sed "s#$PWD#DIR#"; hash; ls; echo st=$?; unset PATH; a; type -P ls; echo st=$?
### PATH=dir before a command is where the command is looked up, and nothing is hashed (stderr)
mkdir -p b2; printf '#!/bin/sh\necho in-b2 "$X"\n' > b2/only-here; chmod +x b2/only-here
PATH=$PWD/b2:$PATH only-here; X=1 PATH=$PWD/b2 only-here | cat; f() { PATH=$PWD/b2 only-here; }; f; hash; type only-here
PATH=/nonexistent ls; echo rc=$?; hash -r; PATH=$PWD/b2 X=2 only-here; hash
### a relative PATH entry gives a relative path, kept as ./dir/name once run (stderr)
mkdir bin; printf '#!/bin/sh\necho ran\n' >bin/x; chmod +x bin/x; cp bin/x y; PATH=bin:/bin; type x; command -v x; x; type x; hash -t x; PATH=:/bin; y; hash -l; PATH=/; hash -l
### type and command -v look up without remembering; command -v is true when any name is found (stderr)
type cat >/dev/null; command -v cat >/dev/null; hash; f() { :; }; command -v nosuch f; echo st=$?; command -v nosuch; echo st=$?; type -P nosuch; echo st=$?; type -p nosuch; echo st=$?
### wait: 1 for an operand that is no pid or job, 127 for one that is not ours (stderr)
wait foo; echo $?; wait 1x; echo $?; wait %9; echo $?; wait 99999; echo $?; wait foo %9; echo $?; sleep 0.1 & wait foo $!; echo $?
### hash -r empties
ls / >/dev/null; hash -r; hash
### hash -p
hash -p /bin/echo myecho; myecho via-hash; hash -t myecho
### mapfile
printf 'a\nb\nc\n' > f; mapfile -t lines < f; echo ${#lines[@]} "${lines[1]}"
### mapfile keeps newlines without -t
printf 'x\ny\n' > f; mapfile arr < f; printf '[%s]' "${arr[@]}"; echo
### mapfile skip count origin
seq 10 > f; mapfile -t -s 2 -n 3 -O 1 a < f; declare -p a
### mapfile with a delimiter
mapfile -t -d , parts <<< "a,b,c"; printf '<%s>' "${parts[@]}"; echo
### readarray into MAPFILE
printf '1\n2\n' | { readarray; echo ${#MAPFILE[@]}; }
### process substitution input
cat <(echo from-procsub)
### process substitution with diff
diff <(printf 'a\nb\n') <(printf 'a\nc\n'); echo status $?
### process substitution feeding a loop keeps variables
n=0; while read l; do n=$((n+l)); done < <(seq 4); echo $n
### process substitution output
echo to-procsub > >(tr a-z A-Z); wait; sleep 0.2
### process substitution as a source
source <(echo 'sv=sourced'); echo $sv
### process substitution path
echo <(true) | grep -c '^/dev/fd/'
### read -r keeps backslashes
printf 'a\\tb\n' | { read -r x; echo "$x"; }; printf 'a\\tb\n' | { read x; echo "$x"; }
### read -a
echo 'p q r' | { read -a arr; echo ${#arr[@]} ${arr[2]}; }
### read -d
printf 'one;two' | { read -d ';' x; echo $x; }
### read -n
echo abcdef | { read -n 3 x; echo $x; }
### read -t times out
read -t 0.2 x < <(sleep 1); echo $?
### read -p prompt goes to stderr
echo val | { read -p 'prompt> ' x 2>/dev/null; echo $x; }
### read into REPLY
echo hi | { read; echo "$REPLY"; }
### read into REPLY loses the backslashes that quote (stderr)
read <<< '  a \b \\ c\'; echo "[$REPLY]"; read -r <<< ' a\b '; echo "[$REPLY]"
### read -e, -i and -p act only on a terminal; the usage lists every option (stderr)
read -e -i text -p prompt v <<< 'in \put'; echo "[$v]"; read -X; echo st=$?; read -p; echo st=$?
### read splits the rest into the last variable
echo 'a b c d' | { read x y; echo "$x|$y"; }
### read at end of input
read x < /dev/null; echo $? "[$x]"
### read a line without a newline
printf 'last' | { read x; echo $? $x; }
### exec opens a descriptor for the shell
exec 3> out; echo to-three >&3; echo more >&3; exec 3>&-; cat out
### exec reads from a descriptor
printf 'l1\nl2\n' > in; exec 4< in; read a <&4; read b <&4; exec 4<&-; echo $a $b
### exec redirects the shell's stdout
exec 3>&1 > log; echo into-log; exec 1>&3 3>&-; echo back; cat log
### exec redirection failure goes on
exec 3< /nonexistent; echo after $?
### writing to a closed descriptor
exec 5>&-; echo x >&5; echo $?
### here string and here doc
cat <<< "here $((1+1))"; cat <<'END'
literal $x
END
### pwd -P and cd with symlinks
mkdir real; ln -s real link; cd link; basename "$(pwd)"; pwd -P | xargs basename; cd ..; [ -d real ] && echo back
### read keeps empty fields between delimiters
for inp in 'dev,,x' ',eve,1' 'a,b,' 'a,b,,' ',,' 'a\,b,c'; do IFS=, read -r p q r <<< "$inp"; echo "<$p|$q|$r>"; IFS=, read p q <<< "$inp"; echo "<$p|$q>"; IFS=, read -a arr <<< "$inp"; echo "${#arr[@]}"; done
### read with mixed IFS
IFS=' :' read a b c <<< '  x : y   z  '; echo "<$a|$b|$c>"
### PIPESTATUS after simple and compound commands
{ false; }; echo ${PIPESTATUS[@]}; (exit 3); echo ${PIPESTATUS[@]}; true | false; x=1; echo ${PIPESTATUS[@]}; ! false; echo ${PIPESTATUS[@]}; [[ a = b ]]; echo ${PIPESTATUS[@]}
### LINENO in eval, traps and after a function call
trap 'echo "err at $LINENO"' ERR
f() {
  false
}
f
eval 'echo "eval at $LINENO"'
### set + alone is ignored
set + a b; echo $# $1; set -- x; set +; echo $# $1; set + -- q; echo $# $1
### break with a count that is not a number ends the shell with 128
for i in 1 2; do echo $i; break a; done | cat; echo st=$?; (for i in 1; do continue a; done); echo st=$?; for i in 1; do break a; done; echo not here
### source with arguments keeps the positional parameters the file set
echo 'set -- g' >a; set -- x; source ./a y; echo $@; echo 'shift; set -- $@' >b; set -- b c; source ./b d e; echo $@
echo 'echo in $@' >c; set -- q; . ./c r s; echo $@; echo 'f() { set -- z; }; f; echo in $@' >d; . ./d m; echo $@ | cat
### declare and local take -- as the end of their options
f() { :; }; declare -f -- f >/dev/null; echo $?; declare -F -- f nosuch; echo $?; g() { local -- x=1 -y; echo "$x"; declare -p -- x; }; g 2>&1 | sed 's/^[a-z]*: line [0-9]*: //'
### exec -a, -l and -c
X=1 exec -c env | wc -l; exec -a nm sh -c 'echo $0' | cat; (exec -la nm sh -c 'echo $0'); exec -z true; echo st=$?
### ulimit: bash's resources, units (1024-byte blocks for -c and -f) and layout
ulimit -f 1000; grep "file size" /proc/self/limits; ulimit -c 2000; ulimit -c; ulimit -p
ulimit -a | cut -c1-41; ulimit -Ha | cut -c1-41
### read -t 0 reads nothing and says whether input is there
read -t 0 <<< x; echo st=$?; read -t 0 < /dev/null; echo st=$?; read -t 0 x <<< abc; echo "st=$? [$x]"
sleep 1 | { read -t 0; echo st=$?; }; read -t 0.0 <<< y; echo st=$?
### type -a lists every meaning and every program in PATH; -f leaves functions out (stderr)
type -a echo ls; type -P ls; type -f echo; type -a -t ls; f(){ :; }; type -a f; type -f f; echo st=$?
type -a -p ls; type -aP echo; type -a nosuch; echo st=$?; ls >/dev/null; type ls; type -a ls
### set lists arrays and functions too, a local in place of its global
a=(1 2); declare -A m=([k]=v); s="x y"; f(){ echo hi; }; g() { local s=loc; set | grep "^s="; }; g
set | grep -A3 -E '^(a|m|s)=|^(f|g) \(\)'
### umask: symbolic modes, -S and -p, as bash (stderr)
umask 022; umask -S; umask -p; umask u=rwx,g=rx,o=; umask; umask -S 077; umask; umask g+w; umask; umask a-x; umask
umask o=r,g=; umask; umask -p -S; umask 0999; echo st=$?; umask q=r; echo st=$?; umask u%r; echo st=$?
### let is a builtin to type, command, builtin and compgen; a let with nothing to evaluate fails when it runs (stderr)
type let; command -v let; echo rc=$?; builtin let x=1; echo $x; command let y=3; echo $y; let; echo rc=$?; compgen -b | grep -c "^let$"; type -t let
let > /dev/null; echo $?; builtin let "1/0"; echo $?; builtin let 0; echo $?; let 0 || echo zero; f() { let; }; declare -f f
