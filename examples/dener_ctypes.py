#!/usr/bin/env python3
"""dener_ctypes.py - using libdener from Python through ctypes, with no compiled glue.

Usage:
    DENER_LIB=/path/to/libdener.so.0 python3 dener_ctypes.py [options] [TEXT...]
    python3 dener_ctypes.py --lib /path/to/libdener.so.0 [options] [TEXT...]

Options:
    --lib PATH       the shared library (default: $DENER_LIB, else the system's libdener)
    --lexicons DIR   load this lexicon folder instead of the default one (repeatable)
    --date DATE      document date, ISO 8601 (for relative dates such as "am Dienstag")
    --json           print dener's JSON for each text instead of one line per entity
    --layout         print the sizes and field offsets of the ctypes structs and exit
                     (the tests compare them with the C compiler's)

Without TEXT a sample sentence is used. Output: for each text one line per entity,
TYPE<TAB>text<TAB>start<TAB>end<TAB>source[<TAB>value], offsets in code points (Python string
indices). The structs below mirror dener.h exactly; keep them in sync when the header changes.
"""
import ctypes
import ctypes.util
import json
import os
import sys

# ---------------------------------------------------------------- the C declarations of dener.h


class DenerError(ctypes.Structure):
    _fields_ = [("code", ctypes.c_int),
                ("line", ctypes.c_size_t),
                ("pos", ctypes.c_size_t),
                ("msg", ctypes.c_char * 512)]


class DenerEntity(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int),           # dener_type (an enum: int)
                ("start", ctypes.c_size_t),       # code point offsets, end exclusive
                ("end", ctypes.c_size_t),
                ("start_byte", ctypes.c_size_t),  # byte offsets into the UTF-8 input
                ("end_byte", ctypes.c_size_t),
                ("text", ctypes.c_void_p),        # into the input, not NUL-terminated
                ("source", ctypes.c_char_p),
                ("value", ctypes.c_char_p),
                ("value_end", ctypes.c_char_p),
                ("mod", ctypes.c_char_p),
                ("canonical", ctypes.c_char_p)]


class DenerOptions(ctypes.Structure):
    _fields_ = [("date", ctypes.c_char_p),
                ("types", ctypes.c_uint),
                ("flags", ctypes.c_uint),
                ("max_bytes", ctypes.c_size_t)]


ENTITY_FN = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(DenerEntity), ctypes.c_void_p)


def load_library(path):
    lib = ctypes.CDLL(path)
    P = ctypes.c_void_p  # dener_model * and dener_doc * are opaque
    sigs = {
        "dener_version": (ctypes.c_char_p, []),
        "dener_strerror": (ctypes.c_char_p, [ctypes.c_int]),
        "dener_type_name": (ctypes.c_char_p, [ctypes.c_int]),
        "dener_default_lexicon_dir": (ctypes.c_char_p, []),
        "dener_model_load": (P, [ctypes.POINTER(ctypes.c_char_p), ctypes.c_size_t, P, ctypes.c_uint,
                                 ctypes.POINTER(DenerError)]),
        "dener_model_free": (None, [P]),
        "dener_doc_new": (P, [P]),
        "dener_doc_free": (None, [P]),
        "dener_extract": (ctypes.c_int, [P, ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(DenerOptions),
                                         ctypes.POINTER(DenerError)]),
        "dener_doc_count": (ctypes.c_size_t, [P]),
        "dener_doc_entity": (ctypes.POINTER(DenerEntity), [P, ctypes.c_size_t]),
        "dener_doc_foreach": (ctypes.c_int, [P, ENTITY_FN, ctypes.c_void_p]),
        "dener_doc_json": (ctypes.c_char_p, [P, ctypes.c_char_p, ctypes.c_uint, ctypes.POINTER(ctypes.c_size_t)]),
    }
    for name, (res, args) in sigs.items():
        fn = getattr(lib, name)
        fn.restype = res
        fn.argtypes = args
    return lib


# ---------------------------------------------------------------- a small Pythonic wrapper

class Dener:
    """One model plus one doc. Use one Dener (or one doc) per thread; ctypes releases the GIL
    during dener_extract, so threads do run in parallel."""

    def __init__(self, lib, lexicon_dirs=()):
        self.lib = lib
        err = DenerError()
        dirs = (ctypes.c_char_p * max(1, len(lexicon_dirs)))(*[os.fsencode(d) for d in lexicon_dirs])
        self.model = lib.dener_model_load(dirs if lexicon_dirs else None, len(lexicon_dirs), None, 0,
                                          ctypes.byref(err))
        if not self.model:
            raise RuntimeError("cannot load the model: " + err.msg.decode("utf-8", "replace"))
        self.doc = lib.dener_doc_new(self.model)
        if not self.doc:
            lib.dener_model_free(self.model)
            raise MemoryError("dener_doc_new")

    def close(self):
        if self.doc:
            self.lib.dener_doc_free(self.doc)  # docs first, then the model
            self.lib.dener_model_free(self.model)
            self.doc = self.model = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _extract(self, data, date):
        opts = DenerOptions()
        if date:
            opts.date = date.encode()
        err = DenerError()
        rc = self.lib.dener_extract(self.doc, data, len(data), ctypes.byref(opts), ctypes.byref(err))
        if rc != 0:
            raise ValueError(err.msg.decode("utf-8", "replace"))

    def entities(self, text, date=None):
        """A list of dicts, one per entity, in text order (streamed with dener_doc_foreach)."""
        data = text.encode("utf-8")  # must stay alive while the entities are read
        self._extract(data, date)
        out = []

        def on_entity(ep, _user):
            e = ep.contents
            d = {"type": self.lib.dener_type_name(e.type).decode(),
                 "start": e.start, "end": e.end,
                 "text": data[e.start_byte:e.end_byte].decode("utf-8", "replace"),
                 "source": e.source.decode()}
            for k in ("value", "value_end", "mod", "canonical"):
                v = getattr(e, k)
                if v is not None:
                    d[k] = v.decode()
            out.append(d)
            return 0  # non-zero stops the iteration

        self.lib.dener_doc_foreach(self.doc, ENTITY_FN(on_entity), None)
        return out

    def to_json(self, text, doc_id=None, date=None):
        """dener's own JSON for the text, as a str."""
        data = text.encode("utf-8")
        self._extract(data, date)
        n = ctypes.c_size_t()
        js = self.lib.dener_doc_json(self.doc, json.dumps(doc_id).encode() if doc_id is not None else None, 0,
                                     ctypes.byref(n))
        if js is None:
            raise MemoryError("dener_doc_json")
        return js.decode("utf-8")


def print_layout():
    for cls, name in ((DenerEntity, "dener_entity"), (DenerOptions, "dener_options"), (DenerError, "dener_error")):
        print("%s size %d" % (name, ctypes.sizeof(cls)))
        for field in cls._fields_:
            print("%s.%s %d" % (name, field[0], getattr(cls, field[0]).offset))


def main(argv):
    lib_path = os.environ.get("DENER_LIB") or ctypes.util.find_library("dener") or "libdener.so.0"
    lexicons, texts, date, as_json = [], [], None, False
    i = 0
    while i < len(argv):
        a = argv[i]
        if a in ("--lib", "--lexicons", "--date") and i + 1 < len(argv):
            i += 1
            if a == "--lib":
                lib_path = argv[i]
            elif a == "--lexicons":
                lexicons.append(argv[i])
            else:
                date = argv[i]
        elif a == "--json":
            as_json = True
        elif a == "--layout":
            print_layout()
            return 0
        elif a in ("-h", "--help"):
            print(__doc__)
            return 0
        else:
            texts.append(a)
        i += 1
    if not texts:
        texts = ["Bundeskanzler Olaf Scholz besuchte am Dienstag Siemens in München."]
    lib = load_library(lib_path)
    print("# libdener %s, lexicons %s" % (lib.dener_version().decode(),
                                          ", ".join(lexicons) or lib.dener_default_lexicon_dir().decode()))
    with Dener(lib, lexicons) as dn:
        for n, text in enumerate(texts, 1):
            if as_json:
                print(dn.to_json(text, doc_id=n, date=date))
                continue
            for e in dn.entities(text, date=date):
                cols = [e["type"], e["text"], str(e["start"]), str(e["end"]), e["source"]]
                if "value" in e:
                    cols.append(e["value"])
                print("\t".join(cols))
                # code point offsets are Python string indices
                assert text[e["start"]:e["end"]] == e["text"]
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
