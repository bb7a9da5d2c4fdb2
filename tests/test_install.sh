#!/usr/bin/env bash
# test_install.sh - installing dener and using the installed tree as a library user would:
# configures the source tree with a --prefix in a temporary folder, builds the install targets,
# runs `meson install`, then checks that
#   - the libraries (shared with soname, static), dener.h, dener.pc, the lexicons and rules, the
#     dener executable and the man pages dener.1 and dener.3 are installed (and the lexicon
#     import scripts are not);
#   - the installed dener finds the installed lexicons by itself (no DENER_LEXICONS), and really
#     reads them: with the installed folder moved away it fails naming that folder; it uses the
#     installed lexicon image (lexicons.bin) and gives the same output as without it;
#   - examples/threads.c and the dener(3) EXAMPLES program build with
#     `pkg-config --cflags --libs dener` alone and find the expected entities; built statically
#     with `pkg-config --static --libs dener` (libdener.a) too, without needing libdener.so;
#   - examples/dener_ctypes.py finds the entities through the installed libdener.so;
#   - the man pages format without groff warnings.
# Usage: test_install.sh SOURCE_ROOT [C_COMPILER]
set -u
SRC=$1
CCX=${2:-${CC:-cc}}
command -v meson >/dev/null || { echo "meson not on PATH: skipped"; exit 77; }
command -v pkg-config >/dev/null || { echo "pkg-config not found: skipped"; exit 77; }
T=$(mktemp -d "${TMPDIR:-/tmp}/dener-install-XXXXXX")
trap 'rm -rf "$T"' EXIT
P=$T/prefix
unset DENER_LEXICONS
. "$(dirname "$0")/shlib.sh"

# 1. configure, build the install targets only, install
if ! CC=$CCX meson setup "$T/build" "$SRC" --prefix="$P" >"$T/log" 2>&1 ||
   ! meson compile -C "$T/build" src/dener:executable src/dener:shared_library src/dener:static_library lexicons.bin >>"$T/log" 2>&1 ||
   ! meson install -C "$T/build" --no-rebuild >>"$T/log" 2>&1; then
  echo "FAIL: configure/build/install failed:"; tail -30 "$T/log"; exit 1
fi
ok

# 2. the installed files
pc=$(find "$P" -name dener.pc -path '*/pkgconfig/*' | head -1)
[ -n "$pc" ] && ok || { bad "dener.pc not installed"; exit 1; }
LIBDIR=$(dirname "$(dirname "$pc")")
for f in "$P/include/dener.h" "$LIBDIR/libdener.so" "$LIBDIR/libdener.so.0" "$LIBDIR/libdener.a" "$P/bin/dener" \
         "$P/share/dener/lexicons/names.rules" "$P/share/dener/lexicons/dates.rules" "$P/share/dener/lexicons/per-people.lex" \
         "$P/share/dener/lexicons/lexicons.bin" \
         "$P/share/man/man1/dener.1" "$P/share/man/man3/dener.3"; do
  [ -e "$f" ] && ok || bad "not installed: ${f#$P/}"
done
for f in "$P/share/dener/lexicons/import" "$P/share/dener/lexicons/README.md"; do
  [ -e "$f" ] && bad "installed but should not be: ${f#$P/}" || ok
done
[ -x "$P/bin/dener" ] && ok || bad "bin/dener not executable"
cmp -s "$SRC/src/dener.h" "$P/include/dener.h" && ok || bad "installed dener.h differs from src/dener.h"

# 3. pkg-config
export PKG_CONFIG_PATH=$(dirname "$pc")
ver=$("$P/bin/dener" --version 2>&1)
[ "$ver" = "dener $(pkg-config --modversion dener)" ] && ok || bad "dener --version '$ver' vs pkg-config $(pkg-config --modversion dener)"
pkg-config --cflags dener | grep -qF -- "-I$P/include" && ok || bad "pkg-config --cflags: $(pkg-config --cflags dener)"
pkg-config --static --libs dener >"$T/static-libs" 2>&1 || bad "pkg-config --static --libs failed: $(cat "$T/static-libs")"
has "$T/static-libs" static-libs "-ldener" "-licuuc" "-lpcre2-8"

# 4. the installed CLI finds the installed lexicons on its own
printf '%s\n' "$SENT" >"$T/s.txt"
if "$P/bin/dener" --date 2023-11-16 "$T/s.txt" >"$T/cli" 2>"$T/err"; then ok; else bad "installed dener failed: $(cat "$T/err")"; fi
has "$T/cli" installed-cli '"text":"Olaf Scholz","source":"lex:per-people"' '"text":"München"' '"value":"2023-11-14"'
# the installed lexicon image fits the installed lexicons: the same output without it, and (seen
# with strace) no .lex file is read with it, while DENER_NO_IMAGE=1 reads them all
if DENER_NO_IMAGE=1 "$P/bin/dener" --date 2023-11-16 "$T/s.txt" >"$T/cli-text" 2>"$T/err" && cmp -s "$T/cli" "$T/cli-text"; then ok
else bad "installed dener: output differs with DENER_NO_IMAGE=1: $(cat "$T/err")"; fi
if command -v strace >/dev/null && strace -o /dev/null true 2>/dev/null; then
  strace -y -e trace=read -o "$T/trace-img" "$P/bin/dener" "$T/s.txt" >/dev/null 2>&1
  DENER_NO_IMAGE=1 strace -y -e trace=read -o "$T/trace-txt" "$P/bin/dener" "$T/s.txt" >/dev/null 2>&1
  if ! grep -q 'read([0-9]*<[^>]*\.lex>' "$T/trace-img" && grep -q 'read([0-9]*<[^>]*per-people\.lex>' "$T/trace-txt"; then ok
  else bad "the installed dener does not use the installed lexicons.bin (it reads the .lex files)"; fi
fi
mv "$P/share/dener/lexicons" "$P/share/dener/lexicons.away"
"$P/bin/dener" "$T/s.txt" >/dev/null 2>"$T/err"
rc=$?
if [ $rc = 2 ] && grep -qF "$P/share/dener/lexicons" "$T/err"; then ok
else bad "with the installed lexicons moved away dener should fail naming $P/share/dener/lexicons (exit $rc): $(cat "$T/err")"; fi
mv "$P/share/dener/lexicons.away" "$P/share/dener/lexicons"

# 5. the C examples, built with pkg-config only
CFLAGS="-std=c17 -Wall -Wextra -Werror -O1"
# shellcheck disable=SC2046
if $CCX $CFLAGS -pthread "$SRC/examples/threads.c" -o "$T/threads" $(pkg-config --cflags --libs dener) 2>"$T/err"; then ok
else bad "examples/threads.c does not build with pkg-config: $(cat "$T/err")"; fi
if LD_LIBRARY_PATH=$LIBDIR "$T/threads" -j 3 >"$T/thr" 2>"$T/err"; then ok; else bad "threads example failed: $(cat "$T/err")"; fi
has "$T/thr" threads "PER${TAB}Olaf Scholz" "DATE${TAB}Dienstag" "ORG${TAB}Siemens" "LOC${TAB}München"
# static: libdener.a plus what dener.pc lists as private requirements
static_libs=$(pkg-config --static --libs dener | sed -E 's/(^| )-ldener( |$)/\1-l:libdener.a\2/')
# shellcheck disable=SC2086
if $CCX $CFLAGS -pthread "$SRC/examples/threads.c" -o "$T/threads-static" $(pkg-config --cflags dener) $static_libs 2>"$T/err"; then ok
else bad "static link with 'pkg-config --static --libs dener' failed: $(cat "$T/err")"; fi
if command -v readelf >/dev/null && [ -e "$T/threads-static" ]; then
  readelf -d "$T/threads-static" | grep -q 'NEEDED.*libdener' && bad "static build still needs libdener.so" || ok
fi
[ -e "$T/threads-static" ] && { "$T/threads-static" -j 2 >"$T/thr-static" 2>&1 && cmp -s "$T/thr" "$T/thr-static" && ok || bad "static example output differs"; }
# the EXAMPLES program of dener(3), taken from the page itself
sed -n '/^\.SH EXAMPLES/,/^\.EE/p' "$SRC/man/dener.3" | sed '1,/^\.EX/d; /^\.EE/d' |
  sed -e 's/\\e/\\/g' -e 's/\\-/-/g' >"$T/man3.c"
# shellcheck disable=SC2046
if $CCX $CFLAGS "$T/man3.c" -o "$T/man3" $(pkg-config --cflags --libs dener) 2>"$T/err"; then ok
else bad "the dener(3) example does not build: $(cat "$T/err")"; fi
LD_LIBRARY_PATH=$LIBDIR "$T/man3" >"$T/man3.out" 2>&1 && ok || bad "the dener(3) example failed: $(cat "$T/man3.out")"
has "$T/man3.out" man3-example "PER Olaf Scholz" "DATE Dienstag 2023-11-14" "LOC München"

# 6. Python through ctypes against the installed library
if command -v python3 >/dev/null; then
  if DENER_LIB=$LIBDIR/libdener.so.0 python3 "$SRC/examples/dener_ctypes.py" --date 2023-11-16 "$SENT" >"$T/py" 2>"$T/err"; then ok
  else bad "python example failed: $(cat "$T/err")"; fi
  has "$T/py" python "lexicons $P/share/dener/lexicons" "PER${TAB}Olaf Scholz${TAB}14${TAB}25" "ORG${TAB}Siemens" "LOC${TAB}München" "2023-11-14"
else
  echo "python3 not found: Python example skipped"
fi

# 7. the man pages format cleanly
if command -v groff >/dev/null; then
  for m in "$P/share/man/man1/dener.1" "$P/share/man/man3/dener.3"; do
    w=$(groff -man -Tutf8 -ww -z "$m" 2>&1)
    [ -z "$w" ] && ok || bad "groff warnings for $(basename "$m"): $w"
  done
fi

echo "install: $pass passed, $fail failed"
[ $fail = 0 ]
