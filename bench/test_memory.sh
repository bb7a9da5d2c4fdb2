#!/bin/sh
# Scale test: the CLI's memory does not grow with the number of JSONL documents. Peak RSS for
# 100,000 documents must stay within 25% + 16 MiB of the peak for 2,000 documents.
# Usage: test_memory.sh DENER DENER-BENCH MAXRSS
set -eu
DENER=$1
BENCH=$2
MAXRSS=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
run() { # N -> prints the line count; peak RSS (KiB) in $tmp/rss.N
  "$BENCH" --gen-jsonl "$1" --para 1 | "$MAXRSS" "$tmp/rss.$1" "$DENER" --input jsonl --threads 2 > "$tmp/out.$1"
  wc -l < "$tmp/out.$1"
}
small=2000
big=100000
[ "$(run $small)" -eq $small ] || { echo "FAIL: $small documents did not give $small lines"; exit 1; }
[ "$(run $big)" -eq $big ] || { echo "FAIL: $big documents did not give $big lines"; exit 1; }
rs=$(cat "$tmp/rss.$small")
rb=$(cat "$tmp/rss.$big")
limit=$((rs + rs / 4 + 16384))
echo "peak RSS: $rs KiB for $small documents, $rb KiB for $big documents (limit $limit KiB)"
[ "$rb" -le "$limit" ] || { echo "FAIL: memory grows with the number of documents"; exit 1; }
