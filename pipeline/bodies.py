"""Response bodies: bytes off the wire, content codings undone under a size budget, then text.

Content codings (``Content-Encoding``) are undone here, not by httpx: httpx inflates a whole network chunk
before its caller can count a byte, so a 1.6 KB brotli body used to become 1 GiB in memory before
``max_bytes`` was checked. ``ContentDecoder`` turns each raw chunk into pieces of bounded size, produced
only as the caller asks for them, so the caller counts decoded bytes as they appear and stops at its
budget with the rest never inflated:

* gzip and deflate: ``zlib`` with ``max_length`` (gzip members one after another are read; deflate with or
  without its zlib wrapper, as servers send both);
* br: ``brotli.Decompressor.process(..., output_buffer_limit=...)`` (brotli >= 1.2);
* zstd: ``zstandard`` has no output limit, so input goes in slices of ``_ZSTD_SLICE`` bytes. A zstd block
  regenerates at most 128 KiB and takes at least 4 bytes (an RLE block), so one slice yields at most
  ``(_ZSTD_SLICE / 4 + 1) * 128 KiB``; the window is capped at 8 MiB as RFC 9659 asks of HTTP decoders;
* stacked codings (``gzip, br``): one stage per coding, each pulling from the one below only when asked.

``decode_text`` picks the charset: the HTTP header, then ``<meta>``/XML declaration, then detection. A
declared charset is overridden only by one that turns the page's non-ASCII bytes into words; otherwise
damaged bytes stay damaged (U+FFFD) under the declared charset rather than becoming another codec's junk.
"""

from __future__ import annotations

import codecs
import re
import zlib
from collections.abc import Callable, Iterable, Iterator
from typing import Literal, Protocol

import brotli
import charset_normalizer
import zstandard

from .records import FetchResult, Page, RawFetchResult, RawPage

__all__ = ["ACCEPT_ENCODING", "MAX_PIECE", "ContentDecoder", "EncodingSource", "UnsupportedCoding", "decode_text",
           "decoded", "decoded_page"]

MAX_PIECE = 64 * 1024
"""Decoded bytes asked of a gzip, deflate or brotli stage per step (zstd: see ``_ZSTD_SLICE``)."""

_MAX_CODINGS = 4  # "gzip, gzip" is legal; a dozen stacked codings is an attack on our CPU, not a page
_ZSTD_SLICE = 64
_ZSTD_MAX_WINDOW = 8 * 1024 * 1024
_GZIP_MAGIC = b"\x1f\x8b"


class UnsupportedCoding(ValueError):
    """A ``Content-Encoding`` we cannot undo (``compress``, an unknown name, or too many stacked)."""


class _Stage(Protocol):
    def feed(self, data: bytes) -> None: ...

    def pull(self, limit: int) -> bytes:
        """Up to about ``limit`` decoded bytes from the input fed so far; b"" when it needs more input."""
        ...


class _Zlib:
    """gzip (``wbits`` 31) or deflate (zlib-wrapped or raw, told apart by the first two bytes)."""

    def __init__(self, gzip: bool) -> None:
        self._gzip = gzip
        self._pending = b""
        self._inflater: zlib._Decompress | None = zlib.decompressobj(zlib.MAX_WBITS | 16) if gzip else None

    def feed(self, data: bytes) -> None:
        self._pending += data

    def pull(self, limit: int) -> bytes:
        if self._inflater is None:
            if len(self._pending) < 2:
                return b""
            self._inflater = zlib.decompressobj(zlib.MAX_WBITS if _zlib_wrapped(self._pending) else -zlib.MAX_WBITS)
        if self._inflater.eof:
            rest, self._pending = self._inflater.unused_data + self._pending, b""
            if not (self._gzip and rest.startswith(_GZIP_MAGIC)):
                return b""  # bytes after the end of the stream: ignored, as browsers do
            self._inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
            self._pending = rest
        if not self._pending:
            return b""
        out = self._inflater.decompress(self._pending, limit)
        self._pending = self._inflater.unconsumed_tail
        return out


def _zlib_wrapped(head: bytes) -> bool:
    """RFC 1950 header: compression method 8 and a check value making the first two bytes a multiple of 31."""
    return head[0] & 0x0F == 8 and (head[0] << 8 | head[1]) % 31 == 0


class _Brotli:
    def __init__(self) -> None:
        self._decompressor = brotli.Decompressor()
        self._pending = b""

    def feed(self, data: bytes) -> None:
        self._pending += data

    def pull(self, limit: int) -> bytes:
        if not self._decompressor.can_accept_more_data():  # output left over from the last call comes first
            return bytes(self._decompressor.process(b"", output_buffer_limit=limit))
        if not self._pending:
            return b""
        data, self._pending = self._pending, b""
        return bytes(self._decompressor.process(data, output_buffer_limit=limit))


class _Zstd:
    def __init__(self) -> None:
        self._decompressor = zstandard.ZstdDecompressor(max_window_size=_ZSTD_MAX_WINDOW).decompressobj(
            read_across_frames=True)
        self._pending = memoryview(b"")

    def feed(self, data: bytes) -> None:
        self._pending = memoryview(bytes(self._pending) + data)

    def pull(self, limit: int) -> bytes:
        out = b""
        while self._pending and len(out) < limit:
            piece, self._pending = self._pending[:_ZSTD_SLICE], self._pending[_ZSTD_SLICE:]
            out += self._decompressor.decompress(piece)
        return out


_STAGES: dict[str, Callable[[], _Stage]] = {
    "gzip": lambda: _Zlib(gzip=True),
    "x-gzip": lambda: _Zlib(gzip=True),
    "deflate": lambda: _Zlib(gzip=False),
    "br": _Brotli,
    "zstd": _Zstd,
}


ACCEPT_ENCODING = "gzip, deflate, br, zstd"
"""What we tell servers we accept: the codings ``ContentDecoder`` undoes."""


class ContentDecoder:
    """Undoes a ``Content-Encoding`` chain incrementally; ``decode`` yields pieces the caller counts.

    Raises ``UnsupportedCoding`` for a coding it does not know; the libraries' own errors (``zlib.error``,
    ``brotli.error``, ``zstandard.ZstdError``) for a corrupt stream.
    """

    def __init__(self, content_encoding: str) -> None:
        codings = [c.strip().lower() for c in content_encoding.split(",")]
        codings = [c for c in codings if c and c != "identity"]
        if len(codings) > _MAX_CODINGS:
            raise UnsupportedCoding(f"{len(codings)} stacked content codings ({content_encoding}); "
                                    f"at most {_MAX_CODINGS} are undone")
        unknown = [c for c in codings if c not in _STAGES]
        if unknown:
            raise UnsupportedCoding(f"unsupported content coding {unknown[0]!r}")
        self._stages = [_STAGES[c]() for c in reversed(codings)]  # the last coding applied is undone first

    def decode(self, raw: bytes) -> Iterator[bytes]:
        """The decoded pieces ``raw`` adds. Lazy: nothing is inflated beyond what the caller consumes."""
        pieces: Iterable[bytes] = (raw,)
        for stage in self._stages:
            pieces = _drive(stage, pieces)
        return iter(pieces)


def _drive(stage: _Stage, pieces: Iterable[bytes]) -> Iterator[bytes]:
    for piece in pieces:
        stage.feed(piece)
        while out := stage.pull(MAX_PIECE):
            yield out


# --------------------------------------------------------------------------------------------------
# Charset

EncodingSource = Literal["header", "meta", "detected", "default"]

_PRESCAN_BYTES = 4096  # the HTML spec prescans 1024 bytes for <meta charset>; real heads are often longer
_MAX_MALFORMED_SHARE = 0.05
"""A charset is "clearly wrong" when more than this share of the non-ASCII bytes fail to decode (cp1251
read as UTF-8 fails on nearly every Cyrillic letter); below it, the bytes are damaged and are replaced
(U+FFFD) while the charset is kept."""
_MIN_WORD_SHARE = 0.9
"""An alternative to a declared charset must make at least this share of the non-ASCII characters letters
of words (two letters or more): Cyrillic or Azerbaijani text in a legacy codec does, junk bytes do not."""

_HIGH_BYTES = bytes(range(0x80, 0x100))
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""",
    re.IGNORECASE,
)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_WORD = re.compile(r"[^\W\d_]{2,}")


def _header_charset(body: bytes, content_type: str) -> str | None:
    match = re.search(r"charset\s*=\s*[\"']?([^\s;\"']+)", content_type, re.IGNORECASE)
    return match.group(1) if match else None


def _meta_charset(body: bytes, content_type: str) -> str | None:
    match = _META_CHARSET.search(body[:_PRESCAN_BYTES])
    return (match.group(1) or match.group(2)).decode("ascii") if match else None


def _detected_charset(body: bytes, content_type: str) -> str | None:
    best = charset_normalizer.from_bytes(body).best()
    return best.encoding if best is not None else None


_CHARSET_SEQUENCE: tuple[tuple[EncodingSource, Callable[[bytes, str], str | None]], ...] = (
    ("header", _header_charset),
    ("meta", _meta_charset),
    ("detected", _detected_charset),
)
"""Where the charset comes from, in order; the first that names a known codec and is not clearly wrong wins."""


def decoded_page(raw: RawPage) -> Page:
    """The page's text in the charset ``decode_text`` finds, and where it found it."""
    text, encoding, source = decode_text(raw.body, raw.content_type)
    return Page(url=raw.url, final_url=raw.final_url, status=raw.status, text=text, encoding=encoding,
                encoding_source=source, content_type=raw.content_type, validators=raw.validators,
                fetched_at=raw.fetched_at, attempts=raw.attempts)


def decoded(result: RawFetchResult) -> FetchResult:
    """``Fetcher.fetch``'s result with a page's bytes decoded to text; a 304 or a failure as it is."""
    return decoded_page(result) if isinstance(result, RawPage) else result


def decode_text(body: bytes, content_type: str) -> tuple[str, str, EncodingSource]:
    """(text, Python codec name, where the charset came from).

    When every candidate is clearly wrong, the first declared charset is kept with replacement characters
    (invalid UTF-8 declared as UTF-8 stays UTF-8); with nothing declared, UTF-8 with replacement.
    """
    declared: tuple[str, str, EncodingSource] | None = None
    for source, find in _CHARSET_SEQUENCE:
        name = find(body, content_type)
        codec = _codec(name) if name else None
        if codec is None:
            continue
        text = body.decode(codec, errors="replace")
        if not _clearly_wrong(body, text) and (declared is None or _reads_as_words(text)):
            return _strip_bom(text), codec, source
        if declared is None and source != "detected":
            declared = (_strip_bom(text), codec, source)
    return declared or (_strip_bom(body.decode("utf-8", errors="replace")), "utf-8", "default")


def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _clearly_wrong(body: bytes, text: str) -> bool:
    failures = text.count("\ufffd")
    if not failures:
        return False
    non_ascii = len(body) - len(body.translate(None, _HIGH_BYTES))
    return failures > _MAX_MALFORMED_SHARE * max(non_ascii, 1)


def _reads_as_words(text: str) -> bool:
    non_ascii = len(_NON_ASCII.findall(text))
    in_words = sum(len(_NON_ASCII.findall(word.group())) for word in _WORD.finditer(text))
    return in_words >= _MIN_WORD_SHARE * non_ascii


def _strip_bom(text: str) -> str:
    return text.removeprefix("\ufeff")
