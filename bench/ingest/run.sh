#!/usr/bin/env bash
# Ingest benchmark: items/s through POST /api/v1/monitoring/items into grouped, flagged, alerted state, and the
# latency from sending an item to its alert being in the analysts' queue (p50/p99). Bounded in time (~2 minutes).
#   bench/ingest/run.sh [seconds=30] [workers=4] [batch=500]
# Builds the app jar if needed, starts it on a throw-away embedded PostgreSQL (under target/), drives it from a
# single-file Java program on loopback, prints one JSON line, stops the app.
set -euo pipefail
cd "$(dirname "$0")/../.."
. .mvn/find-jdk.sh
tawasul_find_jdk
JAVA="$JAVA_HOME/bin/java"
SECONDS_TO_RUN="${1:-30}"; WORKERS="${2:-4}"; BATCH="${3:-500}"
APP_PORT=18181; PG_PORT=15433
TOKEN="twc_bench_$(date +%s)"
JAR=app/target/tawasul-app.jar
if [ ! -f "$JAR" ] || [ -n "$(find app/src/main text/src/main -newer "$JAR" -type f | head -n 1)" ]; then
  ./mvnw -q -B -DskipTests -pl app -am package
fi
WORK=app/target/bench-ingest; rm -rf "$WORK"; mkdir -p "$WORK"
"$JAVA" ${BENCH_JAVA_OPTS:--Xmx1g} -jar "$JAR" --server.port=$APP_PORT \
  --tawasul.database.embedded.data-directory="$WORK/postgres" --tawasul.database.embedded.clean=true \
  --tawasul.database.embedded.port=$PG_PORT --tawasul.blobs.directory="$WORK/blobs" \
  --logging.file.name="$WORK/tawasul.json" --logging.level.root=WARN \
  --tawasul.vigilance.ingest.bootstrap-collector-token="$TOKEN" > "$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  curl -fs "http://127.0.0.1:$APP_PORT/actuator/health/readiness" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://127.0.0.1:$APP_PORT/actuator/health/readiness" >/dev/null || { echo "app did not start"; tail -50 "$WORK/app.log"; exit 1; }
PGJDBC=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -1)
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs), $("$JAVA" -version 2>&1 | head -1), $(date -u +%Y-%m-%dT%H:%MZ)" >&2
"$JAVA" -cp "$PGJDBC" bench/ingest/IngestBench.java "http://127.0.0.1:$APP_PORT" "$TOKEN" \
  "jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" "$SECONDS_TO_RUN" "$WORKERS" "$BATCH"
