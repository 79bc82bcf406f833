"""``postlint.nlp``, the import path the README gives rule authors: it is :mod:`postlint.language.nlp`."""

import sys

from postlint.language import nlp

sys.modules[__name__] = nlp
