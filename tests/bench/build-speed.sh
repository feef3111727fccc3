#!/usr/bin/env bash
# Build speed against Hugo: SiteGen (Native AOT) and Hugo render the shared synthetic corpus (../shared/bench) through the
# same page shell (tests/bench/templates and tests/bench/hugo/layouts), alternating, each run a clean build into a new folder.
# Usage: tests/bench/build-speed.sh [PAGES...]   (default: 1000 10000, plus 100000 with LARGE=1)
#   LARGE=1           also 100,000 pages (about 15 minutes on 2 shared cores, most of it Hugo's and the corpus's)
#   RUNS=3            timed runs per generator and size (the median is printed); RUNS_100K (default 1) for 100,000 pages
#   SITEGEN=path      an already published AOT binary (default: publishes with `dotnet publish build/SiteGen -c Release -o <tmp>`)
#   JIT=1             also time the JIT build (`dotnet sitegen.dll`)
#   BASELINE=path     also time another SiteGen binary (say, one published from an older commit), for before/after ratios
#   INCREMENTAL=1     also time `build` into the existing output after one page changed (write-only-changed path)
# Prints wall time, CPU time (user + system: steadier than wall on a shared machine) and peak memory (RSS) per generator
# and SiteGen's ratios to Hugo. Without `hugo` on PATH it says so
# and prints SiteGen alone. Outputs are deleted only after all timed runs of a size: creating many files soon after
# deleting many costs extra kernel time on these machines (see ../shared/bench/README.md).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
bench="$root/tests/bench"
corpus_gen="$root/../shared/bench/gen_corpus.py"
work=$(mktemp -d "${BENCH_DIR:-/tmp}/sitegen-bench.XXXX")
trap 'rm -rf "$work"' EXIT
runs=${RUNS:-3}
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || { sizes=(1000 10000); [ "${LARGE:-0}" = 1 ] && sizes+=(100000); }
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

measure() { # prints "wall-seconds kib cpu-seconds" for one run
  /usr/bin/time -o "$work/time.txt" -f "%e %M %U %S" "$@" >/dev/null 2>"$work/err.txt" || { echo "failed: $*" >&2; cat "$work/err.txt" >&2; exit 1; }
  tail -1 "$work/time.txt" | awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }'
}
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

modes=(sitegen); [ "${JIT:-0}" = 1 ] && modes+=(jit); [ -n "${BASELINE:-}" ] && modes+=(baseline); [ $have_hugo = 1 ] && modes+=(hugo)
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
  declare -A times=() mems=() cpus=()
  for i in $(seq 1 "$r"); do
    for mode in "${modes[@]}"; do
      case $mode in
        sitegen) cmd=("$sitegen" build --content "$site/content" --templates "$bench/templates" --output "$site/out-$mode-$i") ;;
        jit) cmd=(dotnet "$work/jit/sitegen.dll" build --content "$site/content" --templates "$bench/templates" --output "$site/out-$mode-$i") ;;
        baseline) cmd=("$BASELINE" build --content "$site/content" --templates "$bench/templates" --output "$site/out-$mode-$i") ;;
        hugo) cmd=(hugo --quiet --source "$site/hugo" --destination "$site/out-$mode-$i") ;;
      esac
      read -r s k c < <(measure "${cmd[@]}")
      times[$mode]+="$s "; mems[$mode]+="$k "; cpus[$mode]+="$c "
    done
  done
  if [ "${INCREMENTAL:-0}" = 1 ]; then
    # One page edited, then `build` into the output the first run wrote: only changed files are rewritten.
    for i in $(seq 1 "$r"); do
      printf '\nEdited %s.\n' "$i" >> "$site/content/articles/page-00001.md"
      read -r s k c < <(measure "$sitegen" build --content "$site/content" --templates "$bench/templates" --output "$site/out-sitegen-1")
      times[incremental]+="$s "; mems[incremental]+="$k "; cpus[incremental]+="$c "
    done
  fi
  declare -A med_t=() med_m=() med_c=()
  for mode in "${!times[@]}"; do
    med_t[$mode]=$(echo "${times[$mode]}" | median)
    med_c[$mode]=$(echo "${cpus[$mode]}" | median)
    med_m[$mode]=$(( $(echo "${mems[$mode]}" | median) / 1024 ))
  done
  row=$(printf '%-8s' "$n")
  for mode in "${modes[@]}"; do row+=$(printf ' | %6ss %6ss cpu %6s MiB' "${med_t[$mode]}" "${med_c[$mode]}" "${med_m[$mode]}"); done
  if [ $have_hugo = 1 ]; then
    row+=" | $(ratio "${med_t[sitegen]}" "${med_t[hugo]}") | $(ratio "${med_c[sitegen]}" "${med_c[hugo]}") | $(ratio "${med_m[sitegen]}" "${med_m[hugo]}")"
  fi
  [ -n "${BASELINE:-}" ] && [ $have_hugo = 1 ] && row+=" | baseline/Hugo $(ratio "${med_t[baseline]}" "${med_t[hugo]}") wall, $(ratio "${med_c[baseline]}" "${med_c[hugo]}") cpu, $(ratio "${med_m[baseline]}" "${med_m[hugo]}") memory"
  [ "${INCREMENTAL:-0}" = 1 ] && row+=" | incremental ${med_t[incremental]}s, ${med_c[incremental]}s cpu ($(ratio "${med_t[incremental]}" "${med_t[sitegen]}")× clean wall, $(ratio "${med_c[incremental]}" "${med_c[sitegen]}")× cpu)"
  rows+=("$row"); echo "$row"
  unset times mems cpus med_t med_m med_c
  rm -rf "$site"
done

header=$(printf '%-8s' pages)
for mode in "${modes[@]}"; do case $mode in sitegen) header+=" | SiteGen AOT: wall, cpu, peak    ";; jit) header+=" | SiteGen JIT: wall, cpu, peak    ";; baseline) header+=" | baseline: wall, cpu, peak       ";; hugo) header+=" | Hugo: wall, cpu, peak           ";; esac; done
[ $have_hugo = 1 ] && header+=" | wall ratio | cpu ratio | memory ratio"
echo; echo "$header (medians of $runs, $(nproc) cores; ratios are SiteGen AOT / Hugo)"
[ $have_hugo = 1 ] || echo "(hugo is not installed: SiteGen alone, no ratios)"
printf '%s\n' "${rows[@]}"
