"""Text clean-up before parsing: case, typos, numbers written as words, splitting into instructions."""

from __future__ import annotations

import functools
import re
from difflib import get_close_matches

from editor_app.planner.vocab import FILLER, KEYWORDS, PHRASES, TYPOS, VERBS

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_FRACTIONS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}
_NUMBER_WORD = "|".join(sorted([*_UNITS, *_TENS, "hundred"], key=len, reverse=True))
# "twenty five", "twenty-five", "one hundred", "a hundred and twenty"
_NUMBER_RUN = re.compile(rf"\b(?:a |an )?(?:{_NUMBER_WORD})(?:[\s-]+(?:and[\s-]+)?(?:{_NUMBER_WORD}))*\b")
# Where "one" is a pronoun ("the last one"), not a number.
# Round 16: not before a unit ("the one minute mark" is 1:00; read as a pronoun, "minute" was looked for in the talk)
_PRONOUN_ONE = re.compile(r"\b(the|this|that|each|every|which|first|last|second|third|next|other|selected|no|any|another) one\b"
                          r"(?![ -](?:seconds?|secs?|minutes?|mins?|hours?)\b)")
# round 11 (media): "the after one at 1:26", "the blue one": "one" after an article and a describing word is a
# pronoun for a media or a line, not the number 1 (which read "after one" as "after 0:01"); not "the twenty one
# seconds", nor "the one second fade" (a unit follows)
_DESCRIBED_ONE = re.compile(rf"\b((?:the|this|that|my) (?:before |after |(?:[a-z'-]+ |\d{{3}} ){{0,5}}(?!(?:{_NUMBER_WORD}|and|or|a|an|of|at|"
                            r"to|from|by|in|on|for|until|till|around|about|than|over|under|into|past|near|is|was|are|"
                            r"before|after|only|just|each|every)\b)(?:[a-z'-]+|\d{3,}) ))one\b"  # round 11b: "the 162930 one" (a file number)
                            r"(?! (?:seconds?|secs?|minutes?|mins?|hours?|frames?|db|percent|%|x)\b)")

# round 18 (lead): "360 cam one over ...", said first with no article: the camera's file, not "cam 1"
_CAMERA_ONE = re.compile(r"^((?:[a-z'-]+ |\d{3} ){0,3}(?:cam|camera|phone|drone|gopro|pixel|iphone|android|recorder) )one\b"
                         r"(?! (?:seconds?|secs?|minutes?|mins?|hours?|frames?|db|percent|%|x)\b)")


def _words_value(run: str) -> float | None:
    total, current = 0, 0
    for word in re.split(r"[\s-]+", run.strip()):
        if word in ("and", "a", "an", ""):
            current = current or (1 if word in ("a", "an") else current)
            continue
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        else:
            return None
    return float(total + current)


def _fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


# Round 13 (cuts5): a time said as a clock reading, "one fifteen", "one oh five", "two forty five": minutes then
# seconds. Summed as numbers, "cut one fifteen to one twenty" became a cut of 0:16-0:21. Read so only at a range's
# ends or after at/from/between, where a time is expected.
_UNITS_W = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS_W = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS_W = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50}
_SECS_W = (rf"(?:oh (?:{'|'.join(_UNITS_W)})|{'|'.join(_TEENS_W)}|(?:{'|'.join(_TENS_W)})(?:[ -](?:{'|'.join(_UNITS_W)}))?)")
_CLOCK_W = rf"(?:{'|'.join(_UNITS_W)}) {_SECS_W}"
_CLOCK_SAID = re.compile(rf"(?:(?<=\bfrom )|(?<=\bbetween )|(?<=\bat ))({_CLOCK_W})\b"
                         rf"|\b({_CLOCK_W})(?= (?:to|till|until|through|thru|and|-) (?:{_CLOCK_W})\b)")
_CLOCK_END = re.compile(rf"(\d:\d\d (?:to|and|till|until|through|thru|-) )({_CLOCK_W})\b")


def _clock_value(said: str) -> str:
    minutes, rest = said.split(" ", 1)
    rest = rest.replace("-", " ").removeprefix("oh ")
    parts = rest.split(" ")
    if parts[0] in _TEENS_W:
        secs = 10 + _TEENS_W.index(parts[0])
    elif parts[0] in _TENS_W:
        secs = _TENS_W[parts[0]] + (_UNITS_W.index(parts[1]) + 1 if len(parts) > 1 else 0)
    else:
        secs = _UNITS_W.index(parts[0]) + 1
    return f"{_UNITS_W.index(minutes) + 1}:{secs:02d}"


def _spoken_clocks(text: str) -> str:
    """"from one oh five to one twelve" -> "from 1:05 to 1:12" (only where a time is expected)."""
    if not re.search(r"\b(?:to|till|until|through|thru|from|between|at)\b", text):
        return text
    text = _CLOCK_SAID.sub(lambda m: _clock_value(next(g for g in m.groups() if g)), text)
    return _CLOCK_END.sub(lambda m: m.group(1) + _clock_value(m.group(2)), text)  # the range's end


def words_to_numbers(text: str) -> str:
    """'two and a half seconds' -> '2.5 seconds', 'minus fourteen' -> '-14', 'half a second' -> '0.5 second'."""
    text = _spoken_clocks(text)
    text = _PRONOUN_ONE.sub(lambda m: f"{m.group(1)} \x00", text)
    text = _DESCRIBED_ONE.sub(lambda m: f"{m.group(1)}\x00", text)
    text = _CAMERA_ONE.sub(lambda m: f"{m.group(1)}\x00", text)
    text = re.sub(r"\bhalf an? (second|minute|db)\b", r"0.5 \1", text)
    text = re.sub(r"\ban? (second|minute|hour) and an? half\b", r"1.5 \1s", text)  # round 12b (refs4): "a minute and a half"
    text = re.sub(r"(?<!\band )(?<!\band a )(?<!\band an )\b(?:an? )?half[- ](second|minute)s?\b", r"0.5 \1", text)  # round 12 (refs): "a half-second dissolve"
    text = re.sub(r"\b(?:a )?couple (?:of )?(seconds|secs|minutes|mins)\b", r"2 \1", text)  # round 13 (cuts5): "the first couple of seconds"
    text = re.sub(r"\ba (quarter|third) of an? (second|minute)\b", lambda m: f"{_fmt(round(_FRACTIONS[m.group(1)], 3))} {m.group(2)}", text)

    def number(match: re.Match) -> str:
        raw = match.group(0)
        pieces = re.split(r"(?<!hundred)\s+and\s+", raw)  # "ten and twelve" is two numbers, "a hundred and ten" one
        if len(pieces) > 1:
            return " and ".join(number(re.match(r".+", piece, re.S)) for piece in pieces)
        if raw.startswith(("a ", "an ")) and "hundred" not in raw:
            article, rest = raw.split(" ", 1)  # "a five second fade" keeps its article
            value = _words_value(rest)
            return f"{article} {_fmt(value)}" if value is not None else raw
        value = _words_value(raw)
        return _fmt(value) if value is not None else raw

    text = _NUMBER_RUN.sub(number, text)
    text = re.sub(r"\b(\d+(?:\.\d+)?) and an? (half|quarter|third)\b", lambda m: _fmt(round(float(m.group(1)) + _FRACTIONS[m.group(2)], 3)), text)
    text = re.sub(r"\b(\d+(?:\.\d+)?) point (\d+)\b", r"\1.\2", text)
    text = re.sub(r"\ban? (second|minute)\b(?! (clip|title|track|one|time|part|half|shot))", r"1 \1", text)
    text = re.sub(r"\ba couple(?: of)? (second|seconds)\b", r"2 seconds", text)
    # "remove the first second", "the last minute": one of the unit, not an ordinal of clips
    text = re.sub(r"\b(first|last|final|opening|closing) (second|minute)\b(?! (clip|shot|one|track|half|part|title|take|video))",
                  r"\1 1 \2", text)
    text = re.sub(r"\b(minus|negative) (?=\d)", "-", text)
    return _clock_words(text).replace("\x00", "one")


def _clock_words(text: str) -> str:
    """Times as people write them, in the forms the parser reads: "the 12 second mark" -> "12 seconds",
    "the 1:30 mark" -> "1:30", "1m30s" / "1m 30s" -> "1:30", "0m12s" -> "0:12", "half way" -> "halfway"."""
    text = re.sub(r"\b(\d+) ?m ?(\d{1,2}(?:\.\d+)?) ?s\b",
                  lambda m: f"{m.group(1)}:{'0' if float(m.group(2)) < 10 and len(m.group(2).split('.')[0]) < 2 else ''}{m.group(2)}", text)
    text = re.sub(r"\b(\d+)m([0-5]\d)\b", r"\1:\2", text)  # round 10 (refs): "1m37" with no "s" is 1:37 too
    text = re.sub(r"\bthe (\d+(?:\.\d+)?)[ -]?(?:seconds?|secs?|s)[ -](?:mark|point)\b", r"\1 seconds", text)
    text = re.sub(r"\bthe (\d+(?:\.\d+)?)[ -]?(?:minutes?|mins?)[ -](?:mark|point)\b", r"\1 minutes", text)
    text = re.sub(r"\bthe (\d+:\d\d(?:\.\d+)?) (?:mark|point)\b", r"\1", text)
    return re.sub(r"\bhalf[ -]way\b", "halfway", text)


# Ordinary words a fuzzy match must leave alone even when a media name is one letter away.
_COMMON = frozenset(
    "that this then them they their there what when where with into onto over from each more less same also "
    "just make made take took like want need have been back show shot shots part bit clip clips them your "
    "mine ours very much some once both last next whole only here half bring dial least".split()  # r16: "at least"
)


def _media_words() -> frozenset[str]:
    from editor_app.planner.media_kinds import CAMERAS
    from editor_app.planner.vocab import SHOT_TYPES

    return frozenset(w for words in SHOT_TYPES.values() for w in words) | frozenset(CAMERAS)


_MEDIA_WORDS = _media_words()  # kinds of shot and cameras people name media by


def _plural_pair(word: str, other: str) -> bool:
    """"minute" and "minutes" are one word in two numbers, not a typo of each other."""
    return word + "s" == other or other + "s" == word or word + "es" == other or other + "es" == word


def _inflection(word: str, other: str) -> bool:
    """"finish" beside a media word "finished": a real word that is the other's stem, not a typo of it."""
    if not (other.startswith(word) or word.startswith(other)):
        return False
    from editor_app.planner.meaning import known_word

    return known_word(word)


def _agent_noun(word: str, other: str) -> bool:
    """"remover" beside the command "remove", "fader" beside "fade": the thing that does it, not a typo of the verb
    (round 12, refs: "the staple remover shot" had read as "remove" and removed the talk)."""
    return word in (other + "r", other + "er", other + "rs", other + "ers")


def _english(word: str) -> bool:
    """A word English knows (the embedding's vocabulary or WordNet), not a typo."""
    from editor_app.planner.meaning import known_word
    from editor_app.planner.unsaid import word_lexicon

    lexicon = word_lexicon()
    return known_word(word) or (lexicon is not None and bool(lexicon.lemmas(word)))


def _english_beside_media(word: str, other: str) -> bool:
    """"ripping" beside a description's "dripping": a word English knows is never "corrected" to a project's own
    media word (round 12, refs: descriptions are typo targets now, and they hold many ordinary words); a keyword
    is corrected to as before."""
    return other not in KEYWORDS and _english(word)


# words whose double letter a stretched spelling keeps ("tooo" is "too", not "to"); any other stretch is one letter
_DOUBLED = frozenset("too all full well still off will good cool soon need see feel keep sleep deep loop boom book room look small "
                     "tall kill fill call less mess miss pass boss class glass grass cross across press dress stress free three "
                     "seem meet feet sweet week hmm shh add odd egg buzz jazz fizz".split())


# Round 20: punctuation said to a dictation app comes out as words: "cut the uh before subscribe full stop",
# "for comma um comma twenty two pounds", "at what point do I turn it on question mark"
_SPOKEN_MARKS = ((re.compile(r"\s*\bfull stops?\b"), "."), (re.compile(r"\s*\bcommas?\b"), ","),
                 (re.compile(r"\s*\bquestion marks?\b"), "?"), (re.compile(r"\s*\bexclamation (?:marks?|points?)\b"), "!"),
                 (re.compile(r"\s*\bnew (?:line|paragraph)\b"), "."))


def _spoken_punctuation(text: str) -> str:
    for pattern, mark in _SPOKEN_MARKS:
        text = pattern.sub(mark + " ", text)  # a space after the mark ("for comma um" -> "for, um"); runs of spaces go later
    return text


def _swapped(word: str, vocabulary: frozenset[str] | set[str]) -> str | None:
    """The word of ``vocabulary`` that ``word`` is with two neighbouring letters swapped ("remoev", "adn"), or None."""
    for i in range(len(word) - 1):
        other = word[:i] + word[i + 1] + word[i] + word[i + 2:]
        if other != word and other in vocabulary:
            return other
    return None


_SHORT_WORDS = frozenset("and the for you out cut all add put".split())
_SWAP_TARGETS = frozenset(KEYWORDS) | _SHORT_WORDS


def _fix_word(word: str, extra: set[str]) -> str:
    if word in TYPOS:
        return TYPOS[word]
    if len(word) >= 3 and word.isalpha() and word not in KEYWORDS and word not in extra and word not in _COMMON \
            and (swap := _swapped(word, _SWAP_TARGETS if len(word) >= 4 else _SHORT_WORDS)) is not None \
            and not _english(word):
        return swap  # round 20: "remoev the umms adn uhs": two letters typed the wrong way round
    if re.search(r"([a-z])\1\1", word):  # round 16, lead: "wayyy too long", "sooo quiet", "loooong": the word stretched
        two = re.sub(r"([a-z])\1{2,}", r"\1\1", word)
        return two if two in _DOUBLED else _fix_word(re.sub(r"([a-z])\1{2,}", r"\1", word), extra)
    if len(word) < 4 or not word.isalpha() or word in KEYWORDS or word in extra or word in _COMMON:
        return word
    if word in _MEDIA_WORDS:  # round 10 (refs): "drone" is a kind of shot, not a typo of a "done" file
        return word
    if len(word) >= 5:
        close = get_close_matches(word, list(KEYWORDS | extra), n=1, cutoff=0.85)
        if close and not _plural_pair(word, close[0]) and not _inflection(word, close[0]) \
                and not _english_beside_media(word, close[0]) and not _agent_noun(word, close[0]) \
                and not (close[0] not in KEYWORDS and abs(len(close[0]) - len(word)) > 1):  # r16: "restring" is no "string"
            return close[0]
    close = get_close_matches(word, list(extra), n=1, cutoff=0.8)  # the project's own names: "bech" -> "beach"
    # a typo changes a letter or two, it does not grow a word: "close" is not "closeup"
    if not close or abs(len(close[0]) - len(word)) > 1 or _plural_pair(word, close[0]):
        return word
    return word if _english(word) else close[0]  # "levels" stays "levels" beside "levers", "while" beside "white"


@functools.lru_cache(maxsize=20_000)
def _fixed(word: str, extra: frozenset[str]) -> str:
    """_fix_word, remembered: every turn normalizes its message against the same project words,
    and a close-match scan of the vocabulary costs ~0.5 ms a word."""
    return _fix_word(word, extra)


_TIMECODE = re.compile(r"\b(\d{1,2}):(\d\d):(\d\d)[:;.](\d\d)\b")


def _timecodes(text: str, fps: float | None) -> str:
    """"00:00:16:15" (hours:minutes:seconds:frames, as editors show time) -> "0:16.5" at the rate the
    message names ("at 30fps"), else the project's."""
    said = re.search(r"\b(\d+(?:\.\d+)?) ?fps\b", text, re.I)
    rate = float(said.group(1)) if said else fps
    if not rate:
        return text

    def seconds(m: re.Match) -> str:
        h, mi, s, f = (int(g) for g in m.groups())
        if f >= rate:
            return m.group(0)
        total = h * 3600 + mi * 60 + s + f / rate
        minutes, rest = divmod(round(total, 3), 60)
        return f"{int(minutes)}:{rest:06.3f}".rstrip("0").rstrip(".")

    text = _TIMECODE.sub(seconds, text)
    return re.sub(r"\s*\((?:that's|that is|i\.e\.?|in)? ?hh:mm:ss[:;]ff[^)]*\)", "", text, flags=re.I)


# Pictographs, dingbats and their joiners, variation selectors and skin tones (round 23)
_EMOJI = "\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u200D\uFE0F\U0001F3FB-\U0001F3FF"


def normalize(message: str, extra_words: set[str] = frozenset(), fps: float | None = None) -> str:
    """Lower-case, straighten quotes, fix typos and rewrite numbers; quoted text is kept as typed.
    Timecodes (hh:mm:ss:ff) become seconds at ``fps``."""
    message = _timecodes(message, fps)
    extra = extra_words if isinstance(extra_words, frozenset) else frozenset(extra_words)
    text = message.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    # 'Summer Trip' in single quotes is a quote too (an apostrophe inside a word is not)
    # ('It's a Pentax...' too: an apostrophe between letters stays inside the quote)
    # round 22: "lose both 'basically what you wanna do's": a quote made plural with "s" after its closing mark
    text = re.sub(r"\b(both|all|every|the|my|those|these|all the|all my) '([^'\n ]+ [^'\n ]+ [^'\n]+?)'s\b", r'\1 "\2"s', text, flags=re.I)
    text = re.sub(r"(?<![\w'])'((?:[^'\n]|(?<=\w)'(?=\w))*?[^\s'])'(?![\w'])", r'"\1"', text)
    parts = re.split(r'("[^"]*")', text)
    out = []
    for i, part in enumerate(parts):
        if i % 2:  # inside quotes: keep the user's text
            out.append(part)
            continue
        part = part.lower()
        # round 23: an emoji between two requests ends the first ("he says X like 3 times 💀 take them all out"); one at
        # the end says nothing. Inside quotes (a title's text) it is kept as typed.
        if re.search(f"[{_EMOJI}]", part):
            part = re.sub(rf"\s*[{_EMOJI}](?:[\s{_EMOJI}]*[{_EMOJI}])?\s*", " , ", part)
            part = re.sub(r"\s*,(?:\s*,)*\s*(?=([.!?;])?)", lambda m: "" if m.group(1) else ", ", part)
            part = re.sub(r"^[, ]+", "", part) if i == 0 else part
            part = re.sub(r"[, ]+$", "", part) if i + 1 == len(parts) else part
        part = _spoken_punctuation(part)  # round 20: dictation writes "full stop", "comma", "question mark" as words
        if i + 1 < len(parts):  # round 16, lead: "the part where I go 'scratch that'": quoted speech, "go" is "say"
            part = re.sub(r"\b(i|she|he|we|they) (?:go|goes|went|was like|am like|'m like|were like|is like|'s like)\s*$",
                          r"\1 say ", part)
        # round 23: "lose the right? at the end of the drain sentence": a word asked as a tag is that spoken word, quoted
        part = re.sub(r"\b(the|every|each|all the|both|that) ([a-z']+)\? (?=(?:at|in|after|before|from|on|near|off)\b)", r'\1 "\2?" ', part)
        if i + 1 < len(parts):  # round 22: "cut the word pure from 'pure brilliant'": that word, quoted as the line is
            part = re.sub(r"\bthe word ([a-z][a-z']*) (from|in|out of) $", r'the word "\1" \2 ', part)
        part = re.sub(r"(?<=[a-z]) ?\+ ?(?=[a-z])", " and ", part)  # round 16, lead: "ums + uhs out" is "ums and uhs out"
        # round 21: "lose every um/uh": filler kinds joined by a slash are both (a trailing "uh" was read as the typist's own)
        part = re.sub(r"\b((?:um+|uh+|er+m?|ah+|hmm+)s?) ?/ ?(?=(?:um+|uh+|er+m?|ah+|hmm+)s?\b)", r"\1 and ", part)
        for pattern, repl in PHRASES:
            part = re.sub(pattern, repl, part)
        # round 16: a word joined to a file name by "_" is part of the name ("vid_2026..." is not "video_2026...")
        part = re.sub(r"(?<![a-z_])[a-z]+(?![a-z_])", lambda m: _fixed(m.group(0), extra), part)
        part = words_to_numbers(part)
        # round 23: "the seventy 2 holes sentence" (autocorrect made half of "seventy two" a digit): one number
        part = re.sub(r"\b([2-9]0) ([1-9])\b(?![.:]\d)", lambda m: str(int(m.group(1)) + int(m.group(2))), part)
        part = re.sub(r"(?<![\w.])\.(\d+)(?![\d.])", r"0.\1", part)  # round 22: "at .75 speed" is 0.75
        # round 18 (lead): "at one minute twelve", "1 min 12": 1:12, a clock reading ("1 minute 12 seconds" is read by the times)
        # round 24: "at a minute and forty three" (1 minute and 43) is 1:43 too, not 1:00 to 43:00
        part = re.sub(r"\b(\d{1,2}) ?(?:minutes?|mins?) and (\d{1,2})\b(?! ?(?:s|secs?|seconds?|%|x|db|minutes?|mins?|hours?)\b)(?!\.\d|:)",
                      lambda m: f"{m.group(1)}:{int(m.group(2)):02d}" if int(m.group(2)) < 60 else m.group(0), part)
        part = re.sub(r"\b(\d{1,2}) ?(?:minutes?|mins?) (\d{1,2})\b(?! ?(?:s|secs?|seconds?|%|x|db)\b)(?!\.\d|:)",
                      lambda m: f"{m.group(1)}:{int(m.group(2)):02d}", part)
        # round 19: "at 2m7", "2m07s", "1m30": minutes and seconds written together
        part = re.sub(r"\b(\d{1,2})m ?([0-5]?\d)s?\b(?![.:])", lambda m: f"{m.group(1)}:{int(m.group(2)):02d}", part)
        out.append(part)
    return re.sub(r"\s+", " ", "".join(out)).strip()


_STRONG = re.compile(r"\s*(?:;|\.\s+|\.$|\band then\b|\bthen\b|(?<!\beverything )(?<!\banything )(?<!\brest )(?<!\ball )(?<!\bstuff )(?<!\bbits )(?<!\bnothing )\bafter that\b|\bafterwards\b|,\s*finally\b|^finally\b|\band finally\b|\band also\b|(?<!\bthe )(?<!\byou )\bnext\b(?! (?:week|time|month|year|day|video|vid|episode|one|clip|bit|part|sentence|line|shot|take)\b)"
                     # "once that's done", "when you're finished", "followed by", "as well as", "+", "2)"
                     r"|,?\s*(?:and )?(?:once|when) (?:that's|that is|you're|you are|it's|it is|this is) (?:done|finished|over|sorted)\b,?"
                     r"|\bfollowed by\b|\bafter which\b|\bas well as\b|(?:^|\s)\(?\d\)\s)\s*")
_SUBORDINATE = re.compile(r"\s*(?:when|while|whenever|during|where|over the|once|as soon as|if)\b")
_WEAK = re.compile(r"\s*(?:,|:(?=\s)|\band\b|\balso\b|\bplus\b|&|\+)\s*")  # "+" before a verb splits, as "and" does


def _protect_quotes(text: str) -> tuple[str, list[str]]:
    quotes: list[str] = []

    def keep(match: re.Match) -> str:
        quotes.append(match.group(0))
        return f"\x01{len(quotes) - 1}\x01"

    return re.sub(r'"[^"]*"', keep, text), quotes


def _restore(text: str, quotes: list[str]) -> str:
    return re.sub(r"\x01(\d+)\x01", lambda m: quotes[int(m.group(1))], text)


# "lay the bed track underneath, quiet": a last word that says how, not another instruction ("quiet" is a verb too)
_MANNER_TAIL = re.compile(r"^\s*(?:nice and |really |very |pretty |quite |nice |fairly )?(?:quiet(?:ly)?|low|soft(?:ly)?|loud(?:ly)?|gently)"
                          r"\s*[.!]?\s*$"
                          r"|^\s*give or take(?: a (?:bit|second|few seconds|little))?\s*[.!]?\s*$")  # round 12b (refs4): a hedge on a time


# round 11 (cuts): "the gap right before and now the X drags": a clause ending on a word that needs its object
# goes on with the words said ("and now the X"), so that "and" joins no second instruction
_DANGLING = re.compile(r"\b(?:before|after|between|of|about|from|with|say|says|saying|said)\s*$")


def split_instructions(text: str) -> list[str]:
    """Split a normalised message into instructions: at 'then'/';' always, at 'and'/',' before a verb."""
    from editor_app.planner.place_and import continues_place  # round 8: "where I X and Y" is one place
    from editor_app.planner.aside_clauses import stays_said

    protected, quotes = _protect_quotes(text)
    pieces: list[str] = []
    for chunk in _STRONG.split(protected):
        start = 0
        current: list[str] = []
        for match in _WEAK.finditer(chunk):
            following = chunk[match.end():].split(" ", 1)[0].strip(",.")
            if match.group(0).strip() == ":" and _SAYS_TEXT.search(chunk[start:match.start()]):
                continue  # round 21: "add a title saying: cut the cake": the words on screen, not a second edit
            if match.group(0).strip() in (",", "and", "but") and stays_said(chunk[match.end():]):
                current.append(chunk[start:match.start()])  # round 21: "cut the intro, the music can stay": a keep, apart
                pieces.append("".join(current))
                current, start = [], match.end()
                continue
            if following in _NOUN_TOO and _AS_NOUN.match(chunk[match.end():]):
                continue  # round 16: "the GoPro clip and zoom recording": a file named after the app, not "zoom in"
            if following in VERBS and not _SUBORDINATE.match(chunk[start:match.start()]) \
                    and not _MANNER_TAIL.match(chunk[match.end():]) \
                    and not (match.group(0).strip() == "and" and _DANGLING.search(chunk[start:match.start()])) \
                    and not (match.group(0).strip() == "and" and continues_place(chunk[start:match.start()], chunk[match.end():])):
                current.append(chunk[start:match.start()])
                pieces.append("".join(current))
                current, start = [], match.end()
        pieces.append(chunk[start:])
    from editor_app.planner.clauses import carry_verbs, expand

    pieces = carry_verbs([strip_filler(p) for p in pieces])
    cleaned = [_restore(rephrase(e), quotes) for p in pieces for e in expand(p)]
    from editor_app.planner.restated_tail import drop_restated  # round 16: "..., ditch the rest" restates the keep

    return drop_restated([p for p in cleaned if p and re.search(r"[a-z0-9\"]", p)])


# round 21: a colon splits ("its too slow for insta: lose the ums") unless what comes after it is text to show
_SAYS_TEXT = re.compile(r"\b(?:title|titles|caption|captions|text|saying|says|say|reads|read|label|subtitle|subtitles|lower third|"
                        r"called|named|words?|card|banner|note)\s*$")


# Verbs that also name things: "and zoom" starts an instruction unless a noun follows ("the zoom call/recording").
_NOUN_TOO = {"zoom", "crop"}
_AS_NOUN = re.compile(r"\w+ (?:call|calls|recording|recordings|meeting|meetings|clip|clips|video|videos|footage|file|files|"
                      r"shot|shots|photo|photos|screenshot|capture|session|chat)\b")


# "take the whisk clip out", "get that shot out of the video", "pull c4 out": a verb split from its
# particle around a short noun phrase (no times in it, nothing after it) means remove.
_THING = r"((?:the|that|this|those|these|my|our|it|them|c\d+|all (?:of )?(?:the|my|those|these))\b(?:[^,;:\x01]|\x01\d+\x01){0,60}?)"
_SEPARATED = re.compile(
    rf"^(?:take|get|pull|cut|throw|chuck|toss|yank|rip|kick|knock) {_THING} (?:out|away)"
    r"(?: of (?:it|there|here|the (?:video|edit|timeline|cut|sequence|project|movie|film)))?"
    r"(?: (?:for (?:me|now)|altogether|completely|entirely|for good))?$")
# Verbs that mean "remove" when they start an instruction ("scrap the flyover", "bin c5").
_REMOVE_VERBS = re.compile(r"^(?:scrap|toss|chuck|axe|nix|nuke|discard|dump|junk|bin|trash|ditch)\b")
# "I don't want the strawberry clip any more", "the strawberry clip can go", "c3 has to go".
_UNWANTED = re.compile(
    rf"^(?:i|we) (?:don't|do not|no longer|dont) (?:want|need) {_THING}"
    r"(?: any ?more| in (?:there|here|it|the (?:video|edit|timeline)))*$")  # "I don't need the balcony shot"
_CAN_GO = re.compile(rf"^{_THING} (?:can|has to|have to|must|should|needs to|need to) go(?: away)?$"
                     # round 23: asked: "can all of the yeah nos go", "could those go"
                     rf"|^(?:can|could|should|shall) {_THING} (?:go|come out|be (?:cut|removed|taken out|deleted))(?: away| too| as well)?$")


# "take the colour out of it", "drain the color from the X clip": no colour left, not a colour effect removed.
_COLOUR_OUT = re.compile(r"^(?:take|get|pull|strip|drain|suck|knock) (?:all )?(?:the )?colou?rs? (?:out|away)?"
                         r" ?(?:of|from) ((?:it|that|this|them|the [^,;]{1,40}?|c\d+))$|"
                         r"^(?:take|strip|drain|suck) (?:all )?(?:the )?colou?rs? out$")


# "take 0:10 to 0:12 out", "trim the first 2 seconds off": the same split verb around a time.
_SEPARATED_TIME = re.compile(r"^(?:take|cut|chop|snip|trim|shave|lop) (.{0,60}?\d.{0,60}?) (?:out|off|away)$")


# round 13b (refs6): "3 seconds", "a couple of secs": how much, with no place (not "the first 3 seconds")
_BARE_AMOUNT = re.compile(r"^(?:(?:another|an extra|about|around|roughly|like|maybe|just) )?(?:\d+(?:\.\d+)?|a|one|a couple of|a few) ?"
                          r"(?:seconds?|secs?|s|frames?)$")


# round 11b (cuts): "first three secs can go": an edge of the video said the same way as a clip
_EDGE_CAN_GO = re.compile(r"^(?:the )?((?:first|last|opening|final) \d+(?:\.\d+)? ?(?:seconds?|secs?|s)) "
                          r"(?:can|has to|have to|must|should|needs? to|could) go(?: away)?$")


# round 13 (cuts5): "drop a caption saying ... where the playhead is": a new thing said with "a" is put in, never removed
_DROP_IN_NEW = re.compile(r"^(?:drop|chuck|bung|slap|throw|pop)(?: in| on)? (?=(?:a|an|some) (?:caption|title|text|label|lower third|"
                          r"heading|subtitle|card|title card|text box|marker|sticker|arrow)s?\b)")


def rephrase(instruction: str) -> str:
    """Common ways of saying "remove" rewritten to the plain verb, so one intent reads them all."""
    if _DROP_IN_NEW.match(instruction):
        return _DROP_IN_NEW.sub("add ", instruction, count=1)
    from editor_app.planner.placing_in import placing_in

    instruction = placing_in(instruction)  # round 16: "chuck the purr in under the purring line" puts it there
    from editor_app.planner.taken_off import taken_off

    instruction = taken_off(instruction)  # round 16: "take the b-roll off the booking bit" removes it (was: placed one)
    edge = _EDGE_CAN_GO.match(instruction)
    if edge:
        return f"cut the {edge.group(1)}"
    # round 23: "1) every 'okay so' out 2) ...": the same per instruction as for a whole message (planner/typed_forms.py)
    every = re.match(r"^(?:and )?(?:every|all(?: the)?|each|both) (?:single )?(\x01\d+\x01)s? (?:out|gone|removed|away|cut)\b", instruction)
    if every:
        return f"cut every {every.group(1)}"
    drained = _COLOUR_OUT.match(instruction)  # round 11b (dialogue2): "take the colour out of it" is black and white
    if drained:
        return f"make {drained.group(1) or 'it'} black and white"
    timed = _SEPARATED_TIME.match(instruction)
    if timed and _BARE_AMOUNT.match(timed.group(1)) and instruction.endswith(" off"):
        return f"trim {timed.group(1)} off it"  # round 13b: "trim 3 seconds off" a clip just named: its end, never the clip
    if timed:
        return "cut " + timed.group(1)
    for pattern in (_SEPARATED, _UNWANTED, _CAN_GO):
        match = pattern.match(instruction)
        if match:
            return "remove " + next(g for g in match.groups() if g).strip()
    if re.search(r"\b(over|onto|on top of|during|while|whenever|in at|under|underneath|beneath)\b|\b(when|where) (i|we|you)\b", instruction):
        return instruction  # "chuck the garage shot over my intro" places it
    return _REMOVE_VERBS.sub("remove", instruction, count=1)


def strip_filler(text: str) -> str:
    """Drop politeness and filler words and trailing punctuation (never from words said to be said: "where I say
    so you can reach", "the bit where I say hey" keep their "so" and "hey", round 16)."""
    said = _SAID_WORDS.search(text)
    if said is not None:
        head, words, tail = text[:said.start("w")], said.group("w"), text[said.end("w"):]
        words = re.sub(r"(?:\s+(?:please|pls|thanks|thank you|thx))+\s*$", "", words)
        text = re.sub(FILLER, " ", head) + words + re.sub(FILLER, " ", tail)
    else:  # round 22: never inside a quote ('cut the phrase "so yeah" everywhere' had lost its "so")
        text = "".join(p if p.startswith('"') else re.sub(FILLER, " ", p) for p in re.split(r'("[^"]*")', text))
    # "actually, undo that", "wait, make it louder": a discourse word in front (not "cut the actuallys")
    # repeated: "actually no, undo that", "hmm no, remove it", "oh wait, ..."
    while True:
        shorter = _DISCOURSE.sub("", text)
        if shorter == text:
            break
        text = shorter
    text = re.sub(r"\s+", " ", text).strip(" ,.!?;:")
    return "" if _ONLY_DISCOURSE.fullmatch(text) else text


# the words after "say": what is said in the talk, up to a comma, a quote or the next instruction, at most 8 words
_SAID_WORDS = re.compile(r"\b(?:i|you|he|she|we|they) (?:say|said|says|saying|go|went)\s+(?P<w>(?![\"'])(?:(?!\b(?:and then|then)\b)[^,;\"]){1,80}?)"
                         r"(?=\s*(?:,|;|$|\band then\b|\bthen\b))")
_DISCOURSE_WORDS = (r"(?:actually|on second thoughts?|wait|oh|ah|hmm+|right|well|no|nope|nah|sorry|ok(?:ay)?|yeah|erm"
                    # round 19: interjections of other speakers and places ("och, now I can't hear it", "aye", "blimey")
                    r"|och|ach|aye|blimey|crikey|gosh|ooh|oof|jeez|geez|whoa|wow|dang|darn|yikes|oops|lol|haha)")
# round 11 (cuts): "no ums", "no more uhs please": "no" before fillers is a determiner (none of them), not a reaction
_NO_FILLERS = r"(?!no (?:more )?(?:umm?s|uhh?s|uhms|erms|ers|fillers|filler words)\b)"
_DISCOURSE = re.compile(rf"^\s*(?:{_NO_FILLERS}{_DISCOURSE_WORDS}\b[\s,.!]*|(?:first|second|third|fourth|last)(?:ly)?\s*[,:)]\s*|"
                        r"(?:secondly|thirdly|lastly)\b\s*)(?=\w)")
# A clause that is only a reaction ("no", "hmm no", "oops"): nothing to do in it.
_ONLY_DISCOURSE = re.compile(rf"(?:(?:{_DISCOURSE_WORDS}|first|second|third|fourth|secondly|thirdly|lastly)[\s,.!:)]*)+")
