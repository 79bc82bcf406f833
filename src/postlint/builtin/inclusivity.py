"""INC rules in Python: the ones that need context, counting or posting-level judgement.

Plain term lists (gendered terms, ableist language, clichés, profanity,
national origin) are data rules in ``rules/inclusivity/``. The rules here add
what a term list cannot know: whether a word sits in an EEO statement or an
invitation to apply, whether "he" stands for a generic candidate, how coded
words balance over the posting's length, and whether statements are present.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from functools import lru_cache

from pydantic import Field

from postlint.diagnostic import Diagnostic
from postlint.kinds import SubstitutionRule, Term
from postlint.posting import Block, Posting
from postlint.resources import rules_dir
from postlint.rule import Context, Rule
from postlint.scope import in_quotes, scope_blocks

# Sentences that state a policy or invite groups to apply: words in them are
# about inclusion, not bias ("we encourage women to apply", "regardless of age").
_STATEMENT = re.compile(
    r"equal[- ](?:employment[- ])?opportunit|\bEEO\b|employment equity|without regard (?:to|for)|regardless of"
    r"|(?:does|do|will) not discriminate|non-?discriminat|all qualified (?:applicants|candidates|individuals)"
    r"|protected (?:veteran|class|characteristic|status|group)|affirmative action|under-?represented"
    r"|\bencourag\w*\b[^.!?]{0,160}?\b(?:apply|applications?|applicants?|candidates)\b"
    r"|\b(?:welcome|invite)s?\b[^.!?]{0,60}?\b(?:applications?|applicants?|candidates|people)\b"
    r"|of all (?:ages|genders|backgrounds|abilities)|reasonable accommodation|accessib",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` that contains ``text[start:end]`` (a cheap split, no spaCy)."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right = _SENTENCE_END.search(text, end)
    return text[left : right.end() if right else len(text)]


def in_statement(posting: Posting, block: Block, start: int, end: int) -> bool:
    """Whether a hit lies in an EEO/diversity section or a sentence inviting people to apply."""
    section = posting.section_of(block.start)
    if section is not None and "eeo" in (section.kind, section.parent_kind):
        return True
    return bool(_STATEMENT.search(sentence_around(block.text, start, end)))


def name_like(text: str, start: int, end: int) -> bool:
    """Capitalised words in mid-sentence are a name or title ("Tech Lead", "Pathways Recent Graduate")."""
    words = text[start:end].split()
    if not words or not all(w[:1].isupper() for w in words) or len(words) == 1 and words[0].isupper() and len(words[0]) > 1:
        return False
    before = text[:start].rstrip(" \t*_\"“'(")
    return bool(before) and before[-1] not in ".!?:;•·-–—\n"


@lru_cache(maxsize=8)
def load_terms(filename: str) -> tuple[Term, ...]:
    """Terms of a data file under ``rules/inclusivity`` (entries may carry a ``licence`` too)."""
    data = tomllib.loads((rules_dir() / "inclusivity" / filename).read_text(encoding="utf-8"))
    return tuple(Term.model_validate({k: v for k, v in t.items() if k != "licence"}) for t in data["terms"])


def jurisdictions(posting: Posting, ctx: Context) -> set[str]:
    """Jurisdiction profiles from config plus the posting's own front matter (``jurisdictions``)."""
    found = {j.upper() for j in ctx.config.jurisdictions}
    meta = posting.meta.get("jurisdictions", posting.meta.get("jurisdiction", []))
    found.update(str(j).upper() for j in ([meta] if isinstance(meta, str) else meta or []))
    return found


class ContextTerms(SubstitutionRule):
    """A substitution rule that skips statements, invitations to apply and names."""

    skip_statements: bool = True

    def matches(self, posting: Posting) -> Iterator[tuple[Block, int, int, Term | None]]:
        for block, s, e, term in super().matches(posting):
            if self.skip_statements and in_statement(posting, block, s, e):
                continue
            if name_like(block.text, s, e):
                continue
            yield block, s, e, term


# A generic role a "he" or "she" can stand for; a named person is not one.
_ROLE = re.compile(
    r"\b(?:the|this|a|an|each|every|any|our|your|new|successful|ideal|right)\b(?:\s+[\w-]+){0,3}?\s+"
    r"(?:candidate|applicant|employee|incumbent|hire|person|individual|engineer|developer|manager|worker"
    r"|specialist|analyst|officer|director|lead|member|recruit|jobholder|post-?holder|designer|writer"
    r"|consultant|representative|technician|supervisor|leader|administrator|architect|scientist|intern)s?\b",
    re.IGNORECASE,
)


class GenderedPronouns(ContextTerms):
    code: str = "INC003"
    name: str = "gendered-pronouns"
    summary: str = "Generic he/she/his/her for the candidate, and he-or-she pairs."
    why: str = "A gendered pronoun for 'the candidate' tells everyone else the job was imagined for someone else; 'he or she' still leaves people out."
    source: str = "https://learn.microsoft.com/en-us/style-guide/bias-free-communication"
    example: str = "The successful candidate will report to the CTO. He will own the roadmap, and he or she will hire."
    passing: str = "You will report to the CTO. You will own the roadmap and hire the team."
    terms: list[Term] = Field(default_factory=lambda: list(load_terms("gendered-pronouns.toml")))

    def matches(self, posting: Posting) -> Iterator[tuple[Block, int, int, Term | None]]:
        body = scope_blocks(posting, self.scope)
        previous = {id(b): body[i - 1].text if i else "" for i, b in enumerate(body)}
        for block, s, e, term in super().matches(posting):
            if term is not None and term.category == "generic-pronoun":
                context = previous.get(id(block), "") + "\n" + block.text[:s]
                if not _ROLE.search(context):
                    continue  # no generic antecedent: a named person, a quote, a client
            yield block, s, e, term


# Explicit ages and age windows; minimum legal ages ("at least 18") are not caps.
AGE_PATTERNS = [
    r"\bage[sd]?\s+(?:of\s+)?(?:between\s+)?\d{2}\s*(?:-|–|to|and)\s*\d{2}\b",
    r"\bbetween\s+(?:the\s+)?ages?\s+(?:of\s+)?\d{2}\s*(?:and|-|–|to)\s*\d{2}\b",
    r"\b\d{2}\s*(?:-|–|to)\s*\d{2}\s+years?\s+(?:old|of\s+age)\b",
    r"\b(?:under|below|younger\s+than|no\s+older\s+than|not\s+older\s+than)\s+(?:the\s+age\s+of\s+[2-9]\d\b|[2-9]\d\s*(?:years?\s+(?:old|of\s+age)|y/?o)\b)",
    r"\bmaximum\s+age\b|\bage\s+limit\b",
]


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

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        for block, s, e, term in self.matches(posting):
            found = block.text[s:e]
            if term is None:
                yield self.at_block(
                    posting, block, s, e,
                    f"Explicit age '{found}': an age preference deters older applicants (29 CFR 1625.4); describe the work instead.",
                    severity="error",
                )
                continue
            quoted = " or ".join(f"'{x}'" for x in term.suggest)
            message = f"'{found}' is age-coded; use {quoted}. {term.note}".strip()
            yield self.at_block(posting, block, s, e, message, severity=term.severity)


# "no more than 7 years", "3-7 years of experience" (an upper bound), never "5+ years".
_CAP = re.compile(
    r"\b(?:no|not)\s+more\s+than\s+\d{1,2}\s+years?|\b(?:a\s+)?maximum\s+(?:of\s+)?\d{1,2}\s+years?"
    r"|\bat\s+most\s+\d{1,2}\s+years?|\b\d{1,2}\s+years?\s+maximum|\bup\s+to\s+\d{1,2}\s+years?(?=\s+(?:of\s+)?(?:relevant\s+|professional\s+|work\s+)?experience)",
    re.IGNORECASE,
)
_RANGE = re.compile(
    r"\b(\d{1,2})\s*(?:-|–|—|to)\s*(\d{1,2})(?!\s*\+|\d)\s+years?['’]?(?=\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?experience|\s+exp\b)",
    re.IGNORECASE,
)
_EXPERIENCE = re.compile(r"experience|\bexp\b", re.IGNORECASE)


class ExperienceCap(Rule):
    code: str = "INC005"
    name: str = "max-experience-cap"
    summary: str = "An upper limit on years of experience ('no more than 7 years', '3-5 years of experience')."
    why: str = "AARP told the EEOC (2017) that a maximum number of years 'has a clear and predictable disparate impact on older applicants'; Kleber v. CareFusion turned on such a cap."
    source: str = "https://us7thcircuitcourtofappealsopinions.justia.com/2019/01/23/kleber-v-carefusion-corp-2/"
    example: str = "You have 3 to 7 years (no more than 7 years) of relevant experience."
    passing: str = "You have 3 or more years of relevant experience."
    severity: str = "warning"
    ranges: bool = Field(default=True, description="also report ranges like '3-5 years of experience' (at info level)")

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        for block in scope_blocks(posting, "prose"):
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
            for m in _RANGE.finditer(text):
                low, high = int(m.group(1)), int(m.group(2))
                if high <= low or any(s < m.end() and m.start() < e for s, e in capped):
                    continue
                if in_quotes(text, m.start(), m.end()):
                    continue
                yield self.at_block(
                    posting, block, m.start(), m.end(),
                    f"'{m.group(0)}' reads as a maximum of {high} years; write '{low}+ years' if more is welcome.",
                    severity="info",
                )


# Physical and sensory requirements as job descriptions usually state them.
_PHYSICAL = re.compile(
    r"\blift(?:ing)?\s+(?:and\s+carry(?:ing)?\s+)?(?:up\s+to\s+|at\s+least\s+)?\d+\s*(?:lbs?|pounds|kg|kilos?)\b"
    r"|\b(?:stand|sit|walk)(?:ing)?\s+for\s+(?:long|extended|prolonged)\s+periods"
    r"|\b(?:stand|sit|walk)(?:ing)?\s+for\s+\d+\s+hours"
    r"|\bmust\s+be\s+able\s+to\s+(?:see|hear|walk|stand|lift|carry|climb|kneel|crawl|bend|stoop|speak|type)\b"
    r"|\bphysically\s+(?:fit|able)\b|\bperfect\s+(?:vision|eyesight|hearing)\b|\b20/20\s+vision\b"
    r"|\bmanual\s+dexterity\b|\bvalid\s+driver['’]?s\s+licen[cs]e\b",
    re.IGNORECASE,
)
_WITH_OR_WITHOUT = re.compile(r"with\s+or\s+without\s+(?:a\s+)?(?:reasonable\s+)?accommodations?", re.IGNORECASE)
_ACCOMMODATION = re.compile(r"accommodat|adjustments?\b", re.IGNORECASE)


class PhysicalRequirements(Rule):
    code: str = "INC007"
    name: str = "physical-requirements"
    summary: str = "Physical or sensory requirements without 'with or without reasonable accommodation'."
    why: str = "Under the ADA a qualified person can do the essential functions with or without reasonable accommodation; 'must be able to lift 50 lbs' alone tells disabled candidates not to apply."
    source: str = "https://askjan.org/media/JobDescriptions.html"
    example: str = "Must be able to lift 50 lbs and stand for long periods."
    passing: str = "Must be able to lift 50 lbs, with or without reasonable accommodation."
    severity: str = "warning"

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        if _WITH_OR_WITHOUT.search(posting.text):
            return  # the posting already frames its requirements as essential functions
        for block in scope_blocks(posting, "prose"):
            section = posting.section_of(block.start)
            nearby = " ".join(b.text for b in section.all_blocks()) if section is not None else block.text
            if _ACCOMMODATION.search(nearby):
                continue
            for m in _PHYSICAL.finditer(block.text):
                yield self.at_block(
                    posting, block, m.start(), m.end(),
                    f"'{m.group(0)}' without 'with or without reasonable accommodation'; add it, or describe the outcome ('move', 'communicate').",
                )


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"\+?\d[\d ().-]{7,}\d")
_LINK = re.compile(r"https?://|mailto:|\]\(|<a\s", re.IGNORECASE)
_ACCOMMODATION_STATEMENT = re.compile(
    r"(?:reasonable\s+)?accommodat\w*[^.!?]{0,200}?\b(?:disabilit|need|request|application|interview|hiring|recruitment|assessment|process)"
    r"|\b(?:disabilit|need|request|application|interview|hiring|recruitment|assessment)\w*[^.!?]{0,200}?accommodat"
    r"|reasonable\s+adjustments",
    re.IGNORECASE,
)


def _statement_blocks(posting: Posting, regex: re.Pattern[str]) -> list[Block]:
    return [b for b in posting.blocks() if regex.search(b.text)]


_CONTACT_WORDS = re.compile(r"contact (?:information|details|us|the)|e-?mail|phone|call us|TTY|TDD", re.IGNORECASE)


def _has_contact(posting: Posting, blocks: list[Block]) -> bool:
    """An e-mail address, phone number, link or named contact in the statement or the two blocks after it."""
    every = list(posting.blocks())
    index = {id(b): i for i, b in enumerate(every)}
    for block in blocks:
        i = index.get(id(block), 0)
        for b in every[i : i + 3]:
            source = posting.source[b.start : b.end]
            if _EMAIL.search(source) or _PHONE.search(b.text) or _LINK.search(source) or _CONTACT_WORDS.search(b.text):
                return True
    return False


def _profiles(ctx: Context) -> set[str]:
    return {p.lower() for p in ctx.config.profiles}


class AccommodationStatement(Rule):
    code: str = "INC008"
    name: str = "accommodation-statement"
    summary: str = "A reasonable-accommodation statement with a way to ask for it (e-mail, phone or link)."
    why: str = "JAN: a statement should name a contact and several ways to reach it, so disabled applicants know they can ask before they apply."
    source: str = "https://askjan.org/articles/Online-Application-Systems-Sample-Language-for-Accommodation-Statements.cfm"
    example: str = "# Data Engineer\n\nYou will build our data platform."
    passing: str = "# Data Engineer\n\nYou will build our data platform.\n\nIf you need an accommodation during the hiring process, email access@example.org."
    severity: str = "info"
    strict_profiles: list[str] = Field(default=["us-federal-contractor", "inclusive"], description="config profiles that raise a missing statement to warning")

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        if not any(True for _ in posting.body_blocks()):
            return
        strict = "warning" if _profiles(ctx) & {p.lower() for p in self.strict_profiles} else None
        blocks = _statement_blocks(posting, _ACCOMMODATION_STATEMENT)
        if not blocks:
            yield self.at_document(
                posting,
                "No reasonable-accommodation statement: say that applicants can ask for accommodation and how (e-mail, phone).",
                severity=strict,
            )
        elif not _has_contact(posting, blocks):
            b = blocks[0]
            yield self.diagnostic(posting, b.start, b.end, "The accommodation statement gives no contact: add an e-mail address, phone number or link.")


_EEO = re.compile(
    r"equal[- ](?:employment[- ])?opportunit|\bEEO\b|employment equity|without regard (?:to|for)"
    r"|(?:does|do|will) not discriminate|regardless of (?:race|colou?r|religion|sex|gender|age|disability|national origin|sexual orientation)"
    r"|\bwelcomes?\s+(?:all\s+)?(?:applicants|applications|candidates)\b[^.!?]{0,200}?\b(?:races?|ethnicit|religio|gender|disabilit|national origin)",
    re.IGNORECASE,
)
_CONTRACTOR_BASES = {
    "disability": re.compile(r"disabilit", re.IGNORECASE),
    "protected veteran status": re.compile(r"(?:protected\s+)?veteran", re.IGNORECASE),
}


class EEOStatement(Rule):
    code: str = "INC009"
    name: str = "eeo-statement"
    summary: str = "An equal-opportunity statement; federal contractors also name disability and protected-veteran status."
    why: str = "An EEO statement tells every applicant they will be judged on the job; US federal contractors must include disability and veteran wording (41 CFR 60-741.5, 60-300.5)."
    source: str = "https://www.eeoc.gov/prohibited-employment-policiespractices"
    example: str = "# Data Engineer\n\nYou will build our data platform."
    passing: str = "# Data Engineer\n\nYou will build our data platform.\n\nWe are an equal opportunity employer."
    severity: str = "info"
    strict_profiles: list[str] = Field(default=["us-federal-contractor", "inclusive"], description="config profiles that raise a missing statement to warning")

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        if not any(True for _ in posting.body_blocks()):
            return
        profiles = _profiles(ctx)
        strict = "warning" if profiles & {p.lower() for p in self.strict_profiles} else None
        blocks = _statement_blocks(posting, _EEO)
        if not blocks:
            yield self.at_document(posting, "No equal-opportunity statement: add one (for example 'We are an equal opportunity employer…').", severity=strict)
            return
        if "us-federal-contractor" in profiles:
            text = " ".join(b.text for b in blocks)
            missing = [basis for basis, regex in _CONTRACTOR_BASES.items() if not regex.search(text)]
            if missing:
                b = blocks[0]
                yield self.diagnostic(
                    posting, b.start, b.end,
                    f"Federal contractors' EEO statements must also cover {' and '.join(missing)} (41 CFR 60-741.5, 60-300.5).",
                    severity="warning",
                )


_AI_DISCLOSURE = re.compile(r"\b(?:artificial intelligence|AI|automated (?:decision|screening|tools?))\b", re.IGNORECASE)
_VACANCY = re.compile(r"\b(?:existing|current|open|not an existing|future|anticipated)\s+(?:vacancy|vacancies|position|role)\b", re.IGNORECASE)
_CANADIAN_EXPERIENCE = re.compile(r"\bcanadian\s+(?:work\s+)?experience\b", re.IGNORECASE)


class OntarioDisclosures(Rule):
    code: str = "INC013"
    name: str = "ontario-disclosures"
    summary: str = "(CA-ON) Say whether AI screens applicants and whether the vacancy exists; no 'Canadian experience' requirement."
    why: str = "Ontario's Working for Workers Four Act, 2024 and O. Reg. 476/24 (in force 1 January 2026) require these in publicly advertised postings."
    source: str = "https://www.ontario.ca/laws/regulation/r24476"
    example: str = "---\njurisdictions: [CA-ON]\n---\n\n# Data Engineer\n\nCanadian experience required."
    passing: str = (
        "---\njurisdictions: [CA-ON]\n---\n\n# Data Engineer\n\nThis posting is for an existing vacancy. "
        "We do not use artificial intelligence to screen applications."
    )
    severity: str = "error"

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        if "CA-ON" not in jurisdictions(posting, ctx):
            return
        text = " ".join(b.text for b in posting.body_blocks())
        if not _AI_DISCLOSURE.search(text):
            yield self.at_document(posting, "Ontario: state whether artificial intelligence is used to screen, assess or select applicants.")
        if not _VACANCY.search(text):
            yield self.at_document(posting, "Ontario: state whether the posting is for an existing vacancy.")
        for block in scope_blocks(posting, "prose"):
            for m in _CANADIAN_EXPERIENCE.finditer(block.text):
                yield self.at_block(posting, block, m.start(), m.end(), "Ontario bars 'Canadian experience' requirements in job postings.")


_GENDERED_TITLE = re.compile(
    r"\b\w*(?:man|men|woman|women)\b|\b\w+(?:ess|esses)\b|\b(?:guy|girl|boy|lady|gentleman)s?\b", re.IGNORECASE
)
_NEUTRAL_TITLE_WORDS = {"human", "humans", "german", "germans", "roman", "shaman", "business", "process", "access", "success", "address", "wellness", "express", "progress", "fitness", "harness", "readiness", "awareness", "effectiveness", "mattress"}
_NEUTRAL_MARKER = re.compile(r"\((?:m|f|w|d|x|h)(?:\s*/\s*(?:m|f|w|d|x|h|div))+\)|all genders|any gender", re.IGNORECASE)


class GenderNeutralTitle(Rule):
    code: str = "INC014"
    name: str = "gender-neutral-title"
    summary: str = "(EU) The job title is gender-neutral: no 'salesman', 'chairwoman', 'waitress'."
    why: str = "Directive (EU) 2023/970 Art. 5(3) requires vacancy notices and job titles to be gender-neutral."
    source: str = "https://eur-lex.europa.eu/eli/dir/2023/970/oj"
    example: str = "---\njurisdictions: [EU]\n---\n\n# Salesman, Berlin\n\nYou will sell our products."
    passing: str = "---\njurisdictions: [EU]\n---\n\n# Sales Representative, Berlin\n\nYou will sell our products."
    severity: str = "error"

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        if not {"EU"} & {j.split("-")[0] for j in jurisdictions(posting, ctx)} or posting.title_block is None:
            return
        block = posting.title_block
        if _NEUTRAL_MARKER.search(block.text):
            return
        for m in _GENDERED_TITLE.finditer(block.text):
            if m.group(0).lower() in _NEUTRAL_TITLE_WORDS:
                continue
            yield self.at_block(posting, block, m.start(), m.end(), f"EU pay-transparency rules require a gender-neutral job title; '{m.group(0)}' is gendered.")


from postlint.gender_coding import GenderCodedBalance, GenderCodedWord  # noqa: E402 - needs the helpers above

RULES: list[Rule] = [
    GenderCodedBalance(),
    GenderedPronouns(),
    AgeBias(),
    ExperienceCap(),
    PhysicalRequirements(),
    AccommodationStatement(),
    EEOStatement(),
    OntarioDisclosures(),
    GenderNeutralTitle(),
    GenderCodedWord(),
]
