#!/usr/bin/env bash
# Soak test: 32 connections for 5 minutes on a mix of pages, SPARQL, dumps and the catalogue against
# `serve` on the seed data; passes when no request fails and the server's memory stays bounded.
# Writes bench/soak-result.md. Not part of the test run: it takes the machine for minutes.
#
#   bench/soak.sh                    # 32 connections, 300 s
#   SOAK_SECONDS=30 bench/soak.sh    # a short run
#
# All connections come from one address, so the per-client SPARQL limit is raised to the number of
# connections for the run; everything else runs with serve's defaults and a 512 MB heap.
set -euo pipefail
cd "$(dirname "$0")/.."

connections="${SOAK_CONNECTIONS:-32}"
seconds="${SOAK_SECONDS:-300}"
heap="${SOAK_HEAP:-512m}"
build=target-soak
work="$build/soak"
result=bench/soak-result.md

command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)"; exit 2; }
mvn -q -B -DbuildDir="$build" -DskipTests package
rm -rf "$work" && mkdir -p "$work"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port/"

java -Xmx"$heap" -jar "$build/lod.jar" serve --port "$port" --bind 127.0.0.1 --base "$base" \
    --store "$work/store" --max-concurrent-queries "$connections" >"$work/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "${base}health" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "${base}health" >/dev/null

# The mix: every list and resource page, documents in three formats, SPARQL queries, the catalogue,
# VoID, the sitemap and the dumps the catalogue lists.
sparql() { curl -fs -G "${base}sparql" --data-urlencode "query=$1" -H 'Accept: text/csv' | tail -n +2 | tr -d '\r'; }
things=$(sparql "SELECT DISTINCT ?s { ?s ?p ?o FILTER(STRSTARTS(STR(?s), \"${base}id/\")) } ORDER BY ?s LIMIT 60")
dumps=$(curl -fs -H 'Accept: text/turtle' "${base}datasets/dcat" | grep -o "${base}dumps/[A-Za-z0-9._-]*" | sort -u)
{
  for page in "" projects networks towns organizations query "query?example=01-erasmus-projects-2023" \
      datasets/dcat .well-known/void sitemap.xml health; do
    echo "/$page"
  done
  for thing in $things; do
    doc="${thing#"$base"}"; doc="/doc/${doc#id/}"
    echo "$doc"; echo "$doc.ttl"; echo "$doc.jsonld"
  done
  for query in "SELECT ?s ?label { ?s <http://www.w3.org/2004/02/skos/core#prefLabel> ?label } LIMIT 50" \
      "SELECT ?type (COUNT(*) AS ?n) { ?s a ?type } GROUP BY ?type ORDER BY DESC(?n)" \
      "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 200" "ASK { ?s ?p ?o }"; do
    echo "/sparql?query=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$query")"
  done
  for dump in $dumps; do echo "/${dump#"$base"}"; done
} >"$work/paths.txt"
paths=$(wc -l <"$work/paths.txt")

cat >"$work/mix.lua" <<'LUA'
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args)
  paths = {}
  for line in io.lines(args[1]) do table.insert(paths, line) end
  i = math.random(#paths)
  failed = 0
end
function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
function response(status, headers, body)
  if status >= 400 then failed = failed + 1 end
end
function done(summary, latency, requests)
  local total = 0
  for _, t in ipairs(threads) do total = total + t:get("failed") end
  io.write(string.format("failed responses (>= 400): %d\n", total))
  io.write(string.format("socket errors: connect %d, read %d, write %d, timeout %d\n", summary.errors.connect,
    summary.errors.read, summary.errors.write, summary.errors.timeout))
  io.write(string.format("latency p50 %.1f ms, p99 %.1f ms, max %.1f ms\n", latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
LUA

rss() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$server/status"; }
# Live heap in MB after a full collection: what the server really holds.
live_heap() {
  jcmd "$server" GC.run >/dev/null
  jcmd "$server" GC.heap_info | awk '/garbage-first heap|def new generation|PSYoungGen|total .* used/ {
      for (i = 1; i <= NF; i++) if ($i == "used") {v = $(i + 1); sub(/K.*/, "", v); print int(v / 1024); exit}}'
}
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
rss_start=$(rss)
samples="$work/rss.txt"; : >"$samples"
( while kill -0 "$server" 2>/dev/null; do echo "$(date +%s) $(rss)" >>"$samples"; sleep 10; done ) &
sampler=$!
wrk -t4 -c"$connections" -d"${seconds}s" --timeout 60s -s "$work/mix.lua" "$base" -- "$work/paths.txt" \
    >"$work/wrk.txt" &
load=$!
sleep $(( seconds / 5 ))
heap_warm=$(live_heap)
wait "$load"
cat "$work/wrk.txt"
heap_end=$(live_heap)
kill "$sampler" 2>/dev/null || true
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
alive=$(kill -0 "$server" 2>/dev/null && echo yes || echo no)
health=$(curl -s -o /dev/null -w '%{http_code}' "${base}health" || true)
rss_end=$(rss)
rss_max=$(awk 'BEGIN {m = 0} $2 > m {m = $2} END {print m}' "$samples")
rss_second_half_max=$(awk '{a[NR] = $2} END {m = 0; for (i = int(NR / 2) + 1; i <= NR; i++) if (a[i] > m) m = a[i]; print m}' "$samples")
rss_first_half_max=$(awk '{a[NR] = $2} END {m = 0; for (i = 1; i <= int(NR / 2); i++) if (a[i] > m) m = a[i]; print m}' "$samples")
failed=$(awk -F': ' '/failed responses/ {print $2}' "$work/wrk.txt")
socket=$(awk '/socket errors/' "$work/wrk.txt")
server_errors=$(grep -c ' ERROR ' "$work/serve.log" || true)

verdict=pass
[ "$failed" = 0 ] || verdict=fail
[ "$alive" = yes ] && [ "$health" = 200 ] || verdict=fail
[ "$server_errors" = 0 ] || verdict=fail
# Bounded memory: the live heap after the run is at most a half more (and 16 MB) than after the first
# fifth, and the resident set stays within the heap limit plus 400 MB of the JVM's own.
[ "$heap_end" -le $(( heap_warm * 3 / 2 + 16 )) ] || verdict=fail
[ "$rss_max" -le $(( ${heap%m} + 400 )) ] || verdict=fail

{
  echo "# Soak test result"
  echo
  echo "Command: \`SOAK_CONNECTIONS=$connections SOAK_SECONDS=$seconds SOAK_HEAP=$heap bench/soak.sh\`"
  echo
  echo "- date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "- machine: $(nproc) cores, $(awk '/MemTotal/ {print int($2 / 1024)}' /proc/meminfo) MB, $(java -version 2>&1 | head -1)"
  echo "- load average before / after: $load_before / $load_after"
  echo "- server: \`serve\` on the seed data, heap $heap, --max-concurrent-queries $connections (one client address)"
  echo "- mix: $paths paths in turn (pages, documents in HTML/Turtle/JSON-LD, 4 SPARQL queries, catalogue, VoID, sitemap, dumps)"
  echo "- verdict: **$verdict**"
  echo
  echo "| measure | value |"
  echo "|---|---|"
  echo "| failed responses (>= 400) | $failed |"
  echo "| $socket | |"
  echo "| ERROR lines in the server log | $server_errors |"
  echo "| server alive, /health after the run | $alive, $health |"
  echo "| resident memory start / max / end (MB) | $rss_start / $rss_max / $rss_end |"
  echo "| max resident memory, first half / second half (MB) | $rss_first_half_max / $rss_second_half_max |"
  echo "| live heap after a full GC, at $(( seconds / 5 )) s / at the end (MB) | $heap_warm / $heap_end |"
  echo
  echo "wrk's report:"
  echo
  echo '```'
  cat "$work/wrk.txt"
  echo '```'
  echo
  echo "Resident memory every 10 s (MB): $(awk '{printf "%s ", $2}' "$samples")"
} >"$result"
echo "Wrote $result: $verdict"
[ "$verdict" = pass ]
