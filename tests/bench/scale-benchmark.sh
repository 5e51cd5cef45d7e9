#!/usr/bin/env bash
# Scale benchmark: NewsSearch and the Java Lucene 4.10.4 peer over generated archives of 300,000 and 1,000,000
# articles, measured back to back in one run, and one table per size with the peer beside each figure (see README.md).
#
#   tests/bench/scale-benchmark.sh                        # both sizes, everything (about 2 h 30 on 2 cores)
#   SIZES=300000 RUNS=3 tests/bench/scale-benchmark.sh    # one size
#
# env: SIZES="300000 1000000"  DATA=/tmp/scale-data (corpora, indexes, builds, results; outside the repo)
#      RUNS=3 (latency runs, one-shot batches, refresh rounds)   INDEX_RUNS=1 (0: keep indexes already built)
#      STEPS="index latency oneshot refresh serve"   WRK_DURATION=20s   PORT=5191   SKIP_INSTALL=1
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
SHARED="$REPO/../shared"
DATA="${DATA:-/tmp/scale-data}"
SIZES="${SIZES:-300000 1000000}"
RUNS="${RUNS:-3}"
INDEX_RUNS="${INDEX_RUNS:-1}"
STEPS="${STEPS:-index latency oneshot refresh serve}"
WRK_DURATION="${WRK_DURATION:-20s}"
PORT="${PORT:-5191}"
QUERIES="$SHARED/bench/queries.txt"
ONESHOT_QUERY="réforme des retraites"
FRESH=5000 # articles generated beyond each size, added 1,000 at a time by the refresh step (at most 5 rounds)
log() { echo "[scale-benchmark $(date +%H:%M:%S)] $*" >&2; }
has_step() { [[ " $STEPS " == *" $1 "* ]]; }
load() { cut -d' ' -f1-3 /proc/loadavg | tr ' ' '/'; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# --- prerequisites: .NET SDK, the peer's Java and Lucene jars, wrk, hyperfine, python3 (Debian packages)
J=/usr/share/java
CP="$J/lucene-core-4.10.4.jar:$J/lucene-analyzers-common-4.10.4.jar:$J/lucene-queryparser-4.10.4.jar"
CP="$CP:$J/lucene-highlighter-4.10.4.jar:$J/lucene-memory-4.10.4.jar:$J/lucene-queries-4.10.4.jar:$J/gson.jar"
missing=""
[ -f "$J/lucene-core-4.10.4.jar" ] || missing="$missing liblucene4.10-java libgoogle-gson-java"
command -v javac >/dev/null || missing="$missing openjdk-17-jdk-headless"
for tool in wrk hyperfine; do command -v $tool >/dev/null || missing="$missing $tool"; done
[ -x /usr/bin/python3 ] || missing="$missing python3"
if [ -n "$missing" ]; then
  [ -z "${SKIP_INSTALL:-}" ] || { log "missing:$missing"; exit 2; }
  log "installing$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 || true
  apt-get install -y -qq --no-install-recommends $missing >&2
fi
for f in "$SHARED/corpus/fr-news.jsonl" "$QUERIES" "$SHARED/bench/scale/make-scale-corpus.py" "$SHARED/bench/peers/lucene/FrBench.java"; do
  [ -f "$f" ] || { log "not found: $f"; exit 2; }
done

# --- builds, as installed: published ready-to-run for this machine (README), the peer compiled with its helper
mkdir -p "$DATA/build" "$DATA/results"
RID="$(dotnet --info | awk '$1 == "RID:" {print $2; exit}')"
log "publishing NewsSearch and its benchmark program (Release, ready-to-run, $RID)"
dotnet publish -c Release -r "$RID" --self-contained false -v q -nologo -o "$DATA/build/bench" "$REPO/tests/NewsSearch.Benchmarks" >&2
dotnet publish -c Release -r "$RID" --self-contained false -v q -nologo -o "$DATA/build/cli" "$REPO/src/NewsSearch.Cli" >&2
rm -rf "$DATA/build/java" && mkdir -p "$DATA/build/java"
javac -nowarn -cp "$CP" -d "$DATA/build/java" "$SHARED/bench/peers/lucene/FrBench.java" "$HERE/ScalePeer.java" 2>&1 | grep -v '^Note:' >&2 || true
BENCH=(dotnet "$DATA/build/bench/NewsSearch.Benchmarks.dll")
NS=(dotnet "$DATA/build/cli/newssearch.dll")
JAVA=(java -cp "$CP:$DATA/build/java")

server=""
trap '[ -n "$server" ] && kill -TERM $server 2>/dev/null; wait 2>/dev/null || true' EXIT

# Runs one peer's server on $PORT under wrk at 1, 8 and 32 connections; appends the metrics.
serve_under_wrk() { # peer, metrics file, command...
  local peer="$1" metrics="$2"; shift 2
  "$@" >"$DATA/results/serve-$peer.log" 2>&1 &
  server=$!
  for _ in $(seq 1 600); do
    curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break
    kill -0 $server 2>/dev/null || { cat "$DATA/results/serve-$peer.log" >&2; exit 1; }
    sleep 0.1
  done
  wrk -t1 -c4 -d5s -s "$REPO/tests/load/search.lua" "http://127.0.0.1:$PORT" -- "$QUERIES" >/dev/null
  for c in 1 8 32; do
    local line
    line=$(wrk -t$(( c < 2 ? 1 : 2 )) -c$c -d"$WRK_DURATION" --timeout 10s -s "$REPO/tests/load/search.lua" "http://127.0.0.1:$PORT" -- "$QUERIES" | grep '^RESULT')
    get() { echo "$line" | sed -n "s/.* $1=\([^ ]*\).*/\1/p"; }
    echo "run=1 peer=$peer metric=serve_c${c}_rps value=$(get rps)" >>"$metrics"
    echo "run=1 peer=$peer metric=serve_c${c}_p50_ms value=$(get p50_ms)" >>"$metrics"
    echo "run=1 peer=$peer metric=serve_c${c}_p99_ms value=$(get p99_ms)" >>"$metrics"
    echo "run=1 peer=$peer metric=serve_c${c}_errors value=$(( $(get errors) + $(get non2xx) ))" >>"$metrics"
  done
  echo "run=1 peer=$peer metric=serve_peak_rss_bytes value=$(( $(awk '/^VmHWM/ {print $2}' /proc/$server/status) * 1024 ))" >>"$metrics"
  kill -TERM $server; wait $server 2>/dev/null || true
  server=""
}

for N in $SIZES; do
  corpus="$DATA/corpus-$N.jsonl" fresh="$DATA/fresh-$N.jsonl" nsidx="$DATA/ns-$N" javaidx="$DATA/java-$N"
  metrics="$DATA/results/scale-$N-$(date +%Y%m%dT%H%M%S).txt"
  echo "size=$N date=$(date -Is) cores=$(nproc) memory=$(free -g | awk '/^Mem/ {print $2}')GiB load=$(load) commit=$(git -C "$REPO" rev-parse --short HEAD)" | tee "$metrics"
  if [ ! -f "$corpus" ] || [ ! -f "$fresh" ]; then
    log "generating $N articles (+$FRESH for the refresh step)"
    /usr/bin/python3 "$SHARED/bench/scale/make-scale-corpus.py" "$SHARED/corpus/fr-news.jsonl" $((N + FRESH)) "$corpus.all"
    head -n "$N" "$corpus.all" >"$corpus" && tail -n +"$((N + 1))" "$corpus.all" >"$fresh" && rm "$corpus.all"
  fi

  if has_step index; then
    runs=$INDEX_RUNS
    if [ "$runs" -eq 0 ] && { [ ! -d "$nsidx" ] || [ ! -d "$javaidx" ]; }; then runs=1; fi
    for run in $(seq 1 "$runs"); do
      log "$N: indexing, run $run/$runs: newssearch (load $(load))"
      /usr/bin/time -f "%M %e" -o "$DATA/results/time" "${BENCH[@]}" index "$corpus" "$nsidx" --slice 100000 \
        | grep -E 'index_(docs_per_s|slice)' | sed "s/^/run=$run /" | tee -a "$metrics"
      echo "run=$run peer=newssearch metric=peak_rss_bytes value=$(( $(cut -d' ' -f1 "$DATA/results/time") * 1024 ))" | tee -a "$metrics"
      echo "run=$run peer=newssearch metric=index_size_bytes value=$(du -sb "$nsidx" | cut -f1)" | tee -a "$metrics"
      log "$N: indexing, run $run/$runs: lucene-java (load $(load))"
      rm -rf "$javaidx"
      /usr/bin/time -f "%M %e" -o "$DATA/results/time" "${JAVA[@]}" -Xms1g -Xmx4g FrBench index "$corpus" "$javaidx" \
        | grep -E 'index_docs_per_s' | sed "s/^/run=$run /" | tee -a "$metrics"
      echo "run=$run peer=lucene-java metric=peak_rss_bytes value=$(( $(cut -d' ' -f1 "$DATA/results/time") * 1024 ))" | tee -a "$metrics"
      echo "run=$run peer=lucene-java metric=index_size_bytes value=$(du -sb "$javaidx" | cut -f1)" | tee -a "$metrics"
    done
  fi
  [ -d "$nsidx" ] && [ -d "$javaidx" ] || { log "no indexes for $N: run with the index step"; exit 2; }

  if has_step latency; then
    for run in $(seq 1 "$RUNS"); do
      log "$N: search latency, run $run/$RUNS (load $(load))"
      "${BENCH[@]}" latency "$nsidx" "$QUERIES" | sed "s/^/run=$run /" | tee -a "$metrics"
      "${JAVA[@]}" -Xmx2g FrBench search "$javaidx" "$QUERIES" "$DATA/results/java-topk" 2>/dev/null | sed "s/^/run=$run /" | tee -a "$metrics"
    done
  fi

  if has_step oneshot; then
    log "$N: one-shot search as a whole process (load $(load))"
    hyperfine -N --warmup 2 --runs $((5 * RUNS)) --export-json "$DATA/results/oneshot.json" \
      -n newssearch "dotnet $DATA/build/cli/newssearch.dll search \"$ONESHOT_QUERY\" --index $nsidx" \
      -n lucene-java "java -cp $CP:$DATA/build/java ScalePeer oneshot $javaidx \"$ONESHOT_QUERY\"" >&2
    /usr/bin/python3 -c 'import json,sys
for r in json.load(open(sys.argv[1]))["results"]:
    print("run=1 peer=%s metric=oneshot_ms value=%.1f" % (r["command"], r["median"] * 1000))' "$DATA/results/oneshot.json" | tee -a "$metrics"
  fi

  if has_step refresh; then
    log "$N: first search after a commit of 1,000 articles, $RUNS rounds (load $(load))"
    "${BENCH[@]}" refresh "$nsidx" "$QUERIES" "$fresh" --rounds "$RUNS" | sed "s/^/run=1 /" | tee -a "$metrics"
    "${JAVA[@]}" -Xmx2g ScalePeer refresh "$javaidx" "$QUERIES" "$fresh" "$RUNS" 1000 | sed "s/^/run=1 /" | tee -a "$metrics"
  fi

  if has_step serve; then
    log "$N: serve under wrk, $WRK_DURATION per level (load $(load))"
    serve_under_wrk newssearch "$metrics" "${NS[@]}" serve --index "$nsidx" --urls "http://127.0.0.1:$PORT"
    serve_under_wrk lucene-java "$metrics" "${JAVA[@]}" -Xmx2g ScalePeer serve "$javaidx" "$PORT"
    tail -n 12 "$metrics" | grep serve_ || true
  fi

  echo "end=$(date -Is) load=$(load)" | tee -a "$metrics"
  /usr/bin/python3 "$HERE/scale-table.py" "$metrics"
done
