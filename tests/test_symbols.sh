#!/usr/bin/env bash
# test_symbols.sh - the library's link-level namespace: the shared library exports exactly the
# functions declared in dener.h (all named dener_*), nothing internal; the static archive (which
# cannot hide symbols) defines only dener_* and dn_* globals, so it cannot clash with a program's
# own names; and the shared library has its soname libdener.so.0.
# Usage: test_symbols.sh LIBDENER_SO LIBDENER_A DENER_H
set -u
SO=$1 A=$2 H=$3
command -v nm >/dev/null || { echo "nm not found: skipped"; exit 77; }
fail=0
exported=$(nm -D --defined-only "$SO" | awk 'NF >= 3 && $2 ~ /[TDBRVWiu]/ {print $3}' | sort -u)
[ -n "$exported" ] || { echo "FAIL: no exported symbols in $SO"; exit 1; }
bad=$(printf '%s\n' "$exported" | grep -v '^dener_' || true)
if [ -n "$bad" ]; then echo "FAIL: exported symbols outside dener_*:"; printf '  %s\n' $bad; fail=1; fi
# every exported function is declared DENER_API in the header, and every declared one is exported
declared=$(grep -oE '^DENER_API [^(]*\(' "$H" | sed -E 's/.*[ *](dener_[a-z0-9_]+)\($/\1/' | sort -u)
if [ "$declared" != "$exported" ]; then
  echo "FAIL: exported symbols differ from the DENER_API declarations of dener.h:"
  diff <(printf '%s\n' "$declared") <(printf '%s\n' "$exported") | sed 's/^/  /'
  fail=1
fi
# the static archive: only dener_* (API) and dn_* (internal) globals
sbad=$(nm -g --defined-only "$A" 2>/dev/null | awk 'NF >= 3 {print $3}' | grep -Ev '^(dener_|dn_)' | sort -u || true)
if [ -n "$sbad" ]; then echo "FAIL: static archive defines globals outside dener_*/dn_*:"; printf '  %s\n' $sbad; fail=1; fi
if command -v readelf >/dev/null; then
  soname=$(readelf -d "$SO" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
  [ "$soname" = libdener.so.0 ] || { echo "FAIL: soname is '$soname', expected libdener.so.0"; fail=1; }
fi
n=$(printf '%s\n' "$exported" | wc -l)
[ $fail = 0 ] && echo "symbols: $n exported, all dener_* and declared in dener.h; static archive clean"
exit $fail
