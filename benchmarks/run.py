"""Time postlint against its peers on one folder of postings, and check the speed targets.

    python benchmarks/run.py [FOLDER] [--reps 3] [--full]
    python benchmarks/run.py --targets [FOLDER] [--reps 5]    # the speed issue's table, default options

FOLDER defaults to $POSTLINT_CORPUS/markdown. Every run is a fresh process
(start-up included, as a user or a pre-commit hook sees it), with the cache
off. Peers run when installed: proselint (pip install proselint) and alex
(through ``npx --offline``; skipped when npm cannot run it without the network).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
POSTLINT = [sys.executable, "-m", "postlint", "check", "--no-cache", "--no-progress", "--exit-zero", "--format", "concise"]


class Run(NamedTuple):
    wall: float  # seconds
    cpu: float  # user + system seconds, including the grandchildren it waited for (--jobs workers, npx's node)
    rss: int  # peak MB of the child alone


def run(cmd: list[str], *, cwd: Path | None = None) -> Run:
    """Wall time, CPU time and peak RSS of one command.

    On a shared machine wall time also counts waiting for a core; CPU time does
    not, so the CPU ratio is the steadier of the two (though no measure of
    ``--jobs``, which spends more CPU to finish sooner).
    """
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=cwd)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"failed ({os.waitstatus_to_exitcode(status)}): {' '.join(cmd)}")
    return Run(elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024)  # Linux reports KiB


def timed(label: str, cmd: list[str], reps: int) -> tuple[float, float]:
    """Median wall time and median CPU time of ``reps`` runs."""
    runs = [run(cmd) for _ in range(reps)]
    best, median = min(r.wall for r in runs), statistics.median(r.wall for r in runs)
    cpu = statistics.median(r.cpu for r in runs)
    print(f"  {label:<34} best {best:6.2f} s   median {median:6.2f} s   CPU {cpu:6.2f} s   ({reps} runs)")
    return median, cpu


def postings(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.suffix in (".md", ".txt", ".html") and p.is_file())


def replicate(files: list[Path], count: int, into: Path) -> Path:
    """``count`` postings copied from ``files`` round-robin (distinct names, same content)."""
    into.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        src = files[i % len(files)]
        shutil.copyfile(src, into / f"{i:05d}-{src.name}")
    return into


def alex_available() -> bool:
    if not shutil.which("npx"):
        return False
    try:
        done = subprocess.run(["npx", "--offline", "--yes", "alex", "--version"], capture_output=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def alternating(commands: dict[str, list[str]], reps: int) -> dict[str, list[Run]]:
    """Each command ``reps`` times, taking turns, so a busy spell on the machine hits them alike."""
    runs: dict[str, list[Run]] = {name: [] for name in commands}
    for _ in range(reps):
        for name, cmd in commands.items():
            runs[name].append(run(cmd))
    return runs


def targets(files: list[Path], reps: int) -> int:
    """The speed targets, measured with default options (``postlint check DIR --no-cache``:
    one worker per core, the full format) against proselint in the same run."""
    check = [sys.executable, "-m", "postlint", "check", "--no-cache", "--no-progress", "--exit-zero"]
    med = lambda rs: statistics.median(r.wall for r in rs)  # noqa: E731
    rows: list[tuple[str, str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for count in (239, 1195):
            folder = replicate(files, count, Path(tmp) / f"x{count}")
            runs = alternating({"proselint": ["proselint", "check", str(folder)], "postlint": [*check, str(folder)]}, reps)
            theirs, ours = med(runs["proselint"]), med(runs["postlint"])
            peak = max(r.rss for r in runs["postlint"])
            target = "2.5" if count < 1000 else "4"
            rows.append((f"{count} postings (copies of {len(files)})", f"{theirs:.2f} s", f"{ours:.2f} s (peak {peak} MB)", f"{theirs / ours:.2f}x (>= {target}x)"))
            if count == 239:
                cached = [c for c in check if c != "--no-cache"] + ["--cache-dir", str(Path(tmp) / "cache"), str(folder)]
                run(cached)
                again = statistics.median(run(cached).wall for _ in range(reps))
                rows.append(("cached rerun of the same", "-", f"{again:.2f} s", f"{again / theirs:.3f} of proselint's cold run (<= 0.05)"))
        cto = str(ROOT / "examples" / "cto.md")
        floor = [sys.executable, "-c", "import spacy; spacy.blank('en')"]
        runs = alternating({"floor": floor, "one": [*check, cto]}, max(reps, 5))
        rows.append(("one file, examples/cto.md, cold", f"floor {med(runs['floor']):.2f} s", f"{med(runs['one']):.2f} s", f"{med(runs['one']) / med(runs['floor']):.2f}x the floor (<= 1.1x)"))
    print("| run | proselint | postlint | ratio (target) |")
    print("|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print("\nfloor: python -c \"import spacy; spacy.blank('en')\"; medians of alternating runs")
    return 0


def main() -> int:
    default = Path(os.environ.get("POSTLINT_CORPUS", ROOT.parent / "shared" / "corpus")) / "markdown"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=default)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--full", action="store_true", help="also the 1,000-posting memory run (a few minutes)")
    parser.add_argument("--targets", action="store_true", help="only the speed issue's table, with default options")
    args = parser.parse_args()
    files = postings(args.folder)
    if not files:
        raise SystemExit(f"no postings under {args.folder} (set POSTLINT_CORPUS)")
    if args.targets:
        return targets(files, args.reps)
    n = len(files)
    print(f"{n} postings in {args.folder}; {os.cpu_count()} CPUs; Python {sys.version.split()[0]}\n")

    print("whole runs, one process, all default rules:")
    ours, ours_cpu = timed("postlint --jobs 1", [*POSTLINT, "--jobs", "1", str(args.folder)], args.reps)
    peers: dict[str, tuple[float, float]] = {}
    if shutil.which("proselint"):
        peers["proselint"] = timed("proselint", ["proselint", "check", str(args.folder)], args.reps)
    else:
        print("  proselint                          skipped: not installed (pip install proselint)")
    if alex_available():
        peers["alex"] = timed("alex (npx)", ["npx", "--offline", "alex", str(args.folder)], args.reps)
    else:
        print("  alex                               skipped: npx cannot run alex offline")
    print(f"\n  postlint: {n / ours:6.1f} postings/s")
    for name, (seconds, cpu) in peers.items():
        print(
            f"  {name}: {n / seconds:6.1f} postings/s   postlint is {seconds / ours:4.2f}x its speed (target >= 3x); "
            f"by CPU time {cpu / ours_cpu:4.2f}x"
        )

    print("\ncold start, one posting (examples/cto.md):")
    cto = str(ROOT / "examples" / "cto.md")
    regex_only, _ = timed("--select STR001 (regex only)", [*POSTLINT, "--select", "STR001", cto], args.reps)
    timed("all default rules", [*POSTLINT, cto], args.reps)
    print(f"  regex-only cold start {regex_only:.2f} s (target <= 1 s)")

    with tempfile.TemporaryDirectory() as tmp:
        # The --jobs target is stated for 100+ files: top a small folder up with copies.
        many = args.folder if n >= 100 else replicate(files, 100, Path(tmp) / "jobs")
        print(f"\nprocesses ({max(n, 100)} postings):")
        one, _ = timed("--jobs 1", [*POSTLINT, "--jobs", "1", str(many)], args.reps)
        two, _ = timed("--jobs 2", [*POSTLINT, "--jobs", "2", str(many)], args.reps)
        print(f"  speed-up with 2 jobs: {one / two:4.2f}x (target >= 1.5x on 100+ files)")

        print("\ncache (unchanged postings):")
        cached = [c for c in POSTLINT if c != "--no-cache"] + ["--jobs", "1", "--cache-dir", str(Path(tmp) / "cache"), str(args.folder)]
        cold = run(cached).wall
        warm = min(run(cached).wall for _ in range(args.reps))
        print(f"  cold {cold:.2f} s, rerun {warm:.2f} s: {100 * warm / cold:.0f}% of a cold run")

        print("\nlinearity and memory (--jobs 1):")
        base = min(n, 25)
        small = replicate(files, base, Path(tmp) / "x1")
        large = replicate(files, base * 10, Path(tmp) / "x10")
        r1 = run([*POSTLINT, "--jobs", "1", str(small)])
        r10 = run([*POSTLINT, "--jobs", "1", str(large)])
        print(f"  {base} postings {r1.wall:.2f} s ({r1.rss} MB); {base * 10} postings {r10.wall:.2f} s ({r10.rss} MB)")
        ours_each = (r10.wall - r1.wall) / (9 * base)
        ours_cpu_each = (r10.cpu - r1.cpu) / (9 * base)
        ratio = r10.wall / r1.wall
        print(f"  10x the postings took {ratio:.1f}x the time ({ours_each * 1000:.0f} ms per extra posting)")
        if "proselint" in peers:
            # Start-up apart: the cost of each further posting, the rate a long run converges to.
            p1 = run(["proselint", "check", str(small)])
            p10 = run(["proselint", "check", str(large)])
            theirs_each = (p10.wall - p1.wall) / (9 * base)
            theirs_cpu_each = (p10.cpu - p1.cpu) / (9 * base)
            print(
                f"  proselint: {theirs_each * 1000:.0f} ms per extra posting; per posting after start-up "
                f"postlint is {theirs_each / ours_each:4.2f}x its speed "
                f"(by CPU time {theirs_cpu_each / ours_cpu_each:4.2f}x)"
            )
        if args.full:
            big = replicate(files, 1000, Path(tmp) / "x1000")
            big_run = run([*POSTLINT, "--jobs", "1", str(big)])
            print(f"  1,000 postings: {big_run.wall:.1f} s, peak {big_run.rss} MB (target < 300 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
