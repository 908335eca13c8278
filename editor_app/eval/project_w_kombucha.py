"""Blind evaluation project W: Anh, a forty-five-year-old Vietnamese-Australian nurse in Brisbane, brews
kombucha at her kitchen bench: the first ferment (sweet black tea, the SCOBY, starter liquid, a tea
towel), how warm and how long, tasting and pH strips, the SCOBY hotel, then the second ferment with
ginger in flip-top bottles, burping them, and the fridge.

Written without reading the planner. Built with talk_project like project_q_darning.py: the talk is a
Sony camera file (C0014.MP4) whose transcript is written here with word times and whose audio is made
from those times (a voiced tone per word, digital silence in the pauses), so the fillers (ten um/uh,
six um and four uh, plus her own tics: "righto" twice, "heaps" three times, "reckon" twice, "yeah",
"yeah nah", "no worries", "arvo"), seven long pauses and one retake said out loud in her own words
("um, no, sorry, that's wrong, I always do the funnel first, I'll say that again") are exactly where the
transcript says. Several sentences share words (SCOBY, ginger, bottles, fridge, heaps, first ferment,
sugar, tea bags, Gary, days, open it, fizz), so a reference has to be precise. An aside is about her
neighbour Gary, whose screw-top bottles exploded in his garage; he is in no media. Numbers are said
in words (fifteen dollars, four cups of water, eight tea bags, ten minutes, two cups of sugar, twenty
four degrees, seven to ten days, three point five, three or four coins, two centimetres, two or three
days, three of them).

B-roll is named like a real person's files: a Google Pixel clip (PXL_...104.mp4, the sugar going into
the tea) and a Google Photos edited duplicate (PXL_...331~2.mp4, the pH strip); two GoPro chapters of
one overhead recording that look alike (GX010234.MP4 slicing the ginger, GX020234.MP4 funnelling the
brew into the bottles), told apart only by their descriptions; two more Sony clips (C0009.MP4 with no
description, C0011.MP4 the jar on top of the fridge); a Windows screen recording with no description; a
Facebook download (FB_VID_..., the home brewers' tasting night); a DaVinci Resolve render ("Timeline
1.mov", no description); a Pixel motion-photo still (PXL_...870.MP.jpg, the SCOBY on a plate); a
version-suffixed export (second_ferment_ginger_v3_FINAL.mp4); a snake_case clip (scoby_hotel_jar.mp4);
a name with spaces ("fizz test pour.mov"); and tea_bags_and_sugar.mp4. A second take of the ginger
part recorded on a USB mic and exported from Audacity ("ginger bit voiceover take 2.wav") is in the
bin only, and so is a bottle-cap pop sound effect.

    ids: m1 talk, m2..m15 B-roll (BROLL order), m16 music, m17 ginger voice-over take 2, m18 pop sfx;
    t1 Main (c1 talk, whole), t2 B-roll (empty), t3 Music (c2 acoustic bed, talk length, -15 dB)
    Setup clips in a case get ids c3, c4... in the order they are inserted.
"""

from __future__ import annotations

from pathlib import Path

from editor_app.eval.talk_project import TalkProject, Voice, create_talk_project, timed_script  # noqa: F401

TALK = "C0014.MP4"
MUSIC = "Backyard Sunshine - Tom Kessler.mp3"
TAKE2 = "ginger bit voiceover take 2.wav"
SFX = "bottle cap pop.wav"
# (file name, seconds or None for a still, description)
BROLL = [
    ("PXL_20260601_031522104.mp4", 6.0, "stirring white sugar into hot black tea in a big glass jar until it dissolves"),  # m2
    ("PXL_20260604_072905331~2.mp4", 5.0, "dipping a pH strip into the brew and holding it up against the colour chart on the box"),  # m3
    ("GX010234.MP4", 7.0, "overhead view of the kitchen bench, slicing a knob of ginger into thin coins on the chopping board"),  # m4
    ("GX020234.MP4", 7.0, "overhead view of the kitchen bench from the same spot, pouring the brew through a funnel into flip-top bottles"),  # m5
    ("C0009.MP4", 6.0, ""),  # m6
    ("C0011.MP4", 6.0, "the big jar sitting on top of the fridge under a tea towel, a stick-on thermometer strip on the glass"),  # m7
    ("Screen Recording 2026-06-01 093012.mp4", 6.0, ""),  # m8
    ("FB_VID_4418207715523896.mp4", 8.0, "tasting night at the Brisbane home brewers group, people holding up glasses of kombucha"),  # m9
    ("Timeline 1.mov", 6.0, ""),  # m10
    ("PXL_20260605_014455870.MP.jpg", None, "the SCOBY lifted out onto a white plate, a pale rubbery disc with brown strings hanging off it"),  # m11
    ("second_ferment_ginger_v3_FINAL.mp4", 6.0, ""),  # m12
    ("scoby_hotel_jar.mp4", 5.0, "a jar in the pantry stacked with spare SCOBYs in brown liquid"),  # m13
    ("fizz test pour.mov", 5.0, "flipping open a bottle over the sink and pouring it fizzing into a glass"),  # m14
    ("tea_bags_and_sugar.mp4", 5.0, ""),  # m15
]
COLORS = ["0x6a4020", "0xd0b060", "0xe0d0a0", "0xc09050", "0x505a60", "0xf0f0e8", "0x202840", "0x3a5a9a",
          "0x404040", "0xe8dcc0", "0xb08040", "0x8a6a3a", "0xd8c070", "0x9a5a2a"]

# The talk: sentences (spoken text, with fillers as words) and the pause after each, seconds.
SCRIPT: list[tuple[str, float]] = [
    ("Hi everyone, I'm Anh, and today I'm going to show you how I brew kombucha here at my kitchen bench.", 0.4),  # 0
    ("I'm a nurse, so I work heaps of odd shifts, and, um, this is what I do on my days off to relax.", 0.3),  # 1
    ("Righto, for the first ferment you'll need black tea, white sugar, filtered water, a big glass jar and a SCOBY.", 1.8),  # 2
    ("The SCOBY is the rubbery pancake thing that floats on top, and it's basically a colony of bacteria and yeast.", 0.3),  # 3
    ("I got mine off a lady at work, but you can, uh, buy one online for about fifteen dollars.", 0.3),  # 4
    ("Start by boiling four cups of water and steeping eight tea bags in it for about ten minutes.", 0.3),  # 5
    ("Then you take the tea bags out and stir in two cups of sugar until it's all dissolved.", 0.3),  # 6
    ("Top it up with cold water so the jar is nearly full, and let it cool right down, yeah.", 1.6),  # 7
    ("This is the important bit, the tea has to be at room temperature before the SCOBY goes in, or you'll cook it.", 0.3),  # 8
    ("Pour in a cup of starter liquid from your last batch, um, that's the old kombucha, it keeps the nasties out.", 0.3),  # 9
    ("Then slide the SCOBY in, cover the jar with a tea towel and a rubber band, and no worries, that's the hard part done.", 1.7),  # 10
    ("Pop it somewhere warm and dark, I reckon twenty four degrees is about perfect.", 0.3),  # 11
    ("In a Brisbane summer that's easy, but in winter I put it on top of the fridge.", 0.3),  # 12
    ("Leave it for seven to ten days, and start tasting it from about day seven with a straw.", 0.3),  # 13
    ("If it's still really sweet, uh, give it a few more days.", 0.3),  # 14
    ("You can also test it with pH strips, you want a pH of about three point five.", 1.5),  # 15
    ("If it goes below three, yeah nah, that's basically vinegar, so don't let it go that long.", 0.3),  # 16
    ("Every batch your SCOBY grows a new layer, so you end up with heaps of them.", 0.3),  # 17
    ("I keep the spare ones in a jar in the pantry, people call it a SCOBY hotel.", 0.3),  # 18
    ("Righto, once the first ferment tastes right, it's time for the second ferment, that's where the fizz comes from.", 1.6),  # 19
    ("Take the SCOBY out with clean hands and set it aside with a cup of the liquid for next time.", 0.3),  # 20
    ("Now for the ginger, I slice a thumb sized piece into thin coins, skin on, no need to peel it.", 0.3),  # 21
    ("Put three or four coins of ginger in each bottle, and, um, a teaspoon of sugar helps it fizz.", 0.3),  # 22
    ("Then you fill the bottles, um, no, sorry, that's wrong, I always do the funnel first, I'll say that again.", 0.3),  # 23
    ("Then you put the funnel in and fill the bottles, leaving about two centimetres of space at the top.", 0.3),  # 24
    ("Use proper flip top bottles, the thick ones, because the pressure really builds up.", 1.9),  # 25
    ("My neighbour Gary used cheap screw top bottles last summer, and, um, three of them exploded in his garage.", 0.3),  # 26
    ("He was finding bits of glass for weeks, poor thing, and his wife was not happy with him.", 0.3),  # 27
    ("So don't be like Gary, and burp your bottles once a day to let some of the gas out.", 0.3),  # 28
    ("Leave the bottles on the bench for two or three days, I usually move them to the fridge on the third arvo.", 0.3),  # 29
    ("The cold stops the fermenting, and it settles the bubbles, uh, so it doesn't gush everywhere when you open it.", 1.6),  # 30
    ("When you open it, do it over the sink, just in case, trust me.", 0.3),  # 31
    ("It should taste a bit like ginger beer, but tangier and not as sweet.", 0.3),  # 32
    ("So that's kombucha, um, it's cheap, it's good for your gut, and I reckon it's heaps of fun.", 0.3),  # 33
    ("Let me know in the comments what flavour you'd like me to try next, uh, maybe mango.", 0.4),  # 34
    ("Okay, see you next time, bye.", 0.6),  # 35
]
TAKE2_SCRIPT: list[tuple[str, float]] = [
    ("Now for the ginger, slice a thumb of it into thin coins, you don't need to peel it.", 0.4),
    ("Three or four coins in each bottle, and a teaspoon of sugar to help it fizz.", 0.5),
]
SPEC = TalkProject(
    title="Home Kombucha with Anh", topic="kombucha", talk=TALK, talk_color="0x7a5a3a", music=MUSIC,
    music_tones=(220, 330, 240), music_codec=("-c:a", "libmp3lame", "-b:a", "96k"), music_db=-15.0, take2=TAKE2,
    script=SCRIPT, take2_script=TAKE2_SCRIPT, broll=BROLL, colors=COLORS,
    voice=Voice(base=205.0, filler=172.0, swing=20.0, step=0.41, tremolo=4.6),
)


def create_kombucha_project(target: str | Path):
    """The kombucha project at ``target`` (a Session): talk and music on the timeline, B-roll, a second
    voice-over take of the ginger part and a bottle-cap pop sound effect in the bin."""
    from editor_app.media.ffmpeg import run_ffmpeg
    from editor_app.media.importer import build_asset
    from editor_app.model.operations import ImportMedia

    session = create_talk_project(target, SPEC)
    sfx = Path(session.project.media[next(iter(session.project.media))].path).parent / SFX
    run_ffmpeg(["-y", "-f", "lavfi", "-i", "anoisesrc=color=pink:amplitude=0.5:duration=0.3", "-af",
                "lowpass=f=1800,afade=t=out:st=0.02:d=0.28", str(sfx)])
    session.apply([ImportMedia(asset=build_asset(sfx, name=SFX, description="the pop of a flip-top bottle cap opening, sound effect"))],
                  "Import the bottle cap pop sound effect")
    return session
