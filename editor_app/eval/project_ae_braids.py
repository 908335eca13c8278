"""Blind evaluation project AE: Folasade ("Sade"), a forty-one-year-old Nigerian-British mobile hairdresser
in Birmingham, does knotless box braids on her nine-year-old niece Temi at her kitchen table: washing and
blow-drying, sectioning with a rat-tail comb, quarter-inch parts in a brick pattern, edge control, the
feed-in method, pre-stretched Xpression braiding hair (six packs, twenty six inch, colour one B), dipping
the ends in ninety-degree water from the kettle to seal them, mousse and a silk scarf at the end.

Written without reading the planner. Built with talk_project like project_q_darning.py: the talk is the
Samsung tablet propped on the counter (20260418_141203.mp4), whose transcript is written here with word
times and whose audio is made from those times (a voiced tone per word, digital silence in the pauses),
so the fillers (nine um/uh: five um, four uh, plus her own tics: "you see what I'm saying" three times,
"and that's it" three times, "look" opening three sentences, "innit" twice, "abeg" twice, "bab" twice,
"ah ah", "na wa", "ehn", "tarra"), seven long pauses and one retake said out loud in her own words ("no,
wait, I've said that backwards, let me start that bit again") are exactly where the transcript says.
Several sentences share words (braids, parts, brick pattern, edge control, knot at the root, hot water,
ends, packs, mousse, scarf, ten minutes, six), so a reference has to be precise. An aside is about her
old salon boss Janet, who is in no media. Numbers are said in words (nine, six packs, one B, twenty six
inch, eleven o'clock, four big sections, a quarter inch, three hours, two or three stitches, eighty
braids, an inch, ninety degrees, ten minutes, five hours, forty pounds, six weeks).

B-roll is named like a real person's files: two iPhone 13 clips that look alike (IMG_2291.MOV parting
the brick pattern with the rat-tail comb, IMG_2296.MOV the same angle feeding in the braiding hair),
told apart only by their descriptions, and a Live Photo exported as a still (IMG_2292.jpg, Temi with the
finished braids); a Windows Camera ring-light webcam clip with no description, a TikTok download, an
Instagram Reels save, a CapCut export with no description, a product photo (xpression-prestretched-1b.jpg),
names a person typed ("parting CLOSEUP good one.mp4" with no description, "ends dip FINAL v2.mp4" with a
version suffix, "blowdrying temi.mp4", "temi BEFORE pic.jpg"), and a second Samsung tablet clip of the
edges and mousse. A Voice Memos re-take of the intro ("Temi intro redo.m4a") is in the bin only, and so
is a water splash sound effect. Music: an Afrobeats-style royalty-free bed on its own track.

    ids: m1 talk, m2..m14 B-roll (BROLL order), m15 music, m16 intro take 2 (voice memo), m17 splash sfx;
    t1 Main (c1 talk, whole), t2 B-roll (empty), t3 Music (c2 afro bed, talk length, -16 dB)
    Setup clips in a case get ids c3, c4... in the order they are inserted.
"""

from __future__ import annotations

from pathlib import Path

from editor_app.eval.talk_project import TalkProject, Voice, create_talk_project, timed_script  # noqa: F401

TALK = "20260418_141203.mp4"
MUSIC = "Afro Vibes - Royalty Free (No Copyright).mp3"
TAKE2 = "Temi intro redo.m4a"
SFX = "water splash.wav"
# (file name, seconds or None for a still, description)
BROLL = [
    ("IMG_2291.MOV", 7.0, "close-up from behind Temi's head at the kitchen table, parting small squares in a brick pattern with the rat-tail comb"),  # m2
    ("IMG_2296.MOV", 7.0, "close-up from behind Temi's head at the kitchen table from the same angle, feeding pieces of braiding hair into a braid"),  # m3
    ("IMG_2292.jpg", None, "Live Photo still: Temi grinning with her finished knotless braids, swinging them over one shoulder"),  # m4
    ("WIN_20260418_15_02_44_Pro.mp4", 6.0, ""),  # m5
    ("7357246810123456789.mp4", 8.0, "TikTok download: a stylist in Lagos speed-running a knotless feed-in braid tutorial"),  # m6
    ("Instagram_reel_2026-04-18.mp4", 9.0, "the salon's Instagram reel of last month's braid transformations, before and after"),  # m7
    ("CapCut_7357246810.mp4", 6.0, ""),  # m8
    ("xpression-prestretched-1b.jpg", None, "product photo: a pack of X-pression pre-stretched braiding hair, colour 1B, 26 inch"),  # m9
    ("parting CLOSEUP good one.mp4", 5.0, ""),  # m10
    ("ends dip FINAL v2.mp4", 5.0, "dipping the braid ends into a tall mug of hot water from the kettle, then squeezing them in a towel"),  # m11
    ("blowdrying temi.mp4", 6.0, "blow-drying Temi's washed hair straight with the comb attachment"),  # m12
    ("20260418_161530.mp4", 6.0, "laying Temi's edges with edge control and a toothbrush, then foaming mousse over the finished braids"),  # m13
    ("temi BEFORE pic.jpg", None, ""),  # m14
]
COLORS = ["0x4a3020", "0x503424", "0xd0a080", "0xf0e0d0", "0x202020", "0xc04080", "0x303040", "0x101010",
          "0x5a3a2a", "0x80a0c0", "0x907060", "0x604030", "0x705040"]

# The talk: sentences (spoken text, with fillers as words) and the pause after each, seconds.
SCRIPT: list[tuple[str, float]] = [
    ("Hiya, hello, welcome back to my kitchen, I'm Sade, and today I'm doing knotless box braids on my niece Temi, say hi Temi.", 0.4),  # 0
    ("She's nine, she's got a mouth on her, and she's been begging me for braids since Christmas, innit.", 0.3),  # 1
    ("Look, first things first, the hair has to be clean, so we washed it last night at the sink and blow-dried it straight.", 1.8),  # 2
    ("Um, I blow-dry on a medium heat with the comb attachment, you see what I'm saying, because you want it stretched, not fried.", 0.3),  # 3
    ("For this length I've got six packs of Xpression pre-stretched hair in colour one B, the twenty six inch one.", 0.3),  # 4
    ("Six packs sounds like a lot, bab, but trust me, you don't want to run out at eleven o'clock at night.", 1.6),  # 5
    ("Now we're sectioning, so grab your rat-tail comb and split the head into four big sections and clip them away.", 0.3),  # 6
    ("Then, uh, inside each section you part little squares about a quarter inch, and you do them in a brick pattern.", 0.3),  # 7
    ("Brick pattern means every row sits in between the braids of the row below, so you don't see scalp in straight lines, you see what I'm saying.", 0.3),  # 8
    ("A bit of edge control on each part before you start, so it's neat and the little hairs don't stick out.", 1.5),  # 9
    ("Ah ah, Temi, stop moving your head, abeg, you're making my parts crooked.", 0.3),  # 10
    ("When I was at Janet's salon she used to rush every single client, um, she'd have you out the door in three hours with your edges screaming.", 0.3),  # 11
    ("Na wa, that woman, I'm not even joking, half her braids were falling out by the next Sunday.", 1.7),  # 12
    ("Anyway, the knotless way is the feed-in method, so you start the braid with just her own hair.", 0.3),  # 13
    ("You do two or three stitches with her own hair first, uh, and then you feed in a small piece of braiding hair.", 0.3),  # 14
    ("Keep feeding in little bits as you go down, and that's it, that's why there's no big knot at the root.", 0.3),  # 15
    ("No knot at the root means no pulling, no bumps, and no headache for the child, which is the whole point.", 0.3),  # 16
    ("Look, you're feeding in, you're, um, no, wait, I've said that backwards, let me start that bit again.", 0.3),  # 17
    ("Look, you're braiding down first, and every few stitches you feed in a bit more hair so it gets fuller gradually.", 1.6),  # 18
    ("Ehn, keep your tension even, because if you pull one braid tighter than the next, the whole head looks wonky.", 0.3),  # 19
    ("I do about eighty braids on a head like Temi's, so pace yourself and put a film on for her.", 0.3),  # 20
    ("Her own hair runs out about halfway down, and after that it's just the braiding hair and your fingers, and that's it.", 0.3),  # 21
    ("Um, braid all the way to the bottom and leave about an inch loose at the ends.", 1.5),  # 22
    ("Now the ends, this is the part everybody asks me about on TikTok.", 0.3),  # 23
    ("Boil the kettle and let it sit a minute, you want the water about ninety degrees, not bubbling.", 0.3),  # 24
    ("Pour the hot water into a tall mug, dip the ends in for a few seconds, squeeze them in a towel, and that's it, they're sealed.", 0.3),  # 25
    ("Careful with hot water around children, abeg, keep the mug on your side of the table, not theirs.", 0.3),  # 26
    ("Uh, when they're all dipped I go over the whole head with mousse so the braids lay down and the frizz behaves.", 0.3),  # 27
    ("Then tie it up with a silk scarf for ten minutes while the mousse sets.", 1.6),  # 28
    ("Start to finish this took me five hours, with two breaks for snacks and one for a tantrum, and it wasn't mine.", 0.3),  # 29
    ("With the packs of hair and the edge control it came to about forty pounds, but for a client I charge a lot more, innit.", 0.3),  # 30
    ("Look at her, she's beaming, she's been checking herself in the microwave door for ten minutes.", 0.3),  # 31
    ("These should last her six weeks if she sleeps in the scarf, um, which she won't, you see what I'm saying.", 0.3),  # 32
    ("So, uh, that's knotless box braids, take your time with your parts and the rest is easy.", 0.3),  # 33
    ("If you're in Birmingham and you want yours done, my bookings are open, link in my bio.", 0.4),  # 34
    ("Tarra bab, see you next time.", 0.6),  # 35
]
TAKE2_SCRIPT: list[tuple[str, float]] = [
    ("Hiya, I'm Sade, and this is my niece Temi, and today she's getting knotless box braids.", 0.4),
    ("Say hello Temi.", 0.5),
]
SPEC = TalkProject(
    title="Knotless Box Braids with Sade", topic="knotless braids", talk=TALK, talk_color="0x6a4a3a", music=MUSIC,
    music_tones=(220, 330, 220), music_codec=("-c:a", "libmp3lame", "-b:a", "96k"), music_db=-16.0, take2=TAKE2,
    script=SCRIPT, take2_script=TAKE2_SCRIPT, broll=BROLL, colors=COLORS,
    voice=Voice(base=212.0, filler=176.0, swing=22.0, step=0.41, tremolo=5.1),
)


def create_braids_project(target: str | Path):
    """The braids project at ``target`` (a Session): talk and music on the timeline, B-roll, a voice-memo
    re-take of the intro and a water splash sound effect in the bin."""
    from editor_app.media.ffmpeg import run_ffmpeg
    from editor_app.media.importer import build_asset
    from editor_app.model.operations import ImportMedia

    session = create_talk_project(target, SPEC)
    sfx = Path(session.project.media[next(iter(session.project.media))].path).parent / SFX
    run_ffmpeg(["-y", "-f", "lavfi", "-i", "anoisesrc=color=pink:amplitude=0.5:duration=0.6", "-af",
                "lowpass=f=3000,afade=t=out:st=0.05:d=0.55", str(sfx)])
    session.apply([ImportMedia(asset=build_asset(sfx, name=SFX, description="a short splash of water, sound effect"))],
                  "Import the water splash sound effect")
    return session
