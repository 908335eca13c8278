"""A camera's files of another kind than the one asked for: "the iphone video" when the only iPhone file
(IMG_7702.JPG) is a photo, "the gopro photo" when the GoPro files are all clips (round 13, refs).

Why: a camera word names every file that camera made, stills and clips alike, so the kind said ("video",
"photo") is what picks among them; when none of its files is of that kind the request names a file the
project does not have, and it asks instead of placing the photo as if it were the video.
"""

from __future__ import annotations

import re

from editor_app.planner.media_kinds import kind_of
from editor_app.planner.types import Unclear

# the kind noun right after the camera word ("the iphone video", "the gopro phone photo"): only then is it
# the kind of that camera's file ("the gopro footage picture in picture" says an effect, not a photo)
_KIND_NEXT = re.compile(r"\S+ (?:(?:phone|camera|cam) )?(?:(?P<video>videos?|vids?|footage|movies?)|"
                        r"(?P<image>photos?|pics?|stills?|snaps?|jpe?gs?|images?|photographs?))\b(?! in\b)")


def camera_kind(text: str, mentions: list, strict: bool) -> list:
    """``mentions`` less camera-named files of a kind the request rules out strictly; Unclear when none is left."""
    cams = [m for m in mentions if m.how == "camera"]
    if not cams:
        return mentions
    out = list(mentions)
    for position in {m.position for m in cams}:
        said = _KIND_NEXT.match(text, position)
        if said is None:
            continue
        kinds = {"video"} if said.group("video") else {"image"}
        group = [m for m in cams if m.position == position]
        kept = [m for m in group if kind_of(m.asset) in kinds]
        if not kept and strict:
            what = "video" if kinds == {"video"} else "photo"
            have = ", ".join(f"{m.asset.name} (a {'photo' if kind_of(m.asset) == 'image' else kind_of(m.asset)})"
                             for m in group)
            raise Unclear(f"There is no {what} from that camera in this project: {have}. Which one do you mean?")
        out = [m for m in out if m not in group or m in kept]
    return out
