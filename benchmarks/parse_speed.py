#!/usr/bin/python3
"""Front-end speed: `keelback parse` against CPython's ast.parse.

Usage: parse_speed.py [--keelback PATH] [--root DIR] [--repeat N] [--batch N]

Measures, over every .py file under ROOT (default /usr/lib/python3.11):
  - keelback: `keelback parse FILE...` with BATCH files per invocation (one
    process reads, lexes, parses and checks each file), wall time over all
    invocations, process start-up included;
  - cpython:  one process reading each file and calling ast.parse on it
    (parsing only: CPython's symbol-table checks, which `keelback parse`
    also runs, are not included, which favours CPython a little);
and prints both throughputs in MB/s of source (file reading included), their
ratio, and memory: keelback's largest max RSS divided by the bytes that
invocation parsed, and the max RSS of parsing the largest file alone.
The best of REPEAT runs is kept for each.
"""
import argparse
import ast
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def collect(root):
    files = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            if name.endswith(".py"):
                path = os.path.join(dirpath, name)
                if os.path.isfile(path):
                    files.append(path)
    return files


def keelback_parse(keelback, paths):
    """Runs `keelback parse PATHS...`; returns (max RSS in bytes, files rejected, CPU seconds)."""
    proc = subprocess.Popen([keelback, "parse", *paths], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stderr = proc.stderr.read()
    proc.stderr.close()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    # One closing `SyntaxError: ...` line (or IndentationError, TabError) per rejected file.
    rejected = sum(1 for line in stderr.splitlines() if line.startswith((b"SyntaxError", b"IndentationError", b"TabError")))
    return usage.ru_maxrss * 1024, rejected, usage.ru_utime + usage.ru_stime


def run_keelback(keelback, files, batch):
    """Returns (seconds, CPU seconds, the largest max RSS, bytes parsed by that process, files rejected)."""
    start = time.perf_counter()
    peak_rss, peak_bytes, rejected, cpu = 0, 0, 0, 0.0
    for i in range(0, len(files), batch):
        chunk = files[i:i + batch]
        rss, bad, seconds = keelback_parse(keelback, chunk)
        rejected += bad
        cpu += seconds
        if rss > peak_rss:
            peak_rss, peak_bytes = rss, sum(os.path.getsize(f) for f in chunk)
    return time.perf_counter() - start, cpu, peak_rss, peak_bytes, rejected


def run_cpython(files):
    start = time.perf_counter()
    cpu_start = time.process_time()
    failed = 0
    for path in files:
        with open(path, "rb") as f:
            source = f.read()
        try:
            ast.parse(source, path)
        except (SyntaxError, ValueError):
            failed += 1
    return time.perf_counter() - start, time.process_time() - cpu_start, failed


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--keelback", default=os.path.join(HERE, "..", "build", "release", "keelback"))
    ap.add_argument("--root", default="/usr/lib/python3.11")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--batch", type=int, default=2000)
    args = ap.parse_args()

    files = collect(args.root)
    total = sum(os.path.getsize(f) for f in files)
    mb = total / 1e6
    print(f"{len(files)} files, {mb:.1f} MB under {args.root}")

    largest = max(files, key=os.path.getsize)
    single_rss, _, _ = keelback_parse(args.keelback, [largest])
    # The process's own memory before it reads anything (libLLVM is mapped).
    with tempfile.NamedTemporaryFile("w", suffix=".py") as empty:
        baseline_rss, _, _ = keelback_parse(args.keelback, [empty.name])

    kb_best = cp_best = None
    for _ in range(args.repeat):
        run = run_keelback(args.keelback, files, args.batch)
        if kb_best is None or run[0] < kb_best[0]:
            kb_best = run
        run = run_cpython(files)
        if cp_best is None or run[0] < cp_best[0]:
            cp_best = run

    kb_seconds, kb_cpu, peak_rss, peak_bytes, kb_failed = kb_best
    cp_seconds, cp_cpu, cp_failed = cp_best
    print()
    print(f"| front end | wall (s) | MB/s (wall) | CPU (s) | MB/s (CPU) | files rejected |")
    print(f"| --- | ---: | ---: | ---: | ---: | ---: |")
    print(f"| keelback parse ({args.batch} files/process) | {kb_seconds:.2f} | {mb / kb_seconds:.1f} "
          f"| {kb_cpu:.2f} | {mb / kb_cpu:.1f} | {kb_failed} |")
    print(f"| CPython ast.parse (one process) | {cp_seconds:.2f} | {mb / cp_seconds:.1f} "
          f"| {cp_cpu:.2f} | {mb / cp_cpu:.1f} | {cp_failed} |")
    print()
    print(f"keelback / CPython throughput: {cp_seconds / kb_seconds:.1f}x wall, {cp_cpu / kb_cpu:.1f}x CPU")
    print(f"keelback memory: max RSS {peak_rss / 1e6:.1f} MB over {peak_bytes / 1e6:.1f} MB parsed in that process "
          f"= {peak_rss / peak_bytes:.2f} bytes per source byte; less the {baseline_rss / 1e6:.1f} MB of an empty "
          f"file's run: {(peak_rss - baseline_rss) / peak_bytes:.2f} bytes per source byte")
    size = os.path.getsize(largest)
    print(f"largest file alone ({os.path.relpath(largest, args.root)}, {size / 1e3:.0f} kB): max RSS "
          f"{single_rss / 1e6:.1f} MB, {(single_rss - baseline_rss) / size:.1f} bytes per source byte above the baseline")
    return 0


if __name__ == "__main__":
    sys.exit(main())
