"""INC rules about what a posting must say, and must not, by profile and jurisdiction:
accommodation and equal-opportunity statements, Ontario's disclosures and the
EU's gender-neutral job titles. The wording rules are in
:mod:`postlint.builtin.inclusivity.wording`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from pydantic import Field

from postlint.engine.rule import Context, Rule
from postlint.engine.scope import scope_blocks
from postlint.language.prefilter import LoweredPattern, blocks_with
from postlint.model.diagnostic import Diagnostic
from postlint.model.posting import Block, Posting
from postlint.pay.jurisdictions import all_jurisdictions, applicable, covers


def jurisdictions(posting: Posting, ctx: Context) -> set[str]:
    """Jurisdiction profiles from config plus the posting's own front matter (``jurisdictions``)."""
    return set(applicable(posting, ctx))


def _profiles(ctx: Context) -> set[str]:
    return {p.lower() for p in ctx.config.profiles}


class StatementRule(Rule):
    """A statement every posting should make; some config profiles raise a missing one to warning."""

    severity: str = "info"
    strict_profiles: list[str] = Field(default=["us-federal-contractor", "inclusive"], description="a missing statement is info on every posting, a warning when the config's `profiles` names one of these")
    statement: ClassVar[LoweredPattern]
    # Words every statement contains, in any case: a cheap look-up that rules out
    # most blocks before the statement pattern, whose open-ended gaps are slow to scan.
    hint_words: ClassVar[tuple[str, ...]]
    missing: ClassVar[str]  # the message when no block makes the statement

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        if not any(True for _ in posting.body_blocks()):
            return
        blocks = [b for b in blocks_with(posting, posting.blocks(), self.hint_words) if self.statement.found_in(b.text)]
        if blocks:
            yield from self.check_statement(posting, ctx, blocks)
            return
        strict = "warning" if _profiles(ctx) & {p.lower() for p in self.strict_profiles} else None
        yield self.at_document(posting, self.missing, severity=strict)

    def check_statement(self, posting: Posting, ctx: Context, blocks: list[Block]) -> Iterator[Diagnostic]:
        """Findings about the statement found in ``blocks`` (none unless a rule says)."""
        return iter(())


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"\+?\d[\d ().-]{7,}\d")
_LINK = re.compile(r"https?://|mailto:|\]\(|<a\s", re.IGNORECASE)
_ACCOMMODATION_STATEMENT = LoweredPattern(re.compile(
    r"(?:reasonable\s+)?accommodat\w*[^.!?]{0,200}?\b(?:disabilit|need|request|application|interview|hiring|recruitment|assessment|process)"
    r"|\b(?:disabilit|need|request|application|interview|hiring|recruitment|assessment|ask\s+for)\w*[^.!?]{0,200}?accommodat"
    r"|reasonable\s+adjustments"
    # UK wording: "If you need any adjustments during the recruitment process, let us know"
    r"|\badjustments?\b[^.!?]{0,80}?\b(?:recruitment|application|interview|hiring|assessment|selection)\b"
    r"|\b(?:recruitment|application|interview|hiring|assessment|selection)\b[^.!?]{0,80}?\badjustments?\b"
    # "If you need any adjustments to take part in our process, email …": the offer, with no process word
    r"|\bif\s+you\s+(?:need|require|would\s+like)\s+(?:any\s+|some\s+|an?\s+)?(?:reasonable\s+|extra\s+)?adjustments?\b"
    # "provides reasonable accommodations; contact …" names no process word, but offers them
    r"|\b(?:provides?|offers?|makes?|will\s+(?:provide|make|offer))\s+(?:\w+\s+){0,2}?accommodations?\b",
    re.IGNORECASE,
))
_CONTACT_WORDS = re.compile(r"contact (?:information|details|us|the)|e-?mail|phone|call us|TTY|TDD", re.IGNORECASE)


# A contact given just before, named again: "write to the same address", "the number above" (blind set S63).
_CONTACT_BEFORE = re.compile(r"\b(?:the\s+same|the\s+above|that)\s+(?:address|number|link)\b|\b(?:address|number|link)\s+(?:given\s+)?above\b", re.IGNORECASE)


def _has_contact(posting: Posting, blocks: list[Block]) -> bool:
    """An e-mail address, phone number, link or named contact in the statement or the two blocks after
    it, or in the two before where the statement points back to it."""
    every = list(posting.blocks())
    index = {id(b): i for i, b in enumerate(every)}
    for block in blocks:
        i = index.get(id(block), 0)
        first = max(0, i - 2) if _CONTACT_BEFORE.search(block.text) else i
        for b in every[first : i + 3]:
            source = posting.source[b.start : b.end]
            if _EMAIL.search(source) or _PHONE.search(b.text) or _LINK.search(source) or _CONTACT_WORDS.search(b.text):
                return True
    return False


class AccommodationStatement(StatementRule):
    code: str = "INC008"
    name: str = "accommodation-statement"
    summary: str = "A reasonable-accommodation statement with a way to ask for it (e-mail, phone or link)."
    why: str = "JAN: a statement should name a contact and several ways to reach it, so disabled applicants know they can ask before they apply."
    source: str = "https://askjan.org/articles/Online-Application-Systems-Sample-Language-for-Accommodation-Statements.cfm"
    example: str = "# Data Engineer\n\nYou will build our data platform."
    passing: str = "# Data Engineer\n\nYou will build our data platform.\n\nIf you need an accommodation during the hiring process, email access@example.org."
    statement = _ACCOMMODATION_STATEMENT
    hint_words = ("accommodat", "adjustment")  # "If you need an adjustment…" (blind set S17) as well as "adjustments"
    missing = "No reasonable-accommodation statement: say that applicants can ask for accommodation and how (e-mail, phone)."

    def check_statement(self, posting: Posting, ctx: Context, blocks: list[Block]) -> Iterator[Diagnostic]:
        if not _has_contact(posting, blocks):
            b = blocks[0]
            yield self.diagnostic(posting, b.start, b.end, "The accommodation statement gives no contact: add an e-mail address, phone number or link.")


# Spaces are any white space: a hard-wrapped statement ("an equal\nopportunity employer") is one.
_EEO = LoweredPattern(re.compile(
    r"equal[-\s]+(?:employment[-\s]+)?opportunit|\bequality\s+of\s+opportunit|\b(?:eeoe?|eoe)\b|employment\s+equity|without\s+regard\s+(?:to|for)"
    r"|(?:does|do|will)\s+not\s+discriminate"
    # "The District prohibits discrimination … based on race, color, …" (a US school district's notice).
    r"|prohibits?\s+(?:unlawful\s+)?discrimination\b[^.!?]{0,120}?\b(?:race|colou?r|religion|sex|gender|age|disabilit|national\s+origin)"
    # "irrespective of" as "regardless of": the UN's "encourages all candidates, irrespective of gender, nationality…" (blind set S87).
    r"|(?:regardless|irrespective)\s+of\s+(?:race|colou?r|religion|sex|gender|age|disability|(?:national\s+|ethnic\s+|social\s+)?origin|ethnicity|nationality|sexual\s+orientation)"
    r"|\bwelcomes?\s+(?:all\s+)?(?:applicants|applications|candidates)\b[^.!?]{0,200}?\b(?:races?|ethnicit|religio|gender|disabilit|national origin)"
    # Australia's mines and councils name the groups: "welcomes applications from Aboriginal and Torres Strait
    # Islander people, women and people of all ages" (precision sample 5757); not "experience in women's health".
    r"|\bwelcomes?\s+(?:all\s+)?(?:applicants|applications|candidates)\s+from\s+[^.!?]{0,120}?\b(?:aboriginal|torres\s+strait"
    r"|indigenous|first\s+nations|m[aā]ori|women\b(?!['’])|(?:people|applicants|candidates)\s+of\s+all\s+ages)"
    # European universities: "welcomes applications from all qualified candidates regardless of personal background"
    r"|regardless\s+of\s+(?:their\s+)?(?:personal|social|cultural|ethnic)\s+background|reflect\s+the\s+diversity\s+of\s+society"
    # UK employers: "committed to equality, diversity and inclusion and welcomes applications from all sections
    # of the community" (blind set S20).
    r"|committed\s+to\s+equality(?:,?\s+diversity)?(?:,?\s+(?:and\s+)?inclusion)?\b[^.!?]{0,80}?\bwelcomes?\s+applications"
    # The UK's usual sentence on its own: "The University is committed to equality, diversity and inclusion." (blind set S30)
    r"|committed\s+to\s+(?:promoting\s+|advancing\s+)?equality(?:,?\s+(?:and\s+)?(?:diversity|inclusion)){1,2}\b"
    r"|welcomes?\s+applications\s+from\s+all\s+(?:sections|parts|members)\s+of\s+(?:the\s+|our\s+)?(?:community|society)"
    # Australia's public health services: "Aboriginal and Torres Strait Islander people are encouraged to apply, as are
    # people with disability and people from culturally and linguistically diverse backgrounds" (blind set S32).
    r"|encouraged\s+to\s+apply\b[^.!?]{0,160}?\b(?:disabilit|culturally\s+and\s+linguistically|ethnic|races?\b|religio|gender|national\s+origin)"
    # Canada's public service: "committed to building a skilled and diverse workforce that reflects the Canadians we
    # serve", and the equity groups "encouraged to self-declare" (blind set S48).
    r"|committed\s+to\s+building\s+a\s+(?:skilled\s+and\s+)?diverse\s+workforce|\bencouraged\s+to\s+self-?declare"
    # Sweden's universities: "works actively for gender equality and diversity and welcomes applicants of every
    # background" (blind set S51).
    r"|works?\s+actively\s+for\s+(?:gender\s+)?equality|welcomes?\s+(?:applicants|applications|candidates)\s+(?:of|from)\s+(?:every|all)\s+backgrounds?",
    re.IGNORECASE,
))
_CONTRACTOR_BASES = {
    "disability": re.compile(r"disabilit", re.IGNORECASE),
    "protected veteran status": re.compile(r"(?:protected\s+)?veteran", re.IGNORECASE),
}


class EEOStatement(StatementRule):
    code: str = "INC009"
    name: str = "eeo-statement"
    summary: str = "An equal-opportunity statement; federal contractors also name disability and protected-veteran status."
    why: str = "An EEO statement tells every applicant they will be judged on the job; US federal contractors must include disability and veteran wording (41 CFR 60-741.5, 60-300.5)."
    source: str = "https://www.eeoc.gov/prohibited-employment-policiespractices"
    example: str = "# Data Engineer\n\nYou will build our data platform."
    passing: str = "# Data Engineer\n\nYou will build our data platform.\n\nWe are an equal opportunity employer."
    statement = _EEO
    hint_words = ("opportunit", "eeo", "eoe", "equity", "regard", "discriminat", "regardless", "welcome", "diversity of society", "committed to", "encouraged", "equality", "irrespective")  # "encouraged to self-declare" too
    missing = "No equal-opportunity statement: add one (for example 'We are an equal opportunity employer…')."

    def check_statement(self, posting: Posting, ctx: Context, blocks: list[Block]) -> Iterator[Diagnostic]:
        if "us-federal-contractor" in _profiles(ctx):
            text = " ".join(b.text for b in blocks)
            missing = [basis for basis, regex in _CONTRACTOR_BASES.items() if not regex.search(text)]
            if missing:
                b = blocks[0]
                yield self.diagnostic(
                    posting, b.start, b.end,
                    f"Federal contractors' EEO statements must also cover {' and '.join(missing)} (41 CFR 60-741.5, 60-300.5).",
                    severity="warning",
                )


# Any white space between the words: a hard-wrapped "artificial\nintelligence" is the same disclosure.
_AI_DISCLOSURE = re.compile(r"\b(?:artificial\s+intelligence|AI|automated\s+(?:decision|screening|tools?))\b", re.IGNORECASE)
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
        law = all_jurisdictions().get("CA-ON")
        if law is not None and not covers(law, posting, ctx):
            return  # posted before O. Reg. 476/24 took effect, or by an employer under its 25 employees
        text = " ".join(b.text for b in posting.body_blocks())
        if not _AI_DISCLOSURE.search(text):
            yield self.at_document(posting, "Ontario: state whether artificial intelligence is used to screen, assess or select applicants.")
        if not _VACANCY.search(text):
            yield self.at_document(posting, "Ontario: state whether the posting is for an existing vacancy.")
        for block in scope_blocks(posting, "prose"):
            for m in _CANADIAN_EXPERIENCE.finditer(block.text):
                if _NOT_ASKED_BEFORE.search(block.text, max(0, m.start() - 40), m.start()) or _NOT_ASKED_AFTER.match(block.text, m.end()):
                    continue  # "No Canadian experience required": saying it is not needed is what the law asks for
                yield self.at_block(posting, block, m.start(), m.end(), "Ontario bars 'Canadian experience' requirements in job postings.")


# "No Canadian experience required", "we do not require Canadian experience", "Canadian experience is not required".
_NOT_ASKED_BEFORE = re.compile(r"(?i)\b(?:no|without|(?:do|does|did)\s?n[o’']t\s+(?:require|need|ask\s+for)|not\s+(?:require|need|ask\s+for))\s+$")
_NOT_ASKED_AFTER = re.compile(r"(?i)\s+(?:is\s+|are\s+)?not\s+(?:required|needed|necessary|a\s+requirement)")


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
        if not {"EU"} & {j.split("-")[0] for j in jurisdictions(posting, ctx)}:
            return
        # A title only in front matter ("title: Journeyman Carpenter") is reported at its value there.
        title = posting.title_block.text if posting.title_block is not None else posting.title
        if not title:
            return
        if _NEUTRAL_MARKER.search(title):
            return
        for m in _GENDERED_TITLE.finditer(title):
            if m.group(0).lower() in _NEUTRAL_TITLE_WORDS:
                continue
            yield self.at_title(posting, m.start(), m.end(), f"EU pay-transparency rules require a gender-neutral job title; '{m.group(0)}' is gendered.")


RULES: list[Rule] = [
    AccommodationStatement.default(),
    EEOStatement.default(),
    OntarioDisclosures.default(),
    GenderNeutralTitle.default(),
]
