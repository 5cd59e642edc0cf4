"""`python -m gridwarden` starts the desktop app.

The core never imports Qt at module level; the shell is imported only when this runs.
"""

import importlib
import sys


def run() -> int:
    app = importlib.import_module("ui.app")
    return int(app.main())


if __name__ == "__main__":
    sys.exit(run())
