"""A part named for training that tells the training the employer gives once the candidate is hired: PeopleAdmin's
"Training Requirements" over "all new staff must complete animal-handling and biosafety training. Training is
provided by the Office of Research Compliance during the first two weeks of employment" (blind set S109). Its
heading's word "requirements" made it a second qualifications part; it is what the job gives, not what a
candidate must already hold. A "Training requirements" part asking for a certificate stays a qualification."""

from __future__ import annotations

import re

from postlint.model.posting import Section
from postlint.model.schema import QUALIFICATION_KINDS

_TRAINING = re.compile(r"(?i)\btraining\b")
# The training comes after hiring: given by the employer, or taken by new staff in their first days.
_GIVEN = re.compile(
    r"(?i)\b(?:training|instruction|induction)\s+(?:is|will\s+be)\s+(?:provided|given|offered|delivered|arranged)\b"
    r"|\bwe\s+(?:will\s+)?(?:provide|give|offer)\s+(?:all\s+)?(?:the\s+)?(?:full\s+|paid\s+|necessary\s+)?training\b"
    r"|\b(?:all\s+)?new\s+(?:staff|employees|hires|starters|team\s+members)\s+(?:must|will)\s+(?:complete|attend|undergo|receive)\b"
    r"|\b(?:during|in|within)\s+(?:the|their|your)\s+first\s+(?:\w+\s+){0,2}?(?:days?|weeks?|months?)\s+of\s+(?:employment|work)\b"
)
# What a candidate must hold before starting: "BLS certification is required at the time of hire", "must hold".
_BEFORE = re.compile(
    r"(?i)\bmust\s+(?:have|hold|possess|already)\b|\bprior\s+to\s+(?:hire|start|employment|appointment)\b"
    r"|\bat\s+(?:the\s+)?time\s+of\s+(?:hire|application|appointment)\b|\b(?:is|are)\s+required\b"
)


def training_given_after_hire(flat: list[Section]) -> None:
    """Read such a qualifications part as of no kind, in place: its heading names training, a sentence of it says
    the training is given after hire, and none asks for anything held before."""
    for section in flat:
        if section.kind not in QUALIFICATION_KINDS or section.heading is None or not _TRAINING.search(section.title):
            continue
        texts = [b.text for b in section.all_blocks() if b.kind != "heading"]
        if any(_GIVEN.search(t) for t in texts) and not any(_BEFORE.search(t) for t in texts):
            section.relabel("other", f"{section.decided}; training given after hire, no qualification")
