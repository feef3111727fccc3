#!/usr/bin/env bash
# Extraction scores: the seeds and the development set, with ../shared/dev/score.py (precision, recall, wrong speakers).
# Usage: tests/bench/score-extraction.sh [DEV_ARTICLES_DIR]   (default /tmp/dev-articles, rebuilt as ../shared/dev/MANIFEST.md says;
# the dev texts are third-party and never committed). Any further folders in EXTRA_SETS="dir:gold.yaml ..." are scored too.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
shared="$root/../shared"
dev=${1:-/tmp/dev-articles}
work=$(mktemp -d /tmp/sitegen-score.XXXX)
dotnet build "$root/build/SiteGen/SiteGen.csproj" -c Release -o "$work/bin" --artifacts-path "$work/artifacts" > "$work/build.log" || { tail -20 "$work/build.log"; exit 1; }
score() { # name, seeds folder, gold
  "$work/bin/sitegen" extract "$2" --json > "$work/$1.json" 2>"$work/$1.err" || true
  echo "== $1"
  python3 "$shared/dev/score.py" "$3" "$work/$1.json" ${VERBOSE:+-v} --max-wrong-speaker 0 --min-quote 0 --min-people 0 --min-events 0
}
score seeds "$root/seeds" "$shared/gold/seeds.gold.yaml"
[ -d "$dev" ] && score dev "$dev" "$shared/dev/dev.gold.yaml"
for set in ${EXTRA_SETS:-}; do score "$(basename "${set%%:*}")" "${set%%:*}" "${set#*:}"; done
echo "json: $work"
