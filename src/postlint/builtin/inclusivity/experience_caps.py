"""INC005: a cap on years of experience ("3-7 years", "no more than 7 years", a board's "Experience: 3 To 5 Years")
reads as an age limit in disguise."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import Field

from postlint.engine.rule import Context, Rule
from postlint.engine.scope import in_quotes, scope_blocks
from postlint.language.prefilter import blocks_with
from postlint.language.sentence_split import sentence_around
from postlint.model.diagnostic import Diagnostic
from postlint.model.posting import Block, Posting

# "no more than 7 years", "3-7 years of experience" (an upper bound), never "5+ years".
_CAP = re.compile(
    r"\b(?:no|not)\s+more\s+than\s+\d{1,2}\s+years?|\b(?:a\s+)?maximum\s+(?:of\s+)?\d{1,2}\s+years?"
    r"|\bat\s+most\s+\d{1,2}\s+years?|\b\d{1,2}\s+years?\s+maximum|\bup\s+to\s+\d{1,2}\s+years?(?=\s+(?:of\s+)?(?:relevant\s+|professional\s+|work\s+)?experience)"
    # "Candidates with more than 12 years of experience will not be considered" (blind set S19).
    r"|\b(?:more\s+than|over)\s+\d{1,2}\s+years?(?=[^.;!?]{0,60}\b(?:will\s+not|won['’]t|cannot|can\s?not|need\s+not|should\s+not)\s+(?:be\s+considered|apply))",
    re.IGNORECASE,
)
# A count in figures or words: "3-5 years", "two to four years", "between 2 and 4 years".
_NUMBER_WORDS = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
_COUNT = r"\d{1,2}|" + "|".join(_NUMBER_WORDS)
# A low and a high count: "3-5", "three (3) to five (5)", and Canada's Job Bank band "1 year to less than 2" (blind set S82).
_SPAN = rf"(?P<l>{_COUNT})(?:\s*\(\d{{1,2}}\))?(?:\s+years?)?\s*(?:-|–|—|〜|～|to(?:\s+less\s+than)?)\s*(?P<h>{_COUNT})(?:\s*\(\d{{1,2}}\))?"
_UNIT = r"\s*(?:years?|yrs?\.?)"
_RANGE = re.compile(
    rf"\b(?:between\s+(?P<bl>{_COUNT})\s+and\s+(?P<bh>{_COUNT})|{_SPAN}(?!\s*\+|\d))"
    r"\s+(?:years?|yrs?\.?)['’]?(?=\s+(?:of\s+)?(?:[\w&/.-]+\s+){0,6}?experience|\s+exp\b"  # "M&A", "CI/CD" are words here
    # Experience without the word: "3-6 years of professional Rust", "2-4 years in a similar role" (blind set S15).
    r"|\s+(?:of\s+)?(?:professional|commercial|hands-on|industry|production|post-qualification)\b"
    # A trade's practice for the word: "2-4 years of Shopify development" (blind set S30).
    r"|\s+of\s+(?:[\w&/.+#-]+\s+){0,3}?(?:development|engineering|programming|coding|bookkeeping|accounting|nursing|teaching)\b"
    # A tool used at work: "2-4 years of Rust in production", "of Python professionally" (blind set S39).
    r"|\s+of\s+(?:[\w&/.+#-]+\s+){1,3}?(?:in\s+production|professionally)\b"
    # "2-4 years in a similar role"; not "Staff typically spend 2-3 years in the role" (time in this job, blind set S52).
    # A kind of work may stand after "similar": "2-4 years in a similar backend role" (blind set S120).
    r"|\s+in\s+(?:a\s+)?(?:(?:similar|related|comparable)\s+(?:[\w&/.+#-]+\s+){0,2}?)?(?:role|position)s?\b"
    r"|\s+in\s+(?:a\s+|the\s+)?(?:similar\s+|related\s+|comparable\s+)?(?:industry|field|sales|retail|hospitality|management|leadership)\b)",
    re.IGNORECASE,
)
_EXPERIENCE = re.compile(r"experience|\bexp\b", re.IGNORECASE)


def _count(text: str) -> int:
    return int(text) if text.isdigit() else _NUMBER_WORDS[text.lower()]


class ExperienceCap(Rule):
    code: str = "INC005"
    name: str = "max-experience-cap"
    summary: str = "An upper limit on years of experience ('no more than 7 years', '3-5 years of experience')."
    why: str = "AARP told the EEOC (2017) that a maximum number of years 'has a clear and predictable disparate impact on older applicants'; Kleber v. CareFusion turned on such a cap."
    source: str = "https://us7thcircuitcourtofappealsopinions.justia.com/2019/01/23/kleber-v-carefusion-corp-2/"
    example: str = "You have 3 to 7 years (no more than 7 years) of relevant experience."
    passing: str = "You have 3 or more years of relevant experience."
    severity: str = "warning"
    notes: str = (
        "A range is read as a cap where it is about experience: before the word ('3-5 years of experience', "
        "'2-4 years in a similar role'), after an experience label ('Experience Needed: 3 To 5 Years', "
        "'Years of experience: 2-4', 'Years of Experience: Min: 10 Max: 15'), in a job board's experience field, or alone under an Experience heading. Canada's "
        "Job Bank band '1 year to less than 2 years' is a range too. A minimum ('5+ years') is never reported."
    )
    ranges: bool = Field(default=True, description="also report ranges like '3-5 years of experience' (at info level)")

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        yield from self._experience_field(posting)
        # Every cap and range says "year" or "yr": blocks without it are not scanned.
        for block in blocks_with(posting, scope_blocks(posting, "prose"), ("year", "yr")):
            text = block.text
            capped: list[tuple[int, int]] = []
            for m in _CAP.finditer(text):
                if not _EXPERIENCE.search(sentence_around(text, m.start(), m.end())):
                    continue
                capped.append(m.span())
                yield self.at_block(
                    posting, block, m.start(), m.end(),
                    f"'{m.group(0)}' caps experience, which screens out older applicants; state a minimum ('3+ years') instead.",
                )
            if not self.ranges:
                continue
            for m, span in self._ranges(posting, block):
                g = m.groupdict()
                low, high = _count(g.get("bl") or g.get("ml") or g["l"]), _count(g.get("bh") or g.get("mh") or g["h"])
                if high <= low or any(s < span[1] and span[0] < e for s, e in capped):
                    continue
                if in_quotes(text, *span):
                    continue
                capped.append(span)
                yield self.at_block(
                    posting, block, *span,
                    f"'{text[span[0]:span[1]]}' reads as a maximum of {high} years; write '{low}+ years' if more is welcome.",
                    severity="info",
                )

    def _ranges(self, posting: Posting, block: Block) -> Iterator[tuple[re.Match[str], tuple[int, int]]]:
        """Ranges of years of experience in ``block``: before the word ("3-5 years of experience"), after an
        experience label ("Experience: 3 to 5 years"), or alone under an Experience heading (Job Bank)."""
        text = block.text
        for m in _LABELLED.finditer(text):
            yield m, m.span("v")
        for m in _RANGE.finditer(text):
            yield m, m.span()
        section = posting.section_of(block.start)
        if section is not None and _EXPERIENCE_HEADING.search(section.title):
            m = _FIELD_RANGE.fullmatch(text.strip().rstrip("."))
            if m is not None:
                start = len(text) - len(text.lstrip())
                yield m, (start + m.start(), start + m.end())

    def _experience_field(self, posting: Posting) -> Iterator[Diagnostic]:
        """A job board's "Experience: 4-7 Yrs" field, read as metadata: the range is the experience asked for."""
        if not self.ranges:
            return
        for key in posting.meta:
            value, span = posting.meta.get(key), posting.meta_spans.get(key)
            if "experience" not in key or not isinstance(value, str) or not span:
                continue
            # "Years of experience: 3-5": the label gives the unit.
            m = (_FIELD_RANGE if "years" not in key else _FIELD_SPAN).fullmatch(value.strip()) or (
                _FIELD_MIN_MAX if "years" not in key else _FIELD_MIN_MAX_YEARS
            ).fullmatch(value.strip())
            if m is None or _count(m.group("h")) <= _count(m.group("l")):
                continue
            start = span[0] + (len(value) - len(value.lstrip()))  # type: ignore[index]
            yield self.diagnostic(
                posting, start, start + len(value.strip()),
                f"'{value.strip()}' reads as a maximum of {_count(m.group('h'))} years; write '{_count(m.group('l'))}+ years' if more is welcome.",
                severity="info",
            )


_FIELD_RANGE = re.compile(rf"(?i){_SPAN}{_UNIT}")
_FIELD_SPAN = re.compile(rf"(?i){_SPAN}(?:{_UNIT})?")
# A job board's experience field in the text: "Experience Needed: 3 To 5 Years" (Wuzzuf, blind set S82),
# "Years of experience: 3-5" (the label gives the unit).
# A board's two fields for the bounds: "Years of Experience: Min: 10 Max: 15" (Bayt, blind set S86).
_MIN_MAX = (
    # Possessive blanks around each optional mark: one way to split a run of blanks, so linear on long runs.
    r"min(?:imum)?\.?\s*+(?:[:：]\s*+)?(?P<{l}>{c})(?:{u})?\s*+(?:[,;/|-]\s*+)?max(?:imum)?\.?\s*+(?:[:：]\s*+)?(?P<{h}>{c}){tail}"
)
# Without "years" in the label, the unit must be written ("Min 6 Max 12 months" is no count of years).
_FIELD_MIN_MAX = re.compile("(?i)" + _MIN_MAX.format(l="l", h="h", c=_COUNT, u=_UNIT, tail=_UNIT))
_FIELD_MIN_MAX_YEARS = re.compile("(?i)" + _MIN_MAX.format(l="l", h="h", c=_COUNT, u=_UNIT, tail=f"(?:{_UNIT})?"))
_LABELLED = re.compile(
    rf"(?i)\b(?:(?P<y>years\s+of\s+)|(?:work|relevant|professional|total|required|minimum)\s+)?experience"
    rf"(?:\s+(?:needed|required|requirements?|level|range))?\s*[:：]\s*(?P<v>{_SPAN}(?(y)(?:{_UNIT})?|{_UNIT})"
    rf"|{_MIN_MAX.format(l='ml', h='mh', c=_COUNT, u=_UNIT, tail=f'(?(y)(?:{_UNIT})?|{_UNIT})')})(?![\w+])"
)
_EXPERIENCE_HEADING = re.compile(r"(?i)\bexperience\b")


RULES: list[Rule] = [ExperienceCap.default()]
