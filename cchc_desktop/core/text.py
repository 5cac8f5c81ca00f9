"""Vietnamese text rules: NFC on the way in, a folded search key, alphabet order.

Windows' built-in Vietnamese keyboard types decomposed (NFD) text and badly
encoded sources use Ð (U+00D0, Eth) for Đ, so every text entering the
database goes through :func:`normalize`. Search compares :func:`fold` keys;
lists sort with :func:`sort_key`, which reproduces ICU's Vietnamese collation
(what ``QCollator(vi_VN)`` uses in the GUI; a test keeps the two in step).
"""

from __future__ import annotations

import bisect
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
    # Word by word from a cache: an import folds the same few thousand words in every name and text.
    get = _FOLDED.get
    words = [get(word) or _fold_word(word) for word in text.split()]
    return " ".join(words) if all(words) else " ".join(filter(None, words))  # a word of marks only folds to ""


def _fold_word(word: str) -> str:
    bare = _MARKS.sub("", unicodedata.normalize("NFD", word.casefold()))
    done = " ".join(bare.replace("đ", "d").replace("ð", "d").split())
    if len(_FOLDED) >= _CACHE_LIMIT:
        _FOLDED.clear()
    _FOLDED[word] = done
    return done


_FOLDED: dict[str, str] = {}


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


class _Codes:
    """Byte codes for one level's weights that sort as the weights do and never prefix one another:
    one byte for each weight that Vietnamese text uses, and for any other an escape byte (one between
    each two neighbouring known codes) followed by the weight in three bytes of 0x80–0xBF."""

    def __init__(self, known: set[int]):
        self.known = sorted(known)
        self.table: dict[int, bytes] = {}
        self.escapes: list[int | None] = []  # the escape byte of the gap before known[i] (last: after all)
        byte, previous = 1, -1  # 0 ends a level; weights start at 0
        for weight in self.known:
            self.escapes.append(byte if weight > previous + 1 else None)
            byte += weight > previous + 1
            self.table[weight] = bytes([byte])
            byte, previous = byte + 1, weight
        self.escapes.append(byte)
        assert byte <= 0xFF

    def encode(self, weights: tuple[int, ...]) -> bytes:
        table = self.table
        return b"".join([table.get(w) or self._escaped(w) for w in weights])

    def _escaped(self, weight: int) -> bytes:
        escape = self.escapes[bisect.bisect_right(self.known, weight)]
        assert escape is not None and 0 <= weight < 1 << 18
        return bytes([escape, 0x80 | weight >> 12, 0x80 | (weight >> 6) & 0x3F, 0x80 | weight & 0x3F])


# Primary: the letters, digits and punctuation listed above; secondary: no mark (0) and the five tones;
# tertiary: lower (0) and upper case. A level's 0 weight is then the byte 0x01, which nothing else ends with.
_LEVELS = (_Codes(set(_PRIMARY.values())), _Codes({0, *_TONES.values()}), _Codes({0, 1}))


def _key_bytes(levels: tuple[tuple[int, ...], ...]) -> bytes:
    """The general form of :func:`sort_key_bytes`, from :func:`sort_key`'s three levels."""
    return _join_levels(*(codes.encode(level) for codes, level in zip(_LEVELS, levels)))


def _join_levels(primary: bytes, secondary: bytes, tertiary: bytes) -> bytes:
    # Trailing 0 weights of the secondary and tertiary levels are left out: they are only compared when
    # the primary levels are equal, and then both hold one 0 (secondary) or one weight (tertiary) per
    # letter, so the parts left out have the same length on both sides and cannot change the order.
    return b"".join((primary, b"\x00", secondary.rstrip(b"\x01"), b"\x00", tertiary.rstrip(b"\x01")))


_WORDS: dict[str, tuple[bytes, bytes, bytes] | None] = {}
_WORDS_LIMIT = 200_000
_CHARS: dict[str, tuple[bytes, bytes, bytes]] = {}


def _char_bytes(ch: str) -> tuple[bytes, bytes, bytes]:
    if len(_CHARS) >= _WORDS_LIMIT:
        _CHARS.clear()
    primary, secondary, tertiary = (codes.encode(level) for codes, level in zip(_LEVELS, sort_key(ch)))
    _CHARS[ch] = (primary, secondary, tertiary)
    return primary, secondary, tertiary


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


_SPACE = tuple(codes.encode(level) for codes, level in zip(_LEVELS, sort_key(" ")))


def sort_key_bytes(text: str) -> bytes:
    """:func:`sort_key` as bytes that compare the same way (SQL ``ORDER BY`` on a BLOB/bytea), compactly:
    most letters take a byte on the first level and a byte on the second, and the third is mostly empty."""
    text = normalize(text)  # NFC: each composed character is one letter with its marks
    # Every character adds its own weights to each level, so keys are put together from cached words.
    get = _WORDS.get
    parts = [get(word) or _word_bytes(word) for word in text.split(" ")]
    if None in parts:  # a mark with no letter: the slow, general path
        return _key_bytes(sort_key(text))
    return _join_levels(*(_SPACE[i].join([p[i] for p in parts]) for i in (0, 1, 2)))  # type: ignore[index]
