"""A record's fields as a labelled list for the detail panel."""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping

from PySide6.QtGui import QGuiApplication, QPalette

from console.views.master_data.labels import label
from console.views.master_data.table_model import cell_text


def _soft() -> str:
    """The palette's quiet text colour: a fixed grey read at 2:1 on the dark theme."""
    return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText).name()


def facts_html(kind: str, record: Mapping[str, object], names: Iterable[str]) -> str:
    """Label and value of each named field that has a value, as an HTML table."""
    e = html.escape
    soft = _soft()
    rows = []
    for name in names:
        value = record.get(name)
        if value in (None, "", [], {}):
            continue
        rows.append(
            f"<tr><td style='color:{soft}'>{e(label(kind, name))}</td>"
            f"<td>{e(cell_text(name, value))}</td></tr>"
        )
    return "<table cellpadding='2'>" + "".join(rows) + "</table>"


def heading_html(title: str, subtitle: str = "") -> str:
    """A record's name in bold, with a line under it."""
    e = html.escape
    under = f"<br><span style='color:{_soft()}'>{e(subtitle)}</span>" if subtitle else ""
    return f"<p><b style='font-size:large'>{e(title)}</b>{under}</p>"
