"""Lint files and folders: discover them, reuse cached results, and run the rest here, in a process pool or on Dask.

The runners call the engine (:class:`~postlint.engine.linter.Linter`) and are
never called back by it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from postlint.engine.config import Config, find_config_file, load_config
from postlint.engine.discover import discover
from postlint.engine.report import FileResult, Report
from postlint.errors import PostlintError
from postlint.readers.source import read_source
from postlint.run import pool

if TYPE_CHECKING:  # pragma: no cover
    from postlint.engine.cache import Cache
    from postlint.engine.linter import Linter
    from postlint.model.posting import Posting
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
    # Without an explicit config each file uses the nearest one above it. A
    # Linter (rules, spaCy) is built only for a config with a posting to lint:
    # a run whose postings are all cached never loads them.
    configs: dict[Path | None, Config] = {}
    linters: dict[int, Linter] = {}
    settings: dict[int, str] = {}

    config_files: dict[Path, Path | None] = {}  # folder -> the config file that governs it

    def config_for(path: Path, *, folder: bool = False) -> Config:
        if config is not None:
            return config
        where = path if folder else path.parent  # files of one folder share a search
        if where not in config_files:
            config_files[where] = find_config_file(where)
        key = config_files[where]
        if key not in configs:
            configs[key] = load_config(key, memo=cache) if key else Config()
        return configs[key]

    def linter_for(chosen: Config) -> Linter:
        if id(chosen) not in linters:
            from postlint.engine.linter import Linter  # rules and pydantic: not for an all-cached run

            linters[id(chosen)] = Linter(chosen)
            linters[id(chosen)].timings = report.timings
        return linters[id(chosen)]

    def cache_key(chosen: Config, name: str, text: str) -> str:
        from postlint.engine.cache import entry_key, settings_fingerprint

        if id(chosen) not in settings:
            settings[id(chosen)] = settings_fingerprint(chosen)
        return entry_key(settings[id(chosen)], name, text, format)

    report = Report()
    items = list(discover([Path(p) for p in paths], config_for(Path.cwd(), folder=True), force_exclude=force_exclude))
    results: list[FileResult | None] = [None] * len(items)
    pending: list[tuple[int, Config, str, str, str | None]] = []  # ..., the cache key
    if progress is not None:
        progress.start(len(items))
    for index, item in enumerate(items):
        if isinstance(item, str):
            results[index] = FileResult(item.split(":", 1)[0], error=item)
            continue
        chosen, name = config_for(item), str(item)
        started = time.perf_counter()
        try:
            text = read_source(item).text
        except PostlintError as exc:
            results[index] = FileResult(name, error=str(exc))
            continue
        finally:
            report.timings["read"] += time.perf_counter() - started
        key = None
        if cache is not None:
            started = time.perf_counter()
            key = cache_key(chosen, name, text)
            hit = cache.get(key)
            report.timings["cache"] += time.perf_counter() - started
            if hit is not None:
                parser = partial(_parse_later, linter_for, chosen)
                results[index] = FileResult(name, hit, source=text, format=format, parser=parser)
                continue
        pending.append((index, chosen, name, text, key))
    if progress is not None:
        progress.advance(len(items) - len(pending))

    work = [(index, linter_for(chosen), name, text) for index, chosen, name, text, _ in pending]
    for (index, *_, key), result in zip(pending, _run(work, format, jobs, engine, scheduler, report), strict=True):
        if key is not None and result.error is None:  # a key only when there is a cache
            cache.put(key, result.diagnostics)
        results[index] = result
        if progress is not None:
            progress.advance()
    if progress is not None:
        progress.finish()
    report.results = [r for r in results if r is not None]
    return report


def _parse_later(linter_for: Callable[[Config], Linter], config: Config, text: str, **kw: Any) -> Posting:
    """Parse a cached posting only when a format asks for it (the HTML report, --fix)."""
    return linter_for(config).parse(text, **kw)


def _run(
    pending: list[tuple[int, Linter, str, str]], format: str | None, jobs: int, engine: str, scheduler: str | None, report: Report  # noqa: A002
) -> Iterator[FileResult]:
    """Lint the files not in the cache, in order: here, in a process pool, or on a Dask cluster."""
    if engine == "dask":
        from postlint.run.dask import run_jobs as run_dask

        yield from run_dask(pending, format, report, scheduler=scheduler)
    elif jobs > 1 and pool.pool_pays_off([len(text) for *_, text in pending], jobs):
        report.workers = jobs
        yield from pool.run_jobs(pending, format, report, jobs=jobs)
    else:
        for _, linter, name, text in pending:
            yield linter.lint_file(name, format=format, text=text)

