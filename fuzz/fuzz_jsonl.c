/* fuzz_jsonl.c - libFuzzer target: the command-line tool's JSON Lines reader (src/jsonl.c).
 *
 * The input is a JSONL stream. It is cut into lines as the tool does (at '\n'), each line is
 * trimmed and parsed, and every usable document is run through dener_extract with its own date,
 * as the tool does, and rendered as JSON with its id. Checked: a line gives either an error or a
 * text, never both; the id and the output line are well-formed JSON; the text length is exact. */
#include "dener.h"
#include "fuzz_common.h"
#include "jsonl.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static dener_model *model;
static dener_doc *doc;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    fuzz_load_model("fuzz_jsonl", &model, &doc);
    return 0;
}

#define FAIL(...) FUZZ_FAIL("fuzz_jsonl", __VA_ARGS__)

static void check_json(const char *what, const char *s, size_t n) {
    json_error_t je;
    json_t *j = json_loadb(s, n, JSON_DECODE_ANY | JSON_ALLOW_NUL, &je);
    if (!j) FAIL("%s is not JSON (%s): %.200s", what, je.text, s);
    json_decref(j);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const char *s = (const char *)data;
    size_t lineno = 0;
    for (size_t i = 0; i < size;) {
        const char *nl = memchr(s + i, '\n', size - i);
        size_t e = nl ? (size_t)(nl - s) + 1 : size;
        /* an exact-size copy of the line, as getline would hand it over (without the NUL) */
        size_t n = e - i;
        char *line = malloc(n ? n : 1);
        if (!line) return 0;
        memcpy(line, s + i, n);
        i = e;
        lineno++;
        bool blank;
        size_t ln = jsonl_trim(line, n, &blank);
        if (ln > n) FAIL("trim grew the line");
        if (blank) {
            free(line);
            continue;
        }
        jsonl_doc d = {0};
        if (jsonl_parse(&d, line, ln, lineno, 2048) != 0) {
            free(line);
            continue; /* out of memory */
        }
        free(line);
        if (!d.error == !d.text) FAIL("line %zu: error %p and text %p", lineno, (void *)d.error, (void *)d.text);
        if (d.error && strncmp(d.error, "line ", 5) != 0) FAIL("message without line: %s", d.error);
        if (d.id_json) check_json("id", d.id_json, strlen(d.id_json));
        if (d.text) {
            if (d.text[d.len] != 0) FAIL("text not terminated");
            dener_options o = {0};
            o.date = d.date;
            dener_error err = {0};
            int rc = dener_extract(doc, d.text, d.len, &o, &err);
            if (rc && rc != DENER_ERR_ARG) FAIL("status %d (%s)", rc, err.msg);
            if (rc == DENER_ERR_ARG && !d.date) FAIL("ARG without a date: %s", err.msg);
            if (!rc) {
                size_t jl;
                const char *js = dener_doc_json(doc, d.id_json, 0, &jl);
                if (!js) FAIL("no JSON output");
                check_json("output", js, jl);
            }
        }
        jsonl_doc_free(&d);
    }
    return 0;
}
