"""Lint postings on a Dask cluster (the ``dask`` extra: ``pip install '.[dask]'`` from a checkout).

For job boards with millions of postings: a Dask bag of posting texts, or a
column of a Dask DataFrame, is linted partition by partition on any cluster;
each worker process builds one Linter per config and reuses it, so spaCy and
the term matchers load once per worker. ``postlint check --engine dask
[--scheduler tcp://host:8786]`` does the same for a folder: the client reads
the files and ships their text, so workers need no shared file system.

    >>> import dask.bag as db, postlint.dask
    >>> found = postlint.dask.lint_bag(db.from_sequence([("a.md", "# Lead\\n\\nA ninja.\\n")]))
    >>> found.compute()[0]["diagnostics"][0]["code"]  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from postlint.run.dask import client, lint_one, require_dask
from postlint.run.pool import linter_for_config

if TYPE_CHECKING:  # pragma: no cover
    import dask.bag
    import dask.dataframe

    from postlint.engine.config import Config

# One row per finding in lint_column's result.
COLUMNS = ("row", "code", "name", "severity", "line", "column", "end_line", "end_column", "message", "section")


def _config(config: Config | None) -> Config:
    from postlint.engine.config import Config

    return config if config is not None else Config()


def lint_bag(bag: dask.bag.Bag, config: Config | None = None, *, format: str | None = None) -> dask.bag.Bag:  # noqa: A002
    """A bag of ``{"path", "error", "diagnostics"}`` records, one per posting of ``bag``.

    Items are posting texts or ``(path, text)`` pairs; the path names the
    posting in diagnostics and picks its format by extension unless
    ``format`` is given. Nothing runs until ``.compute()``.
    """
    require_dask()
    cfg = _config(config)
    return bag.map(lint_one, cfg, format)


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

    require_dask()
    meta = pd.DataFrame({c: pd.Series(dtype="int64" if c in ("line", "column", "end_line", "end_column") else "object") for c in COLUMNS})
    meta["row"] = pd.Series(dtype=frame.index.dtype)
    return frame.map_partitions(_lint_partition, column, _config(config), format, meta=meta)


def lint_texts(texts: Iterable[str | tuple[str, str]], config: Config | None = None, *, scheduler: str | None = None) -> list[dict[str, Any]]:
    """Lint an iterable of postings on a cluster and return the records (a convenience over :func:`lint_bag`)."""
    import dask.bag as db

    own = client(scheduler)
    try:
        items = list(texts)
        return lint_bag(db.from_sequence(items, npartitions=max(1, min(len(items), 64))), config).compute()
    finally:
        own.close()
