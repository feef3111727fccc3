#!/usr/bin/env bash
# Build speed against Hugo: SiteGen (Native AOT) and Hugo render the shared synthetic corpus (../shared/bench) through the
# same page shell (tests/bench/templates and tests/bench/hugo/layouts), alternating, each run a clean build into a new folder.
# Usage: tests/bench/build-speed.sh [PAGES...]   (default: 1000 10000 100000)
#   RUNS=3            timed runs per generator and size (the median is printed); RUNS_100K (default 1) for 100,000 pages
#   SITEGEN=path      an already published AOT binary (default: publishes with `dotnet publish build/SiteGen -c Release -o <tmp>`)
#   JIT=1             also time the JIT build (`dotnet sitegen.dll`)
#   INCREMENTAL=1     also time `build` into the existing output after one page changed (write-only-changed path)
# Prints wall time and peak memory (RSS) per generator and SiteGen's ratios to Hugo. Without `hugo` on PATH it says so
# and prints SiteGen alone. Outputs are deleted only after all timed runs of a size: creating many files soon after
# deleting many costs extra kernel time on these machines (see ../shared/bench/README.md).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
bench="$root/tests/bench"
corpus_gen="$root/../shared/bench/gen_corpus.py"
work=$(mktemp -d "${BENCH_DIR:-/tmp}/sitegen-bench.XXXX")
trap 'rm -rf "$work"' EXIT
runs=${RUNS:-3}
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 100000)
have_hugo=1; command -v hugo >/dev/null || have_hugo=0

sitegen=${SITEGEN:-}
if [ -z "$sitegen" ]; then
  echo "publishing the Native AOT build: dotnet publish build/SiteGen -c Release -o <tmp>" >&2
  dotnet publish "$root/build/SiteGen" -c Release -o "$work/aot" --artifacts-path "$work/artifacts-aot" >/dev/null
  sitegen="$work/aot/sitegen"
fi
if [ "${JIT:-0}" = 1 ]; then
  dotnet build "$root/build/SiteGen/SiteGen.csproj" -c Release -o "$work/jit" --artifacts-path "$work/artifacts-jit" >/dev/null
fi

measure() { # prints "seconds kib" for one run
  /usr/bin/time -o "$work/time.txt" -f "%e %M" "$@" >/dev/null 2>"$work/err.txt" || { echo "failed: $*" >&2; cat "$work/err.txt" >&2; exit 1; }
  tail -1 "$work/time.txt"
}
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

modes=(sitegen); [ "${JIT:-0}" = 1 ] && modes+=(jit); [ $have_hugo = 1 ] && modes+=(hugo)
[ $have_hugo = 1 ] && echo "$(hugo version | cut -d' ' -f1-2) against SiteGen $(basename "$sitegen"); $(nproc) cores; $(date -u +%F)" \
  || echo "hugo is not installed: timing SiteGen alone (install Debian's 'hugo' package for the comparison)"

rows=()
for n in "${sizes[@]}"; do
  site="$work/site-$n"
  mkdir -p "$site/content/articles" "$site/hugo/content"
  python3 "$corpus_gen" "$n" "$site/raw" >/dev/null
  # The corpus's 'tags' field is not part of SiteGen's article model: drop it rather than time n warnings.
  # One process for every file: a grep per file took minutes at 100,000 pages.
  python3 -c 'import os, sys
src, dst = sys.argv[1:]
for name in os.listdir(src):
    with open(os.path.join(src, name)) as f: text = "".join(l for l in f if not l.startswith("tags:"))
    with open(os.path.join(dst, name), "w") as f: f.write(text)' "$site/raw" "$site/content/articles"
  printf 'title: Bench\nbase_url: https://bench.example/\n' > "$site/content/site.yaml"
  printf -- '---\ntitle: Bench\n---\n' > "$site/content/_index.md"
  if [ $have_hugo = 1 ]; then
    find "$site/raw" -name '*.md' -exec mv -t "$site/hugo/content/" {} +
    cp -r "$bench/hugo/hugo.toml" "$bench/hugo/layouts" "$site/hugo/"
  fi
  r=$runs; [ "$n" -ge 100000 ] && r=${RUNS_100K:-1}
  declare -A times=() mems=()
  for i in $(seq 1 "$r"); do
    for mode in "${modes[@]}"; do
      case $mode in
        sitegen) cmd=("$sitegen" build --content "$site/content" --templates "$bench/templates" --output "$site/out-$mode-$i") ;;
        jit) cmd=(dotnet "$work/jit/sitegen.dll" build --content "$site/content" --templates "$bench/templates" --output "$site/out-$mode-$i") ;;
        hugo) cmd=(hugo --quiet --source "$site/hugo" --destination "$site/out-$mode-$i") ;;
      esac
      read -r s k < <(measure "${cmd[@]}")
      times[$mode]+="$s "; mems[$mode]+="$k "
    done
  done
  if [ "${INCREMENTAL:-0}" = 1 ]; then
    # One page edited, then `build` into the output the first run wrote: only changed files are rewritten.
    for i in $(seq 1 "$r"); do
      printf '\nEdited %s.\n' "$i" >> "$site/content/articles/page-00001.md"
      read -r s k < <(measure "$sitegen" build --content "$site/content" --templates "$bench/templates" --output "$site/out-sitegen-1")
      times[incremental]+="$s "; mems[incremental]+="$k "
    done
  fi
  declare -A med_t=() med_m=()
  for mode in "${!times[@]}"; do
    med_t[$mode]=$(echo "${times[$mode]}" | median)
    med_m[$mode]=$(( $(echo "${mems[$mode]}" | median) / 1024 ))
  done
  row=$(printf '%-8s' "$n")
  for mode in "${modes[@]}"; do row+=$(printf ' | %6ss %6s MiB' "${med_t[$mode]}" "${med_m[$mode]}"); done
  if [ $have_hugo = 1 ]; then
    row+=" | $(ratio "${med_t[sitegen]}" "${med_t[hugo]}") | $(ratio "${med_m[sitegen]}" "${med_m[hugo]}")"
  fi
  [ "${INCREMENTAL:-0}" = 1 ] && row+=" | incremental ${med_t[incremental]}s ($(ratio "${med_t[incremental]}" "${med_t[sitegen]}")× clean)"
  rows+=("$row"); echo "$row"
  unset times mems med_t med_m
  rm -rf "$site"
done

header=$(printf '%-8s' pages)
for mode in "${modes[@]}"; do case $mode in sitegen) header+=" | SiteGen AOT       ";; jit) header+=" | SiteGen JIT       ";; hugo) header+=" | Hugo              ";; esac; done
[ $have_hugo = 1 ] && header+=" | wall ratio | memory ratio"
echo; echo "$header (medians of $runs; ratios are SiteGen AOT / Hugo)"
printf '%s\n' "${rows[@]}"
