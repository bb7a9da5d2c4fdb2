#!/usr/bin/env bash
# test_examples.sh - the examples/ programs against the build tree: the threaded C example finds
# the expected entities and prints the same whatever the thread count; the Python ctypes example
# finds them too, its struct declarations have the C compiler's sizes and offsets, and it loads a
# user rule folder through the API. (tests/test_install.sh runs them against an installed tree.)
# Usage: test_examples.sh THREADS_EXE EXAMPLES_DIR LIBDENER_SO API_LAYOUT_EXE LEXICON_DIR SANITIZE
set -u
THREADS=$1 EX=$2 SO=$3 LAYOUT=$4 LEX=$5 SAN=${6:-none}
export DENER_LEXICONS=$LEX
T=$(mktemp -d "${TMPDIR:-/tmp}/dener-ex-XXXXXX")
trap 'rm -rf "$T"' EXIT
. "$(dirname "$0")/shlib.sh"

# C, several threads sharing one model
if "$THREADS" -j 4 >"$T/c4" 2>"$T/err"; then ok; else bad "threads example failed: $(cat "$T/err")"; fi
has "$T/c4" threads "PER${TAB}Olaf Scholz" "DATE${TAB}Dienstag${TAB}" "${TAB}2023-11-14" "ORG${TAB}Siemens" "LOC${TAB}München" \
  "PER${TAB}Angela Merkel" "LOC${TAB}Paris"
"$THREADS" -j 1 >"$T/c1" 2>/dev/null
cmp -s "$T/c1" "$T/c4" && ok || bad "threads: -j 1 and -j 4 outputs differ"
# many texts, more threads than cores: same output as one thread
args=()
for i in $(seq 1 200); do args+=("Am $((i % 28 + 1)). Mai traf Olaf Scholz in Berlin Vertreter von Siemens (Text $i)."); done
"$THREADS" -j 8 "${args[@]}" >"$T/m8" 2>"$T/err" && ok || bad "threads -j 8 failed: $(cat "$T/err")"
"$THREADS" -j 1 "${args[@]}" >"$T/m1" 2>/dev/null
if cmp -s "$T/m1" "$T/m8" && [ "$(grep -c '^== ' "$T/m8")" = 200 ] && [ "$(grep -c "^PER${TAB}Olaf Scholz" "$T/m8")" = 200 ]; then ok
else bad "threads: 200 texts on 8 threads differ from 1 thread or miss entities"; fi

# Python through ctypes (not with sanitizers: the instrumented library cannot be loaded by python3)
if ! command -v python3 >/dev/null; then
  echo "python3 not found: Python example skipped"
elif [ "$SAN" != none ] && [ -n "$SAN" ]; then
  echo "sanitizer build ($SAN): Python example skipped"
else
  if python3 "$EX/dener_ctypes.py" --lib "$SO" --date 2023-11-16 "$SENT" >"$T/py" 2>"$T/err"; then ok
  else bad "python example failed: $(cat "$T/err")"; fi
  has "$T/py" python "PER${TAB}Olaf Scholz${TAB}14${TAB}25" "DATE${TAB}Dienstag${TAB}38${TAB}46" "ORG${TAB}Siemens${TAB}47${TAB}54" \
    "LOC${TAB}München${TAB}58${TAB}65" "${TAB}2023-11-14"
  DENER_LIB=$SO python3 "$EX/dener_ctypes.py" --json "$SENT" >"$T/pyj" 2>"$T/err" && ok || bad "python --json: $(cat "$T/err")"
  has "$T/pyj" python-json '{"id":1,"entities":[{"type":"PER","start":14,"end":25,"text":"Olaf Scholz"'
  # the ctypes structs match the C layout
  "$LAYOUT" >"$T/lc" && python3 "$EX/dener_ctypes.py" --layout >"$T/lp"
  if cmp -s "$T/lc" "$T/lp"; then ok; else bad "ctypes struct layout differs from C:"; diff "$T/lc" "$T/lp" | sed 's/^/  /'; fi
  # a user rule folder added through the API (dener_model_load with two folders)
  mkdir "$T/user"; printf 'ORG 60 my_rule : < "acme" "widgets" >\n' >"$T/user/mine.rules"
  python3 "$EX/dener_ctypes.py" --lib "$SO" --lexicons "$LEX" --lexicons "$T/user" "Scholz kauft bei Acme Widgets in Berlin." >"$T/pyu" 2>"$T/err" \
    && ok || bad "python user rules: $(cat "$T/err")"
  has "$T/pyu" python-user-rule "ORG${TAB}Acme Widgets${TAB}17${TAB}29${TAB}rule:my_rule" "LOC${TAB}Berlin"
fi
echo "examples: $pass passed, $fail failed"
[ $fail = 0 ]
