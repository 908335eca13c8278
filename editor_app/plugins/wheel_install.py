"""Install and uninstall plugin wheels without pip, for the packaged app.

A pure-Python wheel unpacked into the user's plugin folder (on sys.path) is an installed
distribution. We refuse what unpacking cannot install correctly: wheels with compiled code
for another platform, `.data` scripts or headers, and requirements this app cannot import.
Same rules after that as with pip: new plugins start disabled; the manifest decides what
they may do.
"""

from __future__ import annotations

import shutil
import zipfile
from importlib.metadata import Distribution
from importlib.util import find_spec
from pathlib import Path

from packaging.requirements import InvalidRequirement, Requirement

from editor_app.agents.plugin_path import activate_plugin_dir, plugin_dir


def _requirements(meta: str) -> list[str]:
    out = []
    for line in meta.splitlines():
        if not line.startswith("Requires-Dist:"):
            continue
        try:
            req = Requirement(line.split(":", 1)[1].strip())
        except InvalidRequirement:
            continue
        if req.marker is not None and not req.marker.evaluate({"extra": ""}):
            continue  # extras and other platforms' needs
        out.append(req.name)
    return out


def _importable(dist_name: str) -> bool:
    from importlib.metadata import PackageNotFoundError, distribution

    try:
        distribution(dist_name)
        return True
    except PackageNotFoundError:
        return find_spec(dist_name.replace("-", "_").lower()) is not None


def install_wheel(spec: str) -> tuple[int, str, list[str]]:
    """(exit code, message, command-like description) in the shape pip's runner returns."""
    path = Path(spec).expanduser()
    command = ["unpack", str(path), "->", str(plugin_dir())]
    if path.is_dir():
        return 1, (f"ERROR: the packaged app installs plugin wheels (.whl), not folders: build one with "
                   f"`pip wheel --no-deps {path}` in any Python 3.11+, then install the .whl"), command
    if path.suffix != ".whl" or not path.is_file():
        return 1, (f"ERROR: {spec} is not a wheel file: the packaged app cannot download packages; "
                   "download the plugin's .whl and install that file"), command
    try:
        with zipfile.ZipFile(path) as wheel:
            names = wheel.namelist()
            meta_name = next((n for n in names if n.endswith(".dist-info/METADATA")), None)
            if meta_name is None:
                return 1, f"ERROR: {path.name} has no .dist-info/METADATA: it is not a valid wheel", command
            tag = path.stem.split("-")[-1]
            if tag != "any" or any(n.endswith((".so", ".pyd", ".dylib")) for n in names):
                return 1, (f"ERROR: {path.name} contains compiled code ({tag}); the packaged app installs only "
                           "pure-Python plugin wheels"), command
            if any(".data/" in n for n in names):
                return 1, f"ERROR: {path.name} installs scripts or data outside the package; not supported here", command
            missing = [r for r in _requirements(wheel.read(meta_name).decode("utf-8", "replace"))
                       if r.lower() != "editor-app" and not _importable(r)]
            if missing:
                return 1, (f"ERROR: {path.name} needs {', '.join(missing)}, which the packaged app does not "
                           "include; install it in a Python environment that runs editor-app from source"), command
            target = plugin_dir()
            target.mkdir(parents=True, exist_ok=True)
            for name in names:
                dest = (target / name).resolve()
                if target.resolve() not in dest.parents:
                    return 1, f"ERROR: {path.name} has an unsafe path {name!r}", command
            wheel.extractall(target)
    except zipfile.BadZipFile:
        return 1, f"ERROR: {path.name} is damaged (not a zip file)", command
    activate_plugin_dir()
    return 0, f"unpacked {path.name} into {plugin_dir()}", command


def dist_in_plugin_folder(plugin: str) -> Distribution | None:
    """The distribution in the plugin folder that provides entry point ``plugin``, if any."""
    from importlib.metadata import distributions

    folder = plugin_dir().resolve()
    for dist in distributions(path=[str(folder)]):
        if any(ep.name == plugin and ep.group == "editor_app.agents" for ep in dist.entry_points):
            return dist
    return None


def uninstall_dist(dist: Distribution) -> tuple[int, str, list[str]]:
    """Remove a distribution that lives in the plugin folder (its RECORD lists its files)."""
    folder = plugin_dir().resolve()
    raw = getattr(dist, "_path", None)  # stdlib or backport PathDistribution: both keep the dist-info path here
    base = Path(str(raw)).resolve() if raw else None
    command = ["remove", str(base)]
    if base is None or base.parent != folder:
        return 1, "ERROR: that plugin was not installed by the packaged app (it is not in the plugin folder)", command
    for file in dist.files or ():
        target = (folder / str(file)).resolve()
        if folder in target.parents and target.is_file():
            target.unlink()
    shutil.rmtree(base, ignore_errors=True)
    for child in folder.iterdir():  # emptied package folders
        if child.is_dir() and not any(p.is_file() for p in child.rglob("*")):
            shutil.rmtree(child, ignore_errors=True)
    import importlib

    importlib.invalidate_caches()
    return 0, f"removed {base.name}", command
