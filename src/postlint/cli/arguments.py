"""What the commands share of their arguments: the config they load and the paths they accept."""

from __future__ import annotations

import argparse
from pathlib import Path

from postlint.errors import PostlintError


def _split(value: str | None) -> list[str] | None:
    if value is None:
        return None
    return [v.strip() for v in value.split(",") if v.strip()]


def stdin_alone(paths: list[str]) -> None:
    """'-' (standard input) is a command's only path; a file named "-" is written ./-, as in ruff."""
    if "-" in paths and len(paths) > 1:
        raise PostlintError("'-' (standard input) cannot be mixed with paths: check standard input on its own")


def config_from_args(args: argparse.Namespace):  # noqa: ANN201 - postlint.engine.config.Config
    """Load the config (``--config`` or the nearest file) and apply command-line overrides."""
    from postlint.engine.config import load_config

    overrides = {}
    for key in ("select", "extend_select", "ignore"):
        value = _split(getattr(args, key, None))
        if value is not None:
            overrides[key] = value
    for key in ("fail_level", "output_format"):
        value = getattr(args, key, None)
        if value is not None:
            overrides[key] = value
    config_path = getattr(args, "config", None)
    if config_path:
        return load_config(Path(config_path), **overrides)
    return load_config(None, **overrides)
