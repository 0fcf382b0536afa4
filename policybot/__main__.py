"""``python -m policybot …``: the same command line as the ``policybot`` console script."""

import sys

from policybot.bot.cli import main

if __name__ == "__main__":
    sys.exit(main())
