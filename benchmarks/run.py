"""Benchmark runner: Keelback against CPython, PyPy and C, side by side in one run.

Usage: /usr/bin/python3 benchmarks/run.py [options] [benchmark ...]

For every program of ../shared/bench (sizes from run_peers.sh's BENCHMARKS table)
and of benchmarks/programs/*.py (sizes from a `# bench-sizes: DEFAULT SMALL` line),
it builds the C reference and the `keelback build` executable, checks that every
implementation prints exactly what CPython prints (at the small size and at the
timed size), then times each one, one command at a time, and prints a Markdown
report of median wall times, speed-ups and geometric means. Programs Keelback
cannot compile, or gets wrong, are listed as such and not timed.

Options:
  --small            time at the small sizes (a quick smoke run)
  --verify-only      build and compare outputs, time nothing
  --only a,b         benchmarks to run (positional names work too)
  --impl a,b         implementations to check and time, among cpython, pypy, c,
                     keelback-run, keelback-exe (default: all; CPython always runs
                     to give the expected output, but is timed only if listed)
  --runs N           most runs per measurement (default 20; the least is 3, or N)
  --timeout S        seconds allowed to one command (default 120)
  --out FILE         also write the report to FILE
  --keelback PATH    the compiler (default: <repo>/build/release/keelback)
  --bench-dir DIR    the shared corpus (default: <repo>/../shared/bench)
  --no-hyperfine     time with the runner's own loop even if hyperfine is installed
Environment: CPYTHON (/usr/bin/python3), PYPY (pypy3), CC (gcc),
CFLAGS (-O3 -march=native -ffp-contract=off).

Timings are whole-process wall times (start-up included; `keelback run` includes
compiling). The report goes to stdout, progress to stderr. The exit status is 0
whatever the outputs and timings are: this is a report, not a test.
"""
import argparse
import datetime
import json
import math
import os
import platform
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
IMPLS = ("cpython", "pypy", "c", "keelback-run", "keelback-exe")
KEELBACK_IMPLS = ("keelback-run", "keelback-exe")
MIN_RUNS = 3
MIN_SECONDS = 2.0  # the own loop keeps running until this much time is measured
SIZES_COMMENT = re.compile(r"^#\s*bench-sizes:\s*(\d+)\s+(\d+)\s*$", re.M)


class MeasureError(Exception):
    """A command failed or ran out of time while being timed."""


@dataclass(frozen=True)
class Benchmark:
    name: str
    source: Path
    size: str
    small: str

    @property
    def c_source(self):
        return self.source.parent / "c" / (self.name + ".c")


@dataclass
class Tools:
    cpython: str
    pypy: str | None
    cc: str | None
    cflags: list
    keelback: Path | None
    hyperfine: str | None


@dataclass
class Outcome:
    """What happened to one implementation of one benchmark.

    status: "ok" (verified; timed when median is set), "absent" (no such
    implementation here), "cannot compile yet", "failed", "wrong output",
    "timed out" or "not verified" (CPython failed); detail says why, for
    everything but "ok".
    """
    status: str
    detail: str = ""
    median: float | None = None
    runs: int = 0


def fatal(message):
    sys.exit("run.py: " + message)


def progress(message):
    print(message, file=sys.stderr, flush=True)


# --- the benchmark list -------------------------------------------------------

def peer_table(bench_dir):
    """(name, size, small) rows of run_peers.sh's BENCHMARKS table."""
    script = bench_dir / "run_peers.sh"
    match = re.search(r'^BENCHMARKS="(.*?)"', script.read_text(), re.S | re.M)
    if not match:
        fatal("no BENCHMARKS table in %s" % script)
    return [line.split() for line in match.group(1).splitlines() if len(line.split()) == 3]


def own_programs(programs_dir):
    """Benchmarks of benchmarks/programs/*.py, sized by their bench-sizes line."""
    benches = []
    for source in sorted(programs_dir.glob("*.py")):
        match = SIZES_COMMENT.search(source.read_text())
        if not match:
            fatal("%s has no '# bench-sizes: DEFAULT SMALL' line" % source)
        benches.append(Benchmark(source.stem, source, match.group(1), match.group(2)))
    return benches


def load_benchmarks(bench_dir, programs_dir):
    benches = [Benchmark(name, bench_dir / (name + ".py"), size, small)
               for name, size, small in peer_table(bench_dir)]
    taken = {b.name for b in benches}
    for bench in own_programs(programs_dir):
        if bench.name in taken:
            fatal("benchmarks/programs/%s.py has the name of a shared benchmark" % bench.name)
        benches.append(bench)
    return benches


def select(benches, names):
    if not names:
        return benches
    known = {b.name: b for b in benches}
    unknown = [n for n in names if n not in known]
    if unknown:
        fatal("no benchmark %s (known: %s)" % (", ".join(unknown), ", ".join(known)))
    return [known[n] for n in names]


# --- tools ----------------------------------------------------------------------

def find_tools(args):
    cpython = os.environ.get("CPYTHON", "/usr/bin/python3")
    if not shutil.which(cpython):
        fatal("CPython not found: %s" % cpython)
    keelback = Path(args.keelback)
    return Tools(
        cpython=cpython,
        pypy=shutil.which(os.environ.get("PYPY", "pypy3")),
        cc=shutil.which(os.environ.get("CC", "gcc")),
        cflags=shlex.split(os.environ.get("CFLAGS", "-O3 -march=native -ffp-contract=off")),
        keelback=keelback if os.access(keelback, os.X_OK) else None,
        hyperfine=None if args.no_hyperfine else shutil.which("hyperfine"))


def first_line(argv):
    """The first line a command prints, or why there is none."""
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=30)
    except OSError as e:
        return "(%s)" % e.strerror
    except subprocess.TimeoutExpired:
        return "(timed out)"
    lines = (done.stdout or done.stderr).splitlines()
    if done.returncode != 0 or not lines:
        return "(`%s` failed)" % shlex.join(argv[1:])
    return lines[0]


def repo_revision():
    head = first_line(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"])
    if head.startswith("("):
        return "no commit yet"
    dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain"],
                           capture_output=True, text=True).stdout.strip()
    return head + (" with uncommitted changes" if dirty else "")


def machine():
    cpuinfo = Path("/proc/cpuinfo").read_text()
    model = re.search(r"^model name\s*:\s*(.*)$", cpuinfo, re.M)
    meminfo = re.search(r"^MemTotal:\s*(\d+) kB", Path("/proc/meminfo").read_text(), re.M)
    return "%s, %d cores, %d GiB, %s %s, load average %.2f at start" % (
        model.group(1) if model else platform.machine(), os.cpu_count(),
        round(int(meminfo.group(1)) / 2**20) if meminfo else 0,
        platform.system(), platform.release(), os.getloadavg()[0])


PYPY_VERSION = ('import sys, platform; print("%s (Python %s)" % '
                '(".".join(map(str, sys.pypy_version_info[:3])), platform.python_version()))')


def describe_keelback(tools, args):
    if not tools.keelback:
        return "not found at %s (build it with scripts/build.sh)" % args.keelback
    return "%s (%s), repository at %s" % (
        first_line([str(tools.keelback), "--version"]), tools.keelback, repo_revision())


def describe_timer(tools, args):
    if tools.hyperfine:
        return "%s, `-N --warmup 1 --min-runs %d --max-runs %d`" % (
            first_line([tools.hyperfine, "--version"]), min(MIN_RUNS, args.runs), args.runs)
    return "own loop: 1 warm-up, then runs until %d runs and %.0f s, at most %d runs" % (
        MIN_RUNS, MIN_SECONDS, args.runs)


def environment(tools, args):
    """'key: value' lines describing the date, the machine and the tools."""
    pypy = ("%s (%s)" % (first_line([tools.pypy, "-c", PYPY_VERSION]), tools.pypy)
            if tools.pypy else "not installed")
    cc = ("%s, flags `%s`" % (first_line([tools.cc, "--version"]), shlex.join(tools.cflags))
          if tools.cc else "no C compiler")
    return [
        "date: %s" % datetime.datetime.now().strftime("%Y-%m-%d %H:%M"),
        "machine: %s" % machine(),
        "CPython: %s (%s)" % (first_line([tools.cpython, "--version"]), tools.cpython),
        "PyPy: %s" % pypy,
        "C: %s" % cc,
        "Keelback: %s" % describe_keelback(tools, args),
        "timer: %s" % describe_timer(tools, args),
        "sizes: %s" % ("the small ones (--small)" if args.small else "the benchmark sizes"),
    ]


# --- building -------------------------------------------------------------------

def last_line(text):
    """The line that says why a command failed: Keelback's first
    `error:` line if there is one (the source line and caret follow it),
    else the last line, as a traceback's or CPython's."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines:
        if ": error: " in line:
            return line
    return lines[-1] if lines else "(no message)"


def build(argv, timeout):
    """Run a build command: (seconds, None) if it worked, else (None, Outcome)."""
    start = time.perf_counter()
    try:
        done = subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True,
                              text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, Outcome("timed out", "build took over %d s" % timeout)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        return None, Outcome("failed", last_line(done.stderr + done.stdout))
    return elapsed, None


def prepare(benches, impls, tools, workdir, timeout):
    """Build what needs building; return the command prefix of every runnable
    (benchmark, implementation), the outcomes known already, and the compile times."""
    prefixes, outcomes, compile_times = {}, {}, {}
    for bench in benches:
        prefixes[bench.name, "cpython"] = [tools.cpython, str(bench.source)]
        if "pypy" in impls:
            if tools.pypy:
                prefixes[bench.name, "pypy"] = [tools.pypy, str(bench.source)]
            else:
                outcomes[bench.name, "pypy"] = Outcome("absent", "PyPy is not installed")
        if "keelback-run" in impls:
            if tools.keelback:
                prefixes[bench.name, "keelback-run"] = [
                    str(tools.keelback), "run", str(bench.source)]
            else:
                outcomes[bench.name, "keelback-run"] = Outcome("absent", "no keelback binary")
    if "c" in impls:
        build_c(benches, tools, workdir, timeout, prefixes, outcomes)
    if "keelback-exe" in impls:
        build_keelback(benches, tools, workdir, timeout, prefixes, outcomes, compile_times)
    return prefixes, outcomes, compile_times


def build_c(benches, tools, workdir, timeout, prefixes, outcomes):
    progress("== building C references (%s %s)" % (tools.cc, shlex.join(tools.cflags)))
    for bench in benches:
        key = bench.name, "c"
        if not bench.c_source.exists():
            outcomes[key] = Outcome("absent", "no C version")
            continue
        if not tools.cc:
            outcomes[key] = Outcome("absent", "no C compiler")
            continue
        exe = workdir / ("c-" + bench.name)
        _, failure = build([tools.cc, *tools.cflags, "-o", str(exe), str(bench.c_source), "-lm"],
                           timeout)
        if failure:
            outcomes[key] = failure
        else:
            prefixes[key] = [str(exe)]


def build_keelback(benches, tools, workdir, timeout, prefixes, outcomes, compile_times):
    if not tools.keelback:
        for bench in benches:
            outcomes[bench.name, "keelback-exe"] = Outcome("absent", "no keelback binary")
        return
    progress("== building Keelback executables (%s build)" % tools.keelback)
    for bench in benches:
        key = bench.name, "keelback-exe"
        exe = workdir / ("keelback-" + bench.name)
        seconds, failure = build([str(tools.keelback), "build", str(bench.source), "-o", str(exe)],
                                 timeout)
        if failure:
            failure.status = "cannot compile yet" if failure.status == "failed" else failure.status
            outcomes[key] = failure
        elif not os.access(exe, os.X_OK):
            outcomes[key] = Outcome("cannot compile yet", "`keelback build` wrote no executable")
        else:
            prefixes[key] = [str(exe)]
            compile_times[bench.name] = seconds
        outcome = outcomes.get(key)
        progress("   %-15s %s" % (bench.name, "%s: %s" % (outcome.status, outcome.detail)
                                    if outcome else "built in %.2f s" % seconds))


# --- verification ---------------------------------------------------------------

def run_output(argv, timeout):
    """(stdout, None) if the command exits with 0, else (None, (kind, detail))."""
    try:
        done = subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, ("timed out", "over %d s" % timeout)
    if done.returncode != 0:
        how = ("exit %d" % done.returncode if done.returncode > 0
               else "killed by signal %d" % -done.returncode)
        return None, ("failed", "%s: %s" % (how, last_line(done.stderr.decode(errors="replace"))))
    return done.stdout, None


def first_difference(expected, actual):
    want = expected.decode(errors="replace").splitlines()
    got = actual.decode(errors="replace").splitlines()
    for number, (a, b) in enumerate(zip(want, got), 1):
        if a != b:
            return "line %d: expected `%s`, got `%s`" % (number, a, b)
    if len(want) != len(got):
        return "%d lines instead of %d" % (len(got), len(want))
    return "same lines, different bytes (line endings?)"


def check(argv, expected, timeout, impl):
    """None if argv prints `expected`, else the Outcome that says how it did not."""
    actual, failure = run_output(argv, timeout)
    if failure:
        kind, detail = failure
        if kind == "failed" and impl == "keelback-run":
            kind = "cannot compile yet"
        return Outcome(kind, detail)
    if actual != expected:
        return Outcome("wrong output", first_difference(expected, actual))
    return None


def verify(benches, sizes_of, prefixes, outcomes, timeout):
    """Compare every runnable implementation's output with CPython's; record
    failures in outcomes and mark the rest "ok"."""
    progress("== verifying outputs against CPython")
    for bench in benches:
        impls = [impl for impl in IMPLS[1:] if (bench.name, impl) in prefixes]
        cpython = verify_benchmark(bench, sizes_of(bench), impls, prefixes, outcomes, timeout)
        outcomes.setdefault((bench.name, "cpython"), cpython)
        for impl in impls:
            outcomes.setdefault((bench.name, impl), Outcome("ok") if cpython.status == "ok"
                                else Outcome("not verified", "CPython " + cpython.status))


def verify_benchmark(bench, sizes, impls, prefixes, outcomes, timeout):
    """Check impls against CPython at each size, recording their failures in
    outcomes; return CPython's own Outcome."""
    for size in sizes:
        expected, failure = run_output(prefixes[bench.name, "cpython"] + [size], timeout)
        if failure:
            progress("   CPYTHON FAILED %-15s %s: %s" % (bench.name, size, failure[1]))
            return Outcome(failure[0], "at %s: %s" % (size, failure[1]))
        for impl in impls:
            if (bench.name, impl) in outcomes:
                continue
            failed = check(prefixes[bench.name, impl] + [size], expected, timeout, impl)
            if failed:
                failed.detail = "at %s: %s" % (size, failed.detail)
                outcomes[bench.name, impl] = failed
            progress("   %-18s %-15s %-13s %s" % (
                failed.status if failed else "ok", bench.name, impl, size))
    return Outcome("ok")


# --- timing ---------------------------------------------------------------------

def time_with_hyperfine(hyperfine, argv, timeout, max_runs, workdir):
    export = workdir / "hyperfine.json"
    command = [hyperfine, "-N", "--warmup", "1", "--min-runs", str(min(MIN_RUNS, max_runs)),
               "--max-runs", str(max_runs), "--export-json", str(export), shlex.join(argv)]
    try:
        done = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                              timeout=timeout * (max_runs + 1))
    except subprocess.TimeoutExpired:
        raise MeasureError("timed out") from None
    if done.returncode != 0:
        raise MeasureError(last_line(done.stderr + done.stdout))
    result = json.loads(export.read_text())["results"][0]
    return result["median"], len(result["times"])


def run_once(argv, timeout):
    start = time.perf_counter()
    try:
        done = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise MeasureError("timed out") from None
    if done.returncode != 0:
        raise MeasureError("exit %d while timing" % done.returncode)
    return time.perf_counter() - start


def time_with_loop(argv, timeout, max_runs):
    run_once(argv, timeout)  # warm-up
    times = []
    while len(times) < max_runs and (len(times) < MIN_RUNS or sum(times) < MIN_SECONDS):
        times.append(run_once(argv, timeout))
    return statistics.median(times), len(times)


def time_all(benches, impls, size_of, prefixes, outcomes, tools, args, workdir):
    progress("== timing, one command at a time")
    for bench in benches:
        for impl in impls:
            outcome = outcomes.get((bench.name, impl))
            if outcome is None or outcome.status != "ok":
                continue
            argv = prefixes[bench.name, impl] + [size_of(bench)]
            try:
                if tools.hyperfine:
                    outcome.median, outcome.runs = time_with_hyperfine(
                        tools.hyperfine, argv, args.timeout, args.runs, workdir)
                else:
                    outcome.median, outcome.runs = time_with_loop(argv, args.timeout, args.runs)
            except MeasureError as e:
                outcomes[bench.name, impl] = Outcome("failed", str(e))
                progress("   %-15s %-13s %s" % (bench.name, impl, e))
                continue
            progress("   %-15s %-13s median %8.4f s (%d runs)" % (
                bench.name, impl, outcome.median, outcome.runs))


# --- the report -----------------------------------------------------------------

def fmt_seconds(t):
    return "%.2f" % t if t >= 10 else "%.3f" % t if t >= 0.1 else "%.4f" % t


def fmt_ratio(x):
    return ("%.1f×" if x >= 1.0 else "%.2f×") % x


def median_of(outcomes, name, impl):
    outcome = outcomes.get((name, impl))
    return outcome.median if outcome else None


def time_cell(outcomes, name, impl):
    """The median, or the status ("ok": verified, not timed), or — for none."""
    outcome = outcomes.get((name, impl))
    if outcome is None or outcome.status == "absent":
        return "—"
    if outcome.median is not None:
        return fmt_seconds(outcome.median)
    return outcome.status


def ratio(outcomes, name, numerator, denominator):
    """numerator's median over denominator's (how many times faster the
    denominator is), or None where either was not timed."""
    top, bottom = median_of(outcomes, name, numerator), median_of(outcomes, name, denominator)
    return top / bottom if top and bottom else None


# Ratio columns and geometric means: (label, slower implementation, faster one).
RATIOS = [
    ("Keelback run over CPython", "cpython", "keelback-run"),
    ("Keelback exe over CPython", "cpython", "keelback-exe"),
    ("Keelback exe over PyPy", "pypy", "keelback-exe"),
    ("Keelback exe over C (C time / Keelback time)", "c", "keelback-exe"),
    ("PyPy over CPython", "cpython", "pypy"),
    ("C over CPython", "cpython", "c"),
]
TABLE_RATIOS = RATIOS[:4]


def main_table(benches, size_of, outcomes, compile_times):
    lines = ["| benchmark | size | CPython s | PyPy s | C s | Keelback run s | Keelback exe s "
             "| compile s | run × CPython | exe × CPython | exe vs PyPy | exe vs C |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for bench in benches:
        exe = outcomes.get((bench.name, "keelback-exe"))
        compile_cell = (fmt_seconds(compile_times[bench.name]) if bench.name in compile_times
                        else exe.status if exe and exe.status != "absent" else "—")
        cells = [bench.name, size_of(bench)]
        cells += [time_cell(outcomes, bench.name, impl) for impl in IMPLS]
        cells.append(compile_cell)
        for _, top, bottom in TABLE_RATIOS:
            x = ratio(outcomes, bench.name, top, bottom)
            cells.append(fmt_ratio(x) if x else "—")
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def verification_table(benches, sizes_of, outcomes):
    lines = ["| benchmark | sizes | CPython | PyPy | C | Keelback run | Keelback exe |",
             "| --- | ---: | --- | --- | --- | --- | --- |"]
    for bench in benches:
        cells = [bench.name, ", ".join(sizes_of(bench))]
        cells += [time_cell(outcomes, bench.name, impl) for impl in IMPLS]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def geometric_means(benches, outcomes):
    """Each ratio's geometric mean over the programs where both were timed, out
    of those that have both implementations (no row where none has)."""
    lines = ["| speed-up | geometric mean | programs |", "| --- | ---: | ---: |"]
    for label, top, bottom in RATIOS:
        xs = [x for x in (ratio(outcomes, b.name, top, bottom) for b in benches) if x]
        have = [b for b in benches if all(
            (b.name, impl) in outcomes and outcomes[b.name, impl].status != "absent"
            for impl in (top, bottom))]
        if not have:
            continue
        mean = fmt_ratio(math.exp(sum(map(math.log, xs)) / len(xs))) if xs else "—"
        lines.append("| %s | %s | %d of %d |" % (label, mean, len(xs), len(have)))
    return lines


def keelback_problems(benches, outcomes):
    """Bullet lines for every Keelback failure, or one saying why there is none;
    [] where no Keelback implementation was selected."""
    mine = [(bench, impl, outcomes[bench.name, impl]) for bench in benches
            for impl in KEELBACK_IMPLS if (bench.name, impl) in outcomes]
    ran = [m for m in mine if m[2].status != "absent"]
    if mine and not ran:
        return ["- Keelback was not run: %s" % mine[0][2].detail]
    lines = [problem_line(*m) for m in ran if m[2].status != "ok"]
    return lines or (["- nothing: every program printed CPython's output"] if ran else [])


def other_problems(benches, outcomes):
    return [problem_line(bench, impl, outcomes[bench.name, impl])
            for bench in benches for impl in IMPLS
            if impl not in KEELBACK_IMPLS and (bench.name, impl) in outcomes
            and outcomes[bench.name, impl].status not in ("ok", "absent")]


def problem_line(bench, impl, outcome):
    return "- %s, %s: **%s** — %s" % (bench.name, impl, outcome.status, outcome.detail)


def absences(benches, outcomes):
    """Bullet lines for the implementations that do not exist here, by reason."""
    notes = {}
    for bench in benches:
        for impl in IMPLS:
            outcome = outcomes.get((bench.name, impl))
            if outcome and outcome.status == "absent":
                notes.setdefault("%s: %s" % (impl, outcome.detail), []).append(bench.name)
    return ["- %s (%s)" % (why, "all programs" if len(names) == len(benches) else ", ".join(names))
            for why, names in notes.items()]


def section(title, lines):
    return ["## " + title, ""] + lines + [""] if lines else []


def report(benches, sizes_of, size_of, outcomes, compile_times, env, verify_only):
    out = ["# Keelback benchmarks", ""] + ["- " + line for line in env] + [""]
    if verify_only:
        out += ["Output compared with CPython's at each size (--verify-only: nothing timed).", ""]
        out += verification_table(benches, sizes_of, outcomes) + [""]
    else:
        out += ["Median wall time of the whole process, start-up included; `keelback run` "
                "includes compiling, `keelback build` (compile s, one build) does not count "
                "in the exe column. Every timed implementation printed exactly what CPython "
                "prints, at the size shown and at the small size. `A × B` and `vs B` = B's "
                "median / A's (higher is faster); `exe vs C` below 1× is slower than C.", ""]
        out += main_table(benches, size_of, outcomes, compile_times) + [""]
        out += section("Geometric means", geometric_means(benches, outcomes))
    out += section("Keelback cannot compile yet, or got wrong",
                   keelback_problems(benches, outcomes))
    out += section("Other implementations that failed", other_problems(benches, outcomes))
    out += section("Not measured", absences(benches, outcomes))
    return "\n".join(out).rstrip("\n") + "\n"


# --- main -----------------------------------------------------------------------

def parse_args():
    parser = argparse.ArgumentParser(
        description="Verify and time Keelback against CPython, PyPy and C.",
        epilog="Details: benchmarks/README.md and this file's docstring.")
    parser.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    parser.add_argument("--only", default="", help="comma-separated benchmarks to run")
    parser.add_argument("--impl", default=",".join(IMPLS),
                        help="comma-separated implementations to time (default: all)")
    parser.add_argument("--small", action="store_true", help="time at the small sizes")
    parser.add_argument("--verify-only", action="store_true", help="compare outputs, time nothing")
    parser.add_argument("--runs", type=int, default=20, help="most runs per measurement")
    parser.add_argument("--timeout", type=int, default=120, help="seconds allowed to one command")
    parser.add_argument("--out", help="also write the Markdown report here")
    parser.add_argument("--keelback", default=str(REPO / "build" / "release" / "keelback"))
    parser.add_argument("--bench-dir", default=str(REPO.parent / "shared" / "bench"))
    parser.add_argument("--no-hyperfine", action="store_true", help="time with the own loop")
    args = parser.parse_args()
    impls = [i for i in args.impl.split(",") if i]
    unknown = [i for i in impls if i not in IMPLS]
    if unknown:
        parser.error("unknown implementation %s (known: %s)"
                     % (", ".join(unknown), ", ".join(IMPLS)))
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    args.impl = [i for i in IMPLS if i in impls]
    args.names = args.names + [n for n in args.only.split(",") if n]
    return args


def main():
    args = parse_args()
    bench_dir = Path(args.bench_dir)
    if not (bench_dir / "run_peers.sh").exists():
        fatal("no benchmark corpus at %s (use --bench-dir)" % bench_dir)
    benches = select(load_benchmarks(bench_dir, REPO / "benchmarks" / "programs"), args.names)
    tools = find_tools(args)
    env = environment(tools, args)
    if not tools.keelback:
        progress("run.py: no keelback at %s: measuring the peers only" % args.keelback)

    def size_of(bench):
        return bench.small if args.small else bench.size

    def sizes_of(bench):
        return [bench.small] if args.small else [bench.small, bench.size]

    with tempfile.TemporaryDirectory(prefix="keelback-bench-") as tmp:
        workdir = Path(tmp)
        prefixes, outcomes, compile_times = prepare(
            benches, args.impl, tools, workdir, args.timeout)
        verify(benches, sizes_of, prefixes, outcomes, args.timeout)
        if not args.verify_only:
            time_all(benches, args.impl, size_of, prefixes, outcomes, tools, args, workdir)
    text = report(benches, sizes_of, size_of, outcomes, compile_times, env,
                  args.verify_only)
    print(text, end="")
    if args.out:
        Path(args.out).write_text(text)
        progress("== wrote %s" % args.out)


if __name__ == "__main__":
    main()
