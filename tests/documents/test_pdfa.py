"""Every document is a PDF/A-2b file as far as reportlab allows: each font it uses is embedded
(no Helvetica from a canvas's or a table cell's default), an sRGB output intent carries a valid
ICC profile, and the XMP metadata says part 2, conformance B. No PDF/A validator (veraPDF is
Java, not in Debian) runs here: these are the checks the machine's tools can make."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from documents.test_documents import TODAY, subject_for
from PIL import ImageCms
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

from socdesk.documents import printing
from socdesk.documents.registry import kinds
from socdesk.store.database import Store


def fonts_of(reader: PdfReader) -> dict[str, bool]:
    """Every font the pages use (their tables and forms too): base name -> embedded."""
    found: dict[str, bool] = {}

    def visit(resources: object) -> None:
        if isinstance(resources, IndirectObject):
            resources = resources.get_object()
        if not isinstance(resources, DictionaryObject):
            return
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font["/BaseFont"])] = embedded
        for xobject in (resources.get("/XObject") or {}).values():
            visit(xobject.get_object().get("/Resources"))

    for page in reader.pages:
        visit(page.get("/Resources"))
    return found


def check_pdfa(pdf: bytes, where: str) -> None:
    assert pdf[:8] == b"%PDF-1.4" and all(b > 127 for b in pdf[10:14]), where  # binary mark
    reader = PdfReader(io.BytesIO(pdf))
    assert "/ID" in reader.trailer, where
    fonts = fonts_of(reader)
    assert fonts and all(fonts.values()), (where, fonts)
    assert not any("Helvetica" in name for name in fonts), (where, fonts)
    root = reader.trailer["/Root"].get_object()
    (intent,) = root["/OutputIntents"]
    intent = intent.get_object()
    assert intent["/S"] == "/GTS_PDFA1", where
    profile = intent["/DestOutputProfile"].get_object()
    assert profile["/N"] == 3
    loaded = ImageCms.ImageCmsProfile(io.BytesIO(profile.get_data()))
    assert ImageCms.getProfileDescription(loaded).strip() == "sRGB IEC61966-2.1"
    metadata = root["/Metadata"].get_object()
    assert "/Filter" not in metadata, where  # PDF/A: the XMP packet is never compressed
    xmp = metadata.get_data().decode("utf-8")
    assert "<pdfaid:part>2</pdfaid:part>" in xmp and "<pdfaid:conformance>B<" in xmp, where
    info = reader.metadata
    assert info is not None and info.title and f">{info.title}<" in xmp, where


def test_every_kind_embeds_its_fonts_and_declares_pdfa_2b(store: Store, case_id: str) -> None:
    for code, kind in kinds().items():
        made = printing.make(store, code, subject_for(kind.subject, store, case_id), TODAY)
        check_pdfa(made.pdf, code)
    copy = printing.reprint(store, made.record_id)  # «КОПІЯ» across: its own font, its alpha
    check_pdfa(copy.pdf, "copy")


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_pdffonts_lists_every_font_embedded(store: Store, case_id: str, tmp_path: Path) -> None:
    made = printing.make(store, "contract", case_id, TODAY)
    path = tmp_path / "contract.pdf"
    path.write_bytes(made.pdf)
    lines = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert lines
    for line in lines:
        assert "Helvetica" not in line, line
        assert line.split()[-5] == "yes", line  # the «emb» column
