"""journal.jsonl: typed, versioned, checksummed records of applied batches, undos and redos.

Each line is ``{"crc":"<crc32 of BODY, 8 hex>","rec":BODY}`` so a torn or damaged record is
detected by its frame, not guessed from JSON errors. The reader cuts a torn tail off (the
writer never appends onto one) and keeps a damaged record in the middle as a ``Damaged``
placeholder: history degrades at that step with a note instead of refusing the project.

Records are versioned twice, the OpenTimelineIO way: ``v`` for the record layout (upgraded by
``RECORD_UPGRADES``) and ``v`` inside each operation for its fields (``Operation.version`` and
``OP_UPGRADES[(name, version)]``). Unframed lines are records of the first layout (before
framing) and are upgraded like any other old record.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass, field
from typing import Any, Callable, Literal

from pydantic import BaseModel, ConfigDict

from editor_app.model.operations import REGISTRY, Operation, OperationError, parse_operation

RECORD_VERSION = 2
_HEAD = b'{"crc":"'
_MID = b'","rec":'

# record layout version N -> function upgrading the raw record from N to N+1
RECORD_UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}
# (operation name, version N) -> function upgrading the operation's raw fields from N to N+1
OP_UPGRADES: dict[tuple[str, int], Callable[[dict[str, Any]], dict[str, Any]]] = {
    # set_speed 2 moves other tracks with a faster or slower main talk; a record of 1 did not
    ("set_speed", 1): lambda op: {**op, "carry": False},
}


class JournalRecord(BaseModel):
    """One line of the journal: an applied batch, an undo or a redo."""

    model_config = ConfigDict(extra="ignore")
    v: int = RECORD_VERSION
    seq: int
    time: float = 0.0
    type: Literal["batch", "undo", "redo"]
    batch_id: str
    label: str = ""
    author: str = "user"
    turn_id: str | None = None
    agents: list[str] = []
    ops: list[dict[str, Any]] = []  # each with its operation version "v"
    inverse: dict[str, Any] | None = None  # StateDelta undo data (batch, redo)
    legacy_inverse: list[dict[str, Any]] | None = None  # layout 1: RestoreState snapshots
    base: str | None = None  # state hash of the project this record applied to
    state: str | None = None  # state hash after it

    def to_dict(self) -> dict[str, Any]:
        """The plain-dict view older readers (index, history listing) use."""
        return self.model_dump(exclude_none=True)


@dataclass
class Damaged:
    """A record that could not be read; ``seq`` is a guess from its neighbours."""

    seq: int
    line: int
    reason: str
    type: str = "damaged"


@dataclass
class JournalScan:
    records: list[JournalRecord | Damaged] = field(default_factory=list)
    good_end: int = 0  # byte offset after the last readable record: where the next append goes
    size: int = 0  # file size read
    torn: bytes = b""  # the cut-off tail, if any
    warnings: list[str] = field(default_factory=list)


def frame(record: JournalRecord) -> bytes:
    body = json.dumps(record.model_dump(exclude_none=True), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return b"%s%08x%s%s}\n" % (_HEAD, zlib.crc32(body), _MID, body)


def encode_op(op: Operation) -> dict[str, Any]:
    return {**op.to_dict(), "v": type(op).version}


def decode_op(data: dict[str, Any], *, allow_internal: bool = False) -> Operation:
    """An operation from the journal, upgraded from the version it was written with."""
    data = dict(data)
    version = data.pop("v", 1)
    name = str(data.get("op"))
    cls = REGISTRY.get(name)
    if cls is None:
        raise OperationError(f"unknown operation {name!r} (written by another version of the editor?)")
    if not isinstance(version, int) or version > cls.version:
        raise OperationError(f"{name} version {version} is newer than this editor reads ({cls.version})")
    while version < cls.version:
        upgrade = OP_UPGRADES.get((name, version))
        if upgrade is None:
            raise OperationError(f"no upgrade for {name} from version {version}")
        data = upgrade(data)
        version += 1
    return parse_operation(data, allow_internal=allow_internal)


def _parse_line(line: bytes) -> dict[str, Any]:
    if line.startswith(_HEAD):
        crc, rest = line[len(_HEAD):len(_HEAD) + 8], line[len(_HEAD) + 8:]
        if not rest.startswith(_MID) or not rest.endswith(b"}"):
            raise ValueError("broken frame")
        body = rest[len(_MID):-1]
        if b"%08x" % zlib.crc32(body) != crc:
            raise ValueError("checksum mismatch")
        raw = json.loads(body)
    else:
        raw = json.loads(line)  # layout 1: a bare JSON object
        if isinstance(raw, dict):
            raw.setdefault("v", 1)
    if not isinstance(raw, dict) or not isinstance(raw.get("seq"), int):
        raise ValueError("not a journal record")
    return raw


def upgrade_record(raw: dict[str, Any]) -> JournalRecord:
    version = raw.get("v", 1)
    if not isinstance(version, int) or version > RECORD_VERSION:
        raise ValueError(f"record layout {version!r} is newer than this editor reads ({RECORD_VERSION})")
    while version < RECORD_VERSION:
        raw = RECORD_UPGRADES[version](raw)
        version += 1
        raw["v"] = version
    return JournalRecord.model_validate(raw)


def _upgrade_1(raw: dict[str, Any]) -> dict[str, Any]:
    """Layout 1 kept whole-track RestoreState snapshots in ``inverse`` and no state hashes."""
    raw = dict(raw)
    if isinstance(raw.get("inverse"), list):
        raw["legacy_inverse"] = raw.pop("inverse")
    return raw


RECORD_UPGRADES[1] = _upgrade_1


def scan(data: bytes) -> JournalScan:
    """Read every record; cut off a torn tail; keep damaged middle records as placeholders."""
    result = JournalScan(size=len(data))
    pending: list[tuple[int, int, str]] = []  # unreadable lines not yet known to be mid-file
    offset, number, last_seq = 0, 0, 0
    while offset < len(data):
        newline = data.find(b"\n", offset)
        end = len(data) if newline < 0 else newline + 1
        line = data[offset:end].strip()
        number += 1
        if line:
            try:
                if newline < 0:
                    raise ValueError("no end of line (torn write)")
                record = upgrade_record(_parse_line(line))
            except Exception as exc:  # noqa: BLE001 - any unreadable record is reported, not raised
                pending.append((number, offset, str(exc).splitlines()[0][:120]))
            else:
                for lineno, _, reason in pending:
                    last_seq += 1
                    result.records.append(Damaged(last_seq, lineno, reason))
                pending = []
                if record.seq <= last_seq:
                    result.warnings.append(f"journal line {number} repeats sequence number {record.seq} (two writers at once?)")
                last_seq = max(last_seq, record.seq)
                result.records.append(record)
                result.good_end = end
        elif not pending:
            result.good_end = end
        offset = end
    if result.good_end < len(data):
        result.torn = data[result.good_end:]
        if result.torn.strip():
            result.warnings.append(f"the last journal record was torn by an interrupted write ({len(result.torn)} bytes); it was cut off")
    return result
