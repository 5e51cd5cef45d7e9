#!/usr/bin/env bash
# One-shot start-up: what one `newssearch search` costs as a process over the seed index (one article, so start-up is
# nearly all of it), in each way of running the program: the installed tool (the package for this machine,
# ready-to-run), the ready-to-run publish, the portable tool package (compiled as it runs) and `dotnet run`.
# Packs, publishes and installs into a temporary folder (the repository's bin/ and obj/ are left alone), then runs
# hyperfine ROUNDS times over the four, so that a change of load on a shared machine hits them alike; prints the
# median wall time and the mean CPU time (user + system) of each, as medians over the rounds.
# usage: tests/bench/startup-benchmark.sh      env: ROUNDS=3  RUNS=10  RUNS_DOTNET_RUN=4  WARMUP=2
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
ROUNDS="${ROUNDS:-3}"
RUNS="${RUNS:-10}"
RUNS_DOTNET_RUN="${RUNS_DOTNET_RUN:-4}"
WARMUP="${WARMUP:-2}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/newssearch-startup.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
log() { echo "[startup-benchmark] $*" >&2; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 NO_COLOR=1

if ! command -v hyperfine >/dev/null; then
  log "installing hyperfine"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine >&2
fi

build=(--disable-build-servers -nologo -v q)
log "packing the tool as the README does (the package for this machine and the portable one)"
dotnet pack "$REPO/src/NewsSearch.Cli" "${build[@]}" --artifacts-path "$WORK/artifacts" -o "$WORK/packages" >&2
log "packing the portable form alone, as another machine's runtime would get it"
dotnet pack "$REPO/src/NewsSearch.Cli" "${build[@]}" --artifacts-path "$WORK/artifacts-any" -o "$WORK/packages-any" \
  -p:ToolPackageRuntimeIdentifiers=any >&2
RID="$(dotnet --info | awk '$1 == "RID:" {print $2; exit}')"
log "publishing ready-to-run for $RID"
dotnet publish "$REPO/src/NewsSearch.Cli" "${build[@]}" --artifacts-path "$WORK/artifacts-publish" -c Release -r "$RID" \
  --self-contained false -o "$WORK/publish" >&2

for form in packages packages-any; do
  printf '<configuration><packageSources><clear /><add key="local" value="%s" /></packageSources></configuration>\n' \
    "$WORK/$form" > "$WORK/$form.config"
  dotnet tool install newssearch --tool-path "$WORK/tool-$form" --configfile "$WORK/$form.config" >&2
done

# A folder holding the seeds and their index, as after the README's first search.
mkdir -p "$WORK/run"
cp -r "$REPO/seeds" "$WORK/run/"
(cd "$WORK/run" && "$WORK/tool-packages/newssearch" index >/dev/null)
query="search 'IA responsable'"
echo "cores=$(nproc) load=$(cut -d' ' -f1-3 /proc/loadavg) date=$(date -Is) rid=$RID"

cd "$WORK/run"
for round in $(seq 1 "$ROUNDS"); do
  log "round $round/$ROUNDS"
  hyperfine -N --style none --warmup "$WARMUP" --runs "$RUNS" --export-json "$WORK/round-$round.json" \
    -n "installed tool, package for $RID (ready-to-run)" "$WORK/tool-packages/newssearch $query" \
    -n "ready-to-run publish (dotnet DIR/newssearch.dll)" "dotnet $WORK/publish/newssearch.dll $query" \
    -n "installed tool, portable package (compiled as it runs)" "$WORK/tool-packages-any/newssearch $query" >&2
  hyperfine -N --style none --warmup 1 --runs "$RUNS_DOTNET_RUN" --export-json "$WORK/round-$round-run.json" \
    -n "dotnet run --project src/NewsSearch.Cli --" "dotnet run --project $REPO/src/NewsSearch.Cli -- $query" >&2
done
echo "load=$(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$WORK" "$ROUNDS" <<'EOF'
import json, statistics, sys
work, rounds = sys.argv[1], int(sys.argv[2])
results = {}
for r in range(1, rounds + 1):
    for name in (f"round-{r}.json", f"round-{r}-run.json"):
        for result in json.load(open(f"{work}/{name}"))["results"]:
            entry = results.setdefault(result["command"], {"wall": [], "cpu": []})
            entry["wall"].append(result["median"])
            entry["cpu"].append(result["user"] + result["system"])
print("| how it runs | wall time, median | CPU (user + system) |")
print("| --- | ---: | ---: |")
for command, entry in results.items():
    print(f"| {command} | {statistics.median(entry['wall']):.2f} s | {statistics.median(entry['cpu']):.2f} s |")
EOF
