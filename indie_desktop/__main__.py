"""`python -m indie_desktop` runs the same command line as `indie-desktop`."""

import sys

from indie_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
