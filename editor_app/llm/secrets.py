"""The API key: from the environment first, else the OS keyring; never from the settings file.

keyring's automatic backend discovery uses entry points, which are lost in a
frozen (PyInstaller) app, and raises NoKeyringError on headless Linux. So the
backend is chosen explicitly per platform, every keyring error is caught, and
the caller gets a ``KeyStatus`` saying in words where the key came from.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, PasswordDeleteError

from editor_app.llm.settings import ProviderSettings

log = logging.getLogger(__name__)

SERVICE = "editor-app"
ENV_KEY = "OPENAI_API_KEY"
LOCAL_PLACEHOLDER = "not-needed"  # local servers ignore the key, but the client wants one

_backend_override: KeyringBackend | None = None


class KeyStoreError(Exception):
    """The key could not be stored or deleted; the message says why in plain words."""


def mask_key(key: str | None) -> str:
    """A key as it may be shown: its last four characters only."""
    if not key:
        return "(none)"
    if len(key) <= 8:
        return "…" * 3
    return f"{key[:3]}…{key[-4:]}"


@dataclass(frozen=True)
class KeyStatus:
    """Where the key came from ("env", "keyring", "none") and a sentence for the user."""

    source: Literal["env", "keyring", "none"]
    message: str
    key: str | None = field(default=None, repr=False)

    def __repr__(self) -> str:
        return f"KeyStatus(source={self.source!r}, key={mask_key(self.key)!r}, message={self.message!r})"


def key_user(settings: ProviderSettings) -> str:
    """The keyring user name: the preset, or the URL for a custom server."""
    if settings.preset in ("custom", "none") and settings.base_url:
        return settings.base_url.rstrip("/")
    return settings.preset


def set_backend(backend: KeyringBackend | None) -> None:
    """Use this backend (tests, UI tests); None goes back to the platform's own."""
    global _backend_override
    _backend_override = backend


def _load_named(name: str) -> KeyringBackend | None:
    try:
        from keyring.core import load_keyring

        return load_keyring(name)
    except Exception as exc:  # a bad PYTHON_KEYRING_BACKEND must not stop the app
        log.warning("cannot load keyring backend %s: %s", name, exc)
        return None


def _viable(cls: type[KeyringBackend]) -> bool:
    try:
        return cls.priority > 0  # type: ignore[operator]  # raises when the backend is unusable here
    except Exception:
        return False


def platform_backend() -> tuple[KeyringBackend | None, str]:
    """The OS keyring chosen explicitly, or None and the reason there is none."""
    if _backend_override is not None:
        return _backend_override, ""
    named = os.environ.get("PYTHON_KEYRING_BACKEND")
    if named:
        backend = _load_named(named)
        return (backend, "") if backend else (None, f"keyring backend {named} could not be loaded")
    try:
        if sys.platform == "darwin":
            from keyring.backends.macOS import Keyring as MacKeyring

            candidates: list[type[KeyringBackend]] = [MacKeyring]
        elif sys.platform == "win32":
            from keyring.backends.Windows import WinVaultKeyring

            candidates = [WinVaultKeyring]
        else:
            from keyring.backends.kwallet import DBusKeyring
            from keyring.backends.SecretService import Keyring as SecretServiceKeyring

            candidates = [SecretServiceKeyring, DBusKeyring]
    except Exception as exc:
        return None, f"the OS keyring module is missing ({exc})"
    for cls in candidates:
        if _viable(cls):
            return cls(), ""
    if sys.platform.startswith("linux"):
        return None, "no OS keyring on this system (no Secret Service or KWallet running)"
    return None, "the OS keyring is not available"


def resolve_key(settings: ProviderSettings, env: Mapping[str, str] | None = None) -> KeyStatus:
    """The key to use: OPENAI_API_KEY, else the keyring; errors become a visible note."""
    env = os.environ if env is None else env
    if env.get(ENV_KEY):
        return KeyStatus("env", f"using the API key from {ENV_KEY}", env[ENV_KEY])
    local_note = " (none is needed for a local server)" if settings.is_local else ""
    backend, why = platform_backend()
    if backend is None:
        return KeyStatus("none", f"{why}; set {ENV_KEY} to give an API key{local_note}")
    try:
        key = backend.get_password(SERVICE, key_user(settings))
    except KeyringError as exc:
        return KeyStatus("none", f"the OS keyring could not be read ({type(exc).__name__}); "
                                 f"set {ENV_KEY} to give an API key{local_note}")
    except Exception as exc:  # dbus hiccups, locked collections, ...
        log.warning("keyring read failed: %s", type(exc).__name__)
        return KeyStatus("none", f"the OS keyring failed ({type(exc).__name__}); "
                                 f"set {ENV_KEY} to give an API key{local_note}")
    if key:
        return KeyStatus("keyring", f"using the API key stored in the OS keyring for {key_user(settings)}", key)
    return KeyStatus("none", f"no API key stored for {key_user(settings)}{local_note}")


def api_key_for(settings: ProviderSettings, env: Mapping[str, str] | None = None) -> str | None:
    """The key the client sends: the resolved one, the placeholder for local servers, or None."""
    status = resolve_key(settings, env)
    if status.key:
        from editor_app.redact import remember

        remember(status.key)  # masked in every message from now on
        return status.key
    return LOCAL_PLACEHOLDER if settings.is_local else None


def store_key(settings: ProviderSettings, key: str) -> KeyStatus:
    """Save the key in the OS keyring; raises KeyStoreError with a plain message when it cannot."""
    key = key.strip()
    if not key:
        raise KeyStoreError("the API key is empty")
    backend, why = platform_backend()
    if backend is None:
        raise KeyStoreError(f"cannot store the key: {why}; set {ENV_KEY} in the environment instead")
    try:
        backend.set_password(SERVICE, key_user(settings), key)
    except Exception as exc:
        raise KeyStoreError(f"cannot store the key in the OS keyring ({type(exc).__name__}); "
                            f"set {ENV_KEY} in the environment instead") from None
    return KeyStatus("keyring", f"API key stored in the OS keyring for {key_user(settings)}", key)


def delete_key(settings: ProviderSettings) -> bool:
    """Remove the stored key; True when one was removed, False when there was none."""
    backend, why = platform_backend()
    if backend is None:
        raise KeyStoreError(f"cannot delete the key: {why}")
    try:
        backend.delete_password(SERVICE, key_user(settings))
    except PasswordDeleteError:
        return False
    except Exception as exc:
        raise KeyStoreError(f"cannot delete the key from the OS keyring ({type(exc).__name__})") from None
    return True
