#!/usr/bin/python3
"""Checks Keelback's NFKC normalisation of identifiers (PEP 3131) against
CPython's unicodedata, over every non-ASCII identifier character.

Usage: check_identifier_nfkc.py --keelback PATH

Writes one program whose names are each XID_Start character alone, 'a' and
each XID_Continue character, every canonical pair that NFC composes, Hangul
jamo sequences and marks out of canonical order; then compares `keelback
--emit=ast` with this CPython's ast.dump (which interns each name as
unicodedata.normalize('NFKC', name)). Prints the first names that differ.
"""
import argparse
import ast
import os
import subprocess
import sys
import tempfile
import unicodedata


def names():
    out = []
    for cp in range(0x80, 0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        if c.isidentifier():
            out.append(c)
        if ("a" + c).isidentifier():
            out.append("a" + c)
    for cp in range(0x80, 0x110000):
        dec = unicodedata.decomposition(chr(cp)) if not 0xD800 <= cp <= 0xDFFF else ""
        parts = dec.split()
        if len(parts) == 2 and not dec.startswith("<"):
            pair = chr(int(parts[0], 16)) + chr(int(parts[1], 16))
            for name in (pair, "a" + pair):
                if name.isidentifier():
                    out.append(name)
                    break
    for l in range(0x1100, 0x1113):
        for v in range(0x1161, 0x1176, 5):
            out.append(chr(l) + chr(v))
            out.append(chr(l) + chr(v) + chr(0x11A8 + l % 27))
    out += ["a\u0323\u0301", "a\u0301\u0323", "o\u031b\u0323\u0301", "e\u0304\u0301\u0327", "\u1e9b\u0323",
            "\ufb01x", "\uff57\uff49\uff44\uff54\uff48", "\u00b5", "\u2160", "\u210c"]
    return [n for n in out if n.isidentifier() and not n.isascii()]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--keelback", required=True)
    args = ap.parse_args()
    all_names = names()
    lines = ["x = [" + ", ".join(all_names[i:i + 100]) + "]" for i in range(0, len(all_names), 100)]
    source = "\n".join(lines) + "\n"
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "identifiers.py")
        with open(path, "w", encoding="utf-8") as f:
            f.write(source)
        run = subprocess.run([args.keelback, "--emit=ast", path], capture_output=True, timeout=300)
    if run.returncode != 0:
        print(run.stderr.decode("utf-8", "replace")[-2000:])
        return 1
    expected = ast.parse(source)
    got = run.stdout.decode("utf-8").rstrip("\n")
    if got == ast.dump(expected, include_attributes=True):
        print(f"{len(all_names)} identifiers: all normalised as CPython does")
        return 0
    # Name the identifiers that differ: the dump has one Name per identifier, in order.
    want = [n.id for n in ast.walk(expected) if isinstance(n, ast.Name) and n.id != "x"]
    have = [p.split("'", 1)[0] for p in got.split("Name(id='")[1:]]
    have = [h for h in have if h != "x"]
    bad = [(a, w, h) for a, w, h in zip(all_names, want, have) if w != h]
    for a, w, h in bad[:20]:
        print(f"FAIL {ascii(a)}: CPython {ascii(w)}, Keelback {ascii(h)}")
    print(f"{len(bad)} of {len(all_names)} identifiers differ")
    return 1


if __name__ == "__main__":
    sys.exit(main())
