"""Whether the signed-in user may change a kind of master data, asked of the rules.

Buttons are disabled by this answer; the services check again and are the real gate.
"""

from __future__ import annotations

from collections.abc import Iterable

from console.enums import Role
from console.errors import ValidationError
from console.rules.master_data import MasterKind, check_master_change
from console.views.context import DeskContext
from console.views.i18n import say


def acting_role(desk: DeskContext) -> Role:
    """The role the services will see: a store without users is set up by its owner,
    whom they let act as an administrator."""
    return desk.role if desk.user_id is not None else Role.ADMIN


def refusal(desk: DeskContext, kind: MasterKind, fields: Iterable[str] = ()) -> str | None:
    """Why the user may not make this change, or None when they may."""
    try:
        check_master_change(acting_role(desk), kind, fields)
    except ValidationError as exc:
        return say(exc.text)
    return None
