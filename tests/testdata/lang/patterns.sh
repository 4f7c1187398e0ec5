# Character classes, bracket expressions and the right side of =~.
### the character classes of a UTF-8 locale are the locale's, in every kind of pattern
LC_ALL=C.UTF-8; nb=$(printf '\u00a0'); em=$(printf '\u2003'); ac=$(printf '\u0301'); nel=$(printf '\u0085'); ls=$(printf '\u2028')
for cl in alpha alnum upper lower punct space blank print graph cntrl digit xdigit word; do
  printf '%-6s ' $cl
  for c in a Z 5 _ é É ß ǅ Ω 日 ٣ ² ½ "$nb" "$em" "$ac" € « 😀 "$nel" "$ls" ª ０ Ａ; do
    r=; [[ $c == [[:$cl:]] ]] && r+=1 || r+=0; case $c in [[:$cl:]]) r+=1;; *) r+=0;; esac
    [[ x$c == x[![:$cl:]] ]] && r+=1 || r+=0; [[ $c =~ ^[[:$cl:]]$ ]] && r+=1 || r+=0; printf '%s ' $r
  done
  x="héllo${nb}É日_"; echo "${x//[[:$cl:]]/X}" "${x#[[:$cl:]]}" "${x%%[[:$cl:]]*}" "${x/#[^[:$cl:]]/-}" "${x^^[[:$cl:]]}"
done
### character classes in a UTF-8 locale in pathname expansion, and in the C locale ASCII's alone
touch é.txt É.txt a.txt 5.txt _.txt 日.txt; LC_ALL=C.UTF-8; echo [[:alpha:]].txt [[:upper:]].txt [![:alnum:]].txt [[:word:]].txt
x=héllo; echo ${x//[[:alpha:]]/X}; LC_ALL=C; echo [[:alpha:]].txt; echo ${x//[[:alpha:]]/X}; [[ é == [[:alpha:]] ]] || echo no; [[ é =~ [[:alpha:]] ]] || echo no
### =~ refuses a class regcomp does not know (stderr)
[[ a =~ [[:word:]] ]]; echo $?; [[ a =~ [[:foo:]] ]]; echo $?; [[ a =~ [z-a] ]]; echo $?; [[ a =~ [[:alpha:]] ]]; echo $?
### =~ with \] and \[ in a bracket expression: there a backslash is itself, the quoted byte written as it is
[[ a =~ ^[\]\[a]$ ]] && echo 1; [[ ']' =~ ^[\]]$ ]] && echo 2; [[ '\' =~ ^[\]]$ ]] || echo 3; [[ x =~ ^[x\]]$ ]] || echo 4; [[ 'x]' =~ ^[x\]]$ ]] && echo 5
[[ '\' =~ ^[\\]$ ]] && echo 6; [[ '\' =~ ^[\a]$ ]] || echo 7; [[ '[' =~ ^[\[]$ ]] && echo 8; [[ a =~ \[a ]] || echo 9; [[ '[a' =~ \[a ]] && echo 10
[[ '-' =~ ^["]"-]$ ]] && echo 11; [[ '.' =~ ^[.]$ ]] && echo 12; [[ b =~ ^["."]$ ]] || echo 13; [[ a =~ [[=a=]] ]] && echo 14; [[ '^' =~ ^[x^]$ ]] && echo 15
v='[\]'; [[ '\' =~ ^$v$ ]] && echo 16; set -x; [[ a =~ ^[\]\[a]"."*\.$ ]]; set +x
### in the C locale bytes are characters: ? matches one, é is two, in every kind of pattern and in =~
x=héllo; echo "${x/?/X}|${x//?/X}|${x#h?}|${x%?o}|${x//[!a-z]/X}|${x/#h??/-}|${x/%?l*/-}|${x#*[[:alpha:]]}|${x//é/E}|${x#hé}|${x%%l*}|${#x}"
[[ é == ? ]] && echo 1; [[ é == ?? ]] && echo 2; [[ é == [!a][!a] ]] && echo 3; case é in é) echo 4;; esac; case é in ?) echo 5;; ??) echo 6;; esac
[[ é =~ ^.$ ]] && echo 7; [[ é =~ ^..$ ]] && echo 8; [[ é =~ ^(.)(.)$ ]] && printf '%s' "${BASH_REMATCH[1]}" | od -An -tx1; [[ héllo =~ é ]] && echo 9 "${BASH_REMATCH[0]}"
shopt -s nocasematch; [[ é == É ]] && echo 10; [[ ä == Ä ]] && echo 11; shopt -u nocasematch
touch é.txt a.txt 日.txt; echo ?.txt; echo ??.txt; echo ???.txt; echo [[:alpha:]].txt
shopt -s extglob
echo !(a).txt; echo @(é).txt; x=日本; echo "${x/!(a)/X}" "${x^^}" | od -An -c
### bracket expressions as bash reads them: [=c=], [.c.] and [.name.], an invalid class that matches nothing, a "[:" that does not close
t() { if eval "$1"; then echo "T: $1"; else echo "F: $1"; fi; }
t '[[ a == [[=a=]] ]]'; t '[[ b == [[=a=]] ]]'; t '[[ a == [[.a.]] ]]'; t '[[ - == [[.hyphen.]] ]]'; t '[[ " " == [[.space.]] ]]'; t '[[ _ == [[.underscore.]] ]]'
t '[[ x == [[:foo:]] ]]'; t '[[ x == [![:foo:]] ]]'; t '[[ x == [[:foo:]x] ]]'; t '[[ "[[:foo:]]" == [[:foo:]] ]]'; t '[[ : == [[:] ]]'; t '[[ [ == [[:] ]]'; t '[[ "[[:" == [[: ]]'; t '[[ a == [[:a] ]]'
t '[[ x == [[=x=]y] ]]'; t '[[ = == [[=] ]]'; t '[[ ab == [[.a.]b]b ]]'; t '[[ x == [[.foo.]x] ]]'; t '[[ "[[.foo.]]" == [[.foo.]] ]]'; t '[[ b == [[.a.]-c] ]]'; t '[[ é == [[=e=]] ]]'
a='[[:'; echo "${a//[[:/X}" "${a//[[:]/X}"; b='x:'; echo "${b//[[:]/Y}"; case : in [[:]) echo c1;; esac; case '[[:' in [[:) echo c2;; esac; touch a.x b.x; echo [[.a.][=b=]].x [[:foo:]a].x
t '[[ " " =~ [[.space.]] ]]'; t '[[ a =~ [[=a=]] ]]'; t '[[ ab =~ [[.a.]-c]b ]]'; t '[[ x =~ [[:alpha:]-z] ]]'; t '[[ - =~ [[:alpha:]-] ]]'
### =~ in C.UTF-8 refuses a range that ends past ASCII, as glibc's regcomp does; bash keeps BASH_REMATCH then
LC_ALL=C.UTF-8; t() { [[ $1 =~ $2 ]]; echo "$1 $2 $? ${BASH_REMATCH[*]}"; }; t ab 'a(b)'; t é '[a-é]'; t b '[a-z]'; t é '[à-ÿ]'; t é '[é]'; t a '[Z-a]'; t é '^[^a-z]$'; t é '[[:alpha:]]'
### a hidden file matches only a pattern that begins with a ".", under extglob one whose group allows it; **( is * and a group
touch a b ab .a .b .ab a.c .c .x.c; echo ?b; echo [!a]b; echo *.c; echo [.]b; echo [!a]*; echo .?; echo ".b"*; echo \.b*
shopt -s extglob
echo @(.a|b) @(*a|b) !(a*) +(.)b ?(.)b *(.a) @(.a)* ?(a)@(.a|b) @(.a|b)**(x) **(x); shopt -s dotglob; echo **(x)
### nocasematch and nocaseglob fold the case of all but the character classes, as bash
t() { if eval "$1"; then echo "T: $1"; else echo "F: $1"; fi; }
shopt -s nocasematch; t '[[ a == [[:upper:]] ]]'; t '[[ A == [[:lower:]] ]]'; t '[[ A == [a] ]]'; t '[[ a == [^A] ]]'; t '[[ B == [^a[:lower:]] ]]'; t '[[ b == [^a[:lower:]] ]]'; t '[[ A == [[:upper:]a] ]]'; t '[[ x == [![:upper:]] ]]'
case A in [[:lower:]]) echo lower;; [[:upper:]]) echo upper;; esac; LC_ALL=C.UTF-8; t '[[ é == [[:upper:]] ]]'; t '[[ É == [é] ]]'; t '[[ É == [[:upper:]] ]]'
touch A B a.c; shopt -s nocaseglob; echo [[:upper:]] [[:lower:]] [a]*
### =~ with quoted characters in a bracket expression: only an unquoted ^ negates, only an unquoted ] first is a member
[[ ^ =~ ["^"] ]]; echo -n "$? "; [[ ] =~ ["]"] ]]; echo -n "$? "; [[ ] =~ ["]"a] ]]; echo -n "$? "; [[ a =~ ["]"a] ]]; echo -n "$? "; [[ x =~ [^"]"] ]]; echo -n "$? "
[[ '\' =~ ["\\"] ]]; echo -n "$? "; [[ b =~ ["a-c"] ]]; echo -n "$? "; [[ - =~ ["a-c"] ]]; echo -n "$? "; [[ a =~ "[a]" ]]; echo -n "$? "; [[ "[a]" =~ "[a]" ]]; echo "$?"
