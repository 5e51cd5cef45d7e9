#!/usr/bin/env bash
# Search latency: plain search against search with snippets, facets and collapsing, over ../shared/bench/queries.txt.
# Indexes ../shared/corpus/fr-news.jsonl into a temporary folder first, unless --index DIR names one to reuse
# (built there when empty, and kept). Other options: --corpus FILE, --queries FILE, --passes N, --warmup N.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build tests/NewsSearch.Benchmarks -c Release -v quiet -nologo >/dev/null
exec dotnet tests/NewsSearch.Benchmarks/bin/Release/net10.0/NewsSearch.Benchmarks.dll search "$@"
