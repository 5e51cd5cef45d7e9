#!/usr/bin/env bash
# HTTP load check: `newssearch serve` (Release build) over the full corpus, hit with wrk on loopback at 1, 8 and 32
# connections with a rotating mix of corpus queries. Prints req/s and p50/p99 latency per level. Not part of `dotnet test`.
#
#   tests/load/wrk-search.sh                 # 20 s per level
#   DURATION=30s INDEX=/tmp/my-index tests/load/wrk-search.sh
#
# Needs wrk (apt-get install -y wrk) and the corpus beside the repository (../shared/corpus/fr-news.jsonl).
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
corpus="${CORPUS:-$repo/../shared/corpus/fr-news.jsonl}"
queries="${QUERIES:-$repo/../shared/bench/queries.txt}"
index="${INDEX:-${TMPDIR:-/tmp}/newssearch-load-index}"
duration="${DURATION:-20s}"
port="${PORT:-5181}"
build="${TMPDIR:-/tmp}/newssearch-load-build"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
[ -f "$corpus" ] || { echo "corpus not found: $corpus" >&2; exit 1; }
[ -f "$queries" ] || { echo "queries not found: $queries" >&2; exit 1; }

echo "building Release into $build" >&2
dotnet build -c Release "$repo/src/NewsSearch.Cli" -o "$build" -nologo >"$build.log" 2>&1 || { cat "$build.log" >&2; exit 1; }
ns() { dotnet "$build/newssearch.dll" "$@"; }

documents=$(ns stats --json --index "$index" 2>/dev/null | sed -n 's/.*"documents": *\([0-9]*\).*/\1/p' | head -1)
if [ "${documents:-0}" -eq 0 ]; then
  echo "indexing $corpus into $index" >&2
  ns index --source "$corpus" --index "$index" >&2
  documents=$(ns stats --json --index "$index" | sed -n 's/.*"documents": *\([0-9]*\).*/\1/p' | head -1)
fi

log="$(mktemp -t newssearch-load-XXXXXX.log)"
# Started directly (not through the ns function) so $! is the server itself and the trap stops it.
dotnet "$build/newssearch.dll" serve --index "$index" --urls "http://127.0.0.1:$port" 2>"$log" &
server=$!
trap 'kill -TERM $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  curl -sf "http://127.0.0.1:$port/health" >/dev/null && break
  kill -0 $server 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.1
done

url="http://127.0.0.1:$port"
echo "index: $documents documents; queries: $(grep -c . "$queries") from $queries; $duration per level; $(nproc) cores" >&2
echo "warm-up (5 s)" >&2
wrk -t1 -c4 -d5s -s "$repo/tests/load/search.lua" "$url" -- "$queries" >/dev/null

printf '%-12s %10s %10s %10s %10s %8s\n' connections req/s p50_ms p99_ms requests errors
for c in 1 8 32; do
  threads=$(( c < 2 ? 1 : 2 ))
  line=$(wrk -t"$threads" -c"$c" -d"$duration" --timeout 10s -s "$repo/tests/load/search.lua" "$url" -- "$queries" | grep '^RESULT')
  get() { echo "$line" | sed -n "s/.* $1=\([^ ]*\).*/\1/p"; }
  errors=$(( $(get errors) + $(get non2xx) ))
  printf '%-12s %10s %10s %10s %10s %8s\n' "$c" "$(get rps)" "$(get p50_ms)" "$(get p99_ms)" "$(get requests)" "$errors"
done
echo "server log: $log ($(grep -c 'responded 200' "$log") requests answered 200)" >&2
