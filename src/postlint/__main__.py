import sys

from postlint.cli import entry

sys.exit(entry())
