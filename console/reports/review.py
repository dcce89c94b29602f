"""The quarterly service review a service manager takes to the client (V1, V2)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak
from sqlalchemy.orm import Session

from console.enums import Priority
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
from console.services.review import BUCKETS, Review, bucket_counts, service_review
from console.wording.labels import label_for
from console.wording.vocabulary import words_for

PALETTE = [colors.HexColor(c) for c in ("#1f5fa8", "#5aa0e0", "#e0a13a", "#c8453b", "#6a9a3b")]


def _bars(
    title: str, categories: list[str], series: list[list[float]], names: list[str],
    width: float, height: float = 55 * mm,
) -> Drawing:  # fmt: skip
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 28, 24
    chart.width, chart.height = width - (130 if len(series) > 1 else 40), height - 44
    chart.data = series or [[0] * len(categories)]
    chart.categoryAxis.categoryNames = categories
    chart.categoryAxis.labels.fontName = font_for(" ".join(categories))
    chart.categoryAxis.labels.fontSize = 6.5
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.valueMin = 0
    chart.groupSpacing = 6
    for i in range(len(chart.data)):
        chart.bars[i].fillColor = PALETTE[i % len(PALETTE)]
        chart.bars[i].strokeColor = None
    drawing.add(chart)
    if title:
        drawing.add(String(0, height - 10, title, fontName=font_for(title), fontSize=8.5))
    if len(series) > 1:
        legend = Legend()
        legend.x, legend.y = width - 90, height - 24
        legend.fontName, legend.fontSize = font_for(" ".join(names)), 7
        legend.columnMaximum = len(names)
        legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], n) for i, n in enumerate(names)]
        drawing.add(legend)
    return drawing


def _line(title: str, points: list[tuple[float, float]], width: float, f: Formats) -> Drawing:
    height = 55 * mm
    drawing = Drawing(width, height)
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = 40, 24, width - 60, height - 44
    plot.data = [points]
    plot.lines[0].strokeColor = PALETTE[0]
    plot.lines[0].strokeWidth = 1.4
    plot.xValueAxis.labelTextFormat = lambda v: f.day(datetime.fromtimestamp(v, f.zone))
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName, axis.labels.fontSize = SANS, 6.5
    drawing.add(plot)
    if title:
        drawing.add(String(0, height - 10, title, fontName=font_for(title), fontSize=8.5))
    return drawing


def _hours_table(
    title: str,
    key_label: str,
    hours: dict[str, Decimal],
    f: Formats,
    s: Styles,
    width: float,
    name: Callable[[str], str] = str,
) -> Flowable:
    rows: list[list[Flowable | str]] = [[key_label, "h"]]
    rows += [[name(k), f.number(v)]
             for k, v in sorted(hours.items(), key=lambda kv: -kv[1])]  # fmt: skip
    return keep(para(title, s.muted), grid(rows, [width * 0.7, width * 0.3], align_right=(1,)))


def review_story(r: Review, f: Formats, s: Styles, width: float) -> list[Flowable]:
    """The review's pages: figures, charts and a page of meeting notes."""
    t = label_for(f.language)
    w = words_for(f.language)
    story: list[Flowable] = [
        bold(f"{t('review')}: {r.client}", s.title),
        para(f"{t('period')}: {f.day(r.start)} – {f.day(r.end)}", s.muted),
        gap(2),
    ]
    cats = list(r.by_category)
    priorities = [p.value for p in Priority]
    series = [[float(r.by_category[c][p]) for c in cats] for p in priorities]
    story += [
        para(t("tickets_by"), s.heading),
        _bars("", [w(c) for c in cats], series, [w(p) for p in priorities], width),
    ]
    rows: list[list[Flowable | str]] = [[t("category")] + [w(p) for p in priorities]]
    for c in cats:
        counts = [str(r.by_category[c][p]) for p in priorities]
        rows.append([w(c), *counts])
    story.append(grid(rows, [width * 0.32] + [width * 0.17] * 4, align_right=(1, 2, 3, 4)))
    sla: list[list[Flowable | str]] = [[t("target"), t("met"), t("missed"), "%"]]
    for target, (met, missed) in r.sla.items():
        share = f"{100 * met / (met + missed):.1f}" if met + missed else "—"
        sla.append([w(target), str(met),
                    str(missed), bold(share, s.cell_right)])  # fmt: skip
    story += [keep(para(t("compliance"), s.heading),
                   grid(sla, [width * 0.4, width * 0.2, width * 0.2, width * 0.2],
                        align_right=(1, 2, 3)))]  # fmt: skip
    names = [f"≤ {b} h" for b in BUCKETS] + [f"> {BUCKETS[-1]} h"]
    story += [
        para(t("distribution"), s.heading),
        _bars("", names,
              [[float(n) for n in bucket_counts(r.response_hours)],
               [float(n) for n in bucket_counts(r.resolution_hours)]],
              [t("response"), t("resolution")], width),
    ]  # fmt: skip
    half = (width - 6 * mm) / 2
    story += [
        para(t("hours_by"), s.heading),
        _hours_table(t("phase"), t("phase"), r.hours_by_phase, f, s, width, w),
        gap(2),
        _hours_table(t("contract"), t("contract"), r.hours_by_contract, f, s, width),
        gap(2),
        _hours_table(t("engineer"), t("engineer"), r.hours_by_engineer, f, s, width),
    ]
    if r.credit:
        points = [(at.timestamp(), float(balance)) for at, balance in r.credit]
        story += [para(t("credit_over_time"), s.heading),
                  _line("", points, width, f)]  # fmt: skip
    if r.fte:
        months = [f"{m:%Y-%m}" for m, _b, _u in r.fte]
        story += [para(t("fte_use"), s.heading),
                  _bars("", months,
                        [[float(b) for _m, b, _u in r.fte], [float(u) for _m, _b, u in r.fte]],
                        [t("bundle"), t("used")], width)]  # fmt: skip
    visits: list[list[Flowable | str]] = [[t("status"), t("count")]]
    visits += [[w(k), str(v)]
               for k, v in sorted(r.visits.items())]  # fmt: skip
    story.append(
        keep(para(t("visits"), s.heading), grid(visits, [half, half / 2], align_right=(1,)))
    )
    top: list[list[Flowable | str]] = [[t("ticket"), t("description"), t("hours")]]
    top += [[ref, title, f.number(h)]
            for ref, title, h in r.top_incidents]  # fmt: skip
    widths = [width * 0.2, width * 0.65, width * 0.15]
    story.append(keep(para(t("top_incidents"), s.heading), grid(top, widths, align_right=(2,))))
    story += [PageBreak(), bold(t("meeting_notes"), s.title), gap(2),
              Box("", width, 200 * mm)]  # fmt: skip
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
    t = label_for(f.language)
    pagesize = paper_for(client.country)
    story = review_story(r, f, styles(), pagesize[0] - 32 * mm)
    page = Page(t("review"), f"{start.isoformat()}–{end.isoformat()}", issuer.name, t("page"))
    return build_pdf(story, page, pagesize, subject="V1 service review")
