"""The README's screenshots, made again from the real corpus in headless Chromium.

    python scripts/screenshots.py [--corpus ../shared/corpus] [--out docs]

* ``docs/inline-view.png``: the HTML report's inline view (``--view inline``) of the
  FOMC statements of 2022-01-26 and 2022-03-16, at the top of the text.
* ``docs/phone.png``: the HTML report of the State Council's 2024 and 2025 reports on a
  390 px phone screen (is_mobile), at the top of the page.
* ``docs/batch-targets.png``: the "targets across comparisons" table of a batch run over
  every province's 2025 -> 2026 report (``diffreport batch``), headline targets first.

It runs ``diffreport compare`` as a user would (the paths in the pages are the
corpus paths relative to this checkout) and needs Playwright and Debian's
``/usr/bin/chromium`` (``make system-deps``). The pages and the browser profile go to
a temporary folder; only the two PNG files are written to ``--out``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
#: (file name, old, new, extra options, viewport, is_mobile, element scrolled to the top)
SHOTS = (
    (
        "inline-view.png",
        "fomc-sentences/2022-01-26.txt",
        "fomc-sentences/2022-03-16.txt",
        ("--view", "inline"),
        {"width": 1100, "height": 900},
        False,
        "#text",
    ),
    (
        "phone.png",
        "cn-state-council/2024.txt",
        "cn-state-council/2025.txt",
        (),
        {"width": 390, "height": 844},
        True,
        None,
    ),
)


def _report(corpus: Path, old: str, new: str, extra: tuple[str, ...], out: Path) -> None:
    """Write the HTML report of ``old`` -> ``new`` to ``out`` with the command line."""
    paths = [os.path.relpath(corpus / name, ROOT) for name in (old, new)]
    command = [sys.executable, "-m", "diffreport", "compare", *paths, *extra, "-o", str(out)]
    subprocess.run(command, cwd=ROOT, check=True)


def _batch_index(corpus: Path, out: Path) -> Path:
    """Run ``diffreport batch`` over every province's 2025 -> 2026 pair; its index.html."""
    provinces = sorted(p.name for p in (corpus / "cn-provinces").iterdir() if p.is_dir())
    lines = [f"output: {out / 'batch'}", "formats: [json]", "pairs:"]
    for name in provinces:
        old, new = (corpus / "cn-provinces" / name / f"{year}.txt" for year in (2025, 2026))
        lines.append(f"  - {{name: {name}, old: {old}, new: {new}}}")
    config = out / "batch.yaml"
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    command = [sys.executable, "-m", "diffreport", "batch", str(config), "--quiet"]
    subprocess.run(command, cwd=ROOT, check=True)
    return out / "batch" / "index.html"


def _shot_batch(browser: Any, corpus: Path, tmp: Path, out: Path) -> None:
    """Screenshot the batch index's targets table, from its heading down one screen."""
    index = _batch_index(corpus, tmp)
    viewport = {"width": 1000, "height": 760}
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(index.as_uri())
    page.wait_for_load_state("load")
    y = page.evaluate(
        "document.querySelector('#targets').closest('.wrap').previousElementSibling"
        ".getBoundingClientRect().top + scrollY"
    )
    clip = {"x": 0, "y": y, **viewport}
    page.screenshot(path=str(out / "batch-targets.png"), full_page=True, clip=clip)
    print(out / "batch-targets.png")
    context.close()


def main() -> int:
    """Make every screenshot of ``SHOTS``; exit 2 with one line when something is missing."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("screenshots: playwright is not installed (pip install playwright)", file=sys.stderr)
        return 2
    if not CHROMIUM.exists():
        print(f"screenshots: {CHROMIUM} is missing (make system-deps)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        for name, old, new, extra, viewport, mobile, top in SHOTS:
            page_file = Path(tmp) / f"{name}.html"
            _report(args.corpus, old, new, extra, page_file)
            context = browser.new_context(viewport=viewport, is_mobile=mobile, has_touch=mobile)  # type: ignore[arg-type]
            # no network: the page needs none, and a request would be a bug to see
            context.route(
                "**/*",
                lambda r: (
                    r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort()
                ),
            )
            page = context.new_page()
            page.goto(page_file.as_uri())
            page.wait_for_load_state("load")
            args.out.mkdir(parents=True, exist_ok=True)
            if top:  # a screen's height of the page from that element down, even near the end
                y = page.evaluate(
                    f"document.querySelector({top!r}).getBoundingClientRect().top + scrollY"
                )
                clip = {"x": 0, "y": y, **viewport}
                page.screenshot(path=str(args.out / name), full_page=True, clip=clip)  # type: ignore[arg-type]
            else:
                page.screenshot(path=str(args.out / name))
            print(args.out / name)
            context.close()
        _shot_batch(browser, args.corpus, Path(tmp), args.out)
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
