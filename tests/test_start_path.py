"""The path to the window's first screen: what it reads and what it leaves for later.

Issue 4's start-up target allows half again an empty window's start, and building the
model's mapped classes alone costs a third of that; the first screen therefore reads
through `console.store.lean_tables` and the model loads in the background afterwards.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine

from console.model import Base
from console.store import lean_tables

START = """
import asyncio, json, sys
import qasync
from console.store.engine import create_store_engine, resolve_url
from console.views.app import make_application, open_window

app = make_application([])
loop = qasync.QEventLoop(app)
asyncio.set_event_loop(loop)
seen = {}

async def start():
    window = open_window(create_store_engine(resolve_url(sys.argv[1])))
    await asyncio.sleep(0)
    seen["rows"] = window.queue.model.rowCount()
    seen["model"] = "console.model" in sys.modules
    seen["orm"] = "sqlalchemy.orm" in sys.modules
    seen["network"] = "PySide6.QtNetwork" in sys.modules
    seen["user"] = window.desk.user_name
    for _ in range(500):  # then the full queue and its SLA clocks arrive off the loop
        if not window.queue.loading and window.queue._facts.clocks:
            break
        await asyncio.sleep(0.01)
    seen["clocks"] = len(window.queue._facts.clocks)
    seen["model_later"] = "console.model" in sys.modules
    window.close()

with loop:
    loop.run_until_complete(start())
print(json.dumps(seen))
"""


def test_lean_tables_name_only_tables_and_columns_of_the_model() -> None:
    for table in lean_tables.ALL:
        model = Base.metadata.tables.get(table.name)
        assert model is not None, f"{table.name} is not a table of the model"
        missing = {c.name for c in table.c} - {c.name for c in model.c}
        assert not missing, f"{table.name} has no columns {sorted(missing)}"


def test_the_first_screen_shows_before_the_model_is_built(
    small_demo_path: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "demo.sqlite3"
    copy.write_bytes(small_demo_path.read_bytes())
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", START, str(copy)], capture_output=True, text=True, env=env
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["rows"] > 0 and seen["user"], seen
    assert seen["model"] is False, "the first screen built the model's mapped classes"
    assert seen["orm"] is False, "the first screen waited for SQLAlchemy's ORM to load"
    assert seen["network"] is False, "a store that does not sync loaded the network plug-in"
    assert seen["clocks"] > 0, "the SLA clocks never arrived"
    assert seen["model_later"] is True


def test_open_window_refuses_to_run_off_the_loop(demo_engine: Engine) -> None:
    # Off the loop the whole queue would load in the window's thread: a frozen start.
    from console.views.app import make_application, open_window

    make_application([])
    with pytest.raises(RuntimeError):
        open_window(demo_engine)
