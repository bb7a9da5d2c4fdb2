/*
 * dener.h - the public API of dener, a German named-entity extractor.
 *
 * This is the only public header. Everything else in src/ is internal.
 *
 * Model and work state are separate, in the manner of PCRE2's compiled pattern and match data:
 *
 *   - A dener_model holds the lexicons and rules. It is built once by dener_model_load(), is
 *     immutable afterwards, and may be shared by any number of threads without locking.
 *   - A dener_doc is per-thread scratch state plus the result of the last extraction. It is created
 *     from a model, reused for many texts, and must not be used by two threads at once.
 *
 * Errors: functions that can fail return a dener_status (0 on success, a negative code on failure)
 * or NULL, and fill an optional dener_error with the code, a message and a position. The library
 * never prints and never exits. dener_strerror() turns a code into a static message.
 *
 * Offsets: every entity carries byte offsets into the caller's UTF-8 input and Unicode code point
 * offsets (end exclusive). A maximal ill-formed UTF-8 subsequence counts as one code point (it is
 * treated as U+FFFD, as ICU does), so offsets stay consistent around bad bytes.
 *
 * Thread-safety, in one rule: every function may be called from any thread, and calls may run
 * concurrently, except that the calls on one dener_doc (including the read-only ones, and
 * dener_doc_free) must not overlap; serialise them or give each thread its own doc. A model must
 * not be freed while another thread still uses it or a doc made from it.
 *
 * Ownership: the caller owns what a *_load / *_new function returns and frees it with the matching
 * *_free function. Every other pointer the library returns points into a model, a doc or the
 * caller's text and must not be freed; its lifetime is stated with the function. The library keeps
 * no pointer to the caller's arguments after a call returns, except the text passed to
 * dener_extract (entities point into it) and the allocator hooks.
 *
 * Typical use (see the dener(3) manual page and examples/):
 *
 *     dener_model *m = dener_model_load(NULL, 0, NULL, 0, &err);   // once, shared by all threads
 *     dener_doc *d = dener_doc_new(m);                             // one per thread
 *     if (dener_extract(d, text, len, NULL, &err) == DENER_OK)
 *         for (size_t i = 0; i < dener_doc_count(d); i++) use(dener_doc_entity(d, i));
 *     dener_doc_free(d);
 *     dener_model_free(m);
 */
#ifndef DENER_H
#define DENER_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The version of this header. It equals the meson project version (tests/test_api.c checks). */
#define DENER_VERSION_MAJOR 0
#define DENER_VERSION_MINOR 1
#define DENER_VERSION_PATCH 0
#define DENER_VERSION_STRING "0.1.0"
/* The version as one number: major * 10000 + minor * 100 + patch. */
#define DENER_VERSION_NUMBER (DENER_VERSION_MAJOR * 10000 + DENER_VERSION_MINOR * 100 + DENER_VERSION_PATCH)

/* DENER_API marks the exported functions. The library is built with hidden visibility, so only
 * the functions declared here (all named dener_*) are exported from the shared library. */
#if defined(_WIN32) && defined(DENER_BUILDING_DLL)
#define DENER_API __declspec(dllexport)
#elif defined(__GNUC__)
#define DENER_API __attribute__((visibility("default")))
#else
#define DENER_API
#endif

/* Version of the library actually linked, e.g. "0.1.0" (compare with DENER_VERSION_STRING to detect
 * a header/library mismatch). Static string; never NULL. */
DENER_API const char *dener_version(void);
/* DENER_VERSION_NUMBER of the library actually linked. */
DENER_API int dener_version_number(void);

/* Status codes. 0 is success; failures are negative. */
typedef enum dener_status {
    DENER_OK = 0,
    DENER_ERR_NOMEM = -1,     /* an allocation failed */
    DENER_ERR_IO = -2,        /* a file or directory could not be read */
    DENER_ERR_LEXICON = -3,   /* a lexicon line is malformed (file and line in the message) */
    DENER_ERR_RULE = -4,      /* a rule line is malformed or its regex does not compile */
    DENER_ERR_UTF8 = -5,      /* invalid UTF-8 in strict mode (byte offset in pos) */
    DENER_ERR_ARG = -6,       /* an invalid argument (NULL where not allowed, bad date, ...) */
    DENER_ERR_ICU = -7,       /* ICU reported an error */
    DENER_ERR_TOO_LARGE = -8, /* the text exceeds the configured maximum size */
    DENER_ERR_LIMIT = -9      /* a matching limit was hit (the result may be incomplete) */
} dener_status;

/* A static English message for a status code; never NULL (unknown codes give "unknown error"). */
DENER_API const char *dener_strerror(int code);

/* Optional error details, filled by a failing call (and left untouched by a successful one).
 * Pass NULL where a function takes one if you do not need them. Owned by the caller; may live on
 * the stack. */
typedef struct dener_error {
    int code;       /* a dener_status */
    size_t line;    /* 1-based line in the file named in msg, 0 if not applicable */
    size_t pos;     /* byte offset into the text or line the error refers to, 0 if none */
    char msg[512];  /* human-readable message, naming the file and line where there is one */
} dener_error;

/* Allocator hooks. All three functions must be set; ctx is passed through unchanged.
 * realloc and free must accept pointers returned by malloc/realloc of the same hooks. The hooks may
 * return NULL to report failure; dener then returns DENER_ERR_NOMEM. If one model's docs are used
 * on several threads, the hooks are called from those threads concurrently and must be
 * thread-safe. free is never called with NULL. */
typedef struct dener_alloc {
    void *(*malloc)(void *ctx, size_t size);
    void *(*realloc)(void *ctx, void *ptr, size_t size);
    void (*free)(void *ctx, void *ptr);
    void *ctx;
} dener_alloc;

/* Entity types. */
typedef enum dener_type {
    DENER_PER = 0,
    DENER_LOC = 1,
    DENER_ORG = 2,
    DENER_DATE = 3
} dener_type;
#define DENER_TYPE_COUNT 4
/* Bit for a type in a type mask, e.g. DENER_TYPE_BIT(DENER_PER) | DENER_TYPE_BIT(DENER_LOC). */
#define DENER_TYPE_BIT(t) (1u << (unsigned)(t))
#define DENER_ALL_TYPES 0xFu

/* "PER", "LOC", "ORG", "DATE"; NULL for an unknown value. Static strings (do not free). */
DENER_API const char *dener_type_name(dener_type type);
/* Parses "PER"/"LOC"/"ORG"/"DATE" (case-insensitive) into a dener_type; returns -1 if unknown or
 * if name is NULL. */
DENER_API int dener_type_from_name(const char *name);

/* ---------------------------------------------------------------- model */

typedef struct dener_model dener_model;

/* Flags for dener_model_load: DENER_MODEL_DEFAULT (0) or DENER_MODEL_NO_IMAGE; other bits are
 * reserved. */
#define DENER_MODEL_DEFAULT 0u
/* Read the *.lex files as text even where a compiled lexicon image ("lexicons.bin", made by the
 * build; see README.md) fits them. The result is the same, only slower to load; for tests and
 * measurements. Setting the environment variable DENER_NO_IMAGE (to anything but "" or "0") has
 * the same effect. */
#define DENER_MODEL_NO_IMAGE 1u

/* The lexicon folder dener_model_load uses when none is given: the value of the environment
 * variable DENER_LEXICONS if it is set and not empty; else the source tree's lexicons/ when the
 * library (or the program it is linked into statically) runs from the build folder it was built
 * in; else the installed data folder (PREFIX/share/dener/lexicons). Never NULL. The string is
 * static or the environment's: do not free it, and copy it if the environment may change. */
DENER_API const char *dener_default_lexicon_dir(void);

/* Loads a model from the lexicon folders dirs[0..ndirs-1]: first every "*.lex" file
 * (gazetteers and word classes) of every folder, folder by folder in the given order and in name
 * order within a folder; then every "*.rules" file (token and date rules) in the same order, so
 * rules can use word classes from any folder. Later folders add to earlier ones: to extend the
 * bundled lexicons, pass { dener_default_lexicon_dir(), "my/folder" }; to replace them, pass only
 * your own folders. Other files in the folders are ignored; subfolders are not read.
 * dirs: the folder paths, each non-NULL; the library does not keep them. With ndirs == 0 (dirs
 * may then be NULL) the default folder dener_default_lexicon_dir() is used.
 * alloc: allocator hooks, or NULL for the C library's malloc/realloc/free; the hooks are copied,
 * but their functions and ctx must stay valid until the model and every doc made from it are
 * freed.
 * flags: DENER_MODEL_DEFAULT (0), or DENER_MODEL_NO_IMAGE.
 * The .lex files of dirs[0] are taken from a compiled image instead of being parsed when one
 * fits them exactly ("dirs[0]/lexicons.bin", or the build folder's image for the source tree's
 * lexicons/; the later folders must then have no .lex files): same model, loaded in a fraction of
 * the time. An image that is missing, damaged, of another version or stale (a .lex file added,
 * removed or changed since it was compiled) is silently ignored.
 * err: NULL, or filled on failure: DENER_ERR_IO (a folder or file cannot be read),
 * DENER_ERR_LEXICON / DENER_ERR_RULE (msg names file, line and column), DENER_ERR_NOMEM,
 * DENER_ERR_ICU.
 * Returns the model, owned by the caller (free with dener_model_free), or NULL with err filled.
 * Thread-safety: may be called from any thread; the returned model is immutable and may be shared
 * by any number of threads. Loading the bundled lexicons takes a fraction of a second: load once,
 * not per text. */
DENER_API dener_model *dener_model_load(const char *const *dirs, size_t ndirs, const dener_alloc *alloc,
                                        unsigned flags, dener_error *err);

/* Frees a model and everything it owns (including the source strings entities point to). NULL is
 * a no-op. Every dener_doc made from it must be freed first, and no thread may still use it. */
DENER_API void dener_model_free(dener_model *model);

/* Statistics of a loaded model (for diagnostics). */
typedef struct dener_model_stats {
    size_t entries;     /* lexicon lines loaded */
    size_t trie_nodes;  /* nodes of the token trie */
    size_t rules;       /* token rules */
    size_t date_rules;  /* date rules */
    size_t files;       /* files read */
    size_t bytes;       /* memory held by the model, approximately */
} dener_model_stats;

/* Fills *stats. model and stats must not be NULL. Thread-safe (the model is only read). */
DENER_API void dener_model_get_stats(const dener_model *model, dener_model_stats *stats);

/* ---------------------------------------------------------------- extraction */

typedef struct dener_doc dener_doc;

/* One entity. Do not free any of its pointers: text points into the caller's input; source
 * into the model (valid until dener_model_free); value, value_end, mod and canonical into the
 * model or the doc. Copy what you need before the next dener_extract call on the same doc or
 * dener_doc_free, after which the entity and its strings are invalid. All strings except text
 * are NUL-terminated UTF-8. The JSON output (dener_doc_json) has one field per member. */
typedef struct dener_entity {
    dener_type type;
    size_t start, end;          /* Unicode code point offsets into the text, end exclusive */
    size_t start_byte, end_byte;/* byte offsets into the caller's UTF-8 input, end exclusive */
    const char *text;           /* the entity's text: points into the caller's input (not
                                   NUL-terminated); its length is end_byte - start_byte */
    const char *source;         /* which lexicon file or rule produced it, e.g. "lex:loc-world", "rule:NAME",
                                   "date:NAME", "link", "abbrev", "handle" */
    const char *value;          /* DATE: normalised TIMEX3-style value ("2023-11-16"); else NULL */
    const char *value_end;      /* DATE ranges: the value of the range's end; else NULL */
    const char *mod;            /* DATE: "START", "MID", "END" or NULL */
    const char *canonical;      /* canonical name for linked or aliased names; else NULL */
} dener_entity;

/* Options for one extraction. Zero-initialise, then set what you need. */
typedef struct dener_options {
    const char *date;      /* document date, ISO 8601 ("2023-11-16", "2023-11", "2023",
                              "2016-05-14T23:06:43Z"); NULL if unknown */
    unsigned types;        /* mask of DENER_TYPE_BIT values; 0 means all types */
    unsigned flags;        /* DENER_OPT_* bits */
    size_t max_bytes;      /* maximum text size in bytes; 0 means the default (64 MiB) */
} dener_options;

/* Reject invalid UTF-8 with DENER_ERR_UTF8 instead of treating bad bytes as U+FFFD. */
#define DENER_OPT_STRICT_UTF8 1u
#define DENER_DEFAULT_MAX_BYTES ((size_t)64 << 20)

/* Creates work state for one thread. model must outlive the doc. Returns the doc, owned by the
 * caller (free with dener_doc_free), or NULL if model is NULL or memory runs out. Cheap: the doc's
 * buffers grow on first use and are reused for later texts, so create one per thread, not one per
 * text. Thread-safe: many threads may create docs from one model at the same time. */
DENER_API dener_doc *dener_doc_new(const dener_model *model);

/* Frees a doc and its results (entities and JSON from it become invalid). NULL is a no-op. */
DENER_API void dener_doc_free(dener_doc *doc);

/* Extracts entities from text[0..len-1] (UTF-8; NUL bytes are ordinary characters; invalid
 * bytes are read as U+FFFD unless opts->flags has DENER_OPT_STRICT_UTF8). text may be NULL only
 * if len is 0. opts may be NULL for defaults; it is not kept after the call. The text is not
 * copied: it must stay unchanged and alive while the results are used (entity text pointers
 * point into it). Previous results of the doc are discarded.
 * Returns DENER_OK, or a negative status with err (if not NULL) filled: DENER_ERR_ARG (doc NULL,
 * text NULL with len > 0, malformed opts->date), DENER_ERR_TOO_LARGE, DENER_ERR_UTF8 (strict
 * mode; err->pos is the byte offset), DENER_ERR_NOMEM, DENER_ERR_ICU, DENER_ERR_LIMIT. On error
 * the doc holds no entities.
 * Thread-safety: safe to call concurrently on different docs sharing one model. */
DENER_API int dener_extract(dener_doc *doc, const char *text, size_t len, const dener_options *opts,
                            dener_error *err);

/* Number of entities of the last extraction (0 before the first, after a failed one, or if doc
 * is NULL). Entities are sorted by start offset and do not overlap. */
DENER_API size_t dener_doc_count(const dener_doc *doc);
/* The i-th entity (0 <= i < count), owned by the doc (see dener_entity for its lifetime), or NULL
 * if i is out of range or doc is NULL. */
DENER_API const dener_entity *dener_doc_entity(const dener_doc *doc, size_t i);
/* Number of invalid UTF-8 sequences (each read as U+FFFD) in the last text, and, if first_offset
 * is not NULL, the byte offset of the first in *first_offset. 0 if doc is NULL. */
DENER_API size_t dener_doc_invalid_utf8(const dener_doc *doc, size_t *first_offset);

/* Streaming: calls fn(entity, user) for each entity of the last extraction in text order; stops
 * early and returns fn's value when fn returns non-zero, else returns 0 (also when doc or fn is
 * NULL). user is passed through unchanged. The entity pointer is valid as described for
 * dener_entity. fn must not call dener_extract or dener_doc_free on the same doc. This is the way
 * to consume entities without building JSON; it is equivalent to looping over dener_doc_count()
 * and dener_doc_entity(). (There is no callback during extraction: entities are final only after
 * the whole text has been resolved.) */
typedef int (*dener_entity_fn)(const dener_entity *entity, void *user);
DENER_API int dener_doc_foreach(const dener_doc *doc, dener_entity_fn fn, void *user);

/* JSON output flags. */
#define DENER_JSON_PRETTY 1u  /* indent with two spaces instead of one object per line */

/* Renders the last extraction as one JSON object {"id": <id>, "entities": [...]} with no
 * trailing newline (schema: README.md, "JSON output"; dener(3)). id_json is raw JSON inserted as
 * the id as is, not checked (e.g. "\"doc-1\"" or "17"; quote strings with dener_json_quote), or
 * NULL to leave the id out. flags: 0 or DENER_JSON_PRETTY. Returns a NUL-terminated string owned
 * by the doc (do not free), valid until the next dener_doc_json, dener_extract or dener_doc_free
 * on the doc, and stores its length in *len if len is not NULL; NULL if doc is NULL or memory
 * runs out. */
DENER_API const char *dener_doc_json(dener_doc *doc, const char *id_json, unsigned flags, size_t *len);

/* Writes s[0..len-1] as a JSON string literal (with quotes) into a buffer owned by the doc,
 * replacing invalid UTF-8 by \ufffd, and stores its length in *out_len if out_len is not NULL.
 * s may be NULL only if len is 0. The result is NUL-terminated, owned by the doc and valid until
 * the next dener_json_quote or dener_doc_free on the doc (dener_doc_json and dener_extract leave
 * it alone, so it can be passed as id_json). NULL if doc is NULL, s is NULL with len > 0, or
 * memory runs out. */
DENER_API const char *dener_json_quote(dener_doc *doc, const char *s, size_t len, size_t *out_len);

#ifdef __cplusplus
}
#endif
#endif
