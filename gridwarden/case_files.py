"""Files on a case for the filing package: page counts, and several images (photos or scans of
the pages of one paper) combined into one PDF, one image per A4 page. Courts accept PDF and
images (在线诉讼规则 第十一条); one PDF per paper keeps the upload order plain."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from gridwarden.errors import ValidationError
from gridwarden.i18n import QT_TRANSLATE_NOOP, msg

IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".bmp", ".gif", ".tif", ".tiff", ".webp"})
ACCEPTED_SUFFIXES = IMAGE_SUFFIXES | {".pdf"}


def is_image(path: Path) -> bool:
    return path.suffix.lower() in IMAGE_SUFFIXES


def page_count(path: Path) -> int:
    """Pages of a PDF (pypdf), 1 for an image; a damaged PDF is refused with its name."""
    if path.suffix.lower() != ".pdf":
        return 1
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        return len(PdfReader(str(path)).pages)
    except (PdfReadError, OSError, ValueError):
        raise ValidationError(
            {
                "files": msg(
                    QT_TRANSLATE_NOOP("core", "无法读取PDF文件：{name}（文件可能已损坏）"),
                    name=path.name,
                )
            }
        ) from None


def check_suffixes(paths: Sequence[Path]) -> None:
    for path in paths:
        if path.suffix.lower() not in ACCEPTED_SUFFIXES:
            raise ValidationError(
                {
                    "files": msg(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "不支持的文件类型：{name}（请使用PDF或图片，在线诉讼规则第十一条）",
                        ),
                        name=path.name,
                    )
                }
            )


def images_to_pdf(images: Sequence[Path], target: Path) -> int:
    """Write the images to `target` as one PDF, each fitted on an A4 page; return the pages."""
    from fpdf import FPDF
    from PIL import Image

    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    margin, width, height = 10.0, 210.0, 297.0
    for path in images:
        try:
            with Image.open(path) as img:
                img.load()
                w, h = img.size
                rgb = img.convert("RGB")
        except OSError:
            raise ValidationError(
                {"files": msg(QT_TRANSLATE_NOOP("core", "无法读取图片：{name}"), name=path.name)}
            ) from None
        scale = min((width - 2 * margin) / w, (height - 2 * margin) / h)
        pdf.add_page()
        pdf.image(rgb, x=(width - w * scale) / 2, y=(height - h * scale) / 2, w=w * scale)
    target.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(target))
    return len(images)
