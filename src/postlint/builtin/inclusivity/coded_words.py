"""The two rules on gender-coded words (Gaucher, Friesen & Kay 2011): INC001, the posting-level balance per
100 words, and INC015, each coded word; the words found in prose (not headings, titles, quotes, names or EEO
statements). The stems and how to find them in text are in :mod:`postlint.builtin.inclusivity.coded_stems`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from pydantic import Field

from postlint.builtin.inclusivity.coded_stems import Coded, alternatives, find_coded, gender_decoder_verdict
from postlint.builtin.inclusivity.context import in_statement, name_like
from postlint.engine.kinds import quote_or
from postlint.engine.rule import Context, Rule
from postlint.engine.scope import in_quotes, scope_blocks
from postlint.language.job_titles import has_role_word
from postlint.language.sentence_split import sentence_start
from postlint.model.diagnostic import Diagnostic
from postlint.model.posting import Block, Posting

GAUCHER = "https://doi.org/10.1037/a0022530"


# A sentence about a named person: "Professor Ruth Okafor leads…", "Dr. Amy Lin runs…", "Priya Shah, our CTO, leads…".
_NAMED_SUBJECT = re.compile(
    r"\s*(?:(?:Professor|Prof\.|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Mx\.?)\s+)?[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
    r"(?:,\s+[^,.;!?]{2,40},)?\s+(?!will\b|would\b|should\b)[a-z]+s\b"
)


# "our incident lead", "your team lead": someone already on the staff; "lead the team" is a verb.
_STAFF_BEFORE = re.compile(r"(?i)\b(?:our|your)\s+(?:[\w-]+\s+){0,2}$")
# "a content lead, a paid media specialist and a junior designer": one of a list of colleagues by their posts, a kind
# of lead (one word) after "a"; "you are a natural lead." or "a strong lead who…" ends no such list.
_A_KIND_BEFORE = re.compile(r"(?i)\ban?[ \t]++[\w-]++[ \t]++$")
_LISTED_STAFF = re.compile(r"(?i)[ \t]*+(?:,[ \t]*+(?:and[ \t]++)?|[ \t]and[ \t]++)(?:an?|two|three|four|our)[ \t]")


def _a_listed_colleague(text: str, s: int, e: int) -> bool:
    """The "lead" at ``text[s:e]`` is one of a list of colleagues by their posts: a kind of lead after "a", the next
    item a post too ("a content lead, a paid media specialist", blind set S118); not "a natural lead, a strong communicator"."""
    after = _LISTED_STAFF.match(text, e)
    if after is None or _A_KIND_BEFORE.search(text, max(0, s - 30), s) is None:
        return False
    item = re.match(r"[^,.;:!?\n]{1,60}", text[after.start() : after.end() + 60].lstrip(" \t,"))
    return item is not None and has_role_word(re.sub(r"(?i)^and\s+", "", item.group(0)).split(" and ")[0])


# "Lead techs report to you", "the lead technician": a senior hand named by the job, after a sentence's start or a
# determiner (blind set S86); "you will lead techs on site" is the verb.
# At a sentence's start only with a verb after the noun ("Lead techs earn…"): a duty item opens with the verb ("- Lead
# technicians through every install", review). "hands-on" is no hand.
_LEAD_JOB_AFTER = re.compile(r"(?i)[ \t]++(?:techs?|technicians?|hands?|carpenters?|electricians?|mechanics?|installers?|operators?)(?![\w-])")
_SUBJECTS_VERB = re.compile(
    r"(?i)[ \t]++(?:earn|earns|report|reports|are|is|will|can|must|get|gets|make|makes|have|has|work|works|run|runs|handle|handles)\b"
)
_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:the|our|your|a|an|each|every|all|two|three|four|other)\s+$")
_OBJECT_AFTER = re.compile(r"(?i)\s+(?:the|a|an|our|your|their|this|these|teams?|projects?|people|others|by)\b")


def coded_in_posting(posting: Posting) -> tuple[list[tuple[Block, Coded]], int]:
    """Coded words in the posting's prose and the number of words they were counted over.

    Headings, the title, labels, code, quoted text, names ("Tech Lead" in mid
    sentence) and EEO or invitation sentences do not count.
    """
    cached = posting._cache.get("gender-coded")
    if cached is not None:
        return cached
    found: list[tuple[Block, Coded]] = []
    words = 0
    for block in scope_blocks(posting, "prose"):
        words += len(block.text.split())
        for coded in find_coded(block.text):
            s, e = coded.start, coded.end
            if name_like(block.text, s, e) or in_quotes(block.text, s, e) or in_statement(posting, block, s, e):
                continue
            if coded.stem.startswith("lead") and _STAFF_BEFORE.search(block.text, max(0, s - 40), s) and not _OBJECT_AFTER.match(block.text, e):
                continue  # "pair with our incident lead": a colleague, not a trait (blind set S22)
            if coded.stem.startswith("lead") and e - s == 4 and _a_listed_colleague(block.text, s, e):
                continue  # "a team of three: a content lead, a paid media specialist…": a colleague listed (blind set S118)
            if coded.stem.startswith("lead") and e - s == 4 and (job := _LEAD_JOB_AFTER.match(block.text, e)) and (
                _DETERMINER_BEFORE.search(block.text, max(0, s - 12), s)
                or not block.text[sentence_start(block.text, s) : s].strip() and _SUBJECTS_VERB.match(block.text, job.end())
            ):
                continue  # "Lead techs report to you": a senior hand named by the job, not the trait (blind set S86)
            if _NAMED_SUBJECT.match(block.text, sentence_start(block.text, s)):
                continue  # "Professor Ruth Okafor leads the group.": a colleague's trait, not the candidate's (blind set S18)
            found.append((block, coded))
    posting._cache["gender-coded"] = (found, words)
    return found, words


GENDER_DECODER_NOTES = (
    "Words are counted as gender-decoder (MIT) counts them: its published word list, every word a prefix "
    "('kind' counts 'kindness'), split at spaces, tabs, punctuation, & : ; / and dashes, and at hyphens unless the word "
    "starts with a hyphenated entry ('co-operative'). postlint agrees with all 13 of gender-decoder's own test strings. "
    "Deliberate differences, where a prefix would count something that is not a trait: 'kind of', 'kindergarten', "
    "'Kindle'; 'support' in 'technical support', 'customer support', 'support engineer'; 'lead' in 'lead paint', "
    "'lead time', 'lead generation', 'sales leads', 'Lead techs' and 'the equipment lead' (senior hands named by the job); 'analyst', 'analysis', 'analytics', 'analyzer' for 'analy' (also inside a compound: 'static-analysis'); 'individual "
    "contributor', 'individuals'; 'independent stockists', shops and schools; 'a content lead' among colleagues listed by post; 'competitive salary/pay/benefits', 'Competitive, DOE'; 'determine', 'determined by'; 'principles'; "
    "'agreement', 'feel free', 'dependents', 'committee', 'sensitive data', 'intellectual property', 'assertion', "
    "'autonomous vehicle', 'objectives', 'shares' and 'share options', 'tenders', 'Active Directory', 'trust and "
    "safety', 'zero trust', 'loyalty programme', 'Air Force', 'data-driven' and other things driven, 'battle-tested', "
    "'gentleman', 'confidential' (for 'confident'), 'public defender'; other people ('senior leaders', 'decision makers', "
    "'program leadership'); 'individual' itself (an adjective or a person; 'individualistic' counts); the US civil service's "
    "'competitive service' and 'competitive term'. Headings, the title, quotes, code, names ('Tech Lead', 'Challenge.gov'), "
    "EEO or invitation sentences and the employer's own sentences on diversity ('We … strive to be more reflective of the "
    "society we serve') are not counted. The full list is the 'exceptions' of rules/inclusivity/gender-coded-words.toml."
)
GENDER_DECODER_LICENCE = "word list: gender-decoder (github.com/lovedaybrooke/gender-decoder), MIT licence (c) Kat Matfield; stems from Gaucher, Friesen & Kay (2011)"


class GenderCodedBalance(Rule):
    code: str = "INC001"
    name: str = "gender-coded-balance"
    summary: str = "Masculine-coded wording outweighs feminine-coded wording, per 100 words of prose (Gaucher et al. 2011)."
    why: str = "Gaucher, Friesen & Kay (2011) found masculine-coded ads lowered the appeal of the job to women through a weaker sense of belonging, not of skill."
    source: str = GAUCHER
    example: str = (
        "# Engineer\n\nWe are an aggressive, competitive team that dominates its market. You are a decisive, "
        "assertive, self-reliant and independent leader who will challenge and outperform rivals."
    )
    passing: str = (
        "# Engineer\n\nWe are a collaborative team that supports each other. You are a thoughtful, "
        "dependable engineer who understands users and shares knowledge with the team."
    )
    licence: str = GENDER_DECODER_LICENCE
    notes: str = (
        "The message gives gender-decoder's verdict on the raw counts beside the rate per 100 words: neutral, "
        "(strongly) masculine-coded or (strongly) feminine-coded, 'strongly' from a difference of 4 words. "
    ) + GENDER_DECODER_NOTES
    severity: str = "warning"
    threshold: float = Field(default=0.5, ge=0, description="masculine minus feminine coded words per 100 words that is reported (info)")
    strong_threshold: float = Field(default=1.5, ge=0, description="the same gap reported as strongly masculine-coded (warning); 1.5 is about 1.5x the masculine share of ads for male-dominated jobs in the paper")
    min_difference: int = Field(default=2, ge=1, description="never report a gap of fewer coded words than this")
    min_words: int = Field(default=25, ge=1, description="postings with less prose than this are not judged")

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        found, words = coded_in_posting(posting)
        if words < self.min_words:
            return
        masculine = [c for _, c in found if c.gender == "masculine"]
        feminine = [c for _, c in found if c.gender == "feminine"]
        gap = len(masculine) - len(feminine)
        per_100 = gap * 100 / words
        if gap < self.min_difference or per_100 < self.threshold:
            return
        strong = per_100 >= self.strong_threshold and gap >= max(3, self.min_difference + 1)
        common = Counter(c.word.lower() for c in masculine).most_common(5)
        listed = ", ".join(f"'{w}'" + (f" ({n}x)" if n > 1 else "") for w, n in common)
        swaps = [f"'{w}' -> {' / '.join(alternatives(w))}" for w, _ in common if alternatives(w)]
        verdict = "strongly masculine-coded" if strong else "masculine-coded"
        message = (
            f"Wording is {verdict}: {len(masculine)} masculine- vs {len(feminine)} feminine-coded words "
            f"in {words} words of prose ({per_100:+.2f} per 100 words; gender-decoder's verdict: "
            f"{gender_decoder_verdict(len(masculine), len(feminine))}; ads for male-dominated jobs in "
            f"Gaucher et al. averaged 0.97 masculine-coded words per 100); most frequent: {listed}."
        )
        if swaps:
            message += " Common swaps: " + "; ".join(swaps) + "."
        yield self.at_document(posting, message, severity=None if strong else "info")


class GenderCodedWord(Rule):
    code: str = "INC015"
    name: str = "gender-coded-word"
    summary: str = "Each gender-coded word of the prose (Gaucher et al. 2011, as gender-decoder lists them), with a swap where a common one exists."
    why: str = "Shows which words make up the INC001 balance; off by default because most coded words ('lead', 'support') are fine on their own."
    source: str = GAUCHER
    example: str = "We want an aggressive engineer."
    passing: str = "We want a thoughtful engineer."
    licence: str = GENDER_DECODER_LICENCE
    notes: str = GENDER_DECODER_NOTES
    severity: str = "info"
    enabled: bool = False
    only_with_alternatives: bool = Field(default=False, description="report only words that have a listed swap")

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        found, _ = coded_in_posting(posting)
        for block, coded in found:
            swaps = alternatives(coded.word)
            if self.only_with_alternatives and not swaps:
                continue
            message = f"'{coded.word}' is {coded.gender}-coded (stem {coded.stem})."
            if swaps:
                message += f" Consider {quote_or(swaps)}."
            yield self.at_block(posting, block, coded.start, coded.end, message)
