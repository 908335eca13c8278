"""Files of one camera told apart by their order: "the second pixel clip", "the 1st gopro video", "the last
iphone shot" when the project has several files from that camera (round 13, refs).

Why: a phone or camera numbers its files as it records them (PXL_20261202_101500, PXL_..._101812; GX010455,
GX010456), so the order people mean by "first/second/last X clip" of files in the bin is the file names' order.
Only files none of which is on the timeline are ordered this way: once one is placed, "the second X clip" may
mean the second one there, so the caller asks as before.
"""

from __future__ import annotations

import re

_ORDINALS = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3, "last": -1,
             "final": -1, "latest": -1, "earlier": 0, "later": -1}


def _natural(name: str) -> list:
    """A sort key that orders IMG_9 before IMG_10."""
    return [int(part) if part.isdigit() else part.lower() for part in re.split(r"(\d+)", name)]


def camera_ordinal(ctx, text: str, mentions: list) -> list:
    """``mentions`` with a camera's files narrowed to the one an ordinal said right before the camera word picks."""
    cams = [m for m in mentions if m.how == "camera"]
    if len(cams) < 2 or len({m.position for m in cams}) != 1:
        return mentions
    said = re.search(r"\b(\w+) $", text[: cams[0].position])
    word = said.group(1) if said else None
    if word not in _ORDINALS:
        return mentions
    placed = {c.media_id for c in ctx.project.clips()}
    if any(m.asset.id in placed for m in cams):
        return mentions  # "the second gopro clip" may be the second one on the timeline: ask
    ordered = sorted(cams, key=lambda m: _natural(m.asset.name))
    index = _ORDINALS[word]
    if index >= len(ordered):
        return mentions
    keep = ordered[index]
    return [m for m in mentions if m not in cams or m is keep]
