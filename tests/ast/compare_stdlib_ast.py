#!/usr/bin/env python3
"""Compares `keelback --emit=ast` with CPython's ast.dump over many files.

    compare_stdlib_ast.py --keelback PATH [--known-failures FILE] [--no-skip] [-j N]
                          [DIR_OR_FILE...]      (default: /usr/lib/python3.11)

For every .py file (directories are walked recursively), the expected text is

    ast.dump(ast.parse(open(FILE, "rb").read()), include_attributes=True)

computed in this (CPython) process, and Keelback's is `keelback --emit=ast
FILE`'s stdout. Files CPython itself cannot parse are skipped and counted.
A mismatch prints the file and the first differing position with some
context on both sides.

With --known-failures, files listed there (one path a line, `#` comments)
may fail without failing the run; one of them that passes is reported so the
list can shrink. The exit status is 1 when any other file fails.

Run this script with the CPython whose ast is the oracle (3.11).
"""
import argparse
import ast
import multiprocessing
import os
import subprocess
import sys
import time
import warnings

CONTEXT = 70


def collect(paths):
    files = []
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, names in os.walk(p):
                dirs.sort()
                for n in sorted(names):
                    if n.endswith(".py"):
                        files.append(os.path.join(root, n))
        else:
            files.append(p)
    return files


def expected_dump(path):
    with open(path, "rb") as f:
        data = f.read()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            tree = ast.parse(data)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            return None
    return ast.dump(tree, include_attributes=True)


def first_difference(a, b):
    n = min(len(a), len(b))
    i = 0
    # Coarse then fine, so that long equal prefixes cost little.
    step = 4096
    while i + step <= n and a[i:i + step] == b[i:i + step]:
        i += step
    while i < n and a[i] == b[i]:
        i += 1
    return i


def check(args):
    keelback, path = args
    expected = expected_dump(path)
    if expected is None:
        return path, "skip", ""
    try:
        run = subprocess.run([keelback, "--emit=ast", path], capture_output=True, timeout=60)
    except subprocess.TimeoutExpired:
        return path, "fail", "  keelback timed out"
    actual = run.stdout.decode("utf-8", "replace").rstrip("\n")
    if run.returncode != 0:
        err = run.stderr.decode("utf-8", "replace").strip().splitlines()
        tail = " | ".join(err[-3:]) if err else ""
        return path, "fail", f"  keelback exited {run.returncode}: {tail}"
    if actual == expected:
        return path, "pass", ""
    i = first_difference(expected, actual)
    lo = max(0, i - CONTEXT)
    return path, "fail", (f"  first difference at character {i}:\n"
                          f"    expected: ...{expected[lo:i + CONTEXT]}\n"
                          f"    actual:   ...{actual[lo:i + CONTEXT]}")


def read_known(path):
    known = set()
    if path:
        with open(path) as f:
            for line in f:
                line = line.split("#", 1)[0].strip()
                if line:
                    known.add(line)
    return known


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keelback", required=True)
    parser.add_argument("--known-failures")
    parser.add_argument("-j", type=int, default=2)
    parser.add_argument("--no-skip", action="store_true",
                        help="a file CPython cannot parse is a failure (for hand-written tests)")
    parser.add_argument("paths", nargs="*", default=["/usr/lib/python3.11"])
    args = parser.parse_args()
    sys.setrecursionlimit(10000)
    files = collect(args.paths)
    known = read_known(args.known_failures)
    start = time.time()
    passed = failed = skipped = known_failed = 0
    fixed = []
    jobs = [(args.keelback, f) for f in files]
    with multiprocessing.Pool(args.j) as pool:
        for path, status, detail in pool.imap(check, jobs, chunksize=8):
            if status == "skip" and args.no_skip:
                failed += 1
                print(f"FAIL {path}\n  CPython cannot parse it", flush=True)
            elif status == "skip":
                skipped += 1
            elif status == "pass":
                passed += 1
                if path in known:
                    fixed.append(path)
            elif path in known:
                known_failed += 1
            else:
                failed += 1
                print(f"FAIL {path}\n{detail}", flush=True)
    for path in fixed:
        print(f"note: {path} is listed as a known failure but passes", flush=True)
    elapsed = time.time() - start
    extra = f", {known_failed} known failures" if known else ""
    print(f"({skipped} files CPython cannot parse skipped{extra}; {elapsed:.1f} s)")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
