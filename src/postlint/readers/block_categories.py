"""What a block of a posting states, by its words alone: duties, qualifications, pay, benefits, an
equal-opportunity statement, how to apply, or the location; and which of these most of a section's
blocks state (its content vote). :mod:`postlint.readers.section_kinds` names a section's kind by this
vote when its heading does not; structure rules ask it of single blocks.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from postlint.language.job_titles import has_role_word
from postlint.language.places import PLACE_NAMES, US_STATE_CODES
from postlint.language.prefilter import LoweredPattern
from postlint.model.posting import Block, Section

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*|\d+(?:[.,]\d+)*\+?")

# The kind each content category names, and the category's plural noun for the reason.
CATEGORY_KIND = {
    "duties": "responsibilities",
    "qualifications": "skills",
    "pay": "compensation",
    "benefits": "benefits",
    "eeo": "eeo",
    "how-to-apply": "how-to-apply",
    "location": "location",
}
CATEGORY_NOUN = {
    "duties": "duties",
    "qualifications": "qualifications",
    "pay": "about pay",
    "benefits": "benefits",
    "eeo": "equal-opportunity statements",
    "how-to-apply": "about applying",
    "location": "about location",
}

# Verbs that open a duty ("Manage…", "Develops…"), as lemmas: office work, then the hands-on work of
# warehouses, kitchens, shops, care and trades ("Pick, pack and ship orders", "Greet guests").
DUTY_VERBS = frozenset(
    """accept access accomplish account achieve act adapt address adjust administer advance advise advocate align
    allocate analyse analyze answer anticipate apply appraise approve arrange articulate assemble assess assign assist
    attend audit author authorize balance brief build calculate care carry champion check clean code collaborate collect
    communicate compile complete comply compose conduct configure confer consolidate construct consult contribute control
    convene coordinate correspond counsel create curate debug decide define delegate deliver demonstrate deploy design
    determine develop diagnose direct discuss distribute document draft drive edit educate empower enable encourage
    enforce engage engineer ensure enter establish estimate evaluate examine execute expand explain facilitate file
    finalize forecast formulate foster gather generate guide handle help hire identify implement improve inform initiate
    inspect install instruct integrate interpret interview investigate issue join keep launch lead learn liaise maintain
    manage map market measure mentor model modernize monitor motivate negotiate observe obtain onboard operate optimize
    orchestrate organize organise oversee own participate partner perform plan prepare present prioritize prioritise
    process procure produce program promote propose prototype provide publish purchase pursue raise read receive recommend
    reconcile record recruit reduce refine represent report request research resolve respond review revise run schedule
    scope screen secure select serve set shape share ship solve source specify staff standardize steer streamline
    strengthen structure submit summarize supervise supply support survey sustain teach test track train transform
    translate troubleshoot tune understand update upgrade use utilize validate verify visit work write synthesize
    synthesise envision evangelize translate cultivate nurture grow scale mature embed influence inspire
    pick pack unpack load unload stock restock sort shelve rotate stack scan count label wrap fill haul transport
    greet welcome seat cook bake grill prep chop wash sweep mop sanitize fold repair fix replace weld fabricate cut
    paint trim prune harvest spray sell take patrol escort dispatch route drive feed bathe groom dispense triage draw
    mix pour tutor coach
    redesign rebuild rewrite refactor migrate make move automate extend add retire simplify harden reshape
    prospect pitch canvass turn hit leverage""".split()  # a salesperson's (blind set S94: "Prospect for new accounts")
)
# First words (lemmas) of a qualification item.
_QUAL_FIRST = frozenset(
    """experience knowledge ability able skill skills proficiency proficient familiarity familiar understanding degree
    bachelor master masters phd doctorate certification certificate certified license licence licensed background
    expertise fluency fluent comfort comfortable demonstrated demonstrate proven strong excellent solid deep working
    track minimum possession graduation equivalent equivalency education completion must candidate candidates
    applicant applicants expert advanced basic thorough good exceptional outstanding superior effective
    high associate previous prior current valid hands passion interest curiosity attention capacity capable
    have hold possess bring know be""".split()
)
_QUAL_ANYWHERE = re.compile(
    r"^\W*(?:(?:at least|a minimum of|minimum of|over|more than)\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|ten)"
    r"\+?\s*(?:\(\d+\)\s*)?(?:or more\s+)?(?:years?|yrs)\b|\b(?:bachelor|master|ph\.?d|degree|diploma|ged|"
    r"certificate|certification|licen[cs]e|(?:years?|months?) of (?:[\w-]+ ){0,3}experience)\b",
    re.I,
)
_QUAL_START = re.compile(r"^\W*(?:you (?:have|are|bring|possess|hold|know|can|understand|enjoy|thrive)|you're|you've|"
                         r"must (?:have|be|possess|hold)|should have|ideally|have (?:a|an|experience|knowledge|strong)|"
                         # The candidate in the third person: "The ideal candidate has ten or more years…" (blind set S114),
                         # "Candidates must hold…"; not "The successful candidate will report to the CEO" (a duty).
                         r"(?:(?:the|an?|our)\s+)?(?:(?:ideal|successful|right|perfect)\s+)?(?:candidate|applicant)s?\s+"
                         r"(?:has|have|possess(?:es)?|holds?|brings?|(?:should|must)\s+(?:have|hold|possess|bring|be)|will\s+(?:have|hold|possess|bring|need)))\b", re.I)
# A professional qualification held: "ACA, ACCA or CIMA qualified", "CIPD qualified", "Part-qualified ACCA", "Fully
# qualified electrician" (blind set S114: the UK's accountancy bodies); not "Qualified candidates will be contacted".
_QUALIFIED = re.compile(
    r"\A\W{0,3}(?:(?:(?:fully|part|newly|recently|professionally)[- ])?qualified\b(?!\s(?:candidates?|applicants?|individuals?|people|persons?|leads?|prospects?)\b)"
    r"|(?-i:[A-Z]{2,6})(?:\s?(?:,|/|&|\sor|\sand)\s?(?-i:[A-Z]{2,6})){0,4}\s(?:(?:fully|part|newly)[- ])?qualified\b)",
    re.I,
)
_DUTY_START = re.compile(r"^\W*(?:you will|you'll|you’ll|will|responsible for|serves? as|acts? as|works? (?:with|closely)|"
                         r"be (?:responsible|accountable)|in this role|the (?:incumbent|employee|position) (?:will|is))\b", re.I)
_EEO = LoweredPattern(re.compile(
    r"equal (?:employment )?opportunit|discriminat|regardless of (?:race|age|sex|gender|religion)|sexual orientation|"
    r"gender identity|national origin|protected (?:veteran|class|status)|reasonable accommodation|affirmative action|"
    r"\beoe\b|accommodations? (?:is|are) available",
    re.I,
))
_APPLY = LoweredPattern(re.compile(
    r"\bto apply\b|\bapply (?:online|by|at|through|via|here|now|today|for this|on our)\b|"
    r"\bsubmit (?:your|an|a|the) (?:application|resume|résumé|cv|cover)|\bsend (?:your|a|us) (?:resume|résumé|cv|application)|"
    r"\bapplication (?:deadline|process|form|packet|materials)|\bcover letter\b|\bapplications (?:will|must|are|received)\b|"
    r"\binterview process\b|\bhiring process\b",
    re.I,
))
_MONEY = re.compile(r"[$€£]\s?\d|\b\d[\d,.]*\s?(?:k|USD|CAD|EUR|GBP)\b")
_PAY_WORD = re.compile(r"\b(?:salary|salaries|pay|wage|wages|compensation|hourly|annually|per (?:hour|year|annum|month)|"
                       r"range|step|grade|remuneration)\b", re.I)
_BENEFIT_LEMMAS = frozenset(
    """insurance dental vision retirement pension 401k pto vacation holiday holidays tuition wellness benefit perk
    parental maternity paternity childcare commuter fsa hsa gym sabbatical stipend reimbursement
    aguinaldo vacaciones""".split()
)
_BENEFIT_PHRASE = re.compile(r"\b(?:paid (?:time off|leave|holidays?|vacation)|time off|sick leave|life insurance|"
                             r"health (?:care|insurance|plan|benefits)|401\(k\)|retirement plan|employee assistance)\b", re.I)
_LOCATION = re.compile(r"\b(?:remote|hybrid|on-?site|in[- ]office|telework|teleworking|located in|based in|work from home|"
                       r"relocation)\b", re.I)
_PLACE = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?), ([A-Z]{2}|[A-Z][a-z]+)\b")


def _names_place(text: str) -> bool:
    """A town and its state or country ("Portland, OR", "Leeds, Yorkshire"), not a signature's role and
    firm ("Senior Technical Recruiter, Brightledger", blind set S97), unless a known place follows."""
    return any(
        m.group(2).lower() in PLACE_NAMES or m.group(2) in US_STATE_CODES or not has_role_word(m.group(1))
        for m in _PLACE.finditer(text)
    )


def leading_words(text: str, limit: int = 40) -> list[str]:
    return _WORD.findall(text[:400])[:limit]


def block_category(text: str) -> str | None:
    """What one block states: 'duties', 'qualifications', 'pay', 'benefits', 'eeo', 'how-to-apply', 'location' or None."""
    from postlint.language.nlp import lemma

    text = text[:1000]  # what a block states shows in its first lines; bounds every search below
    words = leading_words(text)
    if not words:
        return None
    first = lemma(words[0])
    if _EEO.search(text):
        return "eeo"
    if _DUTY_START.match(text):
        return "duties"
    if _QUAL_START.match(text) or _QUAL_ANYWHERE.search(" ".join(words[:14])) or first in _QUAL_FIRST or _QUALIFIED.match(text):
        return "qualifications"
    head = words[0]
    if first in DUTY_VERBS and head[:1].isupper() and (head.lower() == first or head.lower().endswith("s")):
        # "Manage…" (imperative) or "Manages…" (third person), not "Management of…".
        return "duties"
    if _duty_gerund(head, first, text):
        return "duties"
    if _APPLY.search(text):
        return "how-to-apply"
    if _MONEY.search(text) and _PAY_WORD.search(text):
        return "pay"
    lemmas = {lemma(w) for w in words}
    if _BENEFIT_PHRASE.search(text) or lemmas & _BENEFIT_LEMMAS:
        return "benefits"
    if len(words) <= 25 and (_LOCATION.search(text) or (len(words) <= 8 and _names_place(text))):
        return "location"
    return None


# Words in -ing that name a field or a thing more often than they tell a duty ("Marketing", "Understanding of…").
_ING_NOUNS = frozenset(
    """understanding training marketing engineering programming working learning accounting nursing housing funding
    hearing meeting offering banking consulting computing networking manufacturing reading listening""".split()
)
# A gerund naming a skill, not doing the work: "Planning skills", "Coaching experience", "Building of …".
_ING_AS_SKILL = re.compile(
    r"\W*\w+ing\s+(?:of\b|(?:[\w-]+\s+){0,3}(?:skills?|experience|knowledge|abilit(?:y|ies)|background|proficiency|expertise)\b)",
    re.I,
)


def _duty_gerund(head: str, first: str, text: str) -> bool:
    """A duty told as a gerund, as Canada's and the UK's public service list them: "Planning and coordinating
    delivery across multiple product teams", "Coaching and mentoring colleagues" (precision sample 1223)."""
    return (
        head.endswith("ing") and head[:1].isupper() and first in DUTY_VERBS and head.lower() not in _ING_NOUNS
        and _ING_AS_SKILL.match(text) is None
    )


def content_blocks(section: Section) -> list[Block]:
    """The blocks that say what a section is: its list items when it has two or more
    (the prose around a list is often an aside or boilerplate), else all its text."""
    items = [b for b in section.blocks if b.kind == "list_item"]
    if len(items) >= 2:
        return items
    return [b for b in section.blocks if b.kind in ("list_item", "paragraph", "table_row")]


def content_vote(blocks: Iterable[Block]) -> tuple[str, int, int] | None:
    """(category, how many blocks state it, how many blocks) when one category holds most blocks.

    A list item is a whole block, so one in lower case is read as if capitalised ("• clean up our Postgres
    models" in a chat post, blind set S96); a line of a paragraph in lower case may be the end of a sentence."""
    return text_vote([b.text[:1].upper() + b.text[1:] if b.kind == "list_item" else b.text for b in blocks])


def text_vote(texts: list[str]) -> tuple[str, int, int] | None:
    """:func:`content_vote` over texts: the plain-text reader asks it of the lines under a heading."""
    if not texts:
        return None
    votes = Counter(c for c in map(block_category, texts) if c)
    if not votes:
        return None
    (best, count), *rest = votes.most_common()
    if rest and rest[0][1] == count:
        return None
    n = len(texts)
    if count * 2 < n or (n >= 3 and count < 2):
        return None
    return best, count, n
