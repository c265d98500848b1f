#!/usr/bin/python3
"""Compares Keelback's syntax errors with CPython's on every case in cases/.

Usage: check_syntax_errors.py --keelback PATH [--python PATH] [-v] [CASE.py...]

Each case is a small invalid program. It runs under CPython (the oracle) and
under `keelback run`; the last line of stderr ("SyntaxError: ..."), the line
number of the last `File "...", line N` and the exit code must be the same.
Cases named in known_failures.txt (one name a line, `#` comments) are run
and counted apart; they do not fail the test. The last line printed is
`N passed, M failed`.
"""
import argparse
import concurrent.futures
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LINE_RE = re.compile(r'^  File "[^"]*", line (\d+)', re.M)


def outcome(command):
    try:
        p = subprocess.run(command, capture_output=True, timeout=30)
    except subprocess.TimeoutExpired:
        return ("timeout", None, None)
    err = p.stderr.decode("utf-8", "replace")
    lines = err.rstrip("\n").split("\n")
    found = LINE_RE.findall(err)
    return (lines[-1] if lines else "", found[-1] if found else None, p.returncode)


def check(case, keelback, python):
    expected = outcome([python, case])
    actual = outcome([keelback, "run", case])
    return case, expected, actual


def read_known_failures():
    path = os.path.join(HERE, "known_failures.txt")
    known = set()
    if os.path.exists(path):
        with open(path) as f:
            for line in f:
                line = line.split("#", 1)[0].strip()
                if line:
                    known.add(line)
    return known


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--keelback", required=True)
    ap.add_argument("--python", default="/usr/bin/python3")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("cases", nargs="*")
    args = ap.parse_args()
    cases = args.cases or sorted(
        os.path.join(HERE, "cases", n) for n in os.listdir(os.path.join(HERE, "cases")) if n.endswith(".py"))
    known = read_known_failures()
    passed = failed = known_failed = 0
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        results = list(pool.map(lambda c: check(c, args.keelback, args.python), cases))
    for case, expected, actual in results:
        name = os.path.splitext(os.path.basename(case))[0]
        if expected == actual:
            passed += 1
            if name in known:
                print(f"NOW PASSES {name} (remove it from known_failures.txt)")
            elif args.verbose:
                print(f"ok   {name}")
            continue
        if name in known:
            known_failed += 1
            if args.verbose:
                print(f"KNOWN {name}: expected {expected}, got {actual}")
            continue
        failed += 1
        print(f"FAIL {name}")
        print(f"     cpython:  line {expected[1]}, exit {expected[2]}: {expected[0]}")
        print(f"     keelback: line {actual[1]}, exit {actual[2]}: {actual[0]}")
    if known_failed:
        print(f"{known_failed} known failures (known_failures.txt)")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
