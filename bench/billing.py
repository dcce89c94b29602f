"""The month's billing run and issuing, against raw SQL doing the least of the same work.

`billing_run_month_large`: the run for every client of the large demo for its last whole
month, its entries freed first (a copy of the cached database), against one raw sqlite3
read of the same approved, unbilled entries with their ticket, contract and client: the
rating, drawing and writing are the console's own work on top, and the ratio says what
they cost. Two more figures say what that ratio can reach: `billing_run_floor_raw_writes`
is raw sqlite3 reading the same entries and writing the very rows the run wrote (its
drafts, their lines, each entry's link to its line, the credit it drew), with nothing else,
against the read alone: no run that writes its rows can be faster, so the first figure's
ratio cannot fall below this one's.
`issue_1000_invoices`: numbering and freezing 1,000 drafts in one batch
(without their PDFs, which the archive renders apart), against a raw UPDATE of the same
rows; the target is the time itself. `ubl_500_line_invoice`: the Peppol e-invoice of one
issued 500-line invoice, against plain XML of the same lines; the target is the time.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import uuid
from datetime import date
from decimal import Decimal
from functools import partial
from pathlib import Path

from console.store.engine import create_store_engine, resolve_url
from console.store.migrate import upgrade

from .demo_db import demo_database
from .figures import note, report, timed

RUN_TARGET_RATIO = 3.0
ISSUE_TARGET_S = 2.0
UBL_TARGET_S = 0.2
UBL_LINES = 500
YEAR, MONTH = 2026, 10  # the large demo's last whole month before its anchor day
FIRST, NEXT = "2026-10-01", "2026-11-01"

ENTRIES_SQL = """
SELECT e.id, e.started_at, e.ended_at, e.phase, e.billable, e.visit_id, t.contract_id,
       c.standard_rate, c.kind, k.time_zone, k.country
FROM time_entries e
JOIN tickets t ON t.id = e.ticket_id
JOIN contracts c ON c.id = t.contract_id
JOIN clients k ON k.id = t.client_id
WHERE e.started_at >= ? AND e.started_at < ? AND e.invoice_line_id IS NULL
  AND e.provider_approved_at IS NOT NULL AND e.client_approved_at IS NOT NULL
  AND c.kind <> 'express'
"""


def _free_the_month(path: Path) -> None:
    """Take the month's run away (its drafts and statements, the payments on them, and the
    prepaid credit it drew and topped up), so the run bills the month's work again."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("PRAGMA foreign_keys=ON")
        for trigger in (
            "invoices_issued_kept", "invoice_lines_issued_delete", "payments_no_delete",
            "credit_entries_no_delete",
        ):  # fmt: skip
            conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        month = (
            "SELECT id FROM invoices WHERE period_start >= ? AND period_start < ?"
            " AND kind IN ('monthly', 'fte_overage')"
        )
        lines = f"SELECT id FROM invoice_lines WHERE invoice_id IN ({month})"
        conn.execute(
            f"UPDATE time_entries SET invoice_line_id = NULL WHERE invoice_line_id IN ({lines})",
            (FIRST, NEXT),
        )
        conn.execute(f"DELETE FROM payments WHERE invoice_id IN ({month})", (FIRST, NEXT))
        conn.execute(f"DELETE FROM invoice_lines WHERE invoice_id IN ({month})", (FIRST, NEXT))
        conn.execute(f"DELETE FROM invoices WHERE id IN ({month})", (FIRST, NEXT))
        conn.execute(
            "DELETE FROM credit_entries WHERE at >= ? AND at < ? AND (kind = 'debit'"
            " OR (kind = 'top_up' AND note LIKE 'monthly prepaid credit %'))",
            (FIRST, NEXT),
        )
    conn.close()


MONTH_INVOICES = (
    "SELECT * FROM invoices WHERE period_start >= ? AND period_start < ?"
    " AND kind IN ('monthly', 'fte_overage')"
)
WRITTEN = {
    "invoices": MONTH_INVOICES,
    "invoice_lines": f"SELECT l.* FROM invoice_lines l WHERE l.invoice_id IN"
    f" (SELECT id FROM ({MONTH_INVOICES}))",
    "credit_entries": "SELECT * FROM credit_entries WHERE at >= ? AND at < ? AND (kind = 'debit'"
    " OR (kind = 'top_up' AND note LIKE 'monthly prepaid credit %'))",
}


def _written(path: Path) -> tuple[dict[str, tuple[list[str], list[tuple[object, ...]]]], list]:
    """The rows the run wrote, as raw sqlite3 reads them: per table its columns and rows,
    and each billed entry's link to its line."""
    conn = sqlite3.connect(path)
    tables = {}
    for table, sql in WRITTEN.items():
        cursor = conn.execute(sql, (FIRST, NEXT))
        tables[table] = ([d[0] for d in cursor.description], cursor.fetchall())
    links = conn.execute(
        "SELECT invoice_line_id, id FROM time_entries WHERE invoice_line_id IN"
        f" (SELECT id FROM ({WRITTEN['invoice_lines']}))",
        (FIRST, NEXT),
    ).fetchall()
    conn.close()
    return tables, links


def _raw_writes(path: Path, tables: dict, links: list) -> int:
    """The floor: read the month's entries and write the run's rows with raw sqlite3, in one
    transaction, and nothing else (no rating, no audit, no checks)."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA foreign_keys=ON")
    try:
        with conn:
            count = len(conn.execute(ENTRIES_SQL, (FIRST, NEXT)).fetchall())
            for table, (columns, rows) in tables.items():
                marks = ", ".join("?" * len(columns))
                conn.executemany(
                    f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows
                )
            # in the entries' id order, as the run writes them: each index page once, in turn
            by_entry = sorted(links, key=lambda link: link[1])
            conn.executemany("UPDATE time_entries SET invoice_line_id = ? WHERE id = ?", by_entry)
    finally:
        conn.close()
    return count


def _biller(engine: object) -> uuid.UUID:
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from console.enums import Role
    from console.model import User

    with Session(engine) as session:  # type: ignore[arg-type]
        found = session.scalar(
            select(User.id).where(
                User.role.in_([Role.ADMIN, Role.SERVICE_MANAGER]), User.active.is_(True)
            )
        )
        assert found is not None, "the large demo has an admin or service manager"
        return found


def _run_month(tmp: Path) -> None:
    from console.services.billing.run import run_month
    from console.sync.session import store_session

    path = tmp / "large.sqlite3"
    floor_path = tmp / "floor.sqlite3"
    note("copying the large demo database...")
    shutil.copy(demo_database(), path)
    _free_the_month(path)
    shutil.copy(path, floor_path)
    raw_conn = sqlite3.connect(path)

    def raw() -> int:
        return len(raw_conn.execute(ENTRIES_SQL, (FIRST, NEXT)).fetchall())

    raw()  # warm the page cache for both
    raw_s, rows = timed(raw, 3)
    raw_conn.close()
    engine = create_store_engine(resolve_url(str(path)))
    biller = _biller(engine)
    note(f"billing {YEAR}-{MONTH:02d} for every contract ({rows:,} entries)...")
    ours_s, result = timed(lambda: run_month(partial(store_session, engine), biller, YEAR, MONTH))
    engine.dispose()
    note(f"{len(result.contracts)} contracts, {len(result.drafts)} drafts")
    report(
        "billing_run_month_large", ours_s, "s", RUN_TARGET_RATIO, baseline=raw_s,
        target_on_ratio=True,
    )  # fmt: skip
    tables, links = _written(path)
    note(
        f"raw sqlite3 writing the same {len(tables['invoices'][1]):,} drafts,"
        f" {len(tables['invoice_lines'][1]):,} lines and {len(links):,} links..."
    )
    floor_s, floor_rows = timed(lambda: _raw_writes(floor_path, tables, links))
    assert floor_rows == rows, (floor_rows, rows)
    report(
        "billing_run_floor_raw_writes", floor_s, "s", RUN_TARGET_RATIO, baseline=raw_s,
        target_on_ratio=True,
    )  # fmt: skip
    note(f"the run is {ours_s / floor_s:.2f}x that floor")


def _drafts(engine: object, count: int, lines: int = 2) -> tuple[list[uuid.UUID], uuid.UUID]:
    """``count`` drafts of ``lines`` lines for one client, and an administrator to issue them."""
    from sqlalchemy.orm import Session

    from console.enums import DrewOn, InvoiceKind, Role
    from console.model import Client, Invoice, InvoiceLine, User
    from console.services.provider import save_profile

    with Session(engine) as session:  # type: ignore[arg-type]
        save_profile(session, {
            "legal_name": "Bench B.V.", "address_lines": ["Dam 1"], "postcode": "1012 JS",
            "city": "Amsterdam", "country": "NL", "vat_id": "NL123456789B01",
            "iban": "NL91 ABNA 0417 1643 00", "email": "b@bench.example",
            "phone": "+31 20 123 4567", "currency": "EUR", "tax_rate": "21",
            "invoice_prefix": "BE", "language": "en", "time_zone": "Europe/Amsterdam",
            "holiday_country": "NL",
        })  # fmt: skip
        client = Client(name="Bench client", country="NL", time_zone="Europe/Amsterdam",
                        locale="nl_NL", currency="EUR", vat_id="NL000099998B57",
                        billing_address="Kalverstraat 1\n1012 NX Amsterdam")  # fmt: skip
        admin = User(username="bench", display_name="Bench", role=Role.ADMIN)
        session.add_all([client, admin])
        session.flush()
        invoices = []
        for n in range(count):
            invoice = Invoice(issuer="BE", kind=InvoiceKind.MONTHLY, client_id=client.id,
                              currency="EUR", period_start=date(2026, 10, 1),
                              period_end=date(2026, 10, 31))  # fmt: skip
            for position in range(lines):
                line = InvoiceLine(
                    position=position, description=f"work {n}.{position}",
                    hours=Decimal("1.5"), rate=Decimal("95.00"), amount=Decimal("142.50"),
                    tax_rate_pct=Decimal(21), drew_on=DrewOn.ON_DEMAND,
                )  # fmt: skip
                invoice.lines.append(line)
            session.add(invoice)
            invoices.append(invoice)
        session.flush()  # ids are given on insert
        ids = [i.id for i in invoices]
        session.commit()
        return ids, admin.id


def _issue(tmp: Path) -> None:
    from console.services.billing.drafts import issue_invoices
    from console.sync.session import store_session

    count = 1000
    path = tmp / "issue.sqlite3"
    engine = create_store_engine(resolve_url(str(path)))
    upgrade(engine)
    note(f"making {count:,} drafts...")
    ids, admin = _drafts(engine, count)
    issued = timed(
        lambda: issue_invoices(partial(store_session, engine), admin, ids, date(2026, 11, 2))
    )
    ours_s, done = issued
    assert len(done) == count and done[-1].number == f"BE-2026-{count:06d}"
    engine.dispose()
    raw_conn = sqlite3.connect(path)
    rows = [(f"X-2026-{n:06d}", i.hex) for n, i in enumerate(ids, 1)]

    def raw() -> None:
        with raw_conn:
            raw_conn.executemany(
                "UPDATE invoices SET notes = ? WHERE id = ?", rows
            )  # an allowed change of the same rows

    raw_s, _ = timed(raw)
    raw_conn.close()
    report("issue_1000_invoices", ours_s, "s", ISSUE_TARGET_S, baseline=raw_s)


def _ubl(tmp: Path) -> None:
    """The e-invoice of one issued 500-line invoice, against writing the same lines as
    plain XML elements (the serialising alone, without the invoice's facts)."""
    import xml.etree.ElementTree as ET

    from sqlalchemy.orm import Session

    from console.model import Invoice
    from console.reports.ubl import invoice_ubl
    from console.services.billing.drafts import issue_invoices
    from console.sync.session import store_session

    path = tmp / "ubl.sqlite3"
    engine = create_store_engine(resolve_url(str(path)))
    upgrade(engine)
    ids, admin = _drafts(engine, 1, lines=UBL_LINES)
    issue_invoices(partial(store_session, engine), admin, ids, date(2026, 11, 2))
    with Session(engine) as session:
        invoice = session.get_one(Invoice, ids[0])
        assert len(invoice.lines) == UBL_LINES
        ours_s, xml = timed(lambda: invoice_ubl(session, invoice), 5)
        rows = [(ln.description, ln.hours, ln.rate, ln.amount) for ln in invoice.lines]

    def raw() -> bytes:
        root = ET.Element("Invoice")
        for n, (text, hours, rate, amount) in enumerate(rows, 1):
            line = ET.SubElement(root, "InvoiceLine")
            for tag, value in (("ID", n), ("Note", text), ("Quantity", hours),
                               ("Price", rate), ("Amount", amount)):  # fmt: skip
                ET.SubElement(line, tag).text = str(value)
        return ET.tostring(root, encoding="utf-8")

    raw_s, _ = timed(raw, 5)
    engine.dispose()
    note(f"UBL of {UBL_LINES} lines: {len(xml):,} bytes")
    report("ubl_500_line_invoice", ours_s, "s", UBL_TARGET_S, baseline=raw_s)


def run() -> None:
    """Every figure, each on its own store."""
    with tempfile.TemporaryDirectory() as tmp:
        _issue(Path(tmp))
        _ubl(Path(tmp))
        _run_month(Path(tmp))
