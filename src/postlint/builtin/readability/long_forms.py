"""Where a posting spells an acronym out, for READ016: "Long Form (ACR)" or "ACR (long form)",
the initials of a capitalised run met earlier ("Office of Personnel Management", then "OPM"), a
lower-case long form just before, a long form with a class ("(CDL-A)")."""

from __future__ import annotations

import re

from postlint.language.job_titles import has_role_word
from postlint.language.names import initials, unaccented
from postlint.model.posting import Block, Posting

_LOWER_WORD = re.compile(r"\b[a-z][a-z-]{2,}\b")


def spelled_just_before(text: str, start: int, word: str) -> bool:
    """The long form in lower case, in the same sentence just before ("a continuing education
    allowance and paid CE days"): consecutive words of three or more letters, one per letter."""
    if not 2 <= len(word) <= 5 or not word.isalpha():
        return False
    window = text[max(0, start - 80) : start]
    cut = max(window.rfind(". "), window.rfind("; "), window.rfind("\n"))
    words = [m.group(0) for m in _LOWER_WORD.finditer(window[cut + 1 :])]
    n = len(word)
    # A long form opens with a content word: "and prepare" does not spell "AP" (blind set S21).
    return any(
        words[i] not in _OPENING_FUNCTION_WORDS and "".join(w[0] for w in words[i : i + n]).upper() == word
        for i in range(len(words) - n + 1)
    )


_OPENING_FUNCTION_WORDS = frozenset("and or but the for with from into onto our your their its this that these those".split())

def first_long_forms(posting: Posting) -> dict[str, int]:
    """Acronym -> the source offset where a capitalised long form first spells it, anywhere in the posting."""
    found: dict[str, int] = {}
    for block in posting.blocks():
        for spelled, end in _block_runs(posting, block).items():
            found.setdefault(spelled, block.at(end))
    return found

# An acronym with a class or grade after a hyphen, in brackets: "(CDL-A)".
_HYPHENATED_IN_BRACKETS = re.compile(r"\(([A-Z][A-Z0-9&]+)-[A-Z0-9]{1,3}\)")


def hyphenated_long_forms(posting: Posting) -> dict[str, int]:
    """Acronym -> the source offset of its first spelled-out form with a suffix ("commercial driver's
    license (CDL-A)" spells CDL): the bare acronym after it needs no spelling out again."""
    found: dict[str, int] = {}
    for block in posting.blocks():
        if "-" not in block.text:
            continue
        for m in _HYPHENATED_IN_BRACKETS.finditer(block.text):
            if m.group(1) not in found and spells(block.text[max(0, m.start() - 100) : m.start()], m.group(1)):
                found[m.group(1)] = block.at(m.start())
    return found


def defined(text: str, start: int, end: int) -> bool:
    """'Long Form (ACR)' or 'ACR (long form)': the acronym is spelled out where it is first used."""
    # Only the characters around the acronym matter: slicing the whole text made a block full of
    # acronyms quadratic.
    # 100 characters hold a long name: "Instituto del Fondo Nacional de la Vivienda para los Trabajadores (INFONAVIT)".
    before, after = text[max(0, start - 100) : start].rstrip(), text[end : end + 64].lstrip()
    if before.endswith("(") and (after.startswith(")") or _PLAN_NUMBER.match(after)):
        # A name in capitals glosses its acronym even in another language's letters: "Office of Technical
        # Inspection (UDT)", "Employee Capital Plans (PPK)" (blind set S68); "our pension (HOOPP)" does not.
        return spells(before[:-1], text[start:end]) or _NAME_BEFORE_BRACKET.search(before) is not None or _gloss(before[:-1], text[start:end], whole=start <= 100)
    # An acronym of two words in brackets: "Payment Card Industry Data Security Standard (PCI DSS)" (blind set S59).
    opening = text.rfind("(", max(0, start - 24), start)
    if opening >= 0 and (group := _ACRONYM_GROUP.match(text, opening)) and group.end() >= end:
        return spells(text[max(0, opening - 100) : opening].rstrip(), "".join(group.group(1).split()))
    if after.startswith(",") and (appositive := _APPOSITIVE.match(after)):
        # "through AHPRA, the Australian Health Practitioner Regulation Agency" (blind set S32).
        return spells(appositive.group(1), text[start:end]) and appositive.group(1).split()[0][:1] == text[start]
    # "ACR (long form)": the words in brackets spell it; "Counter / FOH (part-time, Fri–Sun)" explains nothing (blind set S51).
    return after.startswith("(") and len(after.split(")")[0]) > 3 and spells(after[1:].split(")")[0], text[start:end])


def _gloss(before: str, acronym: str, whole: bool) -> bool:
    """A short phrase opening its item or clause right before "(ACR)" glosses the acronym, its initials matching or
    not: a translation ("Profit sharing (PLR)", "meal voucher (VR)" for Brazil's PLR and VR, blind set S95), an
    article before it or not ("A bachelor's degree (HBO)"). Not one
    word ("Python (AWS)"), a phrase inside a sentence ("experience with managed Kubernetes (EKS)"), nor a category
    with an example ("Cloud platforms (OCI)"), nor a call shouted in brackets ("Join us (APPLY TODAY)")."""
    if not 2 <= len(acronym) <= 6 or not acronym.isalpha():
        return False
    cut = max(before.rfind(c) for c in "\n:;,•|–—(")
    if cut < 0 and not whole:
        return False  # the clause opens further back than the window (``whole``: it holds the text's start)
    words = before[cut + 1 :].strip().lstrip("-*•").split()
    if words and words[0].lower() in ("a", "an", "the"):
        words = words[1:]  # an article opens the phrase, not the name: "A bachelor's degree (HBO)" (blind set S118)
    return (
        2 <= len(words) <= 5
        and all(_GLOSS_WORD.fullmatch(w) for w in words)
        and words[0].lower() not in _GLOSS_LINKS and words[0].lower() not in _CALLS
        and all(w.lower() not in _NOT_IN_GLOSS for w in words)
        and words[-1].lower() not in _CATEGORY_NOUNS
    )


_GLOSS_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*")
# Small words a gloss may hold inside, not open with: "Health and dental plan", "Vale-refeição de alimentação".
_GLOSS_LINKS = frozenset("and of for de da do dos das e y et".split())
# Words of a sentence or a list, not of a name for a thing: "Experience with", "such as", "using".
_NOT_IN_GLOSS = frozenset(
    "a an the with using via in on at to from by as such like including include includes or our your their is are be "
    "you we us me it them now today here there will must experience knowledge familiarity proficiency".split()
)
# A call to act opens a sentence, not a name: "Apply now (ASAP)", "Join us (APPLY)".
_CALLS = frozenset("apply join call click email send visit text submit register sign contact".split())
# A kind of tool before an example of it: "Cloud platforms (OCI)", "Monitoring tools (APM)", "Observability stack (ELK)".
_CATEGORY_NOUNS = frozenset(
    "platform platforms tool tools tooling language languages database databases framework frameworks system systems "
    "software service services provider providers cloud clouds environment environments stack stacks library libraries "
    "engine engines protocol protocols standard standards solution solutions suite suites package packages vendor vendors "
    "product products technology technologies format formats app apps application applications".split()
)


# A plan's or standard's number after the acronym in its brackets: "Occupational pension (ITP 1)" (blind set S122).
_PLAN_NUMBER = re.compile(r"\d{1,2}\s*\)")
# Two or more capitalised words, small linking words between, right before "(": a name. Searched only in
# the 100 characters before an acronym (defined), so its retries stay bounded.
_NAME_BEFORE_BRACKET = re.compile(r"(?<![\w-])[A-Z][a-z][\w'’-]*(?:\s+(?:(?:of|and|for|the|on|in|&)\s+)?[A-Z][a-z][\w'’-]*)+\s*\($")
# Brackets holding an acronym of several words: "(PCI DSS)".
_ACRONYM_GROUP = re.compile(r"\(([A-Z][A-Z0-9&]+(?: [A-Z][A-Z0-9&]+)+)\)")
# A long form set off by a comma after the acronym: ", the Australian Health Practitioner Regulation Agency".
_APPOSITIVE = re.compile(r",\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+(?:of|and|for|the|&|[A-Z][\w'’-]*)){1,10})")


def defined_outside_blocks(posting: Posting, word: str, before: int) -> bool:
    """'Long Form (ACR)' on a line the reader took metadata from, before offset ``before``: a
    byline or header field kept as metadata, not as a block, still spells the acronym out."""
    source, needle = posting.source, f"({word})"
    for start, end in posting.meta_spans.values():
        if start >= before:
            continue
        first = source.rfind("\n", 0, start) + 1
        last = source.find("\n", end)
        line_end = min(before, len(source) if last < 0 else last)
        at = source.find(needle, first, line_end)
        if at >= 0 and defined(source, at + 1, at + 1 + len(word)):
            return True
    return False


def spells(before: str, acronym: str) -> bool:
    """Whether the words just before "(ACR)" can be its long form: the acronym's letters, in order,
    within them, its first letter starting one of them ("Healthcare of Ontario Pension Plan (HOOPP)",
    "eXtensible Markup Language (XML)"); "our defined-benefit pension (HOOPP)" spells nothing."""
    letters = [c.lower() for c in acronym if c.isalpha()]
    # Accented letters are letters ("de l'équité, de la santé et de la sécurité du travail (CNESST)", blind set S47),
    # and a French name's small words make it long: sixteen words back.
    words = re.findall(r"[^\W\d_]+", unaccented(before))[-16:]
    if not letters or not words:
        return False
    starts = [i for i, w in enumerate(words) if w[0].lower() == letters[0]]
    for first in starts:
        rest = "".join(words[first:]).lower()
        k = 0
        for c in rest:
            if k < len(letters) and c == letters[k]:
                k += 1
        if k == len(letters):
            return True
    return False

# A run of capitalised words, small words allowed inside: "Computer Systems", "Office of Personnel Management".
# Words only, not codes: "GS-15 Step" spells no GS.
# French, Spanish and German names link their words too: "Comité Social et Économique" (CSE).
# A name may open with a lone capital, "Y Combinator" (YC, blind set S88), "X Corp"; not "A" or "I", words.
# The first word is taken whole and at most 42 long: a long hyphenated run ("Ab-Ab-…") is not retried from each
# of its words (it was, and 60,000 characters of one took 90 s).
_CAPITALISED_RUN = re.compile(
    r"(?:\b[A-ZÀ-Þ][a-zß-ÿ][\w’'-]{0,40}+|(?<![\w’'&.-])[B-HJ-Z](?=[ \t]+[A-ZÀ-Þ][a-zß-ÿ]))"
    r"(?:\s+(?:(?:of|and|for|the|on|in|&|et|de|du|des|y|und|für)\s+)*[A-ZÀ-Þ][a-zß-ÿ][\w’'-]*)+"
)


class LongForms:
    """The long forms a reader has met, block by block in reading order: the initials of
    capitalised runs ("Computer Systems" -> CS, "Office of Personnel Management" -> OPM).
    Blocks are read only once an acronym asks, and each block once (linear in the posting)."""

    def __init__(self, posting: Posting) -> None:
        self.posting = posting
        # A pasted header's fields are read first: "Location: Waikato, New Zealand" spells NZ. (Not a
        # page's <title> or meta description, nor front matter: no reader of the posting sees those.)
        self.met: set[str] = set()
        if posting.format == "text":
            self.met = {word for key, value in posting.meta.items() if isinstance(value, str) and key in posting.meta_spans for word in _runs(value)}
        self.passed: list[Block] = []
        self.block: Block | None = None
        self.runs: dict[str, int] | None = None  # the current block's initials -> where its first run ends

    def reach(self, block: Block) -> None:
        if self.block is not None:
            self.passed.append(self.block)
        self.block, self.runs = block, None

    def spell(self, word: str, before: int) -> bool:
        """Whether ``word`` is the initials of a long form before offset ``before`` of the current block."""
        for b in self.passed:
            self.met.update(_block_runs(self.posting, b))
        self.passed.clear()
        if word in self.met:
            return True
        if self.runs is None and self.block is not None:
            self.runs = _block_runs(self.posting, self.block)
        end = (self.runs or {}).get(word)
        return end is not None and end <= before


def _block_runs(posting: Posting, block: Block) -> dict[str, int]:
    """:func:`_runs` of a block, once per posting: the long forms read so far and those read
    ahead for a "spelled out only later" message share them."""
    cache: dict[int, dict[str, int]] = posting._cache.setdefault("acronym-runs", {})
    runs = cache.get(id(block))
    if runs is None:
        runs = cache[id(block)] = _runs(_cells_apart(posting, block) if block.kind == "table_row" else block.text)
    return runs


# What parts a table's cells in the source: a Markdown pipe, an HTML cell's tag, a tab.
_CELL_MARK = re.compile(r"\||<\s*/?\s*t[dh]\b|\t", re.IGNORECASE)
_BLANKS = re.compile(r"\s+")


def _cells_apart(posting: Posting, block: Block) -> str:
    """A table row's text with a bar for the blanks that part two cells: a long form lies within one cell
    (a header's "Grade | Step 1" spells no GS, blind set S117)."""
    text, source, pieces, last = block.text, posting.source, [], 0
    for m in _BLANKS.finditer(text):
        if 0 < m.start() and m.end() < len(text) and _CELL_MARK.search(source, block.end_at(m.start()), block.at(m.end())):
            pieces += [text[last : m.start()], "|" * (m.end() - m.start())]
            last = m.end()
    return "".join(pieces) + text[last:] if pieces else text


def _runs(text: str) -> dict[str, int]:
    """Initials of each capitalised run in ``text`` -> the end of the first run that spells them
    (one look-up per acronym, however many a block holds)."""
    found: dict[str, int] = {}
    for m in _CAPITALISED_RUN.finditer(text):
        for spelled in _initials_of_run(m.group(0).split()):
            found.setdefault(spelled, m.end())
    if ", " in text:
        for m in _LISTED_RUN.finditer(text):
            # "Diversity, Equity, Inclusion & Accessibility" spells DEIA and DEI&A (precision sample 7373).
            letters = "".join(w[0] for w in _LISTED_WORD.findall(m.group(0))).upper()
            found.setdefault(letters, m.end())
            found.setdefault(f"{letters[:-1]}&{letters[-1]}", m.end())
    if "roup" in text:
        for m in _ONE_WORD_GROUP.finditer(text):
            # Canada's occupational groups take a word's first letters: "the Executive group" spells EX.
            for size in (2, 3):
                found.setdefault(m.group(1)[:size].upper(), m.end(1))
    return found


# Three to eight capitalised words listed, the last after "and" or "&": a long form written as a list.
# A word starts after no word character or hyphen, and is at most 30 long: a long hyphenated run ("Ab-Ab-…") is tried once.
_LISTED_RUN = re.compile(r"(?<![\w’'-])[A-Z][a-z][\w’'-]{0,30}(?:,\s+[A-Z][a-z][\w’'-]{0,30}){1,6},?\s+(?:and|&)\s+[A-Z][a-z][\w’'-]{0,30}")
_LISTED_WORD = re.compile(r"[A-Z][a-z][\w’'-]*")
_ONE_WORD_GROUP = re.compile(r"\b([A-Z][a-z]{2,})\s+[Gg]roup\b")


def _initials_of_run(words: list[str]) -> set[str]:
    """:func:`_run_initials`, and with X for an "ex-" word where the trade writes one: "Customer Experience"
    spells CX as well as CE, "User Experience" UX, "Foreign Exchange" FX (blind set S77)."""
    found = _run_initials(words)
    if any(w in _X_WORDS for w in words):
        found |= _run_initials(["X" + w[1:] if w in _X_WORDS else w for w in words])
    return found


_X_WORDS = frozenset({"Experience", "Exchange"})


def _run_initials(words: list[str]) -> set[str]:
    """The initials of a whole run, with and without its small words, and without an opening
    "The" or "At": "The Office of Personnel Management" gives OPM and OOPM. Parts of a run
    are not taken ("General Services Administration" spells GSA, not GS, the General Schedule), but
    for the kind of body a long name ends in: its last three capitalised words."""
    if len(words) > 2 and words[0] in _OPENERS:
        words = words[1:]
    found = {initials(words), unaccented("".join(w[0] for w in words).upper())}
    # "Treasury Board Secretariat of the Government of Canada": two names, TBS and GC, on either side
    # of "of the"; "a General Manager for Pine Street Brasserie": GM and PSB on either side of "for".
    for i in range(1, len(words) - 1):
        link = 2 if words[i] == "of" and words[i + 1] == "the" else 1 if words[i] == "for" else 0
        if link:
            for part in (words[:i], words[i + link :]):
                if len(part) >= 2:
                    found |= {initials(part), unaccented("".join(w[0] for w in part).upper())}
    if len(words) > 2 and words[0] in _RANKS:
        # "Senior Site Reliability Engineer" spells SRE: a rank before a job's name (blind set S22).
        found |= {initials(words[1:]), unaccented("".join(w[0] for w in words[1:]).upper())}
    cut = len(words)
    if cut > 2 and has_role_word(words[-1]):  # the job's noun, then its ranks: "… Deputy Director"
        cut -= 1
        # "Customer Experience Team Lead": the team's name before a lead's (blind set S77).
        while cut > 2 and (words[cut - 1] in _RANKS or words[cut - 1] == "Team"):
            cut -= 1
    if 2 <= cut < len(words):
        # "Presidential Innovation Fellows Deputy Director" spells PIF: a program's name before a job's (sample 7474).
        found |= {initials(words[:cut]), unaccented("".join(w[0] for w in words[:cut]).upper())}
    if len(words) >= 4 and all(w[:1].isupper() for w in words[-3:]):
        # The kind of body a name ends in: "Pecan Hollow Independent School District", then "Pecan Hollow ISD"
        # (blind set S69). Three words at least: "General Services Administration" still spells no SA.
        found.add(initials(words[-3:]))
    return found


_RANKS = frozenset({"Senior", "Junior", "Lead", "Principal", "Staff", "Sr", "Jr", "Graduate", "Trainee", "Chief", "Deputy", "Assistant", "Associate"})

_OPENERS = frozenset(("The", "A", "An", "At", "Our", "Join", "With", "In", "As", "For"))
