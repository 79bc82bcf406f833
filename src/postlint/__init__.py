"""postlint: lint job postings for structure, pay transparency, readability,
inclusive wording, keywords and JobPosting structured data.

    >>> import postlint
    >>> posting = postlint.parse("# Data Engineer\\n\\n## Responsibilities\\n\\n- Build pipelines\\n")
    >>> posting.find("responsibilities").items[0].text
    'Build pipelines'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

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
    from postlint.config import Config
    from postlint.diagnostic import Diagnostic, Fix
    from postlint.linter import Report
    from postlint.posting import Block, Posting, Section
    from postlint.rule import Context, Rule

# Imported lazily so `import postlint` stays cheap (no pydantic models or
# spaCy until they are used).
_LAZY = {
    "Config": ("postlint.config", "Config"),
    "load_config": ("postlint.config", "load_config"),
    "Diagnostic": ("postlint.diagnostic", "Diagnostic"),
    "Fix": ("postlint.diagnostic", "Fix"),
    "Report": ("postlint.linter", "Report"),
    "lint": ("postlint.linter", "lint"),
    "lint_paths": ("postlint.linter", "lint_paths"),
    "Posting": ("postlint.posting", "Posting"),
    "Section": ("postlint.posting", "Section"),
    "Block": ("postlint.posting", "Block"),
    "Rule": ("postlint.rule", "Rule"),
    "Context": ("postlint.rule", "Context"),
    "hookimpl": ("postlint.plugins", "hookimpl"),
    "load_rules": ("postlint.packs", "load_rules"),
    "parse": ("postlint.outline", "parse"),
    "outline": ("postlint.outline", "outline"),
    "fix": ("postlint.fixer", "fix"),
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
    from postlint.config import load_config, select_rules
    from postlint.plugins import all_rules

    return select_rules(config or load_config(), all_rules())
