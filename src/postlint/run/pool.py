"""``--jobs N``: lint many postings in a process pool, results in input order.

On Linux the pool forks after the parent has loaded spaCy, the matchers and
the syllable dictionary once (``Linter.warm``), so workers start warm and
share those pages; elsewhere workers are spawned and load them themselves.
Each worker keeps one Linter per config, so per-file config resolution (done
by the parent) carries over unchanged.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import multiprocessing.context

    from postlint.engine.config import Config
    from postlint.engine.linter import Linter
    from postlint.engine.report import FileResult, Report
    from postlint.model.diagnostic import Diagnostic

# Linters by config, in the parent before a fork and in each worker after.
_LINTERS: dict[str, Linter] = {}

# (index into the configs, path, text, format) -> (diagnostics, error, timings)
Task = tuple[int, str, str, str | None]
Outcome = tuple[list["Diagnostic"], str | None, dict[str, float]]


def default_jobs() -> int:
    """The CPUs this process may use (cgroup/affinity aware where the OS says so)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - macOS, Windows
        return max(1, os.cpu_count() or 1)


# When a pool pays off. Measured on this project's 2-core machine with the default
# rules (benchmarks/run.py and a direct timing of run_jobs against one process):
# linting costs about 1.45 µs of CPU per byte of posting; starting the pool of
# forked workers costs about 25 ms, and shipping each posting and its findings
# across about 0.8 ms. The pool saves (1 - 1/jobs) of the work and costs those.
SECONDS_PER_BYTE = 1.45e-6
POOL_START_SECONDS = 0.025
SECONDS_PER_FILE_SHIPPED = 0.0008


def pool_pays_off(sizes: list[int], jobs: int) -> bool:
    """Whether linting postings of these sizes (characters) in ``jobs`` processes beats one process:
    on 2 cores, about 8 typical postings (45 kB) break even; 16 (90 kB) gain 10%, 64 about 35%."""
    if jobs < 2 or len(sizes) < 2:
        return False
    saved = sum(sizes) * SECONDS_PER_BYTE * (1 - 1 / jobs)
    return saved > POOL_START_SECONDS + len(sizes) * SECONDS_PER_FILE_SHIPPED


def config_key(config: Config) -> str:
    return f"{config.origin}\0{config.root}\0{config.model_dump_json()}"


def linter_for_config(config: Config) -> Linter:
    from postlint.engine.linter import Linter

    key = config_key(config)
    if key not in _LINTERS:
        _LINTERS[key] = Linter(config)
    return _LINTERS[key]


def lint_task(task: Task, configs: list[Config]) -> Outcome:
    """Lint one posting's text with its config's Linter; never raises for a bad posting."""
    from collections import defaultdict

    config_index, path, text, fmt = task
    linter = linter_for_config(configs[config_index])
    linter.timings = defaultdict(float)
    result = linter.lint_file(path, format=fmt, text=text)
    # The parsed posting stays here: pickling it back cost more than the parent
    # re-parsing the few a format or --fix asks for (FileResult parses lazily).
    return result.diagnostics, result.error, dict(linter.timings)


_CONFIGS: list[Config] = []


def _init(configs: list[Config]) -> None:
    global _CONFIGS
    _CONFIGS = configs


def _work(task: Task) -> Outcome:
    return lint_task(task, _CONFIGS)


def _context() -> multiprocessing.context.BaseContext:
    import multiprocessing  # only a run with a pool pays for the import

    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def tasks_for(pending: list[tuple[int, Linter, str, str]], fmt: str | None) -> tuple[list[Task], list[Config]]:
    """Tasks that name their config by index, so each config crosses to a worker once."""
    configs: list[Config] = []
    index: dict[int, int] = {}
    tasks: list[Task] = []
    for _, linter, path, text in pending:
        if id(linter) not in index:
            index[id(linter)] = len(configs)
            configs.append(linter.config)
            _LINTERS.setdefault(config_key(linter.config), linter)
        tasks.append((index[id(linter)], path, text, fmt))
    return tasks, configs


def run_jobs(pending: list[tuple[int, Linter, str, str]], fmt: str | None, report: Report, *, jobs: int) -> Iterator[FileResult]:
    """Lint ``pending`` (index, linter, path, text) in ``jobs`` processes; yields results in order."""
    from postlint.engine.report import FileResult

    tasks, configs = tasks_for(pending, fmt)
    ctx = _context()
    if ctx.get_start_method() == "fork":
        for linter in {id(p[1]): p[1] for p in pending}.values():
            linter.warm()  # load once here; forked workers inherit it
    # Small chunks keep both workers busy to the end; postings vary in length.
    chunksize = max(1, min(8, len(tasks) // (jobs * 8)))
    with ctx.Pool(processes=jobs, initializer=_init, initargs=(configs,)) as pool:
        for (_, linter, path, text), outcome in zip(pending, pool.imap(_work, tasks, chunksize=chunksize), strict=True):
            diagnostics, error, timings = outcome
            for phase, seconds in timings.items():
                report.timings[phase] += seconds
            if error is not None:
                yield FileResult(path, error=error)
            else:
                yield FileResult(path, diagnostics, source=text, format=fmt, parser=linter.parse)
