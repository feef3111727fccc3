#!/usr/bin/env bash
# Extraction scores with ../shared/dev/score.py (precision, recall, quotes on the wrong person), one table row per set:
#   seeds      seeds/ against ../shared/gold/seeds.gold.yaml
#   dev        $DEV_ARTICLES (default /tmp/dev-articles) against ../shared/dev/dev.gold.yaml, only the articles present
#   train      tests/bench/corpus/texts/train against tests/bench/corpus/train.gold.yaml
#   extra      tests/bench/corpus/texts/extra against tests/bench/corpus/extra.gold.yaml (a second training part, other stories)
#   extra2     tests/bench/corpus/texts/extra2 against tests/bench/corpus/extra2.gold.yaml (a third training part, new outlets)
#   extra3     tests/bench/corpus/texts/extra3 against tests/bench/corpus/extra3.gold.yaml (a fourth training part, new outlets)
#   extra4     tests/bench/corpus/texts/extra4 against tests/bench/corpus/extra4.gold.yaml (a fifth training part, half other summits)
#   extra5     tests/bench/corpus/texts/extra5 against tests/bench/corpus/extra5.gold.yaml: held back, totals only (its misses
#              are not read), like the lockbox but without the log
#   extra6     tests/bench/corpus/texts/extra6 against tests/bench/corpus/extra6.gold.yaml (a seventh training part: G20, APEC,
#              SCO, BRICS, ASEAN, COP30 and the Gaza summit, new outlets)
#   extra7     tests/bench/corpus/texts/extra7 against tests/bench/corpus/extra7.gold.yaml: held back, totals only (half Alaska,
#              half other summits, new outlets)
#   extra8     tests/bench/corpus/texts/extra8 against tests/bench/corpus/extra8.gold.yaml (training: 20 Alaska articles, new outlets)
#   extra9     tests/bench/corpus/texts/extra9 against tests/bench/corpus/extra9.gold.yaml (training: 20 on the summit's aftermath)
#   extra10    tests/bench/corpus/texts/extra10 against tests/bench/corpus/extra10.gold.yaml (training since the twelfth session:
#              20 Alaska articles, new outlets; held back, totals only, for two sessions before that)
#   extra11    tests/bench/corpus/texts/extra11 against tests/bench/corpus/extra11.gold.yaml (training: 12 Alaska, 8 other summits)
#   extra12    tests/bench/corpus/texts/extra12 against tests/bench/corpus/extra12.gold.yaml: held back, totals only (20 Alaska
#              articles, new outlets, two transcripts)
#   extra13    tests/bench/corpus/texts/extra13 against tests/bench/corpus/extra13.gold.yaml (training: 20 on the summit's
#              aftermath, the 18 August White House meeting, two transcripts)
#   lockbox    tests/bench/corpus/texts/lockbox against tests/bench/corpus/lockbox.gold.yaml, only with LOCKBOX=1:
#              totals only (never a miss or a text), and every run is logged in tests/bench/corpus/lockbox-runs.log.
#   extra14    tests/bench/corpus/texts/extra14 against tests/bench/corpus/extra14.gold.yaml: held back, totals only (12 Alaska,
#              8 other 2025 summits, new outlets, two transcripts)
#   extra15    tests/bench/corpus/texts/extra15 against tests/bench/corpus/extra15.gold.yaml (training: 20 Alaska articles, new
#              outlets, two transcripts; first scored unseen, then read)
#   extra16    tests/bench/corpus/texts/extra16 against tests/bench/corpus/extra16.gold.yaml (training: 20 Alaska articles, new
#              outlets, a podcast transcript; first scored unseen, then read)
#   extra18    tests/bench/corpus/texts/extra18 against tests/bench/corpus/extra18.gold.yaml (training: 4 Alaska, 10 on the G20,
#              SCO and APEC, outlets from Africa, the Gulf, the Caribbean and South Asia; first scored unseen, then read)
#   extra19    tests/bench/corpus/texts/extra19 against tests/bench/corpus/extra19.gold.yaml: held back, totals only (12 Alaska,
#              8 on the G20, ASEAN, BRICS, APEC and SCO, outlets from South, East and Central Asia and Turkey, a Q&A)
#   extra20    tests/bench/corpus/texts/extra20 against tests/bench/corpus/extra20.gold.yaml (training: 7 Alaska, 4 on the G7,
#              NATO, APEC and BRICS, outlets from Oceania, East Africa and Eastern Europe; first scored unseen, then read)
#   extra21    tests/bench/corpus/texts/extra21 against tests/bench/corpus/extra21.gold.yaml: held back, totals only (9 Alaska,
#              5 on the G7, NATO and EU-China, outlets from India, Sweden, the Balkans, Australia, the Gulf and Greece)
#   extra22    tests/bench/corpus/texts/extra22 against tests/bench/corpus/extra22.gold.yaml (training: 6 Alaska, 10 on the G20,
#              APEC, BRICS, SCO and ASEAN; first scored unseen, then read)
#   extra17    tests/bench/corpus/texts/extra17 against tests/bench/corpus/extra17.gold.yaml: held back, totals only (12 Alaska,
#              8 on APEC, SCO and G20, new outlets, an interview)
# VERBOSE=1 lists misses, extras and wrong speakers, for seeds, dev and the training parts only.
# The article texts are third-party and never committed: rebuild them from the MANIFESTs (tests/bench/corpus/README.md).
# Extra sets: EXTRA_SETS="dir:gold.yaml ..." (totals only, like the lockbox).
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
shared="$root/../shared"
corpus="$root/tests/bench/corpus"
dev=${DEV_ARTICLES:-${1:-/tmp/dev-articles}}
work=$(mktemp -d /tmp/sitegen-score.XXXX)
dotnet build "$root/build/SiteGen/SiteGen.csproj" -c Release -o "$work/bin" --artifacts-path "$work/artifacts" > "$work/build.log" || { tail -20 "$work/build.log"; exit 1; }
rows=()
score() { # name, texts folder, gold, verbose allowed (1/0)
  local name=$1 dir=$2 gold=$3 open=$4 out
  [ -d "$dir" ] && ls "$dir"/*.txt > /dev/null 2>&1 || { echo "== $name: no texts in $dir (rebuild them first)"; return; }
  [ -f "$gold" ] || { echo "== $name: no gold $gold"; return; }
  "$work/bin/sitegen" extract "$dir" --json > "$work/$name.json" 2>"$work/$name.err" || true
  local flags=(--texts "$dir" --max-wrong-speaker 1000 --min-quote 0 --min-people 0 --min-events 0)
  [ "$open" = 1 ] && [ -n "${VERBOSE:-}" ] && flags+=(-v)
  out=$(python3 "$shared/dev/score.py" "$gold" "$work/$name.json" "${flags[@]}")
  echo "== $name ($(ls "$dir"/*.txt | wc -l) articles)"
  if [ "$open" = 1 ]; then echo "$out"; else echo "$out" | grep -E '^(quotes|partial quotes|people|events|wrong speaker) '; rm -f "$work/$name.json"; fi
  rows+=("$(echo "$out" | python3 -c '
import sys, re
t = sys.stdin.read(); g = lambda k: re.search(r"^" + k + r"\s+precision (\S+)\s+recall (\S+)", t, re.M)
w = re.search(r"^wrong speaker\s+(\d+), (\d+) of them", t, re.M)
print(" | ".join(f"{m.group(1)} / {m.group(2)}" for m in (g("quotes"), g("partial quotes"), g("people"), g("events"))) + f" | {w.group(1)} ({w.group(2)} unmarked)")
' | sed "s/^/| $name | /; s/\$/ |/")")
}
score seeds "$root/seeds" "$shared/gold/seeds.gold.yaml" 1
score dev "$dev" "$shared/dev/dev.gold.yaml" 1
score train "$corpus/texts/train" "$corpus/train.gold.yaml" 1
score extra "$corpus/texts/extra" "$corpus/extra.gold.yaml" 1
score extra2 "$corpus/texts/extra2" "$corpus/extra2.gold.yaml" 1
score extra3 "$corpus/texts/extra3" "$corpus/extra3.gold.yaml" 1
score extra4 "$corpus/texts/extra4" "$corpus/extra4.gold.yaml" 1
score extra5 "$corpus/texts/extra5" "$corpus/extra5.gold.yaml" 0
score extra6 "$corpus/texts/extra6" "$corpus/extra6.gold.yaml" 1
score extra7 "$corpus/texts/extra7" "$corpus/extra7.gold.yaml" 0
score extra8 "$corpus/texts/extra8" "$corpus/extra8.gold.yaml" 1
score extra9 "$corpus/texts/extra9" "$corpus/extra9.gold.yaml" 1
score extra10 "$corpus/texts/extra10" "$corpus/extra10.gold.yaml" 1
score extra11 "$corpus/texts/extra11" "$corpus/extra11.gold.yaml" 1
score extra12 "$corpus/texts/extra12" "$corpus/extra12.gold.yaml" 0
score extra13 "$corpus/texts/extra13" "$corpus/extra13.gold.yaml" 1
score extra14 "$corpus/texts/extra14" "$corpus/extra14.gold.yaml" 0
score extra15 "$corpus/texts/extra15" "$corpus/extra15.gold.yaml" 1
score extra16 "$corpus/texts/extra16" "$corpus/extra16.gold.yaml" 1
score extra17 "$corpus/texts/extra17" "$corpus/extra17.gold.yaml" 0
score extra18 "$corpus/texts/extra18" "$corpus/extra18.gold.yaml" 1
score extra19 "$corpus/texts/extra19" "$corpus/extra19.gold.yaml" 0
score extra20 "$corpus/texts/extra20" "$corpus/extra20.gold.yaml" 1
score extra21 "$corpus/texts/extra21" "$corpus/extra21.gold.yaml" 0
score extra22 "$corpus/texts/extra22" "$corpus/extra22.gold.yaml" 1
if [ -n "${LOCKBOX:-}" ]; then
  score lockbox "$corpus/texts/lockbox" "$corpus/lockbox.gold.yaml" 0
  echo "$(date -u +%FT%TZ) $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD -- build || echo '+changes')" >> "$corpus/lockbox-runs.log"
fi
for set in ${EXTRA_SETS:-}; do score "$(basename "${set%%:*}")" "${set%%:*}" "${set#*:}" 0; done
echo
echo "| set | full quotes P / R | partial P / R | people P / R | events P / R | wrong speaker |"
echo "| --- | --- | --- | --- | --- | --- |"
printf '%s\n' "${rows[@]}"
echo "json: $work"
