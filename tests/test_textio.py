from __future__ import annotations

import pytest

from factdiff.errors import BinaryInput, EmptyInput, EncodingError, HtmlInput, InputError, TooLarge
from factdiff.textio import decode, read_text


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"Hello world.", "Hello world."),
        (b"\xef\xbb\xbfHello world.", "Hello world."),  # UTF-8 BOM dropped
        ("Caf\u00e9 \u201cquoted\u201d.".encode(), "Caf\u00e9 \u201cquoted\u201d."),
        ("Hello \u00e9t\u00e9.".encode("utf-16"), "Hello \u00e9t\u00e9."),
        ("r\u00e9sum\u00e9 of the na\u00efve caf\u00e9 owner, who said the d\u00e9j\u00e0 vu was real.".encode("latin-1"),
         "r\u00e9sum\u00e9 of the na\u00efve caf\u00e9 owner, who said the d\u00e9j\u00e0 vu was real."),
        (b"# Markdown title\n\n- a point.\n", "# Markdown title\n\n- a point.\n"),
    ],
)
def test_decodes_text(data: bytes, expected: str) -> None:
    assert decode(data) == expected


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", EmptyInput),
        (b"  \n\t \n", EmptyInput),
        (b"\x00\x01\x02\x03binary\x00", BinaryInput),
        (bytes(range(1, 32)) * 40, BinaryInput),
        (b"<!DOCTYPE html><html><body><p>Hi</p></body></html>", HtmlInput),
        (b"<html>\n<p>text</p>", HtmlInput),
        (b"\xff\xfe\x00", EncodingError),
    ],
)
def test_refuses_non_text(data: bytes, error: type[InputError]) -> None:
    with pytest.raises(error) as info:
        decode(data, name="x.txt")
    assert "\n" not in str(info.value)
    assert str(info.value).startswith(f"[{error.code}] x.txt")


def test_size_limit() -> None:
    with pytest.raises(TooLarge):
        decode(b"a" * 101, max_bytes=100)
    assert decode(b"a" * 101, max_bytes=0) == "a" * 101


def test_read_text_missing_and_directory(tmp_path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_text(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="directory"):
        read_text(tmp_path)
