# pipeline.sh: set -eE with an ERR trap, PIPESTATUS, functions as filters,
# background workers and wait, process substitution.
set -eE -o pipefail
trap 'echo "ERR trap: status $? at line $LINENO" >&2' ERR

upper() { tr a-z A-Z; }
number() { local n=0 l; while IFS= read -r l; do n=$((n + 1)); printf '%2d %s\n' $n "$l"; done; }

printf 'alpha\nbeta\ngamma\n' | upper | number
echo "stages: ${PIPESTATUS[*]}"

work() { sleep "0.0$1"; echo "worker $1 done"; return "$1"; }
pids=()
for i in 3 1 2; do
	work $i > "out.$i" &
	pids+=($!)
done
st=()
for p in "${pids[@]}"; do
	wait "$p" || st+=($?)
done
cat out.1 out.2 out.3
echo "statuses: ${st[*]}"

if ! grep -q delta <(printf 'alpha\nbeta\n'); then
	echo "no delta"
fi
count=$(wc -l < <(seq 5))
echo "count $count"
false | true || echo "pipefail caught it"
echo "last: ${PIPESTATUS[*]}"
(exit 4)
echo never
