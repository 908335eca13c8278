"""Small helpers to write ffmpeg filtergraph text safely and exactly.

Two escaping levels apply to option values inside ``-filter_complex`` (the graph parser,
then the option parser); see ffmpeg-filters "Notes on filtergraph escaping".
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from fractions import Fraction

_COLOR = re.compile(r"^[A-Za-z0-9#@._]{1,32}$")


def escape_value(value: str) -> str:
    """Escape an option value for the option parser and then for the graph parser."""
    level1 = re.sub(r"([\\':])", r"\\\1", value)
    return re.sub(r"([\\'\[\],;])", r"\\\1", level1)


def color(value: str | None, default: str = "black") -> str:
    """A colour name or #rrggbb as ffmpeg reads it; anything odd falls back to the default."""
    if value and _COLOR.match(value):
        return value
    return default


def rat(value: Fraction | int | float) -> str:
    """An exact rational for expressions: "(num/den)" or an integer."""
    value = Fraction(value)
    if value.denominator == 1:
        return str(value.numerator)
    return f"({value.numerator}/{value.denominator})"


def secs(value: Fraction | int) -> str:
    """Seconds as a decimal for options that do not take expressions (-ss, -t, st=, d=)."""
    return f"{float(value):.6f}"


def samples(frame: int | Fraction, fps: Fraction, rate: int) -> int:
    """The first audio sample of a timeline frame: segments cut here never drift apart."""
    return int(round(Fraction(frame) * rate / fps))


@dataclass
class Graph:
    """Accumulates inputs (argument lists) and filter chains, handing out unique labels."""

    inputs: list[list[str]] = field(default_factory=list)
    chains: list[str] = field(default_factory=list)
    _count: int = 0

    def add_input(self, args: list[str]) -> int:
        self.inputs.append(args)
        return len(self.inputs) - 1

    def label(self, prefix: str = "s") -> str:
        self._count += 1
        return f"{prefix}{self._count}"

    def chain(self, sources: list[str], filters: list[str], prefix: str = "s") -> str:
        """Add ``[a][b]f1,f2[out]`` and return ``out``; an empty filter list passes through."""
        out = self.label(prefix)
        body = ",".join(filters) if filters else ("null" if not prefix.startswith("a") else "anull")
        self.chains.append("".join(f"[{s}]" for s in sources) + body + f"[{out}]")
        return out

    def source(self, spec: str, filters: list[str], prefix: str = "s") -> str:
        """A generator source (color, anullsrc) followed by filters."""
        out = self.label(prefix)
        self.chains.append(",".join([spec, *filters]) + f"[{out}]")
        return out

    def text(self) -> str:
        return ";".join(self.chains)

    def input_args(self) -> list[str]:
        """Every input's arguments; each decoder single-threaded once the inputs are as many as the cores.

        Why: each input's decoder otherwise starts a frame thread per core (plus one), each with
        its own context, for a handful of frames; with as many inputs as cores the decoders
        already run side by side. Measured on 2 cores: a 3-input cut 0.83x the CPU and 0.84x
        the wall time, a 40-clip segment 0.83x the CPU; the 7-input rich timeline unchanged."""
        single = len(self.inputs) >= (os.cpu_count() or 1)
        out: list[str] = []
        for args in self.inputs:
            if single and "-i" in args:
                at = args.index("-i")
                args = [*args[:at], "-threads", "1", *args[at:]]
            out += args
        return out
