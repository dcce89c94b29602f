"""Identifiers: time-ordered UUIDs so rows made on any device never collide."""

from __future__ import annotations

import os
import time
import uuid


def new_id() -> uuid.UUID:
    """Return a UUID version 7 (RFC 9562): millisecond time prefix, then randomness.

    Time order keeps B-tree inserts local in SQLite and PostgreSQL; the random tail keeps
    ids made offline on different laptops apart.
    """
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & ((1 << 48) - 1)) << 80 | rand & ((1 << 80) - 1)
    value &= ~(0xF << 76)
    value |= 0x7 << 76  # version 7
    value &= ~(0x3 << 62)
    value |= 0x2 << 62  # RFC 4122 variant
    return uuid.UUID(int=value)
