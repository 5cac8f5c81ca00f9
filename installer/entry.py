"""Entry point of the frozen executables (cchc: console; cchc-desktop: windowed)."""

import multiprocessing
import sys

from cchc_desktop.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the .ods/.xls reader's child process starts through this executable
    sys.exit(main())
