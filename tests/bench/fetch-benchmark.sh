#!/usr/bin/env bash
# What a fetch round costs over the fixture site of four outlets on loopback (never the internet): requests, bytes
# received and seconds of a first round and of a second one over unchanged feeds. Options: --runs N (3),
# --items N per outlet (20), --delay SECONDS between two requests to one host (1, the default of fetch).
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build tests/NewsSearch.Benchmarks -c Release -v quiet -nologo >/dev/null
exec dotnet tests/NewsSearch.Benchmarks/bin/Release/net10.0/NewsSearch.Benchmarks.dll fetch "$@"
