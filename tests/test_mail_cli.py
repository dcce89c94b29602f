"""`dispatch-console mail …`: a mailbox set up with its password kept outside the store,
the settings, one fetch pass against the test Dovecot, the triage and quarantine lists."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from mailserver import support
from sqlalchemy import Engine, text

from console.cli.main import main
from console.services.mail.secrets import SECRETS_FOLDER


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    status = main(list(argv))
    out = capsys.readouterr()
    return status, out.out + out.err


def test_mail_commands_from_a_mailbox_to_the_triage_list(
    store: Engine, sqlite_path: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    support.require_server()
    folder = support.new_folder()
    try:
        monkeypatch.setenv(SECRETS_FOLDER, str(tmp_path / "secrets"))
        monkeypatch.setattr(sys, "stdin", io.StringIO(support.PASSWORD + "\n"))
        db = ("--db", str(sqlite_path))
        status, out = run(
            capsys, "mail", "mailboxes", "add", "desk", *db, "--host", support.HOST,
            "--port", str(support.PORT), "--tls", "none", "--user", support.USER,
            "--folder", folder, "--quarantine-folder", f"{folder}/Quarantine",
            "--password-stdin",
        )  # fmt: skip
        assert status == 0, out
        with store.connect() as connection:  # the password never reaches the store
            dump = "\n".join(connection.connection.iterdump())  # type: ignore[attr-defined]
        assert support.PASSWORD not in dump
        assert (tmp_path / "secrets" / "mail-desk").stat().st_mode & 0o077 == 0
        status, out = run(capsys, "mail", "mailboxes", "list", *db)
        assert "desk: desk@dispatch.test at 127.0.0.1" in out and "NO PASSWORD" not in out
        status, out = run(capsys, "mail", "settings", *db, "--reopen-days", "7")
        assert status == 0 and "reopen window: 7 days" in out
        status, out = run(capsys, "mail", "settings", *db, "--reopen-days", "400")
        assert status == 2 and len(out.strip().splitlines()) == 1

        support.append(
            folder,
            b"From: Max <max@nowhere.example>\r\nSubject: hello\r\n"
            b"Message-ID: <cli-1@nowhere.example>\r\n\r\nHi desk\r\n",
        )
        status, out = run(capsys, "mail", "fetch", "--once", *db)
        assert status == 0 and "unknown sender" in out and "1 messages taken in" in out
        status, out = run(capsys, "mail", "triage", *db)
        assert "max@nowhere.example" in out and "1 messages from unknown senders" in out
        status, out = run(capsys, "mail", "quarantine", *db)
        assert "0 messages in quarantine" in out
        status, out = run(capsys, "mail", "mailboxes", "remove", "desk", *db)
        assert "disabled" in out  # it took mail in: kept, and its password forgotten
        assert not (tmp_path / "secrets" / "mail-desk").exists()
        with store.connect() as connection:
            assert connection.execute(text("SELECT enabled FROM mail_mailboxes")).scalar() == 0
        # switched on again, and moved; a refusal is one line with status 2
        status, out = run(capsys, "mail", "mailboxes", "edit", "desk", *db, "--enable",
                          "--folder", f"{folder}/Support")  # fmt: skip
        assert status == 0 and "enabled" in out and f"folder {folder}/Support" in out, out
        status, out = run(capsys, "mail", "mailboxes", "edit", "desk", *db, "--host",
                          "imap.elsewhere.example")  # fmt: skip
        assert status == 2 and len(out.strip().splitlines()) == 1 and "TLS" in out, out
        status, out = run(capsys, "mail", "mailboxes", "edit", "nobody", *db, "--disable")
        assert status == 2 and "no mailbox 'nobody'" in out, out
    finally:
        support.drop_folder(folder)
