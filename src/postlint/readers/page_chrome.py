"""Page chrome: the lines of a web page that a copy of a posting carries along.

Navigation ("Apply now", "Back to search results"), sharing buttons, cookie
notices, breadcrumb trails, link notes and site alerts are not the posting.
The plain-text reader treats such a line as blank; the HTML reader drops a
block that is only navigation. Each answer looks at one line (runs of lines that are the board's are
:mod:`postlint.readers.page_blocks`'s);
a social post's and a chat's chrome (poster, handle, reactions) is :mod:`postlint.readers.social_chrome`'s.
"""

from __future__ import annotations

import re

from postlint.language.job_titles import has_role_word
from postlint.readers.text_shapes import PAGE_NUMBER, normalized

# Page chrome: whole lines a browser copy carries along with the posting.
# A board's apply button in Spanish, Portuguese, French, German or Dutch, as ``normalized`` reads it:
# Bumeran's "[ Postularme ]" (blind set S83), "Candidatar-me", "Postuler", "Jetzt bewerben", "Solliciteer direct".
FOREIGN_APPLY = (
    r"postular(?:me|se)?(?: ahora| ya)?|postúlate(?: ahora| ya)?|quiero postularme|aplicar(?: ahora)?|solicitud sencilla|"
    r"candidatar(?: me| se)?(?: agora)?|candidate se(?: agora)?|quero me candidatar|candidatura simplificada|"
    r"postuler(?: maintenant| en ligne| à cette offre)?|postulez(?: maintenant| en ligne)?|je postule|candidature simplifiée|"
    r"(?:(?:jetzt|online|direkt|einfach|schnell) ){1,2}bewerben|bewerben|schnellbewerbung|"
    r"solliciteer(?: direct| nu| online)?|(?:direct |nu |eenvoudig |online )?solliciteren|reageer (?:direct|nu)|direct reageren|"
    # InfoJobs' "Inscribirme en esta oferta" (blind set S110).
    r"inscribirme(?: en esta oferta)?|inscr[ií]bete(?: en esta oferta)?"
)
FOREIGN_APPLY_BUTTON = re.compile(FOREIGN_APPLY)
# A board's apply button that signs up for the advert, as InfoJobs' translated one: "Register for this offer" (blind set S110).
_REGISTER_FOR = r"(?:register|sign up|enrol+|apply) (?:for|to) this (?:job )?(?:offer|vacancy|job|position|role)"
_CHROME = re.compile(
    rf"(?:apply(?: now| online| here| for this (?:job|position|role))?|easy apply|quick apply|{FOREIGN_APPLY}|{_REGISTER_FOR}|"
    r"share(?: this (?:job|posting|position|page))?|print(?: this (?:job|page|posting))?|email(?: this)? job|"
    r"e ?mail to a friend|send to a friend|add to (?:my )?job cart|"
    # A board's button that keeps the advert for later: Trade Me's "Add to Watchlist" (blind set S112), "Add to shortlist".
    r"add to (?:my |your )?(?:watchlist|shortlist|favou?rites)|save(?: this)?(?: job)?|saved jobs|report(?: this)? job|job alerts?|"
    # A board's button to flag the advert: StepStone's "Report this job ad" (blind set S100), "Report this listing".
    r"report(?: this)?(?: job)? (?:ad|advert|advertisement|listing|posting|offer|vacancy)|"
    r"(?:create|set up|sign up for)(?: a)? job alerts?|back(?: to (?:home|top|(?:all )?jobs|(?:job )?search(?: results)?|"
    r"listings?|careers|previous page|job listings?|results|"
    # Otta's "< Back to matches" (blind set S89), a board's "Back to all roles", "Back to saved jobs".
    r"(?:your |my )?(?:matches|recommendations|saved jobs|dashboard)|(?:all |open )?(?:roles|positions|openings|vacancies|opportunities)))?|"
    r"return to (?:search|job)(?: results| listings?)?|"
    r"previous|next|previous job|next job|similar jobs|view all jobs|more jobs|sign in|log in|login|register|"
    # A single sign-on link: "Log in with Singpass", "Sign in with Google" (blind set S84).
    r"(?:sign|log) in with [a-z]+|"
    r"skip to (?:main )?content|home|menu|close|accept|accept all|accept all cookies|reject all|"
    r"cookie settings|manage cookies|facebook|twitter|linkedin|tweet|share on (?:facebook|twitter|linkedin|x)|"
    r"download pdf reader|\(?download pdf reader\)?|opens in a new (?:window|tab)|top of page|"
    # SmartRecruiters' apply button, at the top and the foot of its pages (blind set S70).
    r"i(?:'| )?m interested|"
    r"print job|view job|apply for job|jobs|careers|job board|open roles|all jobs|show (?:more|less)|see (?:more|less)|"
    # A school district's or council's portal head over its adverts (blind set S57).
    r"employment opportunities|job opportunities|current (?:openings|vacancies|job openings)|open positions|job openings|"
    r"an official website of the united states government|here's how you know|official websites use \.gov|"
    # GOV.UK services' names over their pages (blind set S48).
    r"find an apprenticeship|find a job|apprenticeship service|"
    # NHS Jobs' heading over the advert's attachments (blind set S56).
    r"documents to download|"
    # Workable's links under the employer's name over the title: "Careers home", "View website" (blind set S62).
    r"careers home(?:page)?|view (?:company )?website|visit (?:company )?website|"
    # An applicant-tracking system's footer: "Powered by Workable", "Jobs powered by Lever".
    r"(?:jobs )?powered by (?:workable|greenhouse|lever|ashby|bamboohr|jazzhr|breezy(?: hr)?|recruitee|teamtailor|smartrecruiters|personio|workday|icims|jobvite)|"
    # Job boards' widgets: Indeed's rating and its summaries of the posting.
    r"\d(?: \d)? out of 5 stars(?: \d[\d ]* (?:reviews?|ratings?))?|pulled from the full job description|"
    r"here[’']?s how the job details align with your profile|profile insights|"
    # Job boards' menus: Indeed's "Company reviews", "Find salaries"; ZipRecruiter's "Search jobs"; MyCareersFuture's
    # "Career resources" (blind sets S20, S21).
    r"company reviews|find salaries|find jobs|find a job|search jobs|search for (?:jobs|a job)|job search|post a job|employers post job|"
    # A search box's placeholder: Glassdoor's "Search jobs, companies, titles" (blind set S79).
    r"search(?: for)?(?: (?:or )?(?:jobs|companies|titles|job titles|keywords?|skills|locations?|salaries)){2,4}|"
    r"upload your resume|salary guide|"
    # LinkedIn's panels around the posting, and its menu a line an item ("My Network", blind set S45).
    r"meet the hiring team|job poster|message|see who you know|show all|my network|messaging|notifications|me|for business|"
    r"try premium(?: for \S+)?|"
    # LinkedIn's label over a post in the feed, copied with it (blind set S83).
    r"feed post(?: number \d+)?|"
    # LinkedIn's status under the title: "Promoted by hirer · Actively reviewing applicants" (precision sample 2424).
    r"promoted(?: by hirer)?|actively (?:reviewing applicants|recruiting|hiring)|be an early applicant|(?:over )?\d[\d,]* applicants|"
    r"responses managed off linkedin|reposted \d+ (?:minutes?|hours?|days?|weeks?|months?) ago|"
    # SEEK's notice under every advert.
    r"report this job advert|be careful|don[’']?t provide your bank or credit card details when applying for jobs|"
    r"learn how to protect yourself|"
    r"referrals increase your chances of interviewing at .{1,80} by \d+x|"
    # Craigslist's lines around an ad.
    r"qr code link to this post|do not contact (?:this poster|job poster|us|me) with unsolicited services or offers|"
    r"post id \d+|"
    # Hacker News's and Reddit's threads: the thread's title, a comment's links and counts.
    r"ask hn (?:who is hiring|who wants to be hired|freelancer seeking freelancer)(?: \w+ \d{4})?|reply|parent|"
    r"\d+ comments?(?: share| save| hide| report| give award| crosspost)*|\d{1,3} upvoted|"
    # Reddit's button beside the subreddit's name over a post (blind set S65).
    r"join)"
)
# Reddit's head over a post: the subreddit ("r/forhire"), its poster and age ("Posted by u/copperline_studio 6 hr. ago",
# "r/forhire · Posted by u/x", blind set S65), the age in new Reddit's short form too ("· 6h", "5d ago", blind set S90).
_REDDIT_HEAD = re.compile(
    r"(?i)(?:r/\w{2,21}|(?:posted by[ \t]+)?u/[\w-]{2,30})(?:[ \t]*[·•][ \t]*(?:posted by[ \t]+)?u/[\w-]{2,30})?"
    r"(?:(?:[ \t]*[·•][ \t]*|[ \t]+)\d+[ \t]*(?:min|mins|minutes?|hr|hrs|hours?|days?|weeks?|months?|years?)\.?[ \t]+ago"
    r"|[ \t]*[·•][ \t]*\d+(?:min|mo|yr|[hdwy])(?:[ \t]+ago)?)?"
)
# Instagram's head over a post: the account and its button ("bluestone.coffee.co • Follow", blind set S66).
_FOLLOW_HEAD = re.compile(r"(?i)@?[\w.]{2,30}[ \t]*[•·][ \t]*(?:follow|following)")
# A comment's header on a forum: "mkessler 3 days ago | parent | next [–]", "u/kestrel_ops · 5 hr. ago".
# Each run is taken whole, as what follows it cannot start it: a line of 900,000 digits (a name of up to 30 characters,
# then the number) was given back digit by digit for each length of the name, 15 s.
_COMMENT_BYLINE = re.compile(r"(?i)(?:u/)?[\w-]{2,30}\s*+(?:[·•|]\s*+)?\d++\s*+(?:min|mins|minutes?|hr|hrs|hours?|days?|weeks?|months?|years?)\.?\s++ago")
# Hacker News's bars over a thread: its menu ("Hacker News new | threads | past | comments | ask | show | jobs | submit")
# and the story's byline ("587 points by whoishiring 6 days ago | hide | past | favorite | 744 comments"), which
# stood over a "Who is hiring" header and kept it from being read (blind set S108).
_HN_LINKS = frozenset(
    "new threads past comments ask show jobs submit login logout hide unhide favorite unfavorite flag unflag web discuss "
    "context next prev parent root reply".split()
)
_HN_NAME = re.compile(r"(?:y )?hacker news(?: new)?")
_STORY_BYLINE = re.compile(
    r"(?i)\d{1,7}[ \t]++points?[ \t]++by[ \t]++[\w-]{2,30}+[ \t]++\d{1,4}+[ \t]*+(?:minutes?|hours?|days?|weeks?|months?|years?)[ \t]++ago"
)
_COUNT_LINK = re.compile(r"\d{1,7} comments?")
# Links of a site's menu that are words of a posting too ("Salaries", "Services", "Job details" can head a
# part of one): chrome only among other links on one line.
_MENU_LINK = re.compile(
    r"salaries|companies|career resources|career advice|job details|messages|messaging|notifications|my network|"
    r"for business|recruiters|register|services|employers|districts|schools|resources|help|about|about us|contact|contact us|blog|"
    # JobStreet's bar: "Sign in   Employer site" (blind set S58).
    r"employer site|employer login|for employers|profiles|"
    # Craigslist's bar over an ad: "reply   prohibited   posted: 2026-11-29 08:14   ♥ favorite   hide" (blind set S24).
    r"prohibited|favorite|hide|flag|(?:posted|updated)(?: \d{1,4}){3,5}|"
    # A careers site's footer: Workable's "Privacy · Accessibility" (blind set S62).
    r"privacy(?: policy| notice)?|accessibility(?: statement)?|terms(?: of (?:use|service))?|terms and conditions|cookie policy|sitemap|"
    # Totaljobs' and Reed's bar: "Upload your CV   Career advice   Salary checker   Recruiting? Post a job" (blind set S80).
    r"upload your cv|salary checker|recruiting post a job|"
    # LinkedIn's guest bar: "Join now   Sign in" (blind set S67, once its byline's "North Holland" was a known region).
    r"join now|"
    # A Dutch or German board's bar: "Vacatures   Bedrijven   Salarischeck   Inloggen" (blind set S80).
    r"vacatures|bedrijven|salarischeck|inloggen|stellenangebote|unternehmen|anmelden|gehaltsvergleich|"
    # A Hungarian board's bar: profession.hu's "Állások   Cégek   Fizetések   Karrier   |   Bejelentkezés" (blind set S83).
    r"állások|cégek|fizetések|karrier|bejelentkezés|regisztráció|"
    # A Spanish-language board's bar: Bumeran's "Empleos   Empresas   Salarios   Mi CV   Ingresar   Publicar aviso" (blind set S83).
    r"empleos|empresas|salarios|mi cv|ingresar|iniciar sesión|registrarse|publicar aviso"
)
_SIMILAR_JOBS = re.compile(r"(?i)(?:similar|related|recommended|other|more)\s+(?:jobs|roles|vacancies|positions)(?:\s+(?:near you|you may like|for you))?\s*:")
SOCIAL_TIME = re.compile(
    r"(?i)(?:\d{1,2}\s?(?:m|h|d|w|mins?|hrs?|hours?|days?|weeks?)|just now|yesterday"
    # Facebook's "2 December at 19:42 · 🌍", "December 2 at 7:42 PM · 🌍" (blind set S23)
    r"|(?:\d{1,2}\s+[a-z]+|[a-z]+\s+\d{1,2})(?:,?\s+\d{4})?(?:\s+at\s+\d{1,2}:\d{2}(?:\s?[ap]m)?)?)"
    # The audience after "Edited" may be lost in the copy: LinkedIn's "2d • Edited" (blind set S117).
    r"(?:\s*[·•]\s*edited(?:\s*[·•]\s*(?:public|friends|[^\w\s]{1,3})?)?|\s*[·•]\s*(?:public|friends|[^\w\s]{1,3})?)"
)
# LinkedIn's feed: the poster's name and how near they are in the reader's network ("Tomás Ibarra • 2nd").
NETWORK_NAME = re.compile(r"[^\n•·]{2,60}\s[•·]\s(?:1st|2nd|3rd\+?|following|author)\s*", re.IGNORECASE)
# Instagram's line over a post or reel: the account, then its sound or a button.
_REEL_LABEL = re.compile(r"(?i)[^\n·]{1,60}\s·\s(?:original audio|follow|sponsored|paid partnership)")
# A job search's two boxes copied with what was typed in them (blind set S68): "Search: marketing manager      Location: Chicago, IL",
# the box's label naming what it searches too: Glassdoor's "Search jobs: data analyst   Location: Austin, TX" (blind set S93).
_SEARCH_BAR = re.compile(r"(?i)(?:(?:search|find)(?: for)?(?: jobs?| roles| titles)?|keywords?)\s?:[^:\n]{1,60}?(?:\s{2,}|\t|\s?\|\s?)(?:location|where)\s?:[^:\n]{1,60}")
# Glassdoor's and Indeed's rating: "3.6 ★", "4.1 ★ 312 reviews", "4.1 ★★★★☆ (1,204 ratings)".
_RATING = re.compile(r"\d(?:\.\d)?\s*[★☆⭐]{1,5}(?:\s*\(?\d[\d,]*\s+(?:reviews?|ratings?)\)?)?")
# The words of a job page's buttons, and of a Dutch or German board's ("Solliciteer direct   Bewaar vacature",
# blind set S80); a line of nothing else is a row of buttons.
_BUTTON_WORDS = frozenset(
    "apply save share report print email follow saved easy quick now "
    "solliciteer direct bewaar vacature jetzt bewerben speichern teilen merken".split()
)
# A site's cookie notice names the site, consent or a setting; "Bake cookies and use the
# ovens" is a baker's duty, not a notice.
_COOKIE = re.compile(
    r"\b(?:we|(?:this|our) (?:site|website|web site|page)) uses? cookies\b|\buse of cookies\b|^\W*cookies?\s*[:\-–—]|"
    r"\bcookies? (?:policy|settings|preferences|consent|notice|banner|statement)\b|\b(?:accept|reject|allow|manage|decline)(?: all)? cookies\b|"
    r"\bcookies?\b.*\b(?:browser|browsing|website|web site|consent)\b",
    re.I,
)
# The separators of a breadcrumb trail: "Home > Jobs > Finance", "Careers / Engineering / Data", "Jobs » Accountant".
_CRUMB_SEP = re.compile(r"(?<![ \t])[ \t]+[>»›|][ \t]*|[>»›|][ \t]*|(?<![ \t])[ \t]+/[ \t]+")  # from a run of blanks' start only: linear on long runs
_CRUMB_START = re.compile(r"^[ \t]*(?:home|careers?|jobs|job search|search results)\s*(?:>|»|›|/)", re.I)
_CRUMB_ROOTS = frozenset({"home", "careers", "career", "jobs", "job search", "search results", "all jobs", "job opportunities",
                          "current openings", "employment", "open positions", "job openings", "work with us"})
# A link note left where a browser drops the link: "(Download PDF reader)", "(opens in a new window)".
LINK_NOTE = re.compile(
    r"\((?:download (?:the )?(?:free )?(?:adobe )?(?:pdf|acrobat)(?: reader)?[^)]{0,30}|opens? in (?:a )?new (?:window|tab)|"
    r"external link|pdf(?:, \d+(?:\.\d+)? ?[km]b)?)\)",
    re.I,
)

# A site alert or notice a page shows above the posting, not the posting's first paragraph:
# "This job posting has closed.", "This role is open until 5 March.", "Alert: applications are paused".
SITE_ALERT = re.compile(
    r"^\W{0,3}(?:(?:alert|notice|important|update|attention|please note)\s*[:!-]\s*)?(?:"
    r"this (?:job|role|position|posting|vacancy|opportunity|job posting|job announcement|announcement)"
    r"(?: posting)? (?:has closed|is closed|is now closed|has been filled|is no longer (?:available|accepting|open)|"
    r"is open until|will close|closes|expires|was posted|remains open|is open)|"
    r"(?:we're|we are) sorry,? this (?:job|position|posting|role) (?:has closed|is closed|is no longer)|"
    r"applications? (?:for this (?:job|role|position) )?(?:are|is) (?:now )?(?:closed|paused|no longer accepted)|"
    r"(?:alert|notice)\s*:)",
    re.I,
)


def is_site_alert(text: str) -> bool:
    """A site's alert or notice about the posting ("This job posting has closed."), at most two sentences."""
    return len(text.split()) <= 40 and SITE_ALERT.match(text.strip()) is not None


# LinkedIn's insights around the posting: the company's size and industry ("501-1,000 employees ·
# Transportation, Logistics…"), the skills it matched ("Skills: Veterinary Nursing, Triage, +7 more")
# and its Premium pitch ("See how you compare to 63 others who clicked apply. Try Premium for $0").
_LINKEDIN_INSIGHT = re.compile(
    r"(?i)\d[\d,]*\s*(?:-|–|to)\s*\d[\d,]*\+?\s+employees|\d[\d,]*\+\s+employees|skills:\s.{1,120},\s\+\d+ more$|"
    r"see how you compare to (?:over )?\d[\d,]* (?:others|applicants)\b|try premium\b"
)
# LinkedIn's Premium pitch closing a line of its own ("Get AI-powered advice on this job … with Premium. Try Premium
# for £0"): the price of a trial, never the job's pay (blind set S113, where "£0" was the salary).
_PREMIUM_PITCH = re.compile(r"(?:^|(?<=[.!?:])\s{1,3}|(?<!\s)\s{2,}+)Try Premium(?: for (?:free|[A-Z]{0,3}[$£€₹]\s?0(?:\.00)?|0\s?[A-Z]{3}))?\s*$")


_POSTED_BY = re.compile(
    r"(?i)posted\s+(?:on\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+|[a-z]+\s+\d{1,2}(?:st|nd|rd|th)?|today|yesterday|\d+\s+(?:hours?|days?|weeks?)\s+ago)"
    r"(?:,?\s+\d{4})?\s+by\s+[^.!?]{1,60}\.?"  # the poster's legal form's stop: Job Bank's "… by Meubles Beaulieu Furniture Ltd."
)


# A page's back link with its arrow: "< Back to matches", "← Back to all Acme jobs", "‹ Back". The arrow marks it a link,
# whatever it goes back to; without one, only the places _CHROME names ("Back to basics" may head a part).
_BACK_LINK = re.compile(r"(?i)(?:<{1,2}|←|‹|«|⟵|◀|⬅️?|<-)[ \t]*back(?:[ \t]+to(?:[ \t]+[^\s.!?:;,]+){1,5})?")


# A file's link with its type and size: "Job description and person specification (PDF, 184KB)".
_ATTACHMENT = re.compile(r"(?i)^[^()\n]{1,120}\((?:pdf|docx?|xlsx?|rtf|odt)\s*,\s*\d+(?:\.\d+)?\s?[km]b\)")


def company_facts(line: str) -> bool:
    """A board's insight line: the company's size and facts, or LinkedIn's matched skills and Premium pitch."""
    stripped = line.strip()
    if _LINKEDIN_INSIGHT.match(stripped) and len(stripped.split()) <= 20:
        return True
    # a board's facts on the company: Handshake's "Internet & Software · 51-200 employees · Madison, WI" (blind set S55)
    return "·" in stripped and len(stripped.split()) <= 20 and any(_LINKEDIN_INSIGHT.match(p.strip()) for p in stripped.split("·"))


def is_chrome(line: str) -> bool:
    """A line of the page around the posting, not the posting: navigation, sharing, cookies, breadcrumbs."""
    stripped = line.strip()
    if not stripped or "!!" in stripped:
        return False  # "APPLY NOW!!" is the advert shouting, not a button (blind set S21)
    if company_facts(stripped):
        return True
    if len(stripped.split()) <= 30 and "Premium" in stripped and _PREMIUM_PITCH.search(stripped):
        return True
    norm = " ".join(w.strip("'") for w in normalized(stripped).split())
    if norm and _CHROME.fullmatch(norm):
        return True
    if _BACK_LINK.fullmatch(stripped):
        return True  # a back link, its arrow drawn: "< Back to Ledgerline", "← Back to Engineering roles"
    if _RATING.fullmatch(stripped):
        return True  # Glassdoor's "3.6 ★"
    if _SEARCH_BAR.fullmatch(stripped):
        return True  # a search bar with what was searched: Glassdoor's "Search: marketing manager   Location: Chicago, IL"
    if _SIMILAR_JOBS.match(stripped):
        return True  # a board's list of other adverts after the posting: "Similar jobs: HGV Class 2 Driver, …" (blind set S22)
    if SOCIAL_TIME.fullmatch(stripped):
        return True  # a social post's age and audience: "3h · 🌏", "2d · Public"
    if _REEL_LABEL.fullmatch(stripped):
        return True  # Instagram's label over a reel: "Bluefin Kitchen · Original audio" (blind set S31)
    if len(stripped) <= 160 and _ATTACHMENT.fullmatch(stripped):
        return True  # a link to the advert's attachment: NHS Jobs' "Receptionist job description (PDF, 184KB)" (blind set S56)
    if PAGE_NUMBER.fullmatch(stripped):
        return True  # a PDF's page footer pasted with the text: "Page 2 of 3"
    if _POSTED_BY.fullmatch(stripped):
        return True  # a job board's byline of the advert: Reed's "Posted 2 April by Harrowgate Care Recruitment"
    if 2 <= len(norm.split()) <= 5 and all(w in _BUTTON_WORDS for w in norm.split()):
        return True  # a row of buttons copied as one line: LinkedIn's "Apply   Save"
    if "|" in stripped or "·" in stripped or "  " in stripped:
        # A row of links between bars or wide gaps: "Share | Save job | Report this job", a comment's
        # "3 days ago | parent | next", a board's menu "Search jobs   Salaries   Sign in".
        parts = [p.strip() for p in re.split(r"[|·•]|\s{2,}", stripped) if p.strip()]
        chrome = [bool(_CHROME.fullmatch(w := normalized(p)) or _MENU_LINK.fullmatch(w) or _COMMENT_BYLINE.fullmatch(p)) for p in parts]
        if len(parts) >= 2 and all(chrome):
            return True
        if len(parts) >= 3 and _hn_bar(parts):
            return True
        # A site's menu: three or more short capitalised links, one of them a link every site has
        # ("Home  My Network  Jobs  Messaging", "Find Jobs | Districts | Career Resources | Sign In").
        # A link in a script without capitals counts as capitalised: CareerBridge's "… Register   日本語" (blind set S85).
        # The site's name first may be longer, naming no role, before two of its links or more: "Harcourt & Vale
        # Recruitment   Jobs   Sectors   Candidates   Clients   Contact us", an agency's menu read as the title (blind set S117).
        site_name = sum(chrome[1:]) >= 2 and len(normalized(parts[0]).split()) <= 5 and not has_role_word(parts[0])
        if len(parts) >= 3 and any(chrome) and all((len(p.split()) <= 3 or c or (k == 0 and site_name)) and (p[:1].isupper() or p[:1].isdigit() or _uncased(p[0])) for k, (p, c) in enumerate(zip(parts, chrome, strict=True))):
            return True
        # The site's name in its own lower case before links only: Jora's "jora  |  Search jobs  |  Sign in" (blind set S95).
        if len(parts) >= 3 and all(chrome[1:]) and len(parts[0].split()) <= 2 and not any(c.isdigit() for c in parts[0]):
            return True
    if len(stripped) <= 120 and _STORY_BYLINE.fullmatch(stripped):
        return True  # Hacker News's story byline, its links lost: "587 points by whoishiring 6 days ago"
    if _COMMENT_BYLINE.fullmatch(stripped) and (stripped.startswith("u/") or "·" in stripped):
        return True  # a comment's header alone: "u/kestrel_ops 5 hr. ago"
    if _REDDIT_HEAD.fullmatch(stripped) or _FOLLOW_HEAD.fullmatch(stripped):
        return True
    if LINK_NOTE.fullmatch(stripped):
        return True
    if _CRUMB_START.match(stripped):
        return True
    if _COOKIE.search(stripped) and len(stripped.split()) <= 40:
        return True
    if len(stripped.split()) <= 16 and not stripped.endswith((".", ":")):
        # Breadcrumbs: three or more short segments between separators, each starting with a capital or a digit.
        parts = [p.strip() for p in _CRUMB_SEP.split(stripped)]
        # (A part in a script without capitals, "ホーム > 募集 > エンジニア", counts as capitalised.)
        # Craigslist writes its trail in lower case after its initials: "CL > portland > gigs > labor gigs" (blind set S24).
        # Or with no initials, all in lower case, a section of the site among its parts: "portland > multnomah co > jobs >
        # food/beverage/hospitality" (blind set S96), which a "Posted" line under it had left the title.
        lower_trail = (
            len(parts) >= 3
            and stripped.count(">") == len(parts) - 1
            and (
                (parts[0].isupper() and len(parts[0]) <= 4)
                or (stripped == stripped.lower() and any(normalized(p) in _CRUMB_ROOTS or normalized(p) == "gigs" for p in parts))
            )
        )
        if not (len(parts) >= 3 and all(p and len(p.split()) <= 4 and (lower_trail or p[0].isupper() or p[0].isdigit() or _uncased(p[0])) for p in parts)):
            return False
        # "A > B > C" is a trail; "Python / Go / Rust" is a list of tools unless it starts where trails start.
        return any(c in stripped for c in ">»›") or normalized(parts[0]) in _CRUMB_ROOTS


# The narrower list the HTML reader drops whole blocks by: navigation and sharing
# only, since an HTML page's own structure already set the page around the posting apart.
_NAV_JUNK = re.compile(
    r"(?:back(?: to (?:home|top|(?:all )?jobs|(?:job )?search(?: results)?|listings?|careers))?|home|"
    r"skip to (?:main )?content|apply now|apply for this (?:job|position)|easy apply|share(?: this job)?|"
    rf"save(?: job)?|report this job|sign in|log in|{FOREIGN_APPLY})"
)
_BREADCRUMB = re.compile(r"home\s*[/>»›|]", re.I)


def is_nav_junk(line: str) -> bool:
    """A site-navigation line pasted along with the posting ("← Back to jobs", "Share")."""
    stripped = line.strip()
    if _BREADCRUMB.match(stripped):
        return True
    norm = normalized(stripped)
    return bool(norm) and "!!" not in stripped and _NAV_JUNK.fullmatch(norm) is not None


# A page's apply button, copied with the posting: the job board takes applications there.
_APPLY_BUTTON = re.compile(
    rf"(?:easy |quick )?apply(?: for (?:this )?(?:job|position|role))?(?: now| online| here)?|i(?:'| )?m interested|{FOREIGN_APPLY}|{_REGISTER_FOR}"
    r"|(?:submit|send) a proposal"  # Upwork's (precision sample 1213)
)


# The buttons beside it on a job's own page (not a site's menu: "Home   Jobs   Apply" links to a form for any job).
# A button names the job by any of the boards' words for it: "Save job", "[ Save offer ]" (blind set S119), "Share this vacancy".
_THE_JOB = r"(?:job|offer|ad|advert|listing|vacancy|position|role|posting|opening)"
_ROW_BUTTON = re.compile(
    rf"save(?: this)?(?: {_THE_JOB})?|saved|share(?: this)?(?: {_THE_JOB})?|report(?: this)?(?: job)?(?: {_THE_JOB})?"
    rf"|print(?: this)?(?: {_THE_JOB})?|email(?: this)? {_THE_JOB}|follow|"
    r"flag as inappropriate|not interested|"  # Upwork's, beside "Submit a proposal"
    r"add to (?:my |your )?(?:watchlist|shortlist|favou?rites)|"  # Trade Me's, beside "Apply now" (blind set S112)
    r"refer(?: a friend| someone| a candidate)?|"  # Jobvite's "Refer a Friend" beside "Apply" (blind set S104)
    r"bewaar(?: vacature)?|delen|speichern|merken|teilen|guardar|compartir|partager|sauvegarder|compartilhar|salvar|denunciar(?: esta oferta)?"
)
_ROW_SEP = re.compile(r"[|·•]|[ \t]{2,}")


def is_apply_button_row(line: str) -> bool:
    """A row of two or more of the job's buttons, one of them its apply button ("Submit a proposal    Save job"):
    unlike a lone "Apply now", which a pasted advert may shout with no way to apply behind it."""
    return len([p for p in _ROW_SEP.split(line) if p.strip()]) >= 2 and is_apply_button(line)


def is_apply_button(line: str) -> bool:
    """A line that is only an apply button ("Apply now", "Easy Apply", "Apply for this job"),
    or a row of the job's buttons with one: LinkedIn's "Easy Apply   Save" (blind set S77)."""
    norm = normalized(line.strip())
    if not norm or "!!" in line:
        return False
    if _APPLY_BUTTON.fullmatch(norm) is not None:
        return True
    parts = [normalized(p) for p in _ROW_SEP.split(line) if p.strip()]
    if len(parts) == 1:
        # "Easy Apply Save" with the gaps lost: only the words of buttons, as is_chrome reads them.
        words = norm.split()
        return 2 <= len(words) <= 5 and ("apply" in words or "solliciteer" in words or "bewerben" in words) and all(w in _BUTTON_WORDS for w in words)
    return (
        2 <= len(parts) <= 4
        and any(_APPLY_BUTTON.fullmatch(p) for p in parts)
        and all(_APPLY_BUTTON.fullmatch(p) or _ROW_BUTTON.fullmatch(p) for p in parts)
    )


def _hn_bar(parts: list[str]) -> bool:
    """Hacker News's menu or a story's byline, cut at its bars: the site's name or the byline, then its links only."""
    head = normalized(parts[0])
    if not (_HN_NAME.fullmatch(head) or _STORY_BYLINE.fullmatch(parts[0])):
        return False
    return all((w := normalized(p)) in _HN_LINKS or _COUNT_LINK.fullmatch(w) for p in parts[1:])


def _uncased(char: str) -> bool:
    """A letter of a script without capitals (Japanese, Chinese, Korean, Arabic…)."""
    return char.isalpha() and char.upper() == char.lower()
