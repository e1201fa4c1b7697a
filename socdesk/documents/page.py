"""The A4 page every document is printed on: bundled Cyrillic fonts (DejaVu Serif, never
downloaded), the centre's name and address at the top, «Сторінка N з M» at the foot, «КОПІЯ»
across a reprint, and reportlab's invariant mode so that the same data makes the same bytes.

`build_pdf` lays out flowables in one frame; tables split across pages with their header rows
repeated (`table(...)`), and every cell is a Paragraph, so long values wrap, never overflow.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from socdesk.paths import resources_dir

PAGE = A4
LEFT, RIGHT, TOP, BOTTOM = 25 * mm, 12 * mm, 22 * mm, 18 * mm  # left wider: documents are filed
FONT, BOLD, ITALIC = "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"
SYMBOLS = "DejaVuSans"  # the serif face lacks some symbols (☐)
BODY_SIZE = 11
GRID = colors.Color(0.35, 0.35, 0.35)


@functools.cache
def register_fonts() -> None:
    """The bundled TTFs, registered once per process (reportlab's own fonts lack Cyrillic)."""
    folder = resources_dir() / "fonts"
    for name, file in (
        (FONT, "DejaVuSerif.ttf"),
        (BOLD, "DejaVuSerif-Bold.ttf"),
        (ITALIC, "DejaVuSerif-Italic.ttf"),
        (SYMBOLS, "DejaVuSans.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD)
    pdfmetrics.registerFontFamily(
        SYMBOLS, normal=SYMBOLS, bold=SYMBOLS, italic=SYMBOLS, boldItalic=SYMBOLS
    )


@functools.cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=BODY_SIZE, leading=BODY_SIZE * 1.3)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=10.5),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9.5, leading=11.5),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=body, fontName=BOLD, fontSize=9.5, leading=11.5
        ),
        "title": ParagraphStyle(
            "title",
            parent=body,
            fontName=BOLD,
            fontSize=13,
            leading=16,
            alignment=TA_CENTER,
            spaceBefore=4,
            spaceAfter=8,
        ),
        "subtitle": ParagraphStyle("subtitle", parent=body, alignment=TA_CENTER, spaceAfter=8),
        "heading": ParagraphStyle(
            "heading", parent=body, fontName=BOLD, spaceBefore=8, spaceAfter=3
        ),
        "right": ParagraphStyle("right", parent=body, alignment=TA_RIGHT),
    }


def esc(text: object) -> str:
    """Text for a Paragraph: its markup characters escaped, line breaks kept."""
    value = "" if text is None else str(text)
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return value.replace("\n", "<br/>")


BOX = f'<font name="{SYMBOLS}">☐</font>'  # a box to tick on a blank form


def para(text: object, style: str = "body") -> Paragraph:
    return Paragraph(esc(text), styles()[style])


def markup(text: str, style: str = "body") -> Paragraph:
    """A paragraph whose text already holds reportlab markup (bold labels); values in it must
    have gone through `esc`."""
    return Paragraph(text, styles()[style])


def field(label: str, value: object) -> Paragraph:
    """«Label: value» with the label in bold."""
    return markup(f"<b>{esc(label)}:</b> {esc(value) or '—'}")


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
) -> Table:
    """A grid table that splits across pages with its header repeated; every cell wraps."""
    s = styles()
    data: list[list[Any]] = [[Paragraph(esc(h), s["cell_bold"]) for h in header]]
    data += [[Paragraph(esc(v), s["cell"]) for v in row] for row in rows]
    result = Table(data, colWidths=list(widths), repeatRows=1, splitByRow=True)
    result.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return result


def content_width() -> float:
    return float(PAGE[0] - LEFT - RIGHT)


def signatures(rows: Sequence[tuple[str, str]]) -> Flowable:
    """Signature blocks: who signs (position), a line for the signature, the name."""
    s = styles()
    width = content_width()
    data = [
        [
            Paragraph(esc(role), s["cell"]),
            Paragraph("____________________", s["cell"]),
            Paragraph(esc(name), s["cell"]),
        ]
        for role, name in rows
    ]
    signed = Table(data, colWidths=[width * 0.42, width * 0.28, width * 0.30])
    signed.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("TOPPADDING", (0, 0), (-1, -1), 14)])
    )
    return KeepTogether([Spacer(1, 6 * mm), signed])


@dataclass(frozen=True, slots=True)
class Letterhead:
    """The centre's name and address at the top of every page."""

    centre: str
    address: str = ""


class _NumberedCanvas(canvas.Canvas):  # type: ignore[misc]  # reportlab has no types
    """Holds each page until the end, so the foot can say «Сторінка N з M»."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._letterhead: Letterhead | None = None
        self._copy = False

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._decorate(total)
            super().showPage()
        super().save()

    def _decorate(self, total: int) -> None:
        width, height = PAGE
        self.setFont(FONT, 8)
        self.setFillColor(colors.Color(0.3, 0.3, 0.3))
        head = self._letterhead
        if head is not None:
            self.drawString(LEFT, height - 12 * mm, head.centre[:120])
            if head.address:
                self.drawString(LEFT, height - 15.5 * mm, head.address[:140])
        self.drawRightString(width - RIGHT, 10 * mm, f"Сторінка {self._pageNumber} з {total}")
        if self._copy:
            self.saveState()
            self.setFont(BOLD, 64)
            self.setFillColor(colors.Color(0.75, 0.75, 0.75, alpha=0.35))
            self.translate(width / 2, height / 2)
            self.rotate(45)
            self.drawCentredString(0, 0, "КОПІЯ")
            self.restoreState()


def build_pdf(
    story: list[Flowable], title: str, letterhead: Letterhead, *, copy: bool = False
) -> bytes:
    """The document as PDF bytes (invariant: the same story gives the same bytes)."""
    register_fonts()
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=PAGE,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=title,
        author=letterhead.centre,
        creator="SocDesk",
        invariant=1,
    )
    frame = Frame(LEFT, BOTTOM, content_width(), PAGE[1] - TOP - BOTTOM, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    def maker(*args: Any, **kwargs: Any) -> _NumberedCanvas:
        made = _NumberedCanvas(*args, **kwargs)
        made._letterhead = letterhead
        made._copy = copy
        return made

    doc.build(story, canvasmaker=maker)
    return out.getvalue()
