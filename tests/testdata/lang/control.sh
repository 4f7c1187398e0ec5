# Compound commands: if, loops, case, [[ ]], (( )), break and continue.
### if elif else
for n in 1 2 3; do if [ $n = 1 ]; then echo one; elif [ $n = 2 ]; then echo two; else echo many; fi; done
### if status is the last command run
if false; then :; fi; echo $?; if true; then (exit 4); fi; echo $?
### if condition status does not leak
if false; then echo no; else echo else $?; fi
### while counting
i=0; while [ $i -lt 5 ]; do i=$((i+1)); printf '%s ' $i; done; echo
### until
i=3; until [ $i -eq 0 ]; do echo $i; i=$((i-1)); done
### while read lines
printf 'a b\nc d\n' | while read x y; do echo "$y-$x"; done
### while read from a redirect
printf '1\n2\n3\n' > f; sum=0; while read n; do sum=$((sum+n)); done < f; echo $sum
### for over words
for w in alpha beta "gamma delta"; do echo "<$w>"; done
### for without in uses positional parameters
set -- x 'y z'; for a; do echo "[$a]"; done
### for over a glob
touch b.txt a.txt c.log; for f in *.txt; do echo $f; done
### for over a glob with no match
for f in *.none; do echo "got $f"; done
### for over a brace expansion
for i in {1..5}; do printf $i; done; echo
### for with a step brace
for i in {10..1..3}; do echo $i; done
### arithmetic for
for ((i=0; i<3; i++)); do echo $i; done
### arithmetic for with empty parts
for ((i=0; ; i++)); do [ $i -gt 2 ] && break; echo $i; done
### nested loops with break 2
for a in 1 2 3; do for b in x y z; do [ $b = y ] && [ $a = 2 ] && break 2; echo $a$b; done; done; echo done
### continue
for i in 1 2 3 4 5; do [ $((i % 2)) = 0 ] && continue; echo $i; done
### continue 2
for a in 1 2; do for b in 1 2 3; do [ $b = 2 ] && continue 2; echo $a$b; done; echo never; done
### break in while true
n=0; while true; do n=$((n+1)); [ $n -ge 4 ] && break; done; echo $n
### loop status
for i in; do :; done; echo $?; for i in a; do false; done; echo $?
### while loop status is the last body command
i=0; while [ $i -lt 2 ]; do i=$((i+1)); (exit $i); done; echo $?
### loop output into a pipe
for i in 3 1 2; do echo $i; done | sort -n | tr '\n' ,; echo
### case basic
for x in apple banana cherry 42; do case $x in a*) echo "a: $x";; b*|c*) echo "bc: $x";; [0-9]*) echo num;; esac; done
### case default
case zzz in a) echo a;; *) echo default;; esac
### case fallthrough
case a in a) echo one;& b) echo two;& c) echo three;; d) echo four;; esac
### case continue matching
case ab in a*) echo first;;& *b) echo second;;& c*) echo third;; *) echo last;; esac
### case with quoted pattern
p='*'; case x in "$p") echo literal;; $p) echo glob;; esac
### case with character class
for c in a Z 5 _; do case $c in [[:lower:]]) echo lower;; [[:upper:]]) echo upper;; [[:digit:]]) echo digit;; *) echo other;; esac; done
### case status with no match
case x in y) echo y;; esac; echo $?
### case on empty word
case "" in "") echo empty;; *) echo other;; esac
### double bracket strings
[[ abc == a* ]] && echo glob; [[ abc == "a*" ]] || echo quoted; [[ b > a ]] && echo greater; [[ -z "" && -n x ]] && echo zn
### double bracket regex and BASH_REMATCH
[[ "key=value" =~ ^([a-z]+)=(.*)$ ]] && echo "${BASH_REMATCH[1]} ${BASH_REMATCH[2]} ${#BASH_REMATCH[@]}"
### double bracket regex no match
[[ abc =~ ^x ]]; echo $?
### double bracket: a regex that does not compile makes the test 2, a failure to ! and ||
[[ a =~ [ ]]; echo $?; [[ ! a =~ [ ]]; echo $?; [[ a =~ [ || b ]]; echo $?; [[ a =~ [ || c =~ d ]]; echo $?; [[ a && b =~ [ ]]; echo $?; [[ ( a =~ [ ) ]]; echo $?; [[ ! ( a =~ [ ) ]]; echo $?
### double bracket regex from a variable
re='^[0-9]+$'; for v in 123 12a; do [[ $v =~ $re ]] && echo "$v yes" || echo "$v no"; done
### double bracket file tests
touch f; mkdir d; [[ -f f && -d d && -e f && ! -e nope ]] && echo ok; [[ -s f ]] || echo empty
### double bracket numeric
[[ 10 -gt 9 ]] && echo gt; [[ 010 -eq 8 ]] || echo notoctal; [[ 1+1 -eq 2 ]] && echo arith
### double bracket -v
x=1; [[ -v x ]] && echo set; [[ -v nope ]] || echo unset; a=(1 2); [[ -v a[1] ]] && echo elem
### double bracket no word splitting
v="a b"; [[ $v == "a b" ]] && echo same
### double bracket and or not grouping
[[ ( a == a || b == c ) && ! x == y ]] && echo yes
### arithmetic command
(( 3 > 2 )) && echo yes; (( 0 )); echo $?; (( 5 )); echo $?
### arithmetic command assignments
(( x = 4 * 5, y = x / 3 )); echo $x $y; (( x++ )); echo $x
### arithmetic expansion operators
echo $(( 7 % 3 )) $(( 2 ** 10 )) $(( 1 << 4 )) $(( 0xff )) $(( 8#17 )) $(( -5 / 2 )) $(( 3 > 2 ? 10 : 20 ))
### arithmetic with variables by name
a=5 b=a; echo $(( b + 1 )) $(( a * a ))
### arithmetic compound assignment
n=10; (( n += 5 )); (( n -= 3 )); (( n *= 2 )); echo $n
### brace group status and redirection
{ echo a; echo b; } > out; cat out; { false; }; echo $?
### subshell isolates variables
x=1; (x=2; echo in $x); echo out $x
### subshell exit status
(exit 7); echo $?; (false) || echo failed
### subshell cd does not leak
mkdir sub; (cd sub && basename "$PWD"); basename "$PWD" | grep -v sub >/dev/null && echo stayed
### nested subshells
( ( ( echo deep; exit 3 ) ) ); echo $?
### exit in a subshell in a pipeline
echo x | (read v; exit 5); echo $?
### negated pipeline
! echo hi | grep -q bye; echo $?
### loop with command substitution in the condition
i=0; while [ "$(echo $i)" != 3 ]; do i=$((i+1)); done; echo $i
### if with a pipeline condition
if echo abc | grep -q b; then echo found; fi
### compound command in a pipeline
{ echo b; echo a; } | sort; for i in 1 2; do echo $i; done | wc -l
### while loop reading a command's output keeps no variable
n=0; printf 'a\nb\n' | while read l; do n=$((n+1)); done; echo $n
### break outside a loop
break; echo after $?
### until with break
until false; do echo once; break; done
### deep nesting
for a in 1; do if true; then case x in x) while true; do echo deep; break; done;; esac; fi; done
### select: menu and prompt on stderr, the choice and REPLY (stderr)
PS3='pick: '; select x in a 'b c' d; do echo "[$x] [$REPLY]"; [ "$REPLY" = 2 ] && break; done <<< $'1\n 2 \n'; echo st=$?
### select: a bad answer gives an empty word; end of input prints a newline and ends with 1 (stderr)
select x in a b; do echo "[$x] [$REPLY]"; done <<< $'9\nzz'; echo st=$?
### select: an empty answer shows the menu again; the menu is laid out in COLUMNS (stderr)
COLUMNS=30; select x in aaaa bbbbbbbb c d e f g h i j k l; do echo $x; break; done <<< $'\n3'
### select: without in it offers the positional parameters; backslashes as read (stderr)
set -- p 'q r'; select x; do echo "$x|$REPLY"; break; done <<< '2\\'
### select: an empty list runs nothing; traced once as written (stderr)
select x in; do echo never; done; echo st=$?; set -x; select y in "1 2"; do break; done <<< 1
### break and continue in a while or until condition act on that loop
n=0; while n=$((n+1)); [ $n -gt 2 ] && break; true; do echo "n=$n"; done; echo "end $n $?"
n=0; until n=$((n+1)); [ $n = 2 ] && continue; [ $n -gt 3 ]; do echo "u=$n"; done; echo "u-end $n"
for i in 1 2; do while break 2; do :; done; done; echo "i=$i"
### [[ =~ ]] is POSIX's ERE as the C library has it: leftmost-longest, and what regcomp refuses is status 2
[[ "*a" =~ *a ]]; echo -n "$? "; [[ "a" =~ (*a) ]]; echo -n "$? "; [[ "+a" =~ +a ]]; echo -n "$? "; [[ d =~ \d ]]; echo -n "$? "; [[ 'a\b' =~ [\\]b ]]; echo -n "$? "; [[ ab =~ a|ab ]]; echo -n "$BASH_REMATCH "
[[ x =~ a{,2}x ]]; echo -n "$? "; [[ aaa =~ a{2,1} ]]; echo -n "$? "; [[ "a" =~ a{1}{2} ]]; echo -n "$? "; [[ "ab" =~ (a|ab)(c|bcd)? ]]; echo -n "$BASH_REMATCH "; [[ "a" =~ () ]]; echo -n "$? "; [[ x =~ {1..5..2} ]]; echo -n "$? "
[[ a{ =~ a{ ]]; echo -n "$? "; [[ "a{1,x}" =~ a{1,x} ]]; echo -n "$? "; [[ "x]" =~ []x]+ ]]; echo -n "$BASH_REMATCH "; [[ "a:b" =~ [[:alpha:]]:[[:alpha:]] ]]; echo -n "$? $BASH_REMATCH "; [[ aaaa =~ (a{2})* ]]; echo -n "$BASH_REMATCH "; [[ aa =~ a** ]]; echo "$? $BASH_REMATCH"
