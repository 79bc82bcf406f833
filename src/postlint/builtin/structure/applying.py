"""STR012 (how-to-apply): the posting says how to apply, by a section, a link, an address or a page's own
apply button; and the many ways it says so that are no section (a deadline, an e-mail address, a labelled link)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from postlint.builtin.structure.content import APPLY, search_blocks
from postlint.builtin.structure.sources import COLORADO_RULES
from postlint.engine.rule import Context, Rule
from postlint.language.sentence_split import sentence_around
from postlint.model.diagnostic import Diagnostic
from postlint.model.posting import Posting, Section
from postlint.pay.jurisdictions import applicable, posting_date

# A call to action with no way in it: "APPLY TODAY!!" at the end of a pasted ad (blind set S17). On a
# web page the same words are the button that is the way, so only text and Markdown are asked.
_BARE_CALL = re.compile(r"(?i)apply (?:now|today)")


def _linked(posting: Posting, at: int) -> bool:
    """A link or an address on the source line of offset ``at`` ("[Apply now](https://…)"): the way."""
    line = posting.line_text(posting.locate(at)[0])
    return "](" in line or "http" in line or "@" in line or "www." in line


# A board's interview request, its buttons in a row: "Accept interview request     Decline" (blind set S131);
# accepting is the way in. The Accept must name the interview: a cookie banner's "Accept all   Decline" is not.
_ACCEPT_INTERVIEW_ROW = re.compile(
    r"(?i)(?:\[[ \t]*)?accept (?:the |this )?interview(?: request| invitation| invite)?(?:[ \t]*\])?"
    r"(?:[ \t]{2,}|[ \t]*[|·•][ \t]*)(?:\[[ \t]*)?(?:decline|not interested|ignore|reject)(?: request| invitation| invite)?(?:[ \t]*\])?"
)


def _board_apply_button(posting: Posting) -> bool:
    """A line of a page pasted as text that is a row of the board's buttons with its apply button ("Submit a proposal
    Save job    Flag as inappropriate", Upwork's, precision sample 1213): on the live page that button is the way."""
    from postlint.readers.page_chrome import is_apply_button_row

    return posting.format == "text" and any(
        len(line) <= 120 and (is_apply_button_row(line) or _ACCEPT_INTERVIEW_ROW.fullmatch(line.strip()) is not None)
        for line in posting.source.splitlines()
    )


# A Markdown link labelled as the apply button: "[Apply](…)", "[Apply to Coldframe](https://…)" (blind set S124); not a
# verb in a sentence, "[apply Rust to embedded work](…)".
_APPLY_LINK = re.compile(
    r"\[[ \t]*(?i:apply)(?:[ \t]+(?:(?i:now|here|online|today)|(?:to|at|with|on)[ \t]+[A-Z][\w&.'’-]*(?:[ \t][A-Z][\w&.'’-]*){0,3}))?[ \t]*\]\(\s*(?:https?://|mailto:|www\.)"
)


def _says_how_to_apply(posting: Posting) -> bool:
    from postlint.readers.page_chrome import FOREIGN_APPLY_BUTTON
    from postlint.readers.text_shapes import normalized

    if posting.format == "markdown" and _APPLY_LINK.search(posting.source):
        return True  # the link is the way, whatever company it names
    for block in posting.blocks():
        if len(block.text) <= 40 and FOREIGN_APPLY_BUTTON.fullmatch(normalized(block.text)) and (posting.format == "html" or _linked(posting, block.start)):
            return True  # "[Postularme](https://…)", "[Jetzt bewerben](…)": the board's button, as "[Apply now](…)"
        for m in APPLY.finditer(block.text):
            if _for_accommodation(block.text, m):
                continue
            if posting.format == "html" or not _BARE_CALL.fullmatch(m.group(0)) or _linked(posting, block.at(m.start())):
                return True
    return False


# A heading over the stages after applying, not the way in: "Hiring process" over "Document screening → Coding
# test → Interview → Offer" (blind set S82), "Interview process", "Selection process", "Take-home task".
_STAGES = re.compile(r"(?i)\b(?:process|selection|interviews?|assessment|steps|what happens next|take[- ]home|technical (?:task|exercise))\b")
_WAY_WORDS = re.compile(r"(?i)\bappl(?:y|ying)\b|\bcontact\b|\bget in touch\b|\breach (?:me|us)\b")
# An address or a link in the section's source: an e-mail, a web address, a Markdown or HTML link.
_ADDRESS = re.compile(r"(?i)[\w.+-]@[\w-]+\.|https?://|\bwww\.|\]\(|\bhref\s*=|\bmailto:")


def _gives_a_way(posting: Posting, section: Section) -> bool:
    """A how-to-apply section is the way to apply, unless its heading names only the stages of hiring and
    its text holds no address or link (an apply instruction anywhere is found by ``_says_how_to_apply``)."""
    title = section.title or ""
    if not _STAGES.search(title) or _WAY_WORDS.search(title):
        return True
    return _ADDRESS.search(posting.source, section.start, section.end) is not None


def _applies_by_email(posting: Posting) -> bool:
    return any(
        not _for_accommodation(b.text, m) for b in posting.blocks() if "@" in b.text for m in _APPLY_BY_EMAIL.finditer(b.text)
    )


# A contact for adjustments to the process, not for applying (blind set S59: "If you need an accommodation, email …").
_ACCOMMODATION_WORDS = re.compile(r"(?i)\baccommodat|\bdisabilit|\badjustments?\b")


def _for_accommodation(text: str, m: re.Match[str]) -> bool:
    return _ACCOMMODATION_WORDS.search(sentence_around(text, m.start(), m.end())) is not None


# "Email jobs@ferrolabs.dev with a link", "write to hiring@…": asked only of blocks with an "@".
_APPLY_BY_EMAIL = re.compile(
    r"(?i)\b(?:e-?mail|write to|contact|reach out to|reach|send (?:it|them|this) to|drop (?:a line to|us a line at)?)\s+"
    r"(?:[\w.'-]+\s+){0,3}?[\w.+-]+@[\w-]+\.\w+"
    # "send me a few lines about where you have baked before … to ruth@example.com"
    r"|\bsend\s+(?:me|us)\b[^.;!?\n]{0,160}?\bto\s+[\w.+-]+@[\w-]+\.\w+"
)
# Rule 11.1.3(A): a posting that takes applications on an ongoing basis says so instead of a deadline.
_DEADLINE = re.compile(
    r"(?i)\b(?:deadline|closing date|closes on|apply by|apply before|applications? (?:close|are due|due)|"
    r"(?:accept|accepting|accepted) applications (?:until|through|till)|applications? (?:will be |are )?(?:accepted|open) (?:until|through|till)|"
    r"last day to (?:apply|submit)|application (?:window|period)|no later than|(?:posting|listing|job|position|vacancy|advert) "
    r"(?:closes|expires|ends|will close)|expires on|until the (?:role|position|job|vacancy) is filled|open until|"
    r"on an? (?:rolling|ongoing|continuous) basis)\b"
)
# Colorado has required the application deadline and how to apply in postings since
# SB 23-105 took effect (C.R.S. 8-5-201(2); 7 CCR 1103-18 Rule 11.1.1(D)-(E)); its
# 2021 pay-transparency law did not.
COLORADO_APPLY_SINCE = date(2024, 1, 1)


# Front-matter keys that carry an application link, or an applicant-tracking-system
# id from which the site renders its "Apply" button (Lever, Greenhouse, Workable).
_APPLY_META = (
    "application link", "application_link", "application-link", "apply_url", "apply-url", "applyUrl", "apply", "url",
    "leverId", "lever_id", "greenhouse_id", "greenhouseId", "workable_id", "ashby_id",
)


class HowToApply(Rule):
    code: str = "STR012"
    name: str = "how-to-apply"
    summary: str = "Say how to apply (and, under Colorado's rules, by when)."
    why: str = (
        "A posting without a way to apply wastes the reader's interest; Colorado's POST rules (7 CCR 1103-18, "
        "Rule 11.1.1 D–E) require the application deadline and how to apply."
    )
    notes: str = (
        "A section headed only by the stages of hiring ('Hiring process', 'Interview process', 'Selection process') "
        "is no way to apply unless it holds an address or a link, or says how to apply. In a mail or a message, replying "
        "is the way ('just reply here', 'reply to this InMail'), and in a social post a comment or a message to the poster "
        "('Comment below or inbox me with a bit about yourself'); 'Please do not reply to this email' is not, nor is "
        "'Comment below with any questions'. A chat post's telegraphic 'Send CV + photo on WhatsApp to Guy: +971 …' is the "
        "way where its sentence names the channel, a number or an address; a recruiter's 'send CVs to hiring managers' "
        "is not. In a page "
        "pasted as text, the board's apply button on its own line or in its row of buttons ('Submit a proposal    Save job', '[ Apply ]   [ Save offer ]', InfoJobs' "
        "'Register for this offer') is the way, as is an interview request's 'Accept interview request    Decline'; "
        "a lone 'APPLY TODAY!!' is not, nor a cookie banner's 'Accept all   Decline'. On a web page, an apply link beside the job's other buttons ('Apply' beside "
        "'Refer a Friend') is the way too. In Markdown, a link labelled 'Apply' or 'Apply to <company>' is the way. 'How to apply it' (a law, a skill) is no way to apply; 'Applications, with a resume, "
        "should be submitted through…' is."
    )
    source: str = COLORADO_RULES
    example: str = "# Data Engineer\n\nYou will build our data platform."
    passing: str = "# Data Engineer\n\nYou will build our data platform. To apply, send your resume to jobs@example.com."

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        has_link = any(posting.meta.get(k) for k in _APPLY_META)
        has_method = (
            has_link or any(_gives_a_way(posting, s) for s in posting.find_all("how-to-apply")) or _says_how_to_apply(posting)
            or _applies_by_email(posting) or _board_apply_button(posting)
        )
        colorado = "US-CO" in applicable(posting, ctx) and posting_date(posting, ctx) >= COLORADO_APPLY_SINCE
        since = COLORADO_APPLY_SINCE.isoformat()
        if not has_method:
            severity = "error" if colorado else None
            note = f" (required in Colorado since {since}, 7 CCR 1103-18 Rule 11.1.1(E))" if colorado else ""
            yield self.at_document(posting, f"No way to apply is given: add a 'How to apply' section or a link or address{note}.", severity=severity)
        if colorado:
            deadline = any(posting.meta.get(k) for k in ("closes", "deadline", "valid-through", "validThrough", "closing_date"))
            if not deadline and search_blocks(posting, _DEADLINE) is None:
                yield self.at_document(
                    posting,
                    f"No application deadline: required in Colorado since {since} (C.R.S. 8-5-201(2); 7 CCR 1103-18 Rule 11.1.1(D)); "
                    "if applications are taken on an ongoing basis, say so.",
                    severity="error",
                )


RULES: list[Rule] = [HowToApply.default()]
