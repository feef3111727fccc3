#!/usr/bin/env bash
# What share cards cost a build: `sitegen build` of a site as it is (cards on) against the same site with `cards: false`,
# alternating, each a new process. Two cases per mode:
#   warm   each build goes into an output/ that the same mode built before from the same content: every card is kept
#          (the done-when of issue #24: within 20 ms of the build without cards)
#   clean  each build goes into a new folder: every card is drawn
# Usage: tests/bench/card-cost.sh [CONTENT_DIR [TEMPLATES_DIR]]   (default: the committed content/ and templates/)
#   RUNS=11        timed runs per mode and case (the median is printed)
#   SITEGEN=path   an already published AOT binary (default: `dotnet publish build/SiteGen -c Release -o <tmp>`)
# Prints the median wall time (from bash's clock, to the millisecond) and CPU time (user + system, 10 ms steps) of each.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
content=$(cd "${1:-$root/content}" && pwd)
templates=$(cd "${2:-$root/templates}" && pwd)
runs=${RUNS:-11}
work=$(mktemp -d "${BENCH_DIR:-/tmp}/sitegen-cards.XXXX")
trap 'rm -rf "$work"' EXIT

. "$root/tests/bench/aot-binary.sh"
sitegen=$(sitegen_binary "$root" "$work")

# Two copies of the site: as it is, and with cards: false (appended last, so it wins over any earlier cards: line).
cp -r "$content" "$work/on"
cp -r "$content" "$work/off"
sed -i '/^cards:/d' "$work/off/site.yaml"
printf '\ncards: false\n' >> "$work/off/site.yaml"

run() { # mode output -> "wall-ms cpu-ms"
  local start end
  start=$EPOCHREALTIME
  /usr/bin/time -o "$work/time.txt" -f "%U %S" "$sitegen" build --content "$work/$1" --templates "$templates" --output "$2" >/dev/null 2>"$work/err.txt" \
    || { echo "failed: $1 into $2" >&2; cat "$work/err.txt" >&2; exit 1; }
  end=$EPOCHREALTIME
  awk -v s="$start" -v e="$end" -v t="$(tail -1 "$work/time.txt")" 'BEGIN { split(t, c, " "); printf "%.0f %.0f\n", (e - s) * 1000, (c[1] + c[2]) * 1000 }'
}
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# The warm outputs: built once, untimed, so every timed warm build finds its cards (and pages) already there.
run on "$work/warm-on" >/dev/null
run off "$work/warm-off" >/dev/null
declare -A wall=() cpu=()
for i in $(seq 1 "$runs"); do
  for mode in on off; do
    read -r w c < <(run "$mode" "$work/warm-$mode"); wall[warm-$mode]+="$w "; cpu[warm-$mode]+="$c "
    read -r w c < <(run "$mode" "$work/clean-$mode-$i"); wall[clean-$mode]+="$w "; cpu[clean-$mode]+="$c "
  done
done
cards=$(find "$work/warm-on/cards" -name '*.png' 2>/dev/null | wc -l)
pages=$(find "$work/warm-on" -name '*.html' | wc -l)
echo "$pages pages, $cards cards; medians of $runs alternating runs; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%F)"
for case in warm clean; do
  on_w=$(echo "${wall[$case-on]}" | median); off_w=$(echo "${wall[$case-off]}" | median)
  on_c=$(echo "${cpu[$case-on]}" | median); off_c=$(echo "${cpu[$case-off]}" | median)
  printf '%-5s  cards on: %5s ms wall %5s ms cpu | cards: false: %5s ms wall %5s ms cpu | cards cost %+d ms wall, %+d ms cpu\n' \
    "$case" "$on_w" "$on_c" "$off_w" "$off_c" $((on_w - off_w)) $((on_c - off_c))
done
