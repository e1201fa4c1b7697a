"""The A4 page every document is printed on: bundled Cyrillic fonts (DejaVu Serif, never
downloaded), the centre's name and address at the top, «Сторінка N з M» at the foot, «КОПІЯ»
across a reprint, and reportlab's invariant mode so that the same data makes the same bytes;
every file is PDF/A-2b as far as reportlab allows (`pdfa`).

`build_pdf` lays out flowables in one frame; tables split across pages with their header rows
repeated (`table(...)`), and every cell is a Paragraph, so long values wrap, never overflow.
"""

from __future__ import annotations

import functools
import gc
import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
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

from socdesk.documents.pdfa import make_pdfa
from socdesk.paths import DOCUMENT_FONTS, resources_dir

PAGE = A4
LEFT, RIGHT, TOP, BOTTOM = 25 * mm, 12 * mm, 22 * mm, 18 * mm  # left wider: documents are filed
FONT, BOLD, ITALIC = "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"
SYMBOLS = "DejaVuSans"  # the serif face lacks some symbols (☐)
BODY_SIZE = 11
GRID = colors.Color(0.35, 0.35, 0.35)
CELL_PADDING = 3  # left and right of a cell's text
TABLE_PADDING = 3  # reportlab's default above and below it


@functools.cache
def register_fonts() -> None:
    """The bundled TTFs, registered once per process (reportlab's own fonts lack Cyrillic)."""
    folder = resources_dir() / "fonts"
    for name in (FONT, BOLD, ITALIC, SYMBOLS):
        file = DOCUMENT_FONTS[name]
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
        "cell_small": ParagraphStyle("cell_small", parent=body, fontSize=8, leading=9.6),
        "cell_small_bold": ParagraphStyle(
            "cell_small_bold", parent=body, fontName=BOLD, fontSize=8, leading=9.6
        ),
        "cell_tiny_bold": ParagraphStyle(  # the header of a table with many columns
            "cell_tiny_bold", parent=body, fontName=BOLD, fontSize=7, leading=8.4
        ),
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
        "heading": ParagraphStyle(  # never the last line of a page: kept with what follows
            "heading", parent=body, fontName=BOLD, spaceBefore=8, spaceAfter=3, keepWithNext=1
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
    *,
    small: bool = False,
    right: Sequence[int] = (),
    head_style: str = "",
) -> Flowable:
    """A grid table that splits across pages with its header repeated. A cell that fits its
    column is drawn as plain text; one that does not becomes a Paragraph and wraps; a
    Paragraph given (a total in bold) is drawn as it is. `small`
    sets registers' 8-point type; the columns in `right` (numbers) are aligned right;
    `head_style` names the header's style if not the usual."""
    s = styles()
    cell = s["cell_small"] if small else s["cell"]
    head_style = head_style or ("cell_small_bold" if small else "cell_bold")
    head = [Paragraph(esc(h), s[head_style]) for h in header]
    body: list[list[Any]] = []
    for row in rows:
        line: list[Any] = []
        for value, width in zip(row, widths, strict=True):
            if isinstance(value, Paragraph):
                line.append(value)
                continue
            text = "" if value is None else str(value)
            fits = "\n" not in text and (
                stringWidth(text, cell.fontName, cell.fontSize) <= width - 2 * CELL_PADDING
            )
            line.append(text if fits else Paragraph(esc(text), cell))
        body.append(line)
    return _PagedTable(head, body, list(widths), cell, right=tuple(right))


def _grid(
    data: list[list[Any]], widths: list[float], cell: ParagraphStyle, right: tuple[int, ...] = ()
) -> Table:
    result = Table(data, colWidths=widths, repeatRows=1, splitByRow=True)
    for column in right:
        result.setStyle(TableStyle([("ALIGN", (column, 1), (column, -1), "RIGHT")]))
    result.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
                # Every cell, the header's too: a cell without a font is set in Helvetica,
                # which reportlab never embeds.
                ("FONT", (0, 0), (-1, -1), cell.fontName, cell.fontSize, cell.leading),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ]
        )
    )
    return result


class _PagedTable(Flowable):  # type: ignore[misc]  # reportlab has no types
    """A long table laid out a page at a time from row heights measured once.

    reportlab's own Table measures every remaining row again at each page it splits off, so
    a 40-page register wrapped each cell ~20 times. This one measures each row once and hands
    the frame a plain Table of the rows that fit, with the header on top."""

    def __init__(
        self,
        header: list[Any],
        rows: list[list[Any]],
        widths: list[float],
        cell: ParagraphStyle,
        heights: list[float] | None = None,
        right: tuple[int, ...] = (),
    ) -> None:
        super().__init__()
        self._header, self._rows, self._widths, self._cell = header, rows, widths, cell
        self._right = right
        self._heights = heights
        self._head_height = 0.0

    def _measure(self) -> list[float]:
        if self._heights is None:
            self._head_height = _row_height(self._header, self._widths, self._cell)
            self._heights = [_row_height(row, self._widths, self._cell) for row in self._rows]
        else:
            self._head_height = self._head_height or _row_height(
                self._header, self._widths, self._cell
            )
        return self._heights

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        heights = self._measure()
        return sum(self._widths), self._head_height + sum(heights)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        heights = self._measure()
        used, fit = self._head_height, 0
        for height in heights:
            if used + height > avail_height:
                break
            used += height
            fit += 1
        if fit == 0:
            return []  # not even one row here: the frame moves on to the next page
        head = _grid([self._header, *self._rows[:fit]], self._widths, self._cell, self._right)
        rest = _PagedTable(
            self._header, self._rows[fit:], self._widths, self._cell, heights[fit:], self._right
        )
        return [head, rest] if self._rows[fit:] else [head]

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        table = _grid([self._header, *self._rows], self._widths, self._cell, self._right)
        table.wrapOn(canvas, sum(self._widths), self._head_height + sum(self._measure()))
        table.drawOn(canvas, x, y, _sW)


def _row_height(row: Sequence[Any], widths: Sequence[float], cell: ParagraphStyle) -> float:
    """A row's height as Table lays it out: the tallest cell plus the cell padding."""
    leading = cell.leading
    tallest = float(leading)
    for value, width in zip(row, widths, strict=True):
        if isinstance(value, Paragraph):
            tallest = max(tallest, float(value.wrap(width - 2 * CELL_PADDING, 10_000)[1]))
    return tallest + 2 * TABLE_PADDING


def content_width(pagesize: tuple[float, float] = PAGE) -> float:
    return float(pagesize[0] - LEFT - RIGHT)


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
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, BODY_SIZE),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("TOPPADDING", (0, 0), (-1, -1), 14),
            ]
        )
    )
    return KeepTogether([Spacer(1, 6 * mm), signed])


@dataclass(frozen=True, slots=True)
class Letterhead:
    """The centre's name, address and logo at the top of every page."""

    centre: str
    address: str = ""
    logo: bytes | None = None  # PNG or JPEG


class _NumberedCanvas(canvas.Canvas):  # type: ignore[misc]  # reportlab has no types
    """Holds each page until the end, so the foot can say «Сторінка N з M». One canvas may
    take several documents in turn (a batch in one file): each is numbered on its own and
    carries its own letterhead and copy mark."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        # Per document: the index of its first page, its letterhead, whether it is a copy
        # (given by PdfBuilder before the save).
        self.documents: list[tuple[int, Letterhead, bool]] = []

    @property
    def page_count(self) -> int:
        return len(self._pages)

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        starts = [d[0] for d in self.documents] + [len(self._pages)]
        for n, (first, head, copy) in enumerate(self.documents):
            total = starts[n + 1] - first
            for index in range(first, starts[n + 1]):
                self.__dict__.update(self._pages[index])
                self._decorate(index - first + 1, total, head, copy)
                super().showPage()
        make_pdfa(self._doc)
        super().save()

    def _decorate(self, number: int, total: int, head: Letterhead, copy: bool) -> None:
        width, height = self._pagesize  # a report's landscape pages too
        self.setFont(FONT, 8)
        self.setFillColor(colors.Color(0.3, 0.3, 0.3))
        x = LEFT
        if head.logo:
            image = ImageReader(io.BytesIO(head.logo))
            w, h = image.getSize()
            logo_height = 11 * mm
            logo_width = min(w * logo_height / h, 40 * mm)
            self.drawImage(
                image, LEFT, height - 16 * mm, logo_width, logo_height,
                preserveAspectRatio=True, mask="auto",
            )  # fmt: skip
            x += logo_width + 3 * mm
        self.drawString(x, height - 12 * mm, head.centre[:110])
        if head.address:
            self.drawString(x, height - 15.5 * mm, head.address[:130])
        self.drawRightString(width - RIGHT, 10 * mm, f"Сторінка {number} з {total}")
        if copy:
            self.saveState()
            self.setFont(BOLD, 64)
            self.setFillColor(colors.Color(0.75, 0.75, 0.75, alpha=0.35))
            self.translate(width / 2, height / 2)
            self.rotate(45)
            self.drawCentredString(0, 0, "КОПІЯ")
            self.restoreState()


class PdfBuilder:
    """Draws documents one after another into one PDF (one document, or a whole batch in one
    file, each numbered on its own). Invariant: the same stories give the same bytes."""

    def __init__(self, title: str, author: str) -> None:
        register_fonts()
        self._out = io.BytesIO()
        self._title, self._author = title, author
        self._canvas: _NumberedCanvas | None = None
        self._documents: list[tuple[int, Letterhead, bool]] = []

    def _maker(self, *args: Any, **kwargs: Any) -> _NumberedCanvas:
        if self._canvas is None:
            self._canvas = _NumberedCanvas(*args, **kwargs)
        return self._canvas

    def add(
        self,
        story: list[Flowable],
        letterhead: Letterhead,
        *,
        copy: bool = False,
        pagesize: tuple[float, float] = PAGE,
    ) -> range:
        """Draws one document (on landscape pages if `pagesize` says so); returns its pages
        (0-based) in the file."""
        first = self._canvas.page_count if self._canvas is not None else 0
        doc = BaseDocTemplate(
            self._out,
            pagesize=pagesize,
            leftMargin=LEFT,
            rightMargin=RIGHT,
            topMargin=TOP,
            bottomMargin=BOTTOM,
            title=self._title,
            author=self._author,
            subject=self._title,
            creator="SocDesk",
            invariant=1,
            # reportlab's canvas starts in Helvetica, which it never embeds: every page starts
            # in the embedded serif instead, so no font is referenced that is not in the file.
            initialFontName=FONT,
        )
        frame = Frame(LEFT, BOTTOM, content_width(pagesize), pagesize[1] - TOP - BOTTOM, id="body")
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        doc._doSave = 0  # reportlab's switch: the shared canvas is saved once, in pdf()
        self._documents.append((first, letterhead, copy))
        doc.build(story, canvasmaker=self._maker)
        # A drawn document leaves reference cycles (reportlab's flowables and templates):
        # collected young, they never pile up for a full collection, which holds the GIL (and
        # a window, while a worker draws a batch) for 100 ms and more.
        gc.collect(1)
        assert self._canvas is not None
        return range(first, self._canvas.page_count)

    def pdf(self) -> bytes:
        if self._canvas is None:
            raise ValueError("no document was drawn")
        self._canvas.documents = self._documents
        self._canvas.save()
        return self._out.getvalue()


def build_pdf(
    story: list[Flowable],
    title: str,
    letterhead: Letterhead,
    *,
    copy: bool = False,
    pagesize: tuple[float, float] = PAGE,
) -> bytes:
    """One document as PDF bytes."""
    builder = PdfBuilder(title, letterhead.centre)
    builder.add(story, letterhead, copy=copy, pagesize=pagesize)
    return builder.pdf()
