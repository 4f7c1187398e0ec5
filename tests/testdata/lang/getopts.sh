# getopts, checked against bash.
### simple flags
set -- -a -b file; while getopts ab opt; do echo "opt=$opt"; done; echo "OPTIND=$OPTIND"; shift $((OPTIND-1)); echo "rest=$*"
### grouped flags and arguments
set -- -ab -c val -dval rest; while getopts abc:d: o; do echo "$o ${OPTARG-unset}"; done; echo $OPTIND
### illegal option
set -- -x -a; while getopts a o; do echo "o=$o"; done 2>&1 | sed 's/^[a-z]*: //'
### missing argument
set -- -c; getopts c: o; echo "$? $o"
### silent mode
set -- -x -c; while getopts :ac: o; do echo "o=$o arg=$OPTARG"; done
### double dash ends options
set -- -a -- -b; while getopts ab o; do echo $o; done; echo $OPTIND
### non-option stops
set -- file -a; getopts a o; echo "$? $o $OPTIND"
### explicit args
getopts xy: o -y arg; echo "$o $OPTARG $OPTIND"
### resetting OPTIND
set -- -a; getopts a o; echo $o; OPTIND=1; getopts a o; echo $o $OPTIND
### a script with getopts and functions
usage() { echo "usage: prog [-v] [-n N] file" >&2; return 2; }
main() {
  local verbose=0 n=1 opt OPTIND
  while getopts vn: opt; do
    case $opt in
      v) verbose=1;;
      n) n=$OPTARG;;
      *) usage; return;;
    esac
  done
  shift $((OPTIND-1))
  [ $# -eq 1 ] || { usage; return; }
  for ((i=0; i<n; i++)); do echo "$1 (verbose=$verbose)"; done
}
main -v -n 2 target; echo "status $?"; main -q; echo "status $?"
### getopts checks the name only when it sets it; a read-only one fails with 2 (stderr)
getopts a a:b; echo $?; getopts a "" -a; echo $? $OPTIND; readonly x; OPTIND=1; getopts a x -a; echo $?; getopts a x; echo $?
