"""The closed vocabularies of the domain (DOMAIN.md), stored as their string values."""

from __future__ import annotations

from enum import StrEnum


class ContractKind(StrEnum):
    """What a client bought (C1-C7)."""

    RETAINER = "retainer"  # C1 guaranteed remote hands with SLA
    SERVICE_DESK_BASIS = "service_desk_basis"  # C2 10x5
    SERVICE_DESK_COMFORT = "service_desk_comfort"  # C2 24x7
    EXPRESS = "express"  # C3 emergency hourly plan
    ON_DEMAND = "on_demand"  # C4 pay per hour used
    MONTHLY_PLAN = "monthly_plan"  # C4 monthly fixed plan
    PREPAID_CREDIT = "prepaid_credit"  # C5 strippenkaart (money or hours)
    FTE_BUNDLE = "fte_bundle"  # C7 hours per month with availability guarantee


class CreditUnit(StrEnum):
    """What a prepaid credit holds (C5)."""

    MONEY = "money"
    HOURS = "hours"


class SlaTargetKind(StrEnum):
    """The clocks a contract can promise per priority."""

    RESPONSE = "response"
    ARRIVAL = "arrival"  # counts from the client's approval of the visit (D7)
    RESOLUTION = "resolution"
    ASSESSMENT = "assessment"  # E1 Express answer within 60 minutes


class SlaCause(StrEnum):
    """Why a stretch of an SLA clock's time was counted, skipped or paused (C2, T5)."""

    INSIDE_WINDOW = "inside_window"
    OUTSIDE_HOURS = "outside_hours"
    WEEKEND = "weekend"
    NO_SERVICE_DAY = "no_service_day"
    PUBLIC_HOLIDAY = "public_holiday"  # detail: the holiday's name
    CLOSURE = "closure"  # detail: the closure's own reason, as entered
    TICKET_STATUS = "ticket_status"  # detail: the status that pauses the clock


class TicketCategory(StrEnum):
    """T3."""

    INCIDENT = "incident"
    SERVICE_REQUEST = "service_request"
    CHANGE = "change"
    SERVER_MANAGEMENT = "server_management"
    MAINTENANCE = "maintenance"


class TicketStatus(StrEnum):
    """T5."""

    OPEN = "open"
    IN_PROGRESS = "in_progress"
    AWAITING_REPLY = "awaiting_reply"
    ON_HOLD = "on_hold"
    PLANNED = "planned"
    ACCEPTANCE = "acceptance"
    WAITING_FOR_DEPLOY = "waiting_for_deploy"
    CLOSED = "closed"


class Channel(StrEnum):
    """T1: how a ticket arrived."""

    EMAIL = "email"
    PORTAL = "portal"
    PHONE = "phone"
    MONITORING = "monitoring"


class Priority(StrEnum):
    """T4: set by the desk; a client may propose one."""

    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class VisitStatus(StrEnum):
    """D7 visit life cycle, in order."""

    REQUESTED = "requested"
    AVAILABILITY_CHECKED = "availability_checked"
    ENGINEER_PROPOSED = "engineer_proposed"
    APPROVED = "approved"
    TRAVEL_BOOKED = "travel_booked"
    EN_ROUTE = "en_route"
    ON_SITE = "on_site"
    WORKING = "working"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    NO_ACCESS = "no_access"  # D8 could not enter: full reserved hours charged


class SkillLevel(StrEnum):
    """D1/D4 engineer skill levels, lowest first."""

    ENTRY = "entry"
    SENIOR = "senior"
    SPECIALIST = "specialist"

    @property
    def rank(self) -> int:
        """Order for 'at least this level' comparisons."""
        return _SKILL_RANK[self]


_SKILL_RANK = {SkillLevel.ENTRY: 0, SkillLevel.SENIOR: 1, SkillLevel.SPECIALIST: 2}


class Role(StrEnum):
    """Who a user is to the console (and, later, to PostgreSQL)."""

    DISPATCHER = "dispatcher"
    ENGINEER = "engineer"
    SERVICE_MANAGER = "service_manager"
    ADMIN = "admin"
    CLIENT_ADMIN = "client_admin"  # C12: a client's own account, limited to named tasks


class ContactRole(StrEnum):
    """D1 contacts."""

    LOCAL_CONTACT = "local_contact"
    ORDERING_ENGINEER = "ordering_engineer"
    REQUESTER = "requester"


class Phase(StrEnum):
    """E3 emergency phases; NONE for ordinary work."""

    NONE = "none"
    RESTORE = "restore"
    CAUSE = "cause"


class NonBillableReason(StrEnum):
    """Why tracked time is not billed."""

    OWN_DEFECT = "own_defect"  # C8
    GOODWILL = "goodwill"
    INTERNAL = "internal"


class ApprovalMethod(StrEnum):
    """How the client approved time (E5): the record says who, when and how."""

    PORTAL = "portal"
    EMAIL = "email"
    SIGNED_PAPER = "signed_paper"
    PHONE = "phone"


class InvoiceKind(StrEnum):
    """E4 emergency invoices, C6 monthly, C7 overage, C5 top-up; a credit note corrects one."""

    GUARANTEE = "guarantee"
    RESTORATION = "restoration"
    CAUSE_REMOVAL = "cause_removal"
    MONTHLY = "monthly"
    FTE_OVERAGE = "fte_overage"
    CREDIT_TOP_UP = "credit_top_up"
    CREDIT_NOTE = "credit_note"


class InvoiceStatus(StrEnum):
    """Numbers are given on issue only, never to drafts."""

    DRAFT = "draft"
    ISSUED = "issued"
    PAID = "paid"
    CANCELLED = "cancelled"


class DrewOn(StrEnum):
    """What a priced line consumed, in consumption order."""

    FTE_BUNDLE = "fte_bundle"
    PREPAID_CREDIT = "prepaid_credit"
    GUARANTEE = "guarantee"
    MONTHLY_PLAN = "monthly_plan"
    EXPRESS = "express"
    ON_DEMAND = "on_demand"
    FIXED = "fixed"


class CreditEntryKind(StrEnum):
    """C5 ledger movements; the balance is always their sum."""

    TOP_UP = "top_up"
    DEBIT = "debit"
    ADJUSTMENT = "adjustment"
    REVERSAL = "reversal"


class ChecklistKind(StrEnum):
    """D1 items to bring and paperwork due before the visit."""

    ITEM = "item"
    PAPERWORK = "paperwork"


class ChecklistState(StrEnum):
    """Status of a checklist line on the work order."""

    PENDING = "pending"
    DONE = "done"
    NOT_NEEDED = "not_needed"


class NoteKind(StrEnum):
    """Notes: internal, shown to the client, evidence (E5/E6) or knowledge base (V4)."""

    INTERNAL = "internal"
    CLIENT = "client"
    EVIDENCE = "evidence"
    KNOWLEDGE = "knowledge"


class LeaveKind(StrEnum):
    """Why an engineer is away (D10 cover)."""

    VACATION = "vacation"
    SICK = "sick"
    TRAINING = "training"
    OTHER = "other"


class EngineerRole(StrEnum):
    """An engineer's part in a visit."""

    LEAD = "lead"
    ASSIST = "assist"


class EInvoiceFormat(StrEnum):
    """How a client wants its invoices delivered besides print."""

    PDF = "pdf"  # a plain PDF
    FACTUR_X = "factur_x"  # a PDF/A-3 with the structured invoice embedded (Factur-X/ZUGFeRD)
    UBL = "ubl"  # the PDF and a Peppol BIS Billing 3.0 UBL file
