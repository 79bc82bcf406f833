"""What the commands share of their arguments: the config they load and the postings their paths name."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from postlint.errors import PostlintError

if TYPE_CHECKING:  # pragma: no cover
    from postlint.engine.config import Config


def _split(value: str | None) -> list[str] | None:
    if value is None:
        return None
    return [v.strip() for v in value.split(",") if v.strip()]


def stdin_alone(paths: list[str]) -> None:
    """'-' (standard input) is a command's only path; a file named "-" is written ./-, as in ruff."""
    if "-" in paths and len(paths) > 1:
        raise PostlintError("'-' (standard input) cannot be mixed with paths: check standard input on its own")


def config_from_args(args: argparse.Namespace, memo: Any = None):  # noqa: ANN201 - postlint.engine.config.Config
    """Load the config (``--config`` or the nearest file) and apply command-line overrides
    (``memo``: the result cache, which remembers configs validated before)."""
    from postlint.engine.config import load_config

    overrides = {}
    for key in ("select", "extend_select", "ignore"):
        value = _split(getattr(args, key, None))
        if value is not None:
            overrides[key] = value
    for key in ("fail_level", "output_format", "max_posting_size"):
        value = getattr(args, key, None)
        if value is not None:
            overrides[key] = value
    config_path = getattr(args, "config", None)
    if config_path:
        return load_config(Path(config_path), memo=memo, **overrides)
    return load_config(None, memo=memo, **overrides)


class Postings:
    """The postings a command's paths name, read one at a time (``-`` is standard input).

    A path that cannot be found or read, and any posting a command then fails
    on (:meth:`fail`), is one ``postlint: error:`` line on stderr naming the
    file, and sets ``failed``; the other postings are still read.
    """

    def __init__(self, paths: list[str], config: Config, *, stdin_filename: str | None = None) -> None:
        self.paths, self.config, self.stdin_filename = paths, config, stdin_filename
        self.failed = False

    def __iter__(self) -> Iterator[tuple[str, str]]:
        from postlint.engine.discover import discover
        from postlint.readers.source import check_size, read_source, read_stdin

        for path in discover([Path(p) for p in self.paths], self.config):
            if isinstance(path, str):  # discover's one-line error for a bad path
                self.fail(path)
                continue
            name = str(path)
            try:
                if name == "-":
                    name = self.stdin_filename or "-"
                    text = read_stdin(sys.stdin, name).text
                else:
                    text = read_source(path).text
                check_size(text, name, self.config.max_posting_size)
            except PostlintError as exc:
                self.fail(exc, name)
                continue
            yield name, text

    def fail(self, error: str | Exception, name: str | None = None) -> None:
        message = str(error)
        if name is not None and name not in message:
            message = f"{name}: {message}"
        print(f"postlint: error: {message}", file=sys.stderr)
        self.failed = True
