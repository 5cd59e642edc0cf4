"""The core must import with Qt unavailable (ARCHITECTURE rule 1)."""

import subprocess
import sys

BLOCKER = r"""
import importlib.abc, importlib.util, pkgutil, sys

class BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6", "ui"):
            raise ImportError("Qt is blocked in this test: " + name)
        return None

sys.meta_path.insert(0, BlockQt())
import gridwarden
names = [m.name for m in pkgutil.walk_packages(gridwarden.__path__, "gridwarden.")]
for name in names:
    importlib.import_module(name)
print(len(names))
"""


def test_every_core_module_imports_with_pyside6_blocked() -> None:
    done = subprocess.run(
        [sys.executable, "-c", BLOCKER], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.strip()) >= 20  # every module of the core was imported
