"""Runs the `socdesk` command as `python -m socdesk`."""

import sys

from socdesk.cli import main

sys.exit(main())
