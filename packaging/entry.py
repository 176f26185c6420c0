"""The frozen program's entry point: the same `main` as the `workstation` console script."""

import sys

from workstation.__main__ import main
from workstation.services.spelling.suggestions import FROZEN_FLAG

if __name__ == "__main__":
    if sys.argv[1:] == [FROZEN_FLAG]:  # the spelling suggestions' helper process (suggestions.py)
        from workstation.services.spelling.suggest_server import serve

        sys.exit(serve())
    sys.exit(main())
