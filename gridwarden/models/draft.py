"""Unsaved form contents (issue 12): kept as the user types, in the (encrypted) local store, per
user and form; offered again after a cancel, a lock or a crash; removed when the form is saved.
Local only, never synced."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import Field, SQLModel

from gridwarden.models.base import json_column


class FormDraft(SQLModel, table=True):
    __tablename__ = "form_draft"

    user_id: str = Field(primary_key=True, max_length=64)
    kind: str = Field(primary_key=True, max_length=64)  # the form, e.g. "visit"
    key: str = Field(primary_key=True, max_length=64)  # the record it is for ("" for a new one)
    values: dict[str, Any] = Field(default_factory=dict, sa_column=json_column())
    saved_at: datetime
