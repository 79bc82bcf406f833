"""The ``--engine dask`` runner, and the Dask plumbing the Dask API shares: a client, and one posting linted on a worker."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from postlint.run.pool import linter_for_config

if TYPE_CHECKING:  # pragma: no cover
    from postlint.engine.config import Config
    from postlint.engine.linter import Linter
    from postlint.engine.report import FileResult, Report


def require_dask() -> None:
    try:
        import dask  # noqa: F401
    except ImportError as exc:  # pragma: no cover - exercised without the extra
        from postlint.errors import PostlintError

        raise PostlintError("the Dask engine needs Dask: pip install 'dask[distributed]' (or '.[dask]' in a postlint checkout)") from exc


def lint_one(item: str | tuple[str, str], config: Config, fmt: str | None) -> dict[str, Any]:
    path, text = ("-", item) if isinstance(item, str) else item
    result = linter_for_config(config).lint_file(path, format=fmt, text=text)
    return {"path": path, "error": result.error, "diagnostics": [d.model_dump(mode="json") for d in result.diagnostics]}


def client(scheduler: str | None = None) -> Any:
    """A Dask client: the scheduler at ``scheduler``, or a new local cluster of processes."""
    require_dask()
    from dask.distributed import Client

    return Client(scheduler) if scheduler else Client(processes=True)


def run_jobs(pending: list[tuple[int, Linter, str, str]], fmt: str | None, report: Report, *, scheduler: str | None = None) -> Iterator[FileResult]:
    """The ``--engine dask`` back end of :func:`postlint.lint_paths`: results in input order."""
    import dask.bag as db

    from postlint.engine.report import FileResult
    from postlint.model.diagnostic import Diagnostic

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
    return lint_one((path, text), configs[key], fmt)
