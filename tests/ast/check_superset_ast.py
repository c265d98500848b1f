#!/usr/bin/env python3
"""Checks `keelback --emit=ast` on the superset's programs (tests/ast/superset).

    check_superset_ast.py --keelback PATH [--folder NAME] [--update] [FILE...]
        (default: every .mojo and .py file of superset/, or of NAME/:
        pep695/ holds Python 3.12's type parameters and type statement)

CPython (3.11 here) cannot be the oracle for either, so each program FILE has its expected
output beside it in FILE.expected, checked by hand when it is written:
- for a program that parses, the dump, one field a line (the same text as
  `keelback --emit=ast` with its nesting shown by indentation), each node's
  position written `@line:col-end_line:end_col` after it;
- for a syntax error, keelback's stderr (the file's folder left out of its
  path) and the exit status.
--update rewrites the .expected files from what keelback prints now: read
the diff before committing it.
"""
import argparse
import difflib
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
POSITION_FIELDS = ("lineno", "col_offset", "end_lineno", "end_col_offset")


class Node:
    def __init__(self, name, fields):
        self.name = name
        self.fields = [(k, v) for k, v in fields.items() if k not in POSITION_FIELDS]
        if "lineno" in fields:
            self.position = "@%d:%d-%d:%d" % tuple(fields[k] for k in POSITION_FIELDS)
        else:
            self.position = ""


class Constructors(dict):
    """Any name in the dump is a node constructor."""

    def __missing__(self, name):
        return lambda **fields: Node(name, fields)


def parse_dump(text):
    # The dump is Python call syntax: Name(field=value, ...), lists, literals.
    return eval(text, {"__builtins__": {}}, Constructors(Ellipsis=Ellipsis))


def format_value(value, indent):
    pad = "  " * (indent + 1)
    if isinstance(value, Node):
        parts = [(k, format_value(v, indent + 1)) for k, v in value.fields]
        line = "%s(%s)" % (value.name, ", ".join("%s=%s" % p for p in parts))
        if value.position:
            line += " " + value.position
        if "\n" not in line and len(line) + 2 * indent <= 100:
            return line
        lines = [value.name + "(" + (" " + value.position if value.position else "")]
        lines += ["%s%s=%s," % (pad, k, s) for k, s in parts]
        lines.append("  " * indent + ")")
        return "\n".join(lines)
    if isinstance(value, list):
        items = [format_value(v, indent + 1) for v in value]
        line = "[%s]" % ", ".join(items)
        if "\n" not in line and len(line) + 2 * indent <= 100:
            return line
        return "[\n" + "".join("%s%s,\n" % (pad, s) for s in items) + "  " * indent + "]"
    return repr(value)


def actual_output(keelback, path):
    run = subprocess.run([keelback, "--emit=ast", path], capture_output=True, text=True, timeout=60)
    if run.returncode == 0:
        return format_value(parse_dump(run.stdout), 0) + "\n"
    folder = os.path.dirname(os.path.abspath(path)) + os.sep
    return run.stderr.replace(folder, "") + "exit %d\n" % run.returncode


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--keelback", required=True)
    parser.add_argument("--folder", default="superset")
    parser.add_argument("--update", action="store_true")
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    files = args.files
    if not files:
        folder = os.path.join(HERE, args.folder)
        files = [os.path.join(folder, n) for n in sorted(os.listdir(folder)) if n.endswith((".mojo", ".py"))]
    failed = 0
    for path in files:
        actual = actual_output(args.keelback, path)
        expected_path = path + ".expected"
        if args.update:
            with open(expected_path, "w", encoding="utf-8") as f:
                f.write(actual)
            continue
        try:
            with open(expected_path, encoding="utf-8") as f:
                expected = f.read()
        except FileNotFoundError:
            expected = ""
        if actual != expected:
            failed += 1
            print("FAIL %s" % os.path.relpath(path, HERE))
            sys.stdout.writelines(
                difflib.unified_diff(expected.splitlines(True), actual.splitlines(True), "expected", "keelback", n=2)
            )
    print("%d of %d %s programs as expected" % (len(files) - failed, len(files), args.folder))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
