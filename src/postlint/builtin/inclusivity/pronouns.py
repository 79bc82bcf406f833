"""A generic "he"/"she" after a plural or bare role noun ("We'd like candidates
to know VBScript. He should be able to...").

INC003 finds a generic pronoun by a singular antecedent ("the candidate");
joblint's example posting shows the other common shape: the role in the
plural, then a prescriptive "He should". A term list cannot tell that from a
named colleague ("Priya interviews candidates. She will reply"), so the rule
here is narrow: the pronoun must start a requirement (a modal verb follows),
the plural role must be within the two sentences before it, and no personal
name may stand between them. :func:`specific_subject` works the other way for
every generic-pronoun hit: a he/she right after a sentence about a specific
person ("Our founder built it. He will...") or a staff member named nearer
than any candidate ("Contact our hiring manager, he will reply") is that person.
"""

from __future__ import annotations

import re

from postlint.language.places import PLACE_NAMES
from postlint.language.sentence_split import last_ends

_PLURAL_ROLE = re.compile(
    r"\b(?:candidates|applicants|new hires|hires|recruits|engineers|developers|employees|people|someone|somebody|anyone|whoever)\b",
    re.IGNORECASE,
)
# "He should", "She must", "he'll need", "she will be expected"...
_MODAL = re.compile(
    r"\s*(?:should|must|shall|will|would|needs?\s+to|has\s+to|'ll|’ll|is\s+expected|is\s+able|can)\b", re.IGNORECASE
)
# Capitalised words that start sentences or name things but not people.
_NOT_A_NAME = frozenset(
    "We Our Us You Your If The This That These Those It Its They Their A An In At On For All Each Every Please "
    "And But Or So As To Of With From By Ideally Also Candidates Applicants Engineers Developers People Someone "
    "Anyone Whoever Note Apply Join Ideal Successful Be Are Is Will Should Must Can I I'd We'd We're You'll You're "
    # Languages, tools, days and months: capitalised, and never the person a pronoun stands for.
    "Go Python Java Rust Ruby Swift Kotlin Scala Perl Elixir Erlang Haskell Clojure Dart Julia Lua Rails Django Flask "
    "React Angular Vue Svelte Node Docker Kubernetes Terraform Ansible Linux Windows Unix Excel Word Salesforce Figma "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August "
    "September October November December English French German Spanish".split()
)
# A capitalised word, accented ones too ("Hélène", "José": blind set S57).
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+"
_CAPITALISED = re.compile(rf"\b{_NAME_WORD}(?:['’][a-z]+)?\b")
# A specific person the pronoun may stand for instead ("Our founder wrote it for developers. He will...").
_PERSON = re.compile(
    r"\b(?:founder|co-?founder|ceo|cto|cfo|coo|cio|ciso|vp|manager|director|boss|head|owner|president|chair|mentor"
    r"|recruiter|colleague|teammate|supervisor|partner|wife|husband|father|mother|son|daughter|brother|sister|man|woman"
    r"|he|she|him|her|his|hers)\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[.!?](?=\s)")
_SENTENCE_OR_LINE = re.compile(r"[.!?](?=\s)|\n\n")


def after_plural_role(context: str, text: str, end: int) -> bool:
    """Whether the pronoun ending at ``text[end]`` stands for a plural or bare role named in ``context``
    (the text before it, previous block included)."""
    if not _MODAL.match(text, end):
        return False
    # The two sentences before the pronoun (and the start of its own).
    stops = last_ends(_SENTENCE, context, 2)
    window = context[stops[-2] if len(stops) >= 2 else 0 :]
    roles = list(_PLURAL_ROLE.finditer(window))
    if not roles:
        return False
    between = window[roles[-1].start() :]
    before_role = window[: roles[-1].start()]
    if _PERSON.search(window):
        return False  # a founder, a manager or someone already called he or she
    # A personal name anywhere in the window ("Priya interviews candidates") makes the pronoun hers.
    for m in _CAPITALISED.finditer(before_role + between):
        if m.group(0) not in _NOT_A_NAME and m.group(0).lower() not in PLACE_NAMES:
            return False  # ("an active Washington RN license": a state, no person)
    return True


_SUBJECT_PERSON = re.compile(
    r"^\W*(?:(?:our|my|your|the)\s+(?:[\w-]+\s+)?(?:founder|co-?founder|ceo|cto|cfo|coo|cio|ciso|vp|boss|owner|president"
    r"|mentor|recruiter|hiring\s+manager|manager|director|head\s+of\s+[\w-]+)\b"
    # One person who held the job before (blind set S16: "The last person in this role … he was running the shed").
    r"|(?:the|our|my)\s+(?:last|previous|former)\s+(?:[\w-]+\s+){0,2}?(?:person|hire|incumbent|holder|post-?holder|one)\b"
    r"|(?:the\s+person\s+before\s+you|my\s+predecessor|your\s+predecessor)\b)",
    re.IGNORECASE,
)
# "Priya interviews", "Marcus Lee leads", "Priya, our CEO,", "Anna's parents opened…, and she" (blind set S57):
# a name as the subject of a sentence, or its possessive.
_SUBJECT_NAME = re.compile(rf"^\W*({_NAME_WORD})(?:\s+{_NAME_WORD})?(?:,|\s+[a-z]+s\b|(['’]s\s+[a-z]+))")
# "Native modules in Swift or Kotlin are a plus", "Good tests are a plus": a capitalised adjective and a plural noun,
# which the plural verb shows are no name and its verb (blind set S80).
_PLURAL_SUBJECT = re.compile(
    # (Not "Samuel works with residents whose needs are complex", nor "… works and families are welcome": review.)
    rf"^\W*{_NAME_WORD}\s+[a-z]+s(?:\s+(?:in|with|of|for|on|at|from)"
    r"(?:\s+(?!(?:that|who|which|whom|whose|where|when|and|are|were)\b)[\w/+#-]+){1,8})?\s+(?:are|were)\b"
)
# Words that open a sentence with "'s" and name no one: "There's", "Today's", "Everyone's".
_NOT_A_POSSESSOR = frozenset("there here it that what who let today tomorrow yesterday everyone everybody someone nobody one "
                             "this next last each every year week month".split())
# "Our night auditor, Marcus, trains…": any role, then the person's name, as the subject.
# "Your supervisor, Tasha Greene, trains…", "Geneviève Roy" (blind sets S46, S48): your future colleague, a name with accents.
_SUBJECT_APPOSITIVE = re.compile(
    rf"^\W*(?i:our|my|your|the)\s+(?:[\w-]+\s+){{0,3}}?[\w-]+,\s+({_NAME_WORD})(?:\s+{_NAME_WORD})?,"
    # A title with commas of its own, then a full name: "Our Health, Safety and Environment (HSE) manager, Ray Delgado,"
    rf"|^\W*(?i:our|my|your|the)\s+[^.;!?\n]{{0,70}}?,\s+({_NAME_WORD})\s+{_NAME_WORD},"
)

# A colleague's name that ends a clause as what they "will be" or "are": "Your senior on most nights will be Beata;
# she…" (blind set S65). Only after a colleague's role ("The role is Remote." names no one), not a day or a place.
_COMPLEMENT_NAME = re.compile(
    r"(?i:\b(?:your|our)\s+(?:[\w-]+\s+){0,2}?(?:senior|manager|supervisor|mentor|buddy|lead|boss|trainer|contact|colleague|partner"
    r"|director|head|coach|team\s+leader|shift\s+leader)\b)[^.;!?]{0,40}?"
    rf"\b(?:will\s+be|is|was)\s+({_NAME_WORD})(?:\s+{_NAME_WORD})?(?=\s*(?:[;,.:!?)]|$))"
)
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december".split()
)

# "our clinical lead", "my manager", "the hiring manager", "our last tech": someone who works or worked there.
_SPECIFIC = re.compile(
    r"\b(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:lead|manager|director|supervisor|leader|head|officer|executive|founder"
    r"|co-?founder|ceo|cto|cfo|coo|cio|ciso|vp|boss|owner|president|mentor|recruiter|chef|coach|colleague|teammate)\b"
    r"|\bthe\s+(?:hiring\s+manager|recruiter)\b"
    # The one who held the job before: "Our last tech had the job for 19 years before he retired" (blind set S106).
    r"|\b(?:our|my|the|your)\s+(?:last|previous|former|outgoing|retiring|current)\s+[\w-]+",
    re.IGNORECASE,
)
_GENERIC = re.compile(
    r"\b(?:candidates?|applicants?|new\s+hires?|hires|recruits?|jobholder|incumbent|post-?holder)\b", re.IGNORECASE
)


def specific_subject(context: str) -> bool:
    """Whether the pronoun most likely stands for a specific person: one of the two sentences before
    it starts with one ("Our founder built...", "Priya interviews..."), or the nearest person named
    is someone on staff ("our clinical lead", "the hiring manager") rather than a candidate."""
    # The break between two blocks ends a sentence too: the block before may be a list item with no full stop
    # (blind set S48); a hard-wrapped line inside a block does not.
    starts = [0, *last_ends(_SENTENCE_OR_LINE, context, 3)][-3:]
    # The nearest mention wins: "Contact our hiring manager, he will reply" is the manager.
    window = context[starts[0] :]
    last_specific = max((m.end() for m in _SPECIFIC.finditer(window)), default=-1)
    if last_specific > max((m.end() for m in _GENERIC.finditer(window)), default=-1):
        return True
    for start in starts:
        sentence = context[start:].lstrip()
        if _SUBJECT_PERSON.match(sentence):
            return True
        subject = _SUBJECT_NAME.match(sentence)
        if subject and subject.group(2) and (subject.group(1).lower() in _NOT_A_POSSESSOR or subject.group(1).lower() in PLACE_NAMES):
            subject = None  # "There's a lot to learn", "London's transport": no one's
        elif subject and _PLURAL_SUBJECT.match(sentence):
            subject = None  # "Native modules … are a plus": a thing, no one
        for name in (subject, _SUBJECT_APPOSITIVE.match(sentence)):
            if name and (name.group(1) or name.group(name.lastindex or 1)) not in _NOT_A_NAME:
                return True
    named = max(
        (m.end() for m in _COMPLEMENT_NAME.finditer(window)
         if m.group(1) not in _NOT_A_NAME and m.group(1).lower() not in _CALENDAR and m.group(1).lower() not in PLACE_NAMES),
        default=-1,
    )
    return named > max((m.end() for m in _GENERIC.finditer(window)), default=-1)  # the nearer of the two
