"""The quarterly service review a service manager takes to the client (V1, V2).

The first page gives the period's key figures against the targets and against the period
before; then the monthly trend, the details behind the figures, the focus areas, risks
and recommendations the manager keeps, and an agenda for the meeting on site.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable
from datetime import date, datetime, time
from decimal import Decimal

from babel.dates import format_interval, format_skeleton
from babel.numbers import NumberPattern
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Table
from sqlalchemy.orm import Session

from console.enums import CreditUnit, Priority
from console.model import Client
from console.reports.document import (
    Box,
    Page,
    Styles,
    bold,
    build_pdf,
    gap,
    grid,
    keep,
    para,
    styles,
)
from console.reports.fonts import SANS, font_for
from console.reports.formatting import Formats, formats_for, paper_for
from console.reports.issuer import Issuer, issuer_of
from console.rules.review import (
    NOTE_KINDS,
    REACTION_NORM_MINUTES,
    Change,
    Figure,
    add_months,
    attainment,
    change,
    last_day,
)
from console.services.kickoffs import KickoffRow
from console.services.review import (
    BUCKETS,
    CreditUse,
    KeyFigures,
    Review,
    bucket_counts,
    service_review,
)
from console.services.review_notes import ReviewNoteRow
from console.wording.review_labels import review_label_for
from console.wording.vocabulary import words_for

PALETTE = [colors.HexColor(c) for c in ("#1f5fa8", "#5aa0e0", "#e0a13a", "#c8453b", "#6a9a3b")]
PREVIOUS, CURRENT = colors.HexColor("#b9c7d8"), colors.HexColor("#1f5fa8")
TARGET = colors.HexColor("#c8453b")
MINUS = "\u2212"
AGENDA = (
    ("agenda_opening", 5),
    ("agenda_figures", 15),
    ("agenda_incidents", 15),
    ("agenda_focus", 15),
    ("agenda_risks", 15),
    ("agenda_use", 10),
    ("agenda_next", 10),
    ("agenda_any", 5),
)
"""The meeting's items, in order, with the minutes each is given."""


HOURS = "hours"
"""The unit argument that prints a figure in hours, in the language's unit ("2,50 u")."""


def shown(value: Decimal | float | int, places: int) -> Decimal:
    """A figure rounded as the page prints it (the locale's formatting rounds half to even)."""
    return Decimal(str(value)).quantize(Decimal(1).scaleb(-places))


class ReviewWords:
    """The review's formatting in the client's locale: labels, numbers, shares, months."""

    def __init__(self, f: Formats) -> None:
        self.f = f
        self.t = review_label_for(f.language)
        self.w = words_for(f.language)
        self._share: NumberPattern = copy.copy(f.locale.percent_formats[None])
        self._share.frac_prec = (1, 1)

    def share(self, value: Decimal | None) -> str:
        """A share as the locale writes a percentage, one decimal ("94,1 %")."""
        return "—" if value is None else self._share.apply(value, self.f.locale)

    def hours(self, value: Decimal | float | None, places: int = 2) -> str:
        """Hours with the locale's separators."""
        if value is None:
            return "—"
        return self.f.hours(Decimal(str(value)), places)

    def minutes(self, value: float | None) -> str:
        """Minutes as the documents write a span ("12m", "1h 05m", "12分"); a dash when
        unknown."""
        return "—" if value is None else self.f.span(round(value))

    def minutes_delta(self, now: float | None, before: float | None) -> str:
        """The signed change between two figures in whole minutes, as they are printed."""
        if now is None or before is None:
            return "—"
        delta = round(now) - round(before)
        sign = "+" if delta > 0 else MINUS if delta < 0 else ""
        return sign + self.f.span(abs(delta))

    def amount(self, value: Decimal | int, places: int = 0, unit: str = "") -> str:
        """A figure with its unit: HOURS in the language's own unit, else the text given."""
        if unit == HOURS:
            return self.f.hours(value, places)
        return self.f.number(value, places) + unit

    def signed(self, value: Decimal, places: int = 0, unit: str = "") -> str:
        """A change with its sign (a true minus sign)."""
        if value == 0:
            return self.amount(0, 0, unit)
        sign = "+" if value > 0 else MINUS
        return f"{sign}{self.amount(abs(value), places, unit)}"

    def difference(
        self, now: Decimal | float | int, before: Decimal | float | int, places: int = 0,
        unit: str = "",
    ) -> str:  # fmt: skip
        """The change between two figures as they are printed (each rounded first, so the
        change agrees with the two numbers beside it), with its relative size."""
        return self.change(change(shown(now, places), shown(before, places)), places, unit)

    def delta(self, now: float | Decimal, before: float | Decimal, places: int, unit: str) -> str:
        """The signed change between two printed figures, without its relative size."""
        return self.signed(shown(now, places) - shown(before, places), places, unit)

    def change(self, c: Change, places: int = 0, unit: str = "") -> str:
        """A change and, when it has one, its relative size."""
        text = self.signed(c.delta, places, unit)
        if c.relative is not None and c.delta != 0:
            rel = self._share.apply(abs(c.relative), self.f.locale)
            text += f" ({'+' if c.relative > 0 else MINUS}{rel})"
        return text

    def points(self, now: Decimal | None, before: Decimal | None) -> str:
        """The change between two shares, in percentage points."""
        if now is None or before is None:
            return "—"
        return self.delta(now * 100, before * 100, 1, " " + self.t("points"))

    def money(self, amount: Decimal, currency: str) -> str:
        """An amount in its currency."""
        return self.f.money(amount, currency)

    def period(self, start: date, end: date) -> str:
        """A period with its last day, as the locale writes a range ("1 jul – 30 sep 2026")."""
        return str(format_interval(start, last_day(end), "yMMMd", locale=self.f.locale))

    def month(self, first: date, with_year: bool = False) -> str:
        """A month's short name in the locale."""
        return str(format_skeleton("yMMM" if with_year else "MMM", first, locale=self.f.locale))


def bar_chart(
    title: str, categories: list[str], series: list[list[float]], names: list[str],
    width: float, height: float = 55 * mm, fills: list[colors.Color] | None = None,
    value_max: float | None = None, target: tuple[float, str] | None = None,
) -> Drawing:  # fmt: skip
    """A titled bar chart of one or more series, with a legend and an optional target line."""
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    legend_width = 110 if len(series) > 1 else 0
    chart.x, chart.y = 30, 24
    chart.width, chart.height = width - 40 - legend_width, height - 44
    chart.data = series or [[0] * len(categories)]
    chart.categoryAxis.categoryNames = categories
    chart.categoryAxis.labels.fontName = font_for(" ".join(categories))
    chart.categoryAxis.labels.fontSize = 6.5
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.valueMin = 0
    if value_max is not None:
        chart.valueAxis.valueMax = value_max
        chart.valueAxis.valueStep = value_max / 5
    chart.groupSpacing = 6
    fills = fills or PALETTE
    for i in range(len(chart.data)):
        chart.bars[i].fillColor = fills[i % len(fills)]
        chart.bars[i].strokeColor = None
    drawing.add(chart)
    if target is not None and value_max:
        value, label = target
        y = chart.y + chart.height * value / value_max
        drawing.add(Line(chart.x, y, chart.x + chart.width, y, strokeColor=TARGET,
                         strokeWidth=1, strokeDashArray=[3, 2]))  # fmt: skip
        drawing.add(String(chart.x + chart.width + 4, y - 2, label, fontName=font_for(label),
                           fontSize=6.5, fillColor=TARGET))  # fmt: skip
    if title:
        drawing.add(String(0, height - 10, title, fontName=font_for(title), fontSize=8.5))
    if len(series) > 1:
        legend = Legend()
        # below the top right, where a target line's label goes
        legend.x, legend.y = width - legend_width + 20, chart.y + 12 * len(names)
        legend.fontName, legend.fontSize = font_for(" ".join(names)), 7
        legend.columnMaximum = len(names)
        legend.colorNamePairs = [(fills[i % len(fills)], n) for i, n in enumerate(names)]
        drawing.add(legend)
    return drawing


def _credit_plot(use: CreditUse, r: Review, words: ReviewWords, width: float) -> Drawing:
    """The balance of one prepaid credit through the period, start to end, in its unit."""
    f = words.f
    height = 55 * mm
    drawing = Drawing(width, height)
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = 44, 24, width - 60, height - 44
    plot.data = [[(at.timestamp(), float(balance)) for at, balance in use.points]]
    plot.lines[0].strokeColor = PALETTE[0]
    plot.lines[0].strokeWidth = 1.4
    months = [r.start] + [add_months(r.start, i) for i in range(1, 12)]
    ticks = [datetime.combine(m, time(0), f.zone).timestamp() for m in months if m <= r.end]
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = ticks[0], ticks[-1]
    plot.xValueAxis.valueSteps = ticks
    plot.xValueAxis.labelTextFormat = lambda v: f.day(datetime.fromtimestamp(v, f.zone))
    plot.yValueAxis.valueMin = min(0.0, *(float(b) for _a, b in use.points))
    plot.yValueAxis.labelTextFormat = lambda v: f.number(Decimal(str(v)), 0)
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName, axis.labels.fontSize = SANS, 6.5
    drawing.add(plot)
    unit = words.t("hours") if use.unit is CreditUnit.HOURS else use.currency
    drawing.add(String(0, height - 10, f"{use.contract} ({unit})",
                       fontName=font_for(use.contract), fontSize=8.5))  # fmt: skip
    return drawing


def _hours_table(
    title: str, key_label: str, hours: dict[str, Decimal], words: ReviewWords, s: Styles,
    width: float, name: Callable[[str], str] = str, heading: str | None = None,
) -> Flowable:  # fmt: skip
    """One split of the hours under its title (and the section's heading, kept with it)."""
    rows: list[list[Flowable | str]] = [[key_label, words.t("hours")]]
    rows += [[name(k), words.f.number(v)]
             for k, v in sorted(hours.items(), key=lambda kv: -kv[1])]  # fmt: skip
    top = [para(heading, s.heading)] if heading else []
    return keep(*top, para(title, s.muted),
                grid(rows, [width * 0.7, width * 0.3], align_right=(1,)))  # fmt: skip


def _count_row(label: str, now: int | Decimal, before: int | Decimal, words: ReviewWords,
               places: int = 0, unit: str = "") -> list[Flowable | str]:  # fmt: skip
    return [label, words.amount(now, places, unit), words.amount(before, places, unit),
            words.difference(now, before, places, unit), ""]  # fmt: skip


def _credit_format(words: ReviewWords, use: CreditUse) -> Callable[[Decimal], str]:
    """How one credit's figures print: hours, or money in its currency."""
    if use.unit is CreditUnit.HOURS:
        return words.hours
    return lambda v: words.money(v, use.currency)


def _measured(now: KeyFigures, before: KeyFigures) -> list[str]:
    """The target kinds with a decided clock in either period (the rest say nothing)."""
    return [
        kind
        for kind in sorted(set(now.sla) | set(before.sla))
        if any(sum(k.sla.get(kind, (0, 0))) for k in (now, before))
    ]


def _key_rows(r: Review, words: ReviewWords) -> list[list[Flowable | str]]:
    """The first page's table: each figure now, before, the change and the target."""
    t, w = words.t, words.w
    now, before = r.current, r.previous
    rows: list[list[Flowable | str]] = [
        [t("figure"), t("this_period"), t("previous_period"), t("change"), t("target")]
    ]
    asked = r.figures  # V2: the figures the client asks for
    if Figure.TICKETS in asked:
        rows.append(_count_row(t("tickets"), now.tickets, before.tickets, words))
        for category, count in now.by_category.items():
            rows.append(_count_row("   " + w(category), count,
                                   before.by_category.get(category, 0), words))  # fmt: skip
    for kind in _measured(now, before) if Figure.SLA in asked else ():
        share = attainment(*now.sla.get(kind, (0, 0)))
        earlier = attainment(*before.sla.get(kind, (0, 0)))
        rows.append([t("attainment_of").format(kind=w(kind)), words.share(share),
                     words.share(earlier), words.points(share, earlier),
                     words.share(now.attainment_target)])  # fmt: skip
    for figure, label, a, b in (
        (Figure.REACTION, t("reaction_median"), now.reaction_median, before.reaction_median),
        (Figure.RESOLUTION, t("resolution_median"), now.resolution_median,
         before.resolution_median),
    ):  # fmt: skip
        if figure not in asked:
            continue
        delta = "—" if a is None or b is None else words.delta(a, b, 1, HOURS)
        rows.append([label, words.hours(a, 1), words.hours(b, 1), delta, ""])
        if figure is Figure.REACTION:  # T6: the usual reaction in working hours is 15 min
            a, b = now.reaction_working_mean, before.reaction_working_mean
            rows.append([
                t("reaction_working"), words.minutes(a), words.minutes(b),
                words.minutes_delta(a, b), words.minutes(REACTION_NORM_MINUTES),
            ])  # fmt: skip
    if Figure.ARRIVALS in asked:
        rows.append(_count_row(t("arrivals"), now.arrivals, before.arrivals, words))
    if Figure.HOURS in asked:
        _hours_rows(rows, now, before, words)
    if (now.fte or before.fte) and Figure.BUNDLE in asked:
        row = _count_row(t("fte_used"), now.fte_used, before.fte_used, words, 2, HOURS)
        row[4] = words.hours(now.fte_bundle)
        rows.append(row)
    earlier_credit = {c.contract: c for c in before.credit}
    for use in now.credit:
        unit = HOURS if use.unit is CreditUnit.HOURS else ""
        fmt = _credit_format(words, use)
        prior = earlier_credit.get(use.contract)
        used_before = prior.used if prior else Decimal(0)
        left_before = prior.closing if prior else Decimal(0)
        named = t("credit_used") + (f": {use.contract}" if len(now.credit) > 1 else "")
        rows.append([named, fmt(use.used), fmt(used_before),
                     words.difference(use.used, used_before, 2, unit), ""])  # fmt: skip
        rows.append(["   " + t("credit_left"), fmt(use.closing), fmt(left_before),
                     words.difference(use.closing, left_before, 2, unit), ""])  # fmt: skip
    invoiced = sorted(set(now.invoiced) | set(before.invoiced))
    for currency in invoiced if Figure.INVOICED in asked else ():
        net = now.invoiced.get(currency, Decimal(0))
        net_before = before.invoiced.get(currency, Decimal(0))
        c = change(net, net_before)
        sign = "+" if c.delta > 0 else MINUS if c.delta < 0 else ""
        delta = sign + words.money(abs(c.delta), currency)
        rows.append([f"{t('invoiced')} ({currency})", words.money(net, currency),
                     words.money(net_before, currency), delta, ""])  # fmt: skip
    return rows


def _hours_rows(
    rows: list[list[Flowable | str]], now: KeyFigures, before: KeyFigures, words: ReviewWords
) -> None:
    """The hours worked, and the same hours split by phase and by contract."""
    t, w = words.t, words.w
    rows.append(_count_row(t("hours_worked"), now.hours, before.hours, words, 2, HOURS))
    # the same hours twice, split two ways: each split under its own heading, and a split
    # holds every key of either period (work on a contract last quarter only shows 0 now)
    for heading, now_split, before_split, name_of in (
        (t("by_phase"), now.hours_by_phase, before.hours_by_phase, w),
        (t("by_contract"), now.hours_by_contract, before.hours_by_contract,
         lambda c: c or t("no_contract")),
    ):  # fmt: skip
        keys = sorted(set(now_split) | set(before_split),
                      key=lambda k: (-now_split.get(k, 0), -before_split.get(k, 0), k))  # fmt: skip
        if len(keys) < 2:
            continue  # one phase or one contract: the total says it all
        rows.append(["   " + heading, "", "", "", ""])
        for key in keys:
            rows.append(_count_row("      " + name_of(key), now_split.get(key, Decimal(0)),
                                   before_split.get(key, Decimal(0)), words, 2, HOURS))  # fmt: skip


def _sla_chart(r: Review, words: ReviewWords, width: float) -> Drawing:
    t, w = words.t, words.w
    kinds = _measured(r.current, r.previous)

    def shares(k: KeyFigures) -> list[float]:
        return [float(100 * (attainment(*k.sla.get(kind, (0, 0))) or 0)) for kind in kinds]

    promised = r.current.attainment_target
    target = float(promised * 100)
    # a bar as wide as a page looks like a wall: the chart grows with the kinds it shows
    width = min(width, 60 * mm + 30 * mm * len(kinds) + 110)
    return bar_chart(
        "", [w(k) for k in kinds], [shares(r.previous), shares(r.current)],
        [words.period(r.previous.start, r.previous.end), words.period(r.start, r.end)],
        width, 50 * mm, [PREVIOUS, CURRENT], 100,
        (target, t("target_line").format(share=words.share(promised))),
    )  # fmt: skip


def _trend(r: Review, words: ReviewWords, s: Styles, width: float) -> list[Flowable]:
    t, f = words.t, words.f
    both = [r.previous, r.current]
    months = [m for k in both for m in k.tickets_by_month]
    tickets = [float(k.tickets_by_month[m]) for k in both for m in k.tickets_by_month]
    hours = [float(k.hours_by_month[m]) for k in both for m in k.hours_by_month]
    names = [words.month(m) for m in months]
    half = width / 2
    fills = [PREVIOUS] * len(r.previous.tickets_by_month) + [CURRENT] * len(
        r.current.tickets_by_month)  # fmt: skip

    def chart(title: str, values: list[float]) -> Drawing:
        drawing = bar_chart(title, names, [values], [], half, 45 * mm)
        bars = drawing.contents[0]
        for i, fill in enumerate(fills):
            bars.bars[(0, i)].fillColor = fill
        return drawing

    table = Table([[chart(t("tickets"), tickets), chart(t("hours_per_month"), hours)]],
                  colWidths=[half, half])  # fmt: skip
    table.setStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    rows: list[list[Flowable | str]] = [[t("month"), t("tickets"), t("hours_per_month")]]
    for k in both:
        for m in k.tickets_by_month:
            rows.append([words.month(m, True), str(k.tickets_by_month[m]),
                         f.number(k.hours_by_month[m])])  # fmt: skip
    # the charts and their figures on one page: a month alone overleaf reads as a new table
    figures = grid(rows, [width * 0.4, width * 0.3, width * 0.3], align_right=(1, 2))
    return [keep(bold(t("monthly_trend"), s.heading), table, gap(2), figures)]


def _kickoff(kickoff: KickoffRow | None, words: ReviewWords, s: Styles) -> list[Flowable]:
    """The kick-off that set the focus areas: when, with which consultants, what was agreed."""
    if kickoff is None:
        return []
    t, f = words.t, words.f
    held = t("kickoff_held").format(day=f.day(kickoff.held_on),
                                    consultants=", ".join(kickoff.consultants))  # fmt: skip
    out: list[Flowable] = [para(held, s.body)]
    if kickoff.summary:
        out.append(para(kickoff.summary, s.muted))
    return [*out, gap(1)]


def _notes(
    notes: list[ReviewNoteRow],
    words: ReviewWords,
    s: Styles,
    width: float,
    kickoff: KickoffRow | None = None,
) -> list[Flowable]:
    t, f = words.t, words.f
    heads = {"focus": t("focus_areas"), "risk": t("risks"), "recommendation": t("recommendations")}
    out: list[Flowable] = []
    for kind in NOTE_KINDS:
        mine = [n for n in notes if n.kind == kind and (kind == "focus" or n.carried)]
        rows: list[list[Flowable | str]] = [[t("description"), t("since"), t("status")]]
        rows += [[n.text, f.day(n.raised_on), t(f"status_{n.status}")] for n in mine]
        if not mine:
            rows.append([t("no_focus_yet" if kind == "focus" else "nothing_recorded"), "", ""])
        held = _kickoff(kickoff, words, s) if kind == "focus" else []
        out += [gap(2) if out else gap(0), keep(bold(heads[kind], s.heading), *held,
                             grid(rows, [width * 0.66, width * 0.17, width * 0.17]))]  # fmt: skip
    return out


def _agenda(r: Review, words: ReviewWords, s: Styles, width: float) -> list[Flowable]:
    t = words.t
    rows: list[list[Flowable | str]] = [["#", t("topic"), t("agenda_time")]]
    rows += [[str(i), t(key), t("minutes").format(n=minutes)]
             for i, (key, minutes) in enumerate(AGENDA, 1)]  # fmt: skip
    return [
        PageBreak(),
        bold(t("agenda"), s.title),
        para(f"{r.client} · {words.period(r.start, r.end)}", s.muted),
        gap(2),
        grid(rows, [width * 0.08, width * 0.74, width * 0.18], align_right=(2,)),
        gap(4),
        Box(t("participants"), width, 22 * mm),
        gap(3),
        Box(t("decisions"), width, 60 * mm),
        gap(3),
        Box(t("meeting_notes"), width, 60 * mm),
    ]


def review_story(r: Review, f: Formats, s: Styles, width: float) -> list[Flowable]:
    """The review's pages: key figures, trend, details, the manager's notes, an agenda."""
    words = ReviewWords(f)
    t, w = words.t, words.w
    story: list[Flowable] = [
        bold(f"{t('review')}: {r.client}", s.title),
        para(
            f"{t('period')}: {words.period(r.start, r.end)}   ·   {t('previous_period')}: "
            f"{words.period(r.previous.start, r.previous.end)}",
            s.muted,
        ),
        gap(2),
        bold(t("key_figures"), s.heading),
        grid(
            _key_rows(r, words),
            [width * 0.34, width * 0.17, width * 0.17, width * 0.19, width * 0.13],
            align_right=(1, 2, 3, 4),
        ),
    ]
    if Figure.SLA in r.figures:
        story.append(keep(bold(t("sla_chart"), s.heading), _sla_chart(r, words, width)))
    if r.figures & {Figure.TICKETS, Figure.HOURS}:  # the month's tickets and hours together
        story += _trend(r, words, s, width)
    cats = list(r.by_category)
    priorities = [p.value for p in Priority]
    series = [[float(r.by_category[c][p]) for c in cats] for p in priorities]
    story += [
        keep(para(t("tickets_by"), s.heading),
             bar_chart("", [w(c) for c in cats], series, [w(p) for p in priorities], width)),
    ]  # fmt: skip
    rows: list[list[Flowable | str]] = [[t("category")] + [w(p) for p in priorities]]
    for c in cats:
        rows.append([w(c), *(str(r.by_category[c][p]) for p in priorities)])
    story.append(grid(rows, [width * 0.32] + [width * 0.17] * 4, align_right=(1, 2, 3, 4)))
    sla: list[list[Flowable | str]] = [[t("target"), t("met"), t("missed"), "%"]]
    for target, (met, missed) in r.sla.items():
        sla.append([w(target), str(met), str(missed),
                    bold(words.share(attainment(met, missed)), s.cell_right)])  # fmt: skip
    story += [keep(para(t("compliance"), s.heading),
                   grid(sla, [width * 0.4, width * 0.2, width * 0.2, width * 0.2],
                        align_right=(1, 2, 3)))]  # fmt: skip
    names = [t("bucket_within").format(h=f.hours(b, 0)) for b in BUCKETS] + [
        t("bucket_over").format(h=f.hours(BUCKETS[-1], 0))]  # fmt: skip
    story += [
        keep(para(t("distribution"), s.heading),
             bar_chart("", names,
                   [[float(n) for n in bucket_counts(r.response_hours)],
                    [float(n) for n in bucket_counts(r.resolution_hours)]],
                   [t("response"), t("resolution")], width)),
    ]  # fmt: skip
    contracts = {k or t("no_contract"): v for k, v in r.hours_by_contract.items()}
    story += [
        _hours_table(
            t("phase"), t("phase"), r.hours_by_phase, words, s, width, w, heading=t("hours_by")
        ),
        gap(2),
        _hours_table(t("contract"), t("contract"), contracts, words, s, width),
        gap(2),
        _hours_table(t("engineer"), t("engineer"), r.hours_by_engineer, words, s, width),
    ]
    for use in r.current.credit:
        story.append(keep(para(t("credit_over_time"), s.heading),
                          _credit_plot(use, r, words, width)))  # fmt: skip
    if r.current.fte:
        fte = r.current.fte
        label = [words.month(u.month) + (f" {u.contract}" if len({x.contract for x in fte}) > 1
                                         else "") for u in fte]  # fmt: skip
        story.append(keep(para(t("fte_use"), s.heading),
                          bar_chart("", label, [[float(u.bundle) for u in fte],
                                            [float(u.used) for u in fte]],
                                [t("bundle"), t("used")], width)))  # fmt: skip
    half = (width - 6 * mm) / 2
    visits: list[list[Flowable | str]] = [[t("status"), t("count")]]
    visits += [[w(k), str(v)] for k, v in sorted(r.visits.items())]
    story.append(
        keep(para(t("visits"), s.heading), grid(visits, [half, half / 2], align_right=(1,)))
    )
    top: list[list[Flowable | str]] = [[t("ticket"), t("description"), t("hours")]]
    top += [[ref, title, f.number(h)] for ref, title, h in r.top_incidents]
    widths = [width * 0.2, width * 0.65, width * 0.15]
    story.append(keep(para(t("top_incidents"), s.heading), grid(top, widths, align_right=(2,))))
    if r.recurring:
        again: list[list[Flowable | str]] = [
            [t("description"), t("found_cause"), t("tickets"), t("hours")]
        ]
        again += [[title, r.causes.get(title, "—"), str(n), f.number(h)]
                  for title, n, h in r.recurring]  # fmt: skip
        story.append(keep(para(t("recurring"), s.heading),
                          grid(again, [width * w for w in (0.32, 0.46, 0.1, 0.12)],
                               align_right=(2, 3))))  # fmt: skip
    story += [PageBreak(), *_notes(r.notes, words, s, width, r.kickoff)]
    story += _agenda(r, words, s, width)
    return story


def review_pdf(
    session: Session, client_id: uuid.UUID, start: date, end: date, now: datetime,
    issuer: Issuer | None = None,
) -> bytes:  # fmt: skip
    """Render a client's service review for a period."""
    issuer = issuer or issuer_of(session)
    r = service_review(session, client_id, start, end, now)
    client = session.get_one(Client, client_id)
    f = formats_for(client.locale, client.time_zone)
    words = ReviewWords(f)
    pagesize = paper_for(client.country)
    story = review_story(r, f, styles(), pagesize[0] - 32 * mm)
    page = Page(words.t("review"), words.period(start, end), issuer.name, words.t("page"))
    return build_pdf(story, page, pagesize, subject=words.t("review"))
