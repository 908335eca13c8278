"""A third evaluation project, written blind: fixing a flat tyre on a commuter bike, filmed in a garage.

Why: suites D (evals/d_heldout.jsonl) and the D retrieval set are scored on it, and neither the
planner nor the index was written beside it. The talk is a phone recording (PXL_...mp4); its
transcript is written here with word times, and its audio is made from those times (a voiced tone
per word, digital silence in the real pauses), so silences, fillers ("um") and a retake are where
the transcript says, without espeak-ng or speech-to-text. B-roll is named like people's files:
GoPro GX01..., a phone IMG_..., "tyre lever closeup.mov", a still; a second intro take is in the
bin but not on the timeline.

    ids: m1 talk, m2..m10 B-roll (BROLL order), m11 music, m12 intro take 2;
    t1 Main (c1 talk, whole), t2 B-roll (empty), t3 Music (c2 lofi, talk length, -12 dB)
"""

from __future__ import annotations

from pathlib import Path

from editor_app.eval.talk_project import TalkProject, Voice, create_talk_project, timed_script  # noqa: F401

TALK = "PXL_20260412_101533.mp4"
MUSIC = "lofi_beat_final_v2.wav"
TAKE2 = "intro_take2.wav"
# (file name, seconds or None for a still, description)
BROLL = [
    ("GX010234.MP4", 8.0, "GoPro ride along the canal on my way to work"),
    ("GX010235.MP4", 6.0, "GoPro ride home in the rain"),
    ("tyre lever closeup.mov", 5.0, ""),
    ("pump_gauge.mp4", 4.0, ""),
    ("IMG_5521.MOV", 6.0, "finding the thorn stuck in the tyre"),
    ("inner tube in water bucket.mp4", 5.0, ""),
    ("patch_kit.jpg", None, ""),
    ("wheel_off_slowmo.mp4", 4.0, ""),
    ("PXL_20260412_095802.mp4", 8.0, "wide shot of the garage, bike upside down on the floor"),
]
COLORS = ["0x3070a0", "0x405060", "0x808080", "0xa02020", "0x306030", "0x2040a0", "0xc0a000", "0x202020", "0x705030"]

# The talk: sentences (spoken text, with fillers as words) and the pause after each, seconds.
SCRIPT: list[tuple[str, float]] = [
    ("Hey everyone, so this morning I got a flat on my way to work.", 0.3),
    ("So I figured I'd film how I fix it.", 0.3),
    ("This is my commuter bike, just a basic hybrid with um thirty two mil tyres.", 1.6),
    ("First, shift into the smallest cog so the wheel comes out easier.", 0.3),
    ("Open the quick release, squeeze the brake, and drop the wheel out.", 0.3),
    ("Let the rest of the air out by pressing the valve.", 0.3),
    ("Hook a tyre lever under the bead and clip it onto a spoke.", 0.3),
    ("Then you slide the, no hang on, let me say that again.", 0.3),
    ("Then slide the second lever along the rim until one side pops off.", 2.0),
    ("Um, to find the leak, pump in a bit of air and dunk the tube in a bucket of water.", 0.3),
    ("There it is, a tiny stream of bubbles right by the seam.", 0.3),
    ("Now run your fingers round the inside of the tyre, because whatever did it is probably still in there.", 0.3),
    ("Yep, a little thorn, probably from the hedge cutting along the canal path.", 1.8),
    ("Rough up the rubber with the sandpaper, add a thin layer of glue, and wait till it goes clear.", 0.3),
    ("Press the patch on hard for about a minute.", 0.3),
    ("Put a little air in the tube and tuck it back inside the tyre, valve first.", 0.3),
    ("Push the bead back on with your thumbs, not the levers, or you'll pinch the tube.", 2.2),
    ("Pump it up to about sixty psi, that's the number printed on the sidewall.", 0.3),
    ("Spin the wheel and check the tyre sits evenly all the way round.", 0.3),
    ("Wheel back in, close the quick release, and check the brakes before you ride off.", 0.3),
    ("The whole thing took about fifteen minutes, and um, the spare tube lives in my bag now.", 0.3),
    ("Thanks for watching, see you on the next ride.", 0.6),
]
TAKE2_SCRIPT: list[tuple[str, float]] = [
    ("Hi guys, I got a puncture on the ride in this morning, so here's how I sorted it out.", 0.4),
    ("Uh, it's easier than it looks.", 0.5),
]
SPEC = TalkProject(
    title='Fixing a flat', topic='flat-tyre', talk=TALK, talk_color='0x504840', music=MUSIC, music_tones=(220, 330, 100),
    music_codec=('-c:a', 'pcm_s16le', '-ar', '22050'), music_db=-12.0, take2=TAKE2, script=SCRIPT, take2_script=TAKE2_SCRIPT,
    broll=BROLL, colors=COLORS, voice=Voice(base=140.0, filler=110.0, swing=25.0, step=0.7, tremolo=5.0),
)


def create_tyre_project(target: str | Path):
    """The flat-tyre project at ``target`` (a Session): talk and music on the timeline, B-roll in the bin."""
    return create_talk_project(target, SPEC)
