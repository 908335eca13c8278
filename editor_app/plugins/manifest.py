"""The plugin manifest: what a plugin declares before any of its code runs.

Why a JSON file and not an attribute next to the entry object: a disabled plugin is never
imported, yet `plugins list` and the Plugin Manager must still show its name, version and
the operations it may emit. So the manifest is data shipped inside the plugin's package,
``<package>/editor_app_plugin.json``, found through the distribution's file list (or the
package's import spec, which locates a package without executing it).
"""

from __future__ import annotations

import json
import re
from importlib.metadata import Distribution, EntryPoint
from importlib.util import find_spec
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from editor_app import __version__

MANIFEST_FILE = "editor_app_plugin.json"
_NAME = re.compile(r"^[a-z][a-z0-9_-]{1,39}$")
_VERSION = re.compile(r"^\d+(\.\d+){0,3}([.-]?[a-z0-9]+)*$", re.I)
_ENTRY = re.compile(r"^[A-Za-z_][\w.]*:[A-Za-z_][\w.]*$")


class ManifestError(ValueError):
    """The manifest is missing or invalid; the message says which and why."""


class PluginManifest(BaseModel):
    """A plugin agent's declaration, validated before it is ever enabled."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(description="The agent name; must equal the entry point's name.")
    version: str
    description: str = Field(min_length=10, max_length=1000, description="One paragraph, used for routing.")
    entry: str = Field(description="module:object giving an Agent or a zero-argument factory of one.")
    operations: tuple[str, ...] = Field(default=(), description="Edit operations the agent may emit.")
    tools: tuple[str, ...] = Field(default=(), description="Its own (custom) tool names.")
    needs_network: bool = False
    min_app_version: str = "0.1"

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        if not _NAME.match(value):
            raise ValueError("use 2-40 lower-case letters, digits, '_' or '-', starting with a letter")
        return value

    @field_validator("version", "min_app_version")
    @classmethod
    def _version(cls, value: str) -> str:
        if not _VERSION.match(value):
            raise ValueError(f"{value!r} is not a version like 1.2.0")
        return value

    @field_validator("entry")
    @classmethod
    def _entry(cls, value: str) -> str:
        if not _ENTRY.match(value):
            raise ValueError("write it as package.module:object")
        return value

    @field_validator("operations")
    @classmethod
    def _operations(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        from editor_app.model.operations import operation_names

        unknown = [op for op in value if op not in operation_names()]
        if unknown:
            raise ValueError(f"unknown operations: {', '.join(unknown)}")
        return value

    def app_too_old(self, app_version: str = __version__) -> str | None:
        """A reason when this app is older than the plugin needs, else None."""
        if version_tuple(app_version) < version_tuple(self.min_app_version):
            return f"needs editor-app {self.min_app_version} or newer (this is {app_version})"
        return None


def version_tuple(text: str) -> tuple[int, ...]:
    """The leading numeric parts of a version ("1.2.0rc1" -> (1, 2, 0)), for comparisons."""
    parts: list[int] = []
    for piece in re.split(r"[.-]", text):
        match = re.match(r"\d+", piece)
        if not match:
            break
        parts.append(int(match.group(0)))
        if match.group(0) != piece:
            break
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


def parse_manifest(data: object, where: str = "manifest") -> PluginManifest:
    """Validate a manifest dict; errors name the file and the field."""
    if not isinstance(data, dict):
        raise ManifestError(f"{where} must hold a JSON object")
    try:
        return PluginManifest.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'manifest'}: {e['msg'].removeprefix('Value error, ')}"
                             for e in exc.errors()[:4])
        raise ManifestError(f"invalid {where}: {problems}") from None


def manifest_path(ep: EntryPoint) -> Path | None:
    """Where the entry point's package keeps its manifest, found without importing the plugin."""
    top = ep.value.split(":", 1)[0].split(".", 1)[0]
    dist: Distribution | None = getattr(ep, "dist", None)
    if dist is not None:
        for file in dist.files or ():
            parts = Path(str(file)).parts
            if parts and parts[-1] == MANIFEST_FILE and parts[0] == top:
                return Path(str(dist.locate_file(file)))
    try:
        spec = find_spec(top)  # a top-level name: locates the package, runs none of its code
    except (ImportError, ValueError):
        spec = None
    for folder in (spec.submodule_search_locations or ()) if spec else ():
        candidate = Path(folder) / MANIFEST_FILE
        if candidate.is_file():
            return candidate
    return None


def read_manifest(ep: EntryPoint) -> PluginManifest:
    """The validated manifest of an entry point; ManifestError says what is wrong."""
    path = manifest_path(ep)
    if path is None:
        raise ManifestError(f"no {MANIFEST_FILE} in the plugin's package ({ep.value.split(':')[0]})")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ManifestError(f"cannot read {path.name}: {exc}") from None
    manifest = parse_manifest(data, path.name)
    if manifest.name != ep.name:
        raise ManifestError(f"the manifest names the plugin {manifest.name!r} but its entry point is {ep.name!r}")
    if manifest.entry != ep.value:
        raise ManifestError(f"the manifest's entry {manifest.entry!r} differs from the entry point {ep.value!r}")
    return manifest
