#!/usr/bin/env bash
# Builds tawasul-text.jar, runs it on the public evaluation data in ../shared/eval and prints a table of the
# Tawasul engine against stock Lucene (ArabicAnalyzer + BM25 over title and text) from the same run.
# Output files go to bench/text/results/. Needs python3 for the scorers.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
EVAL=""
dir="$ROOT"
while [ "$dir" != "/" ]; do
  if [ -d "$dir/shared/eval/claim-matching" ]; then EVAL="$dir/shared/eval"; break; fi
  dir=$(dirname "$dir")
done
if [ -z "$EVAL" ]; then echo "eval.sh: ../shared/eval not found beside the repository" >&2; exit 1; fi
. .mvn/find-jdk.sh
tawasul_find_jdk
JAVA="$JAVA_HOME/bin/java"
if [ "${SKIP_BUILD:-}" != 1 ]; then ./mvnw -q -B -pl text -DskipTests package; fi
JAR=text/target/tawasul-text.jar
OUT=bench/text/results
mkdir -p "$OUT"
C="$EVAL/claim-matching"; N="$EVAL/news-search"; D="$EVAL/near-duplicates"

metric() { python3 -c "import json,sys; print(json.loads(sys.stdin.read())['$1'])"; }

run_match() { # name docs queries qrels metric [candidates]
  local name=$1 docs=$2 queries=$3 qrels=$4 m=$5 cands=${6:-}
  local extra=()
  [ -n "$cands" ] && extra=(--candidates "$cands")
  local ours stock jo js
  jo=$("$JAVA" -jar "$JAR" match --docs "$docs" --queries "$queries" "${extra[@]}" --out "$OUT/$name.run" 2>/dev/null)
  js=$("$JAVA" -jar "$JAR" match --docs "$docs" --queries "$queries" "${extra[@]}" --out "$OUT/$name.stock.run" --baseline 2>/dev/null)
  ours=$(python3 "$EVAL/score.py" "$qrels" "$OUT/$name.run" | metric "$m")
  stock=$(python3 "$EVAL/score.py" "$qrels" "$OUT/$name.stock.run" | metric "$m")
  printf '| %-38s | %-9s | %6s | %6s | %s |\n' "$name" "$m" "$ours" "$stock" "$(echo "$jo" | python3 -c "import json,sys; j=json.loads(sys.stdin.read()); print(f\"{j['queries_per_s']:.0f} q/s, p50 {j['p50_ms']:.1f} ms\")")"
}

echo "| task | metric | Tawasul | stock Lucene | Tawasul speed (this run) |"
echo "| --- | --- | --- | --- | --- |"
run_match claims-dev-pool "$C/claims.tsv" "$C/queries-dev.tsv" "$C/qrels-dev.txt" "map@5"
run_match claims-dev-candidates "$C/claims.tsv" "$C/queries-dev.tsv" "$C/qrels-dev.txt" "map@5" "$C/candidates-dev.tsv"
run_match claims-train-pool "$C/claims.tsv" "$C/queries-train.tsv" "$C/qrels-train.txt" "map@5"
run_match news-search "$N/articles.tsv" "$N/queries.tsv" "$N/qrels.txt" "mrr@10"
jg=$("$JAVA" -jar "$JAR" group --posts "$D/posts.tsv" --out "$OUT/groups.tsv" 2>/dev/null)
f1=$(python3 "$EVAL/score_clusters.py" "$D/gold.tsv" "$OUT/groups.tsv" | metric bcubed_f1)
printf '| %-38s | %-9s | %6s | %6s | %s |\n' near-duplicates bcubed_f1 "$f1" "-" "$(echo "$jg" | metric posts_per_s) posts/s"
"$JAVA" -jar "$JAR" reposts --posts "$D/posts.tsv" --gold "$D/gold.tsv" --out-posts "$OUT/hard.tsv" --out-gold "$OUT/hard-gold.tsv" >/dev/null 2>&1
jh=$("$JAVA" -jar "$JAR" group --posts "$OUT/hard.tsv" --out "$OUT/hard-groups.tsv" 2>/dev/null)
f1=$(python3 "$EVAL/score_clusters.py" "$OUT/hard-gold.tsv" "$OUT/hard-groups.tsv" | metric bcubed_f1)
printf '| %-38s | %-9s | %6s | %6s | %s |\n' "harder reposts (generated, seed 7)" bcubed_f1 "$f1" "-" "$(echo "$jh" | metric posts_per_s) posts/s"
echo
echo "5-fold cross-validation of the re-ranker on train + dev (claims pool), calibrated with unrelated posts:"
# Moroccan news that repeats no claim of the pool: the near-duplicates' reposts and the news-search headlines,
# grouped by story, less the two stories that do repeat one (Moncef Slaoui's appointment, vclaim-3606)
REPEATS='^goud-(0011|0929)$'
awk -F'\t' -v r="$REPEATS" 'NR==FNR { if (FNR > 1) g[$1] = $2; next }
  FNR == 1 { print "id\ttext\tgroup"; next } g[$1] !~ r { print $1 "\t" $2 "\t" g[$1] }' \
  "$D/gold.tsv" "$D/posts.tsv" > "$OUT/unrelated-posts.tsv"
awk -F'\t' -v r="$REPEATS" 'NR==FNR { split($0, f, /[ \t]+/); g[f[1]] = f[3]; next }
  FNR == 1 { print "id\ttext\tgroup"; next } g[$1] !~ r { print $1 "\t" $2 "\t" g[$1] }' \
  "$N/qrels.txt" "$N/queries.tsv" > "$OUT/unrelated-headlines.tsv"
"$JAVA" -jar "$JAR" tune --docs "$C/claims.tsv" --queries "$C/queries-train.tsv,$C/queries-dev.tsv" \
  --qrels "$C/qrels-train.txt,$C/qrels-dev.txt" --unrelated "$OUT/unrelated-posts.tsv,$OUT/unrelated-headlines.tsv" \
  2>/dev/null > "$OUT/tune.jsonl"
python3 - "$OUT/tune.jsonl" <<'PY'
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
j = lines[-1]
print(f"  BM25 stage alone {j['cv_bm25_map5']}, linear re-ranker {j['cv_linear_map5']},"
      f" with the trees {j['cv_reranked_map5']} (MAP@5 over {j['queries']} queries)")
print(f"  thresholds, out of fold ({j['unrelated_posts']} unrelated posts):")
for t in lines:
    if 'threshold' in t and t['threshold'] in (0.04, 0.1, 0.3, 0.7, 0.8, 0.9):
        print(f"    {t['threshold']:>5}: precision {t['precision']:.3f}, right top-1 kept {t['recall_of_correct_top1']:.3f},"
              f" unrelated above {t['unrelated_above']} ({t['unrelated_share']:.3f})")
PY
