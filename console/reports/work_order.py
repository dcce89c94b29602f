"""Work orders an engineer can work from with no screen (D1, D3, D4, D7, D10, E7).

One visit per work order; a day sheet puts one engineer's (or the whole desk's) day in one
PDF: a list of the day's visits, then every work order.
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, PageBreak, Table, TableStyle
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from console.enums import ChecklistKind, ChecklistState, ContactRole, VisitStatus
from console.errors import UserError
from console.model import Client, Contact, Engineer, Site, Ticket, Visit, VisitEngineer
from console.reports.document import (
    Box,
    CheckLine,
    Page,
    QrCode,
    Styles,
    bold,
    build_pdf,
    fields_table,
    gap,
    grid,
    keep,
    para,
    styles,
)
from console.reports.formatting import Formats, formats_for, paper_for
from console.reports.issuer import PLACEHOLDER, Issuer, issuer_of
from console.rules.dispatch import reserved_window
from console.wording.addresses import postal_lines, shown_phone
from console.wording.labels import label_for
from console.wording.phrases import Phrase, phrase
from console.wording.vocabulary import words_for


@dataclass(frozen=True)
class Person:
    """A contact or engineer as printed."""

    name: str
    phone: str
    role: str  # a ContactRole or EngineerRole value, printed in the client's language
    skill: str = ""
    languages: tuple[str, ...] = ()


@dataclass(frozen=True)
class Check:
    """An item to bring or a paper due before the visit, with its status."""

    label: str
    kind: ChecklistKind
    state: ChecklistState


@dataclass(frozen=True)
class WorkOrder:
    """Everything printed on one visit's work order, as plain data."""

    reference: str
    status: VisitStatus
    ticket_reference: str
    ticket_title: str
    client: str
    country: str
    locale: str
    site_zone: str
    site_name: str
    address: str
    floor: str
    entry: str
    map_url: str
    contacts: tuple[Person, ...]
    start: datetime
    end: datetime
    reserved_hours: Decimal
    grace_minutes: int
    skill_level: str
    languages: tuple[str, ...]
    engineers: tuple[Person, ...]
    onsite_assistance: bool
    work_description: str
    target_hardware: str
    work_sequence: str
    confirm_before: str
    confirm_after: str
    documents_needed: str
    checklist: tuple[Check, ...]
    nda_on_file: bool
    nda_date: date | None
    urgency_class: int
    issuer: Issuer = PLACEHOLDER
    """Who issues it: the store's company profile."""
    leave_approved_by: str | None = None
    """Who at the client agreed that the engineer may leave (D7); None: not yet."""
    leave_approved_at: datetime | None = None
    leave_signature: bytes | None = None
    """Their signature, a PNG picture, when one was taken."""


def load_work_orders(session: Session, visit_ids: Sequence[uuid.UUID]) -> list[WorkOrder]:
    """The work orders of these visits, in the order given; an unknown id is an error."""
    stmt = (
        select(Visit)
        .where(Visit.id.in_(visit_ids))
        .options(
            selectinload(Visit.engineers).selectinload(VisitEngineer.engineer),
            selectinload(Visit.checklist),
        )
    )
    found = {v.id: v for v in session.scalars(stmt)}
    missing = [str(i) for i in visit_ids if i not in found]
    if missing:
        raise UserError(phrase("visit {visit} does not exist", visit=missing[0]))
    # One query per kind of row, held here, so each session.get_one below finds its row in
    # the session instead of asking the database once per visit (a day sheet has 200).
    visits = list(found.values())
    tickets = _rows(session, Ticket, {v.ticket_id for v in visits})
    held = [
        tickets,
        _rows(session, Client, {t.client_id for t in tickets}),
        _rows(session, Site, {v.site_id for v in visits}),
        _rows(session, Contact, {c for v in visits
                                 for c in (v.local_contact_id, v.ordering_engineer_id) if c}),
    ]  # fmt: skip
    issuer = issuer_of(session)
    orders = [_work_order(session, found[i], issuer) for i in visit_ids]
    del held
    return orders


def _rows(session: Session, kind: type[Any], ids: set[uuid.UUID]) -> list[Any]:
    return list(session.scalars(select(kind).where(kind.id.in_(ids)))) if ids else []


def _work_order(session: Session, v: Visit, issuer: Issuer) -> WorkOrder:
    ticket = session.get_one(Ticket, v.ticket_id)
    client = session.get_one(Client, ticket.client_id)
    site = session.get_one(Site, v.site_id)
    contacts: list[Person] = []
    for contact_id, role in ((v.local_contact_id, ContactRole.LOCAL_CONTACT),
                             (v.ordering_engineer_id, ContactRole.ORDERING_ENGINEER)):  # fmt: skip
        if contact_id is not None:
            c = session.get_one(Contact, contact_id)
            spoken = (c.language,) if c.language else ()
            phone = shown_phone(c.phone, site.country)
            contacts.append(Person(c.name, phone, role.value, languages=spoken))
    engineers = tuple(
        Person(
            ve.engineer.name,
            shown_phone(ve.engineer.phone),
            ve.role.value,
            ve.engineer.skill_level.value,
            tuple(ve.engineer.languages),
        )
        for ve in sorted(v.engineers, key=lambda ve: (ve.role.value != "lead", ve.engineer.name))
    )
    hours, grace, end = reserved_window(v.planned_start, v.reserved_hours, v.grace_minutes)
    language = (client.locale or "en").split("_")[0]
    address = "\n".join(
        postal_lines(site.street, site.postal_code, site.city, site.country, language)
    )
    return WorkOrder(
        reference=v.reference, status=VisitStatus(v.status), ticket_reference=ticket.reference,
        ticket_title=ticket.title, client=client.name, country=client.country,
        locale=client.locale, site_zone=site.time_zone, site_name=site.name, address=address,
        floor=site.floor or "", entry=site.entry_instructions or "", map_url=site.map_url or "",
        contacts=tuple(contacts), start=v.planned_start, end=end, reserved_hours=hours,
        grace_minutes=grace, skill_level=v.skill_level.value, languages=tuple(v.languages),
        engineers=engineers, onsite_assistance=v.onsite_assistance,
        work_description=v.work_description, target_hardware=v.target_hardware,
        work_sequence=v.work_sequence, confirm_before=v.confirm_before,
        confirm_after=v.confirm_after, documents_needed=v.documents_needed,
        checklist=tuple(Check(i.label, ChecklistKind(i.kind), ChecklistState(i.state))
                        for i in v.checklist),
        nda_on_file=client.nda_on_file, nda_date=client.nda_date, urgency_class=v.urgency_class,
        issuer=issuer, leave_approved_by=v.leave_approved_by_name,
        leave_approved_at=v.leave_approved_at,
        leave_signature=v.leave_signature if v.leave_approved_by_name else None,
    )  # fmt: skip


def _codes(wo: WorkOrder) -> Table:
    barcode = Code128(wo.reference, barHeight=11 * mm, barWidth=0.32 * mm, humanReadable=True)
    cells: list[Flowable] = [barcode]
    if wo.map_url:
        cells.append(QrCode(wo.map_url, 24 * mm))
    table = Table([cells], colWidths=[70 * mm, 26 * mm][: len(cells)])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("ALIGN", (1, 0), (1, 0), "RIGHT")]))  # fmt: skip
    return table


def work_order_story(wo: WorkOrder, s: Styles, width: float) -> list[Flowable]:
    """The flowables of one work order."""
    f = formats_for(wo.locale, wo.site_zone)
    t = label_for(f.language)
    w = words_for(f.language)
    yes_no = {True: t("yes"), False: t("no")}
    head = Table(
        [[[bold(f"{t('work_order')} {wo.reference}", s.title),
           para(f"{t('ticket')} {wo.ticket_reference}: {wo.ticket_title}", s.body),
           para(f"{t('status')}: {w(wo.status)} · {t('urgency')} "
                f"{t('urgency_of').format(n=wo.urgency_class)}",
                s.muted)],
          _codes(wo)]],
        colWidths=[width - 98 * mm, 98 * mm],
    )  # fmt: skip
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0)]))  # fmt: skip
    same_day = f.local(wo.start).date() == f.local(wo.end).date()
    window = f"{f.instant(wo.start)} – {f.clock(wo.end) if same_day else f.instant(wo.end)}"
    story: list[Flowable] = [head, gap(2)]
    story.append(
        fields_table(
            [
                (t("client"), wo.client),
                (t("site"), wo.site_name),
                (t("address"), wo.address),
                (t("floor"), wo.floor or "—"),
                (t("entry"), wo.entry or "—"),
                (t("map"), wo.map_url or "—"),
                (t("planned"), f"{window} ({wo.site_zone})"),
                (t("reserved"), f"{f.hours(wo.reserved_hours, 1)} + {f.minutes(wo.grace_minutes)} "
                                f"{t('grace')}. {t('reserved_note')}"),
            ],
            s, width,
        )
    )  # fmt: skip
    story.append(keep(para(t("contacts"), s.heading), _people(wo.contacts, w, s, width)))
    story.append(
        keep(
            para(t("engineers"), s.heading),
            _people(wo.engineers, w, s, width),
            gap(1),
            fields_table(
                [
                    (t("skill"), w(wo.skill_level)),
                    (t("languages"), ", ".join(wo.languages) or "—"),
                    (t("assistance"), yes_no[wo.onsite_assistance]),
                ],
                s, width,
            ),
        )
    )  # fmt: skip
    work = [
        (t("work"), wo.work_description),
        (t("hardware"), wo.target_hardware),
        (t("sequence"), wo.work_sequence),
        (t("confirm_before"), wo.confirm_before),
        (t("confirm_after"), wo.confirm_after),
        (t("documents"), wo.documents_needed),
    ]
    story.append(keep(para(t("work"), s.heading),
                      fields_table([(k, v or "—") for k, v in work], s, width)))  # fmt: skip
    for kind, key in ((ChecklistKind.ITEM, "bring"), (ChecklistKind.PAPERWORK, "paperwork")):
        lines = [c for c in wo.checklist if c.kind is kind]
        block: list[Flowable] = [para(t(key), s.heading)]
        for c in lines:
            state = w(c.state)
            block.append(CheckLine(c.label, c.state is ChecklistState.DONE, state, s.cell, width))
        if not lines:
            block.append(para(t("none"), s.muted))
        story.append(keep(*block))
    if wo.nda_on_file:
        nda = f"{t('nda_on_file')}" + (f" ({f.day(wo.nda_date)})" if wo.nda_date else "")
    else:
        nda = t("nda_default")
    story.append(keep(para(t("nda"), s.heading),
                      CheckLine(nda, wo.nda_on_file, "", s.cell, width)))  # fmt: skip
    half = (width - 4 * mm) / 2
    boxes = Table(
        [
            [Box(t("arrival"), half, 12 * mm), Box(t("departure"), half, 12 * mm)],
            [Box(t("work_done"), width, 30 * mm), ""],
            [Box(t("materials"), width, 16 * mm), ""],
            [Box(t("client_name"), half, 12 * mm), Box(t("client_signature"), half, 12 * mm)],
            [Box(t("engineer_signature"), half, 12 * mm), ""],
        ],
        colWidths=[half + 4 * mm, half],
    )
    boxes.setStyle(TableStyle([("SPAN", (0, 1), (1, 1)), ("SPAN", (0, 2), (1, 2)),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))  # fmt: skip
    story += [gap(2), keep(para(t("sign_off"), s.heading), boxes)]
    story += [gap(2), _may_leave(wo, f, t, s, width)]
    return story


def _may_leave(
    wo: WorkOrder, f: Formats, t: Callable[[str], str], s: Styles, width: float
) -> Flowable:
    """The client's approval that the engineer may leave: as recorded, or lines to sign."""
    half = (width - 4 * mm) / 2
    block: list[Flowable] = [para(t("may_leave"), s.heading), para(t("may_leave_note"), s.muted)]
    if wo.leave_approved_by and wo.leave_approved_at is not None:
        when = f"{f.instant(wo.leave_approved_at)} ({wo.site_zone})"
        block.append(fields_table([(t("approved_by"), wo.leave_approved_by),
                                   (t("approved_at"), when)], s, width))  # fmt: skip
        if wo.leave_signature:
            block += [gap(1), para(t("client_signature"), s.small),
                      _signature(wo.leave_signature, half)]  # fmt: skip
        return keep(*block)
    lines = Table(
        [[Box(t("approved_by"), half, 12 * mm), Box(t("approved_at"), half, 12 * mm)],
         [Box(t("client_signature"), half, 12 * mm), ""]],
        colWidths=[half + 4 * mm, half],
    )  # fmt: skip
    lines.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))  # fmt: skip
    block.append(lines)
    return keep(*block)


def _signature(data: bytes, width: float) -> Flowable:
    """A stored signature picture, at most ``width`` wide and 20 mm high."""
    image = Image(io.BytesIO(data))
    scale = min(1.0, width / image.imageWidth, (20 * mm) / image.imageHeight)
    image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
    image.hAlign = "LEFT"
    return image


def _people(
    people: Sequence[Person], w: Callable[[object], str], s: Styles, width: float
) -> Flowable:
    if not people:
        return para("—", s.muted)
    rows = [[bold(p.name, s.cell), p.phone or "—",
             ", ".join([w(p.role), *([w(p.skill)] if p.skill else []), *p.languages])]
            for p in people]  # fmt: skip
    return grid(rows, [width * 0.35, width * 0.25, width * 0.40], header=False, zebra=False)


def render_work_orders(
    orders: Sequence[WorkOrder], cover: list[Flowable] | None = None,
    title: str = "", issuer: Issuer | None = None,
) -> bytes:  # fmt: skip
    """One PDF with each work order starting on a new page (paper of the first client).

    The issuer is the one the work orders were loaded with, unless one is given.
    """
    if not orders:
        raise UserError(phrase("there are no visits to print"))
    issuer = issuer or orders[0].issuer
    s = styles()
    pagesize = paper_for(orders[0].country)
    width = pagesize[0] - 32 * mm
    story: list[Flowable] = list(cover or [])
    for i, wo in enumerate(orders):
        if i or cover:
            story.append(PageBreak())
        story += work_order_story(wo, s, width)
    first = Formats(orders[0].locale, orders[0].site_zone)
    t = label_for(first.language)
    reference = orders[0].reference if len(orders) == 1 else f"{len(orders)} × {t('work_order')}"
    page = Page(title or t("work_order"), reference, issuer.name, t("page"))
    return build_pdf(story, page, pagesize, subject=f"{t('work_order')} {reference}")


def day_visit_ids(
    session: Session, day: date, zone: str, engineer_id: uuid.UUID | None = None
) -> list[uuid.UUID]:
    """The visits planned on a local day (one engineer's, or the desk's), by start time."""
    tz = ZoneInfo(zone)
    start = datetime.combine(day, time(0), tz)
    end = datetime.combine(day + timedelta(days=1), time(0), tz)
    stmt = (
        select(Visit.id)
        .where(Visit.planned_start >= start, Visit.planned_start < end)
        .where(Visit.status != VisitStatus.CANCELLED)
        .order_by(Visit.planned_start, Visit.reference)
    )
    if engineer_id is not None:
        stmt = stmt.where(
            Visit.id.in_(
                select(VisitEngineer.visit_id).where(VisitEngineer.engineer_id == engineer_id)
            )
        )
    return list(session.scalars(stmt))


def render_day_sheet(
    session: Session, day: date, zone: str, engineer_id: uuid.UUID | None = None,
    issuer: Issuer | None = None,
) -> bytes:  # fmt: skip
    """One engineer's day, or the whole desk's, as one PDF: the list, then each work order."""
    ids = day_visit_ids(session, day, zone, engineer_id)
    who: Phrase | str = phrase("the desk")
    if engineer_id is not None:
        engineer = session.get(Engineer, engineer_id)
        if engineer is None:
            raise UserError(
                phrase("engineer {engineer_id} does not exist", engineer_id=engineer_id)
            )
        who = engineer.name
    if not ids:
        raise UserError(phrase("no visits planned on {day} for {who}", day=day, who=who))
    orders = load_work_orders(session, ids)
    s = styles()
    f = Formats("en_GB", zone)
    t = label_for("en")
    rows: list[list[Flowable | str]] = [
        ["Start", "End", t("work_order"), t("client"), t("site"), t("engineers")]
    ]  # fmt: skip
    for wo in orders:
        rows.append([
            f.clock(wo.start), f.clock(wo.end),
            wo.reference, wo.client, wo.site_name,
            ", ".join(p.name for p in wo.engineers) or "unassigned",
        ])  # fmt: skip
    width = paper_for(orders[0].country)[0] - 32 * mm
    cover: list[Flowable] = [
        bold(f"{t('day_sheet')}: {who}, {f.day(datetime.combine(day, time(12), f.zone))}", s.title),
        para(f"{len(orders)} visits; times in {zone}.", s.muted),
        gap(2),
        grid(rows, [w * width for w in (0.09, 0.09, 0.17, 0.25, 0.2, 0.2)]),
    ]
    return render_work_orders(orders, cover, title=t("day_sheet"), issuer=issuer)
