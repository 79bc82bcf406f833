"""spaCy loaded for a short-lived command: without its command-line package, and a blank
English pipeline built without the config system. Only :mod:`postlint.language.nlp` calls these."""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

# What spacy.blank("en") reads from English's default config: a blank_english() built
# from these parts is the same pipeline (tests/test_spacy_loading.py).
BLANK_DEFAULTS = {
    "tokenizer": {"@tokenizers": "spacy.Tokenizer.v1"},
    "vectors": {"@vectors": "spacy.Vectors.v1"},
    "lang": "en",
    "pipeline": [],
    "disabled": [],
    "before_creation": None,
    "after_creation": None,
    "after_pipeline_creation": None,
    "batch_size": 1000,
}


def import_spacy() -> Any:
    """``import spacy`` without its command-line package, about a third of its import time.

    spaCy's ``__init__`` imports ``spacy.cli`` (weasel, httpx, requests, jinja2)
    only to re-export ``spacy.info``. A stand-in serves that import; it is then
    removed, so ``import spacy.cli`` later still loads the real package, and
    ``spacy.info`` forwards to the real function. If spaCy is already imported
    this changes nothing.
    """
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []  # a package, so "spacy.cli.info" resolves through sys.modules
    info_module = types.ModuleType("spacy.cli.info")

    def info(*args: Any, **kwargs: Any) -> Any:
        from spacy.cli.info import info as real_info

        return real_info(*args, **kwargs)

    info_module.info = info  # type: ignore[attr-defined]
    cli.info = info_module  # type: ignore[attr-defined]
    stand_ins = {"spacy.cli": cli, "spacy.cli.info": info_module}
    sys.modules.update(stand_ins)
    try:
        import spacy
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
        loaded = sys.modules.get("spacy")
        if loaded is not None and getattr(loaded, "cli", None) is cli:
            del loaded.cli
    return spacy


def blank_english() -> Language:
    """``spacy.blank("en")``: the same tokenizer and vocabulary, ~25 ms sooner.

    spacy.blank fills and validates English's whole default config (pydantic
    schemas, registry look-ups) only to resolve the two functions it names,
    spaCy's default tokenizer and empty vectors; this calls them directly. A
    spaCy whose English defaults say anything else gets spacy.blank itself.
    """
    spacy = import_spacy()
    from spacy.lang.en import English
    from spacy.language import create_tokenizer
    from spacy.vectors import create_mode_vectors

    if dict(English.default_config["nlp"]) != BLANK_DEFAULTS:
        return spacy.blank("en")
    return English(create_tokenizer=create_tokenizer(), create_vectors=create_mode_vectors())
