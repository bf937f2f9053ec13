#!/usr/bin/env bash
# bench/public — the public site under load on loopback, next to nginx serving a static file of the same size.
#   bench/public/run.sh            (needs: wrk, nginx (nginx-light), psql; builds the app jar if missing)
# Prints one JSON document: requests/s and errors for a cached publication page, the home page and nginx, their
# ratio, and "Is it true?" latency percentiles with 100,000 synthetic truth-statement claims indexed: unique texts
# (rumours.lua, RUMOURS=varied) at 4 and CONNECTIONS connections, and the known viral texts repeated (RUMOURS=viral,
# answered from memory) at 4 connections.
# Environment: DURATION (default 15s), CONNECTIONS (64), CLAIMS (100000), APP_PORT (18080), NGINX_PORT (18081),
# PG_PORT (18432), BENCH_JAVA_OPTS (the application's JVM options, default as docs/operations.md recommends).
set -euo pipefail
cd "$(dirname "$0")/../.."
. .mvn/find-jdk.sh
tawasul_find_jdk

DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-64}
CLAIMS=${CLAIMS:-100000}
APP_PORT=${APP_PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
PG_PORT=${PG_PORT:-18432}
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xms2g -Xmx2g -XX:+UseZGC}
WORK=$(mktemp -d /tmp/tawasul-bench-public.XXXXXX)
APP_PID=""; NGINX_PID=""

for tool in wrk nginx psql curl; do
  command -v "$tool" >/dev/null || { echo "bench/public: $tool is missing (apt-get install -y wrk nginx-light postgresql-client curl)" >&2; exit 2; }
done
[ -f app/target/tawasul-app.jar ] || ./mvnw -q -B -DskipTests package

stop_app() { if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; fi; }
cleanup() {
  stop_app
  if [ -n "$NGINX_PID" ]; then kill "$NGINX_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

start_app() {
  "$JAVA_HOME/bin/java" $JAVA_OPTS -jar app/target/tawasul-app.jar \
    --server.port="$APP_PORT" --tawasul.demo.enabled=true \
    --tawasul.database.embedded.data-directory="$WORK/postgres" --tawasul.database.embedded.port="$PG_PORT" \
    --tawasul.blobs.directory="$WORK/blobs" --logging.file.name="$WORK/tawasul.json" \
    --tawasul.site.base-url="http://127.0.0.1:$APP_PORT" > "$WORK/app-$1.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 240); do
    if curl -fs "http://127.0.0.1:$APP_PORT/actuator/health/readiness" >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  echo "bench/public: the application did not start; see $WORK/app-$1.log" >&2; tail -50 "$WORK/app-$1.log" >&2; exit 1
}

# wrk output -> "requests_per_second errors p50_ms p99_ms"; wrk's timeouts (> 2 s) count as errors. A run without a
# single answer is reported as such (null), never as 0 requests/s that looks like a measurement.
measure() {
  local out; out=$(wrk -t2 -c"$2" -d"$DURATION" --latency ${3:+-s "$3"} "$1")
  echo "$out" > "$WORK/wrk-$(date +%s%N).txt"
  if ! grep -q '^ *[1-9][0-9]* requests in' <<< "$out"; then
    { echo "bench/public: no answer from $1 in $DURATION:"; echo "$out"; } >&2
    echo "null null null null"; return
  fi
  awk '
    /Requests\/sec/ {rps=$2}
    /Non-2xx or 3xx responses/ {err+=$5}
    /Socket errors/ {gsub(/,/,""); err+=$4+$6+$8+$10}
    /^ +50%/ {p50=$2} /^ +99%/ {p99=$2}
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    END { printf "%s %d %.2f %.2f\n", rps, err, ms(p50), ms(p99) }' <<< "$out"
}

# 1. first start: schema, demo publications
start_app first
PAGE=$(psql -qAt -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c \
  "select '/fr/publications/' || t.slug from newsroom.translation t join newsroom.publication p on p.id = t.publication_id
   where p.state = 'PUBLISHED' and t.language = 'fr' and p.type = 'TRUTH_STATEMENT' order by p.published_at limit 1")
stop_app

# 2. 100,000 synthetic claims (words drawn from the seed texts), indexed by the claim index on the next start
cat /work/shared/seeds/*.txt 2>/dev/null | tr -s '[:space:][:punct:]' '\n' | awk 'length($0) > 2' | sort -u > "$WORK/words.txt" || true
[ -s "$WORK/words.txt" ] || printf '%s\n' شرطة مدينة فيديو إشاعة أطفال مدرسة سيارة هاتف سرقة الأمن > "$WORK/words.txt"
start_app seed >/dev/null
awk -v n="$CLAIMS" 'BEGIN { srand(42) } { w[NR] = $0 } END {
  for (i = 1; i <= n; i++) { len = 12 + i % 12; text = ""; for (j = 0; j < len; j++) text = text (j ? " " : "") w[1 + int(rand() * NR)];
    printf "%08x-0000-4000-8000-%012x\tar\tبيان %d\t%s\n", i, i, i, text } }' "$WORK/words.txt" > "$WORK/claims.tsv"
psql -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres \
  -c "\\copy similarity.statement_claim (publication_id, language, title, claim_text) from '$WORK/claims.tsv'"
stop_app

# 3. measured start: the claim index is rebuilt with CLAIMS + demo statements
START=$(date +%s)
start_app measured
STARTUP=$(( $(date +%s) - START ))
INDEXED=$(grep -o 'Claim index rebuilt with [0-9]*' "$WORK/app-measured.log" | grep -o '[0-9]*$' || echo 0)

# 4. nginx serving a static file as large as the publication page
curl -fs "http://127.0.0.1:$APP_PORT$PAGE" -o "$WORK/page.html"
PAGE_BYTES=$(stat -c %s "$WORK/page.html")
mkdir -p "$WORK/nginx/root" "$WORK/nginx/tmp"
cp "$WORK/page.html" "$WORK/nginx/root/page.html"
chmod 755 "$WORK" "$WORK/nginx" "$WORK/nginx/root"; chmod 644 "$WORK/nginx/root/page.html"  # nginx workers run as nobody
cat > "$WORK/nginx/nginx.conf" <<NGINX
worker_processes auto;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/tmp; proxy_temp_path $WORK/nginx/tmp; fastcgi_temp_path $WORK/nginx/tmp;
  uwsgi_temp_path $WORK/nginx/tmp; scgi_temp_path $WORK/nginx/tmp;
  sendfile on; tcp_nopush on; keepalive_requests 1000000;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/nginx/root; default_type text/html; }
}
NGINX
nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" &
NGINX_PID=$!
sleep 1

LOAD_BEFORE=$(cut -d' ' -f1 /proc/loadavg)
# each target warmed (JIT, rendered-page cache) right before it is measured: a rendered page is kept 30 s at most
wrk -t2 -c16 -d5s "http://127.0.0.1:$APP_PORT$PAGE" >/dev/null
read -r PUB_RPS PUB_ERR PUB_P50 PUB_P99 <<< "$(measure "http://127.0.0.1:$APP_PORT$PAGE" "$CONNECTIONS")"
wrk -t2 -c16 -d2s "http://127.0.0.1:$NGINX_PORT/page.html" >/dev/null
read -r NGX_RPS NGX_ERR NGX_P50 NGX_P99 <<< "$(measure "http://127.0.0.1:$NGINX_PORT/page.html" "$CONNECTIONS")"
wrk -t2 -c16 -d3s "http://127.0.0.1:$APP_PORT/" >/dev/null
read -r HOME_RPS HOME_ERR HOME_P50 HOME_P99 <<< "$(measure "http://127.0.0.1:$APP_PORT/" "$CONNECTIONS")"
# the matcher's code paths need about half a minute of unique texts before the JIT has compiled them
RUMOURS=varied wrk -t2 -c4 -d30s -s bench/public/rumours.lua "http://127.0.0.1:$APP_PORT" >/dev/null
read -r CHK_RPS CHK_ERR CHK_P50 CHK_P99 <<< "$(RUMOURS=varied measure "http://127.0.0.1:$APP_PORT" 4 bench/public/rumours.lua)"
read -r VIRAL_RPS VIRAL_ERR VIRAL_P50 VIRAL_P99 <<< "$(RUMOURS=viral measure "http://127.0.0.1:$APP_PORT" 4 bench/public/rumours.lua)"
read -r CHK64_RPS CHK64_ERR CHK64_P50 CHK64_P99 <<< "$(RUMOURS=varied measure "http://127.0.0.1:$APP_PORT" "$CONNECTIONS" bench/public/rumours.lua)"
# the same unique texts offered at ~200 checks/s (4 connections, 20 ms between a response and the next request):
# latency below saturation, the figure a citizen sees on a busy day (17 million checks a day)
read -r PACED_RPS PACED_ERR PACED_P50 PACED_P99 <<< "$(RUMOURS=varied PACE_MS=20 measure "http://127.0.0.1:$APP_PORT" 4 bench/public/rumours.lua)"

ratio() { if [ "$1" = null ] || [ "$2" = null ]; then echo null; else awk "BEGIN { printf \"%.3f\", $1 / $2 }"; fi; }

cat <<JSON
{
  "date": "$(date -u +%Y-%m-%dT%H:%M:%SZ)",
  "machine": {"cpus": $(nproc), "cpu": "$(lscpu | sed -n 's/^Model name: *//p' | head -1)", "jdk": "$("$JAVA_HOME/bin/java" -version 2>&1 | head -1 | sed 's/"/\\"/g')", "nginx": "$(nginx -v 2>&1 | sed 's/.*\///')"},
  "java_options": "$JAVA_OPTS", "duration": "$DURATION", "connections": $CONNECTIONS, "load_average_before": $LOAD_BEFORE, "load_average_after": $(cut -d' ' -f1 /proc/loadavg),
  "publication_page": {"path": "$PAGE", "bytes": $PAGE_BYTES, "requests_per_second": $PUB_RPS, "errors": $PUB_ERR, "p50_ms": $PUB_P50, "p99_ms": $PUB_P99},
  "home_page": {"requests_per_second": $HOME_RPS, "errors": $HOME_ERR, "p50_ms": $HOME_P50, "p99_ms": $HOME_P99},
  "nginx_static_same_size": {"requests_per_second": $NGX_RPS, "errors": $NGX_ERR, "p50_ms": $NGX_P50, "p99_ms": $NGX_P99},
  "ratio_publication_to_nginx": $(ratio "$PUB_RPS" "$NGX_RPS"),
  "ratio_home_to_nginx": $(ratio "$HOME_RPS" "$NGX_RPS"),
  "is_it_true": {"claims_indexed": $INDEXED, "startup_seconds_with_index_rebuild": $STARTUP,
    "unique_texts_connections_4": {"requests_per_second": $CHK_RPS, "errors": $CHK_ERR, "p50_ms": $CHK_P50, "p99_ms": $CHK_P99},
    "viral_texts_repeated_connections_4": {"requests_per_second": $VIRAL_RPS, "errors": $VIRAL_ERR, "p50_ms": $VIRAL_P50, "p99_ms": $VIRAL_P99},
    "unique_texts_connections_$CONNECTIONS": {"requests_per_second": $CHK64_RPS, "errors": $CHK64_ERR, "p50_ms": $CHK64_P50, "p99_ms": $CHK64_P99},
    "unique_texts_offered_200_per_s": {"requests_per_second": $PACED_RPS, "errors": $PACED_ERR, "p50_ms": $PACED_P50, "p99_ms": $PACED_P99}}
}
JSON
