# set options: -e and its exemptions, -u, -x, -f, -C, -v, pipefail, errtrace.
### errexit stops at a failing command
set -e; echo a; false; echo b
### errexit exit status is the failing command's
set -e; (exit 3); echo never
### errexit ignores if conditions
set -e; if false; then echo no; fi; echo reached
### errexit ignores while conditions
set -e; while false; do :; done; echo reached
### errexit ignores the left of and-or lists
set -e; false && echo no; false || echo rescued; echo reached
### errexit on the last command of an and list
set -e; true && false; echo never
### errexit ignores negated commands
set -e; ! true; echo reached
### errexit in a subshell
set -e; (false; echo inner-never); echo outer-never
### errexit with a failing subshell in a condition
set -e; if (false; echo inner); then echo then; fi
### errexit in a pipeline without pipefail
set -e; false | true; echo reached
### errexit in a pipeline with pipefail
set -eo pipefail; false | true; echo never
### errexit in a function call
set -e; f() { false; echo never; }; f; echo never
### errexit and command substitution in an assignment
set -e; x=$(false); echo never
### errexit and command substitution as an argument
set -e; echo "got $(false)"; echo reached
### errexit off again
set -e; set +e; false; echo reached
### errexit in a brace group in a list
set -e; { false; echo no; } || echo rescued
### errexit with an until loop
set -e; until true; do :; done; echo reached
### nounset on an unset variable
set -u; echo "${unset_var}"; echo never
### nounset with a default is fine
set -u; echo "${unset_var:-default}"; echo "${unset_var-}"
### nounset with positional parameters
set -u; set -- a; echo $1; echo $2; echo never
### nounset and an empty array
set -u; a=(); echo "${#a[@]}"; echo done
### nounset and special parameters
set -u; echo $# $? "$@"; echo done
### xtrace
set -x; echo traced; x=1; set +x; echo quiet
### xtrace of a pipeline and a loop
set -x; for i in 1 2; do echo $i | cat; done
### xtrace with a custom PS4
PS4='+[$LINENO] '; set -x; echo hi
### xtrace quoting
set -x; echo 'a b' "c'd" ''
### noglob
touch a1 a2; set -f; echo a*; set +f; echo a*
### noclobber
set -C; echo one > f; echo two > f; echo $?; cat f; echo three >| f; cat f
### noclobber allows /dev/null and append
set -C; echo x > /dev/null; echo a > g; echo b >> g; cat g
### verbose echoes input
set -v; echo shown
### set -o lists options
set -o | grep -E '^(errexit|nounset|pipefail) ' | tr -s ' \t' ' '
### set +o prints commands
set -e; set +o | grep -E 'errexit|nounset'
### set -o with a bad name
set -o nosuchoption; echo $?
### errtrace makes ERR reach functions
set -o errtrace; trap 'echo ERR at $LINENO' ERR; f() { false; }; f; echo after
### ERR trap without errtrace
trap 'echo ERR' ERR; f() { false; }; f; echo after
### pipefail status is the rightmost failure
set -o pipefail; (exit 2) | (exit 3) | true; echo $?
### allexport
set -a; av=1; env | grep '^av='
### noexec is ignored in -c after set
set -n; echo not-run
### dollar dash reflects set
set -eu; echo $- | grep -o '[eu]' | sort | tr -d '\n'; echo
### shopt nullglob
shopt -s nullglob; for f in *.none; do echo never; done; echo done
### shopt extglob
shopt -s extglob
touch x.c x.h x.o; echo !(*.o)
### shopt failglob is refused or agrees
shopt -q nullglob; echo $?; shopt -s nullglob; shopt -q nullglob; echo $?
### set -m without a terminal still gives jobs process groups of their own
exec 2>/dev/null # bash's job notices under set -m depend on how it reads the script
set -m; sleep 0.3 & read -r _ _ _ _ pgrp _ < /proc/$!/stat; [ "$pgrp" = "$!" ] && echo own-group; case $- in *m*) echo has-m;; esac; wait
### a subshell keeps the monitor setting in $- but not job control
set -m; (case $- in *m*) echo has-m;; esac); sleep 0.3 | { read -r _ _ _ _ pgrp _ < /proc/$$/stat; echo same-group-as-shell=$([ "$pgrp" = "$$" ] && echo no || echo yes); }
### shopt failglob: a pattern that matches nothing fails the command, even with nullglob
shopt -p failglob; shopt -s failglob; (echo /nonexist*; echo in-sub); echo "st=$?"; echo /bi[n]; shopt -s nullglob; (echo /nonexist* x); echo "st=$?"
### set +B turns brace expansion off; $- shows B
echo {a,b} ${-//[^B]}; set +B; echo {a,b} ${-//[^B]}; for i in {1..2}; do echo $i; done; a=(x{1,2}); echo ${a[@]}; (set -B; echo {c,d}); echo {e,f}; set -o braceexpand; echo {g,h}; shopt -o braceexpand
### set -u covers names in arithmetic
set -u; x=1; echo $((x+1)); (( y = 2 )); echo $y; echo $((z+1)); echo reached
### set -o nolog is accepted, as in bash
set -o nolog; echo $?; set -o | grep nolog; set +o nolog
### $- has B; set +B turns brace expansion off
echo $- {a,b}; set +B; echo $- {a,b} x{1..2}; set -o braceexpand; echo {a,b}; set -o | head -2; (echo $- {c,d})
### set -u: arithmetic targets, assignments, redirections, ${a[@]} (stderr)
(set -u; (( x+=1 )); echo r)
(set -u; v=a; echo $((v++)); echo r)
v=a; echo $((v++)) $v; x=1+2; ((x+=1)); echo $x; y=3; echo $((y++)) $((y--)) $((++y)) $y
(set -u; w=${#x}; echo r)
(set -u; read v x <<<"$1"; echo r)
(set -u; arr+=("$1"); echo r)
(set -u; x="${a[@]}"; echo "r[${a[*]}]")
(set -u; echo a >${nope}x; echo r)
(set -u; echo $5)
echo end
### set -o vi and emacs exclude each other; ignoreeof is an option
set -o vi; set -o | grep -E "^(vi|emacs|ignoreeof)"; set -o emacs; set -o | grep -E "^(vi|emacs)"; set +o emacs; set +o | grep -E "o (emacs|vi|ignoreeof)$"
### set -v shows each line as it is read to run: the lines after its own, eval's text, a sourced file, a trap's action (stderr)
set -v; echo same-line
echo next-line; f() { eval "echo ev
echo ev2"; }
# a comment
f
printf 'echo in-file\n' > v.sh; . ./v.sh
cat <<E
body
E
trap "echo trapped" EXIT
set +v; echo quiet
### set -v in a script file, and jobsh -v (stderr)
printf 'echo one\nset -v\necho two\nif true; then\n  echo three\nfi\n' > s.sh; /proc/$$/exe s.sh; /proc/$$/exe -v s.sh; /proc/$$/exe -vc 'echo c1
echo c2'
