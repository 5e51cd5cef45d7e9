#!/usr/bin/env bash
# Coverage and terms latency (see README.md beside this script). Indexes ../shared/corpus/fr-news.jsonl into a
# temporary folder first, unless --index DIR names one to reuse (built there when empty, and kept); for the scale
# index, generate a corpus with ../shared/bench/scale/make-scale-corpus.py and pass --corpus FILE --index DIR.
# Other options: --passes N, --warmup N.
set -euo pipefail
cd "$(dirname "$0")/../../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build tests/NewsSearch.Benchmarks -c Release -v quiet -nologo >/dev/null
exec dotnet tests/NewsSearch.Benchmarks/bin/Release/net10.0/NewsSearch.Benchmarks.dll research "$@"
