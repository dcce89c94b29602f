"""Who may change the provider's master data: clients, sites, contacts, contracts, engineers.

The desk (admin, dispatcher, service manager) keeps clients, their sites and contacts
and the engineers' records; what the provider earns and pays - contracts and an
engineer's cost rate - only an admin or a service manager. An engineer changes none of
it. A client's own admin keeps the contacts of their own client and nothing else (see
`console.rules.roles`). Every refusal names the field it concerns.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from enum import StrEnum

from console.enums import Role
from console.errors import ValidationError
from console.rules.roles import CLIENT_SCOPED, DESK, MONEY, Scope, Task, check, roles_said, said
from console.wording.phrases import phrase


class MasterKind(StrEnum):
    """The kinds of master data, as the refusals name them."""

    CLIENT = "client"
    SITE = "site"
    CONTACT = "contact"
    CONTRACT = "contract"
    ENGINEER = "engineer"


DESK_ROLES = DESK
"""Who may change clients, sites, contacts and engineers (the desk, in `rules.roles`)."""

MONEY_ROLES = MONEY
"""Who may change contracts and what an engineer costs (`rules.roles`)."""

MONEY_FIELDS: dict[MasterKind, frozenset[str]] = {
    MasterKind.ENGINEER: frozenset({"cost_rate", "cost_currency"}),
}
"""Fields of a desk-kept kind that only `MONEY_ROLES` may set."""

RECORDS = {
    MasterKind.CLIENT: phrase("clients"),
    MasterKind.SITE: phrase("sites"),
    MasterKind.CONTACT: phrase("contacts"),
    MasterKind.CONTRACT: phrase("contracts"),
    MasterKind.ENGINEER: phrase("engineers"),
}
"""Each kind of master data in the plural, as a refusal words it."""

FIELD_WORDS = {"cost_rate": phrase("cost rate"), "cost_currency": phrase("cost currency")}
"""The money fields of an engineer, as a refusal words them."""


def check_master_change(
    role: Role,
    kind: MasterKind,
    fields: Iterable[str] = (),
    *,
    client_id: uuid.UUID | None = None,
    own_client_id: uuid.UUID | None = None,
) -> None:
    """Refuse a change of one record of ``kind`` touching ``fields`` that ``role`` may not make.

    ``client_id`` is the client the record belongs to, ``own_client_id`` the client a
    client admin belongs to; a client admin's change is refused without both.
    """
    if role in CLIENT_SCOPED and kind is MasterKind.CONTACT:
        check(Task.KEEP_CONTACTS, Scope(role, own_client_id), client_id, field=kind.value)
        return
    who = said(role)
    if kind is MasterKind.CONTRACT and role not in MONEY_ROLES:
        raise ValidationError(
            kind.value,
            phrase(
                "{who} may not change contracts; only an {roles} may",
                who=who,
                roles=roles_said(MONEY_ROLES),
            ),
        )
    if role not in DESK_ROLES:
        raise ValidationError(
            kind.value,
            phrase(
                "{who} may not change {records}; only an {roles} may",
                who=who,
                records=RECORDS[kind],
                roles=roles_said(DESK_ROLES),
            ),
        )
    if role not in MONEY_ROLES:
        for name in sorted(MONEY_FIELDS.get(kind, frozenset()) & set(fields)):
            raise ValidationError(
                name,
                phrase(
                    "{who} may not set an engineer's {field}; only an {roles} may",
                    who=who,
                    field=FIELD_WORDS.get(name, name.replace("_", " ")),
                    roles=roles_said(MONEY_ROLES),
                ),
            )
