#!/usr/bin/env bash
# Build speed against Hugo: SiteGen (Native AOT) and Hugo render the shared synthetic corpus (../shared/bench) through the
# same page shell (tests/bench/templates and tests/bench/hugo/layouts), alternating, each run a clean build into a new folder.
# Usage: tests/bench/build-speed.sh [PAGES...]   (default: 1000 10000, plus 100000 with LARGE=1)
#   LARGE=1           also 100,000 pages (about 15 minutes on 2 shared cores, most of it Hugo's and the corpus's)
#   RUNS=3            timed runs per generator and size (the median is printed); RUNS_100K (default 1) for 100,000 pages
#   SITEGEN=path      an already published AOT binary (default: publishes with `dotnet publish build/SiteGen -c Release -o <tmp>`)
#   JIT=1             also time the JIT build (`dotnet sitegen.dll`)
#   BASELINE=path     also time another SiteGen binary (say, one published from an older commit), for before/after ratios
#   INCREMENTAL=1     also time `build` into the existing output (with its build state) after one edit: an article's body, an
#                     article's title (every list changes) and a person (SiteGen's site then has one person). With BASELINE,
#                     the baseline binary's one-edit builds are timed alternately. The last outputs are compared with a
#                     clean build of the final content, byte for byte.
#   CARDS=1           also time SiteGen on a copy of the content with `cards: false` (share cards off), alternating with
#                     the run with cards (on by default: a clean build draws one card per page)
#   PAGEFIND=1        also time Pagefind (npm `pagefind`, pinned to $PAGEFIND_VERSION, default 1.6.0) over each Hugo output,
#                     and report SiteGen against Hugo plus Pagefind (SiteGen's own output includes its search index)
# Prints wall time, CPU time (user + system: steadier than wall on a shared machine) and peak memory (RSS) per generator
# and SiteGen's ratios to Hugo; each clean run's figures go to stderr as it ends, to judge the spread behind a median. Without `hugo` on PATH it says so
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
pagefind=""
if [ "${PAGEFIND:-0}" = 1 ] && [ $have_hugo = 1 ]; then
  echo "installing pagefind@${PAGEFIND_VERSION:-1.6.0} (npm) into the work folder" >&2
  (cd "$work" && npm install --silent --no-audit --no-fund --prefix "$work/pagefind" "pagefind@${PAGEFIND_VERSION:-1.6.0}" >/dev/null)
  pagefind="$work/pagefind/node_modules/.bin/pagefind"
fi

. "$root/tests/bench/aot-binary.sh"
sitegen=$(sitegen_binary "$root" "$work")
if [ "${JIT:-0}" = 1 ]; then
  dotnet build "$root/build/SiteGen/SiteGen.csproj" -c Release -o "$work/jit" --artifacts-path "$work/artifacts-jit" >/dev/null
fi

measure() { # prints "wall-seconds kib cpu-seconds" for one run
  /usr/bin/time -o "$work/time.txt" -f "%e %M %U %S" "$@" >/dev/null 2>"$work/err.txt" || { echo "failed: $*" >&2; cat "$work/err.txt" >&2; exit 1; }
  tail -1 "$work/time.txt" | awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }'
}
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

modes=(sitegen); [ "${CARDS:-0}" = 1 ] && modes+=(nocards); [ "${JIT:-0}" = 1 ] && modes+=(jit); [ -n "${BASELINE:-}" ] && modes+=(baseline); [ $have_hugo = 1 ] && modes+=(hugo)
[ -n "$pagefind" ] && modes+=(pagefind)
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
  if [ "${CARDS:-0}" = 1 ]; then
    cp -r "$site/content" "$site/content-nocards"
    printf 'cards: false\n' >> "$site/content-nocards/site.yaml"
  fi
  if [ "${INCREMENTAL:-0}" = 1 ]; then
    # One person, so that an edit to a person can be timed; every SiteGen build then also looks for their name in every body.
    mkdir -p "$site/content/people"
    printf -- '---\nname: Quinn Benchmark\nrole: Analyst 0\nkind: expert\n---\nAn invented analyst.\n' > "$site/content/people/quinn-benchmark.md"
  fi
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
        nocards) cmd=("$sitegen" build --content "$site/content-nocards" --templates "$bench/templates" --output "$site/out-$mode-$i") ;;
        jit) cmd=(dotnet "$work/jit/sitegen.dll" build --content "$site/content" --templates "$bench/templates" --output "$site/out-$mode-$i") ;;
        baseline) cmd=("$BASELINE" build --content "$site/content" --templates "$bench/templates" --output "$site/out-$mode-$i") ;;
        hugo) cmd=(hugo --quiet --source "$site/hugo" --destination "$site/out-$mode-$i") ;;
        pagefind) cmd=("$pagefind" --site "$site/out-hugo-$i") ;;
      esac
      read -r s k c < <(measure "${cmd[@]}")
      times[$mode]+="$s "; mems[$mode]+="$k "; cpus[$mode]+="$c "
      echo "  $n pages, run $i, $mode: ${s}s wall, ${c}s cpu, $((k / 1024)) MiB" >&2
    done
  done
  if [ "${INCREMENTAL:-0}" = 1 ]; then
    # One edit, then `build` into the output (and build state) the first timed run wrote; old and new alternate per edit.
    builders=(sitegen); [ -n "${BASELINE:-}" ] && builders+=(baseline)
    for edit in body title person; do
      for i in $(seq 1 "$r"); do
        case $edit in
          body) printf '\nEdited body %s.\n' "$i" >> "$site/content/articles/page-00001.md" ;;
          title) sed -i "s/^title: .*/title: \"Page 2, edited $i\"/" "$site/content/articles/page-00002.md" ;;
          person) sed -i "s/^role: .*/role: Analyst $i/" "$site/content/people/quinn-benchmark.md" ;;
        esac
        for b in "${builders[@]}"; do
          bin=$sitegen; [ "$b" = baseline ] && bin=$BASELINE
          read -r s k c < <(measure "$bin" build --content "$site/content" --templates "$bench/templates" --output "$site/out-$b-1")
          times[$b-$edit]+="$s "; mems[$b-$edit]+="$k "; cpus[$b-$edit]+="$c "
        done
      done
    done
    "$sitegen" build --content "$site/content" --templates "$bench/templates" --output "$site/out-verify" >/dev/null 2>&1
    identical=identical; diff -r -q "$site/out-verify" "$site/out-sitegen-1" >/dev/null || identical=DIFFERS
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
  [ -n "$pagefind" ] && row+=" | Hugo + Pagefind $(awk -v a="${med_t[hugo]}" -v b="${med_t[pagefind]}" 'BEGIN { printf "%.2f", a + b }')s; SiteGen / (Hugo + Pagefind) wall $(ratio "${med_t[sitegen]}" "$(awk -v a="${med_t[hugo]}" -v b="${med_t[pagefind]}" 'BEGIN { print a + b }')")"
  if [ "${INCREMENTAL:-0}" = 1 ]; then
    for b in "${builders[@]}"; do
      for edit in body title person; do
        row+=" | $b one $edit edited: ${med_t[$b-$edit]}s, ${med_c[$b-$edit]}s cpu, ${med_m[$b-$edit]} MiB ($(ratio "${med_t[$b-$edit]}" "${med_t[$b]}")× its clean wall)"
      done
    done
    row+=" | last incremental output vs a clean build: $identical"
  fi
  rows+=("$row"); echo "$row"
  unset times mems cpus med_t med_m med_c
  rm -rf "$site"
done

header=$(printf '%-8s' pages)
for mode in "${modes[@]}"; do case $mode in sitegen) header+=" | SiteGen AOT: wall, cpu, peak    ";; nocards) header+=" | SiteGen, cards: false           ";; jit) header+=" | SiteGen JIT: wall, cpu, peak    ";; baseline) header+=" | baseline: wall, cpu, peak       ";; hugo) header+=" | Hugo: wall, cpu, peak           ";; pagefind) header+=" | Pagefind: wall, cpu, peak       ";; esac; done
[ $have_hugo = 1 ] && header+=" | wall ratio | cpu ratio | memory ratio"
echo; echo "$header (medians of $runs, $(nproc) cores; ratios are SiteGen AOT / Hugo)"
[ $have_hugo = 1 ] || echo "(hugo is not installed: SiteGen alone, no ratios)"
printf '%s\n' "${rows[@]}"
