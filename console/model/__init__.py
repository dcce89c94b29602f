"""The domain model: every entity the rules, sync, documents and window need."""

from . import mail as mail  # the e-mail channel's tables, used as console.model.mail
from . import monitoring as monitoring  # alerts from monitoring, as console.model.monitoring
from .audit import AuditEntry
from .base import Base, Entity, utcnow
from .calendar import Closure
from .client import Client, Contact, Site
from .clock_memo import clock_memo
from .contract import Contract, SlaTarget
from .credit import CreditEntry
from .evidence import Attachment, Note
from .invoice import Invoice, InvoiceLine, NumberSequence
from .kickoff import Kickoff
from .knowledge import KnowledgeArticle, KnowledgeRevision
from .payment import Payment
from .people import Engineer, Leave, User
from .provider import ProviderProfile
from .queue_journal import queue_journal
from .review_notes import ReviewNote
from .sync_bookkeeping import LOCAL_TABLES, conflicts, outbox, refetch, sync_state
from .ticket import Assessment, Ticket, TicketStatusChange
from .time_entry import TimeEntry
from .visit import ChecklistItem, Visit, VisitEngineer, VisitOverride, VisitStatusChange

__all__ = [
    "LOCAL_TABLES",
    "Assessment",
    "Attachment",
    "AuditEntry",
    "Base",
    "ChecklistItem",
    "Client",
    "Closure",
    "Contact",
    "Contract",
    "CreditEntry",
    "Engineer",
    "Entity",
    "Invoice",
    "InvoiceLine",
    "Kickoff",
    "KnowledgeArticle",
    "KnowledgeRevision",
    "Leave",
    "Note",
    "NumberSequence",
    "Payment",
    "ProviderProfile",
    "ReviewNote",
    "Site",
    "SlaTarget",
    "Ticket",
    "TicketStatusChange",
    "TimeEntry",
    "User",
    "Visit",
    "VisitEngineer",
    "VisitOverride",
    "VisitStatusChange",
    "clock_memo",
    "conflicts",
    "outbox",
    "queue_journal",
    "refetch",
    "sync_state",
    "utcnow",
]
