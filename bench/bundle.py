"""`python -m bench bundle`: the bundled window's start beside the installed program's.

The desktop bundle carries its own Python and Qt; a desk that installs it should not wait
longer for the window than one running the installed package. Both start the same window
on copies of the same small demo store (built by the bundle, as a new user's first start
would), offscreen, closing once the queue and its clocks show; the starts alternate, so a
busy moment of this shared machine falls on both alike, and the medians are compared.

The bundle is built with PyInstaller into a scratch folder (about two minutes), or taken
from DISPATCH_BENCH_BUNDLE_DIST when that names one already built. It needs the bundle
extra (`pip install '.[bundle]'`) and the installed `dispatch-console` beside this Python.
`packaging/check_bundle.py` checks that the bundle works; this is where its speed is held.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path
from types import ModuleType

from .figures import note, report

ROOT = Path(__file__).resolve().parent.parent
STARTS = 5
"""Window starts of each program; the medians are compared."""
DIST_VARIABLE = "DISPATCH_BENCH_BUNDLE_DIST"
START_RATIO = 1.5
"""The bundled window starts within this many times the installed one's start."""


def _checker() -> ModuleType:
    """`packaging/check_bundle.py`, which builds and runs the bundle (not a package)."""
    path = ROOT / "packaging" / "check_bundle.py"
    spec = importlib.util.spec_from_file_location("check_bundle", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run() -> None:
    """Build (or take) the bundle, then time its window's start against the installed one's."""
    checker = _checker()
    installed = Path(sys.executable).parent / checker.NAME
    if not installed.is_file():
        note(f"no installed {checker.NAME} beside {sys.executable}: no bundle figure")
        return
    given = os.environ.get(DIST_VARIABLE)
    if not given and importlib.util.find_spec("PyInstaller") is None:
        note("PyInstaller is not installed (pip install '.[bundle]'): no bundle figure")
        return
    workdir = Path(tempfile.mkdtemp(prefix="dc-bench-bundle-"))
    try:
        # its progress goes to stderr: stdout carries the figures alone
        with contextlib.redirect_stdout(sys.stderr):
            if given:
                folder = Path(given).resolve()
            else:
                note("building the bundle (about two minutes)...")
                folder, seconds = checker.build(workdir)
                note(f"built in {seconds:.0f} s")
            bundle = checker.Bundle(folder / checker.NAME, workdir / "scratch")
            store = checker.check_commands(bundle)
            checker.time_window(bundle, store, bundle.program, 1)  # both warm once: page cache
            checker.time_window(bundle, store, installed, 1)
            bundled, direct = [], []
            for _ in range(STARTS):
                bundled.append(checker.time_window(bundle, store, bundle.program, 1))
                direct.append(checker.time_window(bundle, store, installed, 1))
    except checker.StepError as failed:
        raise SystemExit(f"bench bundle: {failed}") from None
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    report("bundle_window_start_vs_installed", statistics.median(bundled), "s", START_RATIO,
           statistics.median(direct), target_on_ratio=True, demo_size="small")  # fmt: skip
