"""Rows of a local cursor read by a thread of their own, a few chunks ahead of their use.

An upload spends about as long reading SQLite as formatting and sending the rows it read.
SQLite steps through its pages without Python's lock, so a reader thread overlaps that
part with the sending; the queue between them holds a few chunks, so memory stays
bounded whatever the store's size.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

DEPTH = 4
"""Chunks read ahead at most."""


@contextmanager
def read_ahead(cursor: Any, chunk: int, depth: int = DEPTH) -> Iterator[Iterator[list[Any]]]:
    """The chunks of an executed cursor's rows, read ahead by a thread; joined on exit.

    The cursor's connection must allow use from another thread. A failure of the reader
    is raised where the chunk it did not read would have been taken.
    """
    chunks: queue.Queue[list[Any] | BaseException] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def hand_over(item: list[Any] | BaseException) -> bool:
        while not stop.is_set():
            try:
                chunks.put(item, timeout=0.05)
            except queue.Full:
                continue
            return True
        return False

    def read() -> None:
        try:
            while rows := cursor.fetchmany(chunk):
                if not hand_over(rows):
                    return
            hand_over([])
        except BaseException as exc:  # raised again in the taking thread
            hand_over(exc)

    def taken() -> Iterator[list[Any]]:
        while True:
            item = chunks.get()
            if isinstance(item, BaseException):
                raise item
            if not item:
                return
            yield item

    reader = threading.Thread(target=read, name="upload-read-ahead", daemon=True)
    reader.start()
    try:
        yield taken()
    finally:
        # the cursor is not touched once this returns: the connection may be closed next
        stop.set()
        reader.join()
