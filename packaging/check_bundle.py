"""Build the desktop bundle and try it from the bundle alone, as a new user's machine would.

    .venv/bin/python packaging/check_bundle.py [--dist DIR] [--keep]

Builds `packaging/dispatch-console.spec` with PyInstaller into a temporary folder (or
takes the bundle already in --dist), then runs the bundled program with a clean
environment (HOME in a temporary folder, no virtual environment, Qt offscreen):
--version, `db upgrade` on a new store, `demo --size small`, every kind of document to
PDF, the window opened and closed, and `sync` with a fresh database on the local
PostgreSQL (DISPATCH_TEST_PG_URL, default postgresql://postgres@127.0.0.1:5432/test, a
user allowed to create databases and roles). Prints the build time, the bundle's size and
the window's start time against the installed program's (the one beside this Python);
exits 1 with one line naming the step that failed. How fast the bundle starts is a figure of
`python -m bench bundle`, not a step here: a timing read on a busy machine is no verdict.
"""

from __future__ import annotations

import argparse
import calendar
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Sequence
from pathlib import Path

SPEC = Path(__file__).resolve().parent / "dispatch-console.spec"
NAME = "dispatch-console"
PG_URL = os.environ.get("DISPATCH_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")
SMOKE_TEST = "DISPATCH_SMOKE_TEST"  # console.views.app: the window closes itself once shown
STEP_TIMEOUT = 300  # seconds; the small demo takes about 30


class StepError(Exception):
    """A step of the check went wrong; the message says which and why."""


def say(text: str) -> None:
    """One line of progress, at once (CI shows it as it comes)."""
    print(text, flush=True)


class Bundle:
    """The bundled program, run with a clean environment in a scratch folder."""

    def __init__(self, program: Path, scratch: Path) -> None:
        self.program = program
        self.scratch = scratch
        self.home = scratch / "home"
        self.home.mkdir(parents=True, exist_ok=True)

    def env(self, **extra: str) -> dict[str, str]:
        """Nothing of this machine's Python: only a home, a PATH and Qt offscreen."""
        return {
            "HOME": str(self.home),
            "PATH": "/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
            "TMPDIR": str(self.scratch),
            **extra,
        }

    def run(
        self,
        step: str,
        *args: str,
        stdin: str | None = None,
        program: Path | None = None,
        **extra: str,
    ) -> str:
        """Run one command; its output, or StepError naming the step."""
        command = [str(program or self.program), *args]
        try:
            done = subprocess.run(
                command,
                cwd=self.scratch,
                env=self.env(**extra),
                input=stdin,
                capture_output=True,
                text=True,
                timeout=STEP_TIMEOUT,
            )
        except subprocess.TimeoutExpired:
            raise StepError(f"{step}: no answer within {STEP_TIMEOUT} s") from None
        if done.returncode != 0:
            tail = (done.stderr.strip() or done.stdout.strip()).splitlines()[-15:]
            print("\n".join(tail), file=sys.stderr)
            raise StepError(f"{step}: exit status {done.returncode}")
        return done.stdout


def build(workdir: Path) -> tuple[Path, float]:
    """PyInstaller over the spec; the bundle's folder and the seconds it took."""
    started = time.monotonic()
    log = workdir / "pyinstaller.log"
    with log.open("w") as out:
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "PyInstaller",
                "--noconfirm",
                "--clean",
                "--distpath",
                str(workdir / "dist"),
                "--workpath",
                str(workdir / "build"),
                str(SPEC),
            ],
            cwd=workdir,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    if done.returncode != 0:
        print("\n".join(log.read_text().splitlines()[-25:]), file=sys.stderr)
        raise StepError(f"build: PyInstaller exit status {done.returncode} (log: {log})")
    return workdir / "dist" / NAME, time.monotonic() - started


def folder_mb(folder: Path) -> float:
    """What the folder takes, in MB (files only, links not followed)."""
    total = sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return total / 1e6


def source_version() -> str:
    """The version the checkout says (console/__init__.py), which the bundle must print."""
    text = (SPEC.parent.parent / "console" / "__init__.py").read_text()
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if found is None:
        raise StepError("--version: console/__init__.py names no __version__")
    return found.group(1)


def check_commands(bundle: Bundle) -> Path:
    """--version, a new store migrated and filled with the small demo; returns the store."""
    out = bundle.run("--version", "--version")
    version = source_version()
    if out.split() != [NAME, version]:
        raise StepError(f"--version: printed {out.strip()!r}, not {NAME} {version}")
    say(f"ok  --version: {out.strip()}")
    store = bundle.scratch / "desk.sqlite3"
    out = bundle.run("db upgrade", "--db", str(store), "db", "upgrade")
    say(f"ok  db upgrade: {out.strip()}")
    started = time.monotonic()
    out = bundle.run("demo", "--db", str(store), "demo", "--size", "small")
    say(f"ok  demo --size small ({time.monotonic() - started:.0f} s): {out.strip()}")
    return store


def _one(db: sqlite3.Connection, what: str, query: str) -> tuple[str, ...]:
    row = db.execute(query).fetchone()
    if row is None:
        raise StepError(f"report: the demo store has no {what} to print")
    return tuple(str(value) for value in row)


def document_requests(store: Path) -> list[tuple[str, list[str]]]:
    """One request per kind of document, for records the demo store holds."""
    db = sqlite3.connect(store)
    try:
        visit, day = _one(
            db,
            "completed visit",
            "SELECT reference, substr(planned_start, 1, 10) FROM visits "
            "WHERE status = 'completed' ORDER BY planned_start DESC LIMIT 1",
        )
        (ticket,) = _one(
            db,
            "closed emergency",
            "SELECT reference FROM tickets WHERE status = 'closed' AND emergency "
            "ORDER BY closed_at DESC LIMIT 1",
        )
        (invoice,) = _one(
            db,
            "issued invoice",
            "SELECT number FROM invoices WHERE status IN ('issued', 'paid') "
            "ORDER BY issue_date DESC, number DESC LIMIT 1",
        )
        contract, month = _one(
            db,
            "billed contract",
            "SELECT c.id, substr(i.period_start, 1, 7) FROM invoices i "
            "JOIN contracts c ON c.id = i.contract_id "
            "WHERE i.kind = 'monthly' AND i.status IN ('issued', 'paid') "
            "ORDER BY i.issue_date DESC LIMIT 1",
        )
        client, quarter_month = _one(
            db,
            "client with visits",
            "SELECT cl.name, substr(v.planned_start, 1, 7) FROM visits v "
            "JOIN tickets t ON t.id = v.ticket_id JOIN clients cl ON cl.id = t.client_id "
            "WHERE v.status = 'completed' ORDER BY v.planned_start DESC LIMIT 1",
        )
    finally:
        db.close()
    year, month_number = month.split("-")
    month_end = f"{month}-{calendar.monthrange(int(year), int(month_number))[1]:02d}"
    year, month_number = quarter_month.split("-")
    quarter = f"{year}Q{(int(month_number) - 1) // 3 + 1}"
    return [
        ("work-order", [visit]),
        ("day-sheet", ["--day", day]),
        ("incident", [ticket, "--stage", "final"]),
        ("invoice", [invoice, "--format", "pdf"]),
        ("invoice", [invoice, "--format", "facturx"]),
        ("statement", [str(uuid.UUID(contract)), "--from", f"{month}-01", "--to", month_end]),
        ("review", [client, "--quarter", quarter]),
    ]


def check_documents(bundle: Bundle, store: Path) -> None:
    """Every kind of document, written as a PDF by the bundle."""
    for number, (kind, args) in enumerate(document_requests(store)):
        target = bundle.scratch / f"{number}-{kind}.pdf"
        step = f"report {kind} {' '.join(args)}"
        bundle.run(step, "--db", str(store), "report", kind, *args, "-o", str(target))
        if not target.is_file() or not target.read_bytes().startswith(b"%PDF-"):
            raise StepError(f"{step}: {target.name} is not a PDF")
        say(f"ok  {step}: {target.stat().st_size:,} bytes")


def time_window(bundle: Bundle, store: Path, program: Path, runs: int) -> float:
    """The quickest of `runs` window starts (open, show, close) on a copy of the store."""
    best = float("inf")
    for run in range(runs):
        copy = bundle.scratch / f"window-{run}.sqlite3"
        shutil.copyfile(store, copy)
        started = time.monotonic()
        bundle.run(f"window ({program})", "--db", str(copy), program=program, **{SMOKE_TEST: "1"})
        best = min(best, time.monotonic() - started)
        copy.unlink()
    return best


def check_window(bundle: Bundle, store: Path, installed: Path | None, runs: int) -> float | None:
    """The window opens on the demo store and closes cleanly; returns the start-time ratio."""
    bundled = time_window(bundle, store, bundle.program, runs)
    logs = bundle.home / ".local" / "state" / NAME / "log"
    errors = [
        line
        for log in sorted(logs.glob(f"{NAME}.log*"))
        for line in log.read_text(errors="replace").splitlines()
        if " ERROR " in line or " CRITICAL " in line
    ]
    if errors:
        print("\n".join(errors[-10:]), file=sys.stderr)
        raise StepError(f"window: the log has {len(errors)} error line(s) ({logs})")
    say(f"ok  window opened offscreen and closed, exit status 0: {bundled:.2f} s")
    if installed is None:
        say("--  start time: no installed dispatch-console beside this Python to compare with")
        return None
    direct = time_window(bundle, store, installed, runs)
    ratio = bundled / direct
    say(f"ok  start time: bundled {bundled:.2f} s, installed {direct:.2f} s, ratio {ratio:.2f}")
    return ratio


def check_sync(bundle: Bundle) -> None:
    """Server init on a fresh database, a dispatcher added, a new store enrolled and synced."""
    import psycopg
    from sqlalchemy.engine import make_url

    admin = make_url(PG_URL)
    tag = uuid.uuid4().hex[:8]
    name, login = f"dc_bundle_{tag}", f"bundle_{tag}"
    try:
        with psycopg.connect(PG_URL, autocommit=True, connect_timeout=10) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
    except psycopg.Error as exc:
        reason = str(exc).strip().splitlines()[0]
        raise StepError(f"sync: cannot create a database on {admin.host}: {reason}") from None
    owner = admin.set(database=name).render_as_string(hide_password=False)
    user = admin.set(database=name, username=login, password=None)
    try:
        out = bundle.run("server init", "server", "init", "--url", owner)
        say(f"ok  server init: {out.strip()}")
        bundle.run(
            "users add",
            *("users", "add", "--url", owner, login, "--name", "Bundle Check"),
            *("--role", "dispatcher", "--password-stdin"),
            stdin=f"{uuid.uuid4().hex}\n",
        )
        replica = bundle.scratch / "replica.sqlite3"
        url = user.render_as_string(hide_password=False)
        out = bundle.run("sync", "--db", str(replica), "sync", "--url", url)
        say("ok  sync: " + " / ".join(out.strip().splitlines()))
    finally:
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            roles = conn.execute(
                "SELECT rolname FROM pg_roles WHERE rolname LIKE %s OR rolname = %s",
                (f"dc\\_{name}\\_%", login),
            ).fetchall()
            for (role,) in roles:
                conn.execute(f'DROP ROLE IF EXISTS "{role}"')


def check_install(bundle: Bundle, folder: Path) -> None:
    """install-linux.sh puts the bundle, launcher, menu entry and icons under a prefix."""
    prefix = bundle.scratch / "prefix"
    script = str(SPEC.parent / "install-linux.sh")
    args = ("--prefix", str(prefix), "--bundle", str(folder))
    bundle.run("install-linux.sh", script, *args, program=Path("/bin/bash"))
    share = prefix / "share"
    icons = share / "icons" / "hicolor"
    entry = share / "applications" / f"{NAME}.desktop"
    wanted = [
        entry,
        icons / "scalable" / "apps" / f"{NAME}.svg",
        *(icons / f"{n}x{n}" / "apps" / f"{NAME}.png" for n in (16, 32, 48, 64, 128, 256)),
    ]
    missing = [str(path.relative_to(prefix)) for path in wanted if not path.is_file()]
    if missing:
        raise StepError(f"install-linux.sh: {', '.join(missing)} not installed")
    out = bundle.run("install-linux.sh (launcher)", "--version", program=prefix / "bin" / NAME)
    validator = shutil.which("desktop-file-validate")
    if validator is not None:  # not on every machine; CI installs no desktop tools
        said = bundle.run("desktop-file-validate", str(entry), program=Path(validator))
        if said.strip():
            print(said, file=sys.stderr)
            raise StepError(f"desktop-file-validate: {entry.name} is not clean")
    say(f"ok  install-linux.sh --prefix: the launcher says {out.strip()}")


def main(argv: Sequence[str] | None = None) -> int:
    """Build (unless --dist), check every step, print the figures; 1 on the first failure."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, help="check this bundle folder instead of building")
    parser.add_argument("--keep", action="store_true", help="keep the build and scratch folders")
    parser.add_argument("--runs", type=int, default=3, help="window starts timed (best counts)")
    parser.add_argument(
        "--max-start-ratio",
        type=float,
        default=None,
        help="fail when the bundled window starts more than this many times as slowly as "
        "the installed one (the target lives in `python -m bench bundle`)",
    )
    args = parser.parse_args(argv)
    installed = Path(sys.executable).parent / NAME
    workdir = Path(tempfile.mkdtemp(prefix="dc-bundle-"))
    try:
        if args.dist is None:
            say(f"building {SPEC.name} in {workdir} ...")
            folder, seconds = build(workdir)
            say(f"ok  build: {seconds:.0f} s")
        else:
            folder = args.dist.resolve()
        program = folder / NAME
        if not program.is_file():
            raise StepError(f"build: {program} is missing")
        say(f"ok  size: {folder_mb(folder):.0f} MB in {folder}")
        bundle = Bundle(program, workdir / "scratch")
        store = check_commands(bundle)
        check_documents(bundle, store)
        ratio = check_window(bundle, store, installed if installed.is_file() else None, args.runs)
        check_sync(bundle)
        if sys.platform == "linux":
            check_install(bundle, folder)
        if args.max_start_ratio is not None and ratio is not None and ratio > args.max_start_ratio:
            raise StepError(
                f"start time: the bundled window starts {ratio:.2f}x as slowly as the "
                f"installed one (at most {args.max_start_ratio})"
            )
    except StepError as failed:
        print(f"check_bundle: FAILED at {failed}", file=sys.stderr)
        return 1
    finally:
        if args.keep:
            say(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    say("check_bundle: all steps passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
