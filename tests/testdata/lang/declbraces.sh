# Declaration builtins get their assignment words brace-expanded, as any
# command's words are: `local v={a,b}` is `local v=a v=b`.
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
