"""postlint: lint job postings for structure, pay transparency, readability,
inclusive wording, keywords and JobPosting structured data.

    >>> import postlint
    >>> posting = postlint.parse("# Data Engineer\\n\\n## Responsibilities\\n\\n- Build pipelines\\n")
    >>> posting.find("responsibilities").items[0].text
    'Build pipelines'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from postlint._version import __version__

__all__ = [
    "Config",
    "Context",
    "Diagnostic",
    "Fix",
    "Posting",
    "Report",
    "Rule",
    "Section",
    "Block",
    "__version__",
    "fix",
    "hookimpl",
    "lint",
    "lint_paths",
    "load_config",
    "load_rules",
    "outline",
    "parse",
    "rules",
]

if TYPE_CHECKING:  # pragma: no cover
    from postlint.engine.config import Config
    from postlint.engine.report import Report
    from postlint.engine.rule import Context, Rule
    from postlint.model.diagnostic import Diagnostic, Fix
    from postlint.model.posting import Block, Posting, Section

# Imported lazily so `import postlint` stays cheap (no pydantic models or
# spaCy until they are used).
_LAZY = {
    "Config": ("postlint.engine.config", "Config"),
    "load_config": ("postlint.engine.config", "load_config"),
    "Diagnostic": ("postlint.model.diagnostic", "Diagnostic"),
    "Fix": ("postlint.model.diagnostic", "Fix"),
    "Report": ("postlint.engine.report", "Report"),
    "lint": ("postlint.engine.linter", "lint"),
    "lint_paths": ("postlint.run.paths", "lint_paths"),
    "Posting": ("postlint.model.posting", "Posting"),
    "Section": ("postlint.model.posting", "Section"),
    "Block": ("postlint.model.posting", "Block"),
    "Rule": ("postlint.engine.rule", "Rule"),
    "Context": ("postlint.engine.rule", "Context"),
    "hookimpl": ("postlint.engine.plugins", "hookimpl"),
    "load_rules": ("postlint.engine.packs", "load_rules"),
    "parse": ("postlint.readers.outline", "parse"),
    "outline": ("postlint.readers.outline", "outline"),
    "fix": ("postlint.engine.fixer", "fix"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        value = getattr(importlib.import_module(module), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'postlint' has no attribute {name!r}")


def rules(config: Config | None = None) -> list[Rule]:
    """The rules a config enables (all default rules when ``config`` is None), options applied."""
    from postlint.engine.config import load_config
    from postlint.engine.plugins import all_rules
    from postlint.engine.selection import select_rules
    from postlint.engine.user_packs import with_pack_rules

    config = config or load_config()
    return select_rules(config, with_pack_rules(config, all_rules()))
