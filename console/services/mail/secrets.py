"""Mailbox passwords: in the system keyring, never in the store.

A service without a desktop session (the systemd unit) has no keyring; there the
passwords are files in a folder named by DISPATCH_MAIL_SECRETS, one per mailbox, readable
by the service alone (systemd's LoadCredential= puts them in $CREDENTIALS_DIRECTORY).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Protocol

from console.errors import UserError
from console.wording.phrases import phrase

SECRETS_FOLDER = "DISPATCH_MAIL_SECRETS"
"""The environment variable naming a folder of password files instead of the keyring."""

KEYRING_SERVICE = "dispatch-console-mail"


def secret_name(mailbox: str) -> str:
    """The name a mailbox's password is kept under."""
    return f"mail-{mailbox}"


class SecretStore(Protocol):
    """Where passwords are kept."""

    def get(self, name: str) -> str | None:
        """The password kept under a name, if any."""

    def put(self, name: str, secret: str) -> None:
        """Keep a password under a name."""

    def forget(self, name: str) -> None:
        """Remove the password kept under a name, if any."""


class KeyringSecrets:
    """The operating system's keyring (Secret Service, macOS Keychain, Windows)."""

    def get(self, name: str) -> str | None:
        """The password kept under a name, if any."""
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(KEYRING_SERVICE, name)
        except KeyringError:
            return None

    def put(self, name: str, secret: str) -> None:
        """Keep a password under a name; a keyring that refuses says so in one line."""
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.set_password(KEYRING_SERVICE, name, secret)
        except KeyringError as exc:
            raise UserError(
                phrase(
                    "the keyring refused to keep the password ({kind}); on a "
                    "machine without one, set {variable} to a private folder",
                    kind=type(exc).__name__,
                    variable=SECRETS_FOLDER,
                )
            ) from exc

    def forget(self, name: str) -> None:
        """Remove the password kept under a name, if any."""
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError

        with contextlib.suppress(PasswordDeleteError, KeyringError):
            keyring.delete_password(KEYRING_SERVICE, name)


class FolderSecrets:
    """One file per password in a folder only its owner may read."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, name: str) -> Path:
        if not name.replace("-", "").replace("_", "").replace(".", "").isalnum():
            raise UserError(phrase("{name} cannot name a password file", name=repr(name)))
        return self.folder / name

    def get(self, name: str) -> str | None:
        """The password kept under a name, if any."""
        path = self._path(name)
        return path.read_text(encoding="utf-8").rstrip("\r\n") if path.is_file() else None

    def put(self, name: str, secret: str) -> None:
        """Keep a password in a file of mode 0600."""
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        path = self._path(name)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            file.write(secret)

    def forget(self, name: str) -> None:
        """Remove the password file, if any."""
        self._path(name).unlink(missing_ok=True)


def secret_store() -> SecretStore:
    """The folder named by DISPATCH_MAIL_SECRETS, else the system keyring."""
    folder = os.environ.get(SECRETS_FOLDER)
    return FolderSecrets(Path(folder)) if folder else KeyringSecrets()
