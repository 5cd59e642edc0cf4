"""The laptop's protection as user actions: the exports folder, the audit chain check."""

from __future__ import annotations

from pathlib import Path

from gridwarden.security import audit
from gridwarden.security.exports import (
    ExportFile,
    empty_exports,
    list_exports,
    remove_old_exports,
)
from gridwarden.services.context import Changes, ServiceContext
from gridwarden.services.unit_of_work import unit_of_work


class SecurityService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def exports(self) -> list[ExportFile]:
        return list_exports(self.ctx.paths.exports)

    def empty_exports(self) -> int:
        """Remove every exported file (audited); how many were removed."""
        removed = empty_exports(self.ctx.paths.exports)
        with unit_of_work(self.ctx) as work:
            work.audit("exports.empty", "store", "", {"files": removed})
        return removed

    def record_export(self, action: str, path: Path) -> Changes:
        """The audit entry of a file written for the user (PIPL Arts. 55–56)."""
        with unit_of_work(self.ctx) as work:
            work.audit(action, "store", "", {"file": path.name})
        return Changes()

    def tidy_exports(self) -> int:
        """At start: exported files older than `export_retention_days` go."""
        removed = remove_old_exports(
            self.ctx.paths.exports, self.ctx.settings.export_retention_days, self.ctx.clock
        )
        if removed:
            with unit_of_work(self.ctx) as work:
                work.audit(
                    "exports.expire",
                    "store",
                    "",
                    {"files": removed, "days": self.ctx.settings.export_retention_days},
                )
        return removed

    def verify_audit(self) -> audit.Verdict:
        with self.ctx.sessions() as session:
            return audit.verify(session)
