"""Reading Word files: text python-docx leaves out, and broken archives.

The fixtures are Word files written by python-docx into ``tmp_path`` with the
markup Word itself writes (tracked changes, content controls, fields, smart
tags, text boxes) put in with lxml.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import diffreport
from diffreport.cli import main
from diffreport.errors import InputError
from diffreport.reading import read_source

from .conftest import corpus
from .make_fixtures import write_docx

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NAMESPACES = (
    f'xmlns:w="{W}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"'
)


def run(text: str) -> str:
    return f"<w:r><w:t>{text}</w:t></w:r>"


def deleted(text: str) -> str:
    return f'<w:del w:id="9" w:author="审校"><w:r><w:delText>{text}</w:delText></w:r></w:del>'


def inserted(text: str) -> str:
    return f'<w:ins w:id="8" w:author="审校">{run(text)}</w:ins>'


def text_box(paragraphs: str) -> str:
    """A text box as Word 2010+ writes it: DrawingML, with a VML copy as the fallback."""
    content = f"<w:txbxContent>{paragraphs}</w:txbxContent>"
    return (
        "<w:r><mc:AlternateContent>"
        f'<mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>{content}'
        "</wps:txbx></wps:wsp></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox>{content}</v:textbox></v:shape></w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r>"
    )


def word_file(path: Path, *blocks: str) -> Path:
    """A Word file whose body holds ``blocks`` (WordprocessingML, without namespaces)."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    body = document.element.body
    for block in blocks:
        wrapper = parse_xml(f"<w:body {NAMESPACES}>{block}</w:body>")
        for element in list(wrapper):
            body.sectPr.addprevious(element)
    document.save(str(path))
    return path


def texts(path: Path) -> list[str]:
    return read_source(path)[0].split("\n\n")


def test_tracked_insertions_are_read_and_tracked_deletions_are_not(tmp_path: Path) -> None:
    # python-docx reads only w:r and w:hyperlink of a paragraph: the text a reviewer
    # inserted (changes not yet accepted) was lost without a word
    path = word_file(
        tmp_path / "a.docx",
        f"<w:p>{run('赤字率')}{deleted('3%')}{inserted('拟按4%左右安排')}{run('。')}</w:p>",
        f'<w:p><w:moveTo w:id="7" w:author="审校">{run("粮食产量1.3万亿斤以上。")}</w:moveTo>'
        f'<w:moveFrom w:id="6" w:author="审校">{run("旧位置的文字。")}</w:moveFrom></w:p>',
    )
    assert texts(path) == ["赤字率拟按4%左右安排。", "粮食产量1.3万亿斤以上。"]


def test_content_controls_fields_smart_tags_and_custom_xml_are_read(tmp_path: Path) -> None:
    path = word_file(
        tmp_path / "a.docx",
        f"<w:sdt><w:sdtPr><w:alias w:val='正文'/></w:sdtPr><w:sdtContent>"
        f"<w:p>{run('内容控件中的段落。')}</w:p><w:tbl><w:tr>"
        f"<w:tc><w:p>{run('指标')}</w:p></w:tc><w:tc><w:p>{run('目标')}</w:p></w:tc>"
        "</w:tr></w:tbl></w:sdtContent></w:sdt>",
        f"<w:p>{run('字段前，')}<w:fldSimple w:instr='DATE'>{run('专项债券4.4万亿元')}"
        f"</w:fldSimple><w:sdt><w:sdtContent>{run('，特别国债')}</w:sdtContent></w:sdt>"
        f"<w:smartTag w:uri='u' w:element='e'>{run('5000亿元')}</w:smartTag>"
        f"<w:customXml w:element='x'>{run('。')}</w:customXml></w:p>",
        f"<w:customXml w:element='section'><w:p>{run('自定义标记中的段落。')}</w:p></w:customXml>",
    )
    assert texts(path) == [
        "内容控件中的段落。",
        "| 指标 | 目标 |",
        "字段前，专项债券4.4万亿元，特别国债5000亿元。",
        "自定义标记中的段落。",
    ]


def test_text_boxes_are_read_once_after_their_paragraph(tmp_path: Path) -> None:
    inner = text_box(f"<w:p>{run('框中之框。')}</w:p>")
    path = word_file(
        tmp_path / "a.docx",
        f"<w:p>{run('正文，')}"
        + text_box(f"<w:p>{run('文本框：中央预算内投资7350亿元。')}</w:p><w:p>{inner}</w:p>")
        + f"{run('正文续。')}</w:p>",
        "<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>"
        f"<w:p>{run('只有VML的文本框。')}</w:p></w:txbxContent></v:textbox></v:shape></w:pict>"
        "</w:r></w:p>",
    )
    assert texts(path) == [
        "正文，正文续。",
        "文本框：中央预算内投资7350亿元。",
        "框中之框。",
        "只有VML的文本框。",
    ]


def test_ruby_and_equations_keep_their_text(tmp_path: Path) -> None:
    path = word_file(
        tmp_path / "a.docx",
        f"<w:p>{run('推进')}<w:r><w:ruby><w:rt>{run('tuo')}</w:rt>"
        f"<w:rubyBase>{run('拓')}</w:rubyBase></w:ruby></w:r>{run('展。')}</w:p>",
        f"<w:p>{run('增速')}<m:oMath><m:r><m:t>g=5%</m:t></m:r></m:oMath>{run('。')}</w:p>",
    )
    assert texts(path) == ["推进拓展。", "增速g=5%。"]


def test_rows_in_content_controls_and_merged_cells(tmp_path: Path) -> None:
    def cell(text: str, merge: str = "") -> str:
        return f"<w:tc><w:tcPr>{merge}</w:tcPr><w:p>{run(text) if text else ''}</w:p></w:tc>"

    restart, below = '<w:vMerge w:val="restart"/>', "<w:vMerge/>"
    path = word_file(
        tmp_path / "a.docx",
        "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
        f"<w:tr>{cell('指标')}{cell('目标')}</w:tr>"
        f"<w:tr>{cell('增长', restart)}{cell('5%左右')}</w:tr>"
        f"<w:sdt><w:sdtContent><w:tr>{cell('', below)}{cell('与上年持平')}</w:tr>"
        "</w:sdtContent></w:sdt>"
        f"<w:tr><w:sdt><w:sdtContent>{cell('就业')}</w:sdtContent></w:sdt>"
        f"<w:customXml w:element='c'>{cell('1200万人')}</w:customXml></w:tr></w:tbl>",
    )
    assert texts(path) == [
        "| 指标 | 目标 |",
        "| 增长 | 5%左右 |",
        "| 增长 | 与上年持平 |",  # a cell merged with the one above reads as that cell
        "| 就业 | 1200万人 |",
    ]


def _track_every_change(document: Any) -> None:
    """Put each paragraph's runs in a tracked insertion next to a tracked deletion, and
    every third paragraph in a content control: a draft with its changes unaccepted."""
    from docx.oxml import parse_xml

    body = document.element.body
    for number, paragraph in enumerate(list(body.iterchildren(f"{{{W}}}p"))):
        insertion = parse_xml(f'<w:ins {NAMESPACES} w:id="{number}" w:author="审校"/>')
        for element in paragraph.findall(f"{{{W}}}r"):
            insertion.append(element)
        paragraph.append(parse_xml(f"<w:x {NAMESPACES}>{deleted('删去的旧提法。')}</w:x>")[0])
        paragraph.append(insertion)
        if number % 3 == 0:
            control = parse_xml(f"<w:sdt {NAMESPACES}><w:sdtContent/></w:sdt>")
            paragraph.addprevious(control)
            control[0].append(paragraph)


@pytest.mark.corpus
def test_a_report_with_unaccepted_changes_reads_as_the_accepted_one(tmp_path: Path) -> None:
    import docx

    text = corpus("cn-state-council/2025.txt").read_text("utf-8")
    accepted = write_docx(text, tmp_path / "accepted.docx")
    document = docx.Document(str(accepted))
    _track_every_change(document)
    tracked = tmp_path / "tracked.docx"
    document.save(str(tracked))

    expected = diffreport.load(accepted)
    loaded = diffreport.load(tracked)
    assert len(expected.sentences) > 500
    assert [s.text for s in loaded.sentences] == [s.text for s in expected.sentences]
    assert [s.heading for s in loaded.sections] == [s.heading for s in expected.sections]
    assert "删去的旧提法" not in read_source(tracked)[0]


def test_imported_content_that_cannot_be_read_is_refused_in_one_line(tmp_path: Path) -> None:
    path = word_file(tmp_path / "a.docx", f"<w:p>{run('正文。')}</w:p><w:altChunk/>")
    with pytest.raises(InputError, match=r"a\.docx: holds imported content \(w:altChunk\)"):
        read_source(path)
    result = CliRunner().invoke(main, ["compare", str(path), str(path)])
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0 and "altChunk" in result.stderr


def _damage_member(path: Path, member: str) -> Path:
    """``path`` with 40 bytes of ``member``'s deflate data inverted, as a bad copy leaves it."""
    import zipfile

    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(member)
    data = bytearray(path.read_bytes())
    header = 30 + int.from_bytes(data[info.header_offset + 26 : info.header_offset + 28], "little")
    header += int.from_bytes(data[info.header_offset + 28 : info.header_offset + 30], "little")
    start = info.header_offset + header + 10
    for offset in range(start, start + 40):
        data[offset] ^= 0xFF
    damaged = path.with_name("damaged.docx")
    damaged.write_bytes(bytes(data))
    return damaged


@pytest.mark.corpus
def test_a_word_file_with_damaged_deflate_data_is_refused_in_one_line(tmp_path: Path) -> None:
    # zlib.error escaped the size check as a traceback (exit code 1)
    text = corpus("cn-state-council/2025.txt").read_text("utf-8")
    damaged = _damage_member(write_docx(text, tmp_path / "2025.docx"), "word/document.xml")
    with pytest.raises(InputError) as caught:
        read_source(damaged)
    assert caught.value.path == str(damaged)
    assert caught.value.detail.startswith(
        "is a damaged Word (.docx) file: word/document.xml does not unpack ("
    )
    result = CliRunner().invoke(main, ["compare", str(damaged), str(damaged)])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
