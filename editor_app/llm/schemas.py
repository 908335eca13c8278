"""Tool schemas made clean for each kind of server, and the arguments mapped back.

Takes a plain JSON Schema (an operation's, a macro's, a plugin's: whatever the tool registry
gives) and returns the schema to send plus an ``ArgMap`` that turns what the model answers
back into the tool's own argument shape. Why per server:

- every server: standard keywords only (pydantic's ``gt``/``ge``, ``discriminator``,
  ``title``, ``x-*`` removed), ``$ref`` inlined, ``anyOf [X, null]`` as an optional X,
  defaults of the declared type (``source_in`` had the default ``"0"``), and a
  discriminated ``oneOf`` flattened to one object: an enum of the kinds plus optional
  fields, each saying which kinds use it (same meaning, a third of the tokens);
- "simple" (Ollama, llama.cpp, small models): Ollama keeps only type, description, enum
  and items of each property, so nested objects are hoisted to the top level, bounds and
  defaults are said in the description, and array items' fields are spelled out;
- "strict" (OpenAI strict mode): every property required, optional ones nullable,
  ``additionalProperties: false`` everywhere, no defaults.

Fields named ``frame`` hold seconds in agent calls: they are offered as ``time``.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from typing import Any

FLAVOURS = ("standard", "simple", "strict")
_BOUNDS = {"gt": "exclusiveMinimum", "ge": "minimum", "lt": "exclusiveMaximum", "le": "maximum"}
_KEEP = {"type", "description", "enum", "const", "items", "properties", "required", "additionalProperties",
         "default", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength",
         "minItems", "maxItems", "pattern", "format", "anyOf", "oneOf", "allOf", "$ref", "$defs",
         "discriminator"}
RENAMES = {"frame": "time"}


@dataclass
class ArgMap:
    """How to turn a model's arguments back into the tool's own: renames, hoisted objects,
    nulls of optional fields dropped, fields of other kinds of a flattened union dropped."""

    rename: dict[str, str] = field(default_factory=dict)  # sent name -> tool name
    hoisted: dict[str, tuple[str, dict[str, str]]] = field(default_factory=dict)  # sent -> (parent, child)
    children: dict[str, ArgMap] = field(default_factory=dict)  # tool name -> its map
    items: ArgMap | None = None
    union: tuple[str, dict[str, set[str]]] | None = None  # (discriminator, kind -> its fields)
    required: set[str] = field(default_factory=set)

    def apply(self, value: Any) -> Any:
        if isinstance(value, list) and self.items is not None:
            return [self.items.apply(v) for v in value]
        if not isinstance(value, dict):
            return value
        out: dict[str, Any] = {}
        nested: dict[str, dict[str, Any]] = {}
        for key, val in value.items():
            if val is None and key not in self.required:
                continue
            if key in self.hoisted:
                parent, child = self.hoisted[key][0], self.hoisted[key][1]["name"]
                nested.setdefault(parent, {})[child] = val
                continue
            name = self.rename.get(key, key)
            out[name] = val
        for parent, obj in nested.items():
            out[parent] = {**obj, **(out.get(parent) if isinstance(out.get(parent), dict) else {})}
        for name, sub in self.children.items():
            if name in out:
                out[name] = sub.apply(out[name])
        if self.union is not None:
            key, kinds = self.union
            allowed = kinds.get(str(out.get(key)))
            if allowed is not None:
                out = {k: v for k, v in out.items() if k == key or k in allowed}
        return out


def to_sent(mapping: ArgMap, value: Any) -> Any:
    """Tool-shaped arguments in the shape the schema shows (renames undone); not for hoisted ("simple")."""
    if isinstance(value, list):
        return [to_sent(mapping.items, v) for v in value] if mapping.items is not None else value
    if not isinstance(value, dict):
        return value
    back = {tool: sent for sent, tool in mapping.rename.items()}
    out = {}
    for key, val in value.items():
        sub = mapping.children.get(key)
        out[back.get(key, key)] = to_sent(sub, val) if sub is not None else val
    return out


def _resolve(node: Any, defs: dict[str, Any]) -> Any:
    """``node`` with every ``$ref`` to ``#/$defs/X`` inlined."""
    if isinstance(node, dict):
        if "$ref" in node:
            target = defs.get(node["$ref"].split("/")[-1], {})
            merged = {**_resolve(target, defs), **{k: v for k, v in node.items() if k != "$ref"}}
            return merged
        return {k: _resolve(v, defs) for k, v in node.items() if k != "$defs"}
    if isinstance(node, list):
        return [_resolve(v, defs) for v in node]
    return node


def _variants(node: dict[str, Any]) -> list[dict[str, Any]] | None:
    options = node.get("oneOf") or node.get("anyOf")
    if not options:
        return None
    objects = [o for o in options if o.get("type") == "object" or "properties" in o]
    return objects if len(objects) == len(options) and len(objects) > 1 else None


def _discriminator(variants: list[dict[str, Any]]) -> str | None:
    for key in variants[0].get("properties", {}):
        if all("const" in v.get("properties", {}).get(key, {}) for v in variants):
            return key
    return None


def _flatten_union(variants: list[dict[str, Any]], desc: str | None) -> tuple[dict[str, Any], ArgMap]:
    """A discriminated union as one object: the kind as an enum, other fields optional."""
    key = _discriminator(variants)
    if key is None:
        return {"type": "object", **({"description": desc} if desc else {})}, ArgMap()
    kinds: dict[str, set[str]] = {}
    props: dict[str, dict[str, Any]] = {}
    users: dict[str, list[str]] = {}
    lines = []
    for v in variants:
        kind = v["properties"][key]["const"]
        fields = [p for p in v.get("properties", {}) if p != key]
        kinds[kind] = set(fields)
        if v.get("description"):
            words = v["description"].rstrip(".").split()
            lines.append(f"{kind}: {' '.join(words[:4])}{'…' if len(words) > 4 else ''}")
        for name in fields:
            props.setdefault(name, v["properties"][name])
            users.setdefault(name, []).append(kind)
    flat_props: dict[str, Any] = {key: {"type": "string", "enum": list(kinds),
                                        "description": "; ".join(lines) if lines else f"the {key}"}}
    for name, prop in props.items():
        prop = dict(prop)
        if len(users[name]) < len(kinds):
            prop["description"] = (prop.get("description", "").rstrip(". ") + f" (for {', '.join(users[name])})"
                                   ).strip()
        flat_props[name] = prop
    out = {"type": "object", "properties": flat_props, "required": [key]}
    if desc:
        out["description"] = desc
    return out, ArgMap(union=(key, kinds))


_NOISE = ("additionalProperties", "minLength", "maxLength", "pattern", "format")  # checked on our side anyway


def _clean(node: Any) -> tuple[Any, ArgMap]:
    """Standard keywords only; nullable anyOf made optional; unions flattened; renames.

    Keywords that cost tokens and tell a model nothing it needs (string lengths,
    ``additionalProperties`` outside strict mode, empty defaults) are left out: every
    argument is validated again by pydantic when it arrives.
    """
    if not isinstance(node, dict):
        return node, ArgMap()
    node = {(_BOUNDS.get(k, k)): v for k, v in node.items()
            if (k in _KEEP or k in _BOUNDS) and k not in _NOISE}
    node.pop("discriminator", None)
    if node.get("default", 1) in ("", None, False, []):
        node.pop("default")
    if isinstance(node.get("description"), str) and node.get("type") in ("number", "integer", ["number", "string"]):
        # every agent prompt says times are seconds; the registry's per-field " In seconds." repeats it
        text = node["description"].replace(" In seconds.", "").replace("In seconds.", "").strip()
        if text:
            node["description"] = text
        else:
            node.pop("description")
    desc = node.get("description")
    options = node.get("anyOf")
    if options and any(o.get("type") == "null" for o in options):  # Optional[X]
        rest = [o for o in options if o.get("type") != "null"]
        inner = {k: v for k, v in node.items() if k not in ("anyOf", "default")}
        if len(rest) == 1:
            merged = {**rest[0], **{k: v for k, v in inner.items() if k != "type"}}
            if desc and rest[0].get("description") and rest[0]["description"] != desc:
                merged["description"] = f"{desc} {rest[0]['description']}"
            return _clean(merged)
        node = {**inner, "anyOf": rest}
        options = rest
    variants = _variants(node)
    if variants is not None:
        cleaned = [_clean(v)[0] for v in variants]
        return _flatten_union(cleaned, desc)
    if options and all(set(o) <= {"type"} for o in options):  # number | string
        node.pop("anyOf")
        node["type"] = [o["type"] for o in options]
    mapping = ArgMap()
    if isinstance(node.get("properties"), dict):
        props = {}
        for name, prop in node["properties"].items():
            sent = RENAMES.get(name, name)
            if sent != name and sent not in node["properties"]:
                mapping.rename[sent] = name
                if isinstance(prop, dict):
                    prop = {**prop, "description": (prop.get("description", "") + " Seconds.").strip()
                            if "second" not in prop.get("description", "").lower() else prop["description"]}
            else:
                sent = name
            props[sent], sub = _clean(prop)
            if sub.rename or sub.children or sub.items or sub.union or sub.hoisted:
                mapping.children[name] = sub
        node["properties"] = props
        node["required"] = [mapping_name(n, mapping) for n in node.get("required", []) if mapping_name(n, mapping) in props]
        if not node["required"]:
            node.pop("required")
        mapping.required = set(node.get("required", []))
    if isinstance(node.get("items"), dict):
        node["items"], sub = _clean(node["items"])
        if sub.rename or sub.children or sub.union:
            mapping.items = sub
    if "default" in node:
        node["default"] = _typed_default(node["default"], node.get("type"))
        if node["default"] is _DROP:
            node.pop("default")
    return node, mapping


def mapping_name(tool_name: str, mapping: ArgMap) -> str:
    back = {v: k for k, v in mapping.rename.items()}
    return back.get(tool_name, tool_name)


_DROP = object()


def _typed_default(value: Any, kind: Any) -> Any:
    """A default of the declared type ("0" for a number becomes 0); None when it cannot be."""
    kinds = kind if isinstance(kind, list) else [kind]
    if isinstance(value, str) and ("number" in kinds or "integer" in kinds) and "string" not in kinds:
        try:
            number = float(value)
        except ValueError:
            return _DROP
        return int(number) if number.is_integer() else number
    if value is None:
        return _DROP
    return value


def _say_limits(prop: dict[str, Any]) -> dict[str, Any]:
    """Bounds and default moved into the description (for servers that drop them)."""
    bits = []
    lo = prop.pop("minimum", None)
    hi = prop.pop("maximum", None)
    xlo = prop.pop("exclusiveMinimum", None)
    xhi = prop.pop("exclusiveMaximum", None)
    for key in ("minLength", "maxLength", "minItems", "maxItems", "pattern", "format"):
        prop.pop(key, None)
    if lo is not None or hi is not None:
        bits.append(f"{lo if lo is not None else ''}..{hi if hi is not None else ''}")
    if xlo is not None:
        bits.append(f">{xlo:g}" if isinstance(xlo, (int, float)) else f">{xlo}")
    if xhi is not None:
        bits.append(f"<{xhi:g}" if isinstance(xhi, (int, float)) else f"<{xhi}")
    if "default" in prop:
        bits.append(f"default {json.dumps(prop.pop('default'))}")
    if bits:
        prop["description"] = (prop.get("description", "").rstrip(". ") + f" ({', '.join(bits)})").strip()
    return prop


def _shape(node: dict[str, Any]) -> str:
    """A compact text shape of an object, for servers that drop nested properties."""
    parts = []
    for name, prop in (node.get("properties") or {}).items():
        kind = prop.get("type", "any")
        kind = "|".join(kind) if isinstance(kind, list) else kind
        parts.append(f'"{name}": {kind}')
    return "{" + ", ".join(parts) + "}"


def _simple(params: dict[str, Any], mapping: ArgMap) -> dict[str, Any]:
    """Top level only: nested objects hoisted, limits in words, items' fields spelled out."""
    props: dict[str, Any] = {}
    required = list(params.get("required", []))
    for name, prop in params.get("properties", {}).items():
        nested = prop.get("properties") if isinstance(prop, dict) and prop.get("type") == "object" else None
        if nested:
            sub = mapping.children.get(mapping.rename.get(name, name))
            for child, child_prop in nested.items():
                sent = child if child not in params["properties"] and child not in props else f"{name}_{child}"
                props[sent] = _say_limits(dict(child_prop))
                mapping.hoisted[sent] = (mapping.rename.get(name, name), {"name": child})
                if name in required and child in prop.get("required", []):
                    required.append(sent)
            if name in required:
                required.remove(name)
            del sub
            continue
        prop = _say_limits(dict(prop))
        items = prop.get("items")
        if isinstance(items, dict) and items.get("properties"):
            prop["description"] = (prop.get("description", "").rstrip(". ") + f" List of {_shape(items)}.").strip()
            prop["items"] = {"type": "object"}
        props[name] = prop
    out = {"type": "object", "properties": props}
    if required:
        out["required"] = required
    mapping.required |= set(required)
    return out


def _strict(node: Any) -> Any:
    """OpenAI strict mode: all properties required, optional ones nullable, no extras, no defaults."""
    if isinstance(node, list):
        return [_strict(v) for v in node]
    if not isinstance(node, dict):
        return node
    node = {k: _strict(v) for k, v in node.items() if k != "default"}
    if isinstance(node.get("properties"), dict):
        required = set(node.get("required", []))
        for name, prop in node["properties"].items():
            if name not in required and isinstance(prop, dict) and "type" in prop:
                kind = prop["type"] if isinstance(prop["type"], list) else [prop["type"]]
                prop["type"] = [*kind, "null"] if "null" not in kind else kind
        node["required"] = list(node["properties"])
        node["additionalProperties"] = False
    return node


def server_schema(schema: dict[str, Any], flavour: str = "standard") -> tuple[dict[str, Any], ArgMap]:
    """The parameters schema to send for ``flavour``, and the map of the model's answer back."""
    if flavour not in FLAVOURS:
        raise ValueError(f"unknown schema flavour {flavour!r}; one of {', '.join(FLAVOURS)}")
    resolved = _resolve(copy.deepcopy(schema), schema.get("$defs", {}))
    resolved.pop("title", None)
    params, mapping = _clean(resolved)
    params.setdefault("type", "object")
    params.setdefault("properties", {})
    if flavour == "simple":
        params = _simple(params, mapping)
    elif flavour == "strict":
        params = _strict(params)
    return params, mapping


def server_tool(tool: dict[str, Any], flavour: str = "standard") -> tuple[dict[str, Any], ArgMap]:
    """An OpenAI function tool with its parameters made clean for ``flavour``."""
    fn = tool.get("function", tool)
    raw = fn.get("parameters") or {"type": "object", "properties": {}}
    if flavour == "strict" and _free_form(server_schema(raw, "standard")[0]):
        flavour = "standard"  # strict mode cannot say "any keys" (update_effect's params): this tool stays non-strict
    params, mapping = server_schema(raw, flavour)
    out = {"name": fn["name"], "description": fn.get("description", ""), "parameters": params}
    if flavour == "strict":
        out["strict"] = True
    return {"type": "function", "function": out}, mapping


def _free_form(node: Any) -> bool:
    """An object schema that allows any keys (no properties listed) somewhere inside."""
    if isinstance(node, list):
        return any(_free_form(v) for v in node)
    if not isinstance(node, dict):
        return False
    if node.get("type") == "object" and not node.get("properties") and node is not None:
        return True
    return any(_free_form(v) for k, v in node.items() if k != "properties") or any(
        _free_form(v) for v in (node.get("properties") or {}).values())


def flavour_for(preset: str, model: str | None = None, choice: str = "auto") -> str:
    """Which schema flavour a server gets: the setting, else simple for local servers, standard for the rest."""
    if choice in FLAVOURS:
        return choice
    if preset in ("ollama", "llamacpp", "lmstudio"):
        return "simple"
    return "standard"
