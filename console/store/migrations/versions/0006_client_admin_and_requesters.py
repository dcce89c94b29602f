"""A client's own admin account (C12), and requesters known by e-mail alone (T1).

Users get the role client_admin and the client such a user belongs to; a contact whose
role is requester may have no phone yet (the first e-mail registers them).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_ROLES = ("dispatcher", "engineer", "service_manager", "admin")
NEW_ROLES = (*OLD_ROLES, "client_admin")
CLIENT_ADMIN_CLIENT = "(role = 'client_admin') = (client_id IS NOT NULL)"
E164 = (
    "phone LIKE '+%' AND substr(phone, 2, 1) <> '0' AND length(phone) BETWEEN 8 AND 16 "
    "AND ltrim(substr(phone, 2), '0123456789') = ''"
)
REQUESTER_PHONE = f"phone IS NULL AND role = 'requester' OR phone IS NOT NULL AND ({E164})"


def _roles(values: Sequence[str]) -> str:
    return "role IN (" + ", ".join(f"'{v}'" for v in values) + ")"


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _rewrite_sqlite_tables(changes: dict[str, list[tuple[str, str]]]) -> None:
    """Change constraints in SQLite's stored table definitions, without copying tables.

    Batch mode would copy each table and drop the old one; with foreign keys on, that
    drop deletes every row first, which clears clients' account managers and fails on
    tickets' requesters. Widening or removing a CHECK or NOT NULL changes no stored row,
    so SQLite documents this edit of the schema text for it (the new version number makes
    every connection read the schema again).
    """
    bind = op.get_bind()
    version = bind.exec_driver_sql("PRAGMA schema_version").scalar_one()
    bind.exec_driver_sql("PRAGMA writable_schema = ON")
    for table, edits in changes.items():
        text = bind.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).scalar_one()
        for old, new in edits:
            if old not in text:
                raise RuntimeError(f"the {table} table is not as this migration expects: {old}")
            text = text.replace(old, new)
        bind.exec_driver_sql(
            "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", (text, table)
        )
    bind.exec_driver_sql(f"PRAGMA schema_version = {int(version) + 1}")
    bind.exec_driver_sql("PRAGMA writable_schema = OFF")


def _sqlite_edits(up: bool) -> dict[str, list[tuple[str, str]]]:
    old_roles = f"CONSTRAINT ck_users_role CHECK ({_roles(OLD_ROLES)})"
    new_roles = (
        f"CONSTRAINT ck_users_role CHECK ({_roles(NEW_ROLES)}), \n\t"
        f"CONSTRAINT ck_users_client_admin_client CHECK ({CLIENT_ADMIN_CLIENT})"
    )
    old_phone = f"CONSTRAINT ck_contacts_phone_e164 CHECK ({E164})"
    new_phone = f"CONSTRAINT ck_contacts_phone_e164 CHECK ({REQUESTER_PHONE})"
    edits = {
        "users": [(old_roles, new_roles)],
        "contacts": [
            ("phone VARCHAR(16) NOT NULL,", "phone VARCHAR(16),"),
            (old_phone, new_phone),
        ],
    }
    if up:
        return edits
    return {table: [(new, old) for old, new in pairs] for table, pairs in edits.items()}


def upgrade() -> None:
    if _sqlite():
        op.execute(
            "ALTER TABLE users ADD COLUMN client_id CHAR(32) "
            "CONSTRAINT fk_users_client_id_clients REFERENCES clients (id)"
        )
        op.create_index(op.f("ix_users_client_id"), "users", ["client_id"], unique=False)
        _rewrite_sqlite_tables(_sqlite_edits(up=True))
        return
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("client_id", sa.Uuid(), nullable=True))
        batch_op.drop_constraint(op.f("ck_users_role"), type_="check")
        batch_op.create_check_constraint(op.f("ck_users_role"), _roles(NEW_ROLES))
        batch_op.create_check_constraint(op.f("ck_users_client_admin_client"), CLIENT_ADMIN_CLIENT)
        batch_op.create_foreign_key(
            op.f("fk_users_client_id_clients"), "clients", ["client_id"], ["id"]
        )
        batch_op.create_index(op.f("ix_users_client_id"), ["client_id"], unique=False)
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.alter_column("phone", existing_type=sa.String(length=16), nullable=True)
        batch_op.drop_constraint(op.f("ck_contacts_phone_e164"), type_="check")
        batch_op.create_check_constraint(op.f("ck_contacts_phone_e164"), REQUESTER_PHONE)


def downgrade() -> None:
    # A client admin, or a requester without a phone, has no place in the older schema:
    # the downgrade stops at the first such row rather than lose it.
    if _sqlite():
        _rewrite_sqlite_tables(_sqlite_edits(up=False))
        op.drop_index(op.f("ix_users_client_id"), "users")
        # SQLite 3.35+ drops a column in place, keeping the table as it is otherwise
        op.execute("ALTER TABLE users DROP COLUMN client_id")
        return
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_contacts_phone_e164"), type_="check")
        batch_op.create_check_constraint(op.f("ck_contacts_phone_e164"), E164)
        batch_op.alter_column("phone", existing_type=sa.String(length=16), nullable=False)
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_index(op.f("ix_users_client_id"))
        batch_op.drop_constraint(op.f("fk_users_client_id_clients"), type_="foreignkey")
        batch_op.drop_constraint(op.f("ck_users_client_admin_client"), type_="check")
        batch_op.drop_constraint(op.f("ck_users_role"), type_="check")
        batch_op.create_check_constraint(op.f("ck_users_role"), _roles(OLD_ROLES))
        batch_op.drop_column("client_id")
