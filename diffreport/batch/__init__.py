"""Batch runs: many comparisons and series from one YAML config, on local processes or Dask.

The stages run one way, like the rest of the pipeline:

``load_config`` (read with ``yaml.safe_load``, validate every key, touch nothing) ->
``plan`` (one work unit per comparison plus one per series page; content hashes
of the inputs) -> ``run_batch`` (skip units the manifest says are done, run the
rest on a process pool or a Dask cluster) -> ``summary.json`` and ``index.html``.

Workers write their own outputs (each file under a temporary name, then renamed)
and send back only a small record, so nothing large is pickled back to the
parent. Records carry no timestamps and are put in config order, so a local run
and a Dask run of one config give identical ``comparisons`` and ``series``.

Output layout (every path in ``summary.json`` is relative to ``output``)::

    index.html, summary.json, .diffreport-manifest.json
    pairs/<name>.<ext>                          one per format
    series/<name>/<old>-<new>.<ext>             each consecutive pair of a series
    series/<name>/series.<ext>                  the series page (json, html)
"""

from __future__ import annotations

import contextlib
import ctypes
import dataclasses
import difflib
import glob
import hashlib
import json
import os
import re
import tempfile
import threading
import time
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from diffreport import __version__
from diffreport.errors import ConfigError, DiffReportError, InputError, OutputError
from diffreport.options import CompareOptions

if TYPE_CHECKING:
    from diffreport.model import Comparison, Document

SCHEMA = "diffreport.batch/1"
MANIFEST = ".diffreport-manifest.json"
MANIFEST_SCHEMA = "diffreport.batch-manifest/1"
TMP_PREFIX = ".diffreport-tmp-"
#: file extension of each output format
EXTENSIONS: dict[str, str] = {"json": "json", "html": "html", "terminal": "txt", "markdown": "md"}
#: formats a series page is written in when the series renderers do not say
SERIES_FORMATS = ("json", "html")
EXECUTORS = ("local", "dask")
TOP_KEYS = (
    "output",
    "formats",
    "jobs",
    "executor",
    "dask_address",
    "timeout",
    "options",
    "series",
    "pairs",
)
SERIES_KEYS = ("name", "files", "labels")
PAIR_KEYS = ("name", "old", "new", "labels")
#: width of text written by the terminal renderer to a file
FILE_WIDTH = 120

T = TypeVar("T")
UnitKind = Literal["compare", "series"]


# --- the config ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Input:
    """One input file: its absolute path, the path as the config gave it, and its label."""

    path: str
    display: str
    label: str


@dataclass(frozen=True)
class PairSpec:
    """A single comparison from ``pairs``."""

    name: str
    old: Input
    new: Input


@dataclass(frozen=True)
class SeriesSpec:
    """A series from ``series``: its files in order."""

    name: str
    files: tuple[Input, ...]


@dataclass(frozen=True)
class BatchConfig:
    """A validated batch config; every path is absolute."""

    path: str
    output: str
    formats: tuple[str, ...]
    jobs: int
    executor: Literal["local", "dask"]
    dask_address: str | None
    timeout: float | None
    options: CompareOptions
    series: tuple[SeriesSpec, ...]
    pairs: tuple[PairSpec, ...]


class _Check:
    """Raises ``ConfigError`` naming the key path and the config file."""

    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, key: str, detail: str) -> typing.NoReturn:
        raise ConfigError(key, detail, self.file)

    def mapping(self, value: object, key: str, allowed: Sequence[str]) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(key or "(top level)", f"expected a mapping, got {_kind(value)}")
        for k in value:
            if not isinstance(k, str):
                self.fail(key or "(top level)", f"keys must be strings, got {k!r}")
            if k not in allowed:
                near = difflib.get_close_matches(k, allowed, n=1)
                hint = f" (did you mean {near[0]!r}?)" if near else ""
                self.fail(_join(key, k), f"unknown key{hint}; known keys: {', '.join(allowed)}")
        return value

    def string(self, value: object, key: str) -> str:
        if not isinstance(value, str) or not value.strip():
            self.fail(key, f"expected a non-empty string, got {_kind(value)}")
        return value

    def strings(self, value: object, key: str) -> list[str]:
        if not isinstance(value, list) or not value:
            self.fail(key, f"expected a non-empty list of strings, got {_kind(value)}")
        for i, item in enumerate(value):
            self.string(item, f"{key}[{i}]")
        return value


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"a boolean ({str(value).lower()})"
    if isinstance(value, str):
        return f"a string ({value!r})" if value.strip() else "an empty string"
    names = {int: "an integer", float: "a number", list: "a list", dict: "a mapping"}
    return names.get(type(value), type(value).__name__)


def _join(prefix: str, key: str) -> str:
    return f"{prefix}.{key}" if prefix else key


_NAME_PART = re.compile(r"[^/\\\x00-\x1f\x7f:*?\"<>|]+")


def _safe_name(check: _Check, name: str, key: str, output: str, folder: str) -> str:
    """A config name as a relative path that stays inside ``output/folder``; refuse others."""
    parts = name.split("/")
    for part in parts:
        if part in ("", ".", "..") or part.startswith(".") or not _NAME_PART.fullmatch(part):
            check.fail(
                key,
                f"{name!r} is not a safe name: use letters, digits, '-', '_' and '/' "
                "between parts; no '..', no leading '/' or '.'",
            )
    root = os.path.realpath(os.path.join(output, folder))
    target = os.path.realpath(os.path.join(root, *parts))
    if os.path.commonpath([root, target]) != root or target == root:
        check.fail(key, f"{name!r} leads outside the output folder")
    return name


def _file_part(label: str) -> str:
    """A label as one safe file-name part (``2024`` stays ``2024``)."""
    part = re.sub(r"[^\w.\-]+", "_", label).strip("._") or "x"
    return part[:80]


def _expand(check: _Check, pattern: str, key: str, base: str) -> list[tuple[str, str]]:
    """Files a glob matches, sorted: (absolute path, path as relative to the config)."""
    absolute = os.path.isabs(pattern)
    found = (
        glob.glob(pattern, recursive=True)
        if absolute
        else glob.glob(pattern, root_dir=base, recursive=True)
    )
    files = sorted(p for p in found if os.path.isfile(p if absolute else os.path.join(base, p)))
    if not files:
        if glob.has_magic(pattern):
            check.fail(key, f"{pattern!r} matches no file (relative to {base})")
        where = pattern if absolute else os.path.join(base, pattern)
        detail = "is not a file" if os.path.exists(where) else "no such file"
        check.fail(key, f"{pattern!r}: {detail}")
    return [
        (os.path.normpath(p if absolute else os.path.join(base, p)), os.path.normpath(p))
        for p in files
    ]


def _input(check: _Check, value: object, key: str, base: str, label: str | None) -> Input:
    pattern = check.string(value, key)
    if glob.has_magic(pattern):
        check.fail(key, f"{pattern!r}: a pair names one file, not a glob")
    (path, display), *_ = _expand(check, pattern, key, base)
    return Input(path, display, label or _default_label(path))


def _default_label(path: str) -> str:
    from diffreport import default_label

    return default_label(path)


def _labels(check: _Check, value: object, key: str, n: int) -> list[str | None]:
    """Labels, one per file; whole numbers are taken as text (``[2024, 2025]``)."""
    if value is None:
        return [None] * n
    if not isinstance(value, list):
        check.fail(key, f"expected a list of {n} labels, got {_kind(value)}")
    labels: list[str | None] = []
    for i, item in enumerate(value):
        if isinstance(item, int) and not isinstance(item, bool):
            item = str(item)
        labels.append(check.string(item, f"{key}[{i}]"))
    if len(labels) != n:
        check.fail(key, f"expected {n} labels (one per file), got {len(labels)}")
    return labels


def _options(check: _Check, value: object) -> CompareOptions:
    """Compare options by their CLI names (``match-threshold``; ``match_threshold`` also works)."""
    if value is None:
        return CompareOptions()
    hints = typing.get_type_hints(CompareOptions)
    names = [f.name.replace("_", "-") for f in dataclasses.fields(CompareOptions)]
    raw = check.mapping(value, "options", names + [n.replace("-", "_") for n in names])
    knobs: dict[str, Any] = {}
    for name, v in raw.items():
        attr = name.replace("-", "_")
        key = f"options.{name}"
        want = hints[attr]
        if want is bool:
            ok = isinstance(v, bool)
        elif want is int:
            ok = isinstance(v, int) and not isinstance(v, bool)
        elif want is float:
            ok = isinstance(v, int | float) and not isinstance(v, bool)
            v = float(v) if ok else v
        elif want is str:
            ok = isinstance(v, str)
        else:  # an option type this loader does not know: accept what YAML gave
            ok = True
        if not ok:
            check.fail(key, f"expected {getattr(want, '__name__', want)}, got {_kind(v)}")
        if attr in knobs:
            check.fail(key, "given twice (as CLI name and as field name)")
        knobs[attr] = v
    return CompareOptions(**knobs)


def _read_yaml(path: str) -> object:
    import yaml

    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory, not a config file") from None
    except OSError as exc:
        raise InputError(path, f"cannot read ({exc.strerror or exc})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(path, "is not UTF-8 text") from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "(yaml)"
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ConfigError(where, f"not valid YAML: {problem}", path) from None


def load_config(path: str | os.PathLike[str]) -> BatchConfig:
    """Read and validate a batch config; raise ``ConfigError`` (key path + file) on any fault.

    Nothing is written and no comparison runs here: every key, type, file and
    glob is checked first. Paths are relative to the config file's folder.
    """
    file = os.fspath(path)
    check = _Check(file)
    base = os.path.dirname(os.path.abspath(file))
    top = check.mapping(_read_yaml(file), "", TOP_KEYS)

    if "output" not in top:
        check.fail("output", "missing: name the folder for the results")
    output = os.path.normpath(os.path.join(base, check.string(top["output"], "output")))
    if os.path.exists(output) and not os.path.isdir(output):
        check.fail("output", f"{top['output']!r} exists and is not a folder")

    formats_raw = top.get("formats", ["html", "json"])
    formats = check.strings(formats_raw, "formats")
    for i, fmt in enumerate(formats):
        if fmt not in EXTENSIONS or not _has_renderer(fmt):
            known = ", ".join(f for f in EXTENSIONS if _has_renderer(f))
            check.fail(f"formats[{i}]", f"unknown format {fmt!r}; known: {known}")
    if len(set(formats)) != len(formats):
        check.fail("formats", "a format is listed twice")

    jobs_raw = top.get("jobs")
    if jobs_raw is None:
        jobs = os.cpu_count() or 1
    elif isinstance(jobs_raw, int) and not isinstance(jobs_raw, bool) and jobs_raw >= 1:
        jobs = jobs_raw
    else:
        check.fail("jobs", f"expected a whole number of at least 1, got {_kind(jobs_raw)}")

    executor = top.get("executor", "local")
    if executor not in EXECUTORS:
        check.fail("executor", f"expected one of {', '.join(EXECUTORS)}, got {_kind(executor)}")
    address = top.get("dask_address")
    if address is not None:
        check.string(address, "dask_address")
    if executor == "dask" and not _dask_installed():
        check.fail("executor", "dask is not installed: pip install 'diffreport[dask]'")

    timeout_raw = top.get("timeout")
    timeout: float | None = None
    if timeout_raw is not None:
        if isinstance(timeout_raw, bool) or not isinstance(timeout_raw, int | float):
            check.fail("timeout", f"expected seconds (a number) or null, got {_kind(timeout_raw)}")
        if not timeout_raw > 0:
            check.fail("timeout", f"expected a positive number of seconds, got {timeout_raw}")
        timeout = float(timeout_raw)

    options = _options(check, top.get("options"))

    series: list[SeriesSpec] = []
    series_raw = top.get("series")
    if series_raw is not None and not isinstance(series_raw, list):
        check.fail("series", f"expected a list, got {_kind(series_raw)}")
    for i, entry in enumerate(series_raw or []):
        key = f"series[{i}]"
        spec = check.mapping(entry, key, SERIES_KEYS)
        for required in ("name", "files"):
            if required not in spec:
                check.fail(f"{key}.{required}", "missing")
        name = _safe_name(
            check, check.string(spec["name"], f"{key}.name"), f"{key}.name", output, "series"
        )
        found: list[tuple[str, str]] = []
        seen: set[str] = set()
        for j, pattern in enumerate(check.strings(spec["files"], f"{key}.files")):
            for hit in _expand(check, pattern, f"{key}.files[{j}]", base):
                if hit[0] not in seen:
                    seen.add(hit[0])
                    found.append(hit)
        if len(found) < 2:
            check.fail(f"{key}.files", f"a series needs at least 2 files, found {len(found)}")
        labels = _labels(check, spec.get("labels"), f"{key}.labels", len(found))
        inputs = tuple(
            Input(p, d, lab or _default_label(p)) for (p, d), lab in zip(found, labels, strict=True)
        )
        parts = [_file_part(x.label) for x in inputs]
        if len(set(parts)) != len(parts):
            check.fail(
                f"{key}.labels" if "labels" in spec else f"{key}.files",
                "two files have the same label; give distinct labels",
            )
        series.append(SeriesSpec(name, inputs))

    pairs: list[PairSpec] = []
    pairs_raw = top.get("pairs")
    if pairs_raw is not None and not isinstance(pairs_raw, list):
        check.fail("pairs", f"expected a list, got {_kind(pairs_raw)}")
    for i, entry in enumerate(pairs_raw or []):
        key = f"pairs[{i}]"
        spec = check.mapping(entry, key, PAIR_KEYS)
        for required in ("name", "old", "new"):
            if required not in spec:
                check.fail(f"{key}.{required}", "missing")
        name = _safe_name(
            check, check.string(spec["name"], f"{key}.name"), f"{key}.name", output, "pairs"
        )
        old_label, new_label = _labels(check, spec.get("labels"), f"{key}.labels", 2)
        old = _input(check, spec["old"], f"{key}.old", base, old_label)
        new = _input(check, spec["new"], f"{key}.new", base, new_label)
        pairs.append(PairSpec(name, old, new))

    if not series and not pairs:
        check.fail("pairs", "nothing to compare: give at least one entry in series or pairs")
    cfg = BatchConfig(
        path=os.path.abspath(file),
        output=output,
        formats=tuple(formats),
        jobs=jobs,
        executor=executor,
        dask_address=address,
        timeout=timeout,
        options=options,
        series=tuple(series),
        pairs=tuple(pairs),
    )
    _check_unique_names(check, cfg)
    return cfg


def _check_unique_names(check: _Check, cfg: BatchConfig) -> None:
    seen: dict[str, str] = {}
    for i, s in enumerate(cfg.series):
        key = f"series[{i}].name"
        if f"series:{s.name}" in seen:
            check.fail(key, f"{s.name!r} is used by {seen[f'series:{s.name}']} too")
        seen[f"series:{s.name}"] = key
        for a, b in zip(s.files, s.files[1:], strict=False):
            seen.setdefault(_series_pair_name(s, a, b), key)
    for i, p in enumerate(cfg.pairs):
        key = f"pairs[{i}].name"
        if p.name in seen:
            check.fail(key, f"{p.name!r} is used by {seen[p.name]} too")
        seen[p.name] = key


def _has_renderer(fmt: str) -> bool:
    from diffreport.render import RENDERERS

    return fmt in RENDERERS


def _dask_installed() -> bool:
    import importlib.util

    return importlib.util.find_spec("distributed") is not None


# --- work units ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Unit:
    """One piece of work: a comparison of two files, or one series page.

    ``outputs`` are (format, path relative to ``root``); the worker writes them.
    ``key`` fingerprints the inputs' contents, labels, options and outputs: a
    unit whose key is in the manifest (and whose outputs exist) is not redone.
    """

    kind: UnitKind
    name: str
    series: str | None
    inputs: tuple[Input, ...]
    outputs: tuple[tuple[str, str], ...]
    root: str
    options: CompareOptions
    timeout: float | None
    key: str | None = None
    cost: int = 0


@dataclass(frozen=True)
class UnitResult:
    """What a worker sends back: the summary record (small) and the size of each file written."""

    name: str
    kind: UnitKind
    ok: bool
    record: dict[str, Any]
    sizes: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    cpu_seconds: float = 0.0


def _series_pair_name(s: SeriesSpec, a: Input, b: Input) -> str:
    return f"{s.name}/{_file_part(a.label)}-{_file_part(b.label)}"


def plan(cfg: BatchConfig) -> list[Unit]:
    """The work units of a config in summary order: series pairs, series pages, then pairs."""
    units: list[Unit] = []

    def add(
        kind: UnitKind,
        name: str,
        series: str | None,
        inputs: tuple[Input, ...],
        stem: str,
        formats: Iterable[str],
    ) -> None:
        outputs = tuple((fmt, f"{stem}.{EXTENSIONS[fmt]}") for fmt in formats)
        units.append(
            Unit(kind, name, series, inputs, outputs, cfg.output, cfg.options, cfg.timeout)
        )

    for s in cfg.series:
        for a, b in zip(s.files, s.files[1:], strict=False):
            name = _series_pair_name(s, a, b)
            add("compare", name, s.name, (a, b), f"series/{name}", cfg.formats)
        page_formats = [f for f in cfg.formats if f in _series_formats()]
        add("series", s.name, s.name, s.files, f"series/{s.name}/series", page_formats)
    for p in cfg.pairs:
        add("compare", p.name, None, (p.old, p.new), f"pairs/{p.name}", cfg.formats)
    return units


def _series_formats() -> tuple[str, ...]:
    from diffreport import render

    return tuple(getattr(render, "SERIES_RENDERERS", SERIES_FORMATS))


def _file_hash(path: str, cache: dict[str, str | None]) -> str | None:
    if path not in cache:
        digest = hashlib.sha256()
        try:
            with open(path, "rb") as handle:
                for chunk in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(chunk)
            cache[path] = digest.hexdigest()
        except OSError:
            cache[path] = None  # unreadable now: the worker reports it, and it is never skipped
    return cache[path]


def fingerprint(units: Sequence[Unit]) -> list[Unit]:
    """The units with ``key`` (content hashes + labels + options + outputs) and ``cost`` set."""
    cache: dict[str, str | None] = {}
    out = []
    for u in units:
        hashes = [_file_hash(i.path, cache) for i in u.inputs]
        key = None
        if all(hashes):
            blob = json.dumps(
                {
                    "version": __version__,
                    "kind": u.kind,
                    "inputs": [
                        [h, i.label, i.display] for h, i in zip(hashes, u.inputs, strict=True)
                    ],
                    "options": dataclasses.asdict(u.options),
                    "outputs": u.outputs,
                },
                sort_keys=True,
            )
            key = hashlib.sha256(blob.encode("utf-8")).hexdigest()
        cost = 0
        for i in u.inputs:
            with contextlib.suppress(OSError):
                cost += os.path.getsize(i.path)
        out.append(dataclasses.replace(u, key=key, cost=cost))
    return out


# --- what a worker runs --------------------------------------------------------------------------


class UnitTimeout(Exception):
    """A unit ran past the config's ``timeout``."""


class _Expired(BaseException):
    """Raised asynchronously in the working thread when the time limit passes."""


def call_with_timeout(func: Callable[[], T], seconds: float | None) -> T:
    """``func()``, or ``UnitTimeout`` once it has run ``seconds``.

    The limit is enforced inside the worker (a timer raises in the working
    thread), so it works in a process pool worker and in a Dask worker thread
    alike. It takes effect between Python steps: a long call into C code ends
    first.
    """
    if not seconds:
        return func()
    target = threading.get_ident()
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    def expire() -> None:
        with lock:
            if not state["done"]:
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(
                    ctypes.c_ulong(target), ctypes.py_object(_Expired)
                )

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    try:
        try:
            timer.start()
            result = func()
        finally:
            with lock:
                state["done"] = True
            timer.cancel()
        while state["fired"]:  # the exception is pending: let it arrive here, inside the try
            time.sleep(0)
    except _Expired:
        raise UnitTimeout(f"timed out after {seconds:g} s") from None
    return result


def atomic_write(path: str, text: str) -> int:
    """Write ``text`` to ``path`` under a temporary name, then rename; return the size in bytes."""
    folder = os.path.dirname(path)
    os.makedirs(folder, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=TMP_PREFIX, dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.chmod(tmp, 0o644)  # mkstemp makes it private; results are meant to be shared
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return os.path.getsize(path)


def _one_line(exc: BaseException) -> str:
    if isinstance(exc, DiffReportError):
        text = exc.message()
    elif isinstance(exc, UnitTimeout):
        text = str(exc)
    else:
        text = f"{type(exc).__name__}: {exc}"
    return " ".join(text.split())


def _load(item: Input) -> Document:
    from diffreport import load

    doc = load(item.path, label=item.label)
    return dataclasses.replace(doc, path=item.display)


def _render_options() -> Any:
    from diffreport.render import RenderOptions

    return RenderOptions(show_all=False, width=FILE_WIDTH, color=False)


def _render(fmt: str, c: Comparison) -> str:
    import io

    from diffreport.render import get_renderer

    buffer = io.StringIO()
    get_renderer(fmt)(c, buffer, _render_options())
    return buffer.getvalue()


def _base_record(unit: Unit) -> dict[str, Any]:
    if unit.kind == "series":
        return {
            "name": unit.name,
            "documents": [{"path": i.display, "label": i.label} for i in unit.inputs],
            "status": "ok",
            "error": None,
            "outputs": {},
        }
    old, new = unit.inputs
    return {
        "name": unit.name,
        "series": unit.series,
        "old": old.display,
        "new": new.display,
        "old_label": old.label,
        "new_label": new.label,
        "status": "ok",
        "error": None,
        "counts": None,
        "changes": None,
        "targets": [],
        "outputs": {},
    }


def comparison_record(unit: Unit, c: Comparison) -> dict[str, Any]:
    """The summary entry of a finished comparison: counts and changed targets, no text."""
    ch = c.changes
    targets = [
        {
            "metric": n.metric,
            "status": n.status,
            "old": n.old.quantity.text if n.old else None,
            "new": n.new.quantity.text if n.new else None,
        }
        for n in ch.numbers
        if n.kind == "target" and n.status != "unchanged"
    ]
    record = _base_record(unit)
    record["counts"] = c.counts()
    record["changes"] = {
        "targets": len(targets),
        "numbers": sum(1 for n in ch.numbers if n.status != "unchanged"),
        "new_commitments": len(ch.new_commitments),
        "dropped_commitments": len(ch.dropped_commitments),
        "new_topics": len(ch.new_topics),
        "dropped_topics": len(ch.dropped_topics),
    }
    record["targets"] = targets
    return record


def _write_all(unit: Unit, texts: Mapping[str, str]) -> dict[str, int]:
    sizes = {}
    for fmt, rel in unit.outputs:
        sizes[rel] = atomic_write(os.path.join(unit.root, rel), texts[fmt])
    return sizes


def series_page(unit: Unit) -> tuple[dict[str, Any], dict[str, str]]:
    """The series page of ``unit``: its summary record and its text in each output format."""
    import io

    from diffreport import compare_series
    from diffreport.render import get_series_renderer

    if not unit.outputs:
        return _base_record(unit), {}
    docs = [_load(i) for i in unit.inputs]
    result = compare_series(docs, labels=[i.label for i in unit.inputs], options=unit.options)
    texts = {}
    for fmt, _ in unit.outputs:
        buffer = io.StringIO()
        get_series_renderer(fmt)(result, buffer, _render_options())
        texts[fmt] = buffer.getvalue()
    return _base_record(unit), texts


def run_unit(unit: Unit) -> UnitResult:
    """Run one unit in a worker: compare (or build the series page), render, write, report.

    Never raises for a fault of the unit itself: the error becomes the record's
    ``error`` (one line) and ``status`` ``"error"``, so the other units go on.
    """
    from diffreport import compare
    from diffreport._gc import paused

    started = time.perf_counter()
    cpu = time.process_time()

    def work() -> tuple[dict[str, Any], dict[str, str]]:
        if unit.kind == "series":
            return series_page(unit)
        old, new = (_load(i) for i in unit.inputs)
        c = compare(old, new, options=unit.options)
        return comparison_record(unit, c), {fmt: _render(fmt, c) for fmt, _ in unit.outputs}

    try:
        # paused outside the timer: its exception then lands in call_with_timeout's own
        # try, never inside the pause's bookkeeping
        with paused():
            record, texts = call_with_timeout(work, unit.timeout)
        sizes = _write_all(unit, texts)
    except Exception as exc:
        record = _base_record(unit)
        record.update(status="error", error=_one_line(exc))
        ok = False
        sizes = {}
    else:
        ok = True
        record["outputs"] = dict(unit.outputs)
    return UnitResult(
        unit.name,
        unit.kind,
        ok,
        record,
        sizes,
        time.perf_counter() - started,
        time.process_time() - cpu,
    )


def _init_local_worker() -> None:
    """A pool worker leaves Ctrl-C to the parent, which lets running units finish cleanly."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


# --- executors -----------------------------------------------------------------------------------


class _Runner:
    """Runs units on an executor and yields their results as they finish.

    ``cancel`` stops units that have not started; ``results`` may be called
    again afterwards to collect the ones still running, so their files and
    results are kept. ``kill`` ends at once (a second Ctrl-C).
    """

    def __init__(self) -> None:
        self.futures: dict[Any, Unit] = {}
        self.pending: set[Any] = set()

    def submit(self, units: Sequence[Unit]) -> None:
        """Start ``units`` (largest first, as given)."""
        raise NotImplementedError

    def results(self) -> Iterator[UnitResult]:
        """Results of submitted units not yet collected, as they finish."""
        raise NotImplementedError

    def cancel(self) -> None:
        """Drop the units that have not started."""

    def kill(self) -> None:
        """Stop everything now."""


class _LocalRunner(_Runner):
    """A process pool (spawn start method); workers ignore Ctrl-C and leave it to the parent."""

    def __init__(self, stack: contextlib.ExitStack, jobs: int, n: int) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        super().__init__()
        self.pool = ProcessPoolExecutor(
            max_workers=max(1, min(jobs, n)),
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_local_worker,
        )
        self.wait = True
        stack.callback(lambda: self.pool.shutdown(wait=self.wait, cancel_futures=True))

    def submit(self, units: Sequence[Unit]) -> None:
        """Queue every unit on the pool."""
        for u in units:
            self.futures[self.pool.submit(run_unit, u)] = u
        self.pending = set(self.futures)

    def results(self) -> Iterator[UnitResult]:
        """Results as units finish; cancelled units are passed over."""
        from concurrent.futures import as_completed

        for future in as_completed(list(self.pending)):
            self.pending.discard(future)
            if not future.cancelled():
                yield _result(self.futures[future], future.result)

    def cancel(self) -> None:
        """Cancel queued units; running ones finish and write their files."""
        for future in self.pending:
            future.cancel()

    def kill(self) -> None:
        """Terminate the worker processes (their temporary files are swept by the next run)."""
        self.wait = False
        self.cancel()
        processes = getattr(self.pool, "_processes", None) or {}
        for process in list(processes.values()):
            process.terminate()


class _DaskRunner(_Runner):
    """A Dask client on ``address``, or on a loopback LocalCluster of ``jobs`` worker processes."""

    def __init__(self, stack: contextlib.ExitStack, jobs: int, address: str | None, n: int) -> None:
        import logging

        import distributed

        super().__init__()
        dist: Any = distributed  # untyped library
        self.as_completed = dist.as_completed
        try:
            if address:
                self.client = dist.Client(address, timeout="20s")
            else:
                cluster = dist.LocalCluster(
                    n_workers=max(1, min(jobs, n)),
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    host="127.0.0.1",
                    silence_logs=logging.ERROR,
                )
                stack.callback(cluster.close)
                self.client = dist.Client(cluster)
        except (OSError, TimeoutError) as exc:
            raise OutputError(address or "LocalCluster", f"cannot start Dask: {exc}") from None
        stack.callback(self.client.close)

    def submit(self, units: Sequence[Unit]) -> None:
        """Submit every unit, bigger ones with higher priority."""
        import uuid

        run = uuid.uuid4().hex[:12]
        for u in units:
            key = f"diffreport-{run}-{u.kind}-{u.name}"
            future = self.client.submit(run_unit, u, key=key, pure=False, priority=_weight(u))
            self.futures[future] = u
        self.pending = set(self.futures)

    def results(self) -> Iterator[UnitResult]:
        """Results as units finish."""
        for future in self.as_completed(list(self.pending)):
            self.pending.discard(future)
            if not future.cancelled():
                yield _result(self.futures[future], future.result)

    def cancel(self) -> None:
        """Cancel every unit not yet collected (Dask cannot tell queued from running)."""
        self.client.cancel(list(self.pending))
        self.pending.clear()

    def kill(self) -> None:
        """Cancel everything; closing the client and cluster ends the workers."""
        self.cancel()


def _result(unit: Unit, get: Callable[[], UnitResult]) -> UnitResult:
    """A unit's result; a worker that died becomes the unit's error."""
    try:
        return get()
    except Exception as exc:
        record = _base_record(unit)
        record.update(status="error", error=f"worker failed: {_one_line(exc)}")
        return UnitResult(unit.name, unit.kind, False, record)


def _weight(u: Unit) -> int:
    """Expected work: input size; a series page aligns every consecutive pair again."""
    return u.cost * 2 if u.kind == "series" else u.cost


def _order_for_speed(units: Sequence[Unit]) -> list[Unit]:
    """Largest first (longest processing time first), so the last unit to finish is small."""
    return sorted(units, key=lambda u: -_weight(u))


# --- the manifest and the run --------------------------------------------------------------------


def _read_manifest(output: str) -> dict[str, Any]:
    try:
        data = json.loads(Path(output, MANIFEST).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("schema") != MANIFEST_SCHEMA:
        return {}
    units = data.get("units")
    return units if isinstance(units, dict) else {}


def _unit_id(u: Unit) -> str:
    return f"{u.kind}:{u.name}"


def _reusable(u: Unit, entry: object) -> UnitResult | None:
    """The recorded result of ``u`` when its key matches and every output is still there."""
    if u.key is None or not isinstance(entry, dict) or entry.get("key") != u.key:
        return None
    sizes = entry.get("sizes")
    record = entry.get("record")
    if not isinstance(sizes, dict) or not isinstance(record, dict):
        return None
    for _, rel in u.outputs:
        try:
            if os.path.getsize(os.path.join(u.root, rel)) != sizes.get(rel):
                return None
        except OSError:
            return None
    return UnitResult(u.name, u.kind, True, record, sizes)


def _sweep(output: str) -> None:
    """Remove temporary files a killed run left behind (only ours, by their prefix)."""
    for folder, _, files in os.walk(output):
        for name in files:
            if name.startswith(TMP_PREFIX):
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join(folder, name))


def _save_manifest(output: str, units: Sequence[Unit], results: Mapping[str, UnitResult]) -> None:
    entries = {}
    for u in units:
        r = results.get(_unit_id(u))
        if r is not None and r.ok and u.key is not None:
            entries[_unit_id(u)] = {"key": u.key, "sizes": r.sizes, "record": r.record}
    data = {"schema": MANIFEST_SCHEMA, "units": entries}
    atomic_write(os.path.join(output, MANIFEST), json.dumps(data, ensure_ascii=False))


@dataclass(frozen=True)
class BatchResult:
    """A finished run: the summary written and how many units ran, were reused or failed."""

    summary: dict[str, Any]
    ran: int
    skipped: int
    failed: int
    output: str

    @property
    def exit_code(self) -> int:
        """0 when every unit succeeded, 1 when any failed."""
        return 1 if self.failed else 0


class Progress:
    """Progress reporting; this base class reports nothing (``--quiet``)."""

    def start(self, total: int, skipped: int) -> None:
        """The run starts: ``total`` units, ``skipped`` of them reused from the last run."""

    def advance(self, result: UnitResult) -> None:
        """One unit finished."""

    def interrupted(self) -> None:
        """Ctrl-C: running units finish their files, pending ones are cancelled."""

    def stop(self) -> None:
        """The run ended (also after an interrupt)."""


def run_batch(
    cfg: BatchConfig,
    *,
    force: bool = False,
    progress: Progress | None = None,
    executor: Literal["local", "dask"] | None = None,
) -> BatchResult:
    """Run every unit of ``cfg`` not already done, then write ``summary.json`` and ``index.html``.

    ``force`` redoes units the manifest would skip; ``executor`` overrides the
    config's. Results land in config order whatever order the units finish in.
    """
    started = time.perf_counter()
    progress = progress or Progress()
    units = fingerprint(plan(cfg))
    manifest = {} if force else _read_manifest(cfg.output)
    results: dict[str, UnitResult] = {}
    todo: list[Unit] = []
    for u in units:
        reused = _reusable(u, manifest.get(_unit_id(u)))
        if reused is not None:
            results[_unit_id(u)] = reused
        else:
            todo.append(u)
    skipped = len(results)
    kind = executor or cfg.executor
    ordered = _order_for_speed(todo)

    with contextlib.ExitStack() as stack:
        runner = _Runner()
        if ordered and kind == "dask":
            runner = _DaskRunner(stack, cfg.jobs, cfg.dask_address, len(ordered))
        elif ordered:
            runner = _LocalRunner(stack, cfg.jobs, len(ordered))
        try:
            os.makedirs(cfg.output, exist_ok=True)
        except OSError as exc:
            raise OutputError(cfg.output, f"cannot create ({exc.strerror or exc})") from None
        _sweep(cfg.output)  # before any worker starts writing

        def take(r: UnitResult) -> None:
            results[f"{r.kind}:{r.name}"] = r
            if r.ok:
                _save_manifest(cfg.output, units, results)
            progress.advance(r)

        progress.start(len(units), skipped)
        interrupted = False
        try:
            if ordered:
                runner.submit(ordered)
                for r in runner.results():
                    take(r)
        except KeyboardInterrupt:
            interrupted = True
            progress.interrupted()
            runner.cancel()
            try:
                for r in runner.results():  # the running units finish; keep what they did
                    take(r)
            except KeyboardInterrupt:
                runner.kill()
            raise
        finally:
            progress.stop()
            _save_manifest(cfg.output, units, results)
            if interrupted:
                # no worker writes any more: a write the interrupt cut short
                # (between creating its temporary file and renaming it) leaves nothing
                _sweep(cfg.output)

    summary = build_summary(cfg, units, results, kind, skipped)
    summary["run"]["elapsed"] = round(time.perf_counter() - started, 3)
    atomic_write(os.path.join(cfg.output, "summary.json"), _dump(summary))
    atomic_write(os.path.join(cfg.output, "index.html"), render_index(summary, cfg))
    failed = sum(1 for r in results.values() if not r.ok)
    return BatchResult(summary, len(todo), skipped, failed, cfg.output)


def _dump(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def build_summary(
    cfg: BatchConfig,
    units: Sequence[Unit],
    results: Mapping[str, UnitResult],
    executor: str,
    skipped: int,
) -> dict[str, Any]:
    """``summary.json``: comparisons and series in config order, then run metadata (``run``)."""
    comparisons: list[dict[str, Any]] = []
    series: list[dict[str, Any]] = []
    for u in units:
        r = results.get(_unit_id(u))
        if r is None:  # no result came back (cannot happen unless the run was cut short)
            record = _base_record(u)
            record.update(status="error", error="not run")
        else:
            record = dict(r.record)
        if u.kind == "series":
            record["comparisons"] = [
                v.name for v in units if v.kind == "compare" and v.series == u.name
            ]
            series.append(record)
        else:
            comparisons.append(record)
    return {
        "schema": SCHEMA,
        "comparisons": comparisons,
        "series": series,
        "run": {
            "config": cfg.path,
            "executor": executor,
            "jobs": cfg.jobs,
            "formats": list(cfg.formats),
            "units": len(units),
            "skipped": skipped,
            "failed": sum(1 for c in (*comparisons, *series) if c["status"] != "ok"),
            "diffreport": __version__,
            # wall and CPU seconds each unit took in its worker this run (0 when reused)
            "unit_seconds": {
                _unit_id(u): [
                    round(results[_unit_id(u)].seconds, 3),
                    round(results[_unit_id(u)].cpu_seconds, 3),
                ]
                for u in units
                if _unit_id(u) in results
            },
        },
    }


class RichProgress(Progress):
    """A rich progress bar on stderr (counts, failures, elapsed time and ETA)."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.console = Console(stderr=True)
        self.bar = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("[red]{task.fields[failed]} failed"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=self.console,
        )
        self.task: Any = None
        self.failed = 0

    def start(self, total: int, skipped: int) -> None:
        """Show the bar; reused units count as done."""
        self.bar.start()
        label = f"batch ({skipped} unchanged)" if skipped else "batch"
        self.task = self.bar.add_task(label, total=total, completed=skipped, failed=0)

    def advance(self, result: UnitResult) -> None:
        """Step the bar; print a failed unit's error above it."""
        if not result.ok:
            self.failed += 1
            self.bar.console.print(
                f"[red]error[/red] {result.name}: {result.record['error']}",
                markup=True,
                highlight=False,
            )
        self.bar.update(self.task, advance=1, failed=self.failed)

    def interrupted(self) -> None:
        """Say why the run does not stop at once."""
        self.bar.console.print(
            "interrupted: running comparisons finish their files first (Ctrl-C again: stop now)"
        )

    def stop(self) -> None:
        """Remove the live display."""
        self.bar.stop()


class LineProgress(Progress):
    """Plain lines on stderr for a log or a pipe: one per failed unit (all of them unless quiet)."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet

    def interrupted(self) -> None:
        """Say why the run does not stop at once."""
        import sys

        print(
            "diffreport: interrupted: running comparisons finish their files first"
            " (Ctrl-C again: stop now)",
            file=sys.stderr,
        )

    def advance(self, result: UnitResult) -> None:
        """Print a failed unit's error."""
        if not result.ok:
            import sys

            print(f"diffreport: error: {result.name}: {result.record['error']}", file=sys.stderr)


def make_progress(quiet: bool) -> Progress:
    """A rich bar when stderr is a terminal and not ``quiet``; plain error lines otherwise."""
    import sys

    if not quiet and sys.stderr.isatty():
        return RichProgress()
    return LineProgress(quiet)


# --- index.html ----------------------------------------------------------------------------------


def _link(outputs: Mapping[str, str]) -> str | None:
    for fmt in ("html", "markdown", "terminal", "json"):
        if fmt in outputs:
            return outputs[fmt]
    return None


def render_index(summary: Mapping[str, Any], cfg: BatchConfig | None = None) -> str:
    """``index.html``: a sortable table of every comparison and series (inline CSS/JS, no network).

    Every value from the config or the reports is autoescaped; links are the
    relative output paths from the summary. The page's Content-Security-Policy
    allows no network and only its own style and script (by hash).
    """
    from importlib import resources

    from markupsafe import Markup

    from diffreport.render.pages import csp_hash, environment

    env = environment()
    templates = resources.files("diffreport.render").joinpath("templates")
    base_css = templates.joinpath("report.css").read_text("utf-8")
    series_link = {s["name"]: _link(s["outputs"]) for s in summary["series"]}
    rows = [
        {
            **c,
            "href": _link(c["outputs"]),
            "series_href": series_link.get(c["series"]) if c.get("series") else None,
            "others": sorted(c["outputs"].items()),
        }
        for c in summary["comparisons"]
    ]
    series = [
        {**s, "href": _link(s["outputs"]), "others": sorted(s["outputs"].items())}
        for s in summary["series"]
    ]
    ok = sum(1 for c in summary["comparisons"] if c["status"] == "ok")
    return env.get_template("batch_index.html.j2").render(
        title=Path(cfg.path).name if cfg else "batch",
        rows=rows,
        series=series,
        ok=ok,
        failed=len(rows) - ok,
        statuses=("unchanged", "modified", "moved", "added", "removed"),
        version=__version__,
        # our own static stylesheet, not report text: safe to embed as it is
        base_css=Markup(base_css),
        base_css_hash=csp_hash(base_css),
    )
