#!/usr/bin/env bash
# End-to-end benchmark of newsclaims on a corpus (a folder or a .jsonl[.gz] file).
#
#   scripts/bench.sh CORPUS [--runs N] [--smoke] [--scale K] [--writer-mb MB] [--html DIR]
#
# Reports, per stage and end to end: MB/s and articles/s of ingest, extraction
# and index-writing (in-process stage timings from `newsclaims bench`),
# claims/s, `newsclaims index` end to end with its peak RSS (/usr/bin/time),
# the index size, the re-index time of the unchanged corpus, search latency
# p50/p99 in-process (`bench-search`) and as a whole `newsclaims search`
# process, and HTML pages/s (the *.html files under --html DIR, default
# /work/shared/html-dev when present). Medians of --runs; the peak RSS is the
# largest of the runs. Numbers are printed, never asserted: put them in
# BENCHMARKS.md.
#
# --scale K replicates a .jsonl[.gz] corpus K times with distinct ids and texts
# (into a temporary folder, removed at exit). --smoke: one quick pass for CI
# (no 1-thread extraction, no write stage, no HTML, 5 process searches a query).
set -euo pipefail
cd "$(dirname "$0")/.."
usage="usage: scripts/bench.sh CORPUS [--runs N] [--smoke] [--scale K] [--writer-mb MB] [--html DIR]"
corpus=${1:?$usage}
shift
runs=3 smoke=0 scale=1 writer_mb=64 html=/work/shared/html-dev
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --smoke) smoke=1; shift ;;
    --scale) scale=$2; shift 2 ;;
    --writer-mb) writer_mb=$2; shift 2 ;;
    --html) html=$2; shift 2 ;;
    *) echo "unknown option $1; $usage" >&2; exit 2 ;;
  esac
done
cargo build --release --quiet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A private copy: the shared target/ may be rebuilt while this runs.
bin=$work/newsclaims
cp "${CARGO_TARGET_DIR:-target}/release/newsclaims" "$bin"

if [ "$scale" -gt 1 ]; then
  python3 - "$corpus" "$scale" "$work/scaled.jsonl" <<'PY'
import gzip, json, sys
src, k, dst = sys.argv[1], int(sys.argv[2]), sys.argv[3]
opener = gzip.open if src.endswith(".gz") else open
with opener(src, "rt", encoding="utf-8") as f:
    lines = [l for l in f if l.strip()]
with open(dst, "w", encoding="utf-8") as out:
    for r in range(k):
        for n, l in enumerate(lines):
            d = json.loads(l)
            d["id"] = f"{d.get('id', n)}~{r}"
            # A marker per copy keeps the texts distinct, so no copy is deduplicated.
            d["text"] = d.get("text", "") + f"\n\n(copy {r})"
            out.write(json.dumps(d) + "\n")
PY
  corpus=$work/scaled.jsonl
fi

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=$(git status --porcelain --untracked-files=no 2>/dev/null | grep -q . && echo " + uncommitted changes" || true)
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), commit $commit$dirty"
echo "# machine: $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(free -g | awk '/Mem:/ {print $2}') GiB; $(uname -sr); load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# corpus: $corpus ($(du -shL "$corpus" | cut -f1) on disk)"

echo "## stages (in-process, median of $runs)"
if [ "$smoke" -eq 1 ]; then
  $bin bench "$corpus" --runs "$runs" --stages ingest,extract | tee "$work/stages"
else
  $bin bench "$corpus" --runs "$runs" --writer-mb "$writer_mb" | tee "$work/stages"
fi
text_mb=$(sed -n 's/^articles: [0-9]*, text: \([0-9.]*\) MB.*/\1/p' "$work/stages")

full=() reindex=()
for r in $(seq "$runs"); do
  rm -rf "$work/index"
  /usr/bin/time -f "%e %M" -o "$work/time" \
    $bin index "$corpus" --index "$work/index" --writer-mb "$writer_mb" 2>"$work/summary"
  full+=("$(cat "$work/time")")
  /usr/bin/time -f "%e %M" -o "$work/time" \
    $bin index "$corpus" --index "$work/index" --writer-mb "$writer_mb" 2>/dev/null
  reindex+=("$(cat "$work/time")")
done
full_s=$(printf '%s\n' "${full[@]}" | awk '{print $1}' | median)
rss=$(printf '%s\n' "${full[@]}" | awk '{print $2}' | sort -n | tail -1)
reindex_s=$(printf '%s\n' "${reindex[@]}" | awk '{print $1}' | median)
reindex_rss=$(printf '%s\n' "${reindex[@]}" | awk '{print $2}' | sort -n | tail -1)
# Articles read and claims indexed, from the summary of the last full run.
read -r articles claims < <(sed -n 's/^indexed [0-9]* of \([0-9]*\) articles.*; \([0-9]*\) claims (.*/\1 \2/p' "$work/summary" | head -1)
echo "## index end to end (newsclaims index, writer heap $writer_mb MB; median of $runs)"
echo "last run: $(cat "$work/summary")"
awk -v s="$full_s" -v m="$text_mb" -v a="$articles" -v c="$claims" -v r="$rss" -v ri="$reindex_s" -v rr="$reindex_rss" 'BEGIN {
  printf "index:   %.2f s  %.1f MB/s of text  %.0f articles/s  %.0f claims/s  peak RSS %.0f MB\n", s, m/s, a/s, c/s, r/1024;
  printf "re-index unchanged: %.2f s (%.1f%% of a full index), peak RSS %.0f MB\n", ri, 100*ri/s, rr/1024 }'
echo "index size: $(du -sh "$work/index" | cut -f1)"

echo "## search (in-process, $((runs * 50)) runs a query, limit 10, with highlights)"
$bin bench-search --index "$work/index" --runs "$runs"
reps=20
[ "$smoke" -eq 1 ] && reps=5
echo "## search as a whole process (newsclaims search ... --limit 10, $reps runs a query)"
process_search() {
  local name=$1; shift
  for _ in $(seq "$reps"); do
    s=$(date +%s%N); $bin search "$@" --index "$work/index" --limit 10 >/dev/null || true; e=$(date +%s%N)
    echo $(((e - s) / 1000))
  done | sort -n | awk -v q="$name" '{a[NR]=$1} END {printf "process search %-44s p50 %.1f ms  p99 %.1f ms\n", q, a[int((NR+1)/2)]/1000, a[NR]/1000}'
}
process_search "government" government
process_search '"said on Thursday"' '"said on Thursday"'
process_search "speaker:reuters" speaker:reuters
process_search "--action block --target Twitter" --action block --target Twitter
process_search "oil --kind quote --speaker minister" oil --kind quote --speaker minister

if [ "$smoke" -eq 0 ] && [ -d "$html" ]; then
  mkdir -p "$work/html"
  n=0
  while IFS= read -r f; do
    n=$((n + 1)); ln -s "$f" "$work/html/$(printf '%04d' $n).html"
  done < <(find "$html" -name '*.html' | sort)
  echo "## HTML ($n pages under $html)"
  $bin bench "$work/html" --runs "$runs" --stages ingest | sed 's/articles/pages/g'
  times=()
  for _ in $(seq "$runs"); do
    s=$(date +%s%N); $bin text "$work/html" >/dev/null 2>&1 || true; e=$(date +%s%N)
    times+=("$(((e - s) / 1000))")
  done
  t=$(printf '%s\n' "${times[@]}" | median)
  awk -v t="$t" -v n="$n" 'BEGIN {printf "newsclaims text (whole process): %.3f s  %.0f pages/s\n", t/1e6, n/(t/1e6)}'
fi
