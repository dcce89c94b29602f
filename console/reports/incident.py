"""The technical incident report issued at partial or final close (E1, E6).

Facts come from the ticket pane's data (history, notes, time, SLA clocks with their
explanation) and the E1 assessment; nothing is re-computed here.
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image
from sqlalchemy import select
from sqlalchemy.orm import Session

from console.enums import ContractKind, NoteKind, TicketStatus
from console.errors import UserError
from console.model import Assessment, Attachment, Client, Ticket
from console.reports.document import (
    Box,
    Page,
    bold,
    build_pdf,
    fields_table,
    gap,
    grid,
    keep,
    para,
    setting_for,
)
from console.reports.formatting import Formats
from console.reports.issuer import Issuer, issuer_of
from console.rules.billing import guarantee_hours
from console.rules.rating import hours_between
from console.rules.workflow import Actor
from console.services.emergency import guarantee_terms
from console.services.ticket_detail import ticket_detail
from console.wording.phrases import in_language, phrase

SHOWN_TO_CLIENT = {NoteKind.CLIENT.value, NoteKind.EVIDENCE.value}


class Stage(StrEnum):
    """E6: a report is issued when service is restored (partial) or at the final close."""

    PARTIAL = "partial"
    FINAL = "final"


def incident_report_pdf(
    session: Session, ticket_id: uuid.UUID, stage: Stage, now: datetime,
    issuer: Issuer | None = None,
) -> bytes:  # fmt: skip
    """Render the report; refused before service is restored (partial) or closed (final)."""
    issuer = issuer or issuer_of(session)
    ticket = session.get(Ticket, ticket_id)
    if ticket is None:
        raise UserError(phrase("ticket {ticket_id} does not exist", ticket_id=ticket_id))
    if stage is Stage.FINAL and ticket.status != TicketStatus.CLOSED:
        raise UserError(
            phrase(
                "ticket {reference} is not closed: issue a partial report",
                reference=ticket.reference,
            )
        )
    if stage is Stage.PARTIAL and ticket.restored_at is None and ticket.resolved_at is None:
        raise UserError(
            phrase(
                "ticket {reference}: service is not restored yet, so there is nothing to report "
                "at partial close",
                reference=ticket.reference,
            )
        )
    d = ticket_detail(session, ticket_id, now, Actor.DISPATCHER)
    client = session.get_one(Client, ticket.client_id)
    doc = setting_for(client.locale, client.time_zone, client.country)
    f, t, s, pagesize, width = doc.f, doc.t, doc.s, doc.pagesize, doc.width
    w = doc.word
    story: list[Flowable] = [
        bold(t("incident_report"), s.title),
        para(f"{d.reference} — {d.title}", s.body),
        para(f"{t('issued_for')}: {t(stage.value)} · {f.instant(now)} ({client.time_zone})",
             s.muted),
        gap(2),
        para(t("summary"), s.heading),
        fields_table(
            [(t("client"), d.client), (t("site"), d.site or "—"),
             (t("category"), w(d.category)),
             (t("priority"), w(d.priority)), (t("contract"), str(d.contract)),
             (t("status"), w(d.status)),
             (t("description"), d.description or "—")],
            s, width,
        ),
    ]  # fmt: skip
    assessment = session.scalar(select(Assessment).where(Assessment.ticket_id == ticket.id))
    if assessment is not None:
        yes_no = {True: t("yes"), False: t("no")}
        story.append(keep(
            para(t("assessment"), s.heading),
            fields_table(
                [(t("can_fix"), yes_no[assessment.can_fix]), (t("risk"), w(assessment.risk)),
                 (t("uncertainty"), assessment.uncertainty or "—"),
                 (t("restore_estimate"), f.span(assessment.restore_estimate_minutes)),
                 (t("fix_estimate"), f.span(assessment.fix_estimate_minutes)),
                 *_guarantee(session, ticket, assessment, t, f),
                 *([(t("nda"), t("nda_default"))] if assessment.nda_accepted_default else []),
                 (t("assessed_at"), f.instant(assessment.answered_at))],
                s, width,
            ),
        ))  # fmt: skip
    rows: list[list[Flowable | str]] = [[t("date"), t("status"), t("description")]]
    for at, before, after, why in d.history:
        move = f"{w(before) if before else '—'} → {w(after)}"
        rows.append([f.instant(at), move, in_language(why, f.language)])
    story += [para(t("timeline"), s.heading),
              grid(rows, [w * width for w in (0.22, 0.33, 0.45)])]  # fmt: skip
    sla: list[list[Flowable | str]] = [[t("target"), t("due"), t("used"), t("result")]]
    explained: list[Flowable] = []
    for kind, clock in d.clocks.items():
        used = int(clock.used.total_seconds() // 60)
        name = w(kind)
        sla.append([name, f.instant(clock.due_at),
                    f.span(used),
                    bold(w(clock.state), s.cell)])  # fmt: skip
        for seg in clock.segments:
            explained.append(
                para(f"{name}: {f.instant(seg.start)} – "
                     f"{f.instant(seg.end)} {w(seg.kind)}, {doc.causes(seg.causes)}", s.small)
            )  # fmt: skip
    story += [para(t("sla_results"), s.heading),
              grid(sla, [w * width for w in (0.25, 0.3, 0.2, 0.25)])]  # fmt: skip
    if explained:
        story += [gap(1), para(t("explained"), s.muted), *explained]
    story.append(para(t("actions"), s.heading))
    shown = [(at, note_kind, body) for at, note_kind, body in d.notes
             if note_kind in SHOWN_TO_CLIENT]  # fmt: skip
    for at, note_kind, body in shown:
        story.append(para(f"{f.instant(at)} · {w(note_kind)}", s.muted))
        story.append(para(body, s.body))
    if not shown:
        story.append(para(t("none"), s.muted))
    for name, data in session.execute(
        select(Attachment.filename, Attachment.data)
        .where(Attachment.ticket_id == ticket.id, Attachment.media_type.like("image/%"))
        .order_by(Attachment.filename)
    ):
        image = Image(io.BytesIO(data))
        scale = min(1.0, (width * 0.6) / image.imageWidth, (70 * mm) / image.imageHeight)
        image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
        story += [gap(1), image, para(name, s.small)]
    by_phase: dict[str, Decimal] = {}
    for line in d.time:
        hours = hours_between(line.started_at, line.ended_at)
        by_phase[line.phase] = by_phase.get(line.phase, Decimal(0)) + hours
    phases: list[list[Flowable | str]] = [[t("phase"), t("hours")]]
    phases += [[w(p), f.number(h)] for p, h in sorted(by_phase.items())]
    story.append(keep(para(t("time_by_phase"), s.heading),
                      grid(phases, [width * 0.3, width * 0.15], align_right=(1,))))  # fmt: skip
    knowledge = [body for _at, k, body in d.notes if k == NoteKind.KNOWLEDGE.value]
    story.append(para(t("cause"), s.heading))
    story += [para(body, s.body) for body in knowledge] or [para(t("none"), s.muted)]
    half = (width - 4 * mm) / 2
    signs = grid([[Box(t("engineer_signature"), half, 16 * mm),
                   Box(t("client_signature"), half, 16 * mm)]],
                 [half + 4 * mm, half], header=False, zebra=False)  # fmt: skip
    story.append(keep(para(t("sign_off"), s.heading), signs))
    page = Page(t("incident_report"), d.reference, issuer.name, t("page"))
    return build_pdf(story, page, pagesize, subject=f"{t('incident_report')}, {t(stage.value)}")


def _guarantee(
    session: Session, ticket: Ticket, assessment: Assessment, t: Callable[[str], str], f: Formats
) -> list[tuple[str, str]]:
    """E2: the guarantee hours an Express emergency pays up front, or their waiver; none
    under another contract, or for a client with a monthly plan, who is not asked for them."""
    contract = ticket.contract
    if contract is None or contract.kind != ContractKind.EXPRESS:
        return []
    terms = guarantee_terms(session, ticket, ticket.client, assessment)
    if terms.has_monthly_plan:
        return []
    hours = guarantee_hours(terms)
    places = 0 if hours == hours.to_integral_value() else 2
    return [(t("guarantee"), t("guarantee_waived") if terms.waived else f.hours(hours, places))]
