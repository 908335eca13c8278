"""Property over every registered operation: arguments are drawn from each operation's own
schema (ids from the project by their typed kind), so a new operation joins this test by
being registered, not by editing a hand-kept list. Any sequence, undone completely,
restores the project exactly; rejected operations change nothing."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor_app import tools
from editor_app.model.operations import REGISTRY, OperationError
from tests.core.conftest import build_project

EDITS = tools.TOOLS.names("edit")


def test_the_registry_offers_every_public_operation():
    assert set(EDITS) == {name for name, cls in REGISTRY.items() if not cls.internal}


def _ids(project, kind: str) -> list[str]:
    if kind == "clip":
        return [c.id for c in project.clips()]
    if kind == "track":
        return [t.id for t in project.tracks]
    if kind == "media":
        return list(project.media)
    if kind == "effect":
        return [e.id for c in project.clips() for e in c.effects]
    if kind == "transition":
        return [x.id for t in project.tracks for x in t.transitions]
    if kind == "marker":
        return [m.id for m in project.markers]
    return []


def _draw(data, node: dict, defs: dict, project, depth: int = 0):
    """A JSON value for a (pydantic) JSON Schema node; mostly valid, sometimes not."""
    if "$ref" in node:
        return _draw(data, defs[node["$ref"].split("/")[-1]], defs, project, depth)
    if "x-id" in node:
        known = _ids(project, node["x-id"])
        return data.draw(st.sampled_from(known + ["zz9"]) if known else st.just("zz9"))
    for key in ("anyOf", "oneOf"):
        if key in node:
            return _draw(data, data.draw(st.sampled_from(node[key])), defs, project, depth)
    if "const" in node:
        return node["const"]
    if "enum" in node:
        return data.draw(st.sampled_from(node["enum"]))
    kind = node.get("type")
    if kind == "integer":
        if node.get("x-time"):
            return data.draw(st.integers(-5, 1000))
        low, high = node.get("minimum", -10), node.get("maximum", 600)
        return data.draw(st.integers(max(low, -10), min(high, max(low, -10) + 600)))
    if kind == "number":
        if node.get("x-time"):
            return data.draw(st.integers(-5, 1000))
        low = node.get("minimum", node.get("exclusiveMinimum", -30))
        high = node.get("maximum", node.get("exclusiveMaximum", 30))
        return data.draw(st.floats(max(low, -120), min(high, 120), allow_nan=False))
    if kind == "boolean":
        return data.draw(st.booleans())
    if kind == "string":
        return data.draw(st.sampled_from(["a", "Intro", "white", "m1", ""]))
    if kind == "null":
        return None
    if kind == "array":
        size = data.draw(st.integers(0, 0 if depth > 2 else 3))
        return [_draw(data, node.get("items", {}), defs, project, depth + 1) for _ in range(size)]
    if kind == "object" or "properties" in node:
        out = {}
        required = set(node.get("required", []))
        for name, sub in node.get("properties", {}).items():
            if "x-new-id" in sub:
                continue  # ids of created objects are assigned
            if name in required or (depth < 3 and data.draw(st.booleans())):
                out[name] = _draw(data, sub, defs, project, depth + 1)
        return out
    return None


def _recipe(data, project) -> dict:
    name = data.draw(st.sampled_from(EDITS))
    schema = tools.get(name).args.model_json_schema()
    args = _draw(data, schema, schema.get("$defs", {}), project)
    return {**args, "op": name}


@settings(max_examples=int(os.environ.get("HYPOTHESIS_EXAMPLES", "60")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_any_registered_operations_undo_exactly(data):
    project, history = build_project()
    history.undo_stack.clear()
    initial = project.model_copy(deep=True)
    for _ in range(data.draw(st.integers(1, 20))):
        recipe = _recipe(data, project)
        before = project.model_copy(deep=True)
        try:
            history.apply(project, [recipe])
        except OperationError:
            assert project == before, f"rejected {recipe} changed the project"
        assert project.check_invariants() == [], recipe
    final = project.model_copy(deep=True)
    while history.undo(project):
        pass
    assert project == initial
    while history.redo(project):
        pass
    assert project == final
