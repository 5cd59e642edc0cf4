"""All table models; importing this package registers them on SQLModel.metadata."""

from gridwarden.models.area import LEVEL_ORDER, Area, AreaLevel, Department, OrgUnit
from gridwarden.models.attachment import Attachment
from gridwarden.models.base import Synced, new_id
from gridwarden.models.care_schedule import CareSchedule
from gridwarden.models.dispute import (
    AgreementObligation,
    Dispute,
    DisputeParty,
    DisputeStep,
    MediationAgreement,
    MediationSession,
)
from gridwarden.models.draft import FormDraft
from gridwarden.models.event import EventStep, GridEvent
from gridwarden.models.filing import Filing, FilingStep
from gridwarden.models.follow_up_open import FollowUpOpen
from gridwarden.models.geo import MapFeature
from gridwarden.models.journal import AuditEntry, HouseholdSearch, LocalMeta, OutboxOp
from gridwarden.models.legal_aid import (
    LegalAidApplication,
    LegalAidCase,
    LegalAidConsultation,
    LegalAidStep,
)
from gridwarden.models.register import CarePlan, Household, Resident
from gridwarden.models.round import Campaign, PatrolRound
from gridwarden.models.sync import SyncBlob, SyncConflict, SyncReindex, SyncShadow, SyncState
from gridwarden.models.visit import Visit

# Synced record types by their entity name (the table name): what the outbox and sync speak.
SYNCED_MODELS: dict[str, type[Synced]] = {
    str(model.__tablename__): model
    for model in (
        Area,
        Department,
        OrgUnit,
        MapFeature,
        Household,
        Resident,
        CarePlan,
        Visit,
        Campaign,
        PatrolRound,
        GridEvent,
        EventStep,
        Attachment,
        Dispute,
        DisputeParty,
        DisputeStep,
        MediationSession,
        MediationAgreement,
        AgreementObligation,
        LegalAidCase,
        LegalAidApplication,
        LegalAidStep,
        LegalAidConsultation,
        Filing,
        FilingStep,
    )
}

__all__ = [
    "LEVEL_ORDER",
    "SYNCED_MODELS",
    "AgreementObligation",
    "Area",
    "AreaLevel",
    "Attachment",
    "AuditEntry",
    "Campaign",
    "CarePlan",
    "CareSchedule",
    "Department",
    "Dispute",
    "DisputeParty",
    "DisputeStep",
    "EventStep",
    "Filing",
    "FilingStep",
    "FollowUpOpen",
    "FormDraft",
    "GridEvent",
    "Household",
    "HouseholdSearch",
    "LegalAidApplication",
    "LegalAidCase",
    "LegalAidConsultation",
    "LegalAidStep",
    "LocalMeta",
    "MapFeature",
    "MediationAgreement",
    "MediationSession",
    "OrgUnit",
    "OutboxOp",
    "PatrolRound",
    "Resident",
    "SyncBlob",
    "SyncConflict",
    "SyncReindex",
    "SyncShadow",
    "SyncState",
    "Synced",
    "Visit",
    "new_id",
]
