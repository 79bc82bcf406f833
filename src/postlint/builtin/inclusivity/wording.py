"""INC rules in Python: the ones that need context, counting or posting-level judgement.

Plain term lists (gendered terms, ableist language, clichés, profanity,
national origin) are data rules in ``rules/inclusivity/``. The rules here add
what a term list cannot know (:mod:`postlint.builtin.inclusivity.context`):
whether a word sits in an EEO statement or an invitation to apply, whether
"he" stands for a generic candidate, whether an age is the candidate's.
Gender-coded balance is :mod:`postlint.builtin.inclusivity.coded_words`; experience caps are
:mod:`postlint.builtin.inclusivity.experience_caps` and physical requirements
:mod:`postlint.builtin.inclusivity.requirements`; statements a posting
must make, and duties by jurisdiction, are
:mod:`postlint.builtin.inclusivity.statements`.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from functools import lru_cache

from pydantic import Field

from postlint.builtin.inclusivity.coded_words import GenderCodedBalance, GenderCodedWord
from postlint.builtin.inclusivity.context import in_statement, name_like
from postlint.builtin.inclusivity.pronouns import after_plural_role, specific_subject
from postlint.builtin.inclusivity.role_matches import RolesBefore
from postlint.engine.kinds import SubstitutionRule, Term
from postlint.engine.rule import Rule
from postlint.engine.scope import scope_blocks
from postlint.language.places import PLACE_NAMES
from postlint.language.sentence_split import last_ends
from postlint.model.posting import Block, Posting
from postlint.resources import rules_dir


@lru_cache(maxsize=8)
def load_terms(filename: str) -> tuple[Term, ...]:
    """Terms of a data file under ``rules/inclusivity`` (entries may carry a ``licence`` too)."""
    data = tomllib.loads((rules_dir() / "inclusivity" / filename).read_text(encoding="utf-8"))
    return tuple(Term.model_validate({k: v for k, v in t.items() if k != "licence"}) for t in data["terms"])


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


# The nouns of a role: a generic antecedent after a determiner (_ROLE), or the role before a colleague's name (_PERSON).
_ROLE_NOUNS = (
    r"(?:candidate|applicant|employee|incumbent|hire|person|individual|engineer|developer|manager|worker"
    r"|specialist|analyst|officer|director|lead|member|recruit|jobholder|post-?holder|designer|writer"
    r"|consultant|representative|technician|supervisor|leader|administrator|architect|scientist|intern"
    r"|executive|associate|agent|rep|coordinator|assistant|nurse|driver|programmer|teacher|salesperson|accountant"
    # Trades, care, kitchens and shops, and the hype titles joblint lists ("a coding guru … He will").
    r"|chef|cook|mechanic|electrician|plumber|welder|installer|therapist|paralegal|clerk|cashier|caregiver|aide"
    r"|pharmacist|auditor|instructor|tutor|counsell?or|receptionist|housekeeper|attendant|operator|inspector|apprentice"
    r"|trainee|editor|producer|photographer|videographer|copywriter|researcher|strategist|planner|marketer"
    r"|bartender|barista|server|stylist|carer|cleaner|courier|porter"
    # Law and medicine (blind set S21: "Each attorney relies on his paralegal").
    r"|attorney|lawyer|solicitor|barrister|physician|doctor|dentist|surgeon|paramedic|pilot"
    # Facilities, farms and warehouses (blind set S16: "Each custodian is responsible for his assigned area").
    r"|custodian|janitor|caretaker|groundskeeper|gardener|landscaper|farmhand|labou?rer|operative|picker|packer|loader"
    r"|stocker|merchandiser|dishwasher|waiter|host|mover|guard|dispatcher|custodial\s+worker"
    # Pools, fire halls, parks and sites (blind set S58: "Each lifeguard is responsible for his own…").
    r"|lifeguard|firefighter|ranger|coach|carpenter|bricklayer|roofer|painter|surveyor|estimator|radiographer|technologist"
    # Studios, libraries and shops ("The new technical artist will join us. He will…", blind set S67).
    r"|artist|animator|illustrator|modell?er|tester|librarian|translator|interpreter|midwife|veterinarian|butcher|baker|florist"
    r"|guru|rock ?star|ninja|wizard|superstar|unicorn|hacker)"
)
# A generic role a "he" or "she" can stand for; a named person is not one.
_ROLE = re.compile(
    # A bare "Applicant must…" opening a requirement, as terse postings write it (blind set S26).
    r"(?:(?<![\w ])|^)(?-i:Applicant|Candidate)(?=\s+(?:must|should|will|shall|needs?|has|is)\b)|"
    r"\b(?:the|this|a|an|each|every|any|our|your|new|successful|ideal|right)\b(?:\s+[\w-]+){0,3}?\s+"
    + _ROLE_NOUNS + r"s?\b"
    # "our technician training program", "the engineer role": a thing named after the role, not a person.
    r"(?!\s+(?:training|programs?|teams?|roles?|positions?|jobs?|certifications?|licen[cs]es?|pools?|courses?|schools?))",
    re.IGNORECASE,
)
# Where the sentence before a pronoun starts: after a full stop or a line break (a list item ends without one).
_SENTENCE_STOP = re.compile(r"[.!?](?=\s)|\n[ \t]*\n")  # a hard-wrapped line goes on; two breaks part blocks


# The titles before a surname ("Ms. Alvarez", "Dr Ortiz").
_HONORIFIC = r"(?:Mr|Ms|Mrs|Mx|Dr|Prof)"
# A person's name: two or three capitalised words ("Dana Ruiz", "Jane Q. Doe"), or one set off by a comma
# or introduced ("our engineer, Dana,", "Meet Priya"). Words that start sentences or name roles are no names.
_PERSON = re.compile(
    r"\b([A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?(?:\s+[A-Z]\.)?\s+(?:Mc|Mac|O['’]|De|Van\s)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b"
    r"|(?:,|\bmeet|\bnamed|\bcontact|\bask|\bthank)\s+([A-Z][a-z]{2,})\b"
    # "the NICU Nurse Manager, Ms. Alvarez": a title and a surname
    rf"|\b{_HONORIFIC}\.?\s+([A-Z][a-z]{{2,}}(?:-[A-Z][a-z]+)?)\b"
    # A first name right after a colleague's role or relation, in running text: "my business partner Tom", "Head chef
    # Marco" (blind sets S97, S98); not after a generic one ("the candidate"), nor a role in capitals ("Developer Advocate").
    # (A word's start, then its first letter, before the alternation: each is tried at every position.)
    r"|\b(?<!-)(?=[a-zC])(?!(?:candidate|applicant|employee|incumbent|hire|person|individual|member|recruit|jobholder|post-?holder)s?\s)"
    r"(?:" + _ROLE_NOUNS[3:-1] + r"|partner|co-?founder|founder|owner|boss|colleague|teammate|mentor|buddy|friend|wife|husband"
    r"|son|daughter|brother|sister|father|mother|dad|mum|mom|uncle|aunt|cousin|CEO|CTO|CFO|COO"
    # A trades crew's "Leading hand Dave", a "charge hand" (blind set S105).
    r"|(?:(?<=[Ll]eading\s)|(?<=[Cc]harge\s)|(?<=[Cc]harge-))hand)\s+([A-Z][a-z]{2,})\b"
)
_NOT_NAME_WORDS = frozenset(
    """The This That These Those Our Your Their Its We You They He She It His Her In On At For From With As And Or But
    If When While Each Every Any All New Senior Junior Lead Chief Head Principal Staff Hiring Team Manager Director
    Engineer Developer Designer Officer Analyst Specialist Candidate Applicant Employee About Why What How Who Where
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
    September October November December
    Services Service Systems Department Division Office Operations Group Unit Support Technology Technologies Solutions
    Finance Resources Health Care Clinic Hospital Center Centre Institute University College School Council Board
    Committee Agency Authority Bank Labs Studio Partners Holdings Network Platform Products Sales Marketing
    Building House Hall Campus Park Tower Street Road Avenue Square Wing Library Laboratory Lab""".split()
)  # the last lines: departments, organisations and buildings ("between Information Services and clinic managers",
#   "based in the Bragg Building")


def _is_name(words: str) -> bool:
    """A person's name set off before a role: "Jane Doe" or one first name ("Denise, our coordinator")."""
    return _named_after(words, 0) or (
        " " not in words and not _no_name(words) and words[1:].islower()
    )


# "our coordinator", "your manager": someone already on the staff, not the person hired
# ("our new cook", "our ideal candidate" are).
_STAFF = re.compile(r"(?i)(?:our|your)\s+(?!(?:[\w-]+\s+){0,2}?(?:new|next|future|ideal|successful|right|incoming)\b)")


# A role named by its capitalised title after "the": one post on the staff, not whoever is hired.
_POST_TITLE = re.compile(r"^(?:the|our)\s+(?:[A-Z][\w-]*\s+){0,3}?(?!(?i:candidate|applicant|hire))(?-i:[A-Z])[a-z]+s?$", re.IGNORECASE)


# "Our new office manager will…": the post not yet filled, then a future or a duty (blind set S84).
_NEW_POST = re.compile(
    r"(?i)(?:our|your|the)\s+(?:new|next|future|incoming)\s+(?:[\w-]+\s+){0,2}?([\w-]+)\s+"
    r"(?:will|would|should|must|shall|is\s+(?:expected|going)\s+to)\b"
)


# Where a title's qualifier starts: "Product Manager, Payments", "… (Platform)", "… - Remote", "… | Berlin".
_TITLE_QUALIFIER = re.compile(r"[,(|:/]|\s[-–—]\s")


def _the_post_is_subject(context: str, title: str | None) -> bool:
    """The sentence before the pronoun opens with the post being filled, by the posting's own title ("The
    Fundraising Manager reports to the Director of Income. She will…", blind set S53), or as the new one of the
    title's role who will do something ("Our new office manager will…" in a Dental Office Manager posting): the
    hire, not a colleague. "Our new CEO joined in May" is someone already there."""
    if not title:
        return False
    sentence = context[_last_sentence_start(context) :].lower()
    # The title without its qualifier names the post too: "Product Manager, Payments" (blind set S129).
    role = _TITLE_QUALIFIER.split(title.strip(), maxsplit=1)[0].strip().lower()
    if any(t and sentence.startswith(f"the {t} ") for t in {title.strip().lower(), role}):
        return True
    new = _NEW_POST.match(sentence)
    return new is not None and new.group(1).lower().rstrip("s") in {w.rstrip("s") for w in re.findall(r"[\w-]+", title.lower())}


# A person by a title that says their sex, then their name, ending the sentence right before the pronoun.
_TITLED_NAME_END = re.compile(r"\b(?:(Mrs|Ms|Miss|Madam|Mme)|(Mr|Sir))\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s*[.;]\s*$")


def _titled_name_just_before(context: str, pronoun: str) -> bool:
    """The sentence before ends with a woman or a man by title and name, and the pronoun is of that sex: "The officer
    reports to Mrs Ruvimbo Chikore. She leads…" is Mrs Chikore, whatever the subject was; "… Mr Banda. She will…" is not."""
    m = _TITLED_NAME_END.search(context[-80:])
    return m is not None and bool(m.group(1)) == (pronoun.lower() in ("she", "her", "hers", "herself"))


# A full name ending the sentence before, set off after a comma or "to"/"with" ("… to our chair, Margaret Ellis."), maybe
# after the person's role ("led by partner Margaret Ellis."), or
# followed only by the person's role ("… to Margaret Ellis, our Director of Nursing."), and a pronoun followed by a
# past ("She founded the charity in 2009", "She has led the service since 2017", blind set S114): a history, which no
# generic hire has yet.
_NAME_END = re.compile(
    # The person's role may stand before the name in lower case: "led by partner Margaret Ellis." (blind set S116).
    r"(?:,|\b(?:to|with|by|from|under|alongside))\s+(?:(?:our|the|their)\s+)?(?:[a-z][a-z-]*\s+){0,2}?"
    # A title may open the name, with or without its full stop: "… our chair, Dr Helen Mbeki." (blind set S123).
    rf"((?:{_HONORIFIC}\.?\s+)?[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?\s+[A-Z][\w'’-]+)"
    r"(?:,\s+(?:our|the|your)\s+[^,.;!?\n]{1,60})?\s*[.;]\s*$"
)
_PARTICIPLE = (
    r"(?:[a-z]{2,}ed|been|built|run|led|grown|taken|come|written|made|set\s+up|spent|taught|won|become|brought|driven|given"
    r"|sold|bought|held|kept|met)\b"
)
_PAST = re.compile(
    r"(?<!\s)\s+(?:(?:also|first|originally|once|later)\s+)?(?:[a-z]{2,}ed|was|built|began|ran|led|grew|took|came|wrote|made|founded"
    r"|set\s+up|spent|taught|left|won|started|joined|became|brought|drove|gave|sold|bought|held|kept|met)\b"
    # A present perfect ("has led", "'s been"); not a duty put so ("has to", "'s expected to", "'s required").
    r"|(?:(?<!\s)\s+ha[sd]|['’]s)\s+(?:(?:also|already|long|personally)\s+)?"
    rf"(?!(?:expected|required|needed|asked|supposed|allowed|encouraged|invited|entitled|responsible|based)\b){_PARTICIPLE}"
)


def _past_of_name_just_before(context: str, text: str, e: int) -> bool:
    """The sentence before ends with a person's full name and the pronoun tells that person's past: "The coordinator
    reports to our chair, Margaret Ellis. She founded the charity in 2009" (blind set S93) is Ms Ellis."""
    m = _NAME_END.search(context[-80:])
    return m is not None and _PAST.match(text, e) is not None and _named_after(m.group(1), 0)


def _last_sentence_start(context: str) -> int:
    """Where the last sentence of ``context`` (the one before the pronoun, or the pronoun's own) starts."""
    stops = last_ends(_SENTENCE_STOP, context.rstrip(), 1)
    start = stops[-1] if stops else 0
    return start + len(context[start:]) - len(context[start:].lstrip())


_YOU = re.compile(r"\byou\b", re.IGNORECASE)


def _addressed_as_you(context: str, role: int) -> bool:
    """The pronoun's own sentence, after the role's, speaks to the reader as "you" before it: the hire is "you", so
    a he/his/her there is someone else ("You will maintain a module that one client uses in his warehouses", blind
    set S117). Not a role in the same sentence ("If you know a developer, ask him to apply")."""
    stops = last_ends(_SENTENCE_STOP, context, 1)
    start = stops[-1] if stops else 0
    return role < start and _YOU.search(context, start) is not None


def _role_is_subject(context: str, roles: list[re.Match[str]]) -> bool:
    """The sentence before the pronoun opens with a generic role ("The assistant will report to the
    CEO. She will…"): the pronoun stands for that role, whoever else the sentences name."""
    start = _last_sentence_start(context)
    # "Our CTO meets all candidates": the match runs on to a role, but its subject is the CTO.
    return any(r.start() == start and not specific_subject(r.group(0)) and not _STAFF.match(r.group(0)) for r in roles)


def _named_after(context: str, start: int) -> bool:
    """A person's name in ``context`` after ``start``: the pronoun's nearer antecedent is that person."""
    for m in _PERSON.finditer(context, start):
        name = m.group(1) or m.group(2) or m.group(3) or m.group(4)
        if any(_no_name(w) for w in name.split()):
            continue
        if m.group(4) and (name in _NOT_A_FIRST_NAME or name.lower() in PLACE_NAMES):
            continue  # "the candidate Will…" in a title-cased line, "our manager London": no one's name
        if m.group(1) and _OF_BEFORE.search(context, max(0, m.start() - 4), m.start()):
            continue  # "the Director of Demand Planning": a department's name, not a person's
        after = _NEXT_CAPITALISED.match(context, m.end())
        if after is not None and _no_name(after.group(1)):
            continue  # "the Electrical Shop Supervisor": a job title's words, not a person's name
        return True
    return False


# Capitalised words after a role that are no first name: verbs of a title-cased line ("Each Engineer Will Own").
_NOT_A_FIRST_NAME = frozenset("Will Can May Must Should Shall Would Could Might Has Have Had Is Are Was Were Does Did Gets Joins".split())
_NEXT_CAPITALISED = re.compile(r"\s++([A-Z][a-z]+)\b")  # possessive: no retry inside a run of blanks
_PLURAL_END = re.compile(r"[^s]s$")
_OF_BEFORE = re.compile(r"\bof\s+$")


def _no_name(word: str) -> bool:
    """A capitalised word that is no part of a person's name: a sentence opener, a title, a role."""
    return word in _NOT_NAME_WORDS or _ROLE.fullmatch(f"the {word}") is not None


class GenderedPronouns(ContextTerms):
    code: str = "INC003"
    name: str = "gendered-pronouns"
    summary: str = "Generic he/she/his/her for the candidate, and he-or-she pairs."
    why: str = "A gendered pronoun for 'the candidate' tells everyone else the job was imagined for someone else; 'he or she' still leaves people out."
    source: str = "https://learn.microsoft.com/en-us/style-guide/bias-free-communication"
    example: str = "The successful candidate will report to the CTO. He will own the roadmap, and he or she will hire."
    passing: str = "You will report to the CTO. You will own the roadmap and hire the team."
    notes: str = (
        "A lone he/she is reported only when it stands for a generic role: 'the candidate ... He will', the post not yet "
        "filled ('Our new office manager will …' in an Office Manager posting), or a plural or "
        "bare role followed by a requirement within two sentences ('candidates ... He should', as in joblint's example). "
        "Never for a named person ('Priya interviews candidates. She will reply'; a first name right after a colleague's "
        "role nearer than the generic one: 'We need a barista. Head chef Marco runs the pass, and he'll train you'; 'The officer reports to Mrs Ruvimbo Chikore. "
        "She leads…', a title of the pronoun's sex ending the sentence before; '… to our chair, Margaret Ellis. She founded the "
        "charity in 2009' or '… to Margaret Ellis, our Director of Nursing. She has led the service since 2017', a full name "
        "ending it (with or without a title: 'Dr Helen Mbeki'), alone or with the person's role, and a past that only a real person has) or a specific one who is the subject "
        "just before ('Our founder wrote it for developers. He will interview you'), a pronoun declaration ('she/her'), "
        "an EEO statement or an invitation to apply, nor in a sentence that speaks to the hire as 'you' after the role's "
        "('… a Frontend Developer. You will maintain a module one client uses in his warehouses': someone else). A himself/herself is judged by its clause's subject: 'She … trains "
        "every new hire herself' is reported only when that 'She' is."
    )
    terms: list[Term] = Field(default_factory=lambda: list(load_terms("gendered-pronouns.toml")))

    def matches(self, posting: Posting) -> Iterator[tuple[Block, int, int, Term | None]]:
        body = scope_blocks(posting, self.scope)
        previous = {id(b): body[i - 1].text if i else "" for i, b in enumerate(body)}
        reported: set[tuple[int, int]] = set()  # the he/she already reported, by block and offset
        roles = RolesBefore(_ROLE)
        for block, s, e, term in super().matches(posting):
            if term is None or term.category != "generic-pronoun":
                yield block, s, e, term
                continue
            if block.text[s:e].lower() in ("himself", "herself"):
                subject = _reflexive_subject(block.text, s)
                if subject is not None:
                    # A reflexive stands for its clause's subject: "She still … trains every new hire herself" is
                    # whoever "She" is, not the new hire (blind set S84); "Leah Ortiz trains … herself" is Leah.
                    if subject >= 0 and (id(block), subject) in reported:
                        yield block, s, e, term
                    continue
            if self._generic(posting, block, s, e, previous.get(id(block), ""), roles):
                reported.add((id(block), s))
                yield block, s, e, term

    def _generic(self, posting: Posting, block: Block, s: int, e: int, previous: str, found: RolesBefore) -> bool:
        """Whether the lone pronoun at ``block.text[s:e]`` stands for a generic role rather than a person."""
        # Two line breaks between the blocks: pronouns.specific_subject reads them as a sentence's end,
        # as it does not a hard-wrapped line inside a block.
        # The last few sentences only: an antecedent is near its pronoun, and the whole text before every
        # pronoun made a block of 3,000 "She will help." lines quadratic (23 s, the session's review).
        tail, low = previous[-_CONTEXT_CHARS:], max(0, s - _CONTEXT_CHARS)
        context = tail + "\n\n" + block.text[low:s]
        # A plural ("our senior researchers") is no antecedent of "he" (blind set S23).
        roles = [r for r in found.within(block, tail, low, s) if not _PLURAL_END.search(r.group(0))]
        if _titled_name_just_before(context, block.text[s:e]):
            return False  # "… reports to the Programme Manager, Mrs Ruvimbo Chikore. She leads…" (blind set S83)
        if _past_of_name_just_before(context, block.text, e):
            return False
        if roles and (_role_is_subject(context, roles) or _the_post_is_subject(context, posting.title)):
            # "The successful candidate will report to Priya Raman, our Head of Design. He will…":
            # the sentence's subject, whoever it names after (blind set S27).
            return True
        if roles and _POST_TITLE.search(roles[-1].group(0)) and not _role_is_subject(context, roles[-1:]):
            return False  # a post by its title, in capitals: "step in for the Chef de Cuisine on her days off" (blind set S28)
        if roles and _STAFF.match(roles[-1].group(0)):
            return False  # the nearest role is on the staff: "Ask our receptionist; she knows the area"
        if not roles and not after_plural_role(context, block.text, e):
            return False  # no generic antecedent: a named person, a quote, a client
        if not _role_is_subject(context, roles) and specific_subject(context):
            return False  # "Our founder wrote it for developers. He will...": that person
        if roles and _addressed_as_you(context, roles[-1].start()):
            return False  # "…a Frontend Developer. You will maintain a module one client uses in his warehouses"
        if roles:
            role = roles[-1].start()
            appositive = re.search(r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){0,2}),\s*$", context[:role])
            if _named_after(context, role) or (appositive and _is_name(appositive.group(1))):
                return False  # "our engineer Dana Ruiz … she", "contact the hiring manager, Jane Doe; she", "Denise, our coordinator"
        return True


_CONTEXT_CHARS = 1500


_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
_TITLE_BEFORE = re.compile(rf"\b{_HONORIFIC}$")


def _reflexive_subject(text: str, s: int) -> int | None:
    """The subject of the sentence a himself/herself at ``text[s]`` ends: the offset of an earlier he/she in it,
    -1 for a person's name opening it, None when it is neither (a role, for the usual reading)."""
    # "Dr. Ortiz trains …": a title's full stop ends no sentence.
    stops = [m.end() for m in _SENTENCE_STOP.finditer(text, 0, s) if not _TITLE_BEFORE.search(text, max(0, m.start() - 5), m.start())]
    start = stops[-1] if stops else 0
    pronoun = _SUBJECT_PRONOUN.search(text, start, s)
    if pronoun is not None:
        return pronoun.start()
    name = _PERSON.match(text[start:s].lstrip())
    if name is not None and (name.group(1) or name.group(3)) and not any(_no_name(w) for w in (name.group(1) or name.group(3)).split()):
        return -1
    return None


RULES: list[Rule] = [
    GenderCodedBalance.default(),
    GenderedPronouns.default(),
    GenderCodedWord.default(),
]
