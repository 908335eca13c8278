"""Text analysis shared by the offline embedding and the keyword index.

Why our own: the offline embedding must retrieve on real wording ("our seaside trip"
finds "a week at the beach") with no model download, so words are reduced to light
stems and mapped to hand-written synonym groups of common editing and everyday words.
"""

from __future__ import annotations

import functools
import re

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?", re.UNICODE)

# Function words plus the filler of search requests ("the part where I talk about ...").
STOPWORDS = frozenset(
    """a about above after again all also am an and any are as at be been before being
    below between both but by can could did do does doing don down during each few for
    from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just let me more most my myself no nor not now of off on once
    only or other our ours ourselves out over own same she should so some such than that
    the their theirs them themselves then there these they this those through to too
    under until up very was we were what when where which while who whom why will with
    would you your yours yourself yourselves i'm we're it's that's there's let's don't
    didn't isn't wasn't we've i've you're they're
    part bit section segment moment piece talk talked talking talks say says said saying
    mention mentioned mentions speak speaking spoke discuss discussed discusses find show
    thing things stuff got get gets really actually like one ever""".split()
)

# Irregular forms that suffix stripping cannot reach.
IRREGULAR = {
    "ate": "eat", "eaten": "eat", "went": "go", "gone": "go", "drove": "drive",
    "driven": "drive", "swam": "swim", "swum": "swim", "ran": "run", "took": "take",
    "taken": "take", "saw": "see", "seen": "see", "made": "make", "bought": "buy",
    "flew": "fly", "flown": "fly", "slept": "sleep", "came": "come", "sang": "sing",
    "sung": "sing", "wrote": "write", "written": "write", "gave": "give", "given": "give",
    "felt": "feel", "left": "leave", "met": "meet", "sat": "sit", "spent": "spend",
    "climbed": "climb", "began": "begin", "begun": "begin", "drank": "drink",
    "drunk": "drink", "caught": "catch", "brought": "bring", "thought": "think",
    "told": "tell", "heard": "hear", "found": "find", "kept": "keep", "lay": "lie",
    "lying": "lie", "shot": "shoot", "cut": "cut", "children": "child", "people": "person",
    "men": "man", "women": "woman", "feet": "foot", "mice": "mouse", "better": "good",
    "best": "good", "worse": "bad", "worst": "bad",
}

# Synonym groups: each word in a group gets the group's feature, so paraphrases share it.
SYNONYM_GROUPS: dict[str, tuple[str, ...]] = {
    "beach": ("beach", "seaside", "coast", "coastal", "sea", "shore", "ocean", "sand",
              "sandy", "waves", "surf", "bay", "seashore", "beachfront", "seafront"),
    "food": ("eat", "food", "meal", "dinner", "lunch", "breakfast", "restaurant", "dish",
             "cook", "cooking", "taste", "tasty", "delicious", "cuisine", "snack",
             "pasta", "pizza", "fish", "vegetables", "bread", "dessert", "menu", "hungry",
             "feast", "grill", "grilled", "supper", "brunch", "chef", "eating"),
    "drink": ("drink", "coffee", "tea", "beer", "wine", "cafe", "bar", "cocktail", "juice"),
    "hike": ("hike", "hiking", "hiker", "trail", "mountain", "mountains", "climb", "trek",
             "trekking", "summit", "peak", "hill", "hills", "alps", "ridge", "glacier",
             "walk", "walking", "path", "uphill", "backpack"),
    "water": ("lake", "river", "swim", "swimming", "pool", "water", "waterfall", "stream"),
    "music": ("music", "song", "songs", "soundtrack", "tune", "melody", "beat", "bgm",
              "score", "musical", "sing", "singing", "backing"),
    "intro": ("intro", "introduction", "beginning", "begin", "start", "opening",
              "welcome", "hello", "opener", "kickoff", "starting"),
    "outro": ("end", "ending", "outro", "finish", "final", "finale", "last", "conclusion",
              "close", "closing", "goodbye", "bye", "wrap", "thanks", "thank", "subscribe",
              "signoff", "credits"),
    "transport": ("train", "rail", "railway", "station", "bus", "car", "drive", "flight",
                  "plane", "airport", "fly", "connection", "ride", "taxi", "ferry", "boat",
                  "commute", "platform", "ticket"),
    "trip": ("trip", "journey", "travel", "traveling", "travelling", "vacation", "holiday",
             "holidays", "tour", "adventure", "getaway", "visit"),
    "delay": ("late", "delay", "delayed", "missed", "miss", "wait", "waiting", "stuck",
              "cancel", "cancelled", "canceled", "behind"),
    "problem": ("problem", "trouble", "annoying", "frustrating", "terrible", "bad",
                "disaster", "mess", "wrong", "fail", "awful", "stress", "stressful"),
    "good": ("good", "great", "amazing", "awesome", "wonderful", "beautiful", "fantastic",
             "lovely", "love", "enjoy", "fun", "perfect", "incredible", "stunning", "nice"),
    "weather": ("sun", "sunny", "sunshine", "rain", "rainy", "weather", "cloud", "cloudy",
                "hot", "warm", "heat", "storm", "wind", "windy"),
    "cold": ("snow", "ice", "icy", "cold", "freezing", "winter", "frozen", "glacier"),
    "summer": ("summer", "summertime", "july", "august", "june"),
    "time_day": ("morning", "evening", "night", "sunset", "sunrise", "dawn", "dusk",
                 "afternoon", "tonight"),
    "nature": ("forest", "tree", "trees", "woods", "park", "nature", "meadow", "valley",
               "countryside", "landscape", "view", "scenery", "outdoors"),
    "city": ("city", "town", "street", "streets", "village", "downtown", "urban", "square"),
    "stay": ("hotel", "house", "home", "apartment", "hostel", "cabin", "room", "stay",
             "camp", "camping", "tent"),
    "people": ("friend", "friends", "family", "person", "kid", "child", "mom", "dad",
               "parents", "brother", "sister", "guest", "host"),
    "shop": ("shop", "shopping", "market", "buy", "store", "souvenir", "mall"),
    "sport": ("run", "running", "jog", "bike", "cycling", "cycle", "ski", "skiing",
              "kayak", "sport", "exercise"),
    "video": ("video", "footage", "clip", "scene", "broll", "vlog", "film", "filming",
              "camera", "recording"),
    "photo": ("photo", "picture", "image", "photograph", "snapshot"),
    "voice": ("voice", "narration", "voiceover", "speech", "interview", "dialogue",
              "commentary", "spoken", "narrator"),
    "silence": ("silence", "silent", "quiet", "pause", "gap", "mute", "muted"),
    "loud": ("loud", "louder", "volume", "gain", "level", "boost", "quieter", "duck",
             "ducking"),
    "remove": ("cut", "trim", "remove", "delete", "shorten", "drop", "split", "lift",
               "ripple"),
    "transition": ("fade", "dissolve", "transition", "crossfade", "wipe", "blend"),
    "title": ("title", "text", "caption", "subtitle", "subtitles", "titles", "lettering",
              "label", "heading", "overlay"),
    "color": ("color", "colour", "grade", "grading", "tint", "saturation", "contrast",
              "brightness", "warmer", "cooler"),
    "mono": ("monochrome", "grayscale", "greyscale", "black", "white", "bw"),
    "speed": ("slow", "slower", "fast", "faster", "speed", "motion", "timelapse",
              "speedup"),
    "happy": ("happy", "laugh", "laughing", "joke", "funny", "smile", "excited", "glad"),
    "animal": ("dog", "cat", "animal", "pet", "bird", "horse", "cow", "goat"),
    "fish": ("fish", "seafood", "fishing"),
}


def _build_word_groups() -> dict[str, tuple[str, ...]]:
    mapping: dict[str, list[str]] = {}
    for group, words in SYNONYM_GROUPS.items():
        for word in words:
            for key in {word, stem(word)}:
                bucket = mapping.setdefault(key, [])
                if group not in bucket:
                    bucket.append(group)
    return {k: tuple(v) for k, v in mapping.items()}


def _has_vowel(text: str) -> bool:
    return any(ch in "aeiouy" for ch in text)


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light suffix stripper: hiking/hiked/hikes/hike -> hik, beaches -> beach."""
    word = IRREGULAR.get(word, word)
    if len(word) <= 3 or not word.isalpha():
        return word
    for suffix, repl in (("ies", "y"), ("sses", "ss"), ("ches", "ch"), ("shes", "sh"),
                         ("xes", "x")):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            word = word[: -len(suffix)] + repl
            break
    else:
        if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
            word = word[:-1]
    for suffix in ("ingly", "edly", "ing", "ers", "er", "ed", "ly"):
        if word.endswith(suffix):
            base = word[: -len(suffix)]
            if len(base) >= 3 and _has_vowel(base):
                word = base
                if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz":
                    word = word[:-1]  # swimming -> swimm -> swim
                break
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]  # hike -> hik, matches hiking
    return word


def words(text: str) -> list[str]:
    """Lower-cased words (letters and digits, inner apostrophes kept)."""
    return [w.replace("\u2019", "'") for w in _WORD.findall(text.lower())]


def content_words(text: str) -> list[str]:
    """Words without stopwords and query filler."""
    return [w for w in words(text) if w not in STOPWORDS]


def terms(text: str) -> list[str]:
    """Keyword-index terms: stems of content words."""
    return [stem(w) for w in content_words(text)]


@functools.lru_cache(maxsize=200_000)
def groups_of(word: str) -> tuple[str, ...]:
    """Synonym groups of a word, looked up by the word, its base form and its stem."""
    found: list[str] = []
    for key in (word, IRREGULAR.get(word, word), stem(word)):
        for group in _WORD_GROUPS.get(key, ()):
            if group not in found:
                found.append(group)
    return tuple(found)


_WORD_GROUPS = _build_word_groups()
