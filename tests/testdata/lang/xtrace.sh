# set -x as bash prints it, and [[ ]]'s operator precedence.
### assignments traced one per line, arrays as written
set -x; a=(x "y z"); a+=(w); a[1]=q; s=foo; s+=bar; b=1 c=$b; d=x"y"$none e=(p $none '')
### temporary assignments before the command
set -x; v=1 w='a b' true; echo done
### words quoted only where needed
set -x; echo plain 'two words' "it's" '' 'a*b' '#x' 'x#' '~y' x=~z '$v' 'a|b' 2>&1
### for and select headers and case words as written
set -x; for i in a 'b c'; do :; done; f() { for j; do :; done; }; f 1 2; case $i in 'b c') echo yes;; esac
### arithmetic commands and let
set -x; ((n=2)); ((n++, n*2)); for ((i=0; i<2; i++)); do :; done; let 'm = n + 1' k=4
### each test of [[ ]] as evaluated
set -x; a=3; [[ $a == 3* && "x y" != "a b" ]]; [[ ! -f /nonexistent || -n $a ]]; [[ -z '' ]]; [[ $a ]]; [[ 1+1 -eq 2 ]]; [[ $a =~ ^[0-9]$ ]]
### command substitutions nest the PS4 prefix
set -x; x=$(echo one; y=$(echo two)); echo "$x"
### PS4 is expanded
set -x; PS4='[$LINENO] '; echo a; PS4='+$n+ '; n=5; echo b
### functions and subshells
set -x; f() { echo "in f" "$@"; }; f 1 $(echo 2); (echo sub; x=$(echo in)); { echo group; }
### && binds tighter than || in [[ ]], and ! negates one test
[[ ! -z x && 1 -eq 2 ]]; echo $?; [[ -z x && -z y || -n z ]]; echo $?; [[ -n x || -z y && -z z ]]; echo $?; [[ ! ( -z x || -n y ) ]]; echo $?
### declarations traced with their words expanded
set -x; export E=1 F; readonly R=2; declare -i n=3+1; declare -r x=$(echo 1); f() { local l=1 m; }; f; export -n E; typeset t='a b'; declare -a q=(1 "2" 'x y')
### PS4 is expanded with set -x off: a $(...) in it is not traced (stderr)
PS4='$(echo s)+ '; set -x; echo hi; x=$(echo in); echo $x
### set -x writes an empty assignment bare and control characters in octal (stderr)
z=$'\001'; set -x; e=; a=(); b=(""); declare d=; export x=; f() { local l=; }; f; e+=; y="" true
echo "$z" >/dev/null; w=$'a\tb'; q=$'\x1b'; echo "" "a b"
