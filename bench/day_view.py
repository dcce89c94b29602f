"""The calendar's day view on the large demo database: one engineer's day with its travel legs.

The figure is what a dispatcher waits for on choosing an engineer in Day mode: the plan read
from the store (visits, sites, travel estimates) and shown in the panel. The baseline is the
bare SQL fetch of that engineer's visits of the day, so the ratio says what the rest costs.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import date, timedelta

from .demo_db import ANCHOR, demo_database
from .figures import note, report, timed

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BUSIEST = """
SELECT ve.engineer_id, date(v.planned_start) AS day, count(*) AS n
FROM visits v JOIN visit_engineers ve ON ve.visit_id = v.id AND ve.role = 'lead'
JOIN engineers e ON e.id = ve.engineer_id AND e.active
WHERE v.planned_start >= ? AND v.planned_start < ? AND v.status != 'cancelled'
GROUP BY ve.engineer_id, day ORDER BY n DESC, day LIMIT 1
"""
"""The engineer and day with the most visits in the anchor's fortnight: the worst day plan."""

THAT_DAY = """
SELECT v.id, v.reference, v.planned_start, s.latitude, s.longitude
FROM visits v JOIN visit_engineers ve ON ve.visit_id = v.id AND ve.role = 'lead'
JOIN sites s ON s.id = v.site_id
WHERE ve.engineer_id = ? AND date(v.planned_start) = ? ORDER BY v.planned_start
"""


def run() -> None:
    """The day plan of the busiest engineer-day, built by the service and shown in the panel."""
    import uuid

    from PySide6.QtWidgets import QApplication

    from console.services.day_plan import day_plan_for
    from console.store.engine import create_store_engine, resolve_url
    from console.views.context import DeskContext
    from console.views.day_view import DayPlanView

    path = demo_database()
    app = QApplication.instance() or QApplication([])
    raw = sqlite3.connect(path)
    lo, hi = ANCHOR - timedelta(days=7), ANCHOR + timedelta(days=7)
    found = raw.execute(BUSIEST, (lo.isoformat(), hi.isoformat())).fetchone()
    engineer_hex, day_text, count = found
    engineer_id = uuid.UUID(str(engineer_hex))
    day = date.fromisoformat(day_text)
    note(f"day plan of the busiest engineer-day: {count} visits on {day}")
    engine = create_store_engine(resolve_url(str(path)))
    desk = DeskContext(engine)
    panel = DayPlanView(desk)
    panel.resize(320, 700)
    panel.show()
    panel.set_engineers([(engineer_id, "engineer")], engineer_id)

    def service() -> int:
        return len(day_plan_for(desk.session, engineer_id, day).stops)

    def shown() -> int:
        panel.load(day)
        app.processEvents()
        panel.grab()
        return panel.steps.count()

    def fetch() -> int:
        return len(raw.execute(THAT_DAY, (engineer_hex, day_text)).fetchall())

    shown()  # warm caches
    base_s, rows = timed(fetch, 21)
    service_s, stops = timed(service, 21)
    shown_s, items = timed(shown, 21)
    note(f"{rows} visits fetched, {stops} stops planned, {items} lines shown")
    report("day_view_plan_service", service_s, "s", 0.05, base_s)
    report("day_view_built_and_shown", shown_s, "s", 0.05, base_s)
    engine.dispose()
    panel.close()
    panel.deleteLater()
    app.processEvents()
