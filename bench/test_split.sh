#!/bin/sh
# Scale test: dener as a stateless JSONL mapper. The input split into chunks and run as separate
# processes (split + xargs -P, and GNU parallel --pipe if installed), and --threads 2, must give
# exactly the output of one single-threaded process.
# Usage: test_split.sh DENER DENER-BENCH
set -eu
DENER=$1
BENCH=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$BENCH" --gen-jsonl 3000 --para 3 > "$tmp/in.jsonl"
"$DENER" --input jsonl < "$tmp/in.jsonl" > "$tmp/single.jsonl"
[ "$(wc -l < "$tmp/single.jsonl")" -eq 3000 ] || { echo "FAIL: single process did not give 3000 lines"; exit 1; }

mkdir "$tmp/chunks" "$tmp/out"
split -l 400 -a 3 "$tmp/in.jsonl" "$tmp/chunks/c."
(cd "$tmp/chunks" && ls) | xargs -P 2 -I{} sh -c '"$0" --input jsonl < "$1/chunks/$2" > "$1/out/$2"' "$DENER" "$tmp" {}
cat "$tmp"/out/c.* > "$tmp/merged.jsonl"
cmp "$tmp/single.jsonl" "$tmp/merged.jsonl" || { echo "FAIL: split + xargs output differs"; exit 1; }
echo "ok: split -l 400 + xargs -P 2 gives the single-process output"

"$DENER" --input jsonl --threads 2 < "$tmp/in.jsonl" > "$tmp/threads.jsonl"
cmp "$tmp/single.jsonl" "$tmp/threads.jsonl" || { echo "FAIL: --threads 2 output differs"; exit 1; }
echo "ok: --threads 2 gives the single-thread output"

if command -v parallel >/dev/null 2>&1; then
  parallel --will-cite --pipe --keep-order --block 100k "$DENER" --input jsonl < "$tmp/in.jsonl" > "$tmp/parallel.jsonl"
  cmp "$tmp/single.jsonl" "$tmp/parallel.jsonl" || { echo "FAIL: GNU parallel output differs"; exit 1; }
  echo "ok: GNU parallel --pipe gives the single-process output"
else
  echo "skip: GNU parallel is not installed"
fi
