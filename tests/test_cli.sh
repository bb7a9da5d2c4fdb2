#!/usr/bin/env bash
# test_cli.sh - the command line end to end: options, JSONL mode, and the bad-input table
# (each case: input, expected exit status, expected text on stdout and stderr).
# Usage: test_cli.sh DENER LEXICON_DIR DATA_DIR
set -u
DENER=$1 LEX=$2 DATA=$3
T=$(mktemp -d "${TMPDIR:-/tmp}/dener-cli-XXXXXX")
trap 'rm -rf "$T"' EXIT
pass=0 fail=0

# check NAME EXPECTED_STATUS STDOUT_PATTERN STDERR_PATTERN -- command...
check() {
  local name=$1 want=$2 out_pat=$3 err_pat=$4
  shift 5
  "$@" >"$T/out" 2>"$T/err"
  local rc=$?
  local ok=1
  [ "$rc" = "$want" ] || { echo "FAIL $name: exit $rc, expected $want"; ok=0; }
  if [ -n "$out_pat" ] && ! grep -qF -- "$out_pat" "$T/out"; then echo "FAIL $name: stdout lacks: $out_pat"; sed 's/^/  out: /' "$T/out" | head -5; ok=0; fi
  if [ -n "$err_pat" ] && ! grep -qF -- "$err_pat" "$T/err"; then echo "FAIL $name: stderr lacks: $err_pat"; sed 's/^/  err: /' "$T/err" | head -5; ok=0; fi
  if [ $ok = 1 ]; then pass=$((pass+1)); else fail=$((fail+1)); fi
}
lines() { wc -l <"$T/out" | tr -d ' '; }
expect_lines() { # NAME N
  if [ "$(lines)" = "$2" ]; then pass=$((pass+1)); else echo "FAIL $1: $(lines) output lines, expected $2"; fail=$((fail+1)); fi
}

D="$DENER --lexicons $LEX"
printf 'Olaf Scholz reiste nach Berlin.' >"$T/ok.txt"
: >"$T/empty.txt"
printf 'K\xc3\xb6ln \xff\xfe in Berlin' >"$T/badutf8.txt"
printf '\xc0\xaf Berlin' >"$T/overlong.txt"
printf '\xed\xa0\x80 Berlin' >"$T/surrogate.txt"
printf 'Berlin \xe2\x82' >"$T/truncated.txt"
printf '\xff\xfeB\x00e\x00r\x00' >"$T/utf16.txt"
printf 'Berlin\x00Berlin' >"$T/nul.txt"
printf '\xef\xbb\xbfBerlin' >"$T/bom.txt"
printf 'Heute\r\nBerlin\r\n' >"$T/crlf.txt"
printf 'Heute\rBerlin\r' >"$T/cr.txt"
mkdir "$T/dir"

check version 0 "dener 0." "" -- $DENER --version
check help 0 "Usage: dener" "" -- $DENER --help
check unknown-option 2 "" "unknown option: --frobnicate" -- $D --frobnicate
check bad-date 2 "" "--date must be an ISO 8601 date (YYYY-MM-DD, YYYY-MM or YYYY), not: 16.11.2023" -- $D --date 16.11.2023 "$T/ok.txt"
check month-date 0 '"entities":[' "" -- $D --date 2023-11 "$T/ok.txt"
check bad-types 2 "" "unknown type in --types" -- $D --types PER,FOO "$T/ok.txt"
check missing-value 2 "" "option needs a value" -- $D --date
check text-file 0 '"text":"Berlin"' "" -- $D "$T/ok.txt"
check stdin 0 '{"id":"-","entities":[' "" -- bash -c "$D < '$T/ok.txt'"
check types 0 '"type":"PER"' "" -- $D --types PER "$T/ok.txt"
if grep -q '"LOC"' "$T/out"; then echo "FAIL types: LOC not filtered"; fail=$((fail+1)); else pass=$((pass+1)); fi
check pretty 0 '    {' "" -- $D --pretty "$T/ok.txt"
check missing-file 1 '"error":"No such file or directory"' "nope.txt: No such file or directory" -- $D "$T/ok.txt" "$T/nope.txt" "$T/ok.txt"
expect_lines missing-file-others-go-on 3
check directory 1 '"error":"is a directory, not a file"' "is a directory" -- $D "$T/dir"
check empty-file 0 '"entities":[]' "warning: empty document" -- $D "$T/empty.txt"
check invalid-utf8 0 '"start":11,"end":17,"text":"Berlin"' "invalid UTF-8 sequences (first at byte offset 6)" -- $D "$T/badutf8.txt"
check overlong 0 '"start":3,"end":9' "first at byte offset 0" -- $D "$T/overlong.txt"
check surrogate 0 '"start":4,"end":10' "first at byte offset 0" -- $D "$T/surrogate.txt"
check truncated 0 '"start":0,"end":6' "first at byte offset 7" -- $D "$T/truncated.txt"
check strict-utf8 1 '"error":"invalid UTF-8 at byte offset 6"' "invalid UTF-8 at byte offset 6" -- $D --strict-utf8 "$T/badutf8.txt"
check utf16 1 '"error":"looks like UTF-16' "looks like UTF-16" -- $D "$T/utf16.txt"
check nul-byte 0 '"start":7,"end":13' "NUL byte at byte offset 6" -- $D "$T/nul.txt"
check bom 0 '"start":1,"end":7' "" -- $D "$T/bom.txt"
check crlf 0 '"start":7,"end":13' "" -- $D "$T/crlf.txt"
check cr-only 0 '"start":6,"end":12' "" -- $D "$T/cr.txt"
check too-large 1 '"error":"file of 31 bytes exceeds --max-bytes 10"' "exceeds --max-bytes" -- $D --max-bytes 10 "$T/ok.txt"
if [ "$(id -u)" != 0 ]; then
  cp "$T/ok.txt" "$T/noread.txt"; chmod 000 "$T/noread.txt"
  check unreadable 1 '"error":"Permission denied"' "Permission denied" -- $D "$T/noread.txt"
fi

# JSONL: bad lines give error objects in place; the others still come out, in order
cat >"$T/in.jsonl" <<'JL'
{"id": "a", "text": "Olaf Scholz in Berlin", "date": "2023-11-16"}
{"id": "b", "text": "abgeschnitten
{"id": "c", "text": 42}
{"id": "d"}
{"id": 123456789012345678901234567890, "text": "Berlin"}
["keine", "Objekt"]
{"id": "e", "text": "Berlin", "date": "gestern"}
{"id": {"nested": [1, 2]}, "text": "Berlin"}
{"id": "f", "text": "Bonn \u0000 Berlin \ud83d\ude00 Berlin"}

{"id": "g", "text": "Ende in Berlin"}
JL
check jsonl 1 '{"id":"a","entities":[' "stdin:2: line 2: malformed JSON" -- bash -c "$D --input jsonl < '$T/in.jsonl'"
expect_lines jsonl-one-line-per-document 10
if grep -qF 'stdin:7: warning: invalid document date "gestern"' "$T/err"; then pass=$((pass+1)); else echo "FAIL jsonl: no warning for the bad date"; fail=$((fail+1)); fi
for pat in '{"id":null,"error":"line 2: malformed JSON' '{"id":"c","error":"line 3: \"text\" must be a string"}' \
           '{"id":"d","error":"line 4: \"text\" is missing"}' '{"id":null,"error":"line 5: malformed JSON' \
           '{"id":null,"error":"line 6: expected a JSON object"}' '{"id":"e","entities":[{"type":"LOC"' \
           '{"id":{"nested":[1,2]},"entities":[' '"start":15,"end":21,"text":"Berlin"' '{"id":"g","entities":[{"type":"LOC","start":8'; do
  if grep -qF -- "$pat" "$T/out"; then pass=$((pass+1)); else echo "FAIL jsonl: no line with $pat"; fail=$((fail+1)); fi
done
if [ "$(sed -n 10p "$T/out" | cut -c1-10)" = '{"id":"g",' ]; then pass=$((pass+1)); else echo "FAIL jsonl order"; fail=$((fail+1)); fi

# threads: same output as one thread, in input order
for i in $(seq 1 300); do printf '{"id": %d, "text": "Olaf Scholz besuchte am %d. Mai Berlin und Hamburg."}\n' $i $((i % 28 + 1)); done >"$T/many.jsonl"
$D --input jsonl "$T/many.jsonl" >"$T/one.out" 2>/dev/null
$D --input jsonl --threads 2 "$T/many.jsonl" >"$T/two.out" 2>/dev/null
if cmp -s "$T/one.out" "$T/two.out" && [ "$(wc -l <"$T/one.out")" = 300 ]; then pass=$((pass+1)); else echo "FAIL threads: output differs"; fail=$((fail+1)); fi

# a broken lexicon folder: file and line in the message, exit 2
mkdir "$T/lex"; printf '# x\nBerlin\tLOC\nHamburg\n' >"$T/lex/bad.lex"
check bad-lexicon 2 "" "bad.lex:3: expected \"name<TAB>type[<TAB>canonical]\", found no TAB" -- $DENER --lexicons "$T/lex" "$T/ok.txt"
printf 'Berlin\tLOC\n' >"$T/lex/bad.lex"; printf 'PER 10 r : /(unclosed/\n' >"$T/lex/bad.rules"
check bad-rule 2 "" "bad.rules:1: column" -- $DENER --lexicons "$T/lex" "$T/ok.txt"
# a user folder adds to the bundled lexicons
mkdir "$T/user"; printf 'Gogolla Consulting\tORG.company\n' >"$T/user/mine.lex"
printf 'Die Gogolla Consulting in Berlin' >"$T/user.txt"
check add-lexicons 0 '"text":"Gogolla Consulting","source":"lex:mine"' "" -- $D --add-lexicons "$T/user" "$T/user.txt"
# ... and a user rule file too, next to the bundled rules
printf 'ORG 60 my_rule : < "acme" "widgets" >\n' >"$T/user/mine.rules"
printf 'Olaf Scholz kauft bei Acme Widgets in Berlin.' >"$T/rule.txt"
check add-rules 0 '{"type":"ORG","start":22,"end":34,"text":"Acme Widgets","source":"rule:my_rule"}' "" -- $D --add-lexicons "$T/user" "$T/rule.txt"
check add-rules-bundled-still 0 '"text":"Olaf Scholz","source":"lex:' "" -- $D --add-lexicons "$T/user" "$T/rule.txt"
check add-rules-not-without 0 '"entities":[' "" -- $D "$T/rule.txt"
if grep -qF 'rule:my_rule' "$T/out"; then echo "FAIL add-rules-not-without: user rule active without --add-lexicons"; fail=$((fail+1)); else pass=$((pass+1)); fi

echo "cli: $pass passed, $fail failed"
[ $fail = 0 ]
