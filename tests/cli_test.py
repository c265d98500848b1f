#!/usr/bin/python3
"""Tests of the `keelback` command line: what python3 users expect of it.

Usage: cli_test.py --keelback PATH [--python PATH]
Prints one line per check and a closing 'N passed, M failed' line.
"""
import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--keelback", required=True)
    parser.add_argument("--python", default="/usr/bin/python3")
    options = parser.parse_args()
    kb = options.keelback
    results = []

    def check(name, ok, detail=""):
        results.append(ok)
        print(("ok    " if ok else "FAIL  ") + name + ("" if ok else ": " + detail))

    def run(args, **kw):
        return subprocess.run([kb] + args, capture_output=True, text=True, timeout=120, **kw)

    # Bad usage: one line on stderr, exit code 2, as python3.
    p = run(["/no/such/file.py"])
    check("missing file exits 2", p.returncode == 2, repr(p))
    check("missing file says so in one line",
          p.stderr.strip() == "keelback: can't open file '/no/such/file.py': [Errno 2] No such file or directory",
          repr(p.stderr))
    p = run(["--no-such-option", "x.py"])
    check("unknown option exits 2", p.returncode == 2 and "unknown option '--no-such-option'" in p.stderr, repr(p))
    p = run(["--emit=bogus", "x.py"])
    check("bad --emit value exits 2", p.returncode == 2, repr(p))
    p = run([])
    check("no input file exits 2", p.returncode == 2, repr(p))

    p = run(["--help"])
    check("--help exits 0 and shows usage", p.returncode == 0 and p.stdout.startswith("usage: keelback"), repr(p))
    p = run(["--version"])
    check("--version", p.returncode == 0 and p.stdout.startswith("keelback "), repr(p))

    program = os.path.join(HERE, "basics", "functions.py")
    expected = subprocess.run([options.python, program], capture_output=True, text=True).stdout
    # `keelback FILE` is `keelback run FILE`, and every -O level gives the same output.
    for args in ([program], ["run", program], ["-O0", program], ["run", "-O1", program], ["-O2", program]):
        p = run(args)
        check("keelback " + " ".join(args[:-1] + ["FILE"]), p.returncode == 0 and p.stdout == expected, p.stderr)

    # Each phase can be printed.
    for what, marker in (("tokens", "NAME"), ("ast", "Module(body=["), ("ir", "function __kb_module_main"),
                         ("llvm", "define")):
        p = run(["--emit=" + what, program])
        check("--emit=" + what, p.returncode == 0 and marker in p.stdout, p.stderr[-500:])

    # --emit=ast prints what CPython's ast.dump prints.
    # `keelback ast FILE` is the same as --emit=ast.
    for name, command in (("functions.py", ["ast"]), ("control_flow.py", ["--emit=ast"]),
                          ("int_arithmetic.py", ["ast"]), ("strings.py", ["--emit=ast"])):
        path = os.path.join(HERE, "basics", name)
        p = run(command + [path])
        dump = subprocess.run([options.python, "-c",
                               "import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1],'rb').read()),"
                               " include_attributes=True))", path], capture_output=True, text=True).stdout
        check(" ".join(command) + " matches ast.dump for " + name, p.stdout == dump,
              "first difference at character %d" % next(
                  (i for i, (a, b) in enumerate(zip(p.stdout, dump)) if a != b), min(len(p.stdout), len(dump))))

    # build writes an executable that runs without keelback, with sys.argv.
    with tempfile.TemporaryDirectory() as tmp:
        exe = os.path.join(tmp, "main_guard")
        p = run(["build", os.path.join(HERE, "basics", "main_guard.py"), "-o", exe])
        check("build -o EXE", p.returncode == 0 and os.access(exe, os.X_OK), p.stderr)
        if p.returncode == 0:
            q = subprocess.run([exe, "3", "three"], capture_output=True, text=True)
            check("built executable runs", q.returncode == 0 and "n = 3 args: 2 three" in q.stdout, repr(q))
        p = run(["build", "-O0", program, "-o", os.path.join(tmp, "f0")])
        check("build -O0", p.returncode == 0, p.stderr)

    # The cache of compiled programs: a second run is served from it, and a
    # changed program, another -O level or KEELBACK_NO_CACHE is never served stale.
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, KEELBACK_CACHE_DIR=os.path.join(tmp, "cache"))
        prog = os.path.join(tmp, "prog.py")
        outputs = []
        for text in ('print("first")', 'print("first")', 'print("second")'):
            with open(prog, "w") as f:
                f.write(text + "\n")
            outputs.append(run([prog], env=env).stdout)
        check("cache: same program, same output", outputs[0] == outputs[1] == "first\n", repr(outputs))
        check("cache: an edited program is recompiled", outputs[2] == "second\n", repr(outputs))
        check("cache: objects are stored", len(os.listdir(os.path.join(tmp, "cache"))) == 2,
              repr(os.listdir(os.path.join(tmp, "cache"))))
        p = run(["-O0", prog], env=env)
        check("cache: -O0 is cached apart", p.stdout == "second\n" and len(os.listdir(os.path.join(tmp, "cache"))) == 3,
              repr(os.listdir(os.path.join(tmp, "cache"))))
        p = run([prog], env=dict(env, KEELBACK_NO_CACHE="1", KEELBACK_CACHE_DIR=os.path.join(tmp, "unused")))
        check("KEELBACK_NO_CACHE=1 writes nothing", p.stdout == "second\n" and not os.path.exists(os.path.join(tmp, "unused")),
              repr(p))

    # stdin and the exit code pass through.
    src = os.path.join(HERE, "errors", "zero_division.py")
    p = run([src])
    check("uncaught exception exits 1", p.returncode == 1, repr(p))

    # python3's -c CODE and - (the program on stdin), with the rest as sys.argv.
    for args, stdin in ((["-c", "import sys; print(sys.argv); print(1 // 0)", "a", "b"], None),
                        (["-", "z"], "import sys\nprint(sys.argv)\nprint(1 // 0)\n")):
        p = run(args, input=stdin)
        q = subprocess.run([options.python] + args, capture_output=True, text=True, input=stdin)
        check("%s runs as python3 runs it" % args[0],
              (p.returncode, p.stdout, p.stderr) == (q.returncode, q.stdout, q.stderr), repr((p, q)))
    p = run(["-c", "print(1"])
    q = subprocess.run([options.python, "-c", "print(1"], capture_output=True, text=True)
    check("-c with a syntax error", (p.returncode, p.stderr) == (q.returncode, q.stderr), repr((p, q)))
    p = run(["-c"])
    check("-c without code exits 2", p.returncode == 2 and "-c needs an argument" in p.stderr, repr(p))

    failed = results.count(False)
    print("%d passed, %d failed" % (len(results) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
