"""STR009: a required degree accepts equivalent experience ("Bachelor's degree in Computer Science
or equivalent practical experience"); a degree waived, preferred or being studied for is no gate."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from postlint.builtin.structure.content import PREFERRED_WORDS, marks_preferred
from postlint.builtin.structure.degree_licences import needs_degree
from postlint.builtin.structure.degree_names import degree_patterns, degree_starts, find_degree
from postlint.engine.rule import Context, Rule
from postlint.language.prefilter import LoweredPattern
from postlint.model.diagnostic import Diagnostic
from postlint.model.posting import Block, Posting
from postlint.model.schema import QUALIFICATION_KINDS


def _degree_before_or(text: str, at: int) -> re.Match[str] | None:
    """A degree earlier in the clause whose "or" (at ``at``) leads to another degree: "B.Tech or MBA from a
    Tier-1 institute is mandatory" offers one degree or another, no alternative to a degree (blind set S85)."""
    # After the last full stop that ends a sentence, not "B.Tech"'s.
    start = max((i + len(c) for c in (". ", "; ", "\n") if (i := text.rfind(c, 0, at)) >= 0), default=0)
    return find_degree(text, start, at)


# "or equivalent" is an alternative to the degree, unless it names another field or degree ("… in Nursing or
# an equivalent field", "or equivalent degree": still a degree).
_EQUIVALENT = LoweredPattern(re.compile(r"(?i)\b(?:or (?:an? )?equivalent(?!\s+(?:field|discipline|subject|major|area|degree|programme|program)s?\b)|equivalent (?:practical |work |professional )?experience|or (?:comparable|related|relevant) (?:work )?experience|in lieu of|or equivalent combination|experience in place of|not required|or demonstrable experience|(?:may|can) (?:be )?substitute[ds]? for (?:the )?(?:required |minimum )?(?:education|degree)|substitution"
    # "…, or at least 3 years of professional translation experience", "or have acquired substantially equivalent
    # knowledge in some other way" (a Swedish university's wording; blind set S51).
    r"|or (?:at least |a minimum of )?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|ten)\+? years? of (?:[\w-]+ ){0,4}?experience"
    r"|substantially equivalent|equivalent (?:knowledge|qualifications?|competence)"
    # A test of skill in place of the degree: a US paraprofessional's "associate degree, two years of college,
    # or a passing score on the ParaPro Assessment".
    r"|or (?:an? |by )?(?:passing (?:score|grade|mark)|pass(?:ing)? (?:an? |the )?(?:[\w'’-]+ ){0,3}?(?:assessment|exam|examination)))\b"))


# Where a sentence ends inside a block: a stop before a capital ("B.Sc. or equivalent" goes on), or a line break;
# not the stop of an abbreviation ("an accredited U.S. University or equivalent experience", review).
_SENTENCE_END = re.compile(r"(?<!\.[A-Za-z])(?<!\b[A-Z])(?<!\bInc)(?<!\bLtd)(?<!\bCo)(?<!\bSt)(?<!\bNo)(?<!\bDr)[.!?]\s+(?=[A-Z])|\n")
_WORD = re.compile(r"\w")


def _offers_equivalent(text: str) -> bool:
    """Whether ``text`` offers an alternative to the degree. One that hangs on what comes before it in its sentence
    ("three years at Higher Executive Officer level or equivalent", "CompTIA Security+ or equivalent") is that
    thing's alternative: it counts only where its sentence names a degree (blind set S98). One that stands alone
    ("Or equivalent experience.", "Equivalent experience will be considered") is about the degree."""
    sentences: list[tuple[int, int]] | None = None
    degrees: list[int] | None = None
    for m in _EQUIVALENT.finditer(text):
        if m.group(0).lower() == "not required":
            continue
        if not m.group(0).lower().startswith("or"):
            return True
        if sentences is None:
            cuts = [(e.start(), e.end()) for e in _SENTENCE_END.finditer(text)]
            sentences = list(zip([0, *(b for _, b in cuts)], [*(a for a, _ in cuts), len(text)], strict=True))
        start, end = sentences[bisect_right(sentences, (m.start(), len(text))) - 1]
        if not _WORD.search(text, start, m.start()):
            return True  # "Or equivalent experience" opens its sentence
        if degrees is None:
            degrees = degree_starts(text)
        if (i := bisect_left(degrees, start)) < len(degrees) and degrees[i] < end:
            return True
    return False


# A degree item that hands over to the next one ("…related field; or") or is taken up by it ("Or four years…").
_OR_LAST = re.compile(r"(?i)\bor$")


def _ends_in_or(text: str) -> bool:
    """Whether the item ends in "or", perhaps with one mark after it ("…related field; or", "or:").

    Read from the end: a pattern ending in ``\\s*$`` retried the whole run of blanks from each
    of its blanks (a 50 KB run in one item took 95 s)."""
    tail = text.rstrip()
    if tail[-1:] in (":", ";", ",", "."):
        tail = tail[:-1].rstrip()
    return _OR_LAST.search(tail[-3:]) is not None


# A degree offered as the other's alternative: "Three years of payroll experience, or a relevant degree".
_OR_BEFORE = re.compile(r"(?i)\bor\s+(?:an?\s+|the\s+)?$")
_OR_FIRST = re.compile(r"(?i)\s*(?:\(?[a-z0-9][.)]\s*)?or\b")


# A degree waived: "No degree required", "You don't need a computer science degree", "a degree is not needed".
_WAIVED = re.compile(
    r"(?i)\b(?:no|without(?: an?)?|(?:do|does|will) not need(?: an?)?|(?:don['’]t|doesn['’]t|won['’]t) need(?: an?)?)\s+(?:[\w'’-]+\s+){0,3}?degrees?\b"
    r"|\bdegrees?\b[^.;!?\n]{0,40}?\b(?:is|are)\s+not\s+(?:required|needed|necessary|a requirement)"
    r"|\bdegrees?\s+(?:is\s+)?(?:not\s+required|optional)\b"
)


# A degree's level, to tell a waived master's from a required bachelor's; None for a degree of no named level.
_LEVELS = (
    ("doctorate", re.compile(r"(?i)\b(?:ph\.?\s?d|doctor(?:ate|al)?|d\.?phil)\b")),
    ("master", re.compile(r"(?i)\b(?:master['’]?s?|m\.?sc|mba|msn|m\.?eng|m\.?tech|m\.?a\.?|m\.?s\.?)\b")),
    ("bachelor", re.compile(r"(?i)\b(?:bachelor['’]?s?|b\.?sc|b\.?com|b\.?tech|b\.?eng|bsn|bba|b\.?a\.?|b\.?s\.?|undergraduate)\b")),
    ("associate", re.compile(r"(?i)\bassociate(?:['’]?s)?\s+(?:degree|of\s+(?:applied\s+)?(?:arts|science))\b")),
)


def _level(text: str) -> str | None:
    return next((name for name, pattern in _LEVELS if pattern.search(text)), None)


# A doctorate by its post: "PhD Position in Urban Flood Modelling", "Doctoral Candidate in…", "Fully funded PhD:", "Promovendus".
# ("PhD in …" only opening the title: "Senior Data Scientist (PhD in Statistics)" asks for one.)
_DOCTORAL_POST = re.compile(
    r"(?i)\b(?:ph\.?\s?d|doctoral|d\.?phil)\s+(?:position|candidate|student(?:ship)?|researcher|fellow(?:ship)?|scholarship|"
    r"project|programme|program|vacanc(?:y|ies)|opportunit(?:y|ies))\b|^\W*(?:ph\.?\s?d|doctoral|d\.?phil)\s+(?:in|on)\b"
    r"|\bfunded\s+ph\.?\s?d\b|^\W*ph\.?\s?d\s*[:–—]|\bpromovend"
    # A postdoc, whose doctorate is the post's entry requirement too (blind set S73 re-score).
    r"|\bpost-?\s?doc(?:toral)?\b"
)
# A line that opens a field of its own: "PG: Not required" under "UG: B.Tech …".
_FIELD_LINE = re.compile(r"\n(?=[ \t]*[A-Za-z][\w ./&-]{0,24}:)")


def _field_span(text: str, at: int) -> tuple[int, int]:
    """Where the field line of ``text`` that holds offset ``at`` starts and ends (all of it when it holds no fields)."""
    start = max((m.end() for m in _FIELD_LINE.finditer(text) if m.end() <= at), default=0)
    end = m.start() if (m := _FIELD_LINE.search(text, at)) else len(text)
    return start, end


# A sentence's end inside a field, not a line's (a hard-wrapped "…degree in computer science\nis preferred." is one).
_STOP = re.compile(r"(?<!\.[A-Za-z])(?<!\b[A-Z])[.!?]\s+(?=[A-Z])")
# A sentence naming a qualification of its own: its preference is that one's, not the degree's.
_OWN_QUALIFICATION = re.compile(
    r"(?i)\b(?:experience|knowledge|skills?|familiarity|proficiency|fluency|exposure|background|understanding|certificat(?:e|es|ion|ions)|licen[cs]es?)\b"
)


# A degree the role suits, not one it asks for: "Ideal for a recent graduate of a … master's program" (blind set S122).
_SUITS = re.compile(r"(?i)\b(?:ideal|perfect|well[- ]suited)\s+for\b")


def _hedged(text: str, start: int, end: int, at: int) -> bool:
    """The degree at ``at`` is preferred: a preference word in its own sentence, or in another sentence of its field
    that names nothing of its own ("A university degree. This is desirable."). "Past experience in retail will be
    preferred" or "Female candidates preferred" beside it hedges no degree (blind set S114: a Naukri paragraph, a
    sentence a line)."""
    if not PREFERRED_WORDS.search(text[start:end]) and not _SUITS.search(text, start, end):
        return False
    cuts = [start, *(m.end() for m in _STOP.finditer(text, start, end)), end]
    for a, b in zip(cuts, cuts[1:], strict=False):
        sentence = text[a:b]
        if a <= at < b:
            if PREFERRED_WORDS.search(sentence) or _SUITS.search(sentence):
                return True
        elif marks_preferred(sentence) and not _OWN_QUALIFICATION.search(sentence) and find_degree(sentence) is None:
            return True
    return False


# Internships ask for students: "currently enrolled in a Bachelor's program" is not a degree gate.
_STUDYING = re.compile(r"(?i)\b(?:enrolled|pursuing|studying|working towards?|student|candidate for)\b")


_GATE_KINDS = (*QUALIFICATION_KINDS, "eligibility")


# A sentence of running text that says what the job requires: "What you need: a degree in computer science…" (a social
# post with no headings, blind set S110), "You'll need a bachelor's degree in…", "Requirements: …".
_NEED_LEAD = re.compile(
    r"(?i)(?:^|(?<=[.!?])\s++|\n)[^\w\n]{0,3}(?:what (?:you(?:['’]ll)? need|you must have|we need(?: from you)?)|who we(?:['’]re| are)? (?:want|need|looking for)"
    r"|requirements?|must[- ]haves?|essentials?|you(?:['’]ll| will)? need(?: to have)?|you must (?:have|hold)"
    # The candidate in the third person: "Candidates must hold a B.E./B.Tech degree…" (blind set S114).
    r"|(?:(?:a|the|all) )?(?:(?:successful|ideal|right) )?(?:candidate|applicant)s? (?:will|must|should|shall)(?: need to)? (?:have|hold|possess))"
    r"\s*(?:[:–—-]\s*|\s)"
)


# A degree's own sentence saying it is required: "Bachelor's degree required.", "A degree in law is mandatory" (blind
# set S114: under a heading no alias names); read from the degree's end to its sentence's.
# Only its field or class may come between ("… in Computer Science, Engineering or a related field is required"), not
# another clause ("a master's degree, and attendance is required").
# (One blank at a time: a run of them is never tried two ways.)
_SAID_REQUIRED = re.compile(
    r"(?i)(?:[ \t]?\([^()\n]{0,40}\)|[ \t](?:in|from|of)[ \t][^.;!?\n]{0,60}?)?,?[ \t]?(?:(?:is|are)[ \t])?"
    r"(?:(?:absolutely|strictly)[ \t])?(?:required|essential|mandatory|compulsory|a[ \t]must)\b"
)
_REQUIRED_WORD = re.compile(r"(?i)\b(?:required|essential|mandatory|a\s{1,3}must)\b")


def _sentences_needing(text: str) -> Iterator[tuple[int, int, int]]:
    """(sentence start, where its degree is looked for, sentence end) for each sentence of ``text`` that says what the
    job requires: one opening on what is needed, or one naming a degree and saying it is required. Each sentence once,
    its bounds found once (a sentence at a time was slow on a long one)."""
    leads = list(_NEED_LEAD.finditer(text))
    said = any(w in text for w in ("requir", "ssential", "andatory", "ompulsory", "must"))
    if not leads and not said:
        return  # most paragraphs: no degree is looked for
    cuts = [(e.start(), e.end()) for e in _SENTENCE_END.finditer(text)]
    starts, ends = [a for a, _ in cuts], [b for _, b in cuts]
    for lead in leads:
        k = bisect_left(starts, lead.end())
        yield lead.start(), lead.end(), starts[k] if k < len(starts) else len(text)
    if not said:
        return
    seen: set[int] = set()
    for m in sorted((m for p in degree_patterns(text) for m in p.finditer(text)), key=lambda m: m.start()):
        j = bisect_right(ends, m.start())
        if j in seen or not (_SAID_REQUIRED.match(text, m.end()) or _REQUIRED_WORD.search(m.group(0))):
            continue  # ("A degree is required" is one match)
        seen.add(j)
        yield ends[j - 1] if j else 0, m.start(), starts[j] if j < len(starts) else len(text)


def _required_in_prose(posting: Posting, skip: set[int]) -> tuple[Block, re.Match[str]] | None:
    """A degree in a sentence of running text, outside the qualifications, that opens by saying what the job requires
    ("What you need: a degree in computer science…") or says the degree is required ("Bachelor's degree required.");
    not one preferred, studied for, waived or offered as the alternative, nor in a paragraph that offers equivalent
    experience."""
    for block in posting.body_blocks():
        if block.kind != "paragraph" or id(block) in skip:
            continue
        for start, after, end in _sentences_needing(block.text):
            m = find_degree(block.text, after, end)
            if m is None:
                continue
            sentence = block.text[start:end]
            if PREFERRED_WORDS.search(sentence) or _SUITS.search(sentence) or _STUDYING.search(sentence) or _WAIVED.search(sentence) or _OR_BEFORE.search(block.text, max(0, m.start() - 12), m.start()):
                continue
            if _offers_equivalent(block.text) or needs_degree(block.text):
                return None
            return block, m
    return None


class DegreeGate(Rule):
    code: str = "STR009"
    name: str = "degree-gate"
    summary: str = "A required degree should accept equivalent experience."
    why: str = (
        "Degree requirements screen out capable people without changing who gets hired (Burning Glass Institute and "
        "Harvard Business School, 2024); 'or equivalent experience' keeps the pool open. schema.org has "
        "experienceInPlaceOfEducation for the same reason."
    )
    source: str = "https://www.hbs.edu/managing-the-future-of-work/Documents/dismissed-by-degrees.pdf"
    notes: str = (
        "Not reported where the required qualifications also ask for a licence the law grants only to graduates "
        "(a teaching licence, QTS or registration with a teaching regulator such as the VIT, admission to the bar, CPA, a medical or pharmacy licence (or registration with a pharmacy council or board, the GPhC), 'MD or DO', a social "
        "worker's or a nurse's registration or licence (with the NMC, AHPRA, NMBI, Ontario's CNO or a college of nurses), "
        "the licence of a profession only its graduates enter ('an active NP license', 'APRN licensure', 'licensure as a "
        "physician assistant', 'Registered dietitian', 'must be a licensed psychologist'; not a pharmacy technician's "
        "licence, nor licensed people the hire works beside), a work visa granted to graduates (or a degree attested for one, or one the text says the visa or its sponsorship requires), a degree the text says the law requires): experience cannot stand in for the degree there. Nor in a PhD post, whose "
        "Master's is the doctorate's entry requirement. An associate degree is a degree, and so is a bare 'degree' with a "
        "word that requires it ('(degree obligatory)', 'degree mandatory'; not 'to some degree required'); a test offered in its place "
        "('or a passing score on the ParaPro Assessment') is an alternative; another degree ('B.Tech or MBA') is not. "
        "An 'or equivalent' hanging on another requirement ('three years at Higher Executive Officer level or "
        "equivalent', 'Security+ or equivalent') is that requirement's alternative, not the degree's: it counts in the "
        "degree's own sentence, or standing alone ('Or equivalent experience'). A degree under an eligibility heading "
        "('Eligibility', 'Who can apply') is read as a required qualification too. Besides those sections, "
        "a degree in running text is read where its sentence opens by saying what the job needs ('What you need: a "
        "degree in computer science…', 'You'll need a bachelor's degree', 'Candidates must hold a B.Tech'), or where it says "
        "the degree is required ('Bachelor's degree required.', under a heading no alias names), as a post with no headings says it. "
        "A preference ('ideal for a recent graduate of a master's program' too) hedges the degree in its own sentence, or in another that names nothing of its own ('A university degree. "
        "This is desirable.'); not 'Past experience in retail will be preferred' nor 'Female candidates preferred' beside it."
    )
    example: str = "# Data Engineer\n\n## Education\n\n- Bachelor's degree in Computer Science."
    passing: str = "# Data Engineer\n\n## Education\n\n- Bachelor's degree in Computer Science or equivalent practical experience."

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        if posting.title and _DOCTORAL_POST.search(posting.title):
            return  # a PhD post: the Master's it asks for is the doctorate's entry requirement (blind set S54)
        # A part of a qualifications section is read with it ("### Essential" under "## Person specification").
        # An eligibility part asks for what a candidate must hold too: India's "ELIGIBILITY" over "Essential
        # Qualification: Bachelor's Degree in Commerce" (blind set S111).
        sections = [s for s in posting.walk() if s.kind in _GATE_KINDS or (s.kind == "other" and s.parent_kind in _GATE_KINDS)]
        # An alternative among the nice-to-haves ("Postdoctoral experience or equivalent research
        # experience") is no alternative to the required degree.
        preferred = {id(b) for s in posting.find_all("preferred-qualifications") for b in s.all_blocks()}
        texts = [b.text for s in sections for b in s.all_blocks() if id(b) not in preferred]
        if any(_offers_equivalent(t) for t in texts):
            return
        # "not required" waives the degree only beside one ("MSN is a plus but not required" waives no BSN, blind set S23),
        # and only one of its level ("A Master's degree is not required" waives no BCom, blind set S31).
        # A field's line is read alone: "UG: B.Tech … is mandatory." over "PG: Not required" waives no B.Tech (blind set S54).
        lines = [line for t in texts for line in _FIELD_LINE.split(t)]
        waived = {_level(t) for t in lines if (m := _EQUIVALENT.search(t)) and m.group(0).lower() == "not required" and find_degree(t)}
        for section in sections:
            for i, block in enumerate(section.blocks):
                if block.kind not in ("list_item", "paragraph", "table_row"):
                    continue
                m = find_degree(block.text)
                if m and _ends_in_or(block.text):
                    continue  # "A bachelor's degree in …; or" + "Four years of experience": the next item is the alternative
                if m and i + 1 < len(section.blocks) and _OR_FIRST.match(section.blocks[i + 1].text):
                    continue  # the same, with the "Or" opening the next item
                if m and _WAIVED.search(block.text):
                    continue  # "No degree required.", "You don't need a degree": the opposite of a gate
                if m and (o := _OR_BEFORE.search(block.text, max(0, m.start() - 12), m.start())):
                    if (first := _degree_before_or(block.text, o.start())) is None:
                        continue  # "Three years of payroll experience, or a relevant degree": the degree is the alternative (review)
                    m = first
                span = _field_span(block.text, m.start()) if m else (0, 0)
                field = block.text[span[0] : span[1]]
                if m and not _hedged(block.text, *span, m.start()) and not _STUDYING.search(field):
                    if None in waived or _level(field) in waived:
                        return  # "Degree not required for candidates with five years of experience"
                    if any(needs_degree(t) for t in texts):
                        return  # a licence only graduates get (looked for last: the slowest test, and most postings gate nothing)
                    yield self.at_block(posting, block, m.start(), m.end(), _MESSAGE)
                    return
        # Running text that says what the job needs, outside any qualifications section (blind set S110).
        if found := _required_in_prose(posting, {id(b) for s in sections for b in s.all_blocks()} | preferred):
            block, m = found
            if not any(needs_degree(t) for t in texts):
                yield self.at_block(posting, block, m.start(), m.end(), _MESSAGE)


_MESSAGE = "A degree is required with no alternative: add 'or equivalent practical experience' so skills count as much as credentials."


RULES: list[Rule] = [DegreeGate.default()]
