# Extended patterns: !(...) in case and [[ ]], the others in ${v#pat} and ${v/pat/rep}.
### negation in case
shopt -s extglob
for w in bar '' foo baz file.tar.gz file.sig foo_xxx_baz foo_bar_baz; do case $w in !(foo|*.sig)) echo "[$w] not";; *) echo "[$w] is";; esac; done
### negation inside a pattern
shopt -s extglob
case foo_xxx_baz in foo_!(bar)_baz) echo 1;; esac; case xabab in *a!(b)) echo 2;; esac; case baz in !(foo)!(bar)) echo 3;; esac; case .foo in .*!(foo)) echo 4;; esac
### negation in [[ ]], which needs no shopt
[[ bar == !(foo) ]] && echo 1; [[ abc == a!(x|y)c ]] && echo 2; [[ axc == a!(x)c ]] || echo 3; [[ f.txt == !([[:digit:]]*).@(txt|md) ]] && echo 4; [[ 'a!(b)' == 'a!(b)' ]] && echo 5
### all the operators together
shopt -s extglob
for w in a ab abc abcc "" b x.c; do case $w in !(a*)) echo "$w: not a";; *(a)b?(c)) echo "$w: ab";; +(a)) echo "$w: as";; *) echo "$w: other";; esac; done
### extended patterns in parameter expansion
shopt -s extglob
v=foobar; echo ${v#@(foo|x)} ${v%%*(o)bar} ${v/+(o)/0} ${v//@(o|a)/_} ${v/#+(f|o)/X} ${v/%?(a)r/Y}
### parameters and command substitutions in an extended glob, and !() leaves hidden files out
shopt -s extglob
touch x.bak y.txt z.orig w.c .hid; g='@(*.bak|*.orig)'; n=c
echo !($g|*.c); echo @($g); [[ a.bak == @($g) ]] && echo matched; case q.orig in @(${g})) echo case-matched;; esac
echo *.@($n|txt); echo !(`echo x.bak`|*.txt|*.c|*.orig); shopt -s dotglob; echo !(*.*)
### expansions and quotes inside an extended pattern
shopt -s extglob
e='[=]'; x='a b'; [[ = == +($e) ]] && echo 1; [[ == == +($e) ]] && echo 2; case 'a b' in @($x)) echo 3;; esac; case '$x' in @('$x')) echo 4;; esac; case 'ab' in @("a*")) echo 5;; *) echo no5;; esac; [[ x == @($(echo x)|y) ]] && echo 6; v=(1 2); [[ 2 == @(${v[1]}|9) ]] && echo 7; [[ 'a b' == +(a|' '|b) ]] && echo 8; w='a=b'; echo "${w//+($e)/-}"
### extended patterns with no * ? or [ are globs too; quoted, they are text
shopt -s extglob
touch lib.sh nums.txt; echo @(lib.sh|nums.txt); echo +(lib).sh; echo @(x|y); x='@(lib.sh)'; echo $x "$x" \@\(lib.sh\) @"(lib.sh)"
case '@(a)' in '@(a)') echo 1;; esac; case a in "@(a)") echo bad;; esac; [[ a == "@(a)" ]] || echo 2; [[ 'a|b' == @("a|b") ]] && echo 3; [[ a == @("a|b") ]] || echo 4
echo @("lib.sh"|x) @(lib".sh"); shopt -u extglob; echo $x
### !(...) in pathname expansion anywhere in a name, more than once, beside other pattern characters; hidden files need a "." of their own
shopt -s extglob
touch lib.sh nums.txt a-b a-c .hid .hx x.bak
echo "a-"!(b); echo !(a*|n*).!(x); echo *.!(sh); echo @(l|n)*.!(sh); echo !(a-b|a-c|nums.txt); echo .!(hid); echo !(*.*); echo @(.hid|x.bak)
echo ?(.)h!(x); echo *!(q); echo +(.h)!(x) ?(x).h!(q) *(.)h!(q); shopt -s dotglob; echo !(a*|n*|l*); echo !(x).*; shopt -s nocaseglob; echo !(A-B|X.BAK|L*)
### !(...) in ${v#pat}, ${v%pat}, ${v/pat/rep} and ${v^^pat}
shopt -s extglob
x=abcabc; echo "${x#!(a)}|${x##!(a)}|${x%!(c)}|${x%%!(c)}|${x/!(a)/X}|${x//!(b)/X}|${x/#!(a*)/X}|${x/%a!(b)/X}|${x#a!(b)}|${x##a!(x)c}|${x//a!(x)c/-}|${x^^!(a)}"
y=aXbXc; echo "${y//!(*X*)/-}|${y//X!(b)/-}|${y/!(a)/-}|${y%%X!(c)}|${y%X!(c)}|${y##*!(a)X}|${y,,!(b)}"; a=(ab cd); echo "${a[@]/#!(c*)/+}" "${a[@]^^!(a)}"; z=; echo "[${z//!(a)/X}]"
### ${v/pat/rep} takes the longest match from the leftmost start, and makes empty matches where bash's pat_subst does
shopt -s extglob
x=abc; echo ${x/@(a|ab)/X} ${x//@(b|bc|a)/X} ${x#@(a|ab)} ${x##@(a|ab)} ${x%@(c|bc)} ${x%%@(c|bc)} ${x/#@(a|ab)/X} ${x/%@(c|bc)/X}
x='a]**'; echo "${x//?(a)/X}" "${x/?(a)/X}" "${x//*(é)/X}"; x=a; echo "${x//*(é)/X}" "${x//!(b)/X}"
x=; echo "[${x/?(a)/X}|${x//?(a)/X}|${x/#?(a)/X}|${x/%?(a)/X}|${x/*(a)/X}|${x//*(a)/X}|${x/#/X}|${x/%/X}]"
### bash's * before a group that may match nothing, and the test match_upattern makes first
shopt -s extglob
t() { if eval "$1"; then echo -n "T "; else echo -n "F "; fi; }; t '[[ ab == *!(*b) ]]'; t '[[ ab == *?(x) ]]'; t '[[ ab == **(x) ]]'; t '[[ ab == *!(x) ]]'; t '[[ ab == a*!(x) ]]'; t '[[ ab == *b!(x) ]]'; echo
x=ab; echo "${x/%!(*b)/X}" "${x/%!(b)/X}"; x=']*]'; echo "${x/*\*/X}" "${x#*\*}" "${x/*"*"/X}"; shopt -s nocasematch; [[ ab == !(x)*[A] ]] || echo no; [[ Ab == !(x)[a]B ]] && echo yes
### without extglob, @(a) in ${v/pat/rep}, ${v#pat} and case is text, as bash's FNMATCH_EXTFLAG is off; [[ ]] and ${v^^pat} have the operators always
x='@(a)b'; echo "${x/@(a)/X}" "${x#@(a)}"; y=ab; echo "${y/@(a)/X}" "${y#+(a)}" "${y^^@(a)}" "${y,,!(a)}"; p='@(a)'; [[ a == $p ]] && echo 1; case a in $p) echo 2;; esac; case '@(a)' in $p) echo 3;; esac
shopt -s extglob
case a in $p) echo 4;; esac; echo "${y/@(a)/X}"
