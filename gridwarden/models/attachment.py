"""Files attached to a record, stored content-addressed (sha256) in the data dir."""

from sqlalchemy import Index
from sqlmodel import Field

from gridwarden.models.base import Synced


class Attachment(Synced, table=True):
    __tablename__ = "attachment"
    __table_args__ = (Index("ix_attachment_owner", "owner_entity", "owner_id"),)

    sha256: str = Field(max_length=64, index=True)
    owner_entity: str = Field(max_length=32)
    owner_id: str = Field(max_length=36)
    filename: str = Field(max_length=200)
    mime: str = Field(default="application/octet-stream", max_length=80)
    size: int
    # Files on a case (a dispute, a legal-aid application): what the file is, whose it is, and
    # how many pages it has, for the filing package (登记立案规定 第六条).
    category: str = Field(default="", max_length=24)  # rules.filing.FILE_CATEGORIES
    party_id: str | None = Field(default=None, max_length=36)
    pages: int = 1
    position: int = 0
