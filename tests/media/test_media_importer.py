from pathlib import Path

from editor_app.media.importer import build_asset


def test_build_asset_with_sidecar(av_file: Path) -> None:
    (av_file.parent / "clip.en.srt").write_text("1\n00:00:00,500 --> 00:00:01,500\nHello\n", encoding="utf-8")
    asset = build_asset(av_file, description="test pattern", tags=["a", "b"])
    assert asset.id == ""
    assert asset.name == "clip"
    assert Path(asset.path).is_absolute() and Path(asset.path) == av_file.resolve()
    assert asset.kind == "video" and asset.has_audio
    assert asset.description == "test pattern" and asset.tags == ("a", "b")
    assert [(s.start, s.end, s.text) for s in asset.transcript] == [(0.5, 1.5, "Hello")]
    # The asset round-trips through the model's JSON form.
    assert type(asset).model_validate_json(asset.model_dump_json()) == asset


def test_build_asset_relative_path_and_name(av_file: Path, monkeypatch) -> None:
    monkeypatch.chdir(av_file.parent)
    asset = build_asset("clip.mp4", name="Intro")
    assert asset.name == "Intro" and asset.path == str(av_file.resolve())
    assert asset.transcript == ()
