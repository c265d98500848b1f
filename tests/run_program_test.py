#!/usr/bin/python3
"""Runs one program test: the program under CPython (the oracle) and under
Keelback, and compares stdout, the exit code and the last line of stderr.

Usage: run_program_test.py --keelback PATH --python PATH [--mode run|build] TEST.py

A test is a Python program. Comment lines at its top may say:
  # args: A B C          the program's command-line arguments (shell words)
  # stdin: TEXT          what the program reads on stdin ("\\n" for newlines);
                         a file TEST.stdin beside the test is used otherwise
  # also-build           the test is also registered in build mode (CMake reads this)
  # keelback-error: TEXT Keelback must reject the program at compile time:
                         exit 1 and TEXT somewhere in its stderr (for what CPython
                         runs but Keelback does not support yet, or the superset)
  # full-stderr          compare the whole of stderr, not only its last line
                         (for traceback shapes), ignoring the lines CPython
                         prints under a source line to mark a position
                         (only '^' and '~' characters, which Keelback omits)

--mode build compiles the program with `keelback build` and runs the
executable instead of `keelback run`.
On a difference it prints the first differing line and exits 1.
"""
import argparse
import os
import shlex
import subprocess
import sys
import tempfile

TIMEOUT = 60


def read_directives(path):
    directives = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if not line.startswith("#"):
                if line.strip():
                    break
                continue
            body = line[1:].strip()
            if body == "full-stderr":
                directives["full-stderr"] = ""
            for key in ("args", "stdin", "keelback-error"):
                if body.startswith(key + ":"):
                    directives[key] = body[len(key) + 1:].strip()
    return directives


def run(command, stdin, cwd):
    try:
        p = subprocess.run(command, input=stdin, capture_output=True, timeout=TIMEOUT, cwd=cwd)
    except subprocess.TimeoutExpired:
        return None
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def last_line(text):
    lines = text.rstrip("\n").split("\n")
    return lines[-1] if lines else ""


def without_markers(text):
    """stderr less CPython's position-marker lines (only '^'/'~' after spaces)."""
    return "".join(line for line in text.splitlines(keepends=True)
                   if not (line.strip() and set(line.strip()) <= set("^~")))


def first_difference(expected, actual):
    e, a = expected.split("\n"), actual.split("\n")
    for i in range(max(len(e), len(a))):
        el = e[i] if i < len(e) else "<end of output>"
        al = a[i] if i < len(a) else "<end of output>"
        if el != al:
            return "line %d:\n  CPython:  %r\n  Keelback: %r" % (i + 1, el, al)
    return "(no difference)"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--keelback", required=True)
    parser.add_argument("--python", default="/usr/bin/python3")
    parser.add_argument("--mode", choices=("run", "build"), default="run")
    parser.add_argument("--args", help="the program's arguments, overriding its '# args:' line")
    parser.add_argument("test")
    options = parser.parse_args()

    test = os.path.abspath(options.test)
    cwd = os.path.dirname(test)
    directives = read_directives(test)
    args = shlex.split(options.args if options.args is not None else directives.get("args", ""))
    stdin = b""
    if "stdin" in directives:
        stdin = directives["stdin"].encode().decode("unicode_escape").encode()
    elif os.path.exists(test[:-3] + ".stdin"):
        with open(test[:-3] + ".stdin", "rb") as f:
            stdin = f.read()

    if "keelback-error" in directives:
        result = run([options.keelback, "run", test] + args, stdin, cwd)
        if result is None:
            print("FAIL: keelback timed out after %d s" % TIMEOUT)
            return 1
        code, _, err = result
        if code != 1 or directives["keelback-error"] not in err:
            print("FAIL: expected exit 1 and %r in stderr; got exit %d and:\n%s"
                  % (directives["keelback-error"], code, err))
            return 1
        return 0

    # -B: imported modules leave no __pycache__ in the source tree.
    expected = run([options.python, "-B", test] + args, stdin, cwd)
    if expected is None:
        print("FAIL: CPython timed out")
        return 1
    if options.mode == "build":
        with tempfile.TemporaryDirectory() as tmp:
            exe = os.path.join(tmp, "program")
            built = run([options.keelback, "build", test, "-o", exe], b"", cwd)
            if built is None or built[0] != 0:
                print("FAIL: keelback build failed:\n%s" % (built[2] if built else "timed out"))
                return 1
            # The executable sees its own path as argv[0]; CPython sees the script's.
            actual = run([exe] + args, stdin, cwd)
    else:
        actual = run([options.keelback, "run", test] + args, stdin, cwd)
    if actual is None:
        print("FAIL: keelback timed out after %d s" % TIMEOUT)
        return 1

    e_code, e_out, e_err = expected
    a_code, a_out, a_err = actual
    failures = []
    if e_out != a_out:
        failures.append("stdout differs at " + first_difference(e_out, a_out))
    if e_code != a_code:
        failures.append("exit code: CPython %d, Keelback %d" % (e_code, a_code))
    if "full-stderr" in directives:
        if without_markers(e_err) != without_markers(a_err):
            failures.append("stderr differs at " + first_difference(without_markers(e_err), without_markers(a_err)))
    elif last_line(e_err) != last_line(a_err):
        failures.append("last line of stderr:\n  CPython:  %r\n  Keelback: %r" % (last_line(e_err), last_line(a_err)))
    if failures:
        print("FAIL: " + options.test)
        for f in failures:
            print(f)
        if a_err and e_code != a_code or last_line(e_err) != last_line(a_err):
            print("--- Keelback's stderr ---\n" + a_err[-3000:])
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
