#!/usr/bin/env bash
# Ingest's peak memory against the seed's size (issue #23): hostile seeds of several shapes and sizes, each run through
# `extract FILE --json` and `ingest` (into an empty content folder), peak RSS from /usr/bin/time. A tiny seed of each
# shape gives the process's own baseline (runtime, code, word lists), and the table shows (peak - baseline) / seed size.
# Usage: tests/bench/ingest-memory.sh [SIZE...]   (bytes; default: 500000 4700000; the seed limit is 5 MiB)
#   SHAPES="word dates quotes prose"   which seeds to make (default: all four):
#       word     one run-on paragraph of `said said said ...`
#       dates    one run-on paragraph of `on Monday August 15 2025 `
#       quotes   one run-on paragraph of `"x," Roe said, `
#       prose    the paragraphs of seeds/ (committed news copy) repeated, one line a paragraph
#   SITEGEN=path     a built SiteGen (`sitegen` binary, or a folder holding it); default: builds this tree in Release (JIT)
#   BASELINE=path    another SiteGen to compare (say, one built from main before a change); runs alternate with SITEGEN's
#   RUNS=1           runs per binary, shape and size (the smallest peak is printed: RSS varies little between runs)
#   COMMANDS="extract ingest"
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${BENCH_DIR:-/tmp}/sitegen-ingest-mem.XXXX")
trap 'rm -rf "$work"' EXIT
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(500000 4700000)
read -r -a shapes <<< "${SHAPES:-word dates quotes prose}"
read -r -a commands <<< "${COMMANDS:-extract ingest}"
runs=${RUNS:-1}

binary() { if [ -d "$1" ]; then echo "$1/sitegen"; else echo "$1"; fi; }
sitegen=${SITEGEN:-}
if [ -z "$sitegen" ]; then
  echo "building this tree: dotnet build build/SiteGen -c Release" >&2
  dotnet build "$root/build/SiteGen/SiteGen.csproj" -c Release -o "$work/bin" --artifacts-path "$work/artifacts" >/dev/null
  sitegen="$work/bin"
fi
sitegen=$(binary "$sitegen")
names=(after); bins=("$sitegen")
if [ -n "${BASELINE:-}" ]; then names=(before after); bins=("$(binary "$BASELINE")" "$sitegen"); fi

# make SHAPE BYTES FILE: a seed with a one-line title and a dateline, then the shape up to BYTES.
make_seed() {
  python3 - "$1" "$2" "$3" "$root/seeds" <<'EOF'
import sys, pathlib
shape, size, out, seeds = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
head = "Title of the story\nANCHORAGE (Wire) — Jon Berg met Ilse Varga on Friday, August 15, 2025.\n\n"
runs = {"word": "said ", "dates": "on Monday August 15 2025 ", "quotes": '"x," Roe said, '}
if shape in runs:
    unit = runs[shape]
    body = unit * max(1, (size - len(head)) // len(unit)) + "\n"
else:
    lines = []
    for f in sorted(pathlib.Path(seeds).glob("*.txt")):
        lines += [l for l in f.read_text(encoding="utf-8").splitlines()[1:] if len(l) > 80]
    text, n = [], 0
    while n < size - len(head):
        for l in lines:
            text.append(l); n += len(l.encode()) + 1
            if n >= size - len(head): break
    body = "\n".join(text) + "\n"
pathlib.Path(out).write_text(head + body, encoding="utf-8")
EOF
}

peak() { # COMMAND BINARY SEEDDIR: prints peak RSS in KiB
  local cmd=$1 bin=$2 dir=$3
  rm -rf "$work/content"; mkdir -p "$work/content"
  if [ "$cmd" = extract ]; then
    /usr/bin/time -o "$work/time.txt" -f "%M" "$bin" extract "$dir" --json >/dev/null 2>"$work/err.txt" || { echo "failed: $bin extract $dir" >&2; tail -5 "$work/err.txt" >&2; }
  else
    (cd "$work" && /usr/bin/time -o "$work/time.txt" -f "%M" "$bin" ingest --seeds "$dir" --content "$work/content" >/dev/null 2>"$work/err.txt") || { echo "failed: $bin ingest $dir" >&2; tail -5 "$work/err.txt" >&2; }
  fi
  tail -1 "$work/time.txt"
}
best() { # COMMAND BINARY SEEDDIR: the smallest peak of RUNS
  local v m=""
  for _ in $(seq "$runs"); do v=$(peak "$@"); if [ -z "$m" ] || [ "$v" -lt "$m" ]; then m=$v; fi; done
  echo "$m"
}

echo "$(nproc) cores; $(date -u +%F); ${names[*]}: ${bins[*]}"
header="| command | shape | seed MB"; rule="| --- | --- | ---"
for n in "${names[@]}"; do header+=" | $n peak MB | $n (peak-base)/seed"; rule+=" | --- | ---"; done
rows=()
for shape in "${shapes[@]}"; do
  mkdir -p "$work/tiny-$shape"; make_seed "$shape" 2000 "$work/tiny-$shape/tiny.txt"
  for size in "${sizes[@]}"; do
    dir="$work/$shape-$size"; mkdir -p "$dir"; make_seed "$shape" "$size" "$dir/seed.txt"
    bytes=$(stat -c %s "$dir/seed.txt")
    for cmd in "${commands[@]}"; do
      row="| $cmd | $shape | $(awk -v b="$bytes" 'BEGIN { printf "%.2f", b / 1e6 }')"
      for i in "${!bins[@]}"; do
        base=$(best "$cmd" "${bins[$i]}" "$work/tiny-$shape"); top=$(best "$cmd" "${bins[$i]}" "$dir")
        row+=" | $(awk -v k="$top" 'BEGIN { printf "%.0f", k / 1024 }') | $(awk -v k="$top" -v b0="$base" -v b="$bytes" 'BEGIN { printf "%.1f×", (k - b0) * 1024 / b }')"
      done
      echo "$row |" >&2
      rows+=("$row |")
    done
  done
done
echo "$header |"; echo "$rule |"; printf '%s\n' "${rows[@]}"
