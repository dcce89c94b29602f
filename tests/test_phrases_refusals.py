"""The core's refusals are phrases with their values: a Dutch desk reads them in Dutch."""

from __future__ import annotations

import ast
import uuid
from collections.abc import Iterator
from datetime import date
from functools import partial
from pathlib import Path

import pytest
from builders import World
from PySide6.QtWidgets import QApplication
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from console.enums import ContractKind, Role
from console.errors import UserError, ValidationError
from console.rules.master_data import MasterKind, check_master_change
from console.services.invoicing import issue_invoice
from console.services.local_identity import ensure_first_user
from console.services.local_users import add_local_user
from console.store.engine import resolve_url
from console.sync.session import store_session
from console.views.errors import user_message
from console.views.i18n import install_translations
from console.wording.phrases import Phrase

ROOT = Path(__file__).resolve().parents[1]

CONVERTED = ("console/**/*.py",)
"""Every module whose refusals a person reads: the window's and the documents' (the
command line's own argument checks, in console/cli, print English and are not here)."""

NOT_YET = {"console/model/knowledge.py"}
"""Files left as they are, each for its reason: the knowledge model's checks are worded
by its service before they reach anyone."""

SKIPPED_FOLDERS = (
    "console/cli/",
    "console/demo/",
    "console/store/migrations/",
    "console/views/forms/",
)
"""The command line's argument checks, the demo builder and migrations speak to a developer."""


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[str]:
    yield install_translations(qapp, "nl")
    install_translations(qapp, "en")


def _admin(store: Engine) -> uuid.UUID | None:
    with Session(store) as session:
        World(session, ContractKind.ON_DEMAND)
        admin = ensure_first_user(session, "anna", "Anna")
        session.commit()
        return admin


def test_a_refused_user_reads_in_dutch_in_the_window_and_in_english_on_the_command_line(
    store: Engine, dutch: str
) -> None:
    admin = _admin(store)
    sessions = partial(store_session, store)
    add_local_user(sessions, admin, username="mara", display_name="Mara", role=Role.DISPATCHER)
    with pytest.raises(ValidationError) as caught:
        add_local_user(sessions, admin, username="Mara", display_name="M", role=Role.DISPATCHER)
    assert isinstance(caught.value.text, Phrase)
    assert str(caught.value) == "username: 'mara' is a user of this store already"
    assert user_message(caught.value) == "username: 'mara' is al een gebruiker van deze database"


def test_a_services_user_error_is_worded_in_dutch_with_its_value(store: Engine, dutch: str) -> None:
    missing = uuid.uuid4()
    with Session(store) as session, pytest.raises(UserError) as caught:
        issue_invoice(session, missing, date(2026, 12, 4))
    assert str(caught.value) == f"invoice {missing} does not exist"
    assert user_message(caught.value) == f"factuur {missing} bestaat niet"


REFUSALS = (
    "ValidationError",
    "UserError",
    "ImapError",
    "SmtpError",
    "DatabaseTooNewError",
    "PasswordRefusedError",
    "WorkflowError",
)
"""The exceptions whose words a user reads."""


def _converted_files() -> list[Path]:
    found = {p for pattern in CONVERTED for p in ROOT.glob(pattern)}
    return sorted(
        p
        for p in found
        if p.relative_to(ROOT).as_posix() not in NOT_YET
        and not p.relative_to(ROOT).as_posix().startswith(SKIPPED_FOLDERS)
    )


def _message_of(call: ast.Call, name: str) -> ast.expr | None:
    """The argument that carries a refusal's words (a ValidationError's second)."""
    keyword = next((k.value for k in call.keywords if k.arg == "message"), None)
    if keyword is not None:
        return keyword
    index = 1 if name == "ValidationError" else 0
    return call.args[index] if len(call.args) > index else None


def test_no_converted_refusal_goes_back_to_an_english_string() -> None:
    offenders = []
    for path in _converted_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if name not in REFUSALS:
                continue
            message = _message_of(node, name)
            plain = isinstance(message, ast.Constant) and isinstance(message.value, str)
            if plain or isinstance(message, ast.JoinedStr | ast.BinOp):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert len(_converted_files()) > 70
    assert not offenders, "refusals given English text, not phrase(...): " + ", ".join(offenders)


def test_a_role_refusal_names_who_asked_and_who_may_in_dutch(dutch: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_master_change(Role.DISPATCHER, MasterKind.CONTRACT)
    assert str(caught.value) == (
        "contract: a dispatcher may not change contracts; only an admin or service manager may"
    )
    worded = user_message(caught.value)
    assert "een planner mag geen contracten wijzigen" in worded
    assert "alleen een beheerder of servicemanager mag dat" in worded


def test_a_store_refusal_reads_in_dutch_with_its_folder(tmp_path: Path, dutch: str) -> None:
    with pytest.raises(UserError) as caught:
        resolve_url(str(tmp_path / "missing" / "desk.db"))
    assert str(caught.value) == f"--db: folder {tmp_path / 'missing'} does not exist"
    assert user_message(caught.value) == f"--db: map {tmp_path / 'missing'} bestaat niet"
