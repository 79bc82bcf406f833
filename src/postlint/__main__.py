import sys

from postlint.cli import main

sys.exit(main())
