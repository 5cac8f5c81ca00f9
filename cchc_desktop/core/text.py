"""Vietnamese text rules: NFC on the way in, a folded search key, alphabet order.

Windows' built-in Vietnamese keyboard types decomposed (NFD) text and badly
encoded sources use Ð (U+00D0, Eth) for Đ, so every text entering the
database goes through :func:`normalize`. Search compares :func:`fold` keys;
lists sort with :func:`sort_key`, which reproduces ICU's Vietnamese collation
(what ``QCollator(vi_VN)`` uses in the GUI; a test keeps the two in step).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

# Look-alikes seen in real sources (Eth for Đ, the old "oi" letter for Ư, as
# left by legacy TCVN3 fonts), invisible format characters from copy-paste, and
# control characters: Word's manual line break reaches Excel cells as U+000B;
# the rest (NUL, …) no text means, PostgreSQL refuses NUL and Excel all of them.
_ETH = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111", "\u01a2": "\u01af", "\u01a3": "\u01b0",
                      "\u200b": None, "\u200c": None, "\u200d": None, "\u200e": None,
                      "\u200f": None, "\u00ad": None, "\ufeff": None, "\u2060": None,
                      "\x0b": "\n", "\x0c": "\n",
                      **{chr(c): None for c in [*range(0x00, 0x09), *range(0x0e, 0x20), *range(0x7f, 0xa0)]}})


_LOOKALIKES = re.compile("[\u00d0\u00f0\u01a2\u01a3\u200b-\u200f\u00ad\ufeff\u2060"
                         "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Combining marks (the Vietnamese tones and diacritics live in U+0300–U+036F), removed by fold().
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def normalize(text: str) -> str:
    """NFC form with look-alikes mapped and invisible characters dropped; the only form stored."""
    if text.isascii() and (text.isprintable() or not _LOOKALIKES.search(text)):
        return text  # most values (codes, URLs, numbers): nothing to do
    known = _NORMAL.get(text)
    if known is not None:
        return known
    done = unicodedata.normalize("NFC", text.translate(_ETH) if _LOOKALIKES.search(text) else text)
    if len(_NORMAL) >= _CACHE_LIMIT:
        _NORMAL.clear()
    _NORMAL[text] = done
    return done


def normalize_line(text: str) -> str:
    """:func:`normalize` for one-line values (names, codes): whitespace collapsed."""
    known = _LINES.get(text)
    if known is not None:
        return known
    done = " ".join(normalize(text).split())
    if len(_LINES) >= _CACHE_LIMIT:
        _LINES.clear()
    _LINES[text] = done
    return done


# An import normalises the same agencies, places, fees and legal texts on thousands of rows.
_CACHE_LIMIT = 20_000
_NORMAL: dict[str, str] = {}
_LINES: dict[str, str] = {}


def normalize_deep(value: Any) -> Any:
    """:func:`normalize` applied to every string inside lists and dicts."""
    if isinstance(value, str):
        return normalize(value)
    if isinstance(value, list):
        return [normalize_deep(v) for v in value]
    if isinstance(value, dict):
        return {normalize_deep(k): normalize_deep(v) for k, v in value.items()}
    return value


def fold(text: str) -> str:
    """Search key: case-folded, tones and marks removed, đ→d, spaces collapsed."""
    if text.isascii():
        return " ".join(text.lower().split())
    bare = _MARKS.sub("", unicodedata.normalize("NFD", text.casefold()))
    return " ".join(bare.replace("đ", "d").replace("ð", "d").split())


def accent_key(text: str) -> str:
    """Case-folded NFC text with spaces collapsed: matches that keep the accents typed."""
    return " ".join(normalize(text).casefold().split())


# --- Vietnamese collation --------------------------------------------------
# Primary order of ICU's root collation for the punctuation and symbols that
# occur in procedure texts (spaces and punctuation are not ignorable), then
# digits, then the Vietnamese alphabet with f, j, w, z in their Latin places.
_WHITESPACE = "\t\n\x0b\x0c\r"
_SPACES = " \xa0\u2002\u2003\u2009\u202f\u3000"
_PUNCTUATION = " _-–—,;:!?.…·'‘’\"“”«»()[]{}§@*/\\&#%•`^°+÷×<=>|~$₫€"
_DIGITS = "0123456789"
_LETTERS = ["a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k",
            "l", "m", "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w",
            "x", "y", "z"]
_PRIMARY: dict[str, int] = {}
for _i, _ch in enumerate(_WHITESPACE):
    _PRIMARY[_ch] = 10 + _i
for _i, _ch in enumerate(_PUNCTUATION):
    _PRIMARY[_ch] = 100 + _i
for _ch in _SPACES:
    _PRIMARY[_ch] = _PRIMARY[" "]
for _i, _ch in enumerate(_DIGITS):
    _PRIMARY[_ch] = 1000 + _i
for _i, _ch in enumerate(_LETTERS):
    _PRIMARY[_ch] = 2000 + _i
_UNKNOWN_SYMBOL = 500   # other symbols sort after punctuation, before digits
_OTHER_LETTER = 3000    # letters outside the Vietnamese alphabet sort after it
_LAST_WEIGHT = 0xFFFE   # a weight is written as two bytes (plus one): later letters share it

# Marks that make a new letter of the Vietnamese alphabet (ă â ê ô ơ ư).
_LETTER_MARKS = {("a", "\u0306"): "ă", ("a", "\u0302"): "â", ("e", "\u0302"): "ê",
                 ("o", "\u0302"): "ô", ("o", "\u031b"): "ơ", ("u", "\u031b"): "ư"}
# Tones are secondary differences: ngang < huyền < hỏi < ngã < sắc < nặng.
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def sort_key(text: str) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    """Key for ``sorted`` giving Vietnamese alphabetical order (ICU ``vi`` rules).

    Three levels as in ICU: letters (primary), tones and other marks
    (secondary), case with lower before upper (tertiary). NFC and NFD input
    give the same key.
    """
    primary: list[int] = []
    secondary: list[int] = []
    tertiary: list[int] = []
    chars = unicodedata.normalize("NFD", text.translate(_ETH))
    i = 0
    n = len(chars)
    while i < n:
        ch = chars[i]
        i += 1
        if unicodedata.combining(ch):
            # A mark with no base letter before it: secondary only.
            secondary.append(_TONES.get(ch, 10 + ord(ch) % 1000))
            continue
        lower = ch.lower()
        base = lower
        # Combine letter-making marks that may follow the tone in NFD order.
        marks: list[str] = []
        while i < n and unicodedata.combining(chars[i]):
            marks.append(chars[i])
            i += 1
        for m in list(marks):
            letter = _LETTER_MARKS.get((base, m))
            if letter:
                base = letter
                marks.remove(m)
                break
        weight = _PRIMARY.get(base)
        if weight is None:
            if base.isalpha():
                weight = min(_OTHER_LETTER + ord(base), _LAST_WEIGHT)
            else:
                weight = _UNKNOWN_SYMBOL + ord(base) % 400
        primary.append(weight)
        secondary.append(0)
        secondary.extend(_TONES.get(m, 10 + ord(m) % 1000) for m in marks)
        tertiary.append(0 if ch == lower and ch not in _SPACES[1:] else 1)
    return tuple(primary), tuple(secondary), tuple(tertiary)


def truncate(text: str, limit: int) -> str:
    """Shorten for display with an ellipsis, never mid-way through a letter's marks."""
    if len(text) <= limit:
        return text
    return text[: max(0, limit - 1)].rstrip() + "…"


def _level_bytes(level: tuple[int, ...]) -> bytes:
    return b"".join((weight + 1).to_bytes(2, "big") for weight in level)


_WORDS: dict[str, tuple[bytes, bytes, bytes] | None] = {}
_WORDS_LIMIT = 200_000
_CHARS: dict[str, tuple[bytes, bytes, bytes]] = {}


def _char_bytes(ch: str) -> tuple[bytes, bytes, bytes]:
    primary, secondary, tertiary = sort_key(ch)
    if len(_CHARS) >= _WORDS_LIMIT:
        _CHARS.clear()
    found = _CHARS[ch] = (_level_bytes(primary), _level_bytes(secondary), _level_bytes(tertiary))
    return found


def _word_bytes(word: str) -> tuple[bytes, bytes, bytes] | None:
    """The three levels' bytes of a word without spaces (NFC); None when it holds a mark with no letter."""
    if any(unicodedata.combining(ch) for ch in word):
        found = None
    else:
        # An NFC character's weights do not depend on its neighbours, so a word's levels are its characters'.
        get = _CHARS.get
        chars = [get(ch) or _char_bytes(ch) for ch in word]
        found = (b"".join([c[0] for c in chars]), b"".join([c[1] for c in chars]), b"".join([c[2] for c in chars]))
    if len(_WORDS) >= _WORDS_LIMIT:
        _WORDS.clear()
    _WORDS[word] = found
    return found


_SPACE = tuple(_level_bytes(level) for level in sort_key(" "))


def sort_key_bytes(text: str) -> bytes:
    """:func:`sort_key` as bytes that compare the same way (SQL ``ORDER BY`` on a BLOB/bytea).

    Levels are written one after the other, each weight as two bytes, with a
    zero separator that is lower than every weight.
    """
    text = normalize(text)  # NFC: each composed character is one letter with its marks
    # Every character adds its own weights to each level, so keys are put together from cached words.
    get = _WORDS.get
    parts = [get(word) or _word_bytes(word) for word in text.split(" ")]
    if None in parts:  # a mark with no letter: the slow, general path
        return b"".join(_level_bytes(level) + b"\x00\x00" for level in sort_key(text))
    return b"".join(_SPACE[i].join([p[i] for p in parts]) + b"\x00\x00" for i in (0, 1, 2))
