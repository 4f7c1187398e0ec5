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
