"""Declarative base and the columns every synchronised row carries."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Enum, Integer, MetaData, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from console.ids import new_id
from console.store.replica import install_outbox_guard
from console.store.types import ExactDecimal, UTCDateTime

# A local store may be a replica: the guard refuses a flush that bypasses the outbox (sync
# rule 1). Installed with the model, as any flush of a row needs the model: a window shows
# its first screen without the ORM, which loads afterwards.
install_outbox_guard()

# Stable constraint names: alembic needs them to alter SQLite tables and PostgreSQL
# needs them to name the rule a refused row broke.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """The current instant, aware, in UTC."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Root of the model; maps Python types to the store's exact column types."""

    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: dict[Any, Any] = {  # noqa: RUF012 - SQLAlchemy reads it once
        uuid.UUID: Uuid(),
        datetime: UTCDateTime(),
        dict[str, Any]: JSON(),
        list[str]: JSON(),
    }


def phone_check(column: str = "phone", nullable: bool = False) -> str:
    """Portable SQL for an E.164 number (D1): SQLite and PostgreSQL share these functions."""
    sql = (
        f"{column} LIKE '+%' AND substr({column}, 2, 1) <> '0' "
        f"AND length({column}) BETWEEN 8 AND 16 "
        f"AND ltrim(substr({column}, 2), '0123456789') = ''"
    )
    return f"{column} IS NULL OR ({sql})" if nullable else sql


def enum_type(enum: type[StrEnum], name: str) -> Enum:
    """A portable enum column: VARCHAR plus a CHECK listing the values."""
    return Enum(
        enum,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=32,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


def exact() -> ExactDecimal:
    """Shorthand for an exact decimal column type."""
    return ExactDecimal()


class Entity:
    """UUID key, optimistic row version, creation and change times.

    The row version lets two desks editing the same row find out instead of overwriting
    each other; sync uses it as the base version of a change.
    """

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    row_version: Mapped[int] = mapped_column(Integer, nullable=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - SQLAlchemy's signature
        return {"version_id_col": cls.row_version}
