"""Word (.docx) -> report text (the ``docx`` extra, python-docx).

Paragraphs in document order; a paragraph in a Word heading style (or with an
outline level) becomes a Markdown ``#`` line, so the section structure comes
from the document; tables are flattened one row a paragraph, as a Markdown
table row (``| 指标 | 2025年目标 |``: the leading bar keeps ``clean`` from
joining rows as if a page had cut them), and a one-column layout table is read
as ordinary paragraphs.
"""

from __future__ import annotations

import io
import re
import zipfile
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
        for block in _docx_blocks(document.iter_inner_content(), {}):
            size += len(block) + 2
            if size > limit + 2:
                raise over_limit(name, f"more than {limit:,} characters", limit)
            blocks.append(block)
    except InputError:
        raise
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
                with archive.open(info) as member:
                    while chunk := member.read(1 << 20):
                        inflated += len(chunk)
                        if inflated > xml_cap:
                            amount = f"a Word file whose XML unpacks to more than {xml_cap:,} bytes"
                            raise over_limit(name, amount, limit)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as error:
        raise InputError(
            name, f"is not a readable Word document ({type(error).__name__}: {error})"[:300]
        ) from None


def _is_xml(part: str) -> bool:
    """Whether an archive member is XML that python-docx parses."""
    return part.endswith((".xml", ".rels"))


#: heading level (or None) by paragraph style id, None the default style: python-docx
#: finds a paragraph's style by scanning every style of the document
_Levels = dict[str | None, int | None]


def _docx_blocks(items: Iterable[Any], levels: _Levels) -> Iterator[str]:
    """Paragraph and table texts in document order (``levels``: heading levels known)."""
    from docx.table import Table

    for item in items:
        if isinstance(item, Table):
            yield from _docx_table(item, levels)
            continue
        text = item.text.replace("\t", " ")
        if not text.strip():
            continue
        level = _docx_heading_level(item, levels)
        if level is not None:
            heading = " ".join(part.strip() for part in text.split("\n") if part.strip())
            yield "#" * level + " " + heading
        else:
            yield text.strip("\n")


def _docx_heading_level(paragraph: Any, levels: _Levels) -> int | None:
    """The outline level of a paragraph (1-6) from its heading style or outline level."""
    level = _outline_level(paragraph._p.pPr)
    if level is not None:
        return level
    style_id = paragraph._p.style
    if style_id not in levels:
        levels[style_id] = _style_level(paragraph.style)
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


def _docx_table(table: Any, levels: _Levels) -> Iterator[str]:
    """A table one row a paragraph (``| a | b |``); a one-column table as paragraphs."""
    rows: list[list[Any]] = []
    for row in table.rows:
        cells: list[Any] = []
        seen: set[int] = set()
        for cell in row.cells:  # a merged cell is listed once per grid column it spans
            if id(cell._tc) not in seen:
                seen.add(id(cell._tc))
                cells.append(cell)
        rows.append(cells)
    if all(len(cells) <= 1 for cells in rows):
        for cells in rows:
            for cell in cells:
                yield from _docx_blocks(cell.iter_inner_content(), levels)
        return
    for cells in rows:
        texts = [
            " ".join(_docx_blocks(cell.iter_inner_content(), levels)).strip() for cell in cells
        ]
        line = " | ".join(text.replace("\n", " ") for text in texts if text)
        if line:
            yield f"| {line} |"
