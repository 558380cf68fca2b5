#!/usr/bin/env bash
# The API load benchmark in one command: builds the server jar, starts it on its own embedded PostgreSQL with the
# demo workspace plus generated data, loads the API with wrk (from outside the JVM) and PostgreSQL with pgbench in
# the same run, and prints one table: requests/s, p50, p99 and the ratio to pgbench.
#
#   platform/benchmarks/run.sh [--technicians=500] [--tickets=50000] [--customers=20000] [--equipment=1000000]
#                              [--duration=10] [--connections=8] [--threads=2] [--port=18080] [--no-build]
#                              [--warmup=5] [--profile] [--only=pattern]
#
# --profile records each row with Java Flight Recorder and writes its top frames (self, and inclusive in the
# application, Hibernate, the JDBC driver and Jackson) beside the results: profile-<row>.txt.
# --warmup=seconds loads each row unmeasured first, so the JIT has compiled its path (a state-changing row warms up
# on the first tenth of its calls and is measured on the rest).
# --only=pattern runs only the rows whose name matches the (grep -E) pattern.
#
# Needs wrk, pgbench and psql (Debian: apt-get install wrk postgresql-client). Not part of `verify` or CI.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)

TECHNICIANS=500 TICKETS=50000 CUSTOMERS=20000 EQUIPMENT=1000000
DURATION=10 CONNECTIONS=8 THREADS=2 PORT=18080 BUILD=1 PROFILE=0 ONLY= WARMUP=5
for arg in "$@"; do
  case "$arg" in
    --technicians=*) TECHNICIANS=${arg#*=} ;;
    --tickets=*) TICKETS=${arg#*=} ;;
    --customers=*) CUSTOMERS=${arg#*=} ;;
    --equipment=*) EQUIPMENT=${arg#*=} ;;
    --duration=*) DURATION=${arg#*=} ;;
    --connections=*) CONNECTIONS=${arg#*=} ;;
    --threads=*) THREADS=${arg#*=} ;;
    --port=*) PORT=${arg#*=} ;;
    --no-build) BUILD=0 ;;
    --profile) PROFILE=1 ;;
    --warmup=*) WARMUP=${arg#*=} ;;
    --only=*) ONLY=${arg#*=} ;;
    *) echo "unknown option $arg" >&2; exit 2 ;;
  esac
done

for tool in wrk pgbench psql curl; do
  if ! command -v "$tool" > /dev/null; then
    echo "$tool is missing: apt-get install wrk postgresql-client curl" >&2
    exit 1
  fi
done

if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/intervo-load-XXXXXX")
echo "working directory: $WORK"
APP_PID=""
cleanup() {
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2> /dev/null || true; wait "$APP_PID" 2> /dev/null || true; fi
}
trap cleanup EXIT

if [ "$BUILD" = 1 ]; then
  echo "building the server jar…"
  (cd "$ROOT" && ./mvnw -B -ntp -q -pl platform/server -am package -DskipTests) > "$WORK/build.log" 2>&1 \
    || { tail -40 "$WORK/build.log"; exit 1; }
fi
JAR=$(ls "$ROOT"/platform/server/target/intervo-server-*.jar | grep -v '\.original$' | head -1)

echo "starting $JAR on port $PORT…"
"$JAVA" --sun-misc-unsafe-memory-access=allow -Xmx1g -jar "$JAR" --spring.profiles.active=demo \
  --intervo.data-dir="$WORK/data" --server.port="$PORT" > "$WORK/app.log" 2>&1 &
APP_PID=$!
BASE="http://localhost:$PORT"
for _ in $(seq 1 900); do
  if curl -fs "$BASE/readyz" > /dev/null 2>&1; then break; fi
  if ! kill -0 "$APP_PID" 2> /dev/null; then tail -40 "$WORK/app.log"; exit 1; fi
  sleep 1
done
curl -fs "$BASE/readyz" > /dev/null || { echo "not ready after 900 s"; tail -40 "$WORK/app.log"; exit 1; }

PGPORT=$(sed -n 4p "$WORK/data/postgres/postmaster.pid")
export PGHOST=localhost PGPORT PGUSER=postgres
sql() { psql -d postgres -v ON_ERROR_STOP=1 -qAt -F $'\t' "$@"; }

echo "generating data: $TECHNICIANS technicians, $TICKETS tickets, $CUSTOMERS customers, $EQUIPMENT equipment…"
started=$(date +%s)
sql -v schema=t_demo -v workspace=demo -v technicians="$TECHNICIANS" -v tickets="$TICKETS" \
  -v customers="$CUSTOMERS" -v equipment="$EQUIPMENT" -f "$HERE/load/generate.sql" > "$WORK/generate.log"
echo "  done in $(( $(date +%s) - started )) s"

echo "preparing pgbench…"
sql -c "DROP DATABASE IF EXISTS bench" -c "CREATE DATABASE bench"
pgbench -q -i -s 10 bench > "$WORK/pgbench-init.log" 2>&1
psql -d bench -qc "CREATE TABLE bench_row (id uuid PRIMARY KEY, owner int NOT NULL, at timestamptz NOT NULL,
                                           payload varchar(200) NOT NULL)"

# calls files: METHOD, token, path, body (tab-separated)
TECH="substr(u.username, 12)"
sql -c "SELECT 'GET', 'ivt_bench_tech_' || $TECH, '/api/v1/me' FROM t_demo.app_user u
        WHERE u.username LIKE 'bench-tech-%'" > "$WORK/me.tsv"
sql -c "SELECT 'GET', 'ivt_bench_tech_' || $TECH, '/api/v1/dispatch/tickets/' || t.id FROM t_demo.ticket t
        JOIN t_demo.app_user u ON u.id = t.technician_id WHERE u.username LIKE 'bench-tech-%'
        ORDER BY random() LIMIT 20000" > "$WORK/ticket.tsv"
sql -c "SELECT 'GET', 'ivt_bench_tech_' || $TECH, '/api/v1/dispatch/my/tickets?since=0' FROM t_demo.app_user u
        WHERE u.username LIKE 'bench-tech-%'" > "$WORK/my-full.tsv"
# the generated tickets share one transaction id: a cursor past it is "nothing new" (>= would return them all)
CURSOR=$(sql -c "SELECT max(change_txid) + 1 FROM t_demo.ticket")
sql -c "SELECT 'GET', 'ivt_bench_tech_' || $TECH, '/api/v1/dispatch/my/tickets?since=$CURSOR'
        FROM t_demo.app_user u WHERE u.username LIKE 'bench-tech-%'" > "$WORK/my-sync.tsv"
sql -c "SELECT 'GET', 'ivt_bench_admin', '/api/v1/crm/customers?limit=20&q=' || n
        -- URL-encoded: Popescu, popescu maria, Novák, Иванов, 0700001, bench12@example, Dvořák Jan, Munteanu, Ceban Olga, Svoboda
        FROM unnest(ARRAY['Popescu','popescu%20maria','Nov%C3%A1k','%D0%98%D0%B2%D0%B0%D0%BD%D0%BE%D0%B2','0700001',
                          'bench12%40example','Dvo%C5%99%C3%A1k%20Jan','Munteanu','Ceban%20Olga','Svoboda']) n" > "$WORK/customers.tsv"
sql -c "SELECT 'GET', 'ivt_bench_admin', '/api/v1/crm/equipment?limit=20&q=BN' || lpad((i * 7919 % 900000)::text, 6, '0')
        FROM generate_series(1, 500) i" > "$WORK/equipment.tsv"
sql -c "SELECT 'GET', 'ivt_bench_admin', '/api/v1/workshop/sheets/' || id FROM t_demo.service_sheet" > "$WORK/sheet.tsv"
sql -c "SELECT 'GET', 'ivt_bench_admin', '/api/v1/workshop/sheets?limit=50'" > "$WORK/queue.tsv"
sql -c "SELECT 'POST', 'ivt_bench_tech_' || (1 + i % $TECHNICIANS), '/api/v1/dispatch/locations',
          '{\"pings\":[' || (SELECT string_agg(format('{\"recordedAt\":\"%s\",\"latitude\":%s,\"longitude\":23.59,\"accuracyM\":8,\"battery\":80}',
                 to_char((now() - interval '2 hours' + (i * 20 + p) * interval '10 ms') AT TIME ZONE 'UTC',
                         'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), 46.7 + p / 1000.0), ',') FROM generate_series(1, 20) p)
          || ']}'
        FROM generate_series(1, 200000) i" > "$WORK/pings.tsv"

actions_for() { # stage → calls for the next step with each ticket's current version
  sql -c "SELECT 'POST', 'ivt_bench_tech_' || $TECH, '/api/v1/dispatch/tickets/' || t.id || '/$2',
            '{\"version\":' || t.version || ',\"latitude\":46.77,\"longitude\":23.59,\"accuracyM\":8$3}'
          FROM t_demo.ticket t JOIN t_demo.app_user u ON u.id = t.technician_id
          WHERE u.username LIKE 'bench-tech-%' AND t.stage = '$1' ORDER BY t.number"
}

to_ms() { # wrk's 850.00us / 1.20ms / 1.02s → milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.1f", n }'
}

RESULTS="$WORK/results.tsv"
: > "$RESULTS"
JDK_BIN=${JAVA_HOME:+$JAVA_HOME/bin/}
top_frames() { # a JFR recording → the most sampled frames: self, and inclusive in our code and its libraries
  "${JDK_BIN}jfr" print --stack-depth 200 --events jdk.ExecutionSample "$1" | awk '
    /^jdk.ExecutionSample/ { n = 0; delete seen; next }
    /stackTrace = \[/ { inside = 1; next }
    inside && /^[[:space:]]*\]/ { inside = 0; samples++; next }
    inside {
      f = $0; sub(/^[[:space:]]+/, "", f); sub(/[[:space:]]+line:.*$/, "", f)
      if (f == "...") next
      n++
      if (n == 1) self[f]++
      if (!(f in seen)) { seen[f] = 1; if (f ~ /^(com\.intervo|org\.hibernate|org\.postgresql|com\.zaxxer|tools\.jackson|com\.fasterxml)/) incl[f]++ }
    }
    END {
      printf "%d samples\n\nself (top 15)\n", samples
      for (f in self) printf "%6.1f%%  %s\n", 100 * self[f] / samples, f | "sort -rn | head -15"
      close("sort -rn | head -15")
      printf "\ninclusive, application and libraries (top 30)\n"
      for (f in incl) printf "%6.1f%%  %s\n", 100 * incl[f] / samples, f | "sort -rn | head -30"
      close("sort -rn | head -30")
    }'
}
load() { # name, calls file, once (0/1), ratio base name
  local name=$1 file=$2 once=$3 base=$4 slug
  slug=$(echo "$1" | tr 'A-Z' 'a-z' | tr -c 'a-z0-9' '-' | tr -s '-' | sed 's/^-//; s/-$//')
  local out="$WORK/wrk-$slug.txt"
  if [ -n "$ONLY" ] && ! echo "$name" | grep -qE -- "$ONLY"; then return 0; fi
  if [ "$WARMUP" -gt 0 ]; then
    local warm=$file
    if [ "$once" = 1 ]; then
      local lines first
      lines=$(wc -l < "$file")
      first=$(( lines / 10 ))
      warm="${file%.tsv}-warmup.tsv"
      head -n "$first" "$file" > "$warm"
      tail -n +"$(( first + 1 ))" "$file" > "${file%.tsv}-measured.tsv"
      file="${file%.tsv}-measured.tsv"
    fi
    BENCH_CALLS="$warm" BENCH_THREADS="$THREADS" BENCH_ONCE="$once" \
      wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$HERE/load/calls.lua" "$BASE" > /dev/null 2>&1 || true
  fi
  if [ "$PROFILE" = 1 ]; then
    "${JDK_BIN}jcmd" "$APP_PID" JFR.start name=row settings=profile filename="$WORK/$slug.jfr" > /dev/null
  fi
  BENCH_CALLS="$file" BENCH_THREADS="$THREADS" BENCH_ONCE="$once" \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$HERE/load/calls.lua" "$BASE" > "$out" 2>&1
  local rps p50 p99 bad
  rps=$(awk '/^Requests\/sec:/ { print $2 }' "$out")
  p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$out")")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")
  bad=$(awk '/Non-2xx or 3xx responses:/ { print $5 }' "$out")
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$rps" "$p50" "$p99" "${bad:-0}" "$base" >> "$RESULTS"
  echo "  $name: $rps req/s, p50 $p50 ms, p99 $p99 ms, errors ${bad:-0}"
  if [ "$PROFILE" = 1 ]; then
    "${JDK_BIN}jcmd" "$APP_PID" JFR.stop name=row > /dev/null
    top_frames "$WORK/$slug.jfr" > "$WORK/profile-$slug.txt"
    echo "    profile: $WORK/profile-$slug.txt"
  fi
  grep -m1 '^HTTP ' "$out" | sed 's/^/    first error: /' || true
}
pgb() { # pgbench transactions/s
  pgbench -n -c "$CONNECTIONS" -j "$THREADS" -T "$DURATION" "$@" bench 2> /dev/null | awk '/^tps = / { print $3 }'
}

echo "pgbench…"
PG_SELECT=$(pgb -S)
PG_INSERT=$(pgb -f "$HERE/load/pgbench-insert.sql")
PG_INSERT20=$(pgb -f "$HERE/load/pgbench-insert20.sql")
echo "  select-only $PG_SELECT tps, single-row insert $PG_INSERT tps, 20-row insert $PG_INSERT20 tps"

echo "wrk, $CONNECTIONS connections, $THREADS threads, $DURATION s each…"
load "GET /api/v1/me (authentication only)" "$WORK/me.tsv" 0 select
load "GET /api/v1/dispatch/tickets/{id}" "$WORK/ticket.tsv" 0 select
load "GET /api/v1/dispatch/my/tickets?since=0 (full sync)" "$WORK/my-full.tsv" 0 select
load "GET /api/v1/dispatch/my/tickets?since=cursor (nothing new)" "$WORK/my-sync.tsv" 0 select
load "GET /api/v1/crm/customers?q=…" "$WORK/customers.tsv" 0 select
load "GET /api/v1/crm/equipment?q=… ($EQUIPMENT rows)" "$WORK/equipment.tsv" 0 select
load "GET /api/v1/workshop/sheets/{id}" "$WORK/sheet.tsv" 0 select
load "GET /api/v1/workshop/sheets (queue, 50)" "$WORK/queue.tsv" 0 select
load "POST /api/v1/dispatch/locations (20 pings)" "$WORK/pings.tsv" 1 insert20
actions_for ASSIGNED accept "" > "$WORK/accept.tsv"
load "POST …/accept" "$WORK/accept.tsv" 1 insert
actions_for ACCEPTED en-route "" > "$WORK/en-route.tsv"
load "POST …/en-route" "$WORK/en-route.tsv" 1 insert
actions_for EN_ROUTE arrived "" > "$WORK/arrived.tsv"
load "POST …/arrived" "$WORK/arrived.tsv" 1 insert
actions_for ON_SITE finish ',"workDone":"Benchmark work","labourMinutes":30' > "$WORK/finish.tsv"
load "POST …/finish (work report PDF)" "$WORK/finish.tsv" 1 insert

{
  echo "Intervo API load, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)),"
  echo "$TECHNICIANS technicians, $TICKETS open tickets, $CUSTOMERS customers, $EQUIPMENT equipment; wrk $CONNECTIONS connections,"
  echo "${DURATION} s per row after ${WARMUP} s of warm-up; pgbench on the same PostgreSQL: select-only $PG_SELECT tps, single-row INSERT $PG_INSERT tps,"
  echo "20-row INSERT $(awk -v t="$PG_INSERT20" 'BEGIN { printf "%.0f", t * 20 }') rows/s."
  echo
  echo "| call | requests/s | p50 ms | p99 ms | errors | ratio to pgbench |"
  echo "|---|---|---|---|---|---|"
  while IFS=$'\t' read -r name rps p50 p99 bad base; do
    case "$base" in
      select) ratio=$(awk -v a="$rps" -v b="$PG_SELECT" 'BEGIN { printf "%.3f× select-only", a / b }') ;;
      insert) ratio=$(awk -v a="$rps" -v b="$PG_INSERT" 'BEGIN { printf "%.3f× single-row INSERT", a / b }') ;;
      insert20) ratio=$(awk -v a="$rps" -v b="$PG_INSERT20" 'BEGIN { printf "%.3f× INSERT rows (20 per request)", a / b }') ;;
    esac
    echo "| $name | $rps | $p50 | $p99 | $bad | $ratio |"
  done < "$RESULTS"
} | tee "$WORK/results.md"
echo
echo "results: $WORK/results.md (wrk and application logs beside it)"
