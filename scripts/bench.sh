#!/usr/bin/env bash
# End-to-end benchmark of newsclaims on a corpus (a folder or a .jsonl[.gz] file).
#
#   scripts/bench.sh CORPUS [--runs N] [--smoke] [--scale K]
#
# Reports, per stage and end to end: MB/s and articles/s of ingest, extraction
# and `index` (in-process stage timings from `newsclaims bench`), claims/s,
# peak RSS (/usr/bin/time), index size, re-index time of the unchanged corpus,
# and search latency p50/p99 (in-process and as a whole process).
# --scale K replicates a .jsonl[.gz] corpus K times with distinct ids.
# Numbers are printed, never asserted: put them in BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:?usage: scripts/bench.sh CORPUS [--runs N] [--smoke] [--scale K]}
shift
runs=3 smoke=0 scale=1
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --smoke) smoke=1; shift ;;
    --scale) scale=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
cargo build --release --quiet
bin=target/release/newsclaims
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

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

echo "# machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(uname -sr)"
echo "# corpus: $corpus ($(du -sh "$corpus" | cut -f1) on disk)"
echo "## stages (in-process, median of $runs)"
$bin bench "$corpus" --runs "$runs"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
full_times=()
for r in $(seq "$runs"); do
  rm -rf "$work/index"
  /usr/bin/time -f "%e %M" -o "$work/time" $bin index "$corpus" --index "$work/index" --quiet
  full_times+=("$(cat "$work/time")")
done
full=$(printf '%s\n' "${full_times[@]}" | awk '{print $1}' | median)
rss=$(printf '%s\n' "${full_times[@]}" | awk '{print $2}' | sort -n | tail -1)
/usr/bin/time -f "%e %M" -o "$work/time" $bin index "$corpus" --index "$work/index" --quiet
read -r reindex reindex_rss < "$work/time"
bytes=$(python3 -c "
import gzip,json,os,sys
p=sys.argv[1]
if os.path.isdir(p):
    print(sum(os.path.getsize(os.path.join(d,f)) for d,_,fs in os.walk(p) for f in fs))
else:
    o=gzip.open if p.endswith('.gz') else open
    print(sum(len(json.loads(l).get('text','').encode()) for l in o(p,'rt',encoding='utf-8') if l.strip()))
" "$corpus")
echo "## index (end to end, median of $runs)"
awk -v s="$full" -v b="$bytes" -v r="$rss" -v ri="$reindex" 'BEGIN {
  printf "index: %.2f s, %.1f MB/s of text, peak RSS %.0f MB\n", s, b/1e6/s, r/1024;
  printf "re-index unchanged: %.2f s (%.1f%% of a full index)\n", ri, 100*ri/s }'
echo "index size: $(du -sh "$work/index" | cut -f1)"
echo "## search"
$bin bench-search --index "$work/index" --runs "$runs"
if [ "$smoke" -eq 0 ]; then
  for q in 'twitter' '"said on Thursday"' 'speaker:reuters'; do
    for r in $(seq 20); do
      s=$(date +%s%N); $bin search "$q" --index "$work/index" --limit 10 >/dev/null || true; e=$(date +%s%N)
      echo $(( (e - s) / 1000 ))
    done | sort -n | awk -v q="$q" '{a[NR]=$1} END {printf "process search %-22s p50 %.1f ms, p99 %.1f ms\n", q, a[int(NR*0.5)]/1000, a[NR]/1000}'
  done
fi
