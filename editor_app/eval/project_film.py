"""Blind evaluation project G: a beginner shooting a first roll of 35 mm film on an old Pentax.

Written without reading the planner. Built like project_dog.py: the talk is a camera file
(MVI_1184.MP4) whose transcript is written here with word times and whose audio is made from
those times (a voiced tone per word, digital silence in the pauses), so fillers, four long pauses
and one retake are exactly where the transcript says. B-roll is named like people's files; two
phone clips (loading / rewinding the film) and two film-box stills are deliberately similar.
A second take of the intro is in the bin only, and a shutter sound effect (an audio file) too.

    ids: m1 talk, m2..m8 B-roll (BROLL order), m9 music, m10 intro take 2, m11 shutter sound;
    t1 Main (c1 talk, whole), t2 B-roll (empty), t3 Music (c2 lo-fi bed, talk length, -12 dB)
"""

from __future__ import annotations

from pathlib import Path

from editor_app.eval.talk_project import TalkProject, Voice, create_talk_project, timed_script  # noqa: F401

TALK = "MVI_1184.MP4"
MUSIC = "lofi chill beat 02.mp3"
TAKE2 = "intro take 2.wav"
SFX = "Shutter Click.wav"
# (file name, seconds or None for a still, description)
BROLL = [
    ("PXL_20261012_151203.mp4", 6.0, "loading the film, threading the leader onto the take-up spool"),
    ("PXL_20261012_151640.mp4", 5.0, "rewinding the finished roll back into the canister"),
    ("light meter app closeup.MOV", 4.0, ""),
    ("Kodak Gold 200 box.jpg", None, ""),
    ("Portra400_box.JPG", None, ""),
    ("DSC_0412.MOV", 8.0, "walking along the harbour at golden hour taking photos"),
    ("negatives_on_lightbox.mp4", 5.0, ""),
]
COLORS = ["0x505860", "0x585060", "0x203040", "0xe0b020", "0xd08040", "0xd09050", "0xf0f0f0"]

# The talk: sentences (spoken text, with fillers as words) and the pause after each, seconds.
SCRIPT: list[tuple[str, float]] = [
    ("Hey everyone, I'm Marco, and today we're shooting my first roll of film on my dad's old Pentax.", 0.3),
    ("It's a Pentax K1000 from the seventies, fully manual, and it still works perfectly.", 0.4),
    ("Um, first you need to pick a film stock.", 1.6),
    ("I went with Kodak Gold 200, which is cheap, warm and really forgiving for beginners.", 0.3),
    ("If you want softer skin tones, Portra 400 is lovely, but it costs almost twice as much.", 0.3),
    ("To load it, open the back, drop the canister in on the left, and pull the leader across.", 0.3),
    ("Tuck the end into the slot on the take-up spool and wind on until both rows of holes catch the sprockets.", 1.8),
    ("Now close the back and fire off a couple of blank frames until the counter reads one.", 0.3),
    ("There's no screen on the back, so you have to get the exposure right yourself.", 0.3),
    ("I use a free light meter app on my phone, and it, uh, tells me the shutter speed and aperture.", 0.3),
    ("Set the dial to the speed printed on the box, two hundred in my case, and you're good to go.", 0.3),
    ("Then frame your shot, focus by turning the ring until the split circle lines up, and press the, um, no hang on, let me say that again.", 0.3),
    ("Then frame your shot, focus by turning the ring until the split circle lines up, and gently squeeze the shutter.", 2.0),
    ("I took the camera down to the harbour just before sunset.", 0.3),
    ("The light at golden hour is warm and low, which suits this film really well.", 0.3),
    ("You only get thirty six shots, so you slow down and think about every single one.", 1.5),
    ("When the counter stops, don't open the back!", 0.3),
    ("Press the little release button underneath and crank the rewind lever until it goes slack.", 0.3),
    ("I dropped mine at a lab in town, and the scans came back by email about a week later.", 0.3),
    ("Holding the negatives up to a lightbox for the first time is honestly magic.", 0.3),
    ("Uh, a few were blurry and two were completely black, but that's part of the fun.", 0.3),
    ("Thanks for watching, and go dig that old camera out of the attic.", 0.6),
]
TAKE2_SCRIPT: list[tuple[str, float]] = [
    ("Hi, I'm Marco, and this is my dad's Pentax from the seventies.", 0.4),
    ("Let's shoot some film.", 0.5),
]
SPEC = TalkProject(
    title="First Roll of Film", topic="film-photography", talk=TALK, talk_color="0x3a3a48", music=MUSIC,
    music_tones=(220, 330, 110), music_codec=("-c:a", "libmp3lame", "-b:a", "96k"), music_db=-12.0, take2=TAKE2,
    script=SCRIPT, take2_script=TAKE2_SCRIPT, broll=BROLL, colors=COLORS,
    voice=Voice(base=150.0, filler=130.0, swing=25.0, step=0.7, tremolo=5.0),
)


def create_film_project(target: str | Path):
    """The film-photography project at ``target`` (a Session): talk and music on the timeline,
    B-roll, a second intro take and a shutter sound effect in the bin."""
    from editor_app.media.ffmpeg import run_ffmpeg
    from editor_app.media.importer import build_asset
    from editor_app.model.operations import ImportMedia

    session = create_talk_project(target, SPEC)
    sfx = Path(session.project.media[next(iter(session.project.media))].path).parent / SFX
    run_ffmpeg(["-y", "-f", "lavfi", "-i", "anoisesrc=d=0.25:c=white:a=0.5", "-af", "afade=t=out:d=0.2", str(sfx)])
    session.apply([ImportMedia(asset=build_asset(sfx, name=SFX, description="camera shutter sound effect"))],
                  "Import the shutter sound")
    return session
