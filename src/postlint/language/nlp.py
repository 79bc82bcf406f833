"""The only module that imports spaCy and textstat, lazily and once per process.

The pipeline is ``spacy.blank("en")`` with spaCy's sentencizer rule and the lookup
lemmatizer from spacy-lookups-data: no model download, no network. Text is
tokenized per block (never across a heading or list item) and the result is
cached on the posting, so every rule shares one pass.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any

from postlint.language.annotator import SENTENCE_FIRSTS, TOKEN_LEMMAS, TOKEN_OFFSETS, Annotator
from postlint.model.posting import Block, Posting

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

_MODEL: str | None = None
# What must be dropped when the pipeline changes (postlint.language.phrases registers its matchers).
ON_NEW_PIPELINE: list[Callable[[], None]] = []
# A word: letters or digits with inner apostrophes, hyphens (soft ones too: "government\u00adwide") and
# dots ("U.S.", "cloud.gov", "e.g.": textstat drops the punctuation of a space-separated word, so each
# is one word to it too); "250,000", "22.57", "24/7", "12/05/2025" and a clock's "8:00pm" are one word each.
_WORD = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w,])|\d+\.\d+(?!\w)|\d+(?:/\d+)+(?![\w/])|\d{1,2}:\d{2}(?:[ap]\.?m\.?)?(?![\w:])"
    r"|[^\W_](?:[\w'’\u00ad.-]*[^\W_])?"
)
# An e-mail address, a web address with a path ("northgatesys.com/jobs") and a citation's
# subsection ("213.3102(r)") are one word each, as a reader (and textstat's split) counts them.
# Tried first, and only on text that may hold one (_ADDRESS_HINT): the plain pattern is the hot path.
_WORD_OR_ADDRESS = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://)?[\w-]+(?:\.[\w-]+)+/[\w./?=&%#~+-]*[\w/]|\d+(?:\.\d+)*\([a-z0-9]{1,3}\)|"
    + _WORD.pattern
)


def configure(model: str | None) -> None:
    """Use a trained pipeline (``nlp-model`` in config) instead of the blank one."""
    global _MODEL
    if model != _MODEL:
        _MODEL = model
        pipeline.cache_clear()
        # Matchers hold the old pipeline's vocabulary: used on the new one's Docs they
        # raise spaCy's E018 (a string hash the new StringStore never saw).
        for forget in ON_NEW_PIPELINE:
            forget()


def load_configured(where: str) -> None:
    """Load the ``nlp-model`` pipeline now, so one that is missing or broken stops the
    run with one config error (``where`` names the config) instead of failing every file."""
    if not _MODEL:
        return
    try:
        pipeline()
    except Exception as exc:  # noqa: BLE001 - spaCy raises OSError, ImportError, ValueError…: all mean "cannot use it"
        from postlint.errors import ConfigError

        reason = " ".join(str(exc).split())
        raise ConfigError(f"{where}: invalid value for 'nlp-model': cannot load the spaCy pipeline {_MODEL!r}: {reason}") from None


def _import_spacy() -> Any:
    """``import spacy`` without its command-line package (see :mod:`postlint.language.spacy_loading`)."""
    from postlint.language.spacy_loading import import_spacy

    return import_spacy()


@lru_cache(maxsize=1)
def _lemma_table() -> dict[str, Any]:
    """spacy-lookups-data's English lookup table, read directly.

    The same data the lookup lemmatizer loads in ``nlp.initialize()``, in a
    third of the time.
    """
    import gzip
    import json
    from importlib.resources import files

    raw = files("spacy_lookups_data").joinpath("data", "en_lemma_lookup.json.gz").read_bytes()
    table: dict[str, Any] = json.loads(gzip.decompress(raw))
    return table


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """One word's lower-cased lookup lemma, as the pipeline's annotator gives it, without loading spaCy.

    For analyses that need a few words' lemmas (a heading, an item's first words)
    in runs whose rules need no pipeline: the same spacy-lookups-data table.
    """
    table = _lemma_table()
    if word == "&":
        return "and"
    found = table.get(word, word)
    if not isinstance(found, str):
        found = found[0]
    if found == word and not word.islower():
        found = table.get(word.lower(), word.lower())
        if not isinstance(found, str):
            found = found[0]
    return found.lower()


@lru_cache(maxsize=1)
def pipeline() -> Language:
    spacy = _import_spacy()

    if _MODEL:
        nlp = spacy.load(_MODEL)
        _allow_any_block(nlp)
        if "sentencizer" not in nlp.pipe_names and "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
            nlp.add_pipe("sentencizer")
        return nlp
    from postlint.language.spacy_loading import blank_english

    nlp = blank_english()
    _allow_any_block(nlp)
    _compute_read_attrs_only(nlp)
    _register_components()
    # Sentence starts, and the lookup lemmatizer's table (spacy-lookups-data) applied
    # by a memo: a lemma depends only on the token's spelling, so each distinct word
    # is looked up once per process instead of once per token.
    nlp.add_pipe("postlint_annotator")
    nlp.get_pipe("postlint_annotator").table = _lemma_table()
    return nlp


def token_hashes(doc: Doc, attr: str) -> list[int]:
    """The ``LEMMA`` or ``LOWER`` hash of every token of ``doc``."""
    if attr == "LEMMA" and TOKEN_LEMMAS in doc.user_data:
        return doc.user_data[TOKEN_LEMMAS]  # type: ignore[no-any-return]
    from spacy.attrs import IDS

    return doc.to_array(IDS[attr]).tolist()  # type: ignore[no-any-return]


def token_offsets(doc: Doc) -> tuple[list[int], list[int]]:
    """(starts, ends): the character offsets of every token of ``doc``."""
    offsets = doc.user_data.get(TOKEN_OFFSETS)
    if offsets is None:  # a Doc our annotator did not make
        offsets = doc.user_data[TOKEN_OFFSETS] = ([t.idx for t in doc], [t.idx + len(t) for t in doc])
    return offsets


def _allow_any_block(nlp: Language) -> None:
    """Accept any block a readable file can hold (spaCy refuses texts over 1,000,000 characters by default).

    The limit guards a parser's memory; postlint's own 10 MB file limit bounds
    a block, and a decoded character takes at least one byte.
    """
    from postlint.model.posting import MAX_BYTES

    nlp.max_length = max(nlp.max_length, MAX_BYTES)


READ_LEXEME_ATTRS = ("LOWER", "IS_PUNCT", "IS_SPACE", "LANG")


def _compute_read_attrs_only(nlp: Language) -> None:
    """When spaCy meets a new word, compute only the lexical attributes postlint reads:
    LOWER (phrase matching, passive voice), IS_PUNCT (sentences, passive voice),
    IS_SPACE (keyword lemmas) and LANG (spaCy's Vocab.lang).

    English computes 23 in Python (shape, like_num, is_stop, ...) for every new
    spelling, a third of the tokenizer's time on an unseen posting. The others
    stay unset on new words, as if the language had no getter for them.
    """
    from spacy.attrs import IDS

    getters = getattr(nlp.vocab, "lex_attr_getters", None)
    if isinstance(getters, dict):  # a Vocab constructor argument; another spaCy keeps its defaults
        wanted = {IDS[name] for name in READ_LEXEME_ATTRS}
        nlp.vocab.lex_attr_getters = {attr: get for attr, get in getters.items() if attr in wanted}


def _register_components() -> None:
    """postlint's pipeline component as a spaCy factory: a fresh one (and memo) per
    pipeline, since lemma and punctuation hashes live in its vocab."""
    from spacy.language import Language

    if not Language.has_factory("postlint_annotator"):
        Language.factory("postlint_annotator", func=lambda nlp, name: Annotator(nlp.vocab))


def docs(posting: Posting) -> list[tuple[Block, Doc]]:
    """Every block of the posting with its spaCy Doc (one pass, cached on the posting)."""
    cached = posting._cache.get("docs")
    if cached is None:
        blocks = list(posting.blocks())
        nlp = pipeline()
        if nlp.pipe_names == ["postlint_annotator"]:
            # The blank pipeline: its tokenizer and annotator called directly, without
            # Language.pipe's generators and error handling around each Doc.
            tokenize, annotate = nlp.tokenizer, nlp.get_pipe("postlint_annotator")
            cached = [(b, annotate(tokenize(tokenizable(b.text)))) for b in blocks]
        else:
            cached = list(zip(blocks, nlp.pipe(tokenizable(b.text) for b in blocks), strict=True))
        posting._cache["docs"] = cached
    return cached


# A run of punctuation or symbols this long in one word is no writing (a run of apostrophes or
# dollar signs): spaCy's tokenizer peels such a run one mark at a time, searching the rest of the
# word for a suffix each time, so its cost grows with the square of the run (8,000 apostrophes
# took 11 s).
_SYMBOL_RUN = re.compile(r"(?:[^\w\s]|_){24,}")


def tokenizable(text: str) -> str:
    """``text`` with each long run of symbols written as as many letters (one word to spaCy), so
    tokens keep their offsets; any text a person writes comes back unchanged."""
    if "\n" in text:
        text = text.replace("\n", " ")  # a hard-wrapped line is one line: "prior\nto" is "prior to"
    if _SYMBOL_RUN.search(text) is None:
        return text
    return _SYMBOL_RUN.sub(lambda m: "x" * len(m.group()), text)


def lemmatized(text: str) -> Doc:
    """``pipeline()(text)`` for what needs only tokens and lemmas (keyphrases, titles, patterns).

    With the blank pipeline its annotator runs on the tokenizer's Doc directly,
    skipping ``Language.__call__``'s per-call set-up (about a third of the time
    for a short phrase).
    """
    nlp = pipeline()
    if nlp.pipe_names == ["postlint_annotator"]:
        return nlp.get_pipe("postlint_annotator")(nlp.make_doc(tokenizable(text)))
    return nlp(tokenizable(text))


def doc_for(posting: Posting, block: Block) -> Doc:
    """The shared Doc of one block (a fresh one for a block outside :func:`docs`, such as a heading)."""
    # Indexed once per posting: a scan per call made 10,000 headings quadratic.
    index = posting._cache.get("doc-index")
    if index is None:
        index = posting._cache["doc-index"] = {id(b): doc for b, doc in docs(posting)}
    doc = index.get(id(block))
    return doc if doc is not None else pipeline()(tokenizable(block.text))


@dataclass(frozen=True)
class Sentence:
    """A sentence inside one block: ``text`` is ``block.text[start:end]``."""

    block: Block
    start: int
    end: int
    text: str

    @cached_property
    def words(self) -> list[str]:
        # Cached: the readability counts and several rules read the same sentence's words.
        return words(self.text)

    @property
    def source_start(self) -> int:
        return self.block.at(self.start)

    @property
    def source_end(self) -> int:
        return self.block.end_at(self.end)


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """(start_char, end_char) of each sentence, as ``doc.sents`` gives them.

    With the blank pipeline, from the sentence starts its annotator kept (or
    token arrays): ``doc.sents`` builds a Span and Tokens per sentence. A
    trained pipeline's sentences come from its parser, so they are taken from
    ``doc.sents``.
    """
    if _MODEL or not len(doc):
        return [(sent.start_char, sent.end_char) for sent in doc.sents]
    firsts = doc.user_data.get(SENTENCE_FIRSTS)
    if firsts is None:  # a Doc our annotator did not make
        from spacy.attrs import SENT_START

        starts = doc.to_array(SENT_START).tolist()
        firsts = [0] + [i for i in range(1, len(starts)) if starts[i] == 1]
    starts, ends = token_offsets(doc)
    return [(starts[first], ends[stop - 1]) for first, stop in zip(firsts, [*firsts[1:], len(doc)], strict=True)]


def sentences(posting: Posting, kinds: Sequence[str] = ("paragraph", "list_item", "table_row")) -> list[Sentence]:
    """Sentences of the posting's body, split per block.

    Headings, labels and a keyword declaration are not sentences; a list item
    is at least one sentence even without a full stop.
    """
    key = ("sentences", tuple(kinds))
    cached = posting._cache.get(key)
    if cached is None:
        from postlint.language.declaration import declaration_block
        from postlint.language.lead_ins import field_breaks, label_lines, without
        from postlint.language.line_breaks import chat_breaks

        # A "Keywords: a, b, c" declaration is metadata, not a sentence to read.
        skip = declaration_block(posting)
        cached = []
        for block, doc in docs(posting):
            if block.kind not in kinds or block is skip:
                continue
            labels = label_lines(posting, block) if "\n" in block.text else []
            breaks = field_breaks(block.text)
            if posting.format == "text" and "\n" in block.text:
                # A chat's lines, one thought each without full stops, are sentences (Markdown joins its lines).
                breaks = sorted({*breaks, *chat_breaks(block.text)})
            for start_char, end_char in sentence_spans(doc):
                for piece_start, piece_end in _split_at(without(start_char, end_char, labels), breaks):
                    # The Doc was made from block.text, so this slice equals Span.text.
                    raw = block.text[piece_start:piece_end]
                    text = raw.strip()
                    if not _WORD.search(text):
                        continue
                    start = piece_start + (len(raw) - len(raw.lstrip()))
                    cached.append(Sentence(block, start, start + len(text), text))
        posting._cache[key] = cached
    return cached


def _split_at(pieces: list[tuple[int, int]], breaks: list[int]) -> list[tuple[int, int]]:
    """``pieces`` cut again at each offset of ``breaks`` inside one."""
    if not breaks:
        return pieces
    out = []
    for start, end in pieces:
        for at in breaks:
            if start < at < end:
                out.append((start, at))
                start = at
        out.append((start, end))
    return out


def words(text: str) -> list[str]:
    """Words as readability formulas count them: letters or digits, inner apostrophes and hyphens kept."""
    if ("@" in text or "/" in text or "(" in text) and _ADDRESS_HINT.search(text):
        return _WORD_OR_ADDRESS.findall(text)
    return _WORD.findall(text)


# What every _WORD_OR_ADDRESS address holds: an "@", a dotted name before a "/", a digit before "(".
_ADDRESS_HINT = re.compile(r"@|\w\.\w+/|\d\(")


def textstat_module() -> Any:
    import textstat

    return textstat
