from pathlib import Path

from editor_app.media.subtitles import find_sidecar, load_subtitles, parse_srt, parse_vtt

SRT = """1
00:00:01,000 --> 00:00:03,500
Hello <i>there</i>,
second line

2
00:00:04,250 --> 00:00:06,000
Caf\u00e9 &amp; more
"""


def test_srt_basic_multiline_and_tags() -> None:
    segs = parse_srt(SRT)
    assert [(s.start, s.end) for s in segs] == [(1.0, 3.5), (4.25, 6.0)]
    assert segs[0].text == "Hello there, second line"
    assert segs[1].text == "Caf\u00e9 & more"


def test_srt_bom_crlf_and_no_trailing_newline() -> None:
    text = "\ufeff" + SRT.replace("\n", "\r\n").rstrip("\r\n")
    segs = parse_srt(text)
    assert len(segs) == 2
    assert segs[1].text == "Caf\u00e9 & more"


def test_srt_missing_blank_lines() -> None:
    text = "1\n00:00:00,000 --> 00:00:01,000\nOne\n2\n00:00:01,500 --> 00:00:02,000\nTwo\n00:00:03,000 --> 00:00:04,000\nThree"
    segs = parse_srt(text)
    assert [s.text for s in segs] == ["One", "Two", "Three"]
    assert segs[2].end == 4.0


def test_srt_garbage_never_raises() -> None:
    assert parse_srt("not a subtitle\n\n--> -->\n00:00 --> x\n") == []
    # an end before its start is skipped, the rest kept
    segs = parse_srt("1\n00:00:05,000 --> 00:00:01,000\nbad\n\n2\n00:00:06,000 --> 00:00:07,000\ngood\n")
    assert [s.text for s in segs] == ["good"]


def test_vtt_header_note_style_and_settings() -> None:
    text = (
        "WEBVTT - my talk\nKind: captions\nLanguage: en\n\n"
        "STYLE\n::cue { color: yellow }\n\n"
        "NOTE this is a comment\nspanning two lines\n\n"
        "intro\n00:01.000 --> 00:02.500 align:start position:10%\n<v Anna>Hi</v> <b>all</b>\n\n"
        "00:00:03.000 --> 00:00:05.000 line:0\nSecond\ncue\n\n"
        "1:02:03.004 --> 1:02:04.000\nLate"
    )
    segs = parse_vtt(text)
    assert [(s.start, s.end, s.text) for s in segs] == [
        (1.0, 2.5, "Hi all"),
        (3.0, 5.0, "Second cue"),
        (3723.004, 3724.0, "Late"),
    ]


def test_load_cp1252_and_utf8_bom(tmp_path: Path) -> None:
    cp = tmp_path / "legacy.srt"
    cp.write_bytes("1\r\n00:00:00,000 --> 00:00:01,000\r\nD\u00e9j\u00e0 vu \u2013 na\u00efve\r\n".encode("cp1252"))
    assert load_subtitles(cp)[0].text == "D\u00e9j\u00e0 vu \u2013 na\u00efve"
    bom = tmp_path / "bom.vtt"
    bom.write_bytes(b"\xef\xbb\xbfWEBVTT\n\n00:00.000 --> 00:01.000\n\xc3\xa9t\xc3\xa9\n")
    assert load_subtitles(bom)[0].text == "\u00e9t\u00e9"
    weird = tmp_path / "weird.srt"
    weird.write_bytes(b"1\n00:00:00,000 --> 00:00:01,000\nbyte \x81\x8d\x90 soup\n")  # undefined in cp1252
    assert load_subtitles(weird)[0].text.startswith("byte ")


def test_find_sidecar(tmp_path: Path) -> None:
    media = tmp_path / "Talk.mp4"
    media.write_bytes(b"x")
    assert find_sidecar(media) is None
    (tmp_path / "Talk.fr.srt").write_text("")
    (tmp_path / "Talk.en.srt").write_text("")
    assert find_sidecar(media) == tmp_path / "Talk.en.srt"
    (tmp_path / "talk.VTT").write_text("")
    assert find_sidecar(media) == tmp_path / "talk.VTT"
    (tmp_path / "Talk.SRT").write_text("")
    assert find_sidecar(media) == tmp_path / "Talk.SRT"
    (tmp_path / "Talker.srt").write_text("")
    other = tmp_path / "other.mp4"
    assert find_sidecar(other) is None
