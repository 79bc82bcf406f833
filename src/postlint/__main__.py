import sys

from postlint.cli.main import entry

sys.exit(entry())
