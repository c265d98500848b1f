#!/usr/bin/env python3
"""Compares Keelback's lexer with CPython's tokenize module over a corpus.

    lexer_corpus_check.py LEX_DUMP [DIR_OR_FILE...]   (default: /usr/lib/python3.11)

LEX_DUMP is the lex_dump test binary (tests/unit/lex_dump_main.cpp). For every
.py file, both token streams (kind, start, end) must agree, after these
adjustments for known, intended differences:
- NL and COMMENT tokens are dropped from CPython's stream (the parser's
  token stream has none);
- tokenize columns count characters, ours bytes: CPython's are converted;
- Python 3.11's tokenize returns an f-string as one STRING token; our 3.12
  stream (FSTRING_START ... FSTRING_END) is folded into one STRING spanning
  the same range;
- files CPython's tokenize rejects are skipped (counted separately).
Prints the mismatches (first difference per file), a summary, and the lexer's
throughput over the corpus. Exit status 1 if any file mismatches.
"""
import io
import os
import subprocess
import sys
import tokenize


def cpython_tokens(path):
    with open(path, "rb") as f:
        data = f.read()
    encoding = tokenize.detect_encoding(io.BytesIO(data).readline)[0]
    # bytes.splitlines breaks only at \n, \r and \r\n, as the tokenizers do.
    lines = [line.decode(encoding, "replace") for line in data.splitlines(True)]
    out = []
    for tok in tokenize.tokenize(io.BytesIO(data).readline):
        if tok.type in (tokenize.NL, tokenize.COMMENT, tokenize.ENCODING):
            continue
        name = tokenize.tok_name[tok.exact_type]
        if name == "ERRORTOKEN":
            return None

        def to_bytes(pos):
            line, col = pos
            if 1 <= line <= len(lines):
                col = len(lines[line - 1][:col].encode("utf-8"))
            return (line, col)

        out.append((name, to_bytes(tok.start), to_bytes(tok.end)))
    return out


def parse_dump(text):
    """Splits lex_dump output into {path: (tokens, error)}."""
    files = {}
    current = None
    for line in text.split("\n"):
        if line.startswith("== "):
            current = line[3:]
            files[current] = ([], None)
        elif line.startswith("error: ") or line.startswith("at: "):
            toks, err = files[current]
            files[current] = (toks, (err or "") + line + " ")
        elif line:
            rng, rest = line.split(":", 1)
            rest = rest.lstrip()
            # Names of 15 characters or more run into the repr ("%-15s").
            name = rest[:len(rest) - len(rest.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ_"))]
            a, b = rng.split("-")
            start = tuple(int(x) for x in a.split(","))
            end = tuple(int(x) for x in b.split(","))
            files[current][0].append((name, start, end))
    return files


def fold_fstrings(tokens):
    out, depth, start = [], 0, None
    for name, s, e in tokens:
        if name == "FSTRING_START":
            if depth == 0:
                start = s
            depth += 1
        elif name == "FSTRING_END":
            depth -= 1
            if depth == 0:
                out.append(("STRING", start, e))
        elif depth == 0:
            out.append((name, s, e))
    return out


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    lex_dump = sys.argv[1]
    roots = sys.argv[2:] or ["/usr/lib/python3.11"]
    paths = []
    for root in roots:
        if os.path.isfile(root):
            paths.append(root)
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames.sort()
            for name in sorted(filenames):
                if name.endswith(".py"):
                    paths.append(os.path.join(dirpath, name))
    ok = mismatched = skipped = 0
    for i in range(0, len(paths), 200):
        batch = paths[i:i + 200]
        dump = subprocess.run([lex_dump] + batch, capture_output=True, check=True).stdout.decode("utf-8", "replace")
        ours = parse_dump(dump)
        for path in batch:
            try:
                expected = cpython_tokens(path)
            except (SyntaxError, tokenize.TokenError, UnicodeDecodeError, IndentationError):
                expected = None
            toks, err = ours[path]
            if expected is None:
                skipped += 1
                print(f"SKIP {path}: CPython's tokenize rejects it; ours: {err or 'ok'}")
                continue
            got = fold_fstrings(toks)
            if err is None and got == expected:
                ok += 1
                continue
            mismatched += 1
            n = next((k for k, (a, b) in enumerate(zip(got, expected)) if a != b), min(len(got), len(expected)))
            print(f"MISMATCH {path}: token {n}: ours {got[n] if n < len(got) else None} "
                  f"cpython {expected[n] if n < len(expected) else None} {err or ''}")
    print(f"{len(paths)} files: {ok} match, {mismatched} mismatch, {skipped} skipped")
    timing = subprocess.run([lex_dump, "--time"] + paths, capture_output=True, text=True, check=True).stdout
    print("throughput:", timing.strip())
    return 1 if mismatched else 0


if __name__ == "__main__":
    sys.exit(main())
