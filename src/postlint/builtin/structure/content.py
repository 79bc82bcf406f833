"""STR rules about what the sections say: the qualifications' split and count (degrees are
:mod:`postlint.builtin.structure.degree`, the employment type :mod:`postlint.builtin.structure.employment_type`,
how to apply :mod:`postlint.builtin.structure.applying`)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from pydantic import Field

from postlint.builtin.structure.list_runs import off_the_list
from postlint.builtin.structure.sources import RESUME, REWORK
from postlint.engine.rule import Context, Rule
from postlint.language.prefilter import LoweredPattern
from postlint.model.diagnostic import Diagnostic
from postlint.model.posting import Block, Posting, Section
from postlint.model.schema import QUALIFICATION_KINDS

PREFERRED_WORDS = LoweredPattern(re.compile(
    r"(?i)\b(?:nice[- ]to[- ]haves?|preferred|bonus|a plus|an asset|assets|ideally|desirable|would be great|not required|optional"
    # Canada's public service: "Priority will be given to candidates who…" (precision sample 5151)
    r"|(?:priority|preference) (?:will|may) be given"
    # Kenya's, India's and Nigeria's way: "A Master's degree … is an added advantage" (blind set S24).
    r"|(?:an )?added advantage|an advantage|advantageous"
    # A university's way: "Candidates with industry experience will receive particular consideration" (blind set S58).
    r"|(?:will|may|shall) (?:receive|be given) (?:particular |special |additional |favou?rable )?consideration"
    # The UK's essential/desirable wording and its kin: "… is welcome but not essential" (blind set S97), "would be
    # beneficial", "helpful but not necessary", "a big plus". ("Helpful" and "welcome" alone describe people.)
    r"|not (?:essential|mandatory|compulsory|necessary|a requirement)|non-essential|beneficial(?!\s+own)|good[- ]to[- ]have"
    r"|(?:would|will|could|may) be (?:very |extremely |really |most )?(?:helpful|useful|welcome|welcomed|nice|ideal)"
    r"|is (?:also |very |most )?welcome(?! to)|(?:helpful|useful|welcome|welcomed) but not"
    r"|an? (?:big|huge|definite|real|major|great|distinct|clear|strong|additional) (?:plus|advantage|asset|bonus))\b"
))


# A heading or lead-in that makes every item a requirement: "Minimum qualifications", "Essential
# criteria", "To qualify, you must have…". A bare "Requirements" heading does not: postings put
# nice-to-haves under it too.
_ALL_REQUIRED_HEADING = re.compile(r"(?i)\b(?:required|minimum|basic|mandatory|essential|must[- ]haves?)\b")
_ALL_REQUIRED_LEAD_IN = re.compile(
    r"(?i)\bto qualify\b|\byou must (?:have|meet|possess|hold|demonstrate)\b|\ball of the following\b|\bthe following (?:are|is) required\b"
)


def search_blocks(posting: Posting, pattern: re.Pattern[str], blocks: list[Block] | None = None) -> tuple[Block, re.Match[str]] | None:
    for block in posting.blocks() if blocks is None else blocks:
        m = pattern.search(block.text)
        if m:
            return block, m
    return None


# An item that says what the employer is or gives, not what the candidate needs: "We are a
# drama-free workplace", "Hair nets are required in the kitchen and provided by us".
# The employer speaking, or inviting, among the items: "We pair every new driver with a mentor", "Our trucks
# have dash cameras", "Recent grads … welcome to apply" (blind set S33): no qualification asked.
_ABOUT_US = re.compile(
    r"(?i)^\W{0,3}(?:we(?:['’]re| are| offer| provide| will provide| pair| train| coach| give| pay| match| cover)"
    r"|our (?:team|crew|kitchen|store|trucks?|fleet|drivers|office|shop)s? (?:is|are|have|has|run|runs)\b)"
    r"|\bprovided by us\b|\bwe (?:provide|supply) (?:them|it|these)\b|\b(?:welcome|encouraged) to apply\b"
)


def _required_qualifications(posting: Posting) -> tuple[Section | None, list[Block]]:
    """The main skills section and its required items (preferred sub-sections and items left out): the one
    that lists the most, so a "Who you are" paragraph before the "Requirements" list hides nothing (blind set S64)."""
    best: tuple[Section | None, list[Block]] = (None, [])
    for section in posting.find_all("skills"):
        items = _section_requirements(section, posting)
        if best[0] is None or len(items) > len(best[1]):
            best = (section, items)
    return best


def _section_requirements(section: Section, posting: Posting | None = None) -> list[Block]:
    """The required items of ``section``; given the posting, without a plain-text list's run-on of other facts."""
    items: list[Block] = []

    def collect(sub: Section) -> None:
        # Nice-to-haves are not required; nor is a part of another kind nested under the
        # requirements ("Schedule and Perks" under an HTML page's "Requirements").
        if sub is not section and (sub.kind == "preferred-qualifications" or sub.kind not in (*QUALIFICATION_KINDS, "other")):
            return
        if sub is not section and sub.kind == "other" and _TO_LEARN.search(sub.title):
            return  # "Able to Learn" under the skills: what the job will teach, not what it asks (precision sample 5757)
        # The list a "For each job on your resume, provide:" lead-in opens is what to write, not to have; the one
        # a "present clearance certificates from the following bodies at the interview:" opens, papers to bring.
        about_resume = False
        for b in sub.blocks:
            if b.kind != "list_item":
                about_resume = b.text.rstrip().endswith(":") and (RESUME.search(b.text) is not None or _PAPERS_TO_BRING.search(b.text) is not None)
            elif b.level <= 1 and not about_resume and not marks_preference(b.text) and not _ABOUT_US.search(b.text) and not _ends_the_ad(b.text):
                items.append(b)
        for child in sub.children:
            collect(child)

    collect(section)
    if posting is None:
        return items
    off = off_the_list(posting, items)
    return [b for b in items if id(b) not in off]


# Papers to hand over, not qualifications to have (blind set S80: Kenya's KRA, HELB, EACC and DCI clearances);
# not "You must hold the following certificates:" nor "provide evidence of the following:".
_PAPERS_TO_BRING = re.compile(
    r"(?i)\b(?:present|produce|bring|submit|attach|enclose|upload|furnish)\b[^:\n]{0,100}?"
    r"\b(?:clearances?|(?:clearance|compliance) certificates?|documents?|copies|papers|at (?:the|an|your) interview)\b"
)


# A part under the skills that lists what will be learned: "Able to Learn", "What we'll teach you", "Training provided";
# not "Machine Learning" or "Required Training", which are requirements.
_TO_LEARN = re.compile(
    r"(?i)\b(?:able|willing|happy|keen|eager)\s+to\s+learn\b|\b(?:you['’]ll|you\s+will|we['’]ll|we\s+will)\s+(?:learn|teach|train)\b"
    r"|\bwhat\s+(?:you['’]ll|you\s+will)\s+learn\b|\btraining\s+(?:provided|given)\b|\bon[- ]the[- ]job\s+training\b|\bnice\s+to\s+learn\b"
)


def _ends_the_ad(text: str) -> bool:
    """A closing line a plain-text ad runs on into its last section: how to apply, or a shout
    ("Apply in person at 14 Industrial Rd", "CALL NOW!!", S33 re-score), no qualification."""
    return APPLY.search(text) is not None or _CONTACT.search(text) is not None or (text.upper() == text and text.rstrip().endswith("!"))


# Where to send the application: "Resumes by email to drive@kettlebytransport.ca."
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")


# An item about pay, whose "bonus" or "plus" marks nothing preferred.
_PAY_ITEM = re.compile(r"(?i)\bbonus|\bcommission|[$€£₽₹¥]|\b(?:salary|pay|wage)\b")


class QualificationsSplit(Rule):
    code: str = "STR007"
    name: str = "qualifications-split"
    summary: str = "Split qualifications into required and preferred (nice-to-have)."
    why: str = (
        "Google re:Work: minimum qualifications are non-negotiable, preferred ones are not; mixing them makes every "
        "item look mandatory and deters qualified people who do not tick every box."
    )
    source: str = REWORK
    severity: str = "info"
    notes: str = (
        "An item marks itself preferred with words such as 'nice to have', 'a plus', 'desirable', 'an advantage', "
        "'welcome but not essential' or 'helpful but not necessary'; any such item makes the split, in the qualifications or in a part of no known kind (Comeet's 'Advantages'), where a sentence that names a skill, "
        "experience or qualification as desirable does too ('Welsh language skills are desirable but not essential'). 'Ideally' hedging a "
        "part of one required item ('4 years of sales, ideally in logistics') marks nothing preferred, nor does a "
        "preference for who the candidate is ('Female candidates preferred', 'Candidates below 30 years of age preferred'), "
        "which hides no other sentence's preference in its paragraph ('Past experience in retail will be preferred.'). "
        "A requirements part whose heading names preference (a board's 'Preferred experience' over what is required) "
        "makes the split by its name. A requirement dropped ('Fluent English; German is not required') marks nothing preferred; "
        "an item listed '(not required)' or 'not required but helpful' does. German and Dutch boards' headings ('Ihr Profil', "
        "'Das bringst du mit', 'Von Vorteil', 'Wünschenswert') name the requirements and the nice-to-haves."
    )
    example: str = "# Data Engineer\n\n## Requirements\n\n- SQL\n- Python\n- Airflow"
    passing: str = "# Data Engineer\n\n## Requirements\n\n- SQL\n- Python\n\n## Nice to have\n\n- Airflow"

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        # The first that lists any, not a "Who you are" paragraph before the list (blind set S64).
        skills = posting.find_all("skills")
        section = next((s for s in skills if _section_requirements(s)), skills[0] if skills else None)
        if section is None or section.heading is None:
            return
        if not any(b.kind not in ("heading", "label") for b in section.all_blocks()):
            return  # an empty 'Requirements' lists nothing to split (STR014 reports it)
        if posting.find("preferred-qualifications") is not None:
            return
        if PREFERRED_WORDS.search(section.title):
            return  # "Preferred experience" read as the requirements for what it requires (blind set S101): its name splits
        # A part of no known kind counts too: Comeet's "Advantages" over "Kafka in production - an advantage" (blind set S105),
        # by its items and not by pay ("Attendance bonus of up to $150", "plus a yearly bonus" in a pay paragraph).
        if any(
            marks_preferred(b.text)
            for s in posting.walk()
            for b in (
                s.all_blocks() if s.kind in QUALIFICATION_KINDS
                else [
                    b for b in s.blocks
                    if (b.kind == "list_item" or b.kind == "paragraph" and _SAID_PREFERRED.search(b.text)) and not _PAY_ITEM.search(b.text)
                ] if s.kind == "other" else ()
            )
        ):
            return
        if _ALL_REQUIRED_HEADING.search(section.title) or any(
            _ALL_REQUIRED_LEAD_IN.search(b.text) for b in section.all_blocks() if b.kind == "paragraph"
        ):
            return  # the posting says every item is required: nothing is left unsaid
        if _resume_instructions(list(section.all_blocks())):
            return
        if _ideal_beside_required(posting):
            return
        yield self.diagnostic(posting, section.heading.start, section.heading.end, f"'{section.title}' does not say which qualifications are required and which are preferred: add a 'Nice to have' or 'Preferred qualifications' section.")


# A sentence of a part of no known kind that says a skill is preferred: "Welsh language skills are desirable but not
# essential for this post" (the Welsh Government's own part, blind set S112 re-score); not a pay paragraph's "bonus".
# The sentence names a qualification as its subject: "Arabic is a plus" in a paragraph about the team tells no part
# of the requirements (blind set S64's planted STR007).
_SAID_PREFERRED = re.compile(
    r"(?i)\b(?:skills?|experience|knowledge|qualifications?|degree|certificat(?:e|es|ion|ions)|licen[cs]e|fluency|proficiency)"
    r"\b[^.!?\n]{0,40}?\s(?:is|are|would\s+be|will\s+be)\s+(?:highly\s+|very\s+)?(?:desirable|an\s+advantage|an\s+asset|a\s+plus|preferred)\b"
)
_IDEAL = re.compile(r"(?i)\bideal(?:ly)?\b")
# An age named: "below 30 years of age", "the age of 35", "Age: 25-35", "candidates under 30"; not "aged care"
# nor "over 10 years of experience".
_AGE = (
    r"\b(?:years?|yrs)\s+(?:of\s+age|old)\b|\bthe\s+age\s+of\s+\d{2}\b|\bage[ds]?\s*:?\s*(?:of\s+)?(?:between\s+|below\s+|under\s+)?\d{2}\b"
    r"|\bage\s+(?:limit|group|bracket|range)\b|\b(?:candidates?|applicants?)\s+(?:below|under|over|above)\s+\d{2}\b(?!\+?\s*(?:years?|yrs)\b)"
)
# A preference for who the candidate is, not for a qualification: "Female candidates preferred" (INC004's and
# INC012's business) splits nothing (blind set S53), nor does an age ("Candidates below 30 years of age
# preferred", blind set S96: _age_preferred).
_WHO_PREFERRED = re.compile(
    r"(?i)\b(?:female|male|women|men|young(?:er)?|local|native|single|married|unmarried)\s+(?:candidates?|applicants?|staff|speakers?)\s+"
    r"(?:are\s+|will\s+be\s+)?(?:strongly\s+)?preferred\b"
    r"|\bpreferred\s+age\b"
)
_AGE_NAMED = re.compile(f"(?i){_AGE}")
_PREFERRED = re.compile(r"(?i)\bpreferred\b")
_CLAUSE_END = re.compile(r"[.;\n]")


def _age_preferred(text: str) -> bool:
    """An age named, then "preferred" in the same clause ("Candidates below 30 years of age preferred")."""
    if "preferred" not in text.lower():
        return False  # most blocks: the age patterns are not run
    preferred = [m.start() for m in _PREFERRED.finditer(text)]
    for m in _AGE_NAMED.finditer(text):
        i = bisect_left(preferred, m.end())
        if i < len(preferred) and preferred[i] - m.end() <= 40 and not _CLAUSE_END.search(text, m.end(), preferred[i]):
            return True
    return False


# "ideally" hedging a part of one required item: "4 years of software sales, ideally in logistics",
# "A degree (ideally in economics)" (blind set S96); not an item of its own ("Ideally, you know Kafka").
_HEDGE_BEFORE = re.compile(r"\w[)'’\"]?\s*(?:,|\(|\s[–—-])\s*$")
_HEDGE_AFTER = re.compile(
    r"(?i)\s+(?:in|with|within|at|from|on|for|of|across|using|including|as|through|via|inside|around|among|by)\b"
)


def marks_preferred(text: str) -> bool:
    """Whether ``text`` marks a qualification preferred: a preference word that is no preference
    for who the candidate is and no hedge on a part of one required item. Sentence by sentence: "Female candidates
    preferred." hides no "Past experience in retail will be preferred." in the same paragraph (blind set S114)."""
    if not PREFERRED_WORDS.search(text):
        return False  # most blocks: not split
    return any(_sentence_marks_preferred(sentence) for sentence in _SENTENCE_CUT.split(text))


# Where a sentence or a line ends: a plain-text paragraph is often a sentence a line (not a line going on in lower case).
_SENTENCE_CUT = re.compile(r"(?<=[.!?;])[ \t]+(?=[A-Z])|\n(?![a-z])")


def _sentence_marks_preferred(text: str) -> bool:
    if _WHO_PREFERRED.search(text) or _age_preferred(text):
        return False
    return any(
        not (
            m.group(0).lower() == "ideally"
            and _HEDGE_BEFORE.search(text, max(0, m.start() - 8), m.start())
            and _HEDGE_AFTER.match(text, m.end())
        )
        for m in _preference_words(text)
    )


# "German is not required", "Prior experience is not required": a statement that drops a requirement, which marks
# nothing preferred ("Fluent English; German is not required" is a required item, blind set S114); "Terraform (not
# required)" and "not required but helpful" list a nice-to-have.
_IS_BEFORE = re.compile(r"(?i)\b(?:is|are)\s{1,3}$")
_BUT_AFTER = re.compile(r"(?i)\s{0,3}[,;(–—-]?\s{0,3}(?:but|though|although|yet)\b")


def _preference_words(text: str) -> Iterator[re.Match[str]]:
    """The words of ``text`` that mark something preferred, less a "… is not required" that drops a requirement."""
    for m in PREFERRED_WORDS.finditer(text):
        if m.group(0).lower() == "not required" and _IS_BEFORE.search(text, max(0, m.start() - 8), m.start()) and not _BUT_AFTER.match(text, m.end()):
            continue
        yield m


def marks_preference(text: str) -> bool:
    """Whether ``text`` marks something preferred (:data:`PREFERRED_WORDS`, less a dropped requirement)."""
    return next(_preference_words(text), None) is not None


def _ideal_beside_required(posting: Posting) -> bool:
    """An "ideal candidate" list beside another qualifications list ("To qualify, you must have"):
    the ideal one is what is preferred, so the split is made (precision sample 1414)."""
    parts = [s for s in posting.walk() if s.kind in QUALIFICATION_KINDS and s.heading is not None]
    ideal = [s for s in parts if _IDEAL.search(s.title or "")]
    return bool(ideal) and any(s not in ideal and any(b.kind not in ("heading", "label") for b in s.all_blocks()) for s in parts)


# A résumé named: a section that talks about it may be telling applicants what to put in it.


def _resume_instructions(blocks: list[Block]) -> bool:
    """A qualifications heading over what to put in a résumé ("For each job on your resume,
    provide: the exact dates…"): it names the résumé, and no block reads as a qualification."""
    from postlint.readers.block_categories import block_category

    return any(RESUME.search(b.text) for b in blocks) and not any(block_category(b.text) == "qualifications" for b in blocks)


class RequirementsCount(Rule):
    code: str = "STR008"
    name: str = "requirements-count"
    summary: str = "Keep the list of required qualifications short (8 or fewer)."
    why: str = (
        "In a Behavioural Insights Team experiment (2022, n > 10,000) people applied when meeting about half of the "
        "requirements; in Mohr's survey (HBR 2014) not meeting the listed qualifications was the top reason for not "
        "applying. Long must-have lists shrink and skew the pool."
    )
    source: str = "https://www.bi.team/blogs/women-only-apply-when-100-qualified-fact-or-fake-news/"
    max_items: int = Field(default=8, ge=1)
    notes: str = (
        "Where several sections hold qualifications, the one that lists the most is counted; the lists are not added up. "
        "Papers to hand over (clearances to present at the interview, documents to attach) are not qualifications. "
        "The finding names the sub-section that holds the whole list ('### Essential' beside '### Advantageous'); in a "
        "person specification's essential lists, one per kind of criteria, the one over the limit on its own, with its own "
        "count ('Knowledge and Skills – Essential' beside 'Qualifications – Essential'). Any other list split over "
        "sub-sections is counted on the parent. It names a nice-to-have sub-section beside it as where the rest go. In plain text, lines led by another glyph after "
        "a blank line ('✅ …' items, then '🏠 Accommodation provided') and the lines after them are no more of the list."
    )
    example: str = "# Data Engineer\n\n## Requirements\n\n- SQL\n- Python\n- Airflow\n- Spark\n- Kafka\n- dbt\n- Terraform\n- Go\n- Rust"
    passing: str = "# Data Engineer\n\n## Requirements\n\n- SQL\n- Python\n- Airflow\n- Spark\n- Kafka\n- dbt\n- Terraform\n- Go\n- Rust (nice to have)"

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        section, items = _required_qualifications(posting)
        if section is None or section.heading is None or len(items) <= self.max_items:
            return
        # The sub-section that holds the whole list, beside others, is the one to shorten: "### Essential" under
        # "## Selection criteria", beside "### Advantageous", the place for the rest (blind set S109). An only child
        # is no better name than its parent.
        nice = "Nice to have"
        while len(section.children) > 1:
            held = {id(b) for b in items}
            lists = [(c, [b for b in _section_requirements(c, posting) if id(b) in held]) for c in section.children if c.heading is not None]
            inner = next(((c, got) for c, got in lists if len(got) == len(items)), None)
            # A person specification's grid keeps an essential list per kind of criteria, each beside its desirable one:
            # the one over the limit on its own is the list to shorten, named with its own count ("Knowledge and
            # Skills – Essential" beside "Qualifications – Essential", blind set S120). Other split lists stay summed.
            grid = [(c, got) for c, got in lists if _ESSENTIAL.search(c.title)]
            if len(grid) >= 2:
                inner = inner or max(((c, got) for c, got in grid if len(got) > self.max_items), key=lambda p: len(p[1]), default=None)
            if inner is None:
                break
            beside = [c for c in section.children if c.kind == "preferred-qualifications" and c.heading is not None]
            # Of several nice-to-have parts, the one of the same kind of criteria: "Knowledge and Skills – Desirable"
            # beside "Knowledge and Skills – Essential", "Desirable Skills" beside "Essential Skills" (a first word
            # alone paired "Essential Skills" with "Desirable Qualifications": the session's review).
            kind = _criteria(inner[0].title)
            first = inner[0].title.lower().split()[:1]
            pick = next((c for c in beside if _criteria(c.title) == kind), None) or next(
                (c for c in beside if c.title.lower().split()[:1] == first), beside[0] if beside else None
            )
            nice = pick.title.strip().rstrip(":").strip() if pick is not None else nice
            section, items = inner
        yield self.diagnostic(posting, section.heading.start, section.heading.end, f"'{section.title}' lists {len(items)} required qualifications; keep the must-haves to {self.max_items} or fewer and move the rest to '{nice}'.")


_ESSENTIAL = re.compile(r"(?i)\bessential\b")
# The words of a criteria heading that say how much it is wanted, not what it is about.
_WANTED = frozenset("essential desirable required preferred criteria nice to have and the of".split())


def _criteria(title: str) -> frozenset[str]:
    """What a criteria heading is about: "Knowledge and Skills – Essential" -> {knowledge, skills}."""
    return frozenset(w for w in re.findall(r"[a-z]+", title.lower()) if w not in _WANTED)


APPLY = LoweredPattern(re.compile(
    # "To apply, send…", "how to apply"; not "willingness to apply for one" (a record check) or "to apply your skills".
    # "Fresh graduates are welcome to apply." says who may apply, not how.
    r"(?i)\b(?:(?<!welcome )(?<!encouraged )(?<!invited )(?<!eligible )(?<!free )to apply(?=\s*(?:[,.:;!)]|$)|\s+(?:for\s+(?:this|the)\s+(?:role|job|position|vacancy|opportunity|post)|now|online|today|"
    r"via|through|at|by|on|using|please|click|send|email|visit|go))|apply (?:now|here|online|today|via|through|at|by|on|using|for this)|"
    # Not applying a law or a skill: "the WHS Act and how to apply it" (blind set S123).
    r"how to apply(?!\s+(?:it|them|(?:this|that)(?!\s+(?:year|week|month|time|round|cycle|term|season)\b)|these|those|the|such|an?|your|their|its|his|her|our|my)\b)|"
    r"send (?:us )?(?:your|a) (?:resume|résumé|cv|cover letter|application)|submit (?:your|an?) (?:application|resume|résumé|cv)|"
    # A chat post's telegraphic "Send CV + photo on WhatsApp to Guy Haddad: +971 …" (blind set S112), with the channel,
    # number or address in its sentence; not a recruiter's "send CVs to hiring managers".
    # (Word by word, so the way is tried only where a word starts.)
    r"send (?:cv|resume|résumé)(?![\w-])[ \t:,]{1,3}(?:[^\s.;!?]{1,30}[ \t]{1,3}){0,8}?(?:(?:whatsapp|viber|telegram|e-?mail|sms)\b"
    r"|\+?\(?\d[\d ().-]{5,18}\d|[\w.+-]{1,40}@[\w-]+\.|https?://|www\.)|"
    r"(?:your|their|a|an) (?:updated |latest |current )?(?:cv|resume|résumé)s? (?:to|at|over to|through to)|"
    r"applications? (?:are|is) (?:accepted|open|due|received)|email (?:us|your)|apply on usajobs|"
    # "Applications must be submitted online at www.…", "Applications, comprising a resume, a cover letter and a writing
    # sample, should be submitted through…", "Applications with a resume should be…" (blind set S123); not "Applications
    # for building permits must be submitted by the contractor", those the job handles.
    r"applications?(?:,\s[^.;!?\n]{1,100}?,|\s(?:for (?:this|the) (?:role|job|position|post|vacancy)|(?:with|comprising|including|"
    r"containing|consisting of|accompanied by)\s[^.;!?\n]{1,100}?))?\s(?:must|should|can|may|will) be (?:submitted|made|sent|completed|filed|lodged)|"
    r"click (?:the )?[\"“']?apply|apply (?:below|here)|(?:start|begin|complete) your application|"
    # "DM me your portfolio", "send me a DM" (a Reddit post), "DM @nomad_hr_sara on Telegram" (blind set S28).
    r"(?:dm|pm|message) (?:me|us|@\w+)|send (?:me|us) an? (?:dm|pm|message|direct message)|"
    # A Facebook post's "inbox me with a bit about yourself", "comment below if interested" (blind set S104); not "comment
    # below with any questions".
    r"inbox (?:me|us)\b|comment (?:below|here|on this post) (?:with (?!(?:any |your )?questions?\b)|if (?:you(?:'re| are) )?interested\b)|"
    # A staffing agency's e-mail blast: "reply to this e-mail with your updated resume" (blind set S50).
    r"(?=r)(?<!not )(?<!n't )(?<!n’t )reply to (?:this|my|our) (?:e-?mail|message|post|inmail|note|dm|text)|"
    # A recruiter's InMail or mail: "just reply here with a couple of times that work" (blind set S97); not "we reply
    # to every applicant", "I'll reply here" nor "please do not reply". (The look-ahead first: the look-behinds only at a candidate.)
    r"(?=[jsphr])(?<!not )(?<!n't )(?<!n’t )(?<!we )(?<!i )(?<!ll )(?<!will )(?<!they )(?:(?:just|simply) (?:hit )?reply|please (?:hit )?reply(?= (?:here|to (?:this|me|us)|with|by|directly|if))|hit reply|reply here)\b|"
    # A walk-in interview: "Interview: Walk-in Mon–Sat, 10 am to 4 pm" (blind set S29).
    r"walk[- ]in (?:interviews?|drive|mon|tue|wed|thu|fri|sat|sun|monday|daily|between|from|on|at)\b|"
    # "WALK-IN APPLICANTS ARE WELCOME!!! Monday to Friday, 1 PM to 8 PM, 27th floor, Ayala Tower Two" (blind set S68).
    r"walk[- ]in applicants?\b|walk[- ]ins? (?:are )?welcome\b|"
    r"(?:call|whatsapp)\s*/\s*(?:whatsapp|call)\b[^\n]{0,40}\d{3}|"
    # A shop's ways: "DM or call 087 123 4567", "text Jo on 555-0142", "drop in with your CV", "apply in person".
    r"(?:call|text|ring|phone|whatsapp)(?: or (?:text|call|whatsapp))? (?:us |me |[a-z][a-z]+ |our (?:[\w-]+ ){1,2})?(?:now|today)?:?\s?(?:on |at )?\+?\(?\d[\d ().-]{5,18}\d|"
    # A recruiter named between: "call your consultant, Priya Shah, on 0161 555 0192" (blind set S69).
    r"(?:call|text|ring|phone) (?:your|our) (?:consultant|recruiter|contact|manager)\b[^.;!?\n\d]{0,40}? (?:on|at) \+?\(?\d[\d ().-]{5,18}\d|"
    # A classified's "Or reply to this post with your name" (blind set S37).
    r"reply to (?:this|the|our) (?:post|ad|advert|listing)\b|"
    # "complete our 10-minute online application at …", "fill out the application" (blind set S24)
    r"(?:complete|fill (?:in|out)|submit) our (?:[\w-]+ ){0,3}application\b|"
    r"(?:complete|fill (?:in|out)|submit) (?:the|an?) (?:online )?application(?: form)? (?:at|on|via|here|below|online)\b|"
    r"(?:drop|pop|come|stop|call) (?:in|by|into (?:the )?\w+) with your (?:cv|resume|résumé)|bring (?:in )?your (?:cv|resume|résumé)|apply in person|"
    # A label before the way in: "Details and application: https://…", "Apply: jobs@…" (blind set S18).
    r"(?:apply|application|applications)\s*:\s*(?:https?://|www\.|[\w.+-]+@[\w-]+\.))"
))
RULES: list[Rule] = [
    QualificationsSplit.default(),
    RequirementsCount.default(),
]
