#!/usr/bin/env bash
# Time from starting `sitegen serve` to its first page answered, with and without the build state a `build` left
# beside output/, alternating in one run (and, with BASELINE=..., another sitegen too, e.g. main's, which never reads it).
#
#   tests/bench/serve-start.sh [PAGES]            PAGES (default 10000) of ../shared/bench/gen_corpus.py made into articles,
#                                                 with the committed site.yaml, _index.md and templates
#   SITEGEN="path/to/sitegen" RUNS=3 BASELINE="dotnet main/.../sitegen.dll" tests/bench/serve-start.sh 10000
#
# SITEGEN defaults to this tree's Release build under the JIT. The site is built once first (that build writes the
# state); serve never writes output/, so the runs leave the folder as it was. Medians are printed at the end.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
pages=${1:-10000}
runs=${RUNS:-3}
sitegen=${SITEGEN:-dotnet $repo/build/SiteGen/bin/Release/net10.0/sitegen.dll}
[ -n "${SITEGEN:-}" ] || dotnet build -c Release "$repo/build/SiteGen" >/dev/null
work=$(mktemp -d /tmp/sitegen-serve-start.XXXXXX)
# Deleting 10,000 files makes the next creation of as many slow for minutes (../shared/bench/README.md): delete last.
trap 'rm -rf "$work"' EXIT

python3 - "$repo" "$pages" "$work" <<'EOF'
import os, re, shutil, subprocess, sys
repo, pages, work = sys.argv[1], sys.argv[2], sys.argv[3]
raw = os.path.join(work, 'raw')
subprocess.check_call(['python3', os.path.join(repo, '..', 'shared', 'bench', 'gen_corpus.py'), pages, raw])
articles = os.path.join(work, 'content', 'articles')
os.makedirs(articles)
for name in ['site.yaml', '_index.md']:
    shutil.copy(os.path.join(repo, 'content', name), os.path.join(work, 'content', name))
for name in os.listdir(raw):
    if not name.endswith('.md'): continue
    text = open(os.path.join(raw, name)).read()
    text = re.sub(r'^tags: .*\n', '', text, flags=re.M)
    text = re.sub(r'\]\(/page-(\d+)/\)', r'](/articles/page-\1/)', text)
    open(os.path.join(articles, name), 'w').write(text)
shutil.rmtree(raw)
shutil.copytree(os.path.join(repo, 'templates'), os.path.join(work, 'templates'))
EOF

(cd "$work" && $sitegen build >/dev/null)
state="$work/.sitegen-state-output"
base=$(sed -n 's/^base_url: *"\{0,1\}https\{0,1\}:\/\/[^/]*\(\/[^"]*\)"\{0,1\}.*/\1/p' "$work/content/site.yaml")
port=18700

# Prints milliseconds from starting `serve` to the site's home page answering 200.
start() {
    port=$((port + 1))
    local began pid
    began=$(date +%s%N)
    (cd "$work" && exec $1 serve --port $port >"$work/serve.log" 2>&1) &
    pid=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port${base:-/}" || true)" = 200 ]; do
        kill -0 $pid 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
        sleep 0.05
    done
    echo $(( ($(date +%s%N) - began) / 1000000 ))
    kill $pid
    wait $pid 2>/dev/null || true
}

declare -A times
for round in $(seq "$runs"); do
    mv "$state" "$state.off"
    [ -z "${BASELINE:-}" ] || times[baseline]+="$(start "$BASELINE") "
    times[without]+="$(start "$sitegen") "
    mv "$state.off" "$state"
    times[with]+="$(start "$sitegen") "
    echo "round $round done (load $(cut -d" " -f1 /proc/loadavg))" >&2
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for k in "${!times[@]}"; do echo "$k: runs ${times[$k]}ms, median $(echo "${times[$k]}" | median) ms"; done
