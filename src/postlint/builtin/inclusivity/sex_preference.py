"""INC020: a job limited to or preferring one sex ("Female applicants preferred", "Gender: Male").

US law has said so since 1965: 29 CFR 1604.5 makes it a violation of Title VII for a
help-wanted advertisement to indicate a preference, limitation or specification based on
sex, unless sex is a bona fide occupational qualification. The UK's Equality Act 2010
(Schedule 9) allows an occupational requirement only where the posting can justify it, and
job boards in the Philippines and India still print such preferences (blind set S20).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from postlint.engine.rule import Context, Rule
from postlint.engine.scope import in_quotes, scope_blocks
from postlint.language.prefilter import blocks_matching
from postlint.model.diagnostic import Diagnostic
from postlint.model.posting import Posting

_SEX = r"(?:female|male|females|males|women|men|ladies|gentlemen)"  # not "man hours", "one-man band"
# The people a job serves, not those it hires: "female patients only", "a men's clinic".
_SERVED = (
    r"(?:patients?|clients?|customers?|residents?|students?|guests?|members?|athletes?|pupils?|inmates?|service users?"
    r"|participants?|subjects?|volunteers?|respondents?|mothers?|babies|infants|children|survivors?"
    r"|survivors?|youth|teams?|ward|wards|clinic|clinics|clothing|fashion|wear|shoes?|health|sports?|changing rooms?|toilets?)"
)
# The second of two sexes named together ("male or female", "men and women", "male/female") states no preference.
_NOT_SECOND = r"(?<![/&])(?<![/&]\s)(?<!\bor\s)(?<!\band\s)"
# Words before "only" that describe the world, not this job: "too often only men are considered".
_GENERIC_BEFORE = "".join(
    rf"(?<!\b{word}\sonly)"
    for word in ("often", "usually", "typically", "traditionally", "historically", "generally", "frequently", "commonly", "sometimes", "still")
)
_PREFERENCE = re.compile(
    # "Female applicants preferred", "male nurse required", "Females only", "men only"; not "male or female applicants"
    rf"(?i)\b{_NOT_SECOND}{_SEX}\s+(?!{_SERVED}\b|and\b|or\b)(?:[a-z-]+\s+){{0,2}}?(?:only|preferred|required(?!\s+to\b)|wanted|needed|welcome\s+only)\b"
    # A clause between: "Male candidates who have completed military service are preferred" (blind set S72);
    # not "…are required to bring ID".
    # The word closes the clause: "…with the experience needed for this role are encouraged to apply" and "…who
    # have the skills required are encouraged…" need the experience and the skills, not the sex.
    rf"|\b{_NOT_SECOND}{_SEX}\s+(?:candidates|applicants)\s+(?:who|that|with|having)\s[^.;:!?\n]{{0,80}}?\s"
    r"(?:(?:are|is|will\s+be)\s+)?(?:strongly\s+)?(?:preferred|required|wanted|needed)\b"
    r"(?!\s+(?:to|are|is|will)\b|\s+(?:for|by|in|of|at|on|and|or|from|under|as)\s[^.;:!?\n]{0,40}?\s(?:are|is|will)\b)"
    # "Only male candidates are allowed to apply", "Only males can apply" (blind set S74); not "not only male
    # candidates", "the only women on the team", "if only men apply"
    # nor what happens elsewhere: "too often only men are considered for leadership roles".
    rf"|\bonly(?<!\bnot\sonly)(?<!\bthe\sonly)(?<!\bif\sonly){_GENERIC_BEFORE}\s+(?:{_SEX}\s+(?:candidates|applicants)\b"
    r"|(?:females|males|women|men|ladies|gentlemen)\s+(?:can|may|should|are|will\s+be)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:apply|eligible|considered|accepted|hired|shortlisted)\b)"
    # "Preferably female", "ideally male" (blind set S21)
    r"|\b(?:preferably|ideally|prefer(?:ably)?\s+a)\s+(?:female|male|woman|man)\b(?!\s+(?:or|and|/)\b)"
    # "must be female", "should be a man"
    r"|\b(?:must|should|has\s+to|have\s+to)\s+be\s+(?:a\s+)?(?:female|male|woman|man)\b(?!\s+(?:of|or|and|who)\b)"
    # a board's field: "Gender: Female", "Sex: Male" (not "Gender: Male/Female" or "Any")
    r"|\b(?:gender|sex)\s*[:：-]\s*(?:female|male)\b(?!\s*(?:or|/|and|&)\s*(?:female|male))"
    # "looking for a female receptionist", "we are hiring male drivers"
    rf"|\b(?:looking\s+for|seeking|hiring|need|needs|require|requires)\s+(?:an?\s+|\d+\s+)?(?:female|male)\s+(?!{_SERVED}\b|and\b|or\b)[a-z-]+"
    # "preference will be given to female candidates" (blind set S31); the noun alone: "Preference for male candidates,
    # due to the handling of equipment" (blind set S95), "Preference given to male candidates"; not "preference for
    # women-owned suppliers", "for women's health", "for male/female" (the negated preference is dropped in check()).
    r"|\b(?:(?:preference|priority)\s+(?:(?:will|may|shall)\s+be\s+|is\s+|are\s+)?given\s+to"
    r"|giv(?:e|es|ing)\s+(?:(?:first|special)\s+)?(?:preference|priority)\s+to|preference\s+for)"
    r"\s+(?:(?!(?:and|or|female|male|women|men)\s)[A-Za-z-]+\s+){0,2}?(?:female|male|women|men)"
    rf"(?:\s+(?:candidates|applicants))?\b(?![-'’]|\s*[/&]|\s+(?:and|or|{_SERVED})\b)"
    # The same the other way round: "Female candidates will be given preference" (blind set S83); not "equal preference".
    # (As candidates only: "pregnant women will be given priority" at a clinic are the people it serves; review.)
    rf"|\b{_NOT_SECOND}{_SEX}\s+(?:candidates|applicants)\s+(?:will|shall|may)\s+(?:be\s+given|get|receive|have)"
    r"\s+(?:(?:first|special)\s+)?(?:preference|priority)\b"
)
# A preference denied: "We have no preference for male or female candidates", "not give preference to men".
_NEGATED = re.compile(r"(?i)\b(?:no|not|never|without|nor)\b|n['’]t\b")
_CLAUSE_START = re.compile(r"[.;:!?\n]")


def _denied(text: str, start: int) -> bool:
    """Whether the clause before a preference noun at ``start`` negates it (60 characters back at most)."""
    before = text[max(0, start - 60) : start]
    cut = [m.end() for m in _CLAUSE_START.finditer(before)]
    return _NEGATED.search(before[cut[-1] if cut else 0 :]) is not None


# A preference an equity law provides for: South Africa's Employment Equity Act (designated groups,
# women among them), affirmative action. The law allows it; the rule is about preferences it bars.
_EQUITY_PLAN = re.compile(r"(?i)\bemployment\s+equity\b|\baffirmative\s+action\b|\bdesignated\s+groups?\b")
# A sex the work genuinely requires, said as such: the law's own exception.
_OCCUPATIONAL = re.compile(
    r"(?i)\b(?:genuine\s+occupational\s+(?:requirement|qualification)|occupational\s+requirement|bona\s+fide\s+occupational"
    r"|schedule\s+9|equality\s+act\s+2010|section\s+7\(2\)|intimate\s+(?:personal\s+)?care)\b"
)
# Every alternative of _PREFERENCE needs one of these whole words: as substrings, "men" and
# "man" would let every "management" and "manager" through to the slow pattern.
_HINT = re.compile(r"\b(?:fe)?males?\b|\bwom[ae]n\b|\bm[ae]n\b|\bladies\b|\bgentlemen\b|\bgender\b|\bsex\b")


class SexPreference(Rule):
    code: str = "INC020"
    name: str = "sex-preference"
    summary: str = "A job limited to or preferring one sex ('Female applicants preferred', 'Preference for male candidates', 'must be male', 'Gender: Female')."
    why: str = (
        "29 CFR 1604.5: a help-wanted advertisement may not indicate a preference, limitation or specification based on sex "
        "unless sex is a bona fide occupational qualification; the UK's Equality Act 2010 allows an occupational requirement "
        "only where it can be justified."
    )
    source: str = "https://www.ecfr.gov/current/title-29/subtitle-B/chapter-XIV/part-1604/section-1604.5"
    severity: str = "error"
    licence: str = "MIT (these patterns, written for postlint from 29 CFR 1604.5, public domain)"
    example: str = "# Receptionist\n\nFemale applicants preferred. Must be 18 or over."
    passing: str = "# Receptionist\n\nWomen and men are equally welcome to apply; we serve female patients only."
    notes: str = (
        "Not reported: the people the job serves ('female patients only', 'men's clothing'), encouragement that limits no "
        "one ('female applicants are encouraged to apply', 'women applicants who have the skills required are encouraged "
        "to apply', 'women and men are welcome'), what happens elsewhere ('too often only men are considered for "
        "leadership roles'), a preference denied ('no preference for male candidates', 'we do not give preference to men'), "
        "a business or a field named for a sex ('women-owned suppliers', 'women's health'), 'male or female', 'not only male "
        "candidates', a duty ('female staff are "
        "required to wear the uniform'), quotes, and a "
        "posting that states the occupational requirement the law allows ('genuine occupational requirement', 'Schedule 9 "
        "of the Equality Act 2010', 'intimate personal care'), or a preference under an equity plan the law provides for "
        "(South Africa's 'Employment Equity', 'affirmative action', 'designated groups')."
    )

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        # Headings and labels too: a board's "Gender: Female" field reads as a label.
        hits = [
            (block, m)
            for block in blocks_matching(posting, scope_blocks(posting, "text"), _HINT)
            for m in _PREFERENCE.finditer(block.text)
            if not in_quotes(block.text, m.start(), m.end())
            and not (m.group(0).lower().startswith(("preference", "priority", "giv")) and _denied(block.text, m.start()))
        ]
        if not hits or _OCCUPATIONAL.search(posting.text) or _EQUITY_PLAN.search(posting.text):
            return
        for block, m in hits:
            yield self.at_block(
                posting, block, m.start(), m.end(),
                f"'{m.group(0)}' states a preference for one sex, which US (29 CFR 1604.5) and UK law bar unless the work "
                "requires it: describe the work instead, and welcome everyone who can do it.",
            )


RULES: list[Rule] = [SexPreference.default()]
