"""Keyring backends for tests: one that keeps keys in memory, one that is always unavailable."""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """Keys in a dict; ``set_backend(MemoryKeyring())`` makes the app use it."""

    priority = 1  # type: ignore[assignment]  # never auto-selected ahead of a real keyring

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.store.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


class BrokenKeyring(KeyringBackend):
    """A keyring that fails like a headless Linux box or a frozen app without backends."""

    priority = 0.5  # type: ignore[assignment]

    def __init__(self, error: type[KeyringError] = NoKeyringError) -> None:
        super().__init__()
        self.error = error

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error("No recommended backend was available.")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.error("No recommended backend was available.")

    def delete_password(self, service: str, username: str) -> None:
        raise self.error("No recommended backend was available.")
