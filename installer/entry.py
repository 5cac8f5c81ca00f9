"""Entry point of the frozen executables (cchc: console; cchc-desktop: windowed)."""

import sys

from cchc_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
