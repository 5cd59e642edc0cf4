"""Named loggers per subsystem, written to a daily log file in the data dir.

No personal data in logs (PIPL Art. 51): database errors are logged without their parameters
(the engine hides them), and every line passes a mask that replaces anything shaped like a
resident ID number (18 or 15 digits), a mobile number or a landline by a placeholder, including
in tracebacks. Log files rotate at midnight and are kept `retention_days` (default 183: the
Cybersecurity Law Art. 21 asks for at least six months).
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
_EDGE_L, _EDGE_R = r"(?<![0-9A-Za-z])", r"(?![0-9A-Za-z])"
ID_PATTERN = re.compile(_EDGE_L + r"(?:\d{17}[\dXx]|\d{6}\*+\d{3}[\dXx]|\d{15})" + _EDGE_R)
PHONE_PATTERN = re.compile(_EDGE_L + r"(?:(?:\+|00)?86[- ]?)?1[3-9]\d(?:[- ]?\d{4}){2}" + _EDGE_R)
LANDLINE_PATTERN = re.compile(_EDGE_L + r"0\d{2,3}-\d{7,8}" + _EDGE_R)


def mask(text: str) -> str:
    text = ID_PATTERN.sub("[身份证号]", text)
    text = PHONE_PATTERN.sub("[手机号]", text)
    return LANDLINE_PATTERN.sub("[电话]", text)


class MaskingFormatter(logging.Formatter):
    """Masks the whole formatted line, traceback included."""

    def format(self, record: logging.LogRecord) -> str:
        return mask(super().format(record))


def configure(log_dir: Path, level: int = logging.INFO, retention_days: int = 183) -> Path:
    log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = log_dir / "gridwarden.log"
    root = logging.getLogger()
    root.setLevel(level)
    close()
    handler = logging.handlers.TimedRotatingFileHandler(
        path, when="midnight", backupCount=max(1, retention_days), encoding="utf-8"
    )
    handler.setFormatter(MaskingFormatter(FORMAT))
    handler._gridwarden = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    path.chmod(0o600)
    return path


def close() -> None:
    """Detach and close the file handler (tests; a wipe)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_gridwarden", False):
            root.removeHandler(handler)
            handler.close()
