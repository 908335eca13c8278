"""Video filter chains for one piece of a clip: timing, size, effects, titles.

Each chain ends as exactly ``piece.total`` frames at the project rate, timestamps from 0,
so pieces can be concatenated, cross-faded (xfade) or overlaid at a timeline position.
Effects see the clip's local time (seconds since the clip's start) as ``t``.
"""

from __future__ import annotations

from fractions import Fraction

from editor_app.model.effects import (
    BlackAndWhite, Blur, ColorAdjust, FadeIn, FadeOut, Flip, PictureInPicture, Rotate, TextOverlay, TitleGenerator,
    Zoom,
)
from editor_app.render.filters import Graph, color, escape_value, rat, secs
from editor_app.render.fonts import font_file
from editor_app.render.pieces import Piece


def _fmt(overlay: bool) -> str:
    return "format=yuva420p" if overlay else "format=yuv420p"


def _position(position: str, margin: str) -> tuple[str, str]:
    """drawtext x/y expressions for a named position."""
    x = {"left": margin, "right": f"w-text_w-{margin}"}
    y = {"top": margin, "bottom": f"h-text_h-{margin}"}
    if position == "center":
        return "(w-text_w)/2", "(h-text_h)/2"
    parts = position.split("-")
    vertical = parts[0]
    horizontal = parts[1] if len(parts) > 1 else "center"
    return x.get(horizontal, "(w-text_w)/2"), y.get(vertical, "(h-text_h)/2")


def drawtext(text: str, position: str, size: int, fill: str, box: bool, height: int) -> str:
    """A drawtext filter with the bundled font; sizes are given at 1080p and scaled."""
    px = max(6, round(size * height / 1080))
    margin = str(max(2, round(height * 0.05)))
    x, y = _position(position, margin)
    opts = []
    font = font_file()
    if font:
        opts.append(f"fontfile={escape_value(font)}")
    opts += [f"text={escape_value(text)}", "expansion=none", f"fontsize={px}",
             f"fontcolor={color(fill, 'white')}", f"x={x}", f"y={y}"]
    if box:
        opts += ["box=1", "boxcolor=black@0.5", f"boxborderw={max(2, px // 4)}"]
    return "drawtext=" + ":".join(opts)


def effect_filters(piece: Piece, fps: Fraction, width: int, height: int, overlay: bool) -> list[str]:
    """Filters for the clip's visual effects, in the clip's order."""
    clip = piece.clip
    out: list[str] = []
    for effect in clip.effects:
        if isinstance(effect, FadeIn):
            alpha = ":alpha=1" if overlay else ""
            out.append(f"fade=t=in:st=0:d={secs(Fraction(effect.duration) / fps)}{alpha}")
        elif isinstance(effect, FadeOut):
            alpha = ":alpha=1" if overlay else ""
            start = Fraction(clip.duration - effect.duration) / fps
            out.append(f"fade=t=out:st={secs(max(start, Fraction(0)))}:d={secs(Fraction(effect.duration) / fps)}{alpha}")
        elif isinstance(effect, BlackAndWhite):
            out.append("hue=s=0")
        elif isinstance(effect, ColorAdjust):
            out.append(f"eq=brightness={effect.brightness:.4f}:contrast={effect.contrast:.4f}"
                       f":saturation={effect.saturation:.4f}")
            if effect.temperature or effect.tint:
                k, m = effect.temperature * 0.3, effect.tint * 0.3  # warmth: red up, blue down; tint: green down
                out.append(f"colorbalance=rm={k + m / 3:.4f}:gm={k * 0.2 - m:.4f}:bm={-k + m / 3:.4f}")
                out.append(_fmt(overlay))
        elif isinstance(effect, Blur):
            sigma = max(0.5, effect.radius * height / 1080 / 2)
            out.append(f"gblur=sigma={sigma:.3f}")
        elif isinstance(effect, Zoom):
            dur = rat(Fraction(clip.duration) / fps)
            z = f"({effect.start_scale}+({effect.end_scale - effect.start_scale})*min(t/{dur}\\,1))"
            out.append(f"scale=w='2*trunc({width}*{z}/2)':h='2*trunc({height}*{z}/2)':eval=frame")
            out.append(f"crop={width}:{height}:'(in_w-{width})*{effect.center_x}':'(in_h-{height})*{effect.center_y}'")
        elif isinstance(effect, Flip):
            out += ["hflip"] * effect.horizontal + ["vflip"] * effect.vertical
        elif isinstance(effect, Rotate):
            if effect.degrees == 180:
                out += ["hflip", "vflip"]
            else:  # a quarter turn swaps width and height: fitted back into the frame, bars around it
                pad = "black@0" if overlay else "black"
                out += [f"transpose={'clock' if effect.degrees == 90 else 'cclock'}",
                        f"scale={width}:{height}:force_original_aspect_ratio=decrease",
                        f"pad={width}:{height}:(ow-iw)/2:(oh-ih)/2:color={pad}", "setsar=1"]
        elif isinstance(effect, PictureInPicture):
            out += pip_filters(effect, width, height, overlay)
        elif isinstance(effect, TextOverlay):
            out.append(drawtext(effect.text, effect.position, effect.size, effect.color, effect.box, height))
    return out


def pip_filters(effect: PictureInPicture, width: int, height: int, overlay: bool) -> list[str]:
    """Shrink the frame-sized picture and pad it back to the frame at its corner: transparent round it
    over other tracks (the talk shows there), black on the bottom track."""
    w, h = max(2, 2 * round(width * effect.scale / 2)), max(2, 2 * round(height * effect.scale / 2))
    m = round(height * effect.margin)
    x = {"left": m, "right": width - w - m}
    y = {"top": m, "bottom": height - h - m}
    if effect.position == "center":
        px, py = (width - w) // 2, (height - h) // 2
    else:
        vertical, horizontal = effect.position.split("-")
        px, py = x[horizontal], y[vertical]
    pad = "black@0" if overlay else "black"
    return [f"scale={w}:{h}", f"pad={width}:{height}:{max(0, px)}:{max(0, py)}:color={pad}", "setsar=1"]


ALPHA_CODECS = {"png", "qtrle", "prores", "prores_ks", "vp8", "vp9", "ffv1", "gif", "webp", "apng", "hap", "rawvideo"}
_FADES = (FadeIn, FadeOut)


def needs_alpha(piece: Piece, width: int, height: int) -> bool:
    """Whether an overlaid piece can show what is under it; if not it composites as plain yuv420p.

    Why: converting opaque B-roll to yuva420p, padding it with a transparent border and
    overlaying with format=auto cost most of the gap to a hand-written command (measured
    in issue 18). Alpha is needed only for a fade on an overlay, a title without a
    background, letterbox bars that must let the base show through, or a source codec that
    can carry transparency.
    """
    media, clip = piece.media, piece.clip
    if any(isinstance(e, (*_FADES, PictureInPicture)) or (isinstance(e, Rotate) and e.degrees != 180) for e in clip.effects):
        return True  # a fade, a quarter turn's bars or the space round a small picture shows what is under it
    if media is None:  # a title without a background floats over the picture; a colour card is opaque
        gen = clip.generator
        return isinstance(gen, TitleGenerator) and not gen.background
    if media.kind == "image" or (media.codec or "").lower() in ALPHA_CODECS:
        return True
    if media.width and media.height and media.width * height != media.height * width:
        return True  # letterbox bars: the base shows through them
    return False


def video_piece(g: Graph, piece: Piece, input_index: int | None, fps: Fraction,
                width: int, height: int, overlay: bool, shared: str | None = None) -> str:
    """Add the chain for one piece and return its output label (``overlay``: the piece carries alpha).
    ``shared``: the piece's frames already cut out of an input it shares (render/shared.py)."""
    clip, media, total = piece.clip, piece.media, piece.total
    rate = f"{fps.numerator}/{fps.denominator}"
    head: list[str]
    if media is not None and (input_index is not None or shared is not None):
        speed = Fraction(clip.speed)
        head = [] if shared is not None else [
            f"setpts=(PTS-STARTPTS)*{rat(1 / speed)}" if speed != 1 else "setpts=PTS-STARTPTS", f"fps={rate}"]
        same_size = media.width == width and media.height == height
        if overlay:
            head.append("format=yuva420p")
        if not same_size:
            pad = "black@0" if overlay else "black"
            head += [f"scale={width}:{height}:force_original_aspect_ratio=decrease",
                     f"pad={width}:{height}:(ow-iw)/2:(oh-ih)/2:color={pad}"]
        head += ["setsar=1", f"tpad=stop_mode=clone:stop={total}", f"trim=end_frame={total}"]
        if not overlay:
            head.append("format=yuv420p")
        src = g.chain([shared if shared is not None else f"{input_index}:v"], head, prefix="v")
    else:
        gen = clip.generator
        if isinstance(gen, TitleGenerator):
            bg = gen.background
            fill = color(bg) if bg else ("black@0" if overlay else "black")
        else:
            fill = color(getattr(gen, "color", "black"))
        spec = f"color=c={fill}:s={width}x{height}:r={rate}"
        filters = [_fmt(overlay), "setsar=1", f"trim=end_frame={total}"]
        if isinstance(gen, TitleGenerator):
            filters.append(drawtext(gen.text, gen.position, gen.size, gen.color, False, height))
        src = g.source(spec, filters, prefix="v")
    effects = effect_filters(piece, fps, width, height, overlay)
    if not effects:
        return src
    if piece.local_off == 0:
        return g.chain([src], effects, prefix="v")
    offset = rat(Fraction(piece.local_off) / fps)
    return g.chain([src], [f"setpts=PTS-STARTPTS+{offset}/TB", *effects, "setpts=PTS-STARTPTS"], prefix="v")


def black(g: Graph, frames: int, fps: Fraction, width: int, height: int) -> str:
    """A black gap of exact length."""
    rate = f"{fps.numerator}/{fps.denominator}"
    return g.source(f"color=c=black:s={width}x{height}:r={rate}",
                    ["format=yuv420p", "setsar=1", f"trim=end_frame={frames}"], prefix="v")
