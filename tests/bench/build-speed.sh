#!/usr/bin/env bash
# Build-speed benchmark: SiteGen's Native AOT and JIT builds on the shared synthetic corpus (../shared/bench).
# Usage: tests/bench/build-speed.sh [PAGES...]   (default: 10 1000 10000). Prints median wall time and peak memory.
# Each timed run builds into a new, empty folder and old outputs are deleted only after all runs (see shared/bench/README.md).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
corpus_gen="$root/../shared/bench/gen_corpus.py"
work=$(mktemp -d /tmp/sitegen-bench.XXXX)
runs=${RUNS:-3}
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(10 1000 10000)

echo "publishing the AOT and JIT builds..."
dotnet publish "$root/build/SiteGen/SiteGen.csproj" -c Release -r linux-x64 -o "$work/aot" --artifacts-path "$work/artifacts-aot" >/dev/null
dotnet build "$root/build/SiteGen/SiteGen.csproj" -c Release -o "$work/jit" --artifacts-path "$work/artifacts-jit" >/dev/null

measure() { # prints "seconds kib" for one run
  /usr/bin/time -o "$work/time.txt" -f "%e %M" "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
  tail -1 "$work/time.txt"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

printf '%-8s %-5s %10s %10s\n' pages mode median_s peak_MiB
for n in "${sizes[@]}"; do
  site="$work/site-$n"
  mkdir -p "$site/content/articles"
  python3 "$corpus_gen" "$n" "$site/raw" >/dev/null
  # The corpus's 'tags' field is not part of SiteGen's article model: drop it rather than time n warnings.
  for f in "$site"/raw/*.md; do grep -v '^tags:' "$f" > "$site/content/articles/$(basename "$f")"; done
  printf 'title: Bench\nbase_url: https://bench.example/\n' > "$site/content/site.yaml"
  printf -- '---\ntitle: Bench\n---\n' > "$site/content/_index.md"
  declare -A times=() mems=()
  for i in $(seq 1 "$runs"); do
    for mode in aot jit; do
      if [ $mode = aot ]; then cmd=("$work/aot/sitegen"); else cmd=(dotnet "$work/jit/sitegen.dll"); fi
      read -r s k < <(measure "${cmd[@]}" build --content "$site/content" --templates "$root/templates" --output "$site/out-$mode-$i")
      times[$mode]+="$s "; mems[$mode]+="$k "
    done
  done
  for mode in aot jit; do
    t=$(echo ${times[$mode]} | tr ' ' '\n' | median)
    m=$(echo ${mems[$mode]} | tr ' ' '\n' | median)
    printf '%-8s %-5s %10s %10s\n' "$n" "$mode" "$t" "$((m / 1024))"
  done
  unset times mems
done
rm -rf "$work"
