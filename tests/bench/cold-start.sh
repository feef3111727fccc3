#!/usr/bin/env bash
# Cold start: `sitegen build` of a small site (default: the committed content/ and templates/) as a new process into a
# new output folder each run (no build state, no spare, every share card drawn), the whole process timed. With
# BASELINE, a second binary is timed in the same run, alternating (baseline, sitegen, baseline, ...), so both see the
# same load; the ratio of the medians is the figure to compare on shared cores.
# Usage: tests/bench/cold-start.sh [CONTENT_DIR [TEMPLATES_DIR]]
#   RUNS=20        timed runs per binary (the median is printed)
#   SITEGEN=path   an already published AOT binary (default: `dotnet publish build/SiteGen -c Release -o <tmp>`)
#   BASELINE=path  another binary (say, one published from an older commit) timed alternately with it
# Uses `perf stat` (wall: duration_time; CPU: task-clock) when it can count, else bash's clock for wall time alone.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
content=$(cd "${1:-$root/content}" && pwd)
templates=$(cd "${2:-$root/templates}" && pwd)
runs=${RUNS:-20}
work=$(mktemp -d "${BENCH_DIR:-/tmp}/sitegen-cold.XXXX")
trap 'rm -rf "$work"' EXIT

. "$root/tests/bench/aot-binary.sh"
sitegen=$(sitegen_binary "$root" "$work")
declare -A bins=([now]="$sitegen")
order=(now)
if [ -n "${BASELINE:-}" ]; then bins[before]=$BASELINE; order=(before now); fi

perf_ok=0
if command -v perf >/dev/null && perf stat -x, -e task-clock,duration_time -o "$work/probe.txt" true 2>/dev/null; then perf_ok=1; fi

run() { # binary output -> "wall-ms cpu-ms" (cpu is - without perf)
  local start end
  if [ "$perf_ok" = 1 ]; then
    perf stat -x, -e task-clock,duration_time -o "$work/stat.txt" "$1" build --content "$content" --templates "$templates" --output "$2" >/dev/null 2>"$work/err.txt" \
      || { echo "failed: $1" >&2; cat "$work/err.txt" >&2; exit 1; }
    awk -F, '$3 == "task-clock" { cpu = $1 } $3 == "duration_time" { wall = $1 / 1e6 } END { printf "%.1f %.1f\n", wall, cpu }' "$work/stat.txt"
  else
    start=$EPOCHREALTIME
    "$1" build --content "$content" --templates "$templates" --output "$2" >/dev/null 2>"$work/err.txt" || { echo "failed: $1" >&2; cat "$work/err.txt" >&2; exit 1; }
    end=$EPOCHREALTIME
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f -\n", (e - s) * 1000 }'
  fi
}
median() { tr ' ' '\n' | grep . | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# One untimed build each first, so the binaries and the site's files are in the page cache for every timed run.
for name in "${order[@]}"; do run "${bins[$name]}" "$work/warm-$name/out" >/dev/null; done
declare -A wall=() cpu=()
for i in $(seq 1 "$runs"); do
  for name in "${order[@]}"; do
    mkdir -p "$work/$name-$i"
    read -r w c < <(run "${bins[$name]}" "$work/$name-$i/out"); wall[$name]+="$w "; cpu[$name]+="$c "
    rm -rf "$work/$name-$i"
  done
done
echo "cold build of $content: medians of $runs alternating runs, each a new process into a new folder; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%F)"
for name in "${order[@]}"; do
  printf '%-7s %8s ms wall %8s ms cpu   (%s)\n' "$name" "$(echo "${wall[$name]}" | median)" "$(echo "${cpu[$name]}" | median)" "${bins[$name]}"
done
if [ -n "${BASELINE:-}" ]; then
  awk -v a="$(echo "${wall[now]}" | median)" -v b="$(echo "${wall[before]}" | median)" 'BEGIN { printf "now / before: %.2f wall\n", a / b }'
  if [ "$perf_ok" = 1 ]; then
    awk -v a="$(echo "${cpu[now]}" | median)" -v b="$(echo "${cpu[before]}" | median)" 'BEGIN { printf "now / before: %.2f cpu\n", a / b }'
  fi
fi
