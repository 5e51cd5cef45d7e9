#!/usr/bin/env bash
# Peak memory of `newssearch export` against the number of rows: a generated corpus of 20,000 articles (100 say
# "volcan", 1,900 "séisme", 18,000 "climat"), indexed once; exports of 100, 2,000 and 20,000 rows (CSV to a file,
# snippets and bodies) each run RUNS times (default 3) under /usr/bin/time; the median peak resident set is printed.
# Flat from 2,000 rows on means the rows are streamed (below that, the garbage collector's young generation is not
# yet full once).
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
RUNS="${RUNS:-3}"
work="$(mktemp -d /tmp/newssearch-export-memory-XXXXXX)"
trap 'rm -rf "$work"' EXIT
dotnet build src/NewsSearch.Cli -c Release -v quiet -nologo >/dev/null
cli=(dotnet src/NewsSearch.Cli/bin/Release/net10.0/newssearch.dll)

python3 - "$work/corpus.jsonl" <<'PY'
import json, random, sys
random.seed(7)
words = ("gouvernement ministre région économie marché agriculteurs pluie récolte exportations prix hausse baisse "
         "entreprises emploi jeunes école santé hôpital route port énergie solaire vent eau barrage ville").split()
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for i in range(20000):
        topic = "volcan" if i < 100 else "séisme" if i < 2000 else "climat"
        text = " ".join(random.choice(words) for _ in range(220))
        body = f"{text[:600]} Le {topic} inquiète les habitants. {text[600:]}"
        out.write(json.dumps({"id": f"m{i:05}", "title": f"Dépêche {i} : le {topic}, \"enjeu\", débat", "body": body,
                              "source": "Générateur", "published": f"2021-{1 + i % 12:02}-{1 + i % 28:02}"}, ensure_ascii=False) + "\n")
PY
"${cli[@]}" index --source "$work/corpus.jsonl" --index "$work/index" --json >/dev/null 2>&1

peak() { # query -> median peak RSS in MB over RUNS runs
  local samples=()
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f "%M" -o "$work/time" "${cli[@]}" export "$1" --index "$work/index" --with-body --out "$work/out.csv" 2>/dev/null
    samples+=("$(cat "$work/time")")
  done
  printf '%s\n' "${samples[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]/1024}'
}
rows() { python3 -c 'import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], newline="", encoding="utf-8"))) - 1)' "$work/out.csv"; }

for query in "volcan" "volcan OR séisme" "volcan OR séisme OR climat"; do
  mb="$(peak "$query")"
  echo "export of $(rows) rows: peak ${mb} MB (median of ${RUNS} runs)"
done
