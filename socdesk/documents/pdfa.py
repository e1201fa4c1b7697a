"""What makes a SocDesk PDF a PDF/A-2b file as far as reportlab allows: an sRGB output intent
with its ICC profile, and XMP metadata that names the conformance (part 2, level B) and repeats
the document information. The fonts are embedded by `page` (no canvas starts in Helvetica).

The ICC profile is built here from the sRGB definition (IEC 61966-2-1: its primaries adapted
to D50 and its tone curve), so the project ships no third-party profile and no licence with it.
"""

from __future__ import annotations

import functools
import struct
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFName,
    PDFStream,
    PDFString,
)
from reportlab.pdfbase.pdfdoc import format as pdf_format

SRGB = "sRGB IEC61966-2.1"
_D50 = (0.9642, 1.0, 0.8249)
# The sRGB primaries, Bradford-adapted to the D50 of the profile connection space.
_COLORANTS = {
    b"rXYZ": (0.4360747, 0.2225045, 0.0139322),
    b"gXYZ": (0.3850649, 0.7168786, 0.0971045),
    b"bXYZ": (0.1430804, 0.0606169, 0.7141733),
}


def _s15(value: float) -> bytes:
    return struct.pack(">i", round(value * 65536))


def _xyz(values: tuple[float, float, float]) -> bytes:
    return b"XYZ \0\0\0\0" + b"".join(_s15(v) for v in values)


def _curve() -> bytes:
    """The sRGB tone curve as a 1024-point table."""
    points = []
    for i in range(1024):
        v = i / 1023
        linear = v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
        points.append(round(linear * 65535))
    return b"curv\0\0\0\0" + struct.pack(">I", len(points)) + struct.pack(">1024H", *points)


def _description(text: str) -> bytes:
    ascii_ = text.encode("ascii") + b"\0"
    return (
        b"desc\0\0\0\0"
        + struct.pack(">I", len(ascii_))
        + ascii_
        + struct.pack(">II", 0, 0)  # no Unicode description
        + struct.pack(">HB", 0, 0)
        + bytes(67)  # no ScriptCode description
    )


@functools.cache
def srgb_profile() -> bytes:
    """An ICC v2 display profile of sRGB (matrix and tone curves), the same bytes every time."""
    curve = _curve()
    tags: list[tuple[bytes, bytes]] = [
        (b"desc", _description(SRGB)),
        (b"cprt", b"text\0\0\0\0" + b"No copyright, use freely.\0"),
        (b"wtpt", _xyz(_D50)),
        *((sig, _xyz(v)) for sig, v in _COLORANTS.items()),
        (b"rTRC", curve),
        (b"gTRC", curve),  # the three curves share one table
        (b"bTRC", curve),
    ]
    table_size = 4 + 12 * len(tags)
    offset = 128 + table_size
    entries, data, placed = [], b"", {}
    for sig, body in tags:
        if body not in placed:
            placed[body] = offset + len(data)
            data += body + bytes(-len(body) % 4)
        entries.append(struct.pack(">4sII", sig, placed[body], len(body)))
    size = 128 + table_size + len(data)
    header = (
        struct.pack(">I", size)
        + b"\0\0\0\0"  # no preferred CMM
        + struct.pack(">I", 0x02100000)  # version 2.1
        + b"mntrRGB XYZ "
        + struct.pack(">6H", 2026, 1, 1, 0, 0, 0)
        + b"acsp"
        + bytes(4 + 4 + 4 + 4 + 8)  # platform, flags, manufacturer, model, attributes
        + struct.pack(">I", 0)  # perceptual
        + b"".join(_s15(v) for v in _D50)
        + bytes(4 + 16 + 28)  # creator, profile id, reserved
    )
    assert len(header) == 128
    return header + struct.pack(">I", len(tags)) + b"".join(entries) + data


class _Metadata(PDFStream):  # type: ignore[misc]  # reportlab has no types
    """The XMP packet: written uncompressed (PDF/A forbids a filter on it) when the file is
    formatted, so that it repeats the document information exactly."""

    def __init__(self) -> None:
        super().__init__(PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}))

    def format(self, document: Any) -> bytes:
        content = document.encrypt.encode(xmp(document))
        dictionary = PDFDictionary(self.dictionary.dict.copy())
        dictionary["Length"] = len(content)
        head, body = pdf_format(dictionary, document), pdf_format(content, document)
        return bytes(head + b"\nstream\n" + body + b"endstream\n")


def _xmp_date(stamp: Any) -> str:
    y, mo, d, h, mi, s = stamp.YMDhms
    return f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}{stamp.dhh:+03d}:{abs(stamp.dmm):02d}"


def xmp(document: Any) -> bytes:
    """The XMP packet of `document` (a reportlab PDFDocument): pdfaid part 2, conformance B,
    and the title, author, subject, keywords, tools and dates of its information dictionary."""
    info = document.info
    date = _xmp_date(document._timeStamp)

    def alt(text: str) -> str:
        return f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(text)}</rdf:li></rdf:Alt>'

    packet = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:format>application/pdf</dc:format>
<dc:title>{alt(info.title)}</dc:title>
<dc:creator><rdf:Seq><rdf:li>{escape(info.author)}</rdf:li></rdf:Seq></dc:creator>
<dc:description>{alt(info.subject)}</dc:description>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
<xmp:CreatorTool>{escape(info.creator)}</xmp:CreatorTool>
<xmp:CreateDate>{date}</xmp:CreateDate><xmp:ModifyDate>{date}</xmp:ModifyDate>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<pdf:Producer>{escape(info.producer)}</pdf:Producer><pdf:Keywords>{escape(info.keywords)}</pdf:Keywords>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return packet.encode("utf-8")


def make_pdfa(document: Any) -> None:
    """Adds the output intent and the XMP metadata to `document`'s catalog (before it is
    saved)."""
    profile = PDFStream(PDFDictionary({"N": 3}), srgb_profile())
    intent = PDFDictionary(
        {
            "Type": PDFName("OutputIntent"),
            "S": PDFName("GTS_PDFA1"),
            "OutputConditionIdentifier": PDFString(SRGB),
            "Info": PDFString(SRGB),
            "DestOutputProfile": document.Reference(profile),
        }
    )
    catalog = document.Catalog
    catalog.Metadata = _Metadata()
    catalog.OutputIntents = PDFArray([intent])
    # reportlab's catalog writes only the keys its class lists: OutputIntents is added.
    listed = catalog.__NoDefault__
    if "OutputIntents" not in listed:
        catalog.__NoDefault__ = [*listed, "OutputIntents"]
