"""Content codings undone under a budget, and the charset of a body."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Callable

import brotli
import pytest
import zstandard

from pipeline.bodies import ACCEPT_ENCODING, MAX_PIECE, ContentDecoder, UnsupportedCoding, decode_text

TEXT = ("Президент Азербайджанской Республики подписал закон об утверждении Конвенции. " * 200).encode()


def _decode(coding: str, data: bytes, chunk: int = 1000) -> bytes:
    decoder = ContentDecoder(coding)
    chunks = (data[start:start + chunk] for start in range(0, len(data), chunk))
    return b"".join(piece for raw in chunks for piece in decoder.decode(raw))


@pytest.mark.parametrize(
    ("coding", "encode"),
    [
        ("", lambda b: b),
        ("identity", lambda b: b),
        ("gzip", gzip.compress),
        ("x-gzip", gzip.compress),
        ("deflate", zlib.compress),
        ("deflate", lambda b: zlib.compress(b)[2:-4]),  # raw deflate, as some servers send it
        ("br", brotli.compress),
        ("zstd", lambda b: zstandard.ZstdCompressor().compress(b)),
        ("gzip, br", lambda b: brotli.compress(gzip.compress(b))),
        ("GZIP , gzip", lambda b: gzip.compress(gzip.compress(b))),
    ],
    ids=["none", "identity", "gzip", "x-gzip", "deflate", "raw-deflate", "br", "zstd", "gzip-br", "gzip-gzip"],
)
def test_every_coding_and_stack_round_trips_in_small_chunks(coding: str, encode: Callable[[bytes], bytes]) -> None:
    assert _decode(coding, encode(TEXT)) == TEXT


def test_gzip_members_one_after_another_are_all_read() -> None:
    assert _decode("gzip", gzip.compress(b"first ") + gzip.compress(b"second")) == b"first second"


@pytest.mark.parametrize(
    "coding", ["gzip", "deflate", "br", "zstd", "gzip, gzip"],
)
def test_a_bomb_yields_bounded_pieces_only_as_far_as_they_are_consumed(coding: str) -> None:
    zeros = b"\0" * (64 << 20)
    bodies: dict[str, Callable[[], bytes]] = {
        "gzip": lambda: gzip.compress(zeros, 1),
        "deflate": lambda: zlib.compress(zeros, 1),
        "br": lambda: brotli.compress(zeros, quality=1),
        "zstd": lambda: zstandard.ZstdCompressor(level=1).compress(zeros),
        "gzip, gzip": lambda: gzip.compress(gzip.compress(zeros, 1)),
    }
    body = bodies[coding]()
    pieces = ContentDecoder(coding).decode(body)  # the whole bomb in one chunk, as a fast network gives it
    taken = [next(pieces) for _ in range(3)]
    # gzip and deflate give MAX_PIECE exactly; brotli's buffer grows in steps past it; zstd gives whole
    # blocks of a slice of input (bodies._ZSTD_SLICE), at most about 2.2 MiB
    assert all(0 < len(p) <= 40 * MAX_PIECE for p in taken)
    assert sum(len(p) for p in taken) < 16 << 20  # of 64 MiB: nothing is inflated beyond what was asked


@pytest.mark.parametrize("coding", ["compress", "sdch", "gzip, gzip, gzip, gzip, gzip"])
def test_unknown_or_piled_up_codings_are_refused_by_name(coding: str) -> None:
    with pytest.raises(UnsupportedCoding, match="content coding"):
        ContentDecoder(coding)


def test_a_corrupt_stream_raises_the_library_error() -> None:
    with pytest.raises(zlib.error):
        list(ContentDecoder("gzip").decode(b"\x1f\x8b\x08\x00garbage-garbage-garbage"))


RUSSIAN = "Ильхам Алиев подписал закон об утверждении соглашения между Азербайджаном и Казахстаном. " * 5


def _html(body: bytes) -> bytes:
    return b"<html><head><title>t</title></head><body><p>" + body + b"</p></body></html>"


def test_cp1251_declared_as_utf8_is_recognised() -> None:
    text, codec, source = decode_text(_html(RUSSIAN.encode("cp1251")), "text/html; charset=utf-8")
    assert RUSSIAN in text and (codec, source) == ("cp1251", "detected")


def test_invalid_utf8_declared_as_utf8_stays_utf8_with_replacement() -> None:
    junk = b"Treaty \xc3\x28 \xa0\xa1 \xe2\x28\xa1 \xf0\x28\x8c\xbc \xc0\xaf signed. " * 5
    text, codec, source = decode_text(_html(junk), "text/html; charset=utf-8")
    assert (codec, source) == ("utf-8", "header")
    assert "Treaty \ufffd(" in text and "signed" in text


def test_invalid_bytes_with_a_meta_declaration_keep_the_meta_charset() -> None:
    body = b'<html><head><meta charset="utf-8"></head><body>' + b"Title \xff\xfe\xfd\xfc ok " * 20 + b"</body></html>"
    _text, codec, source = decode_text(body, "text/html")
    assert (codec, source) == ("utf-8", "meta")


def test_every_coding_we_accept_is_one_we_undo() -> None:
    for coding in ACCEPT_ENCODING.split(","):
        ContentDecoder(coding)  # raises UnsupportedCoding otherwise
    assert ACCEPT_ENCODING.replace(" ", "").split(",") == ["gzip", "deflate", "br", "zstd"]
