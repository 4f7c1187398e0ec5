# Declaration builtins (declare, typeset, local, export, readonly) take
# their words as any command does: brace-expanded (`local v={a,b}` is
# `local v=a v=b`), all expanded before the first assignment and before
# the redirections; and what they may do to a readonly variable.
### local, declare, typeset and export brace-expand an assignment
f() { local v={a,b}; echo $v; declare -p v; }; f
declare w=x{1..3}y; typeset t={a,b}; export e={p,q}; declare -p w t e
### readonly sees each word the braces give (stderr)
readonly v={a,b}; declare -p v
### braces in an integer and an appending declaration
declare -i n={1,2}; declare v=a; declare v+={b,c}; declare -p n v
### braces in the name and in array values, and quoted braces
declare v{1,2}=x; declare -a a=({a,b} c); declare q="{a,b}" r='{a,b}'; declare -p v1 v2 a q r
### set +B keeps the braces
set +B; declare v={a,b}; declare -p v
### xtrace shows the words the braces gave (stderr)
set -x; declare v={a,b} w=x{1..2}; echo $v $w
### the fuzzer's case: a local from braces used in arithmetic
f() { local v={a,b}; if set -- $((v++)); then :; fi; echo $v; return 3; }; f; echo $?
### a declaration's words are all expanded before it assigns
x=0; declare x=1 y=$x; echo $y; x=0; export x=1 z=$x; echo $z
x=0; f() { local x=1 y=$x; echo $y; }; f
### a declaration's words are expanded before its redirections (stderr)
set -u; declare q=$nope 2>/dev/null; echo not reached
### xtrace shows a declaration before its redirections, and its elements (stderr)
set -x; declare q=1 2>/dev/null; HOME=/h; declare a[1]=x b=~ c=a:~; i=1; declare a[i+1]=y
f() { local v=1 >/dev/null; }; f
### local outside a function expands its words first (stderr)
v=0; local x=$((v++)); echo $? $v; set -u; local y=$nope; echo not reached
### a declaration's array words are expanded with its other words
x=0; declare x=2 a=($x "a b" [3]=$x); declare -p a; f() { local l=($x); declare -p l; }; f
set -u; declare -a e=(); declare -p e; a=(1 2); declare -a a+=(3 [7]=z); declare -p a
### xtrace shows a declaration's array expanded, its indexes quoted (stderr)
x=0; set -x; declare x=2 a=($x "a b" [3]=$x); declare -A m=([k]=$x); i=1; declare b=([i+1]=x [$i]=y [5]=)
### a readonly variable: declare, typeset and local name themselves (stderr)
readonly r=1; declare r=2; echo $?; typeset r+=2; echo $?; export r=2; echo $?; readonly r=2; echo $?; r=2; echo $? $r
### no local copy of a readonly global (stderr)
readonly r=1; f() { local r=2; echo "$? $r"; local -i r=5; declare r=3; local r; echo "[$r]"; }; f; echo $?
f() { local r=1; readonly r; g; }; g() { local r=2; echo $r; }; f
### attributes a readonly variable still takes, and +r it does not (stderr)
readonly r=1 q=2 z=x; declare -i r; declare -x r; declare r; echo $?; declare -p r; declare -a r; declare -A q; declare -p r q
declare -i z; z=3; echo $?; declare +r r; echo $?; declare -p z
