# report.sh: summarise a CSV of "team,person,hours" from standard input:
# read with IFS, associative arrays, a here document, printf, sort, and
# errors counted rather than fatal.
declare -A hours=() people=()
line=0 bad=0
while IFS=, read -r team person h; do
	line=$((line + 1))
	[ "$line" -eq 1 ] && continue # header
	if [[ -z $team || ! $h =~ ^[0-9]+$ ]]; then
		echo "line $line: bad record: $team,$person,$h" >&2
		bad=$((bad + 1))
		continue
	fi
	hours[$team]=$(( ${hours[$team]:-0} + h ))
	people[$team]+="${people[$team]:+ }$person"
done

cat <<EOF
Hours by team
=============
EOF
for team in $(printf '%s\n' "${!hours[@]}" | sort); do
	set -- ${people[$team]}
	printf '%-8s %4d h  %d people: %s\n' "$team" "${hours[$team]}" $# "$*"
done
echo "records: $((line - 1)), bad: $bad"
exit $(( bad > 0 ? 1 : 0 ))
