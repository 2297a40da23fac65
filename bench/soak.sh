#!/usr/bin/env bash
# Soak test of memory with the default settings: `bin/lod serve` on the seed data, as the README runs it,
#
#   1. 32 connections for SOAK_SECONDS (300) on a mix of pages, documents, /sparql, the catalogue,
#      VoID, the sitemap and the dumps; then SOAK_REST_SECONDS (60) without load;
#   2. 16 connections for SOAK_SPARQL_SECONDS (300) of SPARQL queries (DESCRIBE and SELECT of one
#      resource) on our /sparql, and at the same time 16 on a stock Fuseki over a copy of the same
#      TDB2 database, for the ratio of their throughputs; then SOAK_REST_SECONDS without load.
#
# The resident memory (VmRSS) of the server is sampled every 5 s. Goals: no failed request; at most
# 512 MB during the load; at most 300 MB within a minute after each phase; SPARQL throughput at least
# 0.95 of stock Fuseki's. Everything runs on the loopback interface. Writes
# bench/results/soak-<date>.md and bench/results/soak-latest.md.
#
#   bench/soak.sh                                                  # the full run, about 12 minutes
#   SOAK_SECONDS=20 SOAK_SPARQL_SECONDS=20 SOAK_REST_SECONDS=20 bench/soak.sh   # a short one
#
# The server runs with serve's defaults and bin/lod's JVM flags (JAVA_OPTS adds to them), except that
# the per-client SPARQL limit is raised to the number of connections: every connection comes from one
# address here. Not part of the test run: it takes the machine for minutes.
set -euo pipefail
cd "$(dirname "$0")/.."

connections="${SOAK_CONNECTIONS:-32}"
sparql_connections="${SOAK_SPARQL_CONNECTIONS:-16}"
seconds="${SOAK_SECONDS:-300}"
sparql_seconds="${SOAK_SPARQL_SECONDS:-300}"
rest="${SOAK_REST_SECONDS:-60}"
build="${LOD_BUILD_DIR:-target-soak}"
work="$build/soak"
stamp=$(date -u +%Y-%m-%dT%H%MZ)
result="bench/results/soak-$stamp.md"

if ! command -v wrk >/dev/null; then
  echo "Installing wrk" >&2
  if [ "$(id -u)" = 0 ]; then apt-get install -y wrk >/dev/null; else sudo apt-get install -y wrk >/dev/null; fi
fi
if [ -z "${LOD_BUILD_DIR:-}" ]; then
  mvn -q -B -DbuildDir="$PWD/$build" -DskipTests package
fi
export LOD_BUILD_DIR="$build"
rm -rf "$work" && mkdir -p "$work"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port=$(free_port)
fuseki_port=$(free_port)
base="http://127.0.0.1:$port/"

bin/lod load --store "$work/store" --base "$base" >"$work/load.log" 2>&1
cp -r "$work/store/$(cat "$work/store/CURRENT")" "$work/fuseki-db"

bin/lod serve --port "$port" --bind 127.0.0.1 --base "$base" --store "$work/store" --dumps "$work/dumps" \
    --max-concurrent-queries "$connections" >"$work/serve.log" 2>&1 &
server=$!
java -jar "$build/stock-fuseki/jena-fuseki-server.jar" --port "$fuseki_port" --localhost --tdb2 \
    --loc "$work/fuseki-db" /ds >"$work/fuseki.log" 2>&1 &
fuseki=$!
sampler=""
trap 'kill "$server" "$fuseki" $sampler 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "${base}ready" >/dev/null 2>&1 && curl -fs "http://127.0.0.1:$fuseki_port/\$/ping" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "${base}ready" >/dev/null
# The dumps are written in the background after a start; the mix asks for them once they are.
for _ in $(seq 1 120); do
  curl -fs -o /dev/null "${base}dumps/all.ttl" && break
  sleep 1
done

sparql() { curl -fs -G "${base}sparql" --data-urlencode "query=$1" -H 'Accept: text/csv' | tail -n +2 | tr -d '\r'; }
encode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
things=$(sparql "SELECT DISTINCT ?s { ?s ?p ?o FILTER(STRSTARTS(STR(?s), \"${base}id/\")) } ORDER BY ?s LIMIT 60")
dumps=$(curl -fs -H 'Accept: text/turtle' "${base}datasets/dcat" | grep -o "${base}dumps/[A-Za-z0-9._-]*" | sort -u)
{
  for page in "" projects networks towns organizations query "query?example=01-erasmus-projects-2023" \
      def/ns def/shapes datasets/dcat .well-known/void sitemap.xml robots.txt health; do
    echo "/$page"
  done
  for thing in $things; do
    doc="${thing#"$base"}"; doc="/doc/${doc#id/}"
    echo "$doc"; echo "$doc.ttl"; echo "$doc.jsonld"
  done
  for query in "SELECT ?s ?label { ?s <http://www.w3.org/2004/02/skos/core#prefLabel> ?label } LIMIT 50" \
      "SELECT ?type (COUNT(*) AS ?n) { ?s a ?type } GROUP BY ?type ORDER BY DESC(?n)" \
      "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 200" "ASK { ?s ?p ?o }" \
      "DESCRIBE <$(echo "$things" | head -1)>"; do
    echo "/sparql?query=$(encode "$query")"
  done
  for dump in $dumps; do echo "/${dump#"$base"}"; done
} >"$work/mix-paths.txt"
# The SPARQL load: the same queries for both endpoints, on the resources in turn.
for thing in $(echo "$things" | head -20); do
  echo "?query=$(encode "DESCRIBE <$thing>")"
  echo "?query=$(encode "SELECT ?p ?o { <$thing> ?p ?o }")"
done >"$work/sparql-paths.txt"

cat >"$work/paths.lua" <<'LUA'
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args)
  paths = {}
  for line in io.lines(args[1]) do table.insert(paths, args[2] .. line) end
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
  io.write(string.format("requests/s: %.1f\n", summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency p50 %.1f ms, p99 %.1f ms, max %.1f ms\n", latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
LUA

rss() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$server/status"; }
samples="$work/rss.txt"; : >"$samples"
phase_file="$work/phase"; echo start >"$phase_file"
( while kill -0 "$server" 2>/dev/null; do echo "$(date +%s) $(cat "$phase_file") $(rss)" >>"$samples"; sleep 5; done ) &
sampler=$!
phase() { echo "$1" >"$phase_file"; }
max_rss() { awk -v p="$1" '$2 == p && $3 > m {m = $3} END {print m + 0}' "$samples"; }
last_rss() { awk -v p="$1" '$2 == p {v = $3} END {print v + 0}' "$samples"; }

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
rss_start=$(rss)

phase mix
wrk -t4 -c"$connections" -d"${seconds}s" --timeout 60s -s "$work/paths.lua" "$base" \
    -- "$work/mix-paths.txt" "" >"$work/wrk-mix.txt"
load_mix=$(cut -d' ' -f1-3 /proc/loadavg)
phase rest-mix; sleep "$rest"; sleep 1

phase sparql
wrk -t2 -c"$sparql_connections" -d"${sparql_seconds}s" --timeout 60s -s "$work/paths.lua" "${base}sparql" \
    -- "$work/sparql-paths.txt" "/sparql" >"$work/wrk-sparql.txt" &
ours=$!
wrk -t2 -c"$sparql_connections" -d"${sparql_seconds}s" --timeout 60s -s "$work/paths.lua" \
    "http://127.0.0.1:$fuseki_port/ds/sparql" -- "$work/sparql-paths.txt" "/ds/sparql" >"$work/wrk-fuseki.txt"
wait "$ours"
load_sparql=$(cut -d' ' -f1-3 /proc/loadavg)
phase rest-sparql; sleep "$rest"; sleep 1
kill "$sampler" 2>/dev/null || true

alive=$(kill -0 "$server" 2>/dev/null && echo yes || echo no)
health=$(curl -s -o /dev/null -w '%{http_code}' "${base}health" || true)
errors=$(grep -c ' ERROR ' "$work/serve.log" || true)
field() { awk -F': ' -v k="$2" '$1 == k {print $2}' "$1"; }
failed_mix=$(field "$work/wrk-mix.txt" "failed responses (>= 400)")
failed_sparql=$(field "$work/wrk-sparql.txt" "failed responses (>= 400)")
rps_ours=$(field "$work/wrk-sparql.txt" "requests/s")
rps_fuseki=$(field "$work/wrk-fuseki.txt" "requests/s")
ratio=$(awk -v a="$rps_ours" -v b="$rps_fuseki" 'BEGIN {printf "%.2f", a / b}')
socket_errors() { awk '/socket errors/ {s = 0; for (i = 4; i <= NF; i += 2) s += $i; print s}' "$1"; }
sock_mix=$(socket_errors "$work/wrk-mix.txt")
sock_sparql=$(socket_errors "$work/wrk-sparql.txt")
max_mix=$(max_rss mix); after_mix=$(last_rss rest-mix)
max_sparql=$(max_rss sparql); after_sparql=$(last_rss rest-sparql)

verdict=pass
check() { if ! eval "$1"; then verdict=fail; echo "not met: $2" >&2; fi; }
check '[ "$failed_mix" = 0 ] && [ "$failed_sparql" = 0 ] && [ "$sock_mix" = 0 ] && [ "$sock_sparql" = 0 ]' "no failed request"
check '[ "$alive" = yes ] && [ "$health" = 200 ] && [ "$errors" = 0 ]' "server alive, healthy, no ERROR"
check '[ "$max_mix" -le 512 ] && [ "$max_sparql" -le 512 ]' "at most 512 MB during the load"
check '[ "$after_mix" -le 300 ] && [ "$after_sparql" -le 300 ]' "at most 300 MB a minute after"
check 'awk -v r="$ratio" "BEGIN {exit !(r >= 0.95)}"' "SPARQL throughput at least 0.95 of stock Fuseki's"

mkdir -p bench/results
{
  echo "# Soak test"
  echo
  echo "Command: \`SOAK_SECONDS=$seconds SOAK_SPARQL_SECONDS=$sparql_seconds SOAK_REST_SECONDS=$rest bench/soak.sh\`"
  echo
  echo "- date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "- machine: $(nproc) cores, $(awk '/MemTotal/ {print int($2 / 1024)}' /proc/meminfo) MB, $(java -version 2>&1 | head -1)"
  echo "- load average (1, 5, 15 min) before / after the mix / after the SPARQL load: $load_before / $load_mix / $load_sparql"
  echo "- server: \`bin/lod serve\` on the seed data, bin/lod's JVM flags${JAVA_OPTS:+ and JAVA_OPTS=$JAVA_OPTS}, --max-concurrent-queries $connections (one client address)"
  echo "- mix: $(wc -l <"$work/mix-paths.txt") paths in turn (pages, documents in HTML/Turtle/JSON-LD, 5 SPARQL queries, ontology, shapes, catalogue, VoID, sitemap, dumps), $connections connections, $seconds s"
  echo "- SPARQL: DESCRIBE and SELECT of 20 resources in turn, $sparql_connections connections on ours and $sparql_connections on stock Fuseki $(unzip -p "$build/stock-fuseki/jena-fuseki-server.jar" META-INF/MANIFEST.MF 2>/dev/null | awk -F': ' '/Implementation-Version/ {print $2}' | tr -d '\r') (TDB2, same database) at the same time, $sparql_seconds s"
  echo "- verdict: **$verdict**"
  echo
  echo "| measure | value | goal |"
  echo "|---|---|---|"
  echo "| failed responses, mix / SPARQL | $failed_mix / $failed_sparql | 0 |"
  echo "| socket errors, mix / SPARQL | $sock_mix / $sock_sparql | 0 |"
  echo "| server alive, /health, ERROR lines in its log | $alive, $health, $errors | yes, 200, 0 |"
  echo "| resident memory at the start (MB) | $rss_start | |"
  echo "| max resident memory during the mix (MB) | $max_mix | ≤ 512 |"
  echo "| resident memory $rest s after the mix (MB) | $after_mix | ≤ 300 |"
  echo "| max resident memory during the SPARQL load (MB) | $max_sparql | ≤ 512 |"
  echo "| resident memory $rest s after the SPARQL load (MB) | $after_sparql | ≤ 300 |"
  echo "| SPARQL requests/s, ours / stock Fuseki | $rps_ours / $rps_fuseki | |"
  echo "| sparql_vs_fuseki | $ratio | ≥ 0.95 |"
  echo
  for f in mix sparql fuseki; do
    echo "wrk, $f:"
    echo
    echo '```'
    cat "$work/wrk-$f.txt"
    echo '```'
    echo
  done
  echo "Resident memory every 5 s (MB), by phase:"
  echo
  echo '```'
  awk '{if ($2 != p) {if (p != "") printf "\n"; printf "%s:", $2; p = $2} printf " %s", $3} END {printf "\n"}' "$samples"
  echo '```'
} >"$result"
cp "$result" bench/results/soak-latest.md
echo "Wrote $result: $verdict"
[ "$verdict" = pass ]
