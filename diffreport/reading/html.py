"""Web pages (.html) -> report text (stdlib ``html.parser``).

The page's main text — ``<main>`` or ``<article>`` when there is one — without
scripts, styles, navigation, headers, footers, asides, forms, buttons and link
lists (blocks whose text is mostly link text); ``<h2>``… become Markdown
headings.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser

from diffreport.errors import InputError
from diffreport.lexicon import en
from diffreport.reading.bom import decode_marked
from diffreport.reading.cjk import unify_ideographs
from diffreport.reading.formats import Extracted

_SKIP = frozenset(
    {"script", "style", "noscript", "template", "svg", "math", "head", "title", "iframe"}
)
_CHROME = frozenset(
    {"nav", "header", "footer", "aside", "form", "button", "select", "menu", "dialog", "label"}
)
_CHROME_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"}
)
_VOID = frozenset(
    {"br", "img", "hr", "meta", "link", "input", "wbr", "area", "base", "col", "embed", "source"}
)
_BLOCK = frozenset(
    """p div section article main li ul ol dl dt dd table tr td th tbody thead tfoot caption
    blockquote pre h1 h2 h3 h4 h5 h6 figure figcaption address center""".split()
)
#: elements that flow inside a line of text; every other element is read as a block
_INLINE = frozenset(
    """a abbr b bdi bdo big cite code data del dfn em font i ins kbd mark q rp rt ruby s samp
    small span strike strong sub sup time tt u var nobr""".split()
)
_AUTO_CLOSE = {
    "p": frozenset({"p"}),
    "li": frozenset({"li"}),
    "tr": frozenset({"tr", "td", "th"}),
    "td": frozenset({"td", "th"}),
    "th": frozenset({"td", "th"}),
    "dt": frozenset({"dt", "dd"}),
    "dd": frozenset({"dt", "dd"}),
}
#: what a ``<head>`` holds; any other start tag, or text, ends the head (HTML5's "in head"
#: insertion mode), so a page that leaves out the optional ``</head>`` keeps its body
_HEAD_CONTENT = frozenset(
    """base basefont bgsound link meta title noscript noframes style script template""".split()
)
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-]{2,40})""", re.I)
#: a block whose text is at least this share link text is a link list (menu, related articles)
_LINK_DENSITY = 0.5


@dataclass
class _Node:
    """An element of the parsed page."""

    tag: str
    attrs: dict[str, str]
    children: list[_Node | str] = field(default_factory=list)
    #: set by ``_measure``: characters of text, visible characters, visible ones in links
    size: int = 0
    visible: int = 0
    linked: int = 0


class _TreeBuilder(HTMLParser):
    """A forgiving element tree from ``html.parser`` events (implicit ends, stray end tags).

    ``open`` counts the open elements of each tag, so a stray end tag is passed over
    without searching a deep stack, and ``blocks`` holds where the open block elements
    stand, so an implicit end (``<p>``, ``<li>``, ``<tr>`` ...) looks at the innermost
    one instead of searching down to it past every unclosed ``<font>``. Every search
    of the stack ends in closing what it passed: the cost is linear in the page.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#root", {})
        self.stack: list[_Node] = [self.root]
        self.open: Counter[str] = Counter()
        self.blocks: list[int] = []  # stack depths of the open _BLOCK elements, innermost last
        #: the head is over: a later ``<head>`` tag is ignored, as browsers do
        self.head_done = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "head" and (self.head_done or self.open["head"]):
            return
        if tag not in _HEAD_CONTENT and tag != "html":
            self._end_head()
        closes = _AUTO_CLOSE.get(tag)
        # the innermost open block decides: a <p> ends the paragraph it stands in, not
        # one around the <div> it stands in; a <tr> ends the open cell, then its row
        while closes and self.blocks and self.stack[self.blocks[-1]].tag in closes:
            self._close(self.blocks[-1])
        node = _Node(tag, {key: value or "" for key, value in attrs})
        self.stack[-1].children.append(node)
        if tag not in _VOID:
            if tag in _BLOCK:
                self.blocks.append(len(self.stack))
            self.stack.append(node)
            self.open[tag] += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(_Node(tag, {key: value or "" for key, value in attrs}))

    def handle_endtag(self, tag: str) -> None:
        if tag == "head":
            self._end_head()
        elif self.open[tag]:
            self._close_nearest(tag)

    def _end_head(self) -> None:
        """Close an open ``<head>`` (and what is open in it): the body has begun."""
        self.head_done = True
        if self.open["head"]:
            self._close_nearest("head")

    def _close_nearest(self, tag: str) -> None:
        """End the innermost open ``tag`` and everything open inside it."""
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                self._close(depth)
                return

    def _close(self, depth: int) -> None:
        """End the open elements from ``depth`` up."""
        for node in self.stack[depth:]:
            self.open[node.tag] -= 1
        del self.stack[depth:]
        while self.blocks and self.blocks[-1] >= depth:
            self.blocks.pop()

    def handle_data(self, data: str) -> None:
        if self.stack[-1].tag == "head" and data.strip():
            self._end_head()  # text is body content, as in <head><title>…</title>各位代表：
        elif not self.head_done and data.strip() and not self.open["head"]:
            self.head_done = True  # text before any <head>: the body has begun
        self.stack[-1].children.append(data)


def extract_html(name: str, data: bytes) -> Extracted:
    """The main text of a web page: navigation, buttons, asides and link lists removed."""
    page = _decode_html(name, data)
    builder = _TreeBuilder()
    builder.feed(page)
    builder.close()
    root = builder.root
    _measure(root)
    main = _main_content(root)
    dropped: list[str] = []
    blocks: list[str] = []
    if main is not root:
        _collect_dropped_outside(root, main, dropped)
    _html_blocks(main, blocks, dropped)
    headings = [block for block in blocks if block.startswith("\x00h")]
    title_first = len([h for h in headings if h.startswith("\x00h1")]) == 1 and headings[
        0
    ].startswith("\x00h1")
    out: list[str] = []
    for block in blocks:
        if block.startswith("\x00h"):
            level = int(block[2])
            text = block[4:]
            if title_first and level == 1:
                out.append(text)
            else:
                out.append("#" * max(1, level - 1 if title_first else level) + " " + text)
        else:
            out.append(block)
    text = "\n\n".join(item for item in out if item.strip())
    return Extracted(
        unify_ideographs(text), "html", tuple(unify_ideographs(item) for item in dropped)
    )


def _decode_html(name: str, data: bytes) -> str:
    """A page's text: BOM, then ``<meta charset>``, then strict UTF-8, then GB18030.

    Strict throughout, as for a text file: a page with a BOM whose bytes do not
    decode in its encoding is refused, not read with U+FFFD in place of its text.
    """
    marked = decode_marked(name, data)
    if marked is not None:
        return marked[0]
    declared = _CHARSET.search(data[:4096])
    candidates: list[str] = []
    if declared:
        label = declared.group(1).decode("ascii").lower()
        candidates.append("gb18030" if label in ("gb2312", "gbk", "x-gbk", "gb_2312-80") else label)
    candidates += ["utf-8", "gb18030"]
    for codec in candidates:
        try:
            return data.decode(codec)
        except (LookupError, UnicodeDecodeError):
            continue
    raise InputError(name, "is an HTML page in an encoding that cannot be decoded")


def _is_chrome(node: _Node) -> bool:
    """An element that holds page furniture rather than the report."""
    if node.tag in _CHROME:
        return True
    if node.attrs.get("role", "").lower() in _CHROME_ROLES:
        return True
    if "hidden" in node.attrs:
        return True
    names = re.split(
        r"[\s_\-]+", (node.attrs.get("class", "") + " " + node.attrs.get("id", "")).lower()
    )
    return any(part in en.WEB_CHROME_CLASS_WORDS for part in names if part)


def _descendants(node: _Node, *, skip: _Node | None = None) -> Iterator[_Node | str]:
    """Everything under ``node`` in document order, without ``_SKIP`` subtrees or ``skip``.

    A loop over an explicit stack, not recursion: a page nested 100,000 elements
    deep is read like any other.
    """
    stack: list[Iterator[_Node | str]] = [iter(node.children)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif isinstance(child, str):
            yield child
        elif child.tag not in _SKIP and child is not skip:
            yield child
            stack.append(iter(child.children))


def _main_content(root: _Node) -> _Node:
    """``<main>`` / ``role=main`` / the ``<article>`` with the most text, else the whole page."""
    candidates = [
        child
        for child in _descendants(root)
        if isinstance(child, _Node)
        and (child.tag in ("main", "article") or child.attrs.get("role") == "main")
    ]
    if not candidates:
        return root
    return max(candidates, key=lambda node: node.size)


def _measure(root: _Node) -> None:
    """Set every node's text size and link share, children before parents (one pass)."""
    order = [child for child in _descendants(root) if isinstance(child, _Node)]
    for node in (*reversed(order), root):
        size = total = linked = 0
        for child in node.children:
            if isinstance(child, str):
                size += len(child)
                total += len("".join(child.split()))
            elif child.tag not in _SKIP:
                size += child.size
                total += child.visible
                linked += child.linked
        node.size, node.visible = size, total
        node.linked = total if node.tag == "a" else linked


def _text_of(node: _Node, br: str = "") -> str:
    """All visible text under ``node`` (scripts and styles left out), ``<br>`` as ``br``."""
    return "".join(
        child if isinstance(child, str) else br
        for child in _descendants(node)
        if isinstance(child, str) or child.tag == "br"
    )


def _collect_dropped_outside(root: _Node, main: _Node, dropped: list[str]) -> None:
    """Text outside the main content: reported as dropped chrome."""
    for child in _descendants(root, skip=main):
        if isinstance(child, str) and child.strip():
            dropped.append(_clean_inline(child))


_INLINE_SPACE = re.compile(r"[ \t\r\n\f\v]+")
_CJK_SPACE = re.compile(r"(?<=[^\x00-\u2e7f]) (?=[^\x00-\u2e7f])")


def _clean_inline(text: str) -> str:
    """HTML white space collapsed; a space between two CJK characters removed."""
    return _CJK_SPACE.sub("", _INLINE_SPACE.sub(" ", text)).strip()


def _html_blocks(node: _Node, blocks: list[str], dropped: list[str]) -> None:
    """Blocks of text under ``node`` in order; chrome and link lists go to ``dropped``.

    Containers are entered with an explicit stack, not recursion, so nesting depth
    costs nothing; a container's inline text is flushed as a block when it ends.
    """
    inline: list[str] = []

    def flush() -> None:
        lines = [_clean_inline(part) for part in "".join(inline).split("\n")]
        text = "\n".join(line for line in lines if line)
        if text:
            blocks.append(text)
        inline.clear()

    stack: list[Iterator[_Node | str]] = [iter(node.children)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            flush()
            stack.pop()
        elif isinstance(child, str):
            inline.append(child)
        elif child.tag in _SKIP:
            continue
        elif child.tag == "br" and not _is_chrome(child):
            inline.append("\n")
        elif child.tag in _VOID and not _is_chrome(child):
            continue
        elif child.tag in _INLINE and not _is_chrome(child):
            inline.append(_text_of(child, br="\n"))
        else:
            flush()
            if _enters(child, blocks, dropped):
                stack.append(iter(child.children))


def _enters(child: _Node, blocks: list[str], dropped: list[str]) -> bool:
    """Read a block-level ``child`` whole into ``blocks`` (or ``dropped``), or say to enter it."""
    tag = child.tag
    if _is_chrome(child):
        text = _clean_inline(_text_of(child))
        if text:
            dropped.append(text)
        return False
    if tag == "pre":
        text = _text_of(child).strip("\n")
        if text.strip():
            blocks.append(text)
        return False
    if tag not in _BLOCK:
        return True  # html, body and any other container
    total, linked = child.visible, child.linked
    if total and linked >= _LINK_DENSITY * total and tag not in ("h1", "h2", "h3"):
        dropped.append(_clean_inline(_text_of(child)))
        return False
    if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
        text = _clean_inline(_text_of(child).replace("\n", " "))
        if text:
            blocks.append(f"\x00{tag} {text}")
        return False
    if tag == "tr":
        cells = [
            _clean_inline(_text_of(cell))
            for cell in child.children
            if isinstance(cell, _Node) and cell.tag in ("td", "th")
        ]
        line = " | ".join(cell for cell in cells if cell)
        if line:
            blocks.append(f"| {line} |")
        return False
    return True
