"""The plugin host: manifests, enabled state, install/uninstall, and the guards around plugin code.

The lead wires it in with::

    from editor_app.plugins import enabled_plugin_names
    registry = load_agents(enabled_plugins=enabled_plugin_names())
"""

from editor_app.plugins.host import (
    PipResult,
    PluginError,
    PluginInfo,
    disable,
    enable,
    install,
    list_plugins,
    loadable_manifests,
    plugin_entry_points,
    uninstall,
)
from editor_app.plugins.manifest import MANIFEST_FILE, ManifestError, PluginManifest, parse_manifest, read_manifest
from editor_app.plugins.safety import (
    DEFAULT_TIMEOUT_S,
    PluginTimeout,
    check_agent,
    check_all_emitted,
    check_emitted,
    run_with_timeout,
)
from editor_app.plugins.state import enabled_plugin_names, set_enabled, state_path

__all__ = [
    "DEFAULT_TIMEOUT_S", "MANIFEST_FILE", "ManifestError", "PipResult", "PluginError", "PluginInfo",
    "PluginManifest", "PluginTimeout", "check_agent", "check_all_emitted", "check_emitted", "disable", "enable",
    "enabled_plugin_names", "install", "list_plugins", "loadable_manifests", "parse_manifest", "plugin_entry_points",
    "read_manifest", "run_with_timeout", "set_enabled", "state_path", "uninstall",
]
