"""Where an inclusive-language hit is not bias: statements, invitations and names.

A term list cannot tell "we want young people" from "we hire regardless of
age": these cheap checks (no spaCy) let the INC rules and gender coding skip
words in EEO or diversity sections, sentences inviting people to apply, and
capitalised names or titles in mid-sentence.
"""

from __future__ import annotations

import re

from postlint.language.prefilter import LoweredPattern, may_contain
from postlint.language.sentence_split import sentence_around
from postlint.model.posting import Block, Posting

# Sentences that state a policy or invite groups to apply: words in them are
# about inclusion, not bias ("we encourage women to apply", "regardless of age").
_STATEMENT = LoweredPattern(re.compile(
    r"equal[- ](?:employment[- ])?opportunit|\beeo\b|employment equity|without regard (?:to|for)|regardless of"
    r"|(?:does|do|will) not discriminate|non-?discriminat|all qualified (?:applicants|candidates|individuals)"
    r"|protected (?:veteran|class|characteristic|status|group)|affirmative action"
    r"|\bencourag\w*\b[^.!?]{0,160}?\b(?:apply|applications?|applicants?|candidates)\b"
    r"|\b(?:welcome|invite)s?\b[^.!?]{0,60}?\b(?:applications?|applicants?|candidates|people)\b"
    # Accessibility as an offer to applicants, not a duty ("build accessible services").
    r"|of all (?:ages|genders|backgrounds|abilities)|reasonable accommodation"
    r"|accessib\w*\s+(?:needs?|requirements?|requests?|support|formats?|versions?|accommodations?|for (?:all )?(?:applicants|candidates))"
    # …or beside diversity and inclusion in the employer's own word on them
    r"|accessib\w*[^.!?]{0,200}?\b(?:divers|inclusi|equit)|\b(?:divers\w*|inclusi\w*|equity)\b[^.!?]{0,200}?accessib"
    # The employer's own word on diversity, with a verb of commitment ("We proudly … strive to make CDS
    # more reflective of the society we serve"). Not a duty that mentions it ("Leads … with a focus on
    # diversity"), nor whom the employer wants ("We are looking for young people to join our diverse team").
    r"|^\W*(?:we|we['’]re|our|at [\w.&-]+(?: [\w.&-]+){0,3}, we)\b"
    r"(?!\s+(?:are\s+|also\s+|really\s+)?(?:looking|want|wants|need|needs|seek|seeking|hiring|hire)\b)"
    r"(?=[^.!?]*\b(?:value|values|valued|celebrate|committed|commit|strive|embrace|believe|foster|proud|proudly)\b)[^.!?]*?"
    r"(?:\bdiversity\b|\bdiverse\b|\binclusi(?:ve|on)\b|\breflective\b|\bcelebrate\b)",
    re.IGNORECASE,
))
# A word from each _STATEMENT alternative: sentences with none of them are not scanned.
_STATEMENT_WORDS = (
    "opportunit", "eeo", "equity", "regard", "discriminat", "qualified", "protected", "affirmative",
    "represented", "encourag", "welcome", "invite", "of all", "accommodation", "accessib", "diversity", "diverse",
    "inclusi", "reflective", "celebrate",
)
# "Women are under-represented in our ranger service": the employer's word on its workforce. Not when the sentence
# is about the people the job serves ("help underrepresented students", blind set S86): that is a duty.
_UNDERREPRESENTED = re.compile(r"under-?represented", re.IGNORECASE)
_SERVED = re.compile(
    r"\b(?:students|pupils|learners|undergraduates|scholars|mentees|trainees|patients|children|youth|clients|residents"
    r"|customers|users|families)\b",
    re.IGNORECASE,
)


def in_statement(posting: Posting, block: Block, start: int, end: int) -> bool:
    """Whether a hit lies in an EEO/diversity section or a sentence inviting people to apply."""
    section = posting.section_of(block.start)
    if section is not None and "eeo" in (section.kind, section.parent_kind):
        return True
    # Memoised per posting: several hits often share a sentence, and the pattern is slow to scan.
    known: dict[str, bool] = posting._cache.setdefault("statement-sentences", {})
    sentence = sentence_around(block.text, start, end)
    found = known.get(sentence)
    if found is None:
        found = known[sentence] = may_contain(sentence, _STATEMENT_WORDS) and bool(
            _STATEMENT.search(sentence) or (_UNDERREPRESENTED.search(sentence) and not _SERVED.search(sentence))
        )
    return found


# A web address's first label: "Challenge.gov", "Lead.io" name a site wherever they stand.
_DOMAIN_AFTER = re.compile(r"\.(?:gov|com|org|net|io|ai|edu|co|app|dev)\b", re.IGNORECASE)


def name_like(text: str, start: int, end: int) -> bool:
    """Capitalised words in mid-sentence are a name or title ("Tech Lead", "Pathways Recent Graduate");
    so is a site's name anywhere ("Challenge.gov")."""
    if _DOMAIN_AFTER.match(text, end):
        return True
    words = text[start:end].split()
    if not words or not all(w[:1].isupper() for w in words) or len(words) == 1 and words[0].isupper() and len(words[0]) > 1:
        return False
    # The character before the blanks, marks and brackets that may open the words: looked for backwards, as a copy
    # of all the text before them made a long paragraph's every hit cost its length (the speed issue's hostile input).
    i = start
    while i > 0 and text[i - 1] in " \t*_\"“'(":
        i -= 1
    return i > 0 and text[i - 1] not in ".!?:;•·-–—\n"
