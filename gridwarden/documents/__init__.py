"""Printable documents (agreements, notices, dossiers) from templates in resources/templates.

    doc = build("mediation_agreement", context)      # Jinja2 template → blocks
    write_pdf(doc, path); write_docx(doc, path)      # the same blocks, two formats

A template is text with a light line markup (see markup.py) so that a district can change the
wording without touching code; both writers lay the blocks out for A4 after GB/T 9704.
"""

from gridwarden.documents.markup import Block, Document
from gridwarden.documents.render import build, export, write_docx, write_pdf

__all__ = ["Block", "Document", "build", "export", "write_docx", "write_pdf"]
