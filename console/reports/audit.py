"""The yearly IT audit a service manager hands to a client's IT manager (V3).

A cover page; an executive summary of the year against the one before; the trend quarter by
quarter; the risks and recommendations kept in the review notes, open ones first; the
infrastructure covered (sites and contracts in force); the incidents that came back.
The figures are the quarterly review's, so an audit and the year's reviews agree.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Table
from sqlalchemy.orm import Session

from console.model import Client
from console.reports.document import Page, Styles, bold, build_pdf, gap, grid, keep, para, styles
from console.reports.formatting import Formats, formats_for, paper_for
from console.reports.issuer import Issuer, issuer_of
from console.reports.review import CURRENT, HOURS, ReviewWords, bar_chart
from console.rules.review import attainment, change
from console.services.review import KeyFigures
from console.services.yearly_audit import AUDIT_NOTE_KINDS, Audit, yearly_audit
from console.wording.audit_labels import audit_label_for

Row = list[Flowable | str]


class _AuditWords(ReviewWords):
    """The review's formatting, with the audit's labels."""

    def __init__(self, f: Formats) -> None:
        super().__init__(f)
        self.t = audit_label_for(f.language)


def overall(k: KeyFigures) -> Decimal | None:
    """The share of all decided SLA clocks met in a period, every target together."""
    met = sum(m for m, _x in k.sla.values())
    missed = sum(x for _m, x in k.sla.values())
    return attainment(met, missed)


def _so_far(a: Audit, words: _AuditWords, s: Styles, now: datetime) -> list[Flowable]:
    """A line saying the year is not over, when it is not (its last quarter looks low)."""
    today = now.astimezone(words.f.zone).date()
    if today >= a.end:
        return []
    return [para(words.t("year_to_date").format(day=words.f.day(today)), s.muted)]


def _cover(
    a: Audit, words: _AuditWords, s: Styles, issuer: Issuer, now: datetime
) -> list[Flowable]:
    t, f = words.t, words.f
    rows: list[Row] = [
        [t("client"), bold(a.client, s.cell_bold)],
        [t("year"), f"{a.year}  ({words.period(a.start, a.end)})"],
        [t("prepared_by"), issuer.name],
        ["", issuer.address_for(f.language, a.country).replace("\n", ", ")],
        [t("issued_on"), f.day(now)],
    ]
    contents = [
        t("executive_summary"),
        t("quarterly_trend"),
        t("risks_recommendations"),
        t("infrastructure"),
        t("recurring_year"),
    ]
    return [
        gap(40),
        bold(t("audit"), s.title),
        para(f"{a.client} · {a.year}", s.heading),
        gap(6),
        grid(rows, [45 * mm, 110 * mm], header=False, zebra=False, muted_first=True),
        gap(2),
        *_so_far(a, words, s, now),
        gap(12),
        bold(t("contents"), s.heading),
        *(para(f"{i}. {title}", s.body) for i, title in enumerate(contents, 1)),
        PageBreak(),
    ]


def _figure_rows(a: Audit, words: _AuditWords) -> list[Row]:
    """The year against the previous one: tickets, SLA, times, visits, hours, invoiced."""
    t, w = words.t, words.w
    now, before = a.current, a.previous

    def count(label: str, x: Decimal | int, y: Decimal | int, places: int = 0) -> Row:
        unit = HOURS if places else ""
        return [
            label,
            words.amount(x, places, unit),
            words.amount(y, places, unit),
            words.difference(x, y, places, unit),
        ]

    rows: list[Row] = [[t("figure"), str(a.year), str(a.year - 1), t("change")]]
    rows.append(count(t("tickets"), now.tickets, before.tickets))
    for category, n in now.by_category.items():
        rows.append(count("   " + w(category), n, before.by_category.get(category, 0)))
    kinds = sorted(
        k
        for k in set(now.sla) | set(before.sla)
        if sum(now.sla.get(k, (0, 0))) + sum(before.sla.get(k, (0, 0)))
    )
    for kind in kinds:
        share = attainment(*now.sla.get(kind, (0, 0)))
        earlier = attainment(*before.sla.get(kind, (0, 0)))
        rows.append(
            [
                t("attainment_of").format(kind=w(kind)),
                words.share(share),
                words.share(earlier),
                words.points(share, earlier),
            ]
        )
    for label, x, y in (
        (t("reaction_median"), now.reaction_median, before.reaction_median),
        (t("resolution_median"), now.resolution_median, before.resolution_median),
    ):
        delta = "—" if x is None or y is None else words.delta(x, y, 1, HOURS)
        rows.append([label, words.hours(x, 1), words.hours(y, 1), delta])
    x, y = now.reaction_working_mean, before.reaction_working_mean  # T6
    rows.append([t("reaction_working"), words.minutes(x), words.minutes(y),
                 words.minutes_delta(x, y)])  # fmt: skip
    rows.append(count(t("arrivals"), now.arrivals, before.arrivals))
    rows.append(count(t("hours_worked"), now.hours, before.hours, 2))
    for currency in sorted(set(now.invoiced) | set(before.invoiced)):
        net = now.invoiced.get(currency, Decimal(0))
        net_before = before.invoiced.get(currency, Decimal(0))
        c = change(net, net_before)
        sign = "+" if c.delta > 0 else "\u2212" if c.delta < 0 else ""
        rows.append(
            [
                f"{t('invoiced')} ({currency})",
                words.money(net, currency),
                words.money(net_before, currency),
                sign + words.money(abs(c.delta), currency),
            ]
        )
    return rows


def _summary(
    a: Audit, words: _AuditWords, s: Styles, width: float, now: datetime
) -> list[Flowable]:
    t = words.t
    open_ = [n for n in a.notes if n.carried]
    lines = [
        t("sla_overall").format(
            share=words.share(overall(a.current)),
            target=words.share(a.current.attainment_target),
            before=words.share(overall(a.previous)),
        ),
        t("open_notes").format(
            risks=sum(n.kind == "risk" for n in open_),
            advice=sum(n.kind == "recommendation" for n in open_),
        ),
        t("recurring_count").format(n=len(a.recurring)),
    ]
    return [
        bold(f"1. {t('executive_summary')}", s.title),
        para(f"{a.client} · {words.period(a.start, a.end)}", s.muted),
        *_so_far(a, words, s, now),
        gap(2),
        bold(t("highlights"), s.heading),
        *(para(f"•  {line}", s.body) for line in lines),
        gap(2),
        bold(t("year_figures"), s.heading),
        grid(
            _figure_rows(a, words),
            [width * 0.38, width * 0.19, width * 0.19, width * 0.24],
            align_right=(1, 2, 3),
        ),
    ]


def _trend(a: Audit, words: _AuditWords, s: Styles, width: float, now: datetime) -> list[Flowable]:
    t, f = words.t, words.f
    today = now.astimezone(f.zone).date()
    names = [t("quarter_n").format(n=i) for i in range(1, len(a.quarters) + 1)]
    half = width / 2
    tickets = bar_chart(
        t("tickets"), names, [[float(q.tickets) for q in a.quarters]], [], half, 45 * mm, [CURRENT]
    )
    hours = bar_chart(
        t("hours_worked"),
        names,
        [[float(q.hours) for q in a.quarters]],
        [],
        half,
        45 * mm,
        [CURRENT],
    )
    charts = Table([[tickets, hours]], colWidths=[half, half])
    charts.setStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    promised = a.current.attainment_target
    target = float(promised * 100)
    sla = bar_chart(
        "",
        names,
        [[float(100 * (overall(q) or 0)) for q in a.quarters]],
        [],
        min(width, 60 * mm + 25 * mm * len(names)),
        45 * mm,
        [CURRENT],
        100,
        (target, t("target_line").format(share=words.share(promised))),
    )
    currencies = sorted({c for q in a.quarters for c in q.invoiced})
    rows: list[Row] = [
        [
            t("quarter"),
            t("tickets"),
            t("attainment"),
            t("hours_worked"),
            *(f"{t('invoiced')} ({c})" for c in currencies),
        ]
    ]
    for name, q in zip(names, a.quarters, strict=True):
        rows.append(
            [
                f"{name} · {words.period(q.start, today + timedelta(days=1))} {t('to_date')}"
                if q.start <= today < q.end  # the quarter under way: up to today
                else f"{name} · {words.period(q.start, q.end)}",
                str(q.tickets),
                words.share(overall(q)),
                f.number(q.hours),
                *(words.money(q.invoiced.get(c, Decimal(0)), c) for c in currencies),
            ]
        )
    rows.append(
        [
            bold(str(a.year), s.cell_bold),
            str(a.current.tickets),
            words.share(overall(a.current)),
            f.number(a.current.hours),
            *(words.money(a.current.invoiced.get(c, Decimal(0)), c) for c in currencies),
        ]
    )
    n = len(rows[0])
    first = 0.34 if n > 4 else 0.4
    widths = [width * first] + [width * (1 - first) / (n - 1)] * (n - 1)
    return [
        PageBreak(),
        bold(f"2. {t('quarterly_trend')}", s.title),
        gap(2),
        charts,
        keep(para(t("sla_per_quarter"), s.heading), sla),
        gap(2),
        grid(rows, widths, align_right=tuple(range(1, n))),
    ]


def _notes(a: Audit, words: _AuditWords, s: Styles, width: float) -> list[Flowable]:
    t, f = words.t, words.f
    heads = {"risk": t("audit_risks"), "recommendation": t("audit_recommendations")}
    out: list[Flowable] = [
        PageBreak(),
        bold(f"3. {t('risks_recommendations')}", s.title),
        para(t("notes_intro"), s.muted),
    ]
    for kind in AUDIT_NOTE_KINDS:
        mine = [n for n in a.notes if n.kind == kind]
        rows: list[Row] = [[t("description"), t("raised"), t("status"), t("closed_on")]]
        rows += [
            [
                n.text,
                f.day(n.raised_on),
                t(f"status_{n.status}"),
                f.day(n.closed_on) if n.closed_on else "",
            ]
            for n in mine
        ]
        if not mine:
            rows.append([t("none_this_year"), "", "", ""])
        widths = [width * 0.58, width * 0.14, width * 0.14, width * 0.14]
        out += [gap(2), keep(bold(heads[kind], s.heading), grid(rows, widths))]
    return out


def _infrastructure(a: Audit, words: _AuditWords, s: Styles, width: float) -> list[Flowable]:
    t, w, f = words.t, words.w, words.f
    sites: list[Row] = [[t("site"), t("address"), t("tickets_in_year")]]
    sites += [
        [
            site.name + ("" if site.active else f" ({t('inactive')})"),
            site.address,
            str(site.tickets),
        ]
        for site in a.sites
    ]
    if not a.sites:
        sites.append([t("no_sites"), "", ""])
    contracts: list[Row] = [[t("contract"), t("kind"), t("valid_from"), t("valid_until")]]
    contracts += [
        [
            c.name,
            w(c.kind),
            f.day(c.valid_from),
            f.day(c.valid_until) if c.valid_until else t("open_ended"),
        ]
        for c in a.contracts
    ]
    if not a.contracts:
        contracts.append([t("no_contracts"), "", "", ""])
    knowledge: list[Row] = [[t("article"), t("site"), t("topic"), t("last_changed"),
                             t("revisions")]]  # fmt: skip
    knowledge += [
        [k.title, k.site or t("whole_client"), t(f"topic_{k.topic}"), f.day(k.changed),
         str(k.revisions)]
        for k in a.knowledge
    ]  # fmt: skip
    if not a.knowledge:
        knowledge.append([t("no_articles"), "", "", "", ""])
    return [
        gap(4),
        bold(f"4. {t('infrastructure')}", s.title),
        keep(
            bold(t("sites"), s.heading),
            grid(sites, [width * 0.3, width * 0.52, width * 0.18], align_right=(2,)),
        ),
        gap(2),
        keep(
            bold(t("contracts_in_force"), s.heading),
            grid(contracts, [width * 0.4, width * 0.24, width * 0.18, width * 0.18]),
        ),
        gap(2),
        keep(
            bold(t("knowledge_base"), s.heading),
            grid(knowledge, [width * w for w in (0.34, 0.2, 0.18, 0.16, 0.12)], align_right=(4,)),
        ),
    ]


def _recurring(a: Audit, words: _AuditWords, s: Styles, width: float) -> list[Flowable]:
    t, f = words.t, words.f
    rows: list[Row] = [[t("description"), t("found_cause"), t("times"), t("hours")]]
    rows += [[title, a.causes.get(title, "—"), str(n), f.number(h)] for title, n, h in a.recurring]
    if not a.recurring:
        rows.append([t("no_recurring"), "", "", ""])
    return [
        gap(4),
        keep(
            bold(f"5. {t('recurring_year')}", s.title),
            grid(rows, [width * w for w in (0.32, 0.46, 0.1, 0.12)], align_right=(2, 3)),
        ),
    ]


def audit_story(
    a: Audit, f: Formats, s: Styles, width: float, issuer: Issuer, now: datetime
) -> list[Flowable]:
    """The audit's pages: cover, summary, quarterly trend, risks and advice, infrastructure,
    recurring incidents."""
    words = _AuditWords(f)
    return [
        *_cover(a, words, s, issuer, now),
        *_summary(a, words, s, width, now),
        *_trend(a, words, s, width, now),
        *_notes(a, words, s, width),
        *_infrastructure(a, words, s, width),
        *_recurring(a, words, s, width),
    ]


def audit_pdf(
    session: Session,
    client_id: uuid.UUID,
    year: int,
    now: datetime,
    issuer: Issuer | None = None,
) -> bytes:
    """Render a client's yearly IT audit for a calendar year."""
    issuer = issuer or issuer_of(session)
    a = yearly_audit(session, client_id, year, now)
    client = session.get_one(Client, client_id)
    f = formats_for(client.locale, client.time_zone)
    words = _AuditWords(f)
    pagesize = paper_for(client.country)
    story = audit_story(a, f, styles(), pagesize[0] - 32 * mm, issuer, now)
    page = Page(words.t("audit"), f"{a.client} · {a.year}", issuer.name, words.t("page"))
    return build_pdf(story, page, pagesize, subject=words.t("audit"))
