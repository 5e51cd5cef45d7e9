#!/usr/bin/env bash
# The reliability drills: crashes, a full disk, concurrency, hostile files and queries, HTTP exposure, sustained load
# and a hostile crawl, each printing one line of figures. Not part of `dotnet test` (the fast ones are, see README.md).
#
#   tests/drills/run-drills.sh                     # all nine (about 45 minutes on 2 cores, 5 of them under wrk)
#   DRILLS="5 7" tests/drills/run-drills.sh        # some of them
#   DURATION=1m KILLS=6 tests/drills/run-drills.sh # shorter load and fewer kills
#
# Runs as root (drill 3 mounts a small tmpfs; drill 5 reads as the user nobody). Generated inputs and indexes go to
# WORK (default /tmp/newssearch-drills), never into the repository. Needs the corpus beside the repository
# (../shared/corpus/fr-news.jsonl), Python 3 and wrk (installed with apt-get when missing).
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="${WORK:-/tmp/newssearch-drills}"
corpus="${CORPUS:-$repo/../shared/corpus/fr-news.jsonl}"
queries="${QUERIES:-$repo/../shared/bench/queries.txt}"

[ -f "$corpus" ] || { echo "corpus not found: $corpus" >&2; exit 1; }
[ -f "$queries" ] || { echo "queries not found: $queries" >&2; exit 1; }
command -v python3 >/dev/null || { echo "python3 is missing" >&2; exit 1; }
if ! command -v wrk >/dev/null; then
  echo "installing wrk" >&2
  (apt-get update -qq && apt-get install -y -qq wrk) >&2
fi

mkdir -p "$work"
chmod 755 "$work"
if [ -z "${NO_BUILD:-}" ]; then
  echo "building newssearch and the drill helpers (Release) into $work" >&2
  dotnet build -c Release "$repo/src/NewsSearch.Cli" -o "$work/cli" -nologo >"$work/build-cli.log" 2>&1 || { cat "$work/build-cli.log" >&2; exit 1; }
  dotnet build -c Release "$repo/tests/NewsSearch.Benchmarks" -o "$work/bench" -nologo >"$work/build-bench.log" 2>&1 || { cat "$work/build-bench.log" >&2; exit 1; }
fi
chmod -R a+rX "$work/cli"

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
DRILL_REPO="$repo" DRILL_WORK="$work" DRILL_CLI="$work/cli/newssearch.dll" DRILL_BENCH="$work/bench/NewsSearch.Benchmarks.dll" \
  DRILL_CORPUS="$corpus" DRILL_QUERIES="$queries" python3 -u "$repo/tests/drills/drills.py"
