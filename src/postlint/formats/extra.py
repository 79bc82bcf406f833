"""Registers the CI formats; imported by ``postlint.formats.render`` on first use."""

from __future__ import annotations

from postlint.formats import register
from postlint.formats.github import github
from postlint.formats.gitlab import gitlab
from postlint.formats.html import html_report
from postlint.formats.junit import junit
from postlint.formats.sarif import sarif

register("github", github)
register("sarif", sarif)
register("gitlab", gitlab)
register("junit", junit)
register("html", html_report)
