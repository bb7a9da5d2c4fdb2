/* jsonl.c - the command-line tool's JSON Lines reader (see jsonl.h). */
#define _POSIX_C_SOURCE 200809L
#include "jsonl.h"

#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

size_t jsonl_trim(const char *line, size_t n, bool *blank) {
    while (n && (line[n - 1] == '\n' || line[n - 1] == '\r')) n--;
    *blank = true;
    for (size_t k = 0; k < n; k++)
        if (line[k] != ' ' && line[k] != '\t') {
            *blank = false;
            break;
        }
    return n;
}

void jsonl_doc_free(jsonl_doc *d) {
    free(d->id_json);
    free(d->text);
    free(d->date);
    free(d->error);
    memset(d, 0, sizeof *d);
}

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static int set_error(jsonl_doc *d, const char *fmt, ...) {
    char m[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(m, sizeof m, fmt, ap);
    va_end(ap);
    d->error = strdup(m);
    return d->error ? 0 : -1;
}

static char *dup_n(const char *s, size_t n) {
    char *p = malloc(n + 1);
    if (p) {
        memcpy(p, s, n);
        p[n] = 0;
    }
    return p;
}

int jsonl_parse(jsonl_doc *d, const char *line, size_t n, size_t lineno, size_t max_bytes) {
    if (n > max_bytes + 1024) /* a JSON string is at least as long as its text */
        return set_error(d, "line %zu: line of %zu bytes exceeds --max-bytes %zu", lineno, n, max_bytes);
    if (lineno == 1 && n >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0) { /* a byte order mark starts the stream */
        line += 3;
        n -= 3;
    }
    json_error_t je;
    json_t *o = json_loadb(line, n, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &je);
    if (!o) return set_error(d, "line %zu: malformed JSON at column %d: %s", lineno, je.column, je.text);
    int rc = 0;
    if (!json_is_object(o)) {
        rc = set_error(d, "line %zu: expected a JSON object", lineno);
        goto done;
    }
    json_t *id = json_object_get(o, "id");
    d->id_json = id ? json_dumps(id, JSON_ENCODE_ANY | JSON_COMPACT) : strdup("null");
    if (!d->id_json) {
        rc = -1;
        goto done;
    }
    json_t *t = json_object_get(o, "text");
    json_t *dt = json_object_get(o, "date");
    if (!t) rc = set_error(d, "line %zu: \"text\" is missing", lineno);
    else if (!json_is_string(t)) rc = set_error(d, "line %zu: \"text\" must be a string", lineno);
    else if (dt && !json_is_string(dt) && !json_is_null(dt))
        rc = set_error(d, "line %zu: \"date\" must be a string (ISO 8601)", lineno);
    else {
        d->len = json_string_length(t);
        d->text = dup_n(json_string_value(t), d->len);
        if (json_is_string(dt)) {
            size_t dl = json_string_length(dt);
            d->date = dup_n(json_string_value(dt), dl);
            /* a U+0000 inside must not cut the date short into something valid: make it '?',
             * which the date check then rejects */
            for (size_t k = 0; d->date && k < dl; k++)
                if (!d->date[k]) d->date[k] = '?';
        }
        if (!d->text || (json_is_string(dt) && !d->date)) rc = -1;
    }
done:
    json_decref(o);
    if (rc) jsonl_doc_free(d);
    return rc;
}
