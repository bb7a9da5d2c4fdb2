/* compile.c - dener-compile-lexicons: compiles the *.lex files of a lexicon folder into the
 * lexicon image dener_model_load maps instead of parsing them (lexbin.h). Run by the build for
 * lexicons/ (its output, lexicons.bin, lies in the build folder and is installed next to the
 * installed lexicons); not installed itself.
 *
 * Usage: dener-compile-lexicons LEXICON_DIR OUT
 * Exit status 0, or 1 with a message on stderr (a malformed lexicon, a write error), 2 on misuse. */
#include "lexicon.h"

#include <stdio.h>
#include <string.h>

int main(int argc, char **argv) {
    if (argc != 3 || argv[1][0] == '-') {
        fprintf(stderr, "usage: %s LEXICON_DIR OUT\n", argv[0]);
        return 2;
    }
    dener_error err;
    memset(&err, 0, sizeof err);
    if (dn_lexicons_compile(argv[1], argv[2], &err) != DENER_OK) {
        fprintf(stderr, "%s: %s\n", argv[0], err.msg);
        return 1;
    }
    return 0;
}
