"""Lint files and folders: discover them, reuse cached results, and run the rest here, in a process pool or on Dask.

The runners call the engine (:class:`~postlint.engine.linter.Linter`) and are
never called back by it.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from postlint.engine.config import Config, find_config_file, load_config
from postlint.engine.discover import discover
from postlint.engine.linter import FileResult, Linter, Report
from postlint.errors import PostlintError
from postlint.readers.source import read_source

if TYPE_CHECKING:  # pragma: no cover
    from postlint.engine.cache import Cache
    from postlint.run.progress import Progress


def lint_paths(
    paths: Iterable[str | Path],
    config: Config | None = None,
    *,
    format: str | None = None,  # noqa: A002
    jobs: int = 1,
    cache: Cache | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    progress: Progress | None = None,
    force_exclude: bool | None = None,
) -> Report:
    """Lint files and folders (recursively, honouring include/exclude and .gitignore).

    A file that cannot be read is reported in ``Report.errors`` and the others
    are still checked. ``jobs`` > 1 lints in a process pool, ``engine="dask"``
    on a Dask cluster (``scheduler`` address, or a local one); ``cache``
    reuses results of unchanged postings. The report is the same either way,
    in the same order. ``force_exclude`` (default: the config's
    ``force-exclude``) applies the exclude patterns to files named in ``paths``.
    """
    # Without an explicit config each file uses the nearest one above it.
    linters: dict[Path | None, Linter] = {}

    def linter_for(path: Path) -> Linter:
        key = None if config is not None else find_config_file(path)
        if key not in linters:
            linters[key] = Linter(config if config is not None else load_config(key) if key else Config())
            linters[key].timings = report.timings
        return linters[key]

    report = Report()
    linter_for(Path.cwd())
    items = list(discover([Path(p) for p in paths], linter_for(Path.cwd()).config, force_exclude=force_exclude))
    results: list[FileResult | None] = [None] * len(items)
    pending: list[tuple[int, Linter, str, str]] = []
    if progress is not None:
        progress.start(len(items))
    for index, item in enumerate(items):
        if isinstance(item, str):
            results[index] = FileResult(item.split(":", 1)[0], error=item)
            continue
        linter, name = linter_for(item), str(item)
        started = time.perf_counter()
        try:
            text = read_source(item).text
        except PostlintError as exc:
            results[index] = FileResult(name, error=str(exc))
            continue
        finally:
            report.timings["read"] += time.perf_counter() - started
        if cache is not None:
            started = time.perf_counter()
            hit = cache.get(_cache_key(linter, name, text, format))
            report.timings["cache"] += time.perf_counter() - started
            if hit is not None:
                results[index] = FileResult(name, hit, source=text, format=format, parser=linter.parse)
                continue
        pending.append((index, linter, name, text))
    if progress is not None:
        progress.advance(len(items) - len(pending))

    for (index, linter, name, text), result in zip(pending, _run(pending, format, jobs, engine, scheduler, report), strict=True):
        if cache is not None and result.error is None:
            cache.put(_cache_key(linter, name, text, format), result.diagnostics)
        results[index] = result
        if progress is not None:
            progress.advance()
    if progress is not None:
        progress.finish()
    report.results = [r for r in results if r is not None]
    return report


def _cache_key(linter: Linter, name: str, text: str, format: str | None) -> str:  # noqa: A002
    from postlint.engine.cache import entry_key

    return entry_key(linter.fingerprint(name), name, text, format)


def _run(
    pending: list[tuple[int, Linter, str, str]], format: str | None, jobs: int, engine: str, scheduler: str | None, report: Report  # noqa: A002
) -> Iterator[FileResult]:
    """Lint the files not in the cache, in order: here, in a process pool, or on a Dask cluster."""
    if engine == "dask":
        from postlint.run.dask import run_jobs as run_dask

        yield from run_dask(pending, format, report, scheduler=scheduler)
    elif jobs > 1 and len(pending) >= MIN_FILES_FOR_POOL:
        from postlint.run.pool import run_jobs as run_pool

        report.workers = jobs
        yield from run_pool(pending, format, report, jobs=jobs)
    else:
        for _, linter, name, text in pending:
            yield linter.lint_file(name, format=format, text=text)


# Below this many files a pool costs more to start than it saves.
MIN_FILES_FOR_POOL = 4
