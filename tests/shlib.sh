# shlib.sh - helpers shared by the shell tests (sourced): pass/fail counters and output checks.
pass=0 fail=0
ok() { pass=$((pass+1)); }
bad() { echo "FAIL $*"; fail=$((fail+1)); }
has() { # FILE NAME PATTERN...: every PATTERN occurs in FILE
  local f=$1 n=$2; shift 2
  for p in "$@"; do if grep -qF -- "$p" "$f"; then ok; else bad "$n: output lacks: $p"; sed 's/^/  | /' "$f" | head -20; fi; done
}
TAB=$'\t'
SENT="Bundeskanzler Olaf Scholz besuchte am Dienstag Siemens in München."
