"""Lint postings on a Dask cluster (the ``dask`` extra: ``pip install '.[dask]'`` from a checkout).

For job boards with millions of postings: a Dask bag of posting texts, or a
column of a Dask DataFrame, is linted partition by partition on any cluster;
each worker process builds one Linter per config and reuses it, so spaCy and
the term matchers load once per worker. ``postlint check --engine dask
[--scheduler tcp://host:8786]`` does the same for a folder: the client reads
the files and ships their text, so workers need no shared file system.

    >>> import dask.bag as db, postlint.integrations.dask
    >>> found = postlint.integrations.dask.lint_bag(db.from_sequence([("a.md", "# Lead\\n\\nA ninja.\\n")]))
    >>> found.compute()[0]["diagnostics"][0]["code"]  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from postlint.run.pool import linter_for_config

if TYPE_CHECKING:  # pragma: no cover
    import dask.bag
    import dask.dataframe

    from postlint.engine.config import Config
    from postlint.engine.linter import FileResult, Linter, Report

# One row per finding in lint_column's result.
COLUMNS = ("row", "code", "name", "severity", "line", "column", "end_line", "end_column", "message", "section")


def _require_dask() -> None:
    try:
        import dask  # noqa: F401
    except ImportError as exc:  # pragma: no cover - exercised without the extra
        from postlint.errors import PostlintError

        raise PostlintError("the Dask engine needs Dask: pip install 'dask[distributed]' (or '.[dask]' in a postlint checkout)") from exc


def _config(config: Config | None) -> Config:
    from postlint.engine.config import Config

    return config if config is not None else Config()


def _lint_one(item: str | tuple[str, str], config: Config, fmt: str | None) -> dict[str, Any]:
    path, text = ("-", item) if isinstance(item, str) else item
    result = linter_for_config(config).lint_file(path, format=fmt, text=text)
    return {"path": path, "error": result.error, "diagnostics": [d.model_dump(mode="json") for d in result.diagnostics]}


def lint_bag(bag: dask.bag.Bag, config: Config | None = None, *, format: str | None = None) -> dask.bag.Bag:  # noqa: A002
    """A bag of ``{"path", "error", "diagnostics"}`` records, one per posting of ``bag``.

    Items are posting texts or ``(path, text)`` pairs; the path names the
    posting in diagnostics and picks its format by extension unless
    ``format`` is given. Nothing runs until ``.compute()``.
    """
    _require_dask()
    cfg = _config(config)
    return bag.map(_lint_one, cfg, format)


def _lint_partition(frame: Any, column: str, config: Config, fmt: str | None) -> Any:
    import pandas as pd

    rows: list[dict[str, Any]] = []
    linter = linter_for_config(config)
    for row, text in zip(frame.index, frame[column], strict=True):
        if not isinstance(text, str) or not text.strip():
            continue
        result = linter.lint_file(f"row-{row}", format=fmt or "markdown", text=text)
        for d in result.diagnostics:
            rows.append({"row": row, **{k: getattr(d, k) for k in COLUMNS[1:]}})
    return pd.DataFrame(rows, columns=list(COLUMNS)).astype({"line": "int64", "column": "int64", "end_line": "int64", "end_column": "int64"})


def lint_column(
    frame: dask.dataframe.DataFrame, column: str, config: Config | None = None, *, format: str | None = None  # noqa: A002
) -> dask.dataframe.DataFrame:
    """Findings for the postings in ``frame[column]``: one row per finding, ``row`` is the posting's index."""
    import pandas as pd

    _require_dask()
    meta = pd.DataFrame({c: pd.Series(dtype="int64" if c in ("line", "column", "end_line", "end_column") else "object") for c in COLUMNS})
    meta["row"] = pd.Series(dtype=frame.index.dtype)
    return frame.map_partitions(_lint_partition, column, _config(config), format, meta=meta)


def client(scheduler: str | None = None) -> Any:
    """A Dask client: the scheduler at ``scheduler``, or a new local cluster of processes."""
    _require_dask()
    from dask.distributed import Client

    return Client(scheduler) if scheduler else Client(processes=True)


def run_jobs(pending: list[tuple[int, Linter, str, str]], fmt: str | None, report: Report, *, scheduler: str | None = None) -> Iterator[FileResult]:
    """The ``--engine dask`` back end of :func:`postlint.lint_paths`: results in input order."""
    import dask.bag as db

    from postlint.model.diagnostic import Diagnostic
    from postlint.engine.linter import FileResult

    if not pending:
        return
    own = client(scheduler)
    try:
        configs = {id(p[1]): p[1].config for p in pending}
        items = [(id(p[1]), p[2], p[3]) for p in pending]
        # A few partitions per worker thread: balanced, without a task per posting.
        parts = max(1, min(len(items), 4 * max(1, sum(own.nthreads().values()))))
        bag = db.from_sequence(items, npartitions=parts).map(_lint_keyed, configs, fmt)
        records = bag.compute()
    finally:
        own.close()
    for (_, linter, path, text), record in zip(pending, records, strict=True):
        if record["error"] is not None:
            yield FileResult(path, error=record["error"])
        else:
            found = [Diagnostic.model_validate(d) for d in record["diagnostics"]]
            yield FileResult(path, found, source=text, format=fmt, parser=linter.parse)


def _lint_keyed(item: tuple[int, str, str], configs: dict[int, Config], fmt: str | None) -> dict[str, Any]:
    key, path, text = item
    return _lint_one((path, text), configs[key], fmt)


def lint_texts(texts: Iterable[str | tuple[str, str]], config: Config | None = None, *, scheduler: str | None = None) -> list[dict[str, Any]]:
    """Lint an iterable of postings on a cluster and return the records (a convenience over :func:`lint_bag`)."""
    import dask.bag as db

    own = client(scheduler)
    try:
        items = list(texts)
        return lint_bag(db.from_sequence(items, npartitions=max(1, min(len(items), 64))), config).compute()
    finally:
        own.close()
