#!/usr/bin/python3
"""Compares Keelback's syntax errors with CPython's on every case in cases/.

Usage: check_syntax_errors.py --keelback PATH [--python PATH] [-v] [CASE.py...]

Each case is a small invalid program. It runs under CPython (the oracle) and
under `keelback run`; the last line of stderr ("SyntaxError: ..."), the line
number of the last `File "...", line N` and the exit code must be the same.
Cases named in known_failures.txt (one name a line, `#` comments) are run
and counted apart; they do not fail the test. The last line printed is
`N passed, M failed`.

Hand-checked cases. Keelback's front end is Python 3.12's (PEP 701
f-strings), the oracle here is 3.11. Where 3.12 differs (an error 3.11 gets
only from its own f-string tokenizer, or a program 3.12 accepts), the case
NAME.py has its expectation written by hand in expected_312/NAME.expected and
/usr/bin/python3 is not run for it. That file holds `key: value` lines (`#`
lines say where in CPython 3.12 the behaviour comes from):
  exit: N      the exit status (required)
  line: N      the line of the last `File "...", line N` (default: none)
  offset: N    SyntaxError.offset, 1-based, read from the caret (optional)
  last: TEXT   the last line of stderr (default: empty)
  stdout: TEXT the whole of stdout, `\n` for line breaks (optional)
  ast: DUMP    `keelback ast NAME.py` with its position attributes removed,
               for a program 3.12 accepts (optional)
"""
import argparse
import concurrent.futures
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LINE_RE = re.compile(r'^  File "[^"]*", line (\d+)', re.M)
POSITION_RE = re.compile(r", (?:lineno|col_offset|end_lineno|end_col_offset)=-?\d+")


def outcome(command):
    try:
        p = subprocess.run(command, capture_output=True, timeout=30)
    except subprocess.TimeoutExpired:
        return ("timeout", None, None)
    err = p.stderr.decode("utf-8", "replace")
    lines = err.rstrip("\n").split("\n")
    found = LINE_RE.findall(err)
    return (lines[-1] if lines else "", found[-1] if found else None, p.returncode)


def read_hand_checked(case):
    """The expectation of expected_312/NAME.expected as a dict, or None."""
    name = os.path.splitext(os.path.basename(case))[0]
    path = os.path.join(HERE, "expected_312", name + ".expected")
    if not os.path.exists(path):
        return None
    fields = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            key, _, value = line.partition(": ")
            fields[key.rstrip(":")] = value
    return fields


def caret_offset(case, err, line):
    """SyntaxError.offset as the caret under the source line shows it."""
    lines = err.rstrip("\n").split("\n")
    for i in range(len(lines) - 1, 0, -1):
        if lines[i].lstrip(" ").startswith("^") and line is not None:
            with open(case, encoding="utf-8", errors="replace") as f:
                source = f.read().split("\n")
            text = source[int(line) - 1] if int(line) <= len(source) else ""
            stripped = len(text) - len(text.lstrip(" \t\f"))
            return str(lines[i].index("^") - 4 + 1 + stripped)
    return None


def check_hand_checked(case, keelback, fields):
    """Compares keelback with a hand-written 3.12 expectation."""
    p = subprocess.run([keelback, "run", case], capture_output=True, timeout=30)
    err = p.stderr.decode("utf-8", "replace")
    lines = err.rstrip("\n").split("\n")
    found = LINE_RE.findall(err)
    line = found[-1] if found else None
    actual = {"exit": str(p.returncode), "line": line or "", "last": lines[-1] if lines else ""}
    expected = {"exit": fields.get("exit", ""), "line": fields.get("line", ""), "last": fields.get("last", "")}
    if "offset" in fields:
        expected["offset"] = fields["offset"]
        actual["offset"] = caret_offset(case, err, line)
    if "stdout" in fields:
        expected["stdout"] = fields["stdout"].replace("\\n", "\n")
        actual["stdout"] = p.stdout.decode("utf-8", "replace").rstrip("\n")
    if "ast" in fields:
        a = subprocess.run([keelback, "ast", case], capture_output=True, timeout=30)
        expected["ast"] = fields["ast"]
        actual["ast"] = POSITION_RE.sub("", a.stdout.decode("utf-8", "replace").strip())
    return case, expected, actual


def check(case, keelback, python):
    fields = read_hand_checked(case)
    if fields is not None:
        return check_hand_checked(case, keelback, fields)
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
        if isinstance(expected, dict):
            for key in expected:
                if expected[key] != actual.get(key):
                    print(f"     {key}: expected (3.12, by hand) {expected[key]!r}")
                    print(f"     {key}: keelback               {actual.get(key)!r}")
            continue
        print(f"     cpython:  line {expected[1]}, exit {expected[2]}: {expected[0]}")
        print(f"     keelback: line {actual[1]}, exit {actual[2]}: {actual[0]}")
    if known_failed:
        print(f"{known_failed} known failures (known_failures.txt)")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
