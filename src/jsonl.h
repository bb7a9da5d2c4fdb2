/* jsonl.h - the command-line tool's JSON Lines reader: one document per input line,
 * {"id": ..., "text": ..., "date": ...}. Separate from main.c so that the fuzzer (fuzz/) can call
 * exactly what the tool runs. Not part of the library. */
#ifndef DENER_JSONL_H
#define DENER_JSONL_H

#include <stdbool.h>
#include <stddef.h>

typedef struct jsonl_doc {
    char *id_json; /* the "id" value as compact JSON ("null" if absent); NULL if the line is no object */
    char *text;    /* NUL-terminated copy of "text" (it may contain NUL bytes: see len); NULL on error */
    size_t len;    /* length of text in bytes */
    char *date;    /* "date" or NULL */
    char *error;   /* why the line is not a usable document ("line N: ..."), or NULL */
} jsonl_doc;

/* Length of line[0..n-1] without its line end ("\n", "\r\n", trailing "\r"); *blank is set when
 * what remains is only spaces and tabs (such lines are skipped). */
size_t jsonl_trim(const char *line, size_t n, bool *blank);

/* Parses one line (without its line end) into *d (zero it first). lineno is used in messages;
 * lines longer than max_bytes + 1024 are refused unparsed. A malformed line is not a failure: it
 * gives d->error. Returns 0, or -1 if memory ran out (d then holds nothing). All strings are
 * malloc'd; free them with jsonl_doc_free. */
int jsonl_parse(jsonl_doc *d, const char *line, size_t n, size_t lineno, size_t max_bytes);

/* Frees the strings of d and zeroes it. */
void jsonl_doc_free(jsonl_doc *d);

#endif
