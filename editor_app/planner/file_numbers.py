"""Files named by part of their number: "the 092741 one", "pxl_0927", "stick 0232 over ...".

Why: phones and cameras name files by date and time (PXL_20261203_092741118.mp4, a Pixel's HHMMSSmmm after
the date), and people read off the part they see first, not the end. Round 10 knew only the end of a number
("gx 457" for GX010457). A number of four or more digits said inside one of a file's numbers names that file;
said inside several (the date both Pixel clips share), they tie and the caller asks. A number that looks like a
file's and is inside no file's name names nothing here: ask, never place another media.
"""

from __future__ import annotations

import functools
import re

from editor_app.model.project import MediaAsset
from editor_app.planner.types import Ctx, Unclear

# Four or more digits, not part of a time, a level or a count ("0927", not "1:20" or "2000 ms").
FILE_NUMBER = re.compile(r"(?<![\d.:])(\d{4,})(?![\d.:])(?! ?(?:s|secs?|seconds?|ms|mins?|minutes?|db|%|x|fps|frames?|px|p|k)\b)")


def _digit_runs(name: str) -> list[str]:
    return re.findall(r"\d{3,}", name)


def number_parts(asset: MediaAsset, numbers: dict[str, int]) -> dict[str, int]:
    """{file number: where it was said} for said numbers of 4+ digits inside one of the file's numbers."""
    out: dict[str, int] = {}
    for run in _digit_runs(asset.name):
        for said, position in numbers.items():
            if len(said) >= 4 and said != run and said in run:
                out[run] = position
    return out


def said_numbers(text: str) -> dict[str, int]:
    """{number of 4+ digits: where} for the numbers in ``text`` that could be part of a file's name."""
    return {m.group(1): m.start(1) for m in FILE_NUMBER.finditer(text)}


def unknown_file_number(ctx: Ctx, text: str) -> None:
    """Unclear when ``text`` says a file-like number ("the 555555 one", "IMG_4410") that no media's name holds."""
    for said in said_numbers(text):
        if re.fullmatch(r"(?:19|20)\d\d", said):
            continue  # a year ("the 2024 trip clip") is a description, not a file number
        if not any(said in run for a in ctx.project.media.values() for run in _digit_runs(a.name)):
            have = ", ".join(sorted(a.name for a in ctx.project.media.values())) or "none"
            raise Unclear(f"I can't find a file with {said} in its name in this project (media: {have}). "
                          "Which one do you mean?")


@functools.lru_cache(maxsize=20_000)
def _name_words(name: str) -> tuple[str, ...]:
    """'bearings_final_FINAL2.mov' -> ('bearings', 'final', 'final2'); camelCase split too. Cached: a 1,000-media
    project is read on every turn."""
    plain = re.sub(r"\.[a-z0-9]{2,4}$", "", name, flags=re.I)
    plain = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", plain)
    return tuple(w for w in re.split(r"[\s_\-.()]+", plain.lower()) if w)


def _other_version(said: str, have: str) -> bool:
    """One word of a name said with another version: 'final3' for 'final2', 'v1' for 'v2', '03' for '02'."""
    a, b = re.fullmatch(r"([a-z]*)(\d{1,3})", said), re.fullmatch(r"([a-z]*)(\d{1,3})", have)
    return bool(a and b and a.group(1) == b.group(1) and int(a.group(2)) != int(b.group(2)))


def unknown_version(ctx: Ctx, text: str) -> None:
    """Round 18 (lead): Unclear when ``text`` names a file as it is written ("bearings_final_FINAL3",
    "axle-nut-closeup-v1") and the project has that file only in another version: the version is part of
    the name, so the other one is never taken in its place."""
    for token in re.findall(r"[A-Za-z0-9]+(?:[_\-][A-Za-z0-9]+)+|[a-z]+[A-Z][A-Za-z0-9]*\d", text):
        said = _name_words(token)
        if len(said) < 2:
            continue
        names = [(a, _name_words(a.name)) for a in ctx.project.media.values()]
        if any(words == said for _, words in names):
            continue
        others = [a.name for a, words in names if len(words) == len(said)
                  and sum(x != y for x, y in zip(said, words)) == 1
                  and all(x == y or _other_version(x, y) for x, y in zip(said, words))]
        if others:
            raise Unclear(f"There is no \"{token}\" in this project; there is {', '.join(sorted(others))}. "
                          "Do you mean that one?")


# round 19: "mixing the grout (2).mp4" when the project holds only "mixing the grout (1).mp4": a copy's counter is
# part of its name (a file manager's or browser's duplicate), so the other copy is never taken in its place
_COUNTER = re.compile(r"(?P<stem>[a-z0-9][a-z0-9 _'-]*?) ?\((?P<n>\d{1,3})\)")


def unknown_copy(ctx: Ctx, text: str) -> None:
    """Unclear when ``text`` names "<name> (N)" and the project has that name only with another counter (or none)."""
    for said in _COUNTER.finditer(text.lower()):
        stem, n = said.group("stem").strip(), said.group("n")
        words = stem.split()
        for take in range(min(len(words), 6), 1, -1):  # the name may start after the verb: "put mixing the grout (2)"
            tail = " ".join(words[-take:])
            kin = [a for a in ctx.project.media.values()
                   if re.sub(r"\s*\(\d+\)$", "", re.sub(r"\.[a-z0-9]{2,4}$", "", a.name.lower())).strip() == tail]
            if not kin:
                continue
            if any(re.search(rf"\({n}\)", a.name) for a in kin):
                return
            raise Unclear(f"There is no \"{tail} ({n})\" in this project; there is {', '.join(sorted(a.name for a in kin))}. "
                          "Do you mean that one?")


_SPOKEN_VERSION = re.compile(r"\b(?P<words>(?:[a-z0-9']+ ){1,5})(?:v|ver|version )(?P<n>\d{1,3})\b")


def unknown_spoken_version(ctx: Ctx, text: str) -> None:
    """Round 18 (lead): "feeling for the burr v2 at 1:16" when the project has "feeling for the burr FINAL.mov" and no v2:
    the version said is part of what is named, so the file without it is never taken in its place (asks)."""
    for said in _SPOKEN_VERSION.finditer(text.lower()):
        version = f"v{int(said.group('n'))}"
        words = [w for w in said.group("words").split() if w not in ("the", "a", "my", "that", "this", "put", "add", "place")]
        if len(words) < 2:
            continue
        named = [a for a in ctx.project.media.values() if set(words) <= set(_name_words(a.name))]
        if named and not any(re.search(rf"(?<![a-z]){version}(?!\d)|version ?{said.group('n')}\b", a.name.lower().replace("_", " "))
                             for a in named):
            raise Unclear(f"There is no {version} of \"{said.group('words').strip()}\" in this project; there is "
                          f"{', '.join(sorted(a.name for a in named))}. Do you mean that one?")


# Round 20: a whole file name, or a camera's file stem, said as it is written ("GX010045.MP4", "DSCF4439",
# "dji_20260501120301_0008_d.mp4", "a001_c004"). Letters then 3+ digits, digits_digits, or anything with a
# media extension. Codec and colour-space words are not file names.
_MEDIA_EXT = r"(?:mp4|mov|m4v|mkv|avi|webm|mts|mxf|insv|wav|mp3|m4a|aac|flac|ogg|opus|aif|aiff|jpg|jpeg|png|heic|gif|tif|tiff|webp)"
_FILE_TOKEN = re.compile(rf"(?<![\w.~-])(?P<token>[a-z0-9][\w~-]*\.{_MEDIA_EXT}|[a-z]{{1,5}}_?\d{{3,}}(?:_[a-z0-9]+)*|\d{{6,}}_\d{{4,}}(?:_[a-z0-9]+)*)(?![\w~-])")
_NOT_FILES = re.compile(r"(?:[hx]26[45]|rec\d{3,4}|[cmt]\d+|mp3|mp4|srgb|p3|bt\d{3,4}|ac3|dts\d*|insta360|hero\d+|osmo\d*)")


def _plain(name: str) -> str:
    return re.sub(r"[\s_-]+", "_", name.lower())


def _written_files(text: str) -> list[tuple[str, str]]:
    """(as written, plain) for each file name or camera stem written out in ``text`` (codec words left out)."""
    tokens = (said.group("token") for said in _FILE_TOKEN.finditer(text.lower()))
    return [(token, _plain(token)) for token in tokens if not _NOT_FILES.fullmatch(token)]


def unknown_file_name(ctx: Ctx, text: str) -> None:
    """Unclear when ``text`` spells out a file name or a camera file's stem that no media's name holds.

    Why: "add DJI_20260501120301_0008_D.MP4 at 0:50" placed ..._0007_D.MP4 (the date part matched) and
    "GX010045.MP4 over the intro" placed the clip nearest the intro: a name written out is exact, so a file
    the project lacks asks which media is meant, never takes another."""
    names = [_plain(a.name) for a in ctx.project.media.values()]
    for token, plain in _written_files(text):
        if not any(plain in name for name in names):
            have = ", ".join(sorted(a.name for a in ctx.project.media.values())) or "none"
            raise Unclear(f"There is no file called \"{token}\" in this project (media: {have}). Which one do you mean?")
    _numbered_name(ctx, text.lower())


def _numbered_name(ctx: Ctx, text: str) -> None:
    """Round 21: "My Movie 2 at 0:50" with only "My Movie 3.mp4" (an app's numbered exports, "Recording (3)",
    "Sequence 01"): the same words with another number is another file, asked about, never the one there is."""
    for words, numbers in _numbered(tuple(a.name for a in ctx.project.media.values())).items():
        said = re.search(rf"\b{re.escape(words)} ?\(?(\d{{1,3}})\)?(?![\d:.])", text)
        if said and int(said.group(1)) not in numbers:
            have = ", ".join(sorted(a.name for a in ctx.project.media.values() if a.name.lower().startswith(words)))
            raise Unclear(f"There is no \"{words} {said.group(1)}\" in this project (there is {have}). Which one do you mean?")


def written_file(text: str, assets: list[MediaAsset]) -> MediaAsset | None:
    """The one of ``assets`` whose name holds a file name or stem written out in ``text`` ("PXL_20260430"),
    when exactly one does; None otherwise."""
    for _token, plain in _written_files(text):
        holding = [a for a in assets if plain in _plain(a.name)]
        if len(holding) == 1:
            return holding[0]
    return None


def unquoted_file_names(text: str, project: Any) -> str:
    """``text`` with a quoted media file name written plain: "'My Movie 3.mp4' on top of 'X'" had become a title saying
    "My Movie 3.mp4" (round 21); quotes are words to show or words said, a file name is neither."""
    if project is None or '"' not in text:
        return text
    names = {a.name.lower() for a in project.media.values()}

    def plain(m: re.Match) -> str:
        shown = re.search(r"\b(?:title|caption|text|saying|says|reads|write|words?)\W*$", text[:m.start()])
        return m.group(1).lower() if m.group(1).lower().strip() in names and not shown else m.group(0)

    return re.sub(r"\"([^\"]+)\"", plain, text)


@functools.lru_cache(maxsize=64)
def _numbered(names: tuple[str, ...]) -> dict[str, frozenset[int]]:
    """An app's numbered names ("My Movie 3.mp4", "Recording (3).m4a"): their words -> the numbers there are."""
    out: dict[str, set[int]] = {}
    for name in names:
        stem = re.sub(r"\.[a-z0-9]{2,4}$", "", name.lower())
        m = re.fullmatch(r"([a-z][a-z ]*?)[ _-]*\(?(\d{1,3})\)?", stem)
        if m:
            out.setdefault(m.group(1).strip(), set()).add(int(m.group(2)))
    return {k: frozenset(v) for k, v in out.items()}
