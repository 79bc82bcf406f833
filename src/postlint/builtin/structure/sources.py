"""The guidance the structure rules cite, one address each, and the patterns more than one of them reads."""

import re

GOOGLE_JOBPOSTING = "https://developers.google.com/search/docs/appearance/structured-data/job-posting"
REWORK = "https://rework.withgoogle.com/guides/hiring-create-a-job-description/steps/define-the-role-and-qualifications/"
COLORADO_RULES = "https://regulations.justia.com/states/colorado/1100/1101-d-1/rule-7-ccr-1103-18/rule-7-ccr-1103-18-11"

# A résumé or CV named: a lead-in about one opens a list of what to write, not of the job's parts.
RESUME = re.compile(r"(?i)\b(?:resum[eé]s?|r[eé]sum[eé]s?|cvs?|curriculum vitae)\b")
