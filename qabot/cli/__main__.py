"""`python -m qabot.cli` runs the command line, as `qabot` and `python -m qabot` do."""

import sys

from qabot.cli import main

sys.exit(main())
