"""INC004: age preferences, explicit ("aged 22-30", "under 35") or coded ("young", "recent graduate",
"digital native"), but not the ages of the people a job serves ("patients aged 12 to 80") or an EEO
sentence's "regardless of age"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import Field

from postlint.builtin.inclusivity.context import name_like
from postlint.builtin.inclusivity.wording import ContextTerms, load_terms
from postlint.engine.kinds import SubstitutionRule, Term, title_cased_heading
from postlint.engine.rule import Context, Rule
from postlint.engine.scope import SCOPE_PATTERN
from postlint.language.prefilter import blocks_with
from postlint.language.sentence_split import sentence_around
from postlint.model.diagnostic import Diagnostic
from postlint.model.posting import Block, Posting

# Explicit ages and age windows; minimum legal ages ("at least 18") are not caps.
AGE_PATTERNS = [
    # "aged 22-30", "age of 25 to 35"; a label's "Age: 25 to 35 years", "Age : 25-35" (blind set S74)
    r"\bage[sd]?(?:\s*:\s*|\s+)(?:of\s+)?(?:between\s+)?\d{2}\s*(?:-|–|to|and)\s*\d{2}\b",
    r"\bbetween\s+(?:the\s+)?ages?\s+(?:of\s+)?\d{2}\s*(?:and|-|–|to)\s*\d{2}\b",
    # "25-35 years old", "between 25 and 35 years of age" (blind set S24)
    r"\b(?:between\s+)?\d{2}\s*(?:-|–|to|and)\s*\d{2}\s+years?\s+(?:old|of\s+age)\b",
    r"\b(?:under|below|younger\s+than|no\s+older\s+than|not\s+older\s+than|not\s+more\s+than|no\s+more\s+than)\s+(?:the\s+age\s+of\s+[2-9]\d\b|[2-9]\d\s*(?:years?\s+(?:old|of\s+age)|y/?o)\b)",
    r"\bmaximum\s+age\b|\bage\s+limit\b",
]
# Words every match of each age pattern holds, in any case: a block without one
# is not scanned (most blocks; the patterns are slow to scan).
_AGE_PATTERN_WORDS = dict(
    zip(AGE_PATTERNS, [("age",), ("between",), ("year",), ("under", "below", "younger", "older", "more than"), ("maximum", "limit")], strict=True)
)


class AgeBias(ContextTerms):
    code: str = "INC004"
    name: str = "age-bias"
    summary: str = "Age preferences: explicit ages, 'young', 'recent graduate', 'digital native', 'energetic'."
    why: str = "29 CFR 1625.4(a): notices with 'age 25 to 35', 'young', 'college student' or 'recent college graduate' deter older applicants and may violate the ADEA."
    source: str = "https://www.ecfr.gov/current/title-29/subtitle-B/chapter-XIV/part-1625/subpart-A/section-1625.4"
    example: str = "Join our young team! Ideal for a recent graduate aged 22-30."
    passing: str = "Join our team! Ideal for an early-career engineer. You must be at least 18 years old."
    terms: list[Term] = Field(default_factory=lambda: list(load_terms("age-terms.toml")))
    patterns: list[str] = Field(default_factory=lambda: list(AGE_PATTERNS))
    # The title and headings too: "Strong Young Guys Wanted" is the advert's own word choice (blind set S24).
    scope: str = Field(default="text", pattern=SCOPE_PATTERN)
    notes: str = (
        "The title and headings are read as well as the text. Not reported: an EEO sentence ('regardless of age'), the "
        "people a job serves ('patients aged 12 to 80', 'Student age: 14-18', 'our students (grades 9-12, ages 14-18)', 'girls\' soccer', 'adolescent girls and young women (AGYW) aged 10 to 24', 'keep girls out of school', 'mentoring … first-generation college students', 'younger children are transferred'), a young company, product, "
        "university or animal, a minimum legal age ('at least 18'), and a cap on experience ('not more than 5 years of "
        "experience')."
    )

    message: str = "'{match}' is age-coded; use {suggest}."

    def matches(self, posting: Posting) -> Iterator[tuple[Block, int, int, Term | None]]:
        # An invitation to apply is no excuse here: "Recent college graduates are encouraged to
        # apply" is 29 CFR 1625.4(a)'s own example. Only an EEO section or sentence is.
        for block, s, e, term in SubstitutionRule.matches(self, posting):
            section = posting.section_of(block.start)
            if section is not None and "eeo" in (section.kind, section.parent_kind):
                continue
            if _AGE_EEO.search(sentence_around(block.text, s, e)):
                continue
            if name_like(block.text, s, e) and not (term is not None and term.capitalised) and not title_cased_heading(block):
                continue
            yield block, s, e, term

    def blocks_to_scan(self, posting: Posting, pattern: str, blocks: list[Block]) -> list[Block]:
        words = _AGE_PATTERN_WORDS.get(pattern)  # configured patterns have none: every block
        return blocks if words is None else blocks_with(posting, blocks, words)

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        for block, s, e, term in self.matches(posting):
            if term is not None:
                if "energetic" in term.match and _ENERGETIC_OTHERS.match(block.text, e):
                    continue  # the customers or the crowd are energetic, not the person hired
                yield self.substitution(posting, block, s, e, term)
                continue
            served = _SERVED_BEFORE.search(block.text, max(0, s - 40), s)
            if served is None and ":" in block.text[s:e]:
                served = _SERVED_LABEL.search(block.text, max(0, s - 40), s)  # "Student age: 14-18", "Pupil ages: 11-16"
            if served is not None and not _SOUGHT_BEFORE.search(block.text, max(0, served.start() - 40), served.start()):
                continue  # "patients aged 12 to 80": the people the job serves, not the candidate
            yield self.at_block(
                posting, block, s, e,
                f"Explicit age '{block.text[s:e]}': an age preference deters older applicants (29 CFR 1625.4); describe the work instead.",
                severity="error",
            )


# An equal-opportunity sentence that names age: "regardless of age", "applicants of all ages".
_AGE_EEO = re.compile(
    r"(?i)regardless of|without regard|equal (?:employment )?opportunit|discriminat|protected|of all ages|\bEEO\b|\bADEA\b"
)
# The people a job serves, just before an age range ("patients aged 12 to 80", "children ages 3-5").
_SERVED_BEFORE = re.compile(
    r"(?i)\b(?:patients|children|kids|students|pupils|clients|customers|residents|members|campers|youth|toddlers|infants"
    r"|adolescents|teens|teenagers|juveniles|minors|boys|girls|women|men|mothers|fathers|mums|moms|dads|parents|carers"
    r"|survivors|refugees|veterans"
    r"|adults|seniors|learners|participants|families|people|individuals|guests|audiences?|users|consumers|shoppers|buyers"
    # Their acronym may stand between: "adolescent girls and young women (AGYW) aged 10 to 24" (blind set S83).
    r"|viewers|readers|demographic)(?:\s+(?:\((?-i:[A-Z]{2,8}s?)\)\s+)?(?:(?:who\s+)?(?:are|were)\s+(?:typically\s+|mostly\s+|usually\s+|mainly\s+)?)?(?:from\s+)?"
    # Or in brackets after them, maybe after a grade or two: "Our 1,850 students (grades 9-12, ages 14-18)" (blind set
    # S113). Not after a comma: "serve customers, ages 18-30 preferred" may be the candidate's.
    r"|\s*\(\s*(?:[^(),;:\n]{1,30},\s*){0,2})$"
    # What is offered to people of those ages: "the Teen Tech club for ages 12-17", "classes for ages 3-5"
    r"|(?i:\b(?:clubs?|programs?|programmes?|camps?|class(?:es)?|sessions?|activities|events?|groups?|lessons?|books?|fiction"
    r"|services?|games|toys|content|courses?|teams?\s+of\s+(?:kids|children|players))\s+(?:\w+\s+)?for\s+$)"
)
# A label naming one of the people served before its "age:" ("Student age: 14-18", "Patient ages: 3-12").
_SERVED_LABEL = re.compile(
    r"(?i)\b(?:patient|child|kid|student|pupil|client|customer|resident|member|camper|learner|participant|player|athlete"
    r"|swimmer|reader|youth|class|audience)\s+$"
)
# The people served, unless the sentence is seeking them: "We are looking for people aged 18 to 25" is the
# candidate's age; "The project, for women aged 16 to 25, needs mentors" is not (blind set S43).
_SOUGHT_BEFORE = re.compile(
    r"(?i)\b(?:looking\s+for|seeking|searching\s+for|hiring|recruiting|we\s+(?:want|need))\s+(?:(?!(?:for|with|to|serving)\b)[\w-]+\s+){0,2}$"
)
# Who is energetic, when it is not the candidate: "an energetic Saturday brunch crowd".
_ENERGETIC_OTHERS = re.compile(
    r"(?i)(?:\s+[\w'’-]+){0,3}?\s+(?:crowds?|audiences?|fans|guests|customers|diners|shoppers|visitors|patrons|kids|children"
    r"|students|campers|puppies|dogs|toddlers|babies|preschoolers|pupils|learners|youngsters|teens|teenagers|residents|patients"
    r"|horses|animals|breeds?|atmosphere|environment|venue|bar|kitchen|neighbou?rhood|city|music"
    # What the job runs: "energetic family literacy events" (blind set S31).
    r"|events?|programs?|programmes?|activities|sessions?|classes|shows?|games|workouts?|campaigns?)\b"
)


RULES: list[Rule] = [AgeBias.default()]
