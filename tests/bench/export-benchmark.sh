#!/usr/bin/env bash
# What an export's snippets cost: the same exports with a search's highlighted snippet, the plain first-match snippet
# exports use, and none (rows per second, medians). Indexes ../shared/corpus/fr-news.jsonl into a temporary folder
# first, unless --index DIR names one to reuse. Queries first, then options: [QUERY...] [--index DIR] [--passes N] [--warmup N].
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build tests/NewsSearch.Benchmarks -c Release -v quiet -nologo >/dev/null
exec dotnet tests/NewsSearch.Benchmarks/bin/Release/net10.0/NewsSearch.Benchmarks.dll export "$@"
