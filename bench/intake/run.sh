#!/usr/bin/env bash
# bench/intake — report intake throughput vs. what PostgreSQL itself reaches for single-row INSERTs.
# Starts the packaged platform on a fresh embedded PostgreSQL (loopback only), drives POST /api/v1/reports with wrk
# (intake.lua: a JSON report and its own Idempotency-Key per request) after a warm-up, waits for the follow-up work
# of those reports (filing from the intake journal, claim matching, acknowledgements) to drain, reports how long that
# took and the end-to-end rate (measured reports / (measured seconds + drain)). pgbench with single-row INSERTs of a
# report-sized row runs on the SAME server (same fsync and synchronous_commit settings, same client count) just
# before the intake and again after its follow-up work; the script prints one JSON line with the intake, both pgbench
# rates and the ratio of the intake to their mean, and how busy the machine was (and with what else) during the load.
#   bench/intake/run.sh [concurrency=64] [seconds=20] [warm-up seconds=30]
# (IntakeLoad.java is the same load from a JVM client, for machines without wrk.)
set -euo pipefail
cd "$(dirname "$0")/../.."
. .mvn/find-jdk.sh
tawasul_find_jdk
CONCURRENCY="${1:-64}"
SECONDS_MEASURED="${2:-20}"
WARMUP="${3:-30}"
APP_PORT="${APP_PORT:-18080}"
PG_PORT="${PG_PORT:-15432}"
for tool in pgbench psql wrk curl python3; do
  command -v "$tool" >/dev/null || { echo "bench/intake: $tool missing (apt-get install -y postgresql-client wrk curl python3)" >&2; exit 1; }
done

[ -f app/target/tawasul-app.jar ] || ./tawasul build
RUN="bench/intake/results/run-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$RUN"
RUN_ABS="$(cd "$RUN" && pwd)"
JAR_ABS="$(pwd)/app/target/tawasul-app.jar"

# The platform as `./tawasul run` starts it (default heap, pool and writers); only the rate limit is off.
( cd "$RUN_ABS" && exec "$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:-} -jar "$JAR_ABS" --server.port="$APP_PORT" \
    --tawasul.database.embedded.port="$PG_PORT" --tawasul.reporting.rate-limit.enabled=false ${BENCH_APP_ARGS:-} \
    > app.out 2>&1 ) &
APP_PID=$!
cleanup() {
  kill "$APP_PID" 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
}
trap cleanup EXIT

for _ in $(seq 1 400); do
  curl -fs "http://127.0.0.1:$APP_PORT/actuator/health/readiness" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://127.0.0.1:$APP_PORT/actuator/health/readiness" >/dev/null || { echo "platform did not start; see $RUN/app.out" >&2; exit 1; }

wrk -t2 -c"$CONCURRENCY" -d"${WARMUP}s" -s bench/intake/intake.lua "http://127.0.0.1:$APP_PORT" > "$RUN/wrk-warmup.txt"
export PGPASSWORD=postgres
# Follow-up work: reports acknowledged from the intake journal and not filed yet, and incomplete publications
# (claim matching, acknowledgements) of filed ones.
journal() {
  psql -qAt -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c "select count(*) from reporting.intake"
}
pending() {
  psql -qAt -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c \
    "select (select count(*) from event_publication where completion_date is null) + (select count(*) from reporting.intake)"
}
for _ in $(seq 1 900); do [ "$(pending)" = "0" ] && break; sleep 1; done   # warm-up's follow-up work done
# Like pgbench before its own runs: vacuum what the warm-up left behind, and checkpoint, so that neither the intake
# nor pgbench below measures autovacuum or a checkpoint triggered by the other's writes.
settle() {
  psql -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c "vacuum analyze" -c "checkpoint" >/dev/null
}
# The reference: single-row INSERTs of a report-sized row by pgbench on the SAME server (same fsync and
# synchronous_commit settings, same client count). It runs just before and just after the intake, and the ratio uses
# their mean: on a shared virtual machine the reference drifts from minute to minute, and bracketing the intake keeps
# that drift out of the ratio as far as it can be.
psql -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c \
  "create table if not exists bench_insert (id bigserial primary key, tracking_hash text not null, category text not null,
   description text not null, post_text text, created_at timestamptz not null default now())" >/dev/null
cat > "$RUN/insert.sql" <<'SQL'
insert into bench_insert (tracking_hash, category, description, post_text)
values (md5(random()::text), 'RUMOUR',
 'تداول صفحات على مواقع التواصل الاجتماعي خبرا زائفا يدعي اختطاف أطفال قرب مؤسسة تعليمية بمدينة الدار البيضاء، والمرجو التحقق من صحته',
 'عاجل: شاركوا قبل الحذف، عصابة تختطف الأطفال أمام المدارس');
SQL
SETTINGS=$(psql -At -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c \
  "select string_agg(name || '=' || setting, ',') from pg_settings where name in ('fsync','synchronous_commit','wal_sync_method','full_page_writes')")
pgbench_tps() {  # $1: name of the output file
  settle
  pgbench -n -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "$CONCURRENCY" -j 2 -T "$SECONDS_MEASURED" -f "$RUN/insert.sql" postgres \
    > "$RUN/$1" 2>&1
  sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$RUN/$1" | head -n 1
}
PGB_BEFORE=$(pgbench_tps pgbench-before.txt)   # settles first, after the warm-up's follow-up work
settle                                          # and again after pgbench's own rows, before the intake
# CPU seconds of the platform's JVM and of every PostgreSQL process (live ones plus reaped children of the
# postmaster), so the cost per report can be read even when the machine is shared.
cpu_ticks() {
  local pg=0 pm x
  pm=$(pgrep -f -- "bin/postgres -D .* -p $PG_PORT " | head -n 1)
  for x in $pm $(pgrep -P "$pm"); do pg=$((pg + $(awk '{print $14+$15}' "/proc/$x/stat" 2>/dev/null || echo 0))); done
  pg=$((pg + $(awk '{print $16+$17}' "/proc/$pm/stat")))
  echo "$(awk '{print $14+$15}' "/proc/$APP_PID/stat") $pg"
}
# The whole machine's busy and niced ticks (/proc/stat), to tell what else ran during the load.
machine_ticks() {
  awk '/^cpu /{print $2+$3+$4+$7+$8+$9, $3}' /proc/stat
}
read -r APP_CPU0 PG_CPU0 <<< "$(cpu_ticks)"
read -r BUSY0 NICE0 <<< "$(machine_ticks)"
LOAD_BEFORE=$(cut -d' ' -f1 /proc/loadavg)
wrk -t2 -c"$CONCURRENCY" -d"${SECONDS_MEASURED}s" --latency -s bench/intake/intake.lua "http://127.0.0.1:$APP_PORT" > "$RUN/wrk.txt"
LOAD_AFTER=$(cut -d' ' -f1 /proc/loadavg)
read -r APP_CPU1 PG_CPU1 <<< "$(cpu_ticks)"
read -r BUSY1 NICE1 <<< "$(machine_ticks)"
DRAIN_START=$(date +%s.%N)
PENDING_AT_END=$(pending)
JOURNAL_AT_END=$(journal)
for _ in $(seq 1 1800); do [ "$(pending)" = "0" ] && break; sleep 0.5; done
read -r APP_CPU2 PG_CPU2 <<< "$(cpu_ticks)"
DRAIN_SECONDS=$(python3 -c "import time; print(round(time.time() - $DRAIN_START, 1))")
STORED=$(psql -qAt -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c "select count(*) from reporting.report")
INTAKE=$(awk -v c="$CONCURRENCY" -v s="$SECONDS_MEASURED" -v pend="$PENDING_AT_END" -v journal="$JOURNAL_AT_END" -v drain="$DRAIN_SECONDS" \
  -v lb="$LOAD_BEFORE" -v la="$LOAD_AFTER" -v stored="$STORED" -v tick="$(getconf CLK_TCK)" \
  -v app="$((APP_CPU2 - APP_CPU0))" -v pg="$((PG_CPU2 - PG_CPU0))" \
  -v appload="$((APP_CPU1 - APP_CPU0))" -v pgload="$((PG_CPU1 - PG_CPU0))" \
  -v busy="$((BUSY1 - BUSY0))" -v niced="$((NICE1 - NICE0))" -v cores="$(nproc)" '
  function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
  /requests in/ {n=$1}
  /Requests\/sec/ {rps=$2}
  /Non-2xx or 3xx responses/ {err+=$5}
  /Socket errors/ {gsub(/,/,""); err+=$4+$6+$8+$10}
  /^ +50%/ {p50=ms($2)} /^ +99%/ {p99=ms($2)} /Latency/ && !lat {lat=1; max=ms($4)}
  END { printf "{\"driver\":\"wrk\",\"reports\":%d,\"errors\":%d,\"seconds\":%d,\"concurrency\":%d,\"reports_per_s\":%.1f,\"p50_ms\":%.2f,\"p99_ms\":%.2f,\"max_ms\":%.2f,\"follow_up_pending_at_end\":%d,\"journal_at_end\":%d,\"follow_up_drain_s\":%s,\"end_to_end_reports_per_s\":%.1f,\"reports_stored_total\":%d,\"load_before\":%s,\"load_after\":%s,\"app_cpu_ms_per_report\":%.3f,\"postgres_cpu_ms_per_report\":%.3f,\"app_cpu_ms_per_report_during_load\":%.3f,\"postgres_cpu_ms_per_report_during_load\":%.3f,\"machine_busy_during_load\":%.2f,\"others_cpu_share_during_load\":%.2f,\"niced_cpu_share_during_load\":%.2f}\n",
    n, err, s, c, rps, p50, p99, max, pend, journal, drain, n / (s + drain), stored, lb, la, app * 1000 / tick / n, pg * 1000 / tick / n, appload * 1000 / tick / n, pgload * 1000 / tick / n,
    busy / tick / s / cores, (busy - appload - pgload) / tick / s / cores, niced / tick / s / cores }' "$RUN/wrk.txt")
echo "$INTAKE" > "$RUN/intake.json"
PGB_AFTER=$(pgbench_tps pgbench-after.txt)   # after the follow-up work drained, so nothing else writes meanwhile

python3 - "$INTAKE" "$PGB_BEFORE" "$PGB_AFTER" "$SETTINGS" "$(nproc)" "$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)" <<'PY' | tee "$RUN/result.json"
import json, sys
intake = json.loads(sys.argv[1]); before = float(sys.argv[2] or 0); after = float(sys.argv[3] or 0)
pg = (before + after) / 2 if before and after else 0
out = {"bench": "intake", "date": __import__("datetime").datetime.now(__import__("datetime").timezone.utc).strftime("%Y-%m-%dT%H:%MZ"), **intake,
       "pgbench_insert_tps": round(pg, 1), "pgbench_before_tps": round(before, 1), "pgbench_after_tps": round(after, 1),
       "ratio": round(intake["reports_per_s"] / pg, 3) if pg else None,
       "target_ratio": 0.4, "postgres_settings": sys.argv[4], "cores": int(sys.argv[5]), "cpu": sys.argv[6]}
print(json.dumps(out, ensure_ascii=False))
PY
