"""The HTML templates' Python code as jinja2 compiles it, by scripts/build_templates.py.

Do not edit: run ``python scripts/build_templates.py`` after editing a template in
``../templates`` or upgrading jinja2. ``diffreport/render/precompiled.py`` uses a
module here only for the source it was made from (``SOURCES``: the template's name ->
jinja2's checksum of its source) and for jinja2 ``JINJA2``.
"""

JINJA2 = "3.1.6"

SOURCES = {
    "batch_index.html.j2": "d737b6fd1a65d4942547fd8626183effd10e4d37",
    "report.html.j2": "cdf60ad7795311d65db34f4c4563548fa540d4ff",
    "series.html.j2": "6d6eb165d38c1d17d7a32451f40e29451c93a311",
}
