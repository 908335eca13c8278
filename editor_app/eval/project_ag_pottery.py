"""Blind evaluation project AG: Rhiannon, sixty-seven, a retired infant-school teacher from Swansea, throws
her first proper bowl on a second-hand potter's wheel in the shed at the bottom of her garden, for her new
YouTube channel: wedging the clay, centring (it flies off three times before it stays), opening up, a
retake said out loud when she gets her hands the wrong way round, pulling the walls, the story of the
first attempt collapsing (three sentences), sponging and the chamois on the rim, trimming on the wheel,
wiring off, the bat, drying slowly, the kiln at the community centre that Bethan fires, biscuit firing,
glazes, and her late husband Gareth, who built the shed.

Written without reading the planner. Built like project_q_darning.py: the talk is a Canon camera file
(MVI_2288.MOV, her friend's Canon on a tripod) whose transcript is written here with word times and
whose audio is made from those times (a voiced tone per word, digital silence in the pauses), so the
nine fillers (five um, four uh), seven long pauses and the one retake ("oh, hang on, I've got my hands
the wrong way round, let me do that bit again") are exactly where the transcript says. Her own tics:
"right then" three times, "off we go" twice, "isn't it" three times, "tidy" twice, "lush" twice, "mun",
"cwtch", "now in a minute", "ta ra". An aside names her grandson Osian, who is in no media (he edits
the channel); Bethan (who runs the kiln) is said three times and is in one WhatsApp clip's description.
Several sentences share words (clay, wheel, bowl, kiln, Bethan, Gareth, bottom, cracks, in a minute,
mud), so a reference has to be precise. Numbers are said in words (sixty seven, thirty one years,
eighty pounds, six year olds, a finger's width, half speed, three or four pulls, about a week, forty
years, nine hundred and fifty degrees, three weeks, sixteen).

B-roll is named the way her family's files are named: three Pixel phone clips (PXL_...), two of them
close-ups of the clay on the wheel that look alike, told apart only by their descriptions (one wobbling
off centre, one centred); three GoPro clips from her grandson's GoPro on a clamp (GX010233 opening up,
GX010235 the collapse, GX010236 pulling the walls); a clip and a still from her friend Carys's Canon
(MVI_2291.MOV trimming, IMG_2304.JPG the bowl drying on its bat); a macOS screen recording of a glaze
website; a WhatsApp video from the pottery club (Bethan loading the kiln) and an Android WhatsApp file
with no description at all (VID-20260408-WA0003.mp4); a DJI drone clip over the garden; a clip with
"FINAL_v2" in its name; a still of Gareth building the shed with spaces in its name; and a descriptively
named clip with no description ("sponging out the bottom.mp4"). Some media have tags. The music bed is
an instrumental of a Welsh folk song; a second take of her sign-off (outro_take2.wav) is in the bin
only, and so is a cartoon "boing" sound effect.

    ids: m1 talk, m2..m16 B-roll (BROLL order), m17 music, m18 sign-off take 2, m19 boing sfx;
    t1 Main (c1 talk, whole), t2 B-roll (empty), t3 Music (c2 folk bed, talk length, -15 dB)
    Setup clips in a case get ids c3, c4... in the order they are inserted.
"""

from __future__ import annotations

from pathlib import Path

from editor_app.eval.talk_project import TalkProject, Voice, create_talk_project, timed_script  # noqa: F401

TALK = "MVI_2288.MOV"
MUSIC = "Ar Lan y Mor - instrumental.mp3"
TAKE2 = "outro_take2.wav"
SFX = "boing.wav"
# (file name, seconds or None for a still, description)
BROLL = [
    ("PXL_20260412_101533211.mp4", 7.0, "wedging the clay on the bench in the shed, rocking it into a ram's head shape"),  # m2
    ("PXL_20260412_104210877.mp4", 6.0, "close-up of the clay on the wheel, wobbling off centre and flying off to one side"),  # m3
    ("PXL_20260412_104902345.mp4", 6.0, "close-up of the clay on the wheel, spinning smooth and centred under my hands"),  # m4
    ("GX010233.MP4", 8.0, "GoPro clamped on the shelf looking down at the wheel, thumbs opening up the middle"),  # m5
    ("GX010235.MP4", 8.0, "GoPro overhead, the wall goes thin, folds over and the whole pot collapses"),  # m6
    ("GX010236.MP4", 8.0, "GoPro overhead, pulling up the walls of the second bowl"),  # m7
    ("MVI_2291.MOV", 7.0, "trimming round the foot with the wooden tool, filmed on Carys's Canon"),  # m8
    ("IMG_2304.JPG", None, "the new bowl drying on its bat on the shed shelf"),  # m9
    ("Screen Recording 2026-04-14 at 20.11.05.mov", 7.0, "scrolling the sea green glazes on the pottery supplies website"),  # m10
    ("WhatsApp Video 2026-04-09 at 19.26.44.mp4", 8.0, "Bethan loading the kiln at the community centre pottery club"),  # m11
    ("VID-20260408-WA0003.mp4", 6.0, ""),  # m12
    ("DJI_0087.MP4", 9.0, "drone over the back garden and the shed roof"),  # m13
    ("shed_wheel_FINAL_v2.mp4", 6.0, "the second-hand wheel the day it arrived, before I scrubbed it"),  # m14
    ("gareth building the shed 2009.jpg", None, "Gareth up a ladder putting the felt on the shed roof"),  # m15
    ("sponging out the bottom.mp4", 5.0, ""),  # m16
]
# tags some of the media carry (the rest have none)
TAGS = {
    "PXL_20260412_101533211.mp4": ("wedging", "clay"),
    "PXL_20260412_104902345.mp4": ("centring",),
    "GX010233.MP4": ("gopro", "overhead"),
    "GX010235.MP4": ("gopro", "collapse", "blooper"),
    "GX010236.MP4": ("gopro", "overhead"),
    "WhatsApp Video 2026-04-09 at 19.26.44.mp4": ("kiln", "pottery club"),
    "DJI_0087.MP4": ("drone",),
}
COLORS = ["0x8a6a50", "0x7a6050", "0x7a6256", "0x606870", "0x5a6068", "0x626a72", "0x907a60", "0xb8a890",
          "0xe8eef0", "0xa08870", "0x505a50", "0x4a7a40", "0x707070", "0x6a8aa0", "0x8a7a6a"]

# The talk: sentences (spoken text, with fillers as words) and the pause after each, seconds.
SCRIPT: list[tuple[str, float]] = [
    ("Hiya, and croeso, welcome to my new channel, I'm Rhiannon, and today I'm going to try and throw my very first proper bowl.", 0.4),  # 0
    ("I'm sixty seven, I taught the little ones in Swansea for thirty one years, and I've never done anything like this in my life, so bear with me.", 0.3),  # 1
    ("This is my potting shed at the bottom of the garden, and the wheel is second hand off Facebook for eighty pounds, tidy.", 0.4),  # 2
    ("My Gareth built this shed the summer before he retired, every plank of it, and he put that big window in so I'd have the light.", 1.8),  # 3
    ("He always said I'd end up making something in here, and, uh, I think he'd be tickled to see me up to my elbows in mud.", 0.4),  # 4
    ("Right then, off we go, first job is wedging the clay, which is a bit like kneading bread, only you're pushing the air out, not putting it in.", 0.3),  # 5
    ("You rock it forward with the heels of your hands and roll it back, and it makes a sort of ram's head shape, see.", 0.3),  # 6
    ("If you leave a bubble in there, um, it can blow up in the kiln, and Bethan will not be pleased with you.", 0.4),  # 7
    ("Now, centring, this is the bit everybody says is the hardest, and they're not wrong.", 1.6),  # 8
    ("Slap the clay down as near the middle of the wheel as you can, wet your hands, get it spinning nice and fast, and off we go.", 0.3),  # 9
    ("Brace your elbow on your knee and lean into it, so the clay runs smooth under your palms without wobbling.", 0.3),  # 10
    ("Oh, there it goes, look, it's gone all lopsided on me.", 0.3),  # 11
    ("Have another go, mun, more water, and, um, lean in harder this time.", 0.3),  # 12
    ("That's the third time it's flown off sideways, isn't it, honestly, I taught six year olds to read but I can't centre a lump of mud.", 0.3),  # 13
    ("Got it, got it, feel that, lovely and still, that's centred, that is.", 2.1),  # 14
    ("Opening up next, you push your thumbs down into the middle, but, uh, leave about a finger's width at the bottom for the base.", 0.3),  # 15
    ("Then you pull the clay in towards you to make the floor of the, oh, hang on, I've got my hands the wrong way round, let me do that bit again.", 0.3),  # 16
    ("Then you draw the clay outwards, away from you, to make the floor of the bowl nice and wide.", 0.3),  # 17
    ("Right then, pulling the walls, one hand inside, one hand outside, and you squeeze gently and lift as the wheel goes round.", 0.3),  # 18
    ("Slow the wheel right down for this, about half speed, and go up in three or four pulls, not all in one go.", 0.3),  # 19
    ("Keep your hands wet but not too wet, because, um, if it all turns to slip the whole lot goes floppy.", 0.3),  # 20
    ("And this is where it all went wrong the first time, I pulled one side too thin and it folded over like a wet paper bag.", 0.3),  # 21
    ("I just sat there and laughed till I cried, I had clay in my hair, clay on my glasses, clay on the cat.", 0.3),  # 22
    ("So I scrunched it back up, wedged it again, and what you're watching now is attempt number two.", 1.9),  # 23
    ("Use a sponge to soak up the water that pools in the bottom, otherwise the base goes soft and cracks when it dries.", 0.3),  # 24
    ("Then a little strip of chamois leather over the rim to round it off, and, oh, that's lush, look at that.", 0.4),  # 25
    ("Right then, trimming, I'm doing it on the wheel while it's still soft, with this wooden tool, just taking the extra away round the foot, tidy.", 0.3),  # 26
    ("My grandson Osian reckons I need a proper trimming tool off the internet, but he's sixteen and he's never made a bowl in his life, has he.", 1.5),  # 27
    ("Wire off now, you hold the wire tight in both hands and pull it flat under the bowl, right along the wheel.", 0.3),  # 28
    ("Then slide it onto a bat, that's just a flat board, uh, and leave it be.", 0.3),  # 29
    ("It wants to dry slowly, so I put a carrier bag over it loosely and leave it on the shelf for about a week, until it's bone dry.", 1.7),  # 30
    ("If it dries too fast it cracks, especially round the bottom, and then you've lost it, isn't it.", 0.3),  # 31
    ("I haven't got a kiln, of course, so it's going down the community centre, where Bethan fires the kiln every other Thursday.", 0.3),  # 32
    ("Bethan has been potting for forty years, she's lush, and she's promised to put my little bowl in with the rest of the club's pots.", 0.3),  # 33
    ("The first firing is the, um, biscuit firing, about nine hundred and fifty degrees, and then you glaze it and it goes back in, hotter.", 0.3),  # 34
    ("I'll show you the glazing now in a minute, well, not in a minute, in about three weeks when it's come out of the kiln.", 0.3),  # 35
    ("I've been looking at glazes online, and there's a lovely sea green one that reminds me of Rhossili in the winter.", 1.6),  # 36
    ("So there we are, my first proper bowl, it's a bit wonky, isn't it, but it's mine.", 0.3),  # 37
    ("Gareth would have said it was a cracking bowl and then kept his screws in it, bless him.", 0.4),  # 38
    ("Let me know in the comments if you've got any tips for centring, because, uh, I clearly need them.", 0.3),  # 39
    ("Next week it's mugs, heaven help us, so do subscribe, and, um, a big cwtch from Swansea, ta ra.", 0.6),  # 40
]
TAKE2_SCRIPT: list[tuple[str, float]] = [
    ("Right then, that's my first bowl, wonky but mine.", 0.4),
    ("Mugs next week, so subscribe, cwtch from Swansea, ta ra.", 0.5),
]
SPEC = TalkProject(
    title="Rhiannon's First Bowl", topic="pottery", talk=TALK, talk_color="0x6a5a4a", music=MUSIC,
    music_tones=(220, 330, 240), music_codec=("-c:a", "libmp3lame", "-b:a", "96k"), music_db=-15.0, take2=TAKE2,
    script=SCRIPT, take2_script=TAKE2_SCRIPT, broll=BROLL, colors=COLORS,
    voice=Voice(base=214.0, filler=176.0, swing=22.0, step=0.41, tremolo=5.1),
)


def create_pottery_project(target: str | Path):
    """The pottery project at ``target`` (a Session): talk and music on the timeline, B-roll (some of it
    tagged), a second sign-off take and a cartoon boing sound effect in the bin."""
    from editor_app.media.ffmpeg import run_ffmpeg
    from editor_app.media.importer import build_asset
    from editor_app.model.operations import ImportMedia, UpdateMedia

    session = create_talk_project(target, SPEC)
    sfx = Path(session.project.media[next(iter(session.project.media))].path).parent / SFX
    run_ffmpeg(["-y", "-f", "lavfi", "-i", "aevalsrc=0.5*sin(2*PI*(260+140*sin(2*PI*9*t))*t)*exp(-4*t):s=16000:d=0.6",
                str(sfx)])
    ids = {m.name: m.id for m in session.project.media.values()}
    session.apply([ImportMedia(asset=build_asset(sfx, name=SFX, description="cartoon boing, sound effect")),
                   *(UpdateMedia(media_id=ids[name], tags=list(tags)) for name, tags in TAGS.items())],
                  "Import the boing sound effect and tag the clips")
    return session
