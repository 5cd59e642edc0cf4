"""On POSIX the data dir is 0700 and every file in it 0600: other accounts on the machine can
read nothing (PIPL Art. 51, access control). Checked and repaired at every start; the process
umask is 077 so new files are born private."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

log = logging.getLogger("gridwarden.security")
DIR_MODE = 0o700
FILE_MODE = 0o600


def private_umask() -> None:
    if os.name == "posix":
        os.umask(0o077)


def secure_tree(root: Path) -> list[Path]:
    """Tighten `root` and everything below it; return what had to be repaired. Symbolic links
    are not followed (a link pointing out of the data dir is left alone, never chmod-ed)."""
    if os.name != "posix" or not root.exists():
        return []
    repaired: list[Path] = []

    def fix(path: Path, wanted: int) -> None:
        try:
            mode = stat.S_IMODE(path.lstat().st_mode)
            if mode != wanted:
                path.chmod(wanted)
                repaired.append(path)
        except OSError as exc:
            log.warning("could not tighten %s: %s", path.name, exc)

    fix(root, DIR_MODE)
    for folder, dirs, files in os.walk(root, followlinks=False):
        base = Path(folder)
        for name in dirs:
            if not (base / name).is_symlink():
                fix(base / name, DIR_MODE)
        for name in files:
            if not (base / name).is_symlink():
                fix(base / name, FILE_MODE)
    if repaired:
        log.warning(
            "tightened the permissions of %d files and folders in the data dir", len(repaired)
        )
    return repaired
