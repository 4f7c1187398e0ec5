# /dev/stdin, /dev/stdout, /dev/stderr, /dev/fd/N and /proc/self/fd/N name
# the command's own descriptors, as in bash (which on Linux opens them
# through /proc): a builtin's, a function's or a pipeline stage's, with
# their redirections, wherever the shell opens a file a user named.
### source reads the here-string through /dev/stdin
source /dev/stdin <<<"echo hs"; echo after
. /dev/stdin <<'EOF'
echo dot $#
EOF
echo 'echo "via pipe"' | source /dev/stdin
f() { . /dev/fd/3; } 3<<<'echo "from fd 3"'; f
### a redirection from /dev/stdin reads the pipe of its stage
echo inner | cat < /dev/stdin
echo inner2 | { read -r v </dev/stdin; echo "[$v]"; }
### >/dev/stdout in a pipeline stage writes to the pipe
echo piped >/dev/stdout | tr a-z A-Z
ls -d / >/dev/stdout | tr / X
f() { echo "in f" >/dev/stdout; }; f | tr a-z A-Z
### >/dev/stdout in a command substitution is its output
v=$(echo hi >/dev/stdout); echo "[$v]"
v=$(ls -d / >/dev/stdout); echo "[$v]"
### >/dev/stderr goes where the function's stderr was redirected (stderr)
warn() { echo w >/dev/stderr; }
warn 2>/dev/null
warn 2>&1 | tr w W
{ echo e >/dev/stderr; } 2>e; cat e
### a group's stderr redirection holds for /dev/stderr and does not truncate the log
"$BASH" -c 'echo line1; { echo line2 >/dev/stderr; } 2>/dev/null; echo line3' >log 2>&1
cat log
### >/dev/stdout on a file reopens it, truncating it as Linux does
{ echo one; echo two >/dev/stdout; } >f; od -c f
{ echo one; echo two >>/dev/stdout; } >f; cat f
### /dev/fd/N for a descriptor the command has
{ echo x3 >/dev/fd/3; } 3>&1 | cat
{ echo x4 >/proc/self/fd/4; } 4>&1 | tr x X
echo data >f; { cat /dev/fd/5; read -r l </dev/fd/5; echo "[$l]"; } 5<f
### /dev/fd/N for a closed descriptor is no file (stderr)
echo x >/dev/fd/7; echo "status $?"
{ echo y >/dev/fd/6; } 6>&-; echo "status $?"
cat </dev/fd/8; echo "status $?"
### <> and >> on /dev/stdout and /dev/stdin
echo rw 1<>/dev/stdout | tr a-z A-Z
echo ap >>/dev/stdout | tr a-z A-Z
echo in2 | { read -r v 0<>/dev/stdin; echo "[$v]"; }
### the names are found from a relative path too
(cd /dev && echo rel >stdout) | tr a-z A-Z
(cd /dev/fd && echo rel1 >1) | tr a-z A-Z
echo odd >/dev/./stdout | cat
echo odd2 >/dev//fd/1 | cat
### $(<file) reads the command's stdin
echo sub | { v=$(</dev/stdin); echo "[$v]"; }
### test looks at the command's descriptors
echo x | { [ -p /dev/stdin ] && echo pipe; }
[ -e /dev/fd/7 ] || echo closed
echo data >f; { [ -e /dev/fd/7 ] && [ -f /dev/fd/7 ] && [ -s /dev/fd/7 ] && echo open; } 7<f
{ [ -e /dev/stdout ] && [ -f /dev/stdout ] && echo file; } >f; cat f
{ [[ -f /dev/stderr ]] && echo file2 >&2; } 2>f; cat f
{ [ -r /dev/fd/3 ] && ! [ -w /dev/fd/3 ] && echo ro; } 3<f
echo x | { [ /dev/stdin -ef /dev/fd/0 ] && echo same; }
[ -t 5 ] || echo notty
### noclobber refuses /dev/stdout when it is a regular file (stderr)
set -C
echo ok >/dev/stdout | cat
{ echo no >/dev/stdout; } >f; echo "status $?"; cat f
### history -w and -r with /dev/stdout and /dev/stdin
history -s "foo bar"
history -w /dev/stdout | tr a-z A-Z
echo "echo r" >h
history -r /dev/stdin <h
history | sed 's/^ *//'
### descriptors the shell inherited above 2 are the commands' too
"$BASH" -c 'echo x3 >&3; echo y3 >/dev/fd/3; { echo z3 >/dev/fd/3; } | cat; cat <&4; exec 3>&-; echo gone >&3' 3>&1 4<<<"four"
echo "status $?"
### a here-document is a pipe when it fits in one, /dev/null when empty, a file beyond, as in bash 5.2
[ -p /dev/stdin ] <<<x && echo pipe
{ read a; read b </dev/stdin; echo "$a/$b"; cat; } <<EOF
one
two
three
EOF
{ read a; cat /dev/stdin; } <<EOF
l1
l2
EOF
ls -lL /dev/stdin <<EOF | cut -c1
EOF
printf '%65535s' | tr ' ' a >fits; printf '%65536s' | tr ' ' a >big
{ [ -p /dev/stdin ] && echo pipe; read -r l; echo "${#l}"; } <<EOF
$(cat fits)
EOF
{ [ -f /dev/stdin ] && echo file; read -r l; echo "${#l}"; cat /dev/stdin | wc -c; } <<EOF
$(cat big)
EOF
