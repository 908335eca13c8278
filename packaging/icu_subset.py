"""Build-time copy of Qt's ICU data library with only the root and English data (Linux): 32 MB -> ~4 MB.

Why: libQt6Core links ICU, whose data library (libicudata.so.73) carries every locale's
collation, names, currencies and units, the Thai/CJK/Khmer word dictionaries, 200 legacy
character-set tables and the transliterators. Qt uses ICU for collation (QCollator, file
lists), locale-aware case mapping, Unicode normalisation and legacy text codecs; the app
is in English and reads and writes UTF-8. Kept: every non-locale item (Unicode properties,
case, bidi and normalisation data, character names, break rules, time zones, likely subtags,
plural rules) and the root and ``en*`` locales of every tree. Removed: other locales (ICU
falls back to root: neutral sorting, English names), dictionaries (Thai/CJK/Khmer word breaks
fall back to the rule-based ones), the multi-byte and EBCDIC ``.cnv`` tables (Shift-JIS, GB18030,
...; UTF-8/16/32, Latin-1 and ASCII are built into ICU, and windows-125x / ISO-8859 stay),
transliterators.

How: the data blob is the ``icudtNN_dat`` symbol of the library; ICU's own ``icupkg`` (Debian:
icu-devtools) removes items from it, and the C compiler wraps the result into a library with
the same soname and symbol. Without icupkg or a compiler the build keeps the full library.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
from pathlib import Path

LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*$")  # also "de_" (a collation alias)
KEEP_LOCALES = ("root", "pool", "res_index")  # pool/res_index: each tree's shared strings and index
# Single-byte tables still kept (~60 KB): windows-1250..1258 and ISO-8859-2..15, the legacy
# encodings a Western user's old text files may have.
KEEP_TABLES = re.compile(r"^ibm-(53[45]\d|813|91[2-6]|92[013])_")


def keep_item(item: str) -> bool:
    """Whether an ICU data item (``coll/de.res``, ``uprops.icu``, ...) stays in the subset."""
    folder, _, base = item.rpartition("/")
    stem, ext = os.path.splitext(base)
    if ext == ".cnv":
        return bool(KEEP_TABLES.match(base))
    if folder == "translit" or ext == ".dict":
        return False
    if ext == ".res" and LOCALE.match(stem):
        return stem in KEEP_LOCALES or stem == "en" or stem.startswith("en_")
    return True


def data_symbol(lib: Path) -> tuple[str, int, int]:
    """(name, file offset, size) of the ``icudt*_dat`` object in an ELF64 little-endian library."""
    data = lib.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise ValueError(f"{lib} is not a 64-bit little-endian ELF file")
    phoff, shoff = struct.unpack_from("<QQ", data, 0x20)
    phentsize, phnum, shentsize, shnum = struct.unpack_from("<HHHH", data, 0x36)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
    loads = [struct.unpack_from("<IIQQQQQQ", data, phoff + i * phentsize) for i in range(phnum)]
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strtab_offset = sections[link][4]
        for pos in range(offset, offset + size, entsize):
            st_name, _st_info, _other, _shndx, value, st_size = struct.unpack_from("<IBBHQQ", data, pos)
            name = data[strtab_offset + st_name:data.index(b"\0", strtab_offset + st_name)].decode()
            if re.fullmatch(r"icudt\d+_dat", name):
                for p_type, _f, p_offset, p_vaddr, _pa, p_filesz, _m, _al in loads:
                    if p_type == 1 and p_vaddr <= value < p_vaddr + p_filesz:
                        return name, value - p_vaddr + p_offset, st_size
    raise ValueError(f"no icudt*_dat symbol in {lib}")


def build_icu_subset(lib: Path, work: Path) -> Path | None:
    """A smaller copy of ``lib`` (libicudata.so.NN) in ``work``, or None when the tools are missing."""
    icupkg, cc = shutil.which("icupkg"), shutil.which("cc") or shutil.which("gcc")
    if icupkg is None or cc is None:
        return None
    name, offset, size = data_symbol(lib)
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    # icupkg names the items after the package file (icudt73l/coll/root.res): same name for both
    full, subset = work / f"{name[:-4]}l.dat", work / "subset" / f"{name[:-4]}l.dat"
    subset.parent.mkdir()
    full.write_bytes(lib.read_bytes()[offset:offset + size])
    listed = subprocess.run([icupkg, "-l", str(full)], capture_output=True, text=True, check=True).stdout.split()
    (work / "remove.txt").write_text("\n".join(item for item in listed if not keep_item(item)) + "\n")
    # --ignore-deps: brkitr/root.res names the dictionaries; without them ICU uses the rules alone
    subprocess.run([icupkg, "--ignore-deps", "-r", str(work / "remove.txt"), str(full), str(subset)],
                   capture_output=True, check=True)
    asm = work / "icudata.S"
    asm.write_text(f'\t.section .rodata\n\t.globl {name}\n\t.type {name}, @object\n\t.balign 16\n'
                   f'{name}:\n\t.incbin "{subset}"\n\t.size {name}, .-{name}\n'
                   '\t.section .note.GNU-stack,"",@progbits\n')
    out = work / lib.name
    subprocess.run([cc, "-shared", "-nostdlib", f"-Wl,-soname,{lib.name}", "-Wl,-z,noexecstack",
                    "-o", str(out), str(asm)], capture_output=True, check=True)
    return out
