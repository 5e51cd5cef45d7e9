#!/usr/bin/env bash
# End-to-end indexing benchmark: NewsSearch and the Java Lucene 4.10 peer (same French analysis chain) index the same
# JSON Lines corpus in the same run, alternating, RUNS times each; prints articles/s, MB/s, peak working set and index
# size per run, then the medians and the ratio NewsSearch/Java (articles per second, measured back to back in each run),
# and the CPU seconds each used (less sensitive to other load on a shared machine than wall time).
# usage: tests/bench/index-benchmark.sh [CORPUS.jsonl]     env: RUNS=3  THREADS=<writer threads>  SKIP_JAVA=1  SKIP_INSTALL=1
#        BUILD=jit (measure the plain Release build that dotnet run uses, instead of the ready-to-run publish)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
CORPUS="$(realpath "${1:-$REPO/../shared/corpus/fr-news.jsonl}")"
PEER_SRC="$REPO/../shared/bench/peers/lucene/FrBench.java"
RUNS="${RUNS:-3}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/newssearch-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
log() { echo "[index-benchmark] $*" >&2; }
[ -f "$CORPUS" ] || { log "corpus not found: $CORPUS"; exit 2; }

J=/usr/share/java
CP="$J/lucene-core-4.10.4.jar:$J/lucene-analyzers-common-4.10.4.jar:$J/lucene-queryparser-4.10.4.jar"
CP="$CP:$J/lucene-highlighter-4.10.4.jar:$J/lucene-memory-4.10.4.jar:$J/lucene-queries-4.10.4.jar:$J/gson.jar"
if [ -z "${SKIP_JAVA:-}" ]; then
  if [ ! -f "$J/lucene-core-4.10.4.jar" ] && [ -z "${SKIP_INSTALL:-}" ]; then
    log "installing the Java peer's Debian packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2 || true
    pkgs="liblucene4.10-java libgoogle-gson-java"
    command -v javac >/dev/null || pkgs="$pkgs openjdk-17-jdk-headless"
    apt-get install -y -qq --no-install-recommends $pkgs >&2
  fi
  [ -f "$PEER_SRC" ] || { log "Java peer not found: $PEER_SRC"; exit 2; }
  javac -nowarn -cp "$CP" -d "$WORK/classes" "$PEER_SRC" 2>&1 | grep -v '^Note:' >&2 || true
fi

if [ "${BUILD:-publish}" = jit ]; then
  log "building the benchmark (Release, compiled by the JIT as it runs, as with dotnet run)"
  dotnet build -c Release -v q -nologo "$REPO/tests/NewsSearch.Benchmarks" >&2
  BENCH="$REPO/tests/NewsSearch.Benchmarks/bin/Release/net10.0/NewsSearch.Benchmarks.dll"
else
  # As newssearch is installed (README): published ready-to-run for this machine's runtime identifier.
  RID="$(dotnet --info | awk '$1 == "RID:" {print $2; exit}')"
  log "publishing the benchmark (Release, ready-to-run, $RID)"
  dotnet publish -c Release -r "$RID" --self-contained false -v q -nologo -o "$WORK/bench" "$REPO/tests/NewsSearch.Benchmarks" >&2
  BENCH="$WORK/bench/NewsSearch.Benchmarks.dll"
fi
BYTES=$(stat -c %s "$CORPUS")
echo "corpus=$CORPUS bytes=$BYTES docs=$(grep -c . "$CORPUS") cores=$(nproc) load=$(cut -d' ' -f1-3 /proc/loadavg) date=$(date -Is)"

METRICS="$WORK/metrics.txt"; : > "$METRICS"
for run in $(seq 1 "$RUNS"); do
  log "run $run/$RUNS: newssearch"
  /usr/bin/time -f "%U %S" -o "$WORK/ns-cpu" dotnet "$BENCH" index "$CORPUS" "$WORK/ns-idx" ${THREADS:+--threads "$THREADS"} | sed "s/^/run=$run /" | tee -a "$METRICS"
  # CPU seconds of the whole process (user + system, start-up included): less sensitive than wall time to other load.
  echo "run=$run peer=newssearch metric=cpu_s value=$(awk '{printf "%.2f", $1 + $2}' "$WORK/ns-cpu")" | tee -a "$METRICS"
  if [ -z "${SKIP_JAVA:-}" ]; then
    log "run $run/$RUNS: lucene-java"
    rm -rf "$WORK/java-idx"
    # Peak working set of the Java process (RSS high-water mark), measured by GNU time like ours is by .NET.
    /usr/bin/time -f "%M %U %S" -o "$WORK/java-rss" java -Xms1g -Xmx4g -cp "$CP:$WORK/classes" FrBench index "$CORPUS" "$WORK/java-idx" \
      | grep -E 'index_(docs|build_s|docs_per_s)' | sed "s/^/run=$run /" | tee -a "$METRICS"
    secs=$(grep "run=$run peer=lucene-java metric=index_build_s" "$METRICS" | sed 's/.*value=//')
    echo "run=$run peer=lucene-java metric=index_mb_per_s value=$(awk -v b="$BYTES" -v s="$secs" 'BEGIN{printf "%.3f", b/1048576/s}')" | tee -a "$METRICS"
    echo "run=$run peer=lucene-java metric=peak_working_set_bytes value=$(awk '{printf "%d", $1 * 1024}' "$WORK/java-rss")" | tee -a "$METRICS"
    echo "run=$run peer=lucene-java metric=cpu_s value=$(awk '{printf "%.2f", $2 + $3}' "$WORK/java-rss")" | tee -a "$METRICS"
    echo "run=$run peer=lucene-java metric=index_size_bytes value=$(du -sb "$WORK/java-idx" | cut -f1)" | tee -a "$METRICS"
  fi
done

echo "--- medians over $RUNS runs"
median() { grep "peer=$1 metric=$2 " "$METRICS" | sed 's/.*value=//' | sort -g | awk '{a[NR]=$1} END{if (NR==0) print "n/a"; else if (NR%2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }
for peer in newssearch lucene-java; do
  [ "$peer" = lucene-java ] && [ -n "${SKIP_JAVA:-}" ] && continue
  for m in index_docs_per_s index_mb_per_s peak_working_set_bytes index_size_bytes index_build_s cpu_s; do
    echo "peer=$peer run=median metric=$m value=$(median $peer $m)"
  done
done
if [ -z "${SKIP_JAVA:-}" ]; then
  # The ratio of each run's pair (measured back to back), then their median: load on a shared machine moves both.
  ratios=$(for run in $(seq 1 "$RUNS"); do
    ns=$(grep "run=$run peer=newssearch metric=index_docs_per_s" "$METRICS" | sed 's/.*value=//')
    jv=$(grep "run=$run peer=lucene-java metric=index_docs_per_s" "$METRICS" | sed 's/.*value=//')
    awk -v a="$ns" -v b="$jv" 'BEGIN{printf "%.3f\n", a/b}'
  done | sort -g)
  echo "ratio newssearch/lucene-java (articles/s) per run: $(echo $ratios)"
  echo "ratio newssearch/lucene-java (articles/s) median: $(echo "$ratios" | awk '{a[NR]=$1} END{if (NR%2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}')"
  # Work per article: Java's CPU seconds over ours (above 1: NewsSearch spends less CPU for the same corpus).
  echo "ratio lucene-java/newssearch (CPU seconds) median: $(awk -v a="$(median lucene-java cpu_s)" -v b="$(median newssearch cpu_s)" 'BEGIN{printf "%.3f", a/b}')"
fi
