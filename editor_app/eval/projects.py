"""A second evaluation project, unlike the demo: a Sunday pancake recipe filmed at home.

Why: the planner scored 76/76 on the demo it was written beside; this project has another
topic, media named the way people's files are named (camera names, camelCase, takes, a drone
file called DJI_0032), real speech (../shared/testdata/speech/pancakes.wav) and a second
recording that is not on the timeline. Transcripts are the true chunk text of the test speech,
so the suite does not depend on speech-to-text.

    ids: m1 talk ... m10 camera review; t1 main (c1 talk 0-29.9 s), t2 B-roll (empty), t3 music (c2, -10 dB)
"""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

from editor_app.eval.project_tyre import create_tyre_project
from editor_app.eval.project_dog import create_dog_project
from editor_app.eval.project_plants import create_plants_project
from editor_app.eval.project_film import create_film_project
from editor_app.eval.project_i_tap import create_tap_project
from editor_app.eval.project_j_filter import create_filter_project
from editor_app.eval.project_l_keyboard import create_keyboard_project
from editor_app.eval.project_m_trainers import create_trainers_project
from editor_app.eval.project_n_beehives import create_beehives_project
from editor_app.eval.project_o_marmalade import create_marmalade_project
from editor_app.eval.project_p_ukulele import create_ukulele_project
from editor_app.eval.project_q_darning import create_darning_project
from editor_app.eval.project_ag_pottery import create_pottery_project
from editor_app.eval.project_ad_wheel import create_wheel_project
from editor_app.eval.project_ae_braids import create_braids_project
from editor_app.eval.project_af_oilchange import create_oilchange_project
from editor_app.eval.project_ah_skillet import create_skillet_project
from editor_app.eval.project_aa_chair import create_chair_project
from editor_app.eval.project_ab_racket import create_racket_project
from editor_app.eval.project_ac_faucet import create_faucet_project
from editor_app.eval.project_y_knots import create_knots_project
from editor_app.eval.project_z_wardrobe import create_wardrobe_project
from editor_app.eval.project_w_kombucha import create_kombucha_project
from editor_app.eval.project_v_screen import create_screen_project
from editor_app.eval.project_x_screen import create_screen_project as create_screen2_project
from editor_app.eval.project_u_truing import create_truing_project
from editor_app.eval.project_r_skateboard import create_skateboard_project
from editor_app.eval.project_s_knife import create_knife_project
from editor_app.eval.project_t_grouting import create_grouting_project
from editor_app.eval.project_k_drywall import create_drywall_project
from editor_app.eval.project_h_espresso import create_espresso_project
from editor_app.media.ffmpeg import run_ffmpeg
from editor_app.model.operations import AddTrack, ImportMedia, InsertClip
from editor_app.model.project import TranscriptSegment

SPEECH_DIR = Path(__file__).resolve().parents[3] / "shared" / "testdata" / "speech"
if not SPEECH_DIR.exists():  # the worktree layout: /work/wt/NAME -> /work/shared
    SPEECH_DIR = Path("/work/shared/testdata/speech")

# (file name, seconds or None for a still, description, tags); the talk and the review come from speech files.
BROLL = [
    ("IMG_2041_flour_bowl.MOV", 5.0, "", ()),
    ("whiskEggsCloseup.mp4", 4.0, "", ()),
    ("flipping-pancake-slowmo.mp4", 5.0, "", ()),
    ("DJI_0032.mp4", 6.0, "Drone shot over the farmers market where I buy the berries", ()),
    ("syrup_pour_02.mp4", 4.0, "", ()),
    ("blueberries.jpg", None, "", ()),
    ("kitchen_wide.mp4", 8.0, "wide shot of my kitchen counter", ()),
]
TALK = "sunday_pancakes_take3.mp4"
MUSIC = "acoustic_morning_loop.mp3"
REVIEW = "camera_review_voice.wav"
COLORS = ["0xd8c8a0", "0xf0e0b0", "0xc08040", "0x407040", "0x803010", "0x303090", "0x909090"]


def speech_segments(name: str) -> tuple[TranscriptSegment, ...]:
    """The true sentences of a test speech file as transcript segments (fillers joined in)."""
    data = json.loads((SPEECH_DIR / name).read_text(encoding="utf-8"))
    return tuple(TranscriptSegment(start=c["start"], end=c["end"], text=c["text"])
                 for c in data["chunks"] if c["kind"] != "pause" and c.get("text"))


def _video(path: Path, seconds: float, color: str, audio: Path | None = None) -> None:
    args = ["-y", "-f", "lavfi", "-i", f"color=c={color}:s=320x180:r=30:d={seconds}"]
    if audio is not None:
        args += ["-i", str(audio), "-shortest", "-c:a", "aac", "-b:a", "64k"]
    args += ["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-t", f"{seconds}", str(path)]
    run_ffmpeg(args)


def generate_media(folder: Path) -> dict[str, Path]:
    """Write every file of the project into ``folder`` with the bundled ffmpeg."""
    folder.mkdir(parents=True, exist_ok=True)
    out: dict[str, Path] = {}
    talk = folder / TALK
    _video(talk, 29.914, "0x604030", SPEECH_DIR / "pancakes.wav")
    out[TALK] = talk
    for (name, seconds, _d, _t), color in zip(BROLL, COLORS):
        path = folder / name
        if seconds is None:
            run_ffmpeg(["-y", "-f", "lavfi", "-i", f"color=c={color}:s=320x180", "-frames:v", "1", str(path)])
        else:
            _video(path, seconds, color)
        out[name] = path
    music = folder / MUSIC
    run_ffmpeg(["-y", "-f", "lavfi", "-i", "sine=frequency=196:duration=40", "-f", "lavfi", "-i",
                "sine=frequency=294:duration=40", "-filter_complex", "amix=inputs=2,volume=0.5",
                "-c:a", "libmp3lame", "-b:a", "96k", str(music)])
    out[MUSIC] = music
    review = folder / REVIEW
    run_ffmpeg(["-y", "-i", str(SPEECH_DIR / "fillers.wav"), str(review)])
    out[REVIEW] = review
    return out


def create_pancake_project(target: str | Path):
    """The pancake project at ``target`` (a Session): talk and music on the timeline, B-roll in the bin."""
    from editor_app.media.importer import build_asset
    from editor_app.session import Session

    target = Path(target).expanduser().resolve()
    files = generate_media(target / "media")
    session = Session.create(target, name="Sunday pancakes", fps=30, width=1280, height=720)
    imports = []
    talk = build_asset(files[TALK], name=TALK, description="")
    imports.append(ImportMedia(asset=talk.model_copy(update={"transcript": speech_segments("pancakes.json")})))
    for name, _s, description, tags in BROLL:
        imports.append(ImportMedia(asset=build_asset(files[name], name=name, description=description, tags=tags)))
    imports.append(ImportMedia(asset=build_asset(files[MUSIC], name=MUSIC)))
    review = build_asset(files[REVIEW], name=REVIEW)
    imports.append(ImportMedia(asset=review.model_copy(update={"transcript": speech_segments("fillers.json")})))
    session.apply(imports, "Import the pancake media")
    ids = {m.name: m.id for m in session.project.media.values()}
    session.apply([AddTrack(kind="video", role="main", name="Main"), AddTrack(kind="video", role="broll", name="B-roll"),
                   AddTrack(kind="audio", role="music", name="Music")], "Add tracks")
    main, _broll, music = session.project.tracks
    talk_asset = session.project.media[ids[TALK]]
    frames = int(Fraction(talk_asset.duration) * session.project.fps)
    session.apply([
        InsertClip(track_id=main.id, media_id=ids[TALK], start=0, name=TALK),
        InsertClip(track_id=music.id, media_id=ids[MUSIC], start=0, duration=frames, name=MUSIC, volume_db=-10.0),
    ], "Talk and music on the timeline")
    return session


PROJECTS = {"pancakes": create_pancake_project, "tyre": create_tyre_project, "dog": create_dog_project,
            "plants": create_plants_project, "film": create_film_project, "espresso": create_espresso_project, "tap": create_tap_project,
            "filter": create_filter_project, "keyboard": create_keyboard_project, "trainers": create_trainers_project, "beehives": create_beehives_project, "marmalade": create_marmalade_project, "ukulele": create_ukulele_project, "darning": create_darning_project, "racket": create_racket_project, "skateboard": create_skateboard_project, "knife": create_knife_project, "drywall": create_drywall_project, "grouting": create_grouting_project, "truing": create_truing_project, "kombucha": create_kombucha_project, "screen": create_screen_project, "screen2": create_screen2_project, "knots": create_knots_project, "wardrobe": create_wardrobe_project, "chair": create_chair_project, "faucet": create_faucet_project, "wheel": create_wheel_project, "braids": create_braids_project, "oilchange": create_oilchange_project, "pottery": create_pottery_project, "skillet": create_skillet_project}
