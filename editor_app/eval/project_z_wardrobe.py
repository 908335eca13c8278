"""Blind evaluation project Z: Olu, forty-one, a Nigerian-British dad in Manchester, builds a flat-pack
wardrobe for his daughter's bedroom: counting the screws, the six millimetre allen key, tapping in the
dowels, the cam locks and their arrows, the back panel and squaring it corner to corner, standing it up
and strapping it to the wall, hanging the doors and adjusting the hinges, the rail, the shelf and the
handles, while his daughter Tolu keeps interrupting off camera.

Written without reading the planner. Built like project_q_darning.py: the talk is a Nikon camera file
(DSC_0412.MOV) whose transcript is written here with word times and whose audio is made from those
times (a voiced tone per word, digital silence in the pauses), so the fillers (nine um/uh: five um, four
uh, plus his own tics: "basically" three times, "you know what I mean" three times), seven long pauses
and one retake said out loud in his own words ("no, hang on, I'm getting ahead of meself, let me start
that again") are exactly where the transcript says. Mancunian words: mithered, mither, dead good, dead
easy, proper (four times), mint, buzzing, sound, our kid (his brother), ta-ra. Several sentences share
words (panel, back panel, screws, hammer, cam lock, arrow, doors, hinges, allen key, upside down, Femi,
Tolu, daddy, stand it up, ceiling, nail, centimetre, turn), so a reference has to be precise. An aside
is about his brother-in-law Femi, who built the same wardrobe upside down and is in no media. Numbers
are said in words (three boxes, forty pages, forty two, forty one, six millimetre, half a turn, ten
centimetres, a centimetre, a hundred and eighty centimetres, three screws, quarter of a turn, two
minutes, two screws, two and a half hours, forty minutes).

B-roll is named like real files: three Samsung phone clips (20260815_...), two of which look alike
(20260815_101512.mp4 tapping in the dowels, 20260815_101947.mp4 the same angle turning the cam locks)
and are told apart only by their descriptions; a chaptered GoPro recording (GOPR0345.MP4 then its second
chapter GP010345.MP4); a Nikon clip with no description (DSC_0417.MOV); an Android screen recording of a
YouTube video; a Snapchat save of Tolu's; an iMovie export with no description (My Movie 3.mp4); a
WhatsApp photo, the one still (IMG-20260815-WA0003.jpg); names typed by a person ("hinges bit USE THIS
ONE.mp4", "allen key hunt.mp4", "flipping thru instructions.mp4") and a version-suffixed one
(back_panel_v2.mp4). Some media have descriptions, others only their names. A second take of the
sign-off recorded on the laptop with Windows Voice Recorder ("Recording (3).m4a") is in the bin only,
and so is a hammer tap sound effect. The music is a free Bensound track on its own track.

    ids: m1 talk, m2..m15 B-roll (BROLL order), m16 music, m17 sign-off take 2 (Recording (3).m4a),
    m18 hammer sfx; t1 Main (c1 talk, whole), t2 B-roll (empty), t3 Music (c2 bensound bed, talk length, -18 dB)
    Setup clips in a case get ids c3, c4... in the order they are inserted.
"""

from __future__ import annotations

from pathlib import Path

from editor_app.eval.talk_project import TalkProject, Voice, create_talk_project, timed_script  # noqa: F401

TALK = "DSC_0412.MOV"
MUSIC = "bensound-buddy.mp3"
TAKE2 = "Recording (3).m4a"
SFX = "hammer tap.wav"
# (file name, seconds or None for a still, description)
BROLL = [
    ("20260815_101512.mp4", 6.0, "close-up of the side panel flat on the carpet, tapping the wooden dowels into the holes with a hammer"),  # m2
    ("20260815_101947.mp4", 6.0, "close-up of the side panel flat on the carpet from the same angle, turning the round metal cam locks with a screwdriver"),  # m3
    ("GOPR0345.MP4", 8.0, "GoPro timelapse from on top of the bedroom door: every panel laid out on the carpet, counting screws"),  # m4
    ("GP010345.MP4", 8.0, "GoPro timelapse continued: standing the wardrobe up and hanging the doors"),  # m5
    ("DSC_0417.MOV", 6.0, ""),  # m6
    ("Screen_Recording_20260815_093022_YouTube.mp4", 6.0, "a YouTube video of another man building the same wardrobe, paused on the cam lock step"),  # m7
    ("Snapchat-1587340921.mp4", 5.0, "Tolu's Snapchat of daddy holding the hammer, with a dog-ears filter"),  # m8
    ("My Movie 3.mp4", 8.0, ""),  # m9
    ("IMG-20260815-WA0003.jpg", None, "WhatsApp photo of the three flat-pack boxes stacked in the hallway"),  # m10
    ("hinges bit USE THIS ONE.mp4", 7.0, ""),  # m11
    ("back_panel_v2.mp4", 6.0, "sliding the thin back panel into the grooves and nailing it down"),  # m12
    ("20260815_124830.mp4", 5.0, "the finished white wardrobe with both doors open, the rail and the shelf in"),  # m13
    ("allen key hunt.mp4", 5.0, "looking under the sofa cushions for the allen key"),  # m14
    ("flipping thru instructions.mp4", 6.0, ""),  # m15
]
COLORS = ["0xc8b090", "0xc0a888", "0x8a7a6a", "0x9a8a7a", "0x505a60", "0x202020", "0xe0c0d0", "0x404858",
          "0xa08060", "0x707880", "0x9a7a5a", "0xf0f0ec", "0x6a5a4a", "0xe8e4d8"]

# The talk: sentences (spoken text, with fillers as words) and the pause after each, seconds.
SCRIPT: list[tuple[str, float]] = [
    ("Alright, I'm Olu, and today, basically, I'm building this wardrobe for our Tolu's bedroom, you know what I mean.", 0.4),  # 0
    ("It came flat-packed in three massive boxes, and the instructions are, um, about forty pages of little cartoon men.", 0.3),  # 1
    ("Before you start, lay every panel out on the carpet and count the screws, because there should be forty two.", 1.8),  # 2
    ("I counted forty one, so I was already mithered before I'd even opened the allen key.", 0.3),  # 3
    ("Right, you get a six millimetre allen key in the bag, but, uh, get yourself a proper one, it's dead good for your wrists.", 0.3),  # 4
    ("First job, basically, is the dowels, you tap them into the holes on the side panel with a hammer.", 0.3),  # 5
    ("Don't go mad with the hammer, just a little tap, you know what I mean, or the chipboard splits.", 1.6),  # 6
    ("Tolu, love, not now, daddy's doing the dowels, go and ask your mum.", 0.3),  # 7
    ("Sorry, that's my daughter, she wants to help but mostly she wants the hammer.", 0.3),  # 8
    ("Now the cam locks, them little round metal things, you drop them in with the arrow pointing at the dowel hole.", 0.3),  # 9
    ("Then you slot the top panel on and turn each cam lock clockwise until it bites, um, about half a turn.", 0.3),  # 10
    ("If it doesn't bite, the arrow was pointing the wrong way, I learnt that the hard way, twice.", 1.5),  # 11
    ("Now, my brother-in-law Femi built this exact same wardrobe last year, and he built it upside down.", 0.3),  # 12
    ("Proper upside down, the hanging rail was down by the floor and the shelf was up at the top, and he still put his clothes in it.", 0.3),  # 13
    ("Our kid reckons Femi's still got it like that, which is mint, to be fair.", 1.6),  # 14
    ("Anyway, where was I, oh yeah, the back panel, which is basically a massive sheet of cardboard pretending to be wood.", 0.3),  # 15
    ("You slide the back panel into the grooves, and, uh, then you nail it down with them tiny nails every ten centimetres.", 0.3),  # 16
    ("Measure it corner to corner both ways before you nail it, and if the two numbers match, it's square.", 0.3),  # 17
    ("Mine were out by, um, about a centimetre, so I gave the whole thing a proper shove with my hip.", 1.7),  # 18
    ("Now stand it up, and you'll want two people for this, because it's a hundred and eighty centimetres tall.", 0.3),  # 19
    ("Mind the ceiling light when you stand it up, I nearly took ours out.", 0.3),  # 20
    ("Then fix it to the wall with the strap in the bag, do not skip that bit, especially with kids about.", 0.3),  # 21
    ("Next the doors, you screw the hinges onto the doors first, and then you hang the doors on the frame.", 0.3),  # 22
    ("The hinges have got three screws on them, and this is where, uh, no, hang on, I'm getting ahead of meself, let me start that again.", 0.3),  # 23
    ("The hinges have got three screws on them, and you adjust the doors with the middle one and the back one.", 0.3),  # 24
    ("The middle screw moves the door left and right, and the back screw moves it in and out.", 0.3),  # 25
    ("Keep going, a quarter of a turn at a time, until the gap between the doors is the same all the way down.", 1.6),  # 26
    ("Yes Tolu, nearly finished, give daddy two minutes.", 0.3),  # 27
    ("Then you pop the hanging rail in, and the shelf sits on the little pegs, um, dead easy.", 0.3),  # 28
    ("Last of all, the handles, two screws each, and, you know what I mean, don't overtighten them.", 0.3),  # 29
    ("All in, it took me two and a half hours, and about forty minutes of that was looking for the allen key.", 0.3),  # 30
    ("I'm buzzing with it, to be honest, it looks proper sound.", 0.3),  # 31
    ("And it's the right way up, Femi, if you're watching.", 1.8),  # 32
    ("So, uh, that's how you put a flat-pack wardrobe together without losing your mind.", 0.3),  # 33
    ("Drop a comment if you want me to do the bunk bed next, and, um, don't mither me about the screw I lost.", 0.4),  # 34
    ("Cheers, ta-ra.", 0.59),  # 35
]
TAKE2_SCRIPT: list[tuple[str, float]] = [
    ("So that's your wardrobe built, and it's the right way up and all.", 0.4),
    ("Tell me what to build next, cheers, ta-ra.", 0.5),
]
SPEC = TalkProject(
    title="Flat-Pack Wardrobe with Olu", topic="wardrobe build", talk=TALK, talk_color="0x6a5040", music=MUSIC,
    music_tones=(220, 330, 240), music_codec=("-c:a", "libmp3lame", "-b:a", "128k"), music_db=-18.0, take2=TAKE2,
    script=SCRIPT, take2_script=TAKE2_SCRIPT, broll=BROLL, colors=COLORS,
    voice=Voice(base=122.0, filler=104.0, swing=14.0, step=0.41, tremolo=4.8),
)


def create_wardrobe_project(target: str | Path):
    """The wardrobe project at ``target`` (a Session): talk and music on the timeline, B-roll, a second
    sign-off take and a hammer tap sound effect in the bin."""
    from editor_app.media.ffmpeg import run_ffmpeg
    from editor_app.media.importer import build_asset
    from editor_app.model.operations import ImportMedia

    session = create_talk_project(target, SPEC)
    sfx = Path(session.project.media[next(iter(session.project.media))].path).parent / SFX
    run_ffmpeg(["-y", "-f", "lavfi", "-i", "sine=frequency=900:duration=0.2", "-af",
                "afade=t=out:st=0.005:d=0.19,volume=0.8", str(sfx)])
    session.apply([ImportMedia(asset=build_asset(sfx, name=SFX, description="a single knock of a hammer on wood, sound effect"))],
                  "Import the hammer tap sound effect")
    return session
