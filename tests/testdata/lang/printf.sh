# printf as bash 5.2 has it: flags, width and precision, every conversion,
# escapes, numbers as bash reads them, reuse of the format, -v.
### printf precision and width on floats and strings
printf '%.2f|%.3s|%10.4s|%-5s|%05s|%5.1f|\n' 3.14159 abcdef abcdef ab ab 2.25
### printf star width and precision from the arguments
printf '[%*d][%-*.*s][%.*f][%*s]\n' 5 3 6 2 abcdef -1 2.5 -4 x
### printf integer flags
printf '%#x %#o %#X %.0d| %+d % d %05d %-5d| %.3d|%08.3d|%+05d\n' 0 0 255 0 5 5 -5 5 -5 7 -3
printf '%#o %#.0o %#x %#5X|%-#8x|\n' 8 0 255 255 255
printf '%i %X %o %u %x\n' -3 255 8 -2 -1
printf '%lld %hd %zu %Lf %jd\n' 1 2 3 4 5
printf '%--5d|%+ d|% +d|%'"'"'d\n' 1 2 3 1234567
### printf e g a and f conversions
printf '%e %E %10.3e|%-12.4E|%.0e %#.0e\n' 1234.5678 0.000123 12345.678 0.000123 5 5
printf '%g %g %g %#g %G %+.2g %#.3g %.10g %g\n' 100000 1000000 0.0001 1 1e-10 1234567 1 0.1 123456.5
printf '%a %a %a %.2a %A %a %a %.0a %.1a\n' 1 0.1 0 0.1 3 2 255 1.5 1.96875
printf '%.1f %.0f %.0f %f %010.2f|% f|%#.0f\n' 0.05 2.5 3.5 0x1p3 -3.14159 2 5
printf '%f %F %5.1f|%-6f|%g %a\n' inf nan inf -inf -0 -0
printf '%.30f\n' 0.1
### printf c b and q conversions
printf '%c%c|%-3c|\n' abc xyz q
printf '%c' '' | od -An -c
printf '%b|\n' 'a\0101\101\x41' '\0\1\01010\e\E\z\"\?' 'tab\there' | od -An -c
printf '%b|%s|\n' 'x\cy' z w; echo " status $?"
printf '%5s|%-5c|%3b|%-6b|\n' ab x 'q\n' 'x\ty'
printf '%q\n' '' 'a b' '~x' '#a' 'a#' "a'b" 'x\y' 'a=b~' 'x:~' '$HOME' '*?[]{}|&;<>()' "$(printf 'a\tb\001\033\n')" 'é'
printf '%5.2q|%-10q|%Q|%.2Q|%-8.3Q|\n' 'a b' 'a b' 'a b' 'a b' 'x;yz'
### printf escapes in the format
printf '\x41\x4g\u0041\101\7\e\E\z\\\"\?\q|\n' | od -An -c
printf "\\'|\n"
printf 'a\cb|\n'
printf '\0101|\08|\400|\n' | od -An -c
### printf missing escape digits (stderr)
printf '\x|\u|\U|\n'; echo $?
printf '%b|\n' '\x'; echo $?
### printf unicode escapes outside a UTF-8 locale
printf '%b|\u00e9|\U0001F600|\u41\n' '\u00e9\U0001F600\u41'
### printf numbers as bash reads them
printf '%d %d %d %d %d %d\n' "'a" '"A' "'" 0x10 010 " 12" +4
printf '%d %i\n' 9223372036854775807 -9223372036854775808
printf '%x %o\n' 18446744073709551615 -9223372036854775809
printf '%d|%s|%f|%c|%b|%q\n'
### printf invalid numbers go on with zero (stderr)
printf '%d\n' 1 2 abc 3; echo $?
printf '%d|%d|%d\n' 12abc 0x 08; echo $?
printf '%.2f %f %g\n' '1,5' 1. .5; echo $?
printf '%d %s\n' x y
### printf numbers out of range (stderr)
printf '%d\n' 99999999999999999999 -9223372036854775809; echo $?
printf '%u\n' -1 99999999999999999999; echo $?
printf '%f %e\n' 1e-5000 1e4000 | cut -c1-40; echo $?
### printf bad formats (stderr)
printf '%k\n' 1; echo $?
printf 'ab%'; echo $?
printf '%5%|\n'; echo $?
printf '%z'; echo $?
printf 'a %s b %y c\n' x; echo $?
printf '%(%Y)X|\n' 5; echo $?
### printf usage errors (stderr)
printf; echo $?
printf -v; echo $?
printf -x; echo $?
printf -v 1a x; echo $?
printf -v -- x; echo $?
printf -- '%s\n' --
### printf reuses the format until the arguments are used
printf '%s %s\n' a b c; printf '%d|'; echo; printf 'x\n' a b
printf '%s|' a b c d e; echo
printf '%s=%d\n' a 1 b 2 c
printf '%.1f|%5s\n' 1 a 2.25 b 3
### printf -v
printf -v x '%s-%d' a 5; echo "[$x]"
printf -v 'a[1]' '%s' hi; printf -v 'a[2]' '%05.1f' 3.14159; declare -p a
printf -v b '%s-' x y; echo $b
printf -v c '%s' "$(printf 'a\nb')"; echo "$c"
printf -vd '%b' 'p\cq'; echo "[$d] $?"
declare -A m; printf -v 'm[k]' '%x' 255; echo ${m[k]}
readonly r=1; printf -v r x; echo $?
### printf time formats
printf 'x%(%Y-%m-%d %H:%M:%S %j %a %b %e %Z %z %s)T\n' 86400
TZ=UTC0 printf '%(%c|%D|%x|%X|%r|%R|%T|%p|%I|%l|%k)T\n' 1700000000
TZ=UTC0 printf '%(%u|%w|%U|%W|%V|%G|%g|%C|%y|%h|%A|%B|%%|%F)T\n' 1700000000
printf '%(%Y)T|%()T|%.3(%Y)T|%10(%Y)T|%(%s)T|\n' 0 0 0 0 5
printf '%(%Y)T\n' ""
printf '%(%Y)T %(%Y)T %(%Y)T\n' -1 -2 | grep -c "^$(date +%Y) $(date +%Y) $(date +%Y)$"
TZ=EST5 printf '%(%H %Z)T\n' 0
printf '%(%Y)T\n' 0 | cat
### printf in a pipeline and in a subshell
printf '%s\n' 1 2 3 | cat
printf '%05.1f\n' 2.345 | while read x; do echo "got $x"; done
(printf '%x\n' 255) | cat
x=$(printf '%q' 'a b'); echo "$x"
### printf messages fall between output lines as with bash's line-buffered stdout
{ printf '<%a>' abc 12abc; printf '%d\n' 1 x 2; printf 'a\nb%d' y; echo; } 2>&1 | sed 's/^.*printf: //'
### printf %Q precision from digits, from * and a bare dot
printf '<%-12.0Q><%-*.*Q><%.Q><%5.*Q>\n' ' 7' 12 0 ' 7' 'a b' 1 'a b'
### printf \c in %b ends with success, and times past localtime's range are 0
printf '%d%b' x '\c'; echo " $?"; printf '%-3.b%+.A' '+3' 'hello' '\c'; echo " $?"
TZ=UTC0 printf '%(%H:%M %Y)T\n' 9223372036854775808 -9223372036854775808
### printf time formats take TZ only when it is exported
TZ=UTC0; export TZ; TZ=EST5; printf '%(%H %Z)T\n' 0; export -n TZ; TZ=JST-9; printf '%(%H)T|' 0; TZ=JST-9 printf '%(%H %Z)T\n' 0
### echo -e and xpg_echo know \u and \U; both encode as bash does past U+10FFFF and for surrogates, in UTF-8 and in C
LC_ALL=C.UTF-8; echo -e '\u00e9\U0001F600|\u|\uZ|\u41x|\U110000|\UFFFFFFFF|\uD800|\x41' | od -An -c; shopt -s xpg_echo; echo '\u263a'
printf '\U110000|\UFFFFFFFF|\uD800|\u00e9|\U7FFFFFFF\n' | od -An -tx1
LC_ALL=C; echo -e '\u00e9|\UFFFFFFFF|\U7FFFFFFF'; printf '\U110000|\UFFFFFFFF|\uD800|\u00e9\n'
### a width or precision past INT_MAX makes the conversion write nothing, as in bash
printf "a%3000000000db\n" 1; echo rc=$?; printf "%.3000000000d|%s\n" 1 x; printf "%99999999999999999999999d|\n" 5
### a field wider than 64 MiB is refused with a message (jobsh)
#= status 1
#= stdout |
#= stderr field width or precision too large
printf "%100000000d|\n" 5
