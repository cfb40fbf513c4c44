"""Word (.docx) -> report text (the ``docx`` extra, python-docx).

Paragraphs in document order; a paragraph in a Word heading style (or with an
outline level) becomes a Markdown ``#`` line, so the section structure comes
from the document; tables are flattened one row a paragraph, as a Markdown
table row (``| 指标 | 2025年目标 |``: the leading bar keeps ``clean`` from
joining rows as if a page had cut them), and a one-column layout table is read
as ordinary paragraphs.

The text is what Word shows: paragraphs and runs are read through content
controls, fields, smart tags, custom XML and tracked insertions (tracked
deletions are left out), and a text box after the paragraph it is drawn in;
python-docx alone reads none of these. Imported content Word has not converted
(``w:altChunk``) is refused rather than left out.
"""

from __future__ import annotations

import io
import lzma
import re
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from typing import Any

from diffreport.errors import InputError
from diffreport.reading.cjk import unify_ideographs
from diffreport.reading.formats import Extracted, missing_extra
from diffreport.reading.limits import container_bytes, over_limit, xml_bytes

_HEADING_STYLE = re.compile(r"\A(?:heading|标题)\s*(\d)\Z", re.IGNORECASE)


def extract_docx(name: str, data: bytes, limit: int) -> Extracted:
    """Report text of a Word document: headings as Markdown ``#`` lines, tables flattened.

    The archive is checked before python-docx unpacks it: its parts may not unpack
    to more than the size limit allows (``reading.limits``), checked on the sizes the
    archive declares and again while inflating (a declared size can lie). Text
    beyond ``limit`` characters is refused as it is read.
    """
    try:
        import docx
    except ImportError:
        raise missing_extra(name, "Word (.docx)", "docx") from None
    _check_unpacked_size(name, data, limit)
    try:
        document = docx.Document(io.BytesIO(data))
        blocks: list[str] = []
        size = 0
        for block in _docx_blocks(_inside(document.element.body, _BLOCKS), document, {}):
            size += len(block) + 2
            if size > limit + 2:
                raise over_limit(name, f"more than {limit:,} characters", limit)
            blocks.append(block)
    except InputError:
        raise
    except _Unreadable as error:
        raise InputError(name, str(error)) from None
    except Exception as error:  # python-docx and lxml raise many types for broken files
        raise InputError(
            name, f"is not a readable Word document ({type(error).__name__}: {error})"[:300]
        ) from None
    text = "\n\n".join(block for block in blocks if block.strip())
    return Extracted(unify_ideographs(text), "docx")


def _check_unpacked_size(name: str, data: bytes, limit: int) -> None:
    """Refuse a Word file whose parts unpack to more than the limit allows (a zip bomb)."""
    xml_cap = xml_bytes(limit)
    total_cap = container_bytes(limit)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            xml = [info for info in infos if _is_xml(info.filename)]
            declared_xml = sum(info.file_size for info in xml)
            declared = sum(info.file_size for info in infos)
            if declared_xml > xml_cap:
                raise over_limit(
                    name, f"a Word file whose XML unpacks to {declared_xml:,} bytes", limit
                )
            if declared > total_cap:
                raise over_limit(
                    name, f"a Word file whose parts unpack to {declared:,} bytes", limit
                )
            inflated = 0
            for info in xml:  # the XML python-docx parses, inflated with a cap
                try:
                    inflated += _inflate(archive, info, xml_cap - inflated)
                except _DAMAGED as error:
                    detail = f"is a damaged Word (.docx) file: {info.filename} does not unpack"
                    raise InputError(name, f"{detail} ({error})"[:300]) from None
                if inflated > xml_cap:
                    amount = f"a Word file whose XML unpacks to more than {xml_cap:,} bytes"
                    raise over_limit(name, amount, limit)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as error:
        raise InputError(
            name, f"is not a readable Word document ({type(error).__name__}: {error})"[:300]
        ) from None


#: what unpacking a damaged archive member raises: a bad CRC, a cut or corrupt deflate
#: (or bzip2, LZMA) stream, an encrypted member (RuntimeError)
_DAMAGED = (
    zipfile.BadZipFile,
    zlib.error,
    lzma.LZMAError,
    OSError,
    EOFError,
    ValueError,
    NotImplementedError,
    RuntimeError,
)


def _inflate(archive: zipfile.ZipFile, info: zipfile.ZipInfo, most: int) -> int:
    """The bytes an archive member unpacks to, read a MiB at a time, up to past ``most``."""
    size = 0
    with archive.open(info) as member:
        while size <= most and (chunk := member.read(1 << 20)):
            size += len(chunk)
    return size


def _is_xml(part: str) -> bool:
    """Whether an archive member is XML that python-docx parses."""
    return part.endswith((".xml", ".rels"))


#: heading level (or None) by paragraph style id, None the default style: python-docx
#: finds a paragraph's style by scanning every style of the document
_Levels = dict[str | None, int | None]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_MATH = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_P, _TBL, _TR, _TC, _R = (f"{_W}{tag}" for tag in ("p", "tbl", "tr", "tc", "r"))
_TEXT_BOX, _ALT_CHUNK = f"{_W}txbxContent", f"{_W}altChunk"
_BLOCKS = frozenset((_P, _TBL))
_ALTERNATE, _CHOICE, _FALLBACK = (
    f"{_MC}{tag}" for tag in ("AlternateContent", "Choice", "Fallback")
)
#: elements around content of the current document, at any level (blocks, rows, cells,
#: runs): read through. python-docx reads only w:p and w:tbl children of a container
#: and w:r and w:hyperlink of a paragraph, so the text in these was lost. A tracked
#: insertion (w:ins, w:moveTo) is in the document; a tracked deletion (w:del,
#: w:moveFrom) is not, and is not among them.
_WRAPPERS = frozenset(
    f"{_W}{tag}"
    for tag in "sdt sdtContent customXml ins moveTo smartTag fldSimple hyperlink bdo dir".split()
)
#: the children of a run that python-docx turns into text (w:t, a tab, a line break ...)
_RUN_TEXT = frozenset(f"{_W}{tag}" for tag in "t tab br cr noBreakHyphen ptab".split())
#: children of a run that may hold a text box (w:txbxContent)
_DRAWINGS = frozenset((f"{_W}drawing", f"{_W}pict", f"{_W}object", _ALTERNATE))
_MATH_ZONES = frozenset((f"{_MATH}oMath", f"{_MATH}oMathPara"))
_RUNS = frozenset((_R, *_MATH_ZONES))


class _Unreadable(Exception):
    """Content of a Word file that this reader cannot turn into text."""


def _inside(element: Any, wanted: frozenset[str]) -> Iterator[Any]:
    """The descendants of ``element`` with a tag in ``wanted``, read through the wrappers.

    Not below a match; of an ``mc:AlternateContent`` only the branch a reader shows
    (its first ``mc:Choice``, else its ``mc:Fallback``), so no text is read twice.
    """
    stack: list[Iterator[Any]] = [iter(element)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif child.tag in wanted:
            yield child
        elif child.tag in _WRAPPERS:
            stack.append(iter(child))
        elif child.tag == _ALTERNATE:
            branch = _shown_branch(child)
            if branch is not None:
                stack.append(iter(branch))
        elif child.tag == _ALT_CHUNK:
            raise _Unreadable("holds imported content (w:altChunk) that cannot be read")


def _shown_branch(alternate: Any) -> Any:
    """The branch of an ``mc:AlternateContent`` read: the first ``mc:Choice``, else the fallback."""
    for tag in (_CHOICE, _FALLBACK):
        branch = alternate.find(tag)
        if branch is not None:
            return branch
    return None


def _docx_blocks(elements: Iterable[Any], document: Any, levels: _Levels) -> Iterator[str]:
    """Paragraph and table texts in document order (``levels``: heading levels known).

    ``elements`` are ``w:p`` and ``w:tbl`` elements; a text box drawn in a paragraph
    is read after it.
    """
    for element in elements:
        if element.tag == _TBL:
            yield from _docx_table(element, document, levels)
            continue
        boxes: list[Any] = []
        text = _paragraph_text(element, boxes).replace("\t", " ")
        if text.strip():
            level = _docx_heading_level(element, document, levels)
            if level is not None:
                heading = " ".join(part.strip() for part in text.split("\n") if part.strip())
                yield "#" * level + " " + heading
            else:
                yield text.strip("\n")
        for box in boxes:
            yield from _docx_blocks(_inside(box, _BLOCKS), document, levels)


def _paragraph_text(paragraph: Any, boxes: list[Any]) -> str:
    """A paragraph's text as Word shows it; the text boxes drawn in it go to ``boxes``.

    Runs as python-docx reads them (``w:t``, tabs, line breaks), inside hyperlinks,
    content controls, fields, smart tags and tracked insertions too, and the base
    text of ruby (not its phonetic guide); equations by their characters.
    """
    parts: list[str] = []
    for item in _inside(paragraph, _RUNS):
        if item.tag != _R:
            parts.append("".join(node.text or "" for node in item.iter(f"{_MATH}t")))
            continue
        for child in item:
            if child.tag in _RUN_TEXT:
                parts.append(str(child))
            elif child.tag == f"{_W}ruby":
                base = child.find(f"{_W}rubyBase")
                if base is not None:
                    parts.append(_paragraph_text(base, boxes))
            elif child.tag in _DRAWINGS:
                boxes.extend(_inside_drawing(child))
    return "".join(parts)


def _inside_drawing(drawing: Any) -> Iterator[Any]:
    """The outermost text boxes (``w:txbxContent``) of a drawing, one branch of each alternate."""
    if drawing.tag == _ALTERNATE:
        drawing = _shown_branch(drawing)
        if drawing is None:
            return
    stack: list[Iterator[Any]] = [iter(drawing)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif child.tag == _TEXT_BOX:
            yield child
        elif child.tag == _ALTERNATE:
            branch = _shown_branch(child)
            if branch is not None:
                stack.append(iter(branch))
        else:
            stack.append(iter(child))


def _docx_heading_level(paragraph: Any, document: Any, levels: _Levels) -> int | None:
    """The outline level of a paragraph (1-6) from its heading style or outline level."""
    level = _outline_level(paragraph.pPr)
    if level is not None:
        return level
    style_id = paragraph.style
    if style_id not in levels:
        from docx.text.paragraph import Paragraph

        levels[style_id] = _style_level(Paragraph(paragraph, document).style)
    return levels[style_id]


def _style_level(style: Any) -> int | None:
    """The outline level a paragraph style (or the style it is based on) gives."""
    depth = 0
    while style is not None and depth < 10:
        name = str(style.name or "")
        found = _HEADING_STYLE.match(name.strip())
        if found:
            return min(max(int(found.group(1)), 1), 6)
        level = _outline_level(style.element.pPr)
        if level is not None:
            return level
        style = style.base_style
        depth += 1
    return None


def _outline_level(properties: Any) -> int | None:
    """``w:outlineLvl`` of paragraph properties as a heading level (None for body text)."""
    if properties is None:
        return None
    from docx.oxml.ns import qn

    element = properties.find(qn("w:outlineLvl"))
    if element is None:
        return None
    try:
        value = int(element.get(qn("w:val")))
    except (TypeError, ValueError):
        return None
    return value + 1 if 0 <= value <= 5 else None


def _docx_table(table: Any, document: Any, levels: _Levels) -> Iterator[str]:
    """A table one row a paragraph (``| a | b |``); a one-column table as paragraphs.

    Rows and cells are read through content controls and tracked insertions too; a
    cell merged with the one above reads as that cell, as python-docx has it.
    """
    rows: list[list[Any]] = []
    above: dict[int, Any] = {}  # grid column -> the cell holding its text in the row above
    for row in _inside(table, frozenset((_TR,))):
        cells: list[Any] = []
        column = row.grid_before
        here: dict[int, Any] = {}
        seen: set[int] = set()
        for cell in _inside(row, frozenset((_TC,))):
            span = max(1, cell.grid_span)
            if cell.vMerge == "continue":
                cell = above.get(column, cell)
            for offset in range(column, column + span):
                here[offset] = cell
            column += span
            if id(cell) not in seen:  # a cell spanning columns (or rows) is read once a row
                seen.add(id(cell))
                cells.append(cell)
        above = here
        rows.append(cells)
    if all(len(cells) <= 1 for cells in rows):
        for cells in rows:
            for cell in cells:
                yield from _docx_blocks(_inside(cell, _BLOCKS), document, levels)
        return
    for cells in rows:
        texts = [
            " ".join(_docx_blocks(_inside(cell, _BLOCKS), document, levels)).strip()
            for cell in cells
        ]
        line = " | ".join(text.replace("\n", " ") for text in texts if text)
        if line:
            yield f"| {line} |"
