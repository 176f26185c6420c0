"""The frozen program's entry point: the same `main` as the `workstation` console script."""

import sys

from workstation.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
