"""Page chrome of social posts and chats copied with a job: a group post's poster and its badges, one chat
message's author line, reactions and thread counts, an Instagram or TikTok handle over its caption. The plain-text
reader's first pass (:mod:`postlint.readers.text_page`) blanks these lines as it blanks a job board's menus
(:mod:`postlint.readers.page_chrome`)."""

from __future__ import annotations

import re

from postlint.language.job_titles import has_role_word
from postlint.readers.page_chrome import NETWORK_NAME, SOCIAL_TIME


def poster_lines(texts: list[str], blank: list[bool]) -> set[int]:
    """A group post's poster and group over its time: "Tom Pritchard > Herefordshire Jobs & Opportunities"
    over "2 December at 19:42 · 🌍" (Facebook, blind set S23): the page's, not the posting's."""
    out: set[int] = set()
    for n in range(len(texts) - 1):
        if " > " in texts[n] and texts[n].count(">") == 1 and len(texts[n].split()) <= 12 and SOCIAL_TIME.fullmatch(texts[n + 1].strip()):
            out.add(n)
        elif NETWORK_NAME.fullmatch(texts[n].strip()):
            # LinkedIn's "Tomás Ibarra • 2nd" over the poster's headline and "3d • Edited • 🌐" (blind set S48).
            time = next((m for m in range(n + 1, min(n + 4, len(texts))) if SOCIAL_TIME.fullmatch(texts[m].strip())), None)
            if time is not None:
                out.update(range(n, time + 1))
        elif _GROUP_FACTS.fullmatch(texts[n + 1].strip()) and len(texts[n].split()) <= 12:
            out.update((n, n + 1))  # a Facebook group's name over "Public group · 61K members" (blind set S59)
        elif SOCIAL_TIME.fullmatch(texts[n + 1].strip()) and _PERSON_NAME.fullmatch(texts[n].strip()):
            out.add(n)  # the poster's name over the post's age: "Jolene Lim" over "3h · 🌏"
        elif (badge := _GROUP_BADGE.match(texts[n + 1].strip())) and SOCIAL_TIME.fullmatch(texts[n + 1].strip()[badge.end() :]):
            out.update((n, n + 1))  # a group's poster over their badge and the post's age: "Dale Whitlock" / "Admin · 3h ·" (blind set S75)
    # The poster's handle, the post's age and its place on one line: "@saltmarshcoffee · 2h · Halifax, Nova Scotia" (blind set S135).
    out.update(n for n, t in enumerate(texts) if not blank[n] and len(t) <= 200 and _HANDLE_BYLINE.fullmatch(t.strip()))
    return out


# A post's age after its poster's handle or name, "@saltmarshcoffee · 2h", "Maya Lindqvist · 1h", and what follows it (a place, "Edited").
_POST_AGE = r"[ \t]*[·•][ \t]*(?:\d{1,2}[ \t]?(?:m|h|d|w|mins?|hrs?|hours?|days?|weeks?)|just now|yesterday)(?:[ \t]*[·•][ \t]*[^\n·•]{1,60}){0,2}"
_HANDLE_BYLINE = re.compile(r"@[A-Za-z0-9._]{2,30}" + _POST_AGE)
_COMMENT_HEAD = re.compile(r"@?[^\s·•@][^\n·•@]{0,58}?[^\s·•@]" + _POST_AGE)  # the name ends on no blank: one way to read blanks
# The head of the thread under a post: "Comments", "12 comments", "Most relevant".
_COMMENTS = re.compile(r"(?i)(?:\d{1,6} )?comments?|most relevant|newest first|all comments|top comments")


def comment_lines(texts: list[str], blank: list[bool]) -> set[int]:
    """The thread of comments copied under a social post (blind set S135): from its head ("Comments") over a
    comment's author and age ("Maya Lindqvist · 1h") to the end. The readers', not the posting's."""
    for n, text in enumerate(texts):
        if blank[n] or not _COMMENTS.fullmatch(text.strip()):
            continue
        nxt = next((m for m in range(n + 1, len(texts)) if not blank[m]), None)
        if nxt is not None and len(texts[nxt]) <= 200 and _COMMENT_HEAD.fullmatch(texts[nxt].strip()):
            return set(range(n, len(texts)))
    return set()



def feed_author_lines(texts: list[str], blank: list[bool]) -> set[int]:
    """A LinkedIn post's head copied from the feed without the network badge: the author's name, their headline
    and the post's age ("Priya Raman" / "Engineering Manager, Data Platform at Northloop" / "3d • Edited • 🌐",
    blind set S105). The author's, not the job's title. Only at the top of the text."""
    shown = [n for n, b in enumerate(blank) if not b][:2]
    time = next((m for m in range(shown[-1] + 1, len(texts)) if texts[m].strip()), None) if len(shown) == 2 else None
    if time is None or shown[1] != shown[0] + 1:
        return set()
    name, headline = texts[shown[0]].strip(), texts[shown[1]].strip()
    # "Senior Data Engineer" over the employer and the post's age is the job's title, not a person.
    if _PERSON_NAME.fullmatch(name) and not has_role_word(name) and SOCIAL_TIME.fullmatch(texts[time].strip()) and len(headline.split()) <= 16 and headline[-1] not in ".!?":
        return {*shown, time}
    return set()

# The badge a Facebook group shows before a post's age: "Admin · 3h ·", "Top contributor · 2d · 🌍".
_GROUP_BADGE = re.compile(r"(?i)(?:admin|moderator|group expert|(?:top|rising|conversation) (?:contributor|starter)|new member|author)[ \t]*[·•][ \t]*")


# A Facebook group's facts under its name: "Public group · 61K members".
_GROUP_FACTS = re.compile(r"(?i)(?:public|private|visible)\s+group\s*[·•]\s*[\d.,]+\s*[km]?\s+members")
# A person's name alone on a line: two to four capitalised words.
_PERSON_NAME = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ'’-]+(?:\s+[A-ZÀ-Þ][a-zß-ÿ'’-]+){1,3}")


# A chat message's header, as Slack, Teams and Discord copy it: the author (and pronouns), then the time,
# "Priya Raman  10:42 AM", "Dana Kim (she/her)  11:02 AM", "Guy Tremblay — Today at 10:51 AM".
# Discord's, a handle and a date: "mira.vfx — 11/28/2026 4:31 PM" (blind set S42).
_CHAT_AUTHOR = re.compile(
    r"(?P<author>[A-ZÀ-Þ][\w'’.-]*(?: [A-ZÀ-Þ][\w'’.-]*){0,3}(?: \([a-z]+/[a-z]+\))?"
    r"(?=\s+[—–-]\s+(?:Today|Yesterday)\s+at\s|\s+[—–-]\s+\d|\s{2,}\d|\t\d)|[\w.]{3,32}(?=\s+[—–-]\s+(?:Today|Yesterday|\d)))"
    r"(?:\s+[—–-]\s+(?:(?:Today|Yesterday)\s+at|\d{1,2}/\d{1,2}/\d{2,4})\s+|\s{2,}|\t)\d{1,2}:\d{2}\s?(?:[AaPp]\.?[Mm]\.?)?"
)
_DASHED = re.compile(r"\s[—–-]\s+(?:Today|Yesterday|\d)")
# A channel's name over its copy: "#jobs-board".
_CHANNEL = re.compile(r"#[\w-]{2,40}")
# The reactions under a message (":eyes: 7  :raised_hands: 4") and its thread's count ("4 replies").
_REACTIONS = re.compile(r"(?::[a-z0-9_+-]+:\s*\d+\s*)+")
# Slack adds the last reply's age: "12 replies  Last reply 2 hours ago" (blind set S73).
_REPLIES = re.compile(r"(?i)(?<!\d)\d+ (?:replies|reply)(?:\s+last reply\s+(?:\d+ (?:minutes?|hours?|days?|weeks?|months?) ago|today|yesterday)\b[^\n]{0,20})?|view thread")


def chat_lines(texts: list[str], blank: list[bool]) -> set[int]:
    """A chat channel's copy (blind sets S38, S42): the messages' headers and reactions, the channel's name and
    topic over the first message, the thread under the post and every message of another author, which are
    replies, not the posting. Only where two or more headers make it a chat."""
    headers = {n: m.group("author") for n, t in enumerate(texts) if not blank[n] and (m := _CHAT_AUTHOR.fullmatch(t.strip()))}
    opening = next((n for n, t in enumerate(texts) if not blank[n] and not _CHANNEL.fullmatch(t.strip())), None)
    lone = len(headers) == 1 and min(headers) == opening and _one_message(texts, opening, blank)
    if len(headers) < 2 and not lone:
        return set()
    # "Name  time" lines are no chat alone ("Morning Shift  6:00 AM" over "Evening Shift  2:00 PM" is a schedule):
    # a chat shows it elsewhere too, by a channel's name, reactions, a thread's count, Discord's or Teams' dash
    # before the time, or an author heard twice.
    channel = _CHANNEL.fullmatch(texts[0].strip()) is not None
    evidence = (
        channel
        or lone
        or len(set(headers.values())) < len(headers)
        or any(_DASHED.search(texts[n]) for n in headers)
        or any(_REACTIONS.fullmatch(t.strip()) or _REPLIES.fullmatch(t.strip()) for t in texts)
    )
    if not evidence:
        return set()
    first = min(headers)
    out = set(headers)
    if channel:
        out.update(range(first))  # "#jobs-board" and its topic ("Paid roles only. Read the pinned rules…")
    poster, author = headers[first], None
    for n, text in enumerate(texts):
        stripped = text.strip()
        author = headers.get(n, author)
        if author is not None and author != poster:
            out.add(n)  # a reply: "dave_builds — 11/28/2026 4:22 PM" and its lines
        elif _REACTIONS.fullmatch(stripped):
            out.add(n)
        elif _REPLIES.fullmatch(stripped) and n > first:
            out.update(range(n, len(texts)))
            break
    return out


# A message's opening words to the channel: "Hey everyone!", "Hi all,".
_HELLO = re.compile(r"(?i)\b(?:hey|hi|hello|morning)(?:[ \t]+(?:everyone|all|folks|team|friends|y['’]?all|guys|there))?[ \t]*[!,.:]")


def _one_message(texts: list[str], opening: int, blank: list[bool]) -> bool:
    """A lone message copied with its header on top shows it is one by its reactions or thread count below,
    or by its greeting to the channel under the header ("Jordan Ellery  10:42 AM" over "Hey everyone! We're
    looking for…", ":eyes: 4   :fire: 3", blind set S73)."""
    nxt = next((n for n in range(opening + 1, len(texts)) if not blank[n]), None)
    if nxt is not None and _HELLO.match(texts[nxt].strip()):
        return True
    return any(_REACTIONS.fullmatch(t.strip()) or _REPLIES.fullmatch(t.strip()) for t in texts)


_HANDLE = re.compile(r"@?[a-z0-9._]{4,30}")


def handle_lines(texts: list[str], blank: list[bool]) -> set[int]:
    """The poster's handle over a social post: the first line, one lower-case token with a digit,
    a dot, an underscore or an @, or eight letters no dictionary holds. The account's, not the job's title."""
    from postlint.language.syllables import cmu_stress

    first = next((n for n, b in enumerate(blank) if not b), None)
    if first is None:
        return set()
    token = texts[first].strip()
    if not _HANDLE.fullmatch(token) or not any(c.isalpha() for c in token):
        return set()
    marked = any(c in token for c in "@._") or any(c.isdigit() for c in token)
    if marked or (len(token) >= 8 and cmu_stress(token.encode()) is None):
        return {first}
    return set()
