"""A repository's own data rules: folders named by the ``packs`` config key.

Like Vale's ``StylesPath``: a posting repository keeps TOML data rules (any
kind: existence, substitution, occurrence, metric, vocabulary) in folders of
its own, e.g. ``packs = ["styles/acme"]``, resolved against the folder of the
config file that names them. No Python and no packaging: the rules join the
installed ones for ``check``, the pre-commit hook, the pytest plugin and the
cache key. A broken rule file stops the run with its ``file:line`` (exit 2),
as a broken plugin pack does.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from postlint.engine.config import Config
from postlint.engine.packs import load_rule_files
from postlint.engine.rule import Rule
from postlint.errors import RuleError


def pack_folders(config: Config) -> list[Path]:
    """The config's pack folders, relative paths resolved against the config file's folder."""
    return [(Path(config.root) / folder).resolve() for folder in config.packs]


def pack_rules(config: Config, installed: Sequence[Rule] = ()) -> list[Rule]:
    """Every data rule of the config's packs; a code or name already taken is an error naming both."""
    seen = {key: "postlint or an installed plugin" for rule in installed for key in (rule.code, rule.name)}
    rules: list[Rule] = []
    for folder in pack_folders(config):
        if not folder.exists():
            raise RuleError(f"{config.where('packs')}: packs: rule pack folder not found: {folder}")
        if not folder.is_dir():
            raise RuleError(f"{config.where('packs')}: packs: {folder} is a file; name a folder of TOML rules")
        for path, rule in load_rule_files(folder):
            for key in (rule.code, rule.name):
                if key in seen:
                    raise RuleError(f"duplicate rule {key!r}: in {path} and {seen[key]}")
                seen[key] = str(path)
            rules.append(rule)
    return sorted(rules, key=lambda r: r.code)


def with_pack_rules(config: Config, installed: Sequence[Rule]) -> tuple[Rule, ...]:
    """The installed rules plus the config's pack rules, sorted by code (the installed ones alone without packs)."""
    if not config.packs:
        return tuple(installed)
    return tuple(sorted([*installed, *pack_rules(config, installed)], key=lambda r: r.code))
