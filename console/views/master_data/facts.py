"""A record's fields as a labelled list for the detail panel."""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping

from console.views.master_data.labels import label
from console.views.master_data.table_model import cell_text


def facts_html(kind: str, record: Mapping[str, object], names: Iterable[str]) -> str:
    """Label and value of each named field that has a value, as an HTML table."""
    e = html.escape
    rows = []
    for name in names:
        value = record.get(name)
        if value in (None, "", [], {}):
            continue
        rows.append(
            f"<tr><td style='color:#555'>{e(label(kind, name))}</td>"
            f"<td>{e(cell_text(name, value))}</td></tr>"
        )
    return "<table cellpadding='2'>" + "".join(rows) + "</table>"


def heading_html(title: str, subtitle: str = "") -> str:
    """A record's name in bold, with a line under it."""
    e = html.escape
    under = f"<br><span style='color:#555'>{e(subtitle)}</span>" if subtitle else ""
    return f"<p><b style='font-size:large'>{e(title)}</b>{under}</p>"
