#!/usr/bin/env bash
# Builds the text engine's JMH benchmarks and runs them, bounded in time (about 6 minutes), printing the results.
#   bench/text/run.sh            all benchmarks + memory per million posts
#   bench/text/run.sh Grouping   only benchmarks matching a regexp
# Needs ../shared/eval beside the repository (the benchmarks read its public data).
set -euo pipefail
cd "$(dirname "$0")/../.."
. .mvn/find-jdk.sh
tawasul_find_jdk
JAVA="$JAVA_HOME/bin/java"
./mvnw -q -B -Pjmh -pl text -DskipTests package
JAR=text/target/jmh/tawasul-text-benchmarks.jar
mkdir -p bench/text/results
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs), $("$JAVA" -version 2>&1 | head -1), $(date -u +%Y-%m-%dT%H:%MZ)"
"$JAVA" -jar "$JAR" "${1:-.*Benchmark.*}" -rf json -rff bench/text/results/jmh.json 2>&1 | grep -v -i "vector incubator\|VectorizationProvider" | tail -n 40
if [ -z "${1:-}" ]; then
  "$JAVA" -Xmx4g -cp "$JAR" org.tawasul.text.bench.MemoryFootprint 1000000 2>/dev/null
fi
