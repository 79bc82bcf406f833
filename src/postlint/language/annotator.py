"""postlint's spaCy component (``postlint_annotator``, the blank pipeline's only one):
lookup lemmas and sentence starts, set on token arrays.

Blocks are tokenised one Doc each. Joining a posting's blocks into one Doc was
tried and is slower: spaCy's tokenizer stops caching a Doc's words after the
first special case it meets ("don't", "e.g.", a line break), and every
posting has one early.
"""

from __future__ import annotations

import operator
import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable

    from spacy.tokens import Doc

# SENT_START -1 ("not a sentence start") as a uint64 array holds it.
NOT_A_START = 2**64 - 1
# user_data keys of a Doc the component made: its sentences' first tokens, the
# LOWER and LEMMA hashes of its tokens (a phrase whose first token is none of
# them cannot match there), each token's first character and the character
# after its last, and each token's LEMMA hash.
SENTENCE_FIRSTS = "postlint.sentence_firsts"
TOKEN_KEYS = "postlint.token_keys"
TOKEN_OFFSETS = "postlint.token_offsets"
TOKEN_LEMMAS = "postlint.token_lemmas"


# Tokens that keep a sentence's full stop inside them (spaCy's tokenizer exceptions), and the
# capitalised words that then show a new sentence has begun.
# A capital and its stop ("A.") is one token too: an initial, or a sentence's end after "our Series A."
# or "Plan B." (blind set S18), told apart by the opener that follows.
_STOP_ABBREVIATIONS = ("a.m.", "p.m.", "A.M.", "P.M.", "Inc.", "Ltd.", "Co.", "Corp.", "etc.", *(f"{c}." for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
# A dotted abbreviation in capitals that spaCy keeps whole ("Ph.D.", "B.A.", "M.B.A.", "U.S.") ends its sentence
# before an opener as these do ("…since the Ph.D. The post…"); "e.g." and "E.G." run on.
_DOTTED = re.compile(r"[A-Z][a-z]?\.(?:[A-Za-z][a-z]?\.)+")
_DOTTED_RUN_ON = ("E.G.", "I.E.")
_OPENERS = (
    "we", "you", "our", "your", "the", "this", "these", "that", "those", "a", "an", "it", "they", "their",
    "i", "he", "she", "please", "if", "there", "all", "each", "no", "as", "in", "on", "for", "applicants", "candidates",
    # Imperatives that open a posting's instructions: "…8 a.m. to 3 p.m. Bring your diploma" (blind set S31).
    "bring", "apply", "send", "email", "call", "contact", "visit", "submit", "include", "note", "ask",
)
# Title Case words that go on a sentence after "a.m." or "p.m.": a day, a month, a time zone's name.
_CLOCK_FOLLOWERS = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mondays", "tuesdays", "wednesdays",
    "thursdays", "fridays", "saturdays", "sundays", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "eastern", "central", "mountain", "pacific", "atlantic", "alaska", "hawaii", "local", "sydney", "london", "ist",
)
# A code whose last capital follows a digit or "&" keeps its full stop inside its token ("C2C.", "R&D.", "5G.":
# spaCy's suffix rules split a stop only after a lower-case letter, two capitals or a digit). That stop is a
# sentence's, as any other (blind set S91: "$72 - $80 on C2C. We offer…" read as one 35-word sentence).
# So does a word whose last capital follows a small letter ("PhD.", "EdD.", "PsyD.", "GmbH."; spaCy splits the stop of
# "MSc." or "MBA."): "…your years since the PhD. The post…" was one sentence (blind set S123).
_CODE_STOP = re.compile(r"[\d&a-z][A-Z]\.")
# A figure before spaCy's "m." token (it keeps the stop of "£90m." or "€2.5 m." there): the stop is the
# sentence's when a capitalised word follows ("around £90m. Due to growth…", blind set S117).
_FIGURE = re.compile(r"\d[\d.,]*")

# Emoji and the marks that join or colour them (zero-width joiner, variation selector, skin tones, keycap):
# spaCy makes each its own token.
_EMOJI = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2300-\u23FF\u2B00-\u2BFF\u200D\uFE0F\u20E3]+")
def _code_stop(text: str) -> bool:
    return text.endswith(".") and _CODE_STOP.match(text, len(text) - 3) is not None


def _is_dotted(text: str) -> bool:
    return _DOTTED.fullmatch(text) is not None and text not in _DOTTED_RUN_ON


def _is_emoji(text: str) -> bool:
    return _EMOJI.fullmatch(text) is not None


# Words after which a sentence goes on past an emoji: "at ☕ Bluegum & Co", "our 🍕 Friday lunch".
_RUNS_ON = (
    "the", "a", "an", "at", "in", "on", "of", "for", "to", "with", "and", "or", "from", "by", "our", "your", "my",
    "their", "his", "her", "its", "is", "are", "&", "+",
)

# Words that open a sentence even in lower case: text written all in lower case ("…in the city
# centre. we roast our own beans") runs its sentences on after a full stop, but no abbreviation
# is followed by these mid-sentence ("approx. ten", "etc.) to meet" still continue).
_LOWER_CASE_OPENERS = ("we", "you", "i", "our", "your", "they", "it", "there", "if", "please")


class Annotator:
    """Lemmas and sentence starts for a whole Doc, in one pass over its token arrays
    (no Token objects): a ``to_array``/``from_array`` round trip costs about 10 µs a
    call, so the two are read and written together.

    Lemmas are lower-cased lookup lemmas: the same result as spaCy's lookup
    lemmatizer followed by a lower-casing step. The table is keyed by exact
    spelling, so a word that stays its own lemma ("Scaling") is looked up again
    in lower case, and every lemma is lower-cased.

    Sentences follow spaCy's Sentencizer rule with its default punctuation: a
    sentence ends after a run of sentence-final marks, at the first following
    token that is neither punctuation nor such a mark. Two differences: spaCy's
    tokenizer keeps the full stop of "p.m.", "a.m." or "Inc." inside the token,
    so the Sentencizer never ends a sentence there; one also ends after such a
    token when a capitalised pronoun or article follows ("until 3 p.m. We
    review…", not "at 9 a.m. Monday"), or after "a.m." and "p.m." any word in
    Title Case but a day, a month or a time zone ("5:00 p.m. Many routes…"). And a lone full stop before a word in
    lower case ends an abbreviation, not a sentence ("etc.) to meet",
    "approx. ten"): no sentence opens in lower case but one of a few pronouns
    ("…city centre. we roast…"), as text written all in lower case has it. A code whose
    tokenizer keeps its full stop ("C2C.", "R&D.", "5G.") ends a sentence as a lone stop would. So does an emoji
    between a word and a word in Title Case ("…in your first week 🙌 Guy and the team…", as captions end
    sentences), but not after an article, preposition or conjunction ("at ☕ Bluegum"). The "m." that spaCy keeps
    whole after a figure ("£90m.") ends a sentence before a capitalised word.
    """

    def __init__(self, vocab: Any) -> None:
        import numpy
        from spacy.attrs import IDX, IS_PUNCT, LEMMA, LENGTH, LOWER, ORTH, SENT_START
        from spacy.pipeline import Sentencizer

        # Bound once: an import statement in __call__ cost about 5 µs, run for every block.
        self._array = numpy.array
        self._read = [ORTH, LEMMA, IS_PUNCT, LOWER, IDX, LENGTH]
        self._write = [LEMMA, SENT_START]
        self.table: Any = None
        self.memo: dict[Any, int] = {}  # ORTH hash, or (ORTH, preset LEMMA) hashes -> lemma hash
        # ORTH hashes of the punctuation that ends a sentence.
        self.final_marks = {vocab.strings.add(ch) for ch in Sentencizer.default_punct_chars}
        self.stop_abbreviations = {vocab.strings.add(w) for w in _STOP_ABBREVIATIONS}
        self.openers = {vocab.strings.add(w) for w in _OPENERS}  # LOWER hashes
        self.lower_case_openers = {vocab.strings.add(w) for w in _LOWER_CASE_OPENERS}
        self.clock_marks = {vocab.strings.add(w) for w in ("a.m.", "p.m.", "A.M.", "P.M.")}
        self.clock_followers = {vocab.strings.add(w) for w in _CLOCK_FOLLOWERS}  # LOWER hashes
        self.time_word = vocab.strings.add("time")
        self.strings = vocab.strings
        self.full_stop = vocab.strings.add(".")
        self.lower_words: dict[int, bool] = {}  # ORTH hash -> a word in lower case
        self.code_stops: dict[int, bool] = {}  # ORTH hash -> a code holding its sentence's full stop ("C2C.")
        self.code_stop_orths: set[int] = set()  # the ORTH hashes of code_stops that are such codes
        self.emoji: dict[int, bool] = {}  # ORTH hash -> an emoji (or a mark joining one)
        self.emoji_orths: set[int] = set()  # the ORTH hashes of emoji that are such
        self.dotted: dict[int, bool] = {}  # ORTH hash -> a dotted abbreviation in capitals ("Ph.D.")
        self.dotted_orths: set[int] = set()  # the ORTH hashes of dotted that are such
        self.runs_on = {vocab.strings.add(w) for w in _RUNS_ON}  # LOWER hashes
        self.million_stop = vocab.strings.add("m.")

    def _lemma(self, strings: Any, orth: int, preset: int) -> int:
        text = strings[orth]
        if text == "&":  # read as "and": "Data & Reporting" is the keyphrase "Data and Reporting"
            return strings.add("and")
        if preset:  # a lemma set before us (the lookup lemmatizer never overwrites one)
            lemma = strings[preset]
        else:
            lemma = self.table.get(text, text)
            if not isinstance(lemma, str):
                lemma = lemma[0]
        if lemma == text and not text.islower():
            lemma = self.table.get(text.lower(), text.lower())
        return strings.add(lemma.lower())

    def lemmas(self, strings: Any, orths: list[int], presets: list[int]) -> list[int]:
        """The lemma hash of each token (ORTH and any preset LEMMA hashes given as lists)."""
        memo = self.memo
        # A lemma depends on the spelling alone unless one was set before us (never in
        # the blank pipeline): the memo is keyed by ORTH, or by (ORTH, preset lemma).
        keyed: list[Any] = orths if not any(presets) else list(zip(orths, presets, strict=True))
        lemmas = list(map(memo.get, keyed))
        if None in lemmas:
            for i, lemma in enumerate(lemmas):
                if lemma is None:
                    lemmas[i] = memo[keyed[i]] = self._lemma(strings, orths[i], presets[i])
        return lemmas

    def sentence_firsts(
        self, orths: list[int], puncts: list[int], lowers: list[int] | None = None, coded: list[int] | None = None,
        dotted: set[int] | None = None,
    ) -> list[int]:
        """The first token of each sentence (the first token always starts one); ``coded``: the tokens that are
        codes holding a full stop ("C2C."), which ends a sentence as a lone one does; ``dotted``: the ORTH hashes
        of dotted abbreviations ("Ph.D."), which end one before an opener as "Inc." does."""
        marks, count = self.final_marks, len(orths)
        firsts, resume = [0], 0
        ends = [i for i, orth in enumerate(orths) if orth in marks]
        if coded:
            ends = sorted(ends + coded)
        stops = self.stop_abbreviations | dotted if dotted else self.stop_abbreviations
        if lowers is not None and not stops.isdisjoint(orths):
            openers = self.openers
            ends = sorted(ends + [
                i for i, orth in enumerate(orths[:-1])
                if orth in stops and orths[i + 1] != lowers[i + 1]
                and (lowers[i + 1] in openers or (
                    orth in self.clock_marks and self._opens_after_clock(orths[i + 1], lowers[i + 1])
                    and (i + 2 >= len(lowers) or lowers[i + 2] != self.time_word)  # "5 p.m. Singapore time"
                ))
            ])
        for i in ends:
            if i < resume:
                continue  # inside the run of marks and punctuation already passed
            j = i + 1
            while j < count and (puncts[j] or orths[j] in marks):
                j += 1
            if j < count and not (lowers is not None and self.continues(orths, lowers, i, j)):
                firsts.append(j)
            resume = j
        return firsts

    def continues(self, orths: list[int], lowers: list[int], stop: int, after: int) -> bool:
        """Whether a lone full stop (token ``stop``, then only brackets or quotes) before a word in
        lower case (token ``after``) ends an abbreviation, not a sentence: "social media, etc.) to
        meet", "approx. ten" (spaCy's tokenizer splits "etc.)" into three tokens)."""
        if (orths[stop] != self.full_stop and not self.code_stops.get(orths[stop])) or orths[after] != lowers[after] or not self._lower_word(orths[after]):
            return False
        if lowers[after] in self.lower_case_openers:
            return False  # "…city centre. we roast…": a sentence written in lower case
        return not any(orths[k] in self.final_marks for k in range(stop + 1, after))

    def _opens_after_clock(self, orth: int, lower: int) -> bool:
        """Whether a word in Title Case after "a.m." or "p.m." opens a sentence ("…to 5:00 p.m. Many
        routes carry…", blind set S47): any but a day, a month or a time zone ("9 a.m. Monday", "p.m. Eastern")."""
        if lower in self.clock_followers:
            return False
        text = self.strings[orth]
        return text[:1].isupper() and text[1:].islower()

    def _any_marked(self, orths: list[int], known: dict[int, bool], marked: set[int], test: Callable[[str], bool]) -> bool:
        """Whether any token's spelling passes ``test``: each spelling is read once (``known``), those that pass kept
        in ``marked``, so most documents are answered by one set test."""
        if None in map(known.get, orths):  # a spelling not met before: read it once
            strings = self.strings
            for orth in orths:
                if orth not in known:
                    known[orth] = hit = test(strings[orth])
                    if hit:
                        marked.add(orth)
        return not marked.isdisjoint(orths)

    def _coded(self, orths: list[int]) -> list[int]:
        """The tokens that are codes holding their sentence's full stop: "C2C.", "R&D.", "5G."."""
        codes = self.code_stop_orths
        if not self._any_marked(orths, self.code_stops, codes, _code_stop):
            return []
        return [i for i, orth in enumerate(orths) if orth in codes]

    def _dotted(self, orths: list[int]) -> set[int] | None:
        """The ORTH hashes of this Doc's dotted abbreviations in capitals ("Ph.D.", "U.S.")."""
        if not self._any_marked(orths, self.dotted, self.dotted_orths, _is_dotted):
            return None
        return self.dotted_orths.intersection(orths)

    def _emoji_ends(self, orths: list[int], lowers: list[int]) -> list[int]:
        """The last token of each run of emoji that ends a sentence: after a word that may end one, before a word
        in Title Case ("first week 🙌 Guy and…"), blanks between them passed over; not a rating's star ("4.1 ★ Benefits")."""
        emoji = self.emoji_orths
        if not self._any_marked(orths, self.emoji, emoji, _is_emoji):
            return []
        strings, count, out = self.strings, len(orths), []
        first = None  # the first token of the current run of emoji
        for i, orth in enumerate(orths):
            if orth not in emoji:
                first = None
                continue
            if first is None:
                first = i
            if i + 1 < count and orths[i + 1] in emoji:
                continue
            before = first - 1
            while before >= 0 and strings[orths[before]].isspace():
                before -= 1
            after = i + 1
            while after < count and strings[orths[after]].isspace():
                after += 1
            if before < 0 or after >= count or lowers[before] in self.runs_on:
                continue
            word, last = strings[orths[after]], strings[orths[before]]
            if last[-1:].isalpha() and word[:1].isupper() and (len(word) == 1 or word[1:].islower()):
                out.append(i)
        return out

    def _figure_ends(self, orths: list[int]) -> list[int]:
        """The "m." tokens that end a figure and its sentence: after a number, before a capitalised word
        ("£90m. Due to…"); "m." before a word in lower case or after a word goes on."""
        strings, out = self.strings, []
        for i in range(1, len(orths) - 1):
            if orths[i] == self.million_stop and _FIGURE.fullmatch(strings[orths[i - 1]]) and strings[orths[i + 1]][:1].isupper():
                out.append(i)
        return out

    def _lower_word(self, orth: int) -> bool:
        """Whether a token is a word in lower case."""
        known = self.lower_words.get(orth)
        if known is None:
            known = self.lower_words[orth] = self.strings[orth][:1].isalpha() and self.strings[orth][:1].islower()
        return known

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        # One column per attribute, as lists: the loops run in C where they can.
        orths, presets, puncts, lowers, offsets, lengths = doc.to_array(self._read).T.tolist()
        lemmas = self.lemmas(doc.vocab.strings, orths, presets)
        # Found from the tokens' spellings: Doc.text would build the text again token by token.
        coded = self._coded(orths)
        if emoji_ends := self._emoji_ends(orths, lowers):
            coded = sorted(coded + emoji_ends)
        if self.million_stop in orths and (figure_ends := self._figure_ends(orths)):
            coded = sorted(coded + figure_ends)
        firsts = self.sentence_firsts(orths, puncts, lowers, coded, self._dotted(orths))
        starts = [NOT_A_START] * len(lemmas)
        for i in firsts:
            starts[i] = 1
        # One row per attribute, transposed: from_array reads the rows as they are laid out.
        doc.from_array(self._write, self._array([lemmas, starts], dtype="uint64").T)
        keys = set(lemmas)
        keys.update(lowers)
        doc.user_data[SENTENCE_FIRSTS] = firsts
        doc.user_data[TOKEN_KEYS] = keys
        doc.user_data[TOKEN_OFFSETS] = (offsets, list(map(operator.add, offsets, lengths)))
        doc.user_data[TOKEN_LEMMAS] = lemmas
        return doc
