"""A capitalised term that is a person's first name, not the word: "my husband Guy", "ask for Guy", "Guy and Sarah"."""

from __future__ import annotations

import re

from postlint.language.job_titles import has_role_word
from postlint.language.names import first_word_of_a_name, sentence_initial
from postlint.model.posting import Posting


def a_named_persons_first_name(posting: Posting, text: str, s: int, e: int, given_name: bool = False) -> bool:
    """A capitalised one-word hit, not opening a sentence, that starts a full name elsewhere in the posting,
    or that someone is told to ask for or speak to ("ask for Guy at the counter"). A word that is also a
    first name (``given_name``: "Guy") is one before a verb too ("and Guy does the photos")."""
    word = text[s:e]
    if not (word[:1].isupper() and word[1:].islower() and " " not in word):
        return False
    if not word.endswith("s") and (
        ((after := _NAME_AFTER_AND.match(text, e)) and after.group(1) not in _NOT_A_PARTNER)
        or ((before := _NAME_BEFORE_AND.search(text, max(0, s - 24), s)) and before.group(1) not in _NOT_A_PARTNER)
    ):
        return True  # "Guy and Sarah own the farm", "Sarah and Guy" (blind set S53); not "Guys and Girls", "Guy and Gal"
    if given_name and not word.endswith("s") and _WITH_OTHERS_AFTER.match(text, e) and (
        sentence_initial(text, s) or not _COMMON_BEFORE.search(text, max(0, s - 40), s)
    ):
        return True  # "Guy and the team make the best flat whites" (blind set S104), "Guy and I run the shop"
    if sentence_initial(text, s):
        # "Guy wrote most of the storage layer" after "Guy Delacroix, our release lead" (blind set S26), or after
        # "my cofounder Guy": "Guy does the hotfixes" (blind set S90).
        if given_name and not word.endswith("s") and (_VERB_AFTER.match(text, e) or _OWNER_AFTER.match(text, e)) and _introduced(posting, word):
            return True
        return _LOWER_AFTER.match(text, e) is not None and first_word_of_a_name(posting, word)
    if _after_who_they_are(text, s, e, given_name):
        return True
    if _ROLE_AFTER.match(text, e):
        return True  # "DM me or Guy (our COO)", "Guy, our foreman, …" (blind set S48)
    if given_name and not word.endswith("s") and _VERB_AFTER.match(text, e) and not _COMMON_BEFORE.search(text, max(0, s - 40), s):
        return True  # "and Guy handles shipping"; not "a delivery Guy is needed" nor "Delivery Guy wanted"
    if given_name and _OWNER_AFTER.match(text, e) and not _COMMON_BEFORE.search(text, max(0, s - 40), s) and _introduced(posting, word):
        return True  # "Guy's dog" where the posting said "my cofounder Guy" (blind set S90); not "a Guy's job"
    return _PERSON_ASKED_FOR.search(text, max(0, s - 24), s) is not None or first_word_of_a_name(posting, word)


def _after_who_they_are(text: str, s: int, e: int, given_name: bool) -> bool:
    """Whether the name at ``s:e`` follows who the person is: "my husband Guy", "our lead designer Guy"."""
    if _RELATION_BEFORE.search(text, max(0, s - 40), s):
        return True  # "my husband Guy does the invoices" (blind set S27), "My cofounder Guy" (blind set S78)
    if (who := _WHO_BEFORE.search(text, max(0, s - 40), s)) and has_role_word(who.group(2)) and (
        who.group(1) or who.group(2).lower() not in _ADJECTIVE_ROLES
    ):
        return True  # "our lead designer Guy"; not "our Lead Guy"
    # "Our illustrator Guy draws …", "our freelance animator Guy" (blind set S111): any lower-case agent noun, not
    # only a listed role; one in -er, which things' names share, only with the name doing something ("our
    # photographer Guy shoots…"): "our computer Guy keep…", "for our water Guy." name no one (review).
    return bool(
        given_name and who and _AGENT_NOUN.fullmatch(agent := who.group(2)) and agent not in _NOT_AGENTS
        and (not agent.endswith("er") or _VERB_AFTER.match(text, e))
    )


def _introduced(posting: Posting, word: str) -> bool:
    """Whether the posting names a person ``word`` by who they are somewhere ("my cofounder Guy", "Guy (our COO)"):
    the same capitalised word elsewhere is that name too."""
    key = ("first-name-introduced", word)
    found = posting._cache.get(key)
    if found is None:
        text = posting.text
        found = any(
            # Any role before the name introduces it: "our lead plumber Guy" (blind set S133).
            _after_who_they_are(text, m.start(), m.end(), True) or _ROLE_AFTER.match(text, m.end())
            for m in re.finditer(rf"\b{re.escape(word)}\b", text)
        )
        posting._cache[key] = found
    return found


# A possessive after the name: "Guy's dog".
_OWNER_AFTER = re.compile(r"['’]s\b")
_POSSESSIVE = r"(?:my|our|your|his|her|their)"
# "my husband Guy", "our foreman Guy", "my business partner Guy": a person named after who they are.
_RELATION_BEFORE = re.compile(
    rf"(?i:\b{_POSSESSIVE}\s+(?:[\w-]+\s+)?(?:husband|wife|partner|son|daughter|brother|sister|father|dad|mother|mom|mum"
    r"|boss|manager|owner|co-?owner|colleague|chef|foreman|supervisor|lead|founder|co-?founder|recruiter|friend|teammate"
    r"|uncle|aunt|cousin|neighbou?r))\s+$"
)
# A role between the possessive and the name: "our CTO Guy", "my lead designer Guy".
_WHO_BEFORE = re.compile(rf"(?i:\b{_POSSESSIVE}\s+([\w-]+\s+)?([A-Za-z]+))\s+$")
_ADJECTIVE_ROLES = frozenset(("lead", "head"))
# A lower-case noun for who someone is, by its ending: "illustrator", "photographer", "accountant", "florist".
_AGENT_NOUN = re.compile(r"[a-z]{2,}(?:or|er|ist|ian|ant|ent|eer)")
# Words of those endings that say which one, not who: "our other Guy".
_NOT_AGENTS = frozenset("other another former latter better older newer younger elder bigger inner outer upper lower proper".split())
# A finite verb after the name: "Guy does", "Guy will", "Guy handles", "Guy still answers" (an adverb between, blind set S106).
_VERB_AFTER = re.compile(
    r"[ \t]{1,4}(?:(?:still|also|usually|often|always|now|already|never|sometimes|mostly|just)[ \t]{1,4})?"
    r"(?!(?:this|his|its|us|as|yes|thus|plus|less|unless|perhaps|always|towards|across|besides|whereas)\b)"
    r"(?:is|was|has|had|does|did|will|would|can|could|should|may|might|must|built|wrote|made|ran|took|[a-z]{2,}s)\b(?!['’])"
)
# The word as a common noun: after a determiner ("a delivery Guy is needed") or in Title Case ("Delivery Guy Wanted").
_COMMON_BEFORE = re.compile(
    r"(?i:\b(?:a|an|the|this|that|these|those|any|some|every|each|another|one|no|my|our|your|his|her|their|its"
    r"|what|which|whatever|whichever|such)\s+(?:[\w-]+\s+)?)$|\b[A-Z][\w-]*\s+$"
)
_LOWER_AFTER = re.compile(r"\s+[a-z]")
# Two people by their first names: "Guy and Sarah".
_NAME_AFTER_AND = re.compile(r"\s+(?:and|&)\s+([A-Z][a-z]+)\b(?!\s+[A-Z])")
_NAME_BEFORE_AND = re.compile(r"\b([A-Z][a-z]+)\s+(?:and|&)\s+$")
_NOT_A_PARTNER = frozenset("Gal Gals Girl Girls Lady Ladies Gent Gents Man Men Woman Women Dolls Dudes Bros Gentlemen Any All".split())
# The name with the people who work with it, as a subject: "Guy and the team", "Guy and his crew", "Guy and I".
# (From a run of blanks' start only: linear on long runs.)
_WITH_OTHERS_AFTER = re.compile(
    r"(?<![ \t])[ \t]++(?:and|&)[ \t]++(?:(?:the|his|her|their|our|my)[ \t]+(?:[\w-]+[ \t]+)?(?:team|crew|staff|family|gang|kids|wife|husband"
    r"|partner|son|daughter)\b|I\b(?!['’]|[ \t]+[A-Z]))"
)
# A name set off by who the person is: "Guy (our COO)", "Guy, the owner".
_ROLE_AFTER = re.compile(r"\s*(?:\(|,)\s*(?:our|my|the)\s+(?:[A-Z]{2,5}\b|[\w-]+\s*[),])")
# "ask for Guy", "speak to Guy", "call Guy on …": a person by first name.
_PERSON_ASKED_FOR = re.compile(r"(?i:\b(?:ask for|ask|speak to|speak with|talk to|contact|call|text|meet|email|e-mail|message))\s+$")
