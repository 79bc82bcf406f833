"""The e-mail around a posting: a job alert's or a forwarded message's header, the alert's own
lines and its card of the job, when the posting itself follows in full (blind set S25); a
forwarder's note over "-----Original Message-----" and a legal footer (blind set S31); a messenger's
forward mark and the channel's name over it (Telegram's, blind set S80).

Recruiters paste postings out of their mail: "From:", "To:" and "Subject:" over the text, a
board's "1 new job matches your alert" and a summary card that repeats the posting's title,
then an unsubscribe notice. None of it is the posting; the plain-text reader treats these lines
as blank, as it does a web page's chrome.
"""

from __future__ import annotations

import re

from postlint.language.job_titles import has_role_word
from postlint.readers.bylines import byline
from postlint.readers.text_lines import is_title_case
from postlint.readers.text_shapes import BULLET, normalized

# A message's header fields, as mail clients copy them; Outlook adds "Importance: Normal" under the subject (blind set S103).
_HEADER = re.compile(
    r"(?i)[ \t]*(?:from|to|cc|bcc|date|sent|subject|reply-to|importance|sensitivity|priority|attachments|categories)[ \t]*:[ \t]*\S"
)
_SENDER = re.compile(r"(?i)[ \t]*(?:from|subject)[ \t]*:")
# A job alert's lines about itself: "Your job alert: payroll administrator", "1 new job matches your alert",
# "View job: https://…", "Jobs based on your alert settings. Edit alert | Unsubscribe", "You are receiving this because…".
# The marks before the words are taken whole: every choice starts with a letter or digit (or reaches one within 80
# characters, which a later start only shortens), and retried from every mark, a line of 900,000 blanks took 10 s.
_ALERT = re.compile(
    r"(?i)\W*+(?:your (?:job )?alert\s*:|(?:\d+|a) new jobs? (?:match(?:es)? your|for you\b|near you\b)|view job\s*:\s*https?://|"
    r"jobs based on your (?:alert|search|profile)|you(?:['’]re| are) receiving this\b|if you no longer wish to receive\b|"
    r"edit (?:this )?alert\b|manage (?:your )?(?:job )?alerts\b|unsubscribe\b"
    # The sender's registration under the mail: "Totaljobs Group Ltd, registered in England and Wales no. 3120287, …".
    r"|[^.\n]{0,80}\bregistered in (?:england(?: (?:and|&) wales)?|scotland|(?:northern )?ireland)\b"
    # A mail's legal footer: "Confidentiality notice: this e-mail and any attachments are for the named recipient only."
    r"|confidentiality notice\b|this (?:e-?mail|message)(?: and any attachments)? (?:is|are) (?:confidential|intended|for the named)\b)"
)
# Where a forwarded or replied-to message starts: Outlook's "-----Original Message-----", Gmail's
# "---------- Forwarded message ---------", Apple Mail's "Begin forwarded message:" (blind set S31).
_SEPARATOR = re.compile(r"(?i)[ \t]*(?:-{2,}[ \t]*(?:original message|forwarded message)[ \t]*-{2,}|begin forwarded message:?)[ \t]*")


def email_lines(texts: list[str], blank: list[bool]) -> set[int]:
    """The lines of the e-mail around the posting: none unless the paste opens with a message's header."""
    first = next((n for n, b in enumerate(blank) if not b), None)
    if first is None:
        return set()
    opened = _header_end(texts, first + 1 if _SEPARATOR.fullmatch(texts[first]) else first)
    if opened is None:
        # A title typed over the pasted mail: "Site Superintendent, …" then "From: …" (blind set S50).
        second = next((n for n in range(first + 1, len(texts)) if not blank[n]), None)
        opened = _header_end(texts, second) if second is not None else None
        if opened is not None and _screen_line(texts[first], texts, second, opened):
            second = first  # LinkedIn's "LinkedIn Recruiter · InMail" over the header: the screen's, not a title (blind set S97)
        if opened is None:
            # A mail's body pasted without its header: "Hi Sofia," and a note over the posting (blind set S70).
            if not _personal_greeting(texts[first]):
                return set()
            note = _sender_note(texts, blank, first)
            return note | _signature(texts, blank, note) if note else set()
        first = second
    end = opened
    # A forwarded message: the forwarder's note and signature, the separator and the header under it are
    # the mail too; the posting is what the last header opens.
    for n in range(len(texts) - 1, end - 1, -1):
        if not blank[n] and _SEPARATOR.fullmatch(texts[n]):
            inner = _header_end(texts, next((m for m in range(n + 1, len(texts)) if not blank[m]), len(texts)))
            if inner is not None:
                end = inner
                break
    out = set(range(first, end))
    out.update(n for n in range(end, len(texts)) if not blank[n] and _ALERT.match(texts[n]))
    opening = next((n for n in range(end, len(texts)) if not blank[n]), None)
    if opening is not None and is_greeting(texts[opening]):
        out.add(opening)  # "Hi Daniel,": the alert greets its reader (blind set S49: read as the employer)
        out |= _sender_note(texts, blank, opening)
    # "Similar jobs you might like" and the other jobs under it, to the end: the digest, not this posting.
    digest = next((n for n in range(end, len(texts)) if not blank[n] and _DIGEST.fullmatch(texts[n])), None)
    if digest is not None:
        out.update(range(digest, len(texts)))
    return out | _card_lines(texts, blank, out, end) | _signature(texts, blank, out)


# Telegram's mark over a forwarded post: "Forwarded from Pinecrest Labs Careers".
_FORWARDED_FROM = re.compile(r"(?i)forwarded from[ \t]+\S[^\n]{0,80}")
# WhatsApp's mark over a forwarded message: "Forwarded", "Forwarded many times" (blind set S94), at the paste's top only.
_FORWARDED = re.compile(r"(?i)(?:[↪➡️→»]\ufe0f?[ \t]*)?forwarded(?: many times)?")


def forward_lines(texts: list[str], blank: list[bool]) -> set[int]:
    """A messenger's forward mark at the top of the paste, and the channel's name over it ("IT Jobs Ukraine &
    Poland 🇺🇦🇵🇱" over "Forwarded from Pinecrest Labs Careers"): where the post was read, not the job's title."""
    top = [n for n, b in enumerate(blank) if not b][:2]
    if top and (_FORWARDED_FROM.fullmatch(texts[top[0]].strip()) or _FORWARDED.fullmatch(texts[top[0]].strip())):
        return {top[0]}
    if len(top) == 2 and top[1] == top[0] + 1 and _FORWARDED_FROM.fullmatch(texts[top[1]].strip()):
        name = texts[top[0]].strip()
        if len(name.split()) <= 8 and name[-1:] not in ".:?":
            return set(top)
        return {top[1]}
    return set()


# A mail's greeting on its own line: "Hi Daniel,", "Hello Priya!", "Dear Ms Okafor,".
_GREETING = re.compile(r"[ \t]*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))(?: [A-Z][\w'’.-]*){0,3}[,!:]?[ \t]*", re.IGNORECASE)
# A digest's heading over the other jobs it sends: "Similar jobs you might like", "More jobs like this".
_DIGEST = re.compile(
    r"(?i)[ \t]*(?:similar jobs(?: you (?:might|may) (?:also )?like| for you| near you)?|more jobs like this(?: one)?|"
    r"jobs you (?:might|may) (?:also )?(?:like|be interested in)|other jobs (?:you (?:might|may) like|for you)|"
    r"recommended (?:jobs|for you)|people (?:who viewed this job )?also viewed)[ \t]*(?::[ \t]*)?"
)

# Whom a posting itself greets: "Hi there,", "Dear Candidate," open an advert, not a letter.
_ANYONE = re.compile(r"(?i)there|all|everyone|everybody|folks|friends|team|candidates?|applicants?|job ?seekers?|sir(?:/madam)?|madam")


def is_greeting(line: str) -> bool:
    """A mail's greeting alone on its line ("Hi Sofia,", "Dear Candidate,"): no employer's name."""
    return _GREETING.fullmatch(line) is not None


def _personal_greeting(line: str) -> bool:
    """A greeting to a person by name ("Hi Sofia,", "Dear Ms Okafor,"), not to an advert's readers."""
    if not _GREETING.fullmatch(line):
        return False
    words = line.strip().rstrip(",!:").split()[1:]
    return bool(words) and words[0][:1].isupper() and not _ANYONE.fullmatch(" ".join(words))


def _sender_note(texts: list[str], blank: list[bool], greeting: int) -> set[int]:
    """The sender's note under the greeting, up to the posting's title ("Thanks for the chat last week. Here is
    the full description of the role."): the mail's lines, not the posting's opening prose (blind set S70).
    Nothing unless a title follows within two short paragraphs: a title over a byline ("Kuura Studios ·
    Helsinki, Finland · Full-time"), or a Title Case line naming a role."""
    words = paragraphs = 0
    for n in range(greeting + 1, min(len(texts), greeting + 16)):
        if blank[n]:
            continue
        line = texts[n].strip()
        if blank[n - 1] or n - 1 == greeting:
            if paragraphs and _posting_title(texts, blank, n):
                return set(range(greeting, n))
            paragraphs += 1
        words += len(line.split())
        if paragraphs > 2 or words > 80 or BULLET.match(texts[n]):
            return set()
    return set()


def _posting_title(texts: list[str], blank: list[bool], n: int) -> bool:
    line = texts[n].strip()
    if len(line.split()) > 12 or line[-1:] in ".,;:!?" or not line[:1].isupper():
        return False
    under = texts[n + 1] if n + 1 < len(texts) and not blank[n + 1] else ""
    return (bool(under) and byline(under) is not None) or (not under and has_role_word(line) and is_title_case(line))


# A signature's name line ("Marcus Lee", "Dana Whitfield (she/her)") and the lines under it: "Role | Company",
# a phone number, an address.
_NAME_LINE = re.compile(r"[ \t]*[A-Z][a-z'’-]+(?: [A-Z]\.?)?(?: [A-Z][a-z'’-]+){1,2}(?: \((?:she|he|they)/\w+\))?[ \t]*")
_CONTACT_LINE = re.compile(r"[^\n]{0,80}(?:\||@|\+?\d{3}[-. )]\s?\d{3}[-. ]\d{4})[^\n]{0,80}")


def _signature(texts: list[str], blank: list[bool], taken: set[int]) -> set[int]:
    """The sender's signature closing the mail: a name on a line of its own, then only lines of
    roles, firms and contacts ("IT Support Lead | Harborview Logistics") up to the end."""
    last = [n for n in range(len(texts)) if not blank[n] and n not in taken]
    if len(last) < 2:
        return set()
    k = len(last) - 1
    while k > 0 and last[k - 1] == last[k] - 1 and _CONTACT_LINE.fullmatch(texts[last[k]]):
        k -= 1
    name = last[k]
    if k == len(last) - 1 or not _NAME_LINE.fullmatch(texts[name]) or (name > 0 and not blank[name - 1]):
        return set()
    return set(last[k:])


# A reply's or forward's marks before a subject: "RE: FW: Senior Data Analyst role".
_REPLY_MARKS = re.compile(r"(?i)\b(?:(?:re|fwd?|aw|wg|tr|sv)[ \t]*:[ \t]*)+")
_SUBJECT = re.compile(r"(?i)(?<![ \t])[ \t]*subject[ \t]*:[ \t]*")  # from a run of blanks' start only: linear
# Where a subject's parts meet: "Staff Backend Engineer at Brightledger – quick chat?", "New job for you: Data Engineer".
_SUBJECT_PARTS = re.compile(r"(?<![ \t])[ \t]+[-–—|][ \t]+|:[ \t]+")
# What a subject says after the job: the employer ("at Brightledger"), a note in brackets ("(exclusive)"),
# the word for the job itself ("role", "opening").
_AT_EMPLOYER = re.compile(r"(?i)(?<![ \t])[ \t]+(?:at|@)[ \t]")
_JOB_NOUN_TAIL = re.compile(r"(?i)(?<![ \t])[ \t]+(?:role|position|opportunity|opening|vacancy|job)$")
_BRACKET_TAIL = re.compile(r"(?<![ \t])[ \t]*\([^()]{0,60}\)$")
_SUBJECT_CAP = 200  # no subject naming a job is longer: the patterns below run on this much at most


def subject_title(texts: list[str], mail: set[int]) -> tuple[int, int, int] | None:
    """The job a pasted mail's subject names, as (line, start, end) within the line: "Senior Data Analyst"
    from "Subject: Senior Data Analyst role (exclusive)", "Staff Backend Engineer" from "Subject: Staff
    Backend Engineer at Brightledger – quick chat?" (blind sets S97, S98). The first part of the subject
    that names a role, in Title Case; None when no part does ("Subject: Quick question", "1 new job for you")."""
    subject = next((n for n in sorted(mail, reverse=True) if _SUBJECT.match(texts[n])), None)
    if subject is None:
        return None
    text = texts[subject]
    start = _SUBJECT.match(text).end()  # type: ignore[union-attr]
    if (marks := _REPLY_MARKS.match(text, start)) is not None:
        start = marks.end()
    value = text[start:].rstrip()
    if len(value) > _SUBJECT_CAP:
        return None
    cuts = [0, *(k for m in _SUBJECT_PARTS.finditer(value) for k in m.span()), len(value)]
    for ps, pe in zip(cuts[::2], cuts[1::2], strict=True):
        part = value[ps:pe]
        if not has_role_word(part):
            continue
        if (at := _AT_EMPLOYER.search(part)) is not None:
            part = part[: at.start()]
        while (tail := _BRACKET_TAIL.search(part) or _JOB_NOUN_TAIL.search(part)) is not None and tail.start() > 0:
            part = part[: tail.start()]
        part = part.rstrip(" \t.,;!?")
        if (
            has_role_word(part)
            and len(part.split()) <= 8
            and is_title_case(part)
            and not _GREETING.match(part)
        ):
            return subject, start + ps, start + ps + len(part)
        return None
    return None


# A mail app's screen over the header: "LinkedIn Recruiter · InMail", "Gmail", "Inbox".
_SCREEN_WORDS = frozenset(
    "linkedin recruiter inmail inbox messaging messages message mail gmail outlook yahoo sales navigator premium".split()
)


def _screen_line(line: str, texts: list[str], start: int, end: int) -> bool:
    """A line over a mail's header (``start:end``) that names only the mail app, and none of the job its
    subject names: the screen's title, not the posting's. A title typed over the mail stays one (S50)."""
    words = re.findall(r"[^\W\d_]+", line.lower())
    if not words or not all(w in _SCREEN_WORDS for w in words) or len(words) > 6:
        return False
    named = subject_title(texts, set(range(start, end)))
    if named is None:
        return False
    n, s, e = named
    return not set(words) & set(re.findall(r"[^\W\d_]+", texts[n][s:e].lower()))


def _header_end(texts: list[str], start: int) -> int | None:
    """The line after a message's header starting at ``start`` (two or more fields, a sender or a
    subject among them), or None when none starts there."""
    end = start
    while end < len(texts) and _HEADER.match(texts[end]):
        end += 1
    if end - start < 2 or not any(_SENDER.match(texts[n]) for n in range(start, end)):
        return None
    return end


def _card_lines(texts: list[str], blank: list[bool], taken: set[int], start: int) -> set[int]:
    """A digest's card of the job over the posting in full: everything from the header to the line
    where the card's title comes again ("Payroll Administrator" over its company and pay, then the
    posting under the same title). Nothing when no short line comes twice."""
    lines = [n for n in range(start, len(texts)) if not blank[n] and n not in taken]
    for k, n in enumerate(lines):
        title = normalized(texts[n])
        if not title or len(title.split()) > 8:
            continue
        again = next((m for m in lines[k + 1 :] if normalized(texts[m]) == title), None)
        if again is not None:
            return set(range(start, again))
        if k >= 8:
            break  # a card is a few lines long; the posting's own repeats are no card
    return set()
