"""Writing a document's file: whole or not at all, and never through a device."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from pathlib import Path

from console.errors import UserError
from console.store.engine import special_file_kind
from console.wording.phrases import Phrase, phrase


def _reason(exc: OSError) -> str:
    text = exc.strerror or os.strerror(exc.errno or errno.EIO)
    return text[:1].lower() + text[1:]


def check_output(path: Path, option: str = "output") -> Path:
    """The file to write for ``path``, refused unless it is a regular file or a new name.

    A symbolic link is followed, so the file it points to is checked and replaced.
    """
    target = Path(os.path.realpath(path))
    kind = special_file_kind(target)
    if kind:
        raise UserError(
            phrase(
                "{option}: {path} is {kind}, not a file; give a file name",
                option=option,
                path=path,
                kind=kind,
            )
        )
    if target.is_dir():
        raise UserError(
            phrase("{option}: {path} is a folder; give a file name", option=option, path=path)
        )
    folder = target.parent
    if not folder.exists():
        raise UserError(
            phrase(
                "{option}: the folder {parent} does not exist", option=option, parent=path.parent
            )
        )
    if not folder.is_dir():
        raise UserError(
            phrase("{option}: {parent} is not a folder", option=option, parent=path.parent)
        )
    return target


def write_atomically(path: Path, data: bytes, option: str = "output") -> None:
    """Write a file whole or not at all: a failed run never leaves half a PDF.

    The bytes go to a new hidden file in the same folder, which then replaces the target;
    anything but a regular file (a device such as /dev/full, a pipe) is refused untouched.
    """
    target = check_output(path, option)
    partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}.partial")
    try:
        # O_EXCL: the partial file is always a new regular file of our own, never a device.
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as exc:
        reason: Phrase | str = _reason(exc)
        if exc.errno == errno.ENOENT:  # the folder is there, but takes no new files (/proc)
            reason = phrase("cannot create a file in {folder}", folder=target.parent)
        raise UserError(
            phrase("{option}: {path}: {reason}", option=option, path=path, reason=reason)
        ) from None
    try:
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            with contextlib.suppress(FileNotFoundError):  # a new file keeps the umask's mode
                os.chmod(partial, stat.S_IMODE(target.stat().st_mode))
            check_output(path, option)  # still a regular file or absent, just before replacing
            os.replace(partial, target)
        except OSError as exc:
            raise UserError(
                phrase("{option}: {path}: {reason}", option=option, path=path, reason=_reason(exc))
            ) from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
