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
cp "$T/ok.txt" "$T/noread.txt"; chmod 000 "$T/noread.txt"
if [ "$(id -u)" != 0 ]; then
  check unreadable 1 '"error":"Permission denied"' "Permission denied" -- $D "$T/noread.txt"
elif command -v setpriv >/dev/null && setpriv --reuid=65534 --regid=65534 --clear-groups true 2>/dev/null; then
  # as root, permissions do not stop reads: drop to nobody for this one case (the folder must be
  # traversable and dener and the lexicons readable by nobody; otherwise skip)
  chmod 755 "$T"
  if setpriv --reuid=65534 --regid=65534 --clear-groups test -r "$LEX" -a -x "$DENER"; then
    check unreadable 1 '"error":"Permission denied"' "noread.txt: Permission denied" -- \
      setpriv --reuid=65534 --regid=65534 --clear-groups $D "$T/noread.txt"
  fi
fi
# a file on which read() fails (EIO at offset 0 of /proc/self/mem); the documents around it go on
if [ -r /proc/self/mem ]; then
  check read-error 1 '{"id":"/proc/self/mem","error":"Input/output error"}' "/proc/self/mem: Input/output error" -- \
    $D "$T/ok.txt" /proc/self/mem "$T/ok.txt"
  expect_lines read-error-others-go-on 3
  check jsonl-read-error 1 "" "/proc/self/mem: read error after line 0: Input/output error" -- $D --input jsonl /proc/self/mem
fi
printf '\xfe\xff\x00B\x00e' >"$T/utf16be.txt"
check utf16-be 1 '"error":"looks like UTF-16' "utf16be.txt: looks like UTF-16" -- $D "$T/utf16be.txt"
# a bad document between good ones: offsets of the others unaffected, output in order
check strict-utf8-between 1 '{"id":"'"$T"'/badutf8.txt","error":"invalid UTF-8 at byte offset 6"}' "" -- \
  $D --strict-utf8 "$T/ok.txt" "$T/badutf8.txt" "$T/ok.txt"
expect_lines strict-utf8-between-lines 3
if [ "$(sed -n 1p "$T/out" | sed 's/^{"id":"[^"]*"//')" = "$(sed -n 3p "$T/out" | sed 's/^{"id":"[^"]*"//')" ] && grep -qF '"start":24,"end":30,"text":"Berlin"' "$T/out"; then
  pass=$((pass+1)); else echo "FAIL strict-utf8-between: documents around the bad one differ"; fail=$((fail+1)); fi
# invalid UTF-8 followed by multi-byte characters: code point offsets count each bad sequence once
printf '\xe2\x82 M\xc3\xbcnchen \xf0\x9f\x98\x80 \xc0 Berlin' >"$T/mixedbad.txt"
check offsets-after-bad-bytes 0 '"start":2,"end":9,"text":"München"' "2 invalid UTF-8 sequences (first at byte offset 0)" -- $D "$T/mixedbad.txt"
if grep -qF '"start":14,"end":20,"text":"Berlin"' "$T/out"; then pass=$((pass+1)); else echo "FAIL offsets-after-bad-bytes: Berlin"; sed 's/^/  out: /' "$T/out"; fail=$((fail+1)); fi
check bad-max-bytes 2 "" "--max-bytes must be a positive number, not: -5" -- $D --max-bytes -5 "$T/ok.txt"
check bad-threads 2 "" "--threads must be a number from 0 to 64, not: viele" -- $D --threads viele "$T/ok.txt"
check bad-input-format 2 "" "--input must be text or jsonl, not: xml" -- $D --input xml "$T/ok.txt"

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

# more malformed JSONL: wrong types, duplicate keys, raw invalid UTF-8, a NUL in the date, a BOM
# and CRLF line ends, an over-long line; each bad line gives its error line, the rest go on
printf '\xef\xbb\xbf{"id": "bom", "text": "Berlin"}\r\n' >"$T/more.jsonl"
printf '{"id": "t1", "text": ["Berlin"]}\r\n{"id": "t2", "text": "Berlin", "date": 20231116}\n' >>"$T/more.jsonl"
printf '{"id": "t3", "text": "Berlin", "text": "Bonn"}\n{"id": "t4", "text": "K\xc3\xb6ln \xff Berlin"}\n' >>"$T/more.jsonl"
printf '{"id": "t5", "text": "Berlin", "date": "2023-11-16\\u0000x"}\n{"id": -1e999, "text": "Berlin"}\n' >>"$T/more.jsonl"
printf '{"id": "t6", "text": "%s"}\n{}\n{"id": "t7", "text": "Ende in Berlin"}' "$(head -c 3000 /dev/zero | tr '\0' x)" >>"$T/more.jsonl"
check jsonl-more 1 '{"id":"bom","entities":[{"type":"LOC","start":0,"end":6' "" -- $D --input jsonl --max-bytes 1000 "$T/more.jsonl"
expect_lines jsonl-more-lines 10
for pat in '{"id":"t1","error":"line 2: \"text\" must be a string"}' \
           '{"id":"t2","error":"line 3: \"date\" must be a string (ISO 8601)"}' \
           '{"id":null,"error":"line 4: malformed JSON at column' '{"id":null,"error":"line 5: malformed JSON at column' \
           '{"id":"t5","entities":[{"type":"LOC"' '{"id":null,"error":"line 7: malformed JSON at column' \
           '{"id":null,"error":"line 8: line of 3024 bytes exceeds --max-bytes 1000"}' \
           '{"id":null,"error":"line 9: \"text\" is missing"}' '{"id":"t7","entities":[{"type":"LOC","start":8,"end":14'; do
  if grep -qF -- "$pat" "$T/out"; then pass=$((pass+1)); else echo "FAIL jsonl-more: no line with $pat"; fail=$((fail+1)); fi
done
for pat in "more.jsonl:4: line 4: malformed JSON" "more.jsonl:6: warning: invalid document date" "more.jsonl:8: line 8: line of 3024 bytes"; do
  if grep -qF -- "$pat" "$T/err"; then pass=$((pass+1)); else echo "FAIL jsonl-more: stderr lacks $pat"; sed 's/^/  err: /' "$T/err"; fail=$((fail+1)); fi
done
check jsonl-missing-file 1 "" "nope.jsonl: No such file or directory" -- $D --input jsonl "$T/nope.jsonl"

# threads: same output as one thread, in input order
for i in $(seq 1 300); do printf '{"id": %d, "text": "Olaf Scholz besuchte am %d. Mai Berlin und Hamburg."}\n' $i $((i % 28 + 1)); done >"$T/many.jsonl"
$D --input jsonl "$T/many.jsonl" >"$T/one.out" 2>/dev/null
$D --input jsonl --threads 2 "$T/many.jsonl" >"$T/two.out" 2>/dev/null
if cmp -s "$T/one.out" "$T/two.out" && [ "$(wc -l <"$T/one.out")" = 300 ]; then pass=$((pass+1)); else echo "FAIL threads: output differs"; fail=$((fail+1)); fi

# a broken lexicon folder: file and line in the message, exit 2
mkdir "$T/lex"; printf '# x\nBerlin\tLOC\nHamburg\n' >"$T/lex/bad.lex"
check bad-lexicon 2 "" "bad.lex:3: expected \"name<TAB>type[<TAB>canonical]\", found no TAB" -- $DENER --lexicons "$T/lex" "$T/ok.txt"
printf 'Berlin\tLOC\n' >"$T/lex/bad.lex"; printf 'PER 10 r : /(unclosed/\n' >"$T/lex/bad.rules"
check bad-rule 2 "" "bad.rules:1: column 22: regular expression does not compile: \"missing closing parenthesis\"" -- $DENER --lexicons "$T/lex" "$T/ok.txt"
printf 'PER 10 r : Cap\nPER zehn r2 : Cap\n' >"$T/lex/bad.rules"
check bad-rule-priority 2 "" "bad.rules:2: column 5: expected a priority" -- $DENER --lexicons "$T/lex" "$T/ok.txt"
printf 'DATE 10 d : /(?<d>\\d+)(?<month>\\p{L}+)/ => date\n' >"$T/lex/bad.rules"
check bad-date-rule 2 "" "bad.rules:1: column" -- $DENER --lexicons "$T/lex" "$T/ok.txt"
if grep -qF 'needs the word class "month"' "$T/err"; then pass=$((pass+1)); else echo "FAIL bad-date-rule: message"; sed 's/^/  err: /' "$T/err"; fail=$((fail+1)); fi
rm "$T/lex/bad.rules"
printf 'Berlin\tLOC\nHamburg\t\n' >"$T/lex/bad.lex"
check lexicon-missing-type 2 "" "bad.lex:2: missing type after the TAB" -- $DENER --lexicons "$T/lex" "$T/ok.txt"
printf 'Berlin\tSTADT\n' >"$T/lex/bad.lex"
check lexicon-unknown-type 2 "" "bad.lex:1: unknown type \"STADT\"" -- $DENER --lexicons "$T/lex" "$T/ok.txt"
printf 'Berlin\tLOC\nK\xf6ln\tLOC\n' >"$T/lex/bad.lex"
check lexicon-bad-utf8 2 "" "bad.lex:2: invalid UTF-8 at byte 2 of the line" -- $DENER --lexicons "$T/lex" "$T/ok.txt"
check lexicon-folder-missing 2 "" "lexicon folder $T/nolex: No such file or directory" -- $DENER --lexicons "$T/nolex" "$T/ok.txt"
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

# the compiled lexicon image (the build's lexicons.bin for LEX): the same output as the text loader
for f in "$DATA"/*; do
  $D --date 2023-11-16 "$f" >"$T/img.out" 2>&1
  DENER_NO_IMAGE=1 $D --date 2023-11-16 "$f" >"$T/txt.out" 2>&1
  if [ -s "$T/img.out" ] && cmp -s "$T/img.out" "$T/txt.out"; then pass=$((pass+1))
  else echo "FAIL image-vs-text: $(basename "$f"): the output differs with DENER_NO_IMAGE=1"; fail=$((fail+1)); fi
done

echo "cli: $pass passed, $fail failed"
[ $fail = 0 ]
