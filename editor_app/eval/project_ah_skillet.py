"""Blind evaluation project AH: Darnell, fifty-two, an ex-Navy cook from Baton Rouge, Louisiana, brings
his late grandmother's rusted cast-iron skillet back in his carport: looking over the rust and a crack
scare (a line of rust in a scratch), oven cleaner with lye in a tied-up garbage bag for two days, a
rinse, a vinegar soak for the rust (and the warning about leaving it overnight), fine steel wool and
dish soap, drying on the stove burner, thin coats of seasoning oil wiped back off, baking upside down
at four hundred fifty degrees, six coats, a lagniappe tip, and the first egg.

Written without reading the planner. Built like project_q_darning.py: the talk is a GoPro file
(GX010087.MP4) whose transcript is written here with word times and whose audio is made from those
times (a voiced tone per word, digital silence in the pauses), so the fillers (nine: five um, four uh),
seven long pauses and one retake said out loud in his own words ("no, hold on, I got that wrong, let me
say that again", about rinsing the lye off before the vinegar) are exactly where the transcript says.
His tics: "alright now" six times, "y'all" four more, "now listen" twice, "I tell you what" twice, "fixing
to", "cher", "lagniappe". A story about his grandmother Mama Lou and Sunday cornbread runs over three
sentences (2-4), and he breaks off to talk to his neighbour Mr. Thibodeaux (14), who is in no media.
Several sentences share words (skillet, Mama Lou, Sunday, cornbread, bacon grease, lye, vinegar, rust,
crack, egg, steel wool, grey, stove, oven, hour, y'all), so a reference has to be precise. Numbers are
said in words (twenty two years, three times a day, fifteen years, two days, thirty minutes, one hour,
ten minutes, four hundred fifty degrees, six coats).

B-roll is named the way his phone, his nephew Jaylen's DJI Osmo Pocket, his Ring doorbell and Facebook
name files: five iPhone clips (IMG_44xx.MOV) and an iPhone still (IMG_4502.JPG), told apart only by
their descriptions; the Osmo clip (DJI_..._D.MP4, tagged "osmo"); a Ring doorbell export; an iOS screen
recording of the seasoning-oil brand's website with no description; a Facebook download with a numeric
name (a cast-iron group's video, a competitor's spray can on a shelf in it); an old scanned photo of
Mama Lou with a descriptive name; a descriptive name with spaces and no description (drying on the
burner); a clip with "FINAL_v2" in its name (the first egg); and a snake_case clip of the six coats.
Some media carry tags. A second take of the sign-off, recorded on Jaylen's DJI Mic (DJI_02_...WAV), is
in the bin only, and so is a grease sizzle sound effect.

    ids: m1 talk, m2..m15 B-roll (BROLL order), m16 music, m17 sign-off take 2, m18 sizzle sfx;
    t1 Main (c1 talk, whole), t2 B-roll (empty), t3 Music (c2 blues guitar bed, talk length, -15 dB)
    Setup clips in a case get ids c3, c4... in the order they are inserted.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

from editor_app.eval.talk_project import TalkProject, Voice, generate_media, timed_script  # noqa: F401

TALK = "GX010087.MP4"
MUSIC = "Swamp Blues Guitar Loop (No Copyright).mp3"
TAKE2 = "DJI_02_20250615_112233.WAV"
SFX = "grease sizzle.wav"
# (file name, seconds or None for a still, description)
BROLL = [
    ("IMG_4471.MOV", 7.0, "turning the rusty skillet over in my hands on the carport workbench, orange rust all over the bottom"),  # m2
    ("IMG_4473.MOV", 5.0, "close-up with a flashlight on the handle, checking what looked like a crack"),  # m3
    ("IMG_4478.MOV", 8.0, "spraying the yellow can of oven cleaner all over the skillet and tying it up in a black garbage bag"),  # m4
    ("RingVideo_20250612_064107.mp4", 6.0, "front doorbell camera at daybreak, me in rubber gloves carrying the garbage bag up the driveway"),  # m5
    ("IMG_4486.MOV", 6.0, "the skillet sunk in a plastic tub of vinegar and water, little bubbles coming off the iron"),  # m6
    ("IMG_4490.MOV", 7.0, "scrubbing the skillet in the carport sink with steel wool, the water running grey"),  # m7
    ("drying skillet on burner.MOV", 5.0, ""),  # m8
    ("ScreenRecording_06-13-2025 14-22-51_1.MP4", 8.0, ""),  # m9
    ("DJI_20250614093512_0031_D.MP4", 7.0, "slow push in on the skillet going into the oven upside down, foil on the rack under it"),  # m10
    ("10000000_829145366201837_4417729033155274982_n.mp4", 9.0,
     "video from the Cast Iron Collectors facebook group, a fella showing off a stack of restored skillets, a can of Iron Armor spray on the shelf behind him"),  # m11
    ("mama lou sunday kitchen scan.jpg", None, "old scanned photo of my grandmother Mama Lou at her stove with the skillet, nineteen seventies"),  # m12
    ("IMG_4502.JPG", None, "the finished skillet hanging on a nail over the stove, shiny and black"),  # m13
    ("first_egg_FINAL_v2.mov", 6.0, "the first egg sliding around the skillet in butter, not sticking"),  # m14
    ("six_coats_side_by_side.mp4", 6.0, "photos of the skillet after each of the six coats, going from grey to bronze to black"),  # m15
]
TAGS = {
    "IMG_4471.MOV": ("rust", "before"),
    "IMG_4478.MOV": ("lye", "oven cleaner"),
    "RingVideo_20250612_064107.mp4": ("ring", "doorbell"),
    "IMG_4490.MOV": ("steel wool",),
    "DJI_20250614093512_0031_D.MP4": ("osmo", "jaylen", "oven"),
    "10000000_829145366201837_4417729033155274982_n.mp4": ("facebook",),
    "mama lou sunday kitchen scan.jpg": ("mama lou", "family"),
    "IMG_4502.JPG": ("after", "finished"),
    "first_egg_FINAL_v2.mov": ("egg",),
}
COLORS = ["0x8a4a20", "0x5a4030", "0xd8c020", "0x30343a", "0xc8c8b8", "0x707880", "0x404040", "0xf0f0f0",
          "0x302820", "0x3a5a9a", "0xb8a078", "0x1a1a1a", "0xf8e070", "0x6a6060"]

# The talk: sentences (spoken text, with fillers as words) and the pause after each, seconds.
SCRIPT: list[tuple[str, float]] = [
    ("Alright now, y'all, my name is Darnell, and today I'm fixing to bring my grandmother's old cast iron skillet back from the dead.", 0.4),  # 0
    ("I cooked twenty two years in the Navy, fed a whole ship three times a day, and I ain't never had a pan as good as this one.", 0.3),  # 1
    ("This skillet belonged to Mama Lou, and every Sunday after church she made cornbread in it for the whole family.", 0.3),  # 2
    ("She'd heat the bacon grease in it till it smoked, pour the batter in, and I tell you what, you could hear that sizzle from the front porch.", 0.3),  # 3
    ("Us kids would crowd around the stove, and she'd pop your hand with a wooden spoon if you reached for a corner piece before grace was said.", 1.8),  # 4
    ("After she passed it sat in my auntie's shed for about fifteen years, and, uh, this is what fifteen years in a Louisiana shed does to iron.", 0.3),  # 5
    ("Now listen, look at the bottom, that's rust all over, orange as a crawfish.", 0.3),  # 6
    ("First thing I did was check it for a crack, 'cause a cracked skillet is done, ain't no coming back from that.", 0.3),  # 7
    ("I thought I saw one running up by the handle, and, um, my heart about stopped.", 0.3),  # 8
    ("Turned out it was just a line of rust in a scratch, thank the Lord, so we in business.", 1.6),  # 9
    ("Alright now, to get the old crusty seasoning off, I use oven cleaner, the yellow can, 'cause that's got lye in it.", 0.3),  # 10
    ("Spray the whole skillet down, every inch, then it goes in a black garbage bag and you tie it up tight.", 0.3),  # 11
    ("Put your rubber gloves on and some eye protection, cher, that lye don't play.", 0.3),  # 12
    ("That bag sat right here in the carport for two days, and I'd come out and give it another spray every morning.", 0.3),  # 13
    ("Hey, Mr. Thibodeaux, no sir, it ain't ready yet, you come on back Sunday and I'll fry you an egg in it.", 1.9),  # 14
    ("He been asking about this skillet all week, that man can smell a project from three houses down.", 0.3),  # 15
    ("Now before the vinegar, you want to rinse the lye off real good, 'cause if you, uh, no, hold on, I got that wrong, let me say that again.", 0.3),  # 16
    ("Now before the vinegar, you rinse every bit of that lye off with the water hose, 'cause lye and vinegar got no business meeting in your skillet.", 0.3),  # 17
    ("Alright now, the vinegar is for the rust, half white vinegar and half water in a plastic tub, and you sink the whole thing in.", 0.3),  # 18
    ("Now listen to me, do not leave it in there overnight, 'cause once the rust is gone that vinegar starts eating the iron itself.", 0.3),  # 19
    ("I check on it every thirty minutes, and most times one hour is plenty, um, two at the most.", 2.0),  # 20
    ("Then you scrub it with fine steel wool and a little dish soap till it's all bare grey metal.", 0.3),  # 21
    ("That's the only time you ever put steel wool and soap on cast iron, y'all, this one time right here.", 0.3),  # 22
    ("It's gonna look like a brand new skillet off the hardware store shelf, just grey and kind of sad.", 0.3),  # 23
    ("Dry it with a towel and set it right on the stove burner, 'cause bare iron will flash rust on you in about ten minutes.", 1.7),  # 24
    ("Alright now, seasoning, this is where the magic happens.", 0.3),  # 25
    ("I use the Bayou Gold seasoning oil, they sent me a bottle, but, uh, Mama Lou just used bacon grease and she did fine.", 0.3),  # 26
    ("Rub it on thin, and then wipe it all back off like you made a mistake, that's how thin we talking.", 0.3),  # 27
    ("If you leave it too thick, it goes sticky and gummy, and you got to strip it and do the whole thing over.", 0.3),  # 28
    ("Then it goes in the oven, um, upside down at four hundred fifty degrees for one hour, with some foil on the rack underneath to catch the drips.", 0.3),  # 29
    ("When the hour's up, you cut the oven off and let it cool down in there, don't you go pulling it out hot.", 1.5),  # 30
    ("I did that six times, six coats, and it took me the better part of a Saturday.", 0.3),  # 31
    ("Every coat it gets a little darker, from grey to bronze to that deep black you looking for.", 0.3),  # 32
    ("And here's a little lagniappe for y'all, half a potato dipped in salt will scrub light rust right off, um, no chemicals at all.", 1.6),  # 33
    ("Alright now, moment of truth, the first egg.", 0.3),  # 34
    ("Little bit of butter, medium heat, crack the egg in, and look at that, it slides around like it's on ice.", 0.3),  # 35
    ("No sticking, no scraping, uh, that's a seasoned skillet right there.", 0.3),  # 36
    ("Mama Lou would be proud, I tell you what, and next Sunday I'm making her cornbread in it.", 0.4),  # 37
    ("So go find you a rusty old skillet at a yard sale, um, and bring it back to life.", 0.3),  # 38
    ("Leave me a comment and tell me what y'all are cooking in yours, and I'll see you next time.", 0.4),  # 39
    ("Alright now, be blessed.", 0.6),  # 40
]
TAKE2_SCRIPT: list[tuple[str, float]] = [
    ("So that's it, y'all, find you a rusty skillet and bring it back to life.", 0.4),
    ("Tell me what you cooking in yours, alright now, be blessed.", 0.5),
]
SPEC = TalkProject(
    title="Mama Lou's Skillet", topic="skillet restoration", talk=TALK, talk_color="0x4a3a2a", music=MUSIC,
    music_tones=(110, 165, 260), music_codec=("-c:a", "libmp3lame", "-b:a", "96k"), music_db=-15.0, take2=TAKE2,
    script=SCRIPT, take2_script=TAKE2_SCRIPT, broll=BROLL, colors=COLORS,
    voice=Voice(base=112.0, filler=96.0, swing=14.0, step=0.41, tremolo=3.6),
)


def create_skillet_project(target: str | Path):
    """The skillet project at ``target`` (a Session): talk and music on the timeline; B-roll (some of it
    tagged), a second sign-off take and a grease sizzle sound effect in the bin."""
    from editor_app.media.ffmpeg import run_ffmpeg
    from editor_app.media.importer import build_asset
    from editor_app.model.operations import AddTrack, ImportMedia, InsertClip
    from editor_app.session import Session

    target = Path(target).expanduser().resolve()
    files = generate_media(target / "media", SPEC)
    session = Session.create(target, name=SPEC.title, fps=30, width=1280, height=720)
    segments, words, _t = timed_script(SCRIPT)
    take_segments, take_words, _t2 = timed_script(TAKE2_SCRIPT)
    talk = build_asset(files[TALK], name=TALK, description="")
    imports = [ImportMedia(asset=talk.model_copy(update={"transcript": segments, "words": words}))]
    for name, _s, description in BROLL:
        imports.append(ImportMedia(asset=build_asset(files[name], name=name, description=description, tags=TAGS.get(name, ()))))
    imports.append(ImportMedia(asset=build_asset(files[MUSIC], name=MUSIC)))
    take = build_asset(files[TAKE2], name=TAKE2)
    imports.append(ImportMedia(asset=take.model_copy(update={"transcript": take_segments, "words": take_words})))
    session.apply(imports, f"Import the {SPEC.topic} media")
    ids = {m.name: m.id for m in session.project.media.values()}
    session.apply([AddTrack(kind="video", role="main", name="Main"), AddTrack(kind="video", role="broll", name="B-roll"),
                   AddTrack(kind="audio", role="music", name="Music")], "Add tracks")
    main, _broll, music = session.project.tracks
    frames = int(Fraction(session.project.media[ids[TALK]].duration) * session.project.fps)
    session.apply([
        InsertClip(track_id=main.id, media_id=ids[TALK], start=0, name=TALK),
        InsertClip(track_id=music.id, media_id=ids[MUSIC], start=0, duration=frames, name=MUSIC, volume_db=SPEC.music_db),
    ], "Talk and music on the timeline")
    sfx = target / "media" / SFX
    run_ffmpeg(["-y", "-f", "lavfi", "-i", "anoisesrc=color=pink:amplitude=0.3:duration=1.2", "-af",
                "highpass=f=1500,afade=t=in:d=0.05,afade=t=out:st=0.8:d=0.4", str(sfx)])
    session.apply([ImportMedia(asset=build_asset(sfx, name=SFX, description="a short hot grease sizzle, sound effect"))],
                  "Import the grease sizzle sound effect")
    return session
