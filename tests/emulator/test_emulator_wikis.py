"""The wiki's exports as files: the PDF the emulator writes is well formed (cross-reference table,
pages, escaped text), whatever the articles hold."""

from __future__ import annotations

import re

import pytest

from dssclient.emulator.models.wikis import PAPER_SIZES, render_pdf


def check_structure(pdf: bytes) -> int:
    """Assert the cross-reference table points at each object; the number of pages."""
    assert pdf.startswith(b"%PDF-1.4\n") and pdf.endswith(b"%%EOF\n")
    startxref = int(pdf.rsplit(b"startxref\n", 1)[1].split(b"\n", 1)[0])
    assert pdf[startxref:].startswith(b"xref\n")
    header, *entries = pdf[startxref:].split(b"trailer", 1)[0].decode().splitlines()[1:]
    first, count = (int(n) for n in header.split())
    assert first == 0 and len(entries) == count
    assert entries[0] == "0000000000 65535 f "
    for number, entry in enumerate(entries[1:], start=1):
        offset = int(entry.split()[0])
        assert pdf[offset:].startswith(b"%d 0 obj\n" % number), number
    for match in re.finditer(rb"<< /Length (\d+) >>\nstream\n", pdf):
        length = int(match.group(1))
        assert pdf[match.end() + length : match.end() + length + 10] == b"\nendstream"
    pages = re.search(rb"/Count (\d+)", pdf)
    assert pages is not None
    return int(pages.group(1))


@pytest.mark.parametrize("paper", sorted(PAPER_SIZES))
def test_a_pdf_is_well_formed_for_every_paper_size(paper: str) -> None:
    width, height = PAPER_SIZES[paper]
    pdf = render_pdf("Wiki", [("Home", "Hello (world) \\ back")], PAPER_SIZES[paper])
    assert check_structure(pdf) == 1
    assert f"/MediaBox [0 0 {width} {height}]".encode() in pdf
    assert b"(Hello \\(world\\) \\\\ back) Tj" in pdf


def test_long_articles_go_over_pages_and_odd_text_stays_valid() -> None:
    body = "\n".join(f"line {n} " + "x" * 300 for n in range(200)) + "\nd\u00e9j\u00e0 \u4e2d\u6587 \ttab"
    pdf = render_pdf("T", [("A", body), ("Empty", "")], PAPER_SIZES["A4"])
    assert check_structure(pdf) > 10
    assert "(déjà ?? tab) Tj".encode("latin-1").replace(b" tab", b"     tab") in pdf
    assert max(len(line) for line in re.findall(rb"\((.*?)\) Tj", pdf)) <= 100
