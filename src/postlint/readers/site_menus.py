"""A job site's menus copied as text. A language switcher ("Deutsch | English", "EN / DE") on a line of its own.
A menu copied one link a line, as a block of its own: SEEK's "Skip to content / Job search /
Profile / Career advice / Company reviews / Sign in / Employers site", Tes's "Tes / Jobs / Teaching resources /
Magazine / Sign in / Register" (blind set S75). Some of its links are chrome alone ("Sign in"); the others
("Profile", "Tes", "Magazine") are words a posting may hold, so only the block as a whole tells them apart.
"""

from __future__ import annotations

import re

from postlint.language.job_titles import has_role_word
from postlint.readers.bylines import employment_type_line
from postlint.readers.header_stack import place_line
from postlint.readers.text_lines import line_groups
from postlint.readers.text_shapes import normalized

# Links only a job board's menu has, for other employers or about many companies: an employer's own
# careers site has none of them, so the name over them is the board's (SEEK's "Company reviews", "Employer site";
# caterer.com's "Recruiters", Just Join IT's "Job offers", blind set S86).
_BOARD_LINKS = frozenset(
    "company reviews|employer site|employers site|for employers|post a job|find salaries|salaries|recruiters|"
    "for recruiters|career advice|find a company|find companies|companies|top companies|job offers|employer login".split("|")
)
# ... and a board's menu for job seekers and employers, in one line (hh.ru's "Resumes", "Employers", blind set S98).
_BOARD_LINKS |= frozenset("resumes|cvs|employers|post a vacancy".split("|"))
# Links only a site's menu holds: how its reader gets about the site, never a posting's words alone.
NAV_LINKS = _BOARD_LINKS | frozenset(
    "skip to content|skip to main content|sign in|log in|login|sign up|register|join now|jobs|job search|find jobs|"
    "search jobs|find a job|home|menu|saved jobs|my jobs|my profile|recommended jobs|for candidates".split("|")
)


def site_menu_blocks(texts: list[str]) -> set[int]:
    """The lines of a block (lines between empty ones) that is a site's menu: three or more short lines, at least
    two of them menu links and at least as many links as other lines, no line with a role's name, a sentence's
    end or a figure. A title over "Apply" and "Save" is no menu: buttons are not links of the site."""
    out: set[int] = set()
    for first, last in line_groups(texts):
        if not 3 <= last - first + 1 <= 20:  # a menu is a few links
            continue
        block = [texts[k].strip() for k in range(first, last + 1)]
        links = sum(normalized(t) in NAV_LINKS for t in block)
        if (
            links >= 2
            and 2 * links >= len(block)
            and all(len(t.split()) <= 3 and t[-1:] not in ".:!?" and not any(c.isdigit() for c in t) and not has_role_word(t) for t in block)
        ):
            out.update(range(first, last + 1))
    return out


# A site's copyright line: "LinkedIn Corporation © 2026", "© 2026 Indeed", "Copyright 2025 Acme Inc. All rights reserved."
_COPYRIGHT = re.compile(r"(?i)(?:©|\(c\)|\bcopyright\b)")
# Links a site's footer holds, about the site itself: never a posting's part when among its other links only.
_FOOTER_LINKS = NAV_LINKS | frozenset(
    "about|about us|help|help center|help centre|privacy|privacy policy|privacy notice|privacy terms|privacy and terms|"
    "terms|terms of use|terms of service|terms and conditions|cookie policy|cookies|accessibility|careers|contact|contact us|"
    "sitemap|site map|press|blog|ad choices|advertising|community guidelines|safety center|safety centre|browse jobs|"
    "browse companies|user agreement|copyright policy|brand policy|guest controls|mobile|investors".split("|")
)


def site_footer_blocks(texts: list[str]) -> set[int]:
    """The lines of a block that is a site's footer, one link a line around its copyright line: LinkedIn's "About" /
    "Accessibility" / "Privacy & Terms" / … / "LinkedIn Corporation © 2026", Indeed's "Browse jobs" / "ESG at Indeed" /
    "© 2026 Indeed" (blind set S113, where "About" was an empty part and "Privacy & Terms" a second benefits one).
    Two or more short capitalised lines with no figure or sentence's end, one of them a link every site's footer has,
    and the copyright line. A posting's list over its employer's copyright ("Free lunch" / "© 2026 Acme") names no
    such link."""
    out: set[int] = set()
    groups = line_groups(texts)
    for g, (first, last) in enumerate(groups):
        if last - first >= 40:
            continue  # no footer is this long (and a block of 25,000 lines is not searched line by line: review)
        block = [texts[k].strip() for k in range(first, last + 1)]
        marks = {k for k, t in enumerate(block) if _COPYRIGHT.search(t) and len(t.split()) <= 12}
        links = [t for k, t in enumerate(block) if k not in marks]
        if marks and not links:
            # The copyright alone under blocks of links, half or more of them links every footer has: "About MaineWorks
            # Jobs" / "Contact" / "Privacy policy" / "Terms of use", then "© 2026 MaineWorks Jobs" (blind set S135).
            above = g - 1
            while above >= 0 and groups[above][1] - groups[above][0] < 40:
                lines = [texts[k].strip() for k in range(groups[above][0], groups[above][1] + 1)]
                footer = _footer_links(lines)
                if footer < 2 or 2 * footer < len(lines):
                    break
                above -= 1
            if above < g - 1:
                out.update(range(groups[above + 1][0], last + 1))
            continue
        if marks and len(links) >= 2 and _footer_links(links) >= 1:
            out.update(range(first, last + 1))
    return out


def _footer_links(lines: list[str]) -> int:
    """How many of ``lines`` are links every site's footer has, when all are short capitalised lines with no
    figure or sentence's end (else 0)."""
    if not all(
        len(t.split()) <= 5 and t[-1:] not in ".:!?," and not any(c.isdigit() for c in t) and (t[0].isupper() or not t[0].isalpha())
        for t in lines
    ):
        return 0
    return sum(normalized(t) in _FOOTER_LINKS for t in lines)


def top_menu_block(texts: list[str], chrome: list[bool]) -> set[int]:
    """The page's first block when it is a site's name over its menu, one link a line, over the job's title:
    "Welcome to the Jungle" / "Find a job" / "For employers" / "Log in", "caterer.com" / "Search jobs" /
    "Recruiters" / "Sign in" (blind set S86). Two to twelve lines: menu links or chrome already (``chrome``:
    "Skip to main content", a breadcrumb trail), at least as many as the other lines but one; those are short, with no figure,
    sentence end or role's name. The links are chrome. The other lines are the site's name, chrome too, when
    it is written as an address ("caterer.com"), when a link serves only a board ("Company reviews", "For
    employers") or when the employer names itself over the title, a short name the page repeats ("Lumio" /
    "Customer Success Lead"), not a place, a type or "Now hiring"; else the name over the title may be the employer's own careers site (Workable's
    "Brightline Solar" / "Careers home"), which the reader keeps."""
    groups = line_groups(texts)
    if len(groups) < 2:
        return set()
    first, last = groups[0]
    if not 2 <= last - first + 1 <= 12:
        return set()
    links: list[int] = []
    others: list[int] = []
    for k in range(first, last + 1):
        text = texts[k].strip()
        if chrome[k] or normalized(text) in NAV_LINKS or text in _CODES:
            links.append(k)
        elif len(text.split()) <= 4 and text[-1:] not in ".:!?" and not any(c.isdigit() for c in text) and not has_role_word(text):
            others.append(k)
        else:
            return set()
    if not links or len(links) < len(others) - 1:  # the site's name aside, at least as many links as other lines
        return set()
    below = next(((a, b) for a, b in groups[1:] if not all(chrome[a : b + 1])), None)
    if below is None:
        return set()
    title_lines = [k for k in range(below[0], below[1] + 1) if not chrome[k]][:3]
    roles = [has_role_word(texts[k]) for k in title_lines]
    if not any(roles):
        return set()  # a site's header only over a job's title
    # "Lumio" over "Customer Success Lead - Paris (H/F)", and "Lumio" again further down: the employer's own
    # line. Not "Remote", "Berlin, Germany", "Job ID: 4411" or "Now hiring" over the title.
    first_below = texts[title_lines[0]].strip()
    own_name_below = (
        not roles[0]
        and len(first_below.split()) <= 4
        and not any(c.isdigit() or c in ":!?," for c in first_below)
        and not place_line(first_below)
        and not employment_type_line(first_below)
        and not _HIRING.search(first_below)
        and sum(t.strip() == first_below for t in texts) >= 2
    )
    board = any(normalized(texts[k]) in _BOARD_LINKS for k in links)
    if own_name_below or board or any(_DOMAIN.fullmatch(texts[k].strip()) for k in others):
        return set(links) | set(others)
    return set(links)


# A site's account links: two of them alone on a line are its menu, Wellfound's "Log In   Sign Up" (blind set S102).
_ACCOUNT_LINKS = frozenset("sign in|log in|login|sign up|register|join now".split("|"))
# Where a menu copied on one line puts its links apart: wide gaps, bars, dots.
_MENU_SEP = re.compile(r"(?<![ \t])[ \t]{2,}|[ \t]*[|·•][ \t]*")


def is_menu_line(line: str) -> bool:
    """A site's menu copied on one line, its links apart: hh.ru's "hh.ru   Job search   Resumes   Employers   Sign in"
    (blind set S98). Three or more short parts, two or more of them the site's links and as many as the others but
    one (the site's name); no part with a figure, a sentence's end or a role's name. Or two account links alone
    ("Log In   Sign Up"); "Jobs   Sign in" may be a posting's words."""
    stripped = line.strip()
    if len(stripped) > 160:
        return False
    parts = [p.strip() for p in _MENU_SEP.split(stripped) if p.strip()]
    links = sum(normalized(p) in NAV_LINKS for p in parts)
    return (
        (len(parts) >= 3 or (len(parts) == 2 and all(normalized(p) in _ACCOUNT_LINKS for p in parts)))
        and links >= 2
        and links >= len(parts) - links - 1
        and all(len(p.split()) <= 3 and p[-1:] not in ".:!?" and not any(c.isdigit() for c in p) and not has_role_word(p) for p in parts)
    )


# A drop-down's caret closing a site's selector: hh.ru's region, "Moscow ▾".
_CARETS = "▾▼⌄˅⏷"


def menu_lines(texts: list[str]) -> set[int]:
    """Menus copied on one line (:func:`is_menu_line`), and a site's selector right under one, a few words
    closed by a drop-down's caret ("Moscow ▾" under hh.ru's menu: the site's region, not the job's title).
    A caret elsewhere may close an accordion's heading ("Benefits ▼"), which stays the posting's."""
    out: set[int] = set()
    for n, text in enumerate(texts):
        if is_menu_line(text):
            out.add(n)
            under = texts[n + 1].strip() if n + 1 < len(texts) else ""
            if under[-1:] in _CARETS and under[:-1].strip() and len(under.split()) <= 4:
                out.add(n + 1)
    return out


# A cry over the title ("Now hiring", "Jobs at Acme"): no employer's name.
_HIRING = re.compile(r"(?i)\b(?:hiring|wanted|vacanc(?:y|ies)|opening|careers?|jobs?)\b")
# A site's name written as its address: "caterer.com", "justjoin.it", "bumeran.com.ar".
_DOMAIN = re.compile(r"(?i)[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){0,3}\.[a-z]{2,6}")


# Languages by their own names, as a site's language switcher shows them; an English name for another language
# ("German") is no switcher's, so "English / German" under "Languages" stays the posting's.
_ENDONYMS = frozenset(
    "english|deutsch|français|francais|español|espanol|italiano|nederlands|polski|português|portugues|svenska|dansk|"
    "norsk|suomi|čeština|cestina|magyar|română|romana|türkçe|turkce|ελληνικά|русский|українська|български|hrvatski|"
    "srpski|slovenčina|slovenščina|eesti|latviešu|lietuvių|català|íslenska|日本語|中文|简体中文|繁體中文|한국어|"
    "العربية|עברית|tiếng việt|bahasa indonesia|bahasa melayu|ไทย".split("|")
)
# Two-letter codes in capitals: "DE | EN", "EN / FR".
_CODES = frozenset("EN DE FR ES IT NL PL PT SV DA NO NB FI CS HU RO TR EL RU UK BG HR SR SK SL ET LV LT CA IS JA ZH KO AR HE VI ID MS TH".split())
_SWITCHER_SEP = re.compile(r"[ \t]*[|/·•][ \t]*|[ \t]{2,}")


def is_language_switcher(line: str) -> bool:
    """A site's language switcher copied as a line: two or more languages by their own names or codes, between
    bars, slashes, dots or wide gaps, and nothing else ("Deutsch | English", Personio's; blind set S74)."""
    stripped = line.strip()
    if len(stripped) > 120:
        return False
    parts = [p for p in _SWITCHER_SEP.split(stripped) if p]
    if len(parts) < 2 or len(parts) != len(set(parts)):
        return False
    return all(p.lower() in _ENDONYMS for p in parts) or all(p in _CODES for p in parts)
