#!/bin/sh
# archive.sh: copy files matching patterns into a work directory, with
# options, a cleanup trap, functions with local state and arrays.
# usage: archive.sh [-v] [-n name] [-x pattern]... dir
set -u
verbose=0
name=archive
excludes=()

usage() {
	echo "usage: ${0##*/} [-v] [-n name] [-x pattern]... dir" >&2
	exit 2
}

log() {
	[ "$verbose" -eq 1 ] && printf '[%s] %s\n' "$name" "$*"
	return 0
}

while getopts ":vn:x:" opt; do
	case $opt in
	v) verbose=1 ;;
	n) name=$OPTARG ;;
	x) excludes+=("$OPTARG") ;;
	:) echo "option -$OPTARG needs an argument" >&2; usage ;;
	\?) echo "unknown option -$OPTARG" >&2; usage ;;
	esac
done
shift $((OPTIND - 1))
[ $# -eq 1 ] || usage
src=$1

work=$(mktemp -d)
cleanup() {
	local status=$?
	rm -rf "$work"
	log "cleaned up (status $status)"
}
trap cleanup EXIT

excluded() {
	local f=$1 p
	for p in "${excludes[@]+"${excludes[@]}"}"; do
		case $f in $p) return 0 ;; esac
	done
	return 1
}

declare -A sizes=()
copied=0 skipped=0
for f in "$src"/*; do
	base=${f##*/}
	if excluded "$base"; then
		log "skip $base"
		skipped=$((skipped + 1))
		continue
	fi
	cp "$f" "$work/"
	sizes[$base]=$(wc -c < "$f")
	copied=$((copied + 1))
	log "copy $base (${sizes[$base]} bytes)"
done

total=0
for k in "${!sizes[@]}"; do
	total=$((total + sizes[$k]))
done
printf '%s: %d copied, %d skipped, %d bytes\n' "$name" "$copied" "$skipped" "$total"
for k in $(printf '%s\n' "${!sizes[@]}" | sort); do
	printf '  %-12s %5d\n' "$k" "${sizes[$k]}"
done
[ "$copied" -gt 0 ]
