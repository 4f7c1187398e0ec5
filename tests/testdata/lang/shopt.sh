# shopt's tables: -o for set's options, -p, -q, login_shell.
### shopt -o lists and queries set's options
set -e; shopt -o | grep -E '^(errexit|noexec|pipefail)'; shopt -o pipefail; echo $?; shopt -o errexit; echo $?
### shopt -o -s and -u set them
shopt -o -s pipefail; shopt -o pipefail | grep -q 'on$'; echo $?; false | true; echo $?; shopt -o -u pipefail; shopt -o -p pipefail xtrace
### shopt -o with a name set does not have
shopt -o -s extglob; echo $?; shopt -o nosuchname; echo $?
### shopt -q -o
shopt -q -o errexit; echo $?; set -e; shopt -q -o errexit; echo $?
### login_shell says how the shell started, and stays
shopt login_shell; shopt -s login_shell; echo $?; shopt -p login_shell; shopt -q login_shell; echo $?
### set -e is off in command substitutions unless inherit_errexit
set -e; x=$(false; echo hi); echo "[$x]"; echo $(echo $- | tr -d hBc); shopt -s inherit_errexit; echo $(echo $- | tr -d hBc); y=$(false; echo no); echo not reached
### nocasematch in case, [[ == ]] and [[ =~ ]]
shopt -s nocasematch; case ABC in abc) echo 1;; esac; [[ Foo == f* ]] && echo 2; [[ XY =~ ^xy$ ]] && echo 3; [[ Foo != foo ]] || echo 4; shopt -u nocasematch; [[ Foo == f* ]] || echo 5
### xpg_echo makes echo interpret escapes
shopt -s xpg_echo; echo 'a\tb'; echo -E 'a\tb'; shopt -u xpg_echo; echo 'a\tb'
### sourcepath off keeps source out of PATH
mkdir bin; echo 'echo sourced' > bin/lib.sh; PATH=$PWD/bin:$PATH; mkdir d; cd d; source lib.sh; shopt -u sourcepath; source lib.sh 2>/dev/null; echo $?; shopt sourcepath
### lastpipe runs the last stage in the shell when job control is off
echo hi | read x; echo "[$x]"; shopt -s lastpipe; echo hi | read x; echo "[$x]"; printf 'a\nb\n' | while read l; do n=$l; done; echo "$n"
### lastpipe: exit and return in the last stage
shopt -s lastpipe; f() { echo a | { read v; return 4; }; echo no; }; f; echo "$? $v"; echo x | { read y; exit 3; }; echo not reached
### shopt goes on after a bad name, and lists the completion options
shopt -s extglob nosuch; echo $?; shopt -p extglob; shopt progcomp hostcomplete cdable_vars progcomp_alias
### cdable_vars: cd to the directory a variable holds
mkdir -p sub; target=$PWD/sub; cd target 2>/dev/null; echo $?; shopt -s cdable_vars; cd target >/dev/null; echo $? ${PWD##*/}; cd nosuch; echo $?
### shopt goes on past an invalid name, and fails; printing, it says so in its place (stderr)
shopt -q; echo $?; shopt -p >/dev/null; echo $?; shopt -s bogus extglob; echo $?; shopt extglob; shopt extglob bogus nullglob; echo $?; shopt -q bogus extglob; echo $?; shopt -os bogus noglob; echo $?
### huponexit and autocd are shopt options, not set's (stderr)
shopt huponexit autocd; echo rc=$?; set -o huponexit; echo rc=$?; shopt -s autocd; mkdir -p zzdir; zzdir; echo rc=$?
