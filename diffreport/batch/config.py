"""The batch config: read it with a safe YAML loader, validate every key, touch nothing."""

from __future__ import annotations

import dataclasses
import difflib
import glob
import math
import os
import re
import threading
import typing
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from diffreport.errors import ConfigError
from diffreport.options import CompareOptions, OptionError
from diffreport.output import file_identity
from diffreport.reading.limits import max_chars
from diffreport.render import FORMATS

Executor = Literal["local", "dask"]
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
#: longest file or folder name most file systems take (ext4, XFS, APFS, NTFS: 255 bytes or units)
NAME_MAX = 255
PAIR_KEYS = ("name", "old", "new", "labels")

#: the files a run writes at the top of ``output``, beside its reports in pairs/ and series/
SUMMARY = "summary.json"
INDEX = "index.html"
TARGETS = "targets.csv"
#: which units a run finished, for the next run to skip (``batch.manifest``)
MANIFEST = ".diffreport-manifest.json"
#: the lock file a run holds in its output folder (``batch.run``)
LOCK = ".diffreport-lock"
RUN_FILES = (INDEX, SUMMARY, TARGETS, MANIFEST, LOCK)


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
    executor: Executor
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
    if isinstance(value, int | float):
        return repr(value)  # the number itself: "got 0", not "got an integer", for jobs: 0
    names: dict[type, str] = {list: "a list", dict: "a mapping"}
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


def file_part(label: str) -> str:
    """A label as one safe file-name part (``2024`` stays ``2024``)."""
    part = re.sub(r"[^\w.\-]+", "_", label).strip("._") or "x"
    return part[:80]


def _expand(
    check: _Check, pattern: str, key: str, base: str, output: str | None = None
) -> list[tuple[str, str]]:
    """Files a glob matches, sorted: (absolute path, path as relative to the config).

    A glob never matches the batch's own outputs (``output``'s pairs/ and series/, its
    ``RUN_FILES``): they are not its inputs (``**/*.txt`` beside ``output: res`` would take
    ``res/…/*.txt`` on the next run, ``*.html`` beside ``output: .`` the last run's
    ``index.html``), though the inputs may lie in ``output`` itself (``output: .``).
    """
    absolute = os.path.isabs(pattern)
    found = (
        glob.glob(pattern, recursive=True)
        if absolute
        else glob.glob(pattern, root_dir=base, recursive=True)
    )
    files = sorted(p for p in found if os.path.isfile(p if absolute else os.path.join(base, p)))
    if output is not None and glob.has_magic(pattern):
        own = [os.path.join(output, name) for name in (*_REPORT_FOLDERS, *RUN_FILES)]
        outside = [p for p in files if not any(_under(os.path.join(base, p), f) for f in own)]
        if files and not outside:
            check.fail(
                key,
                f"{pattern!r} matches only the batch's own outputs "
                f"(pairs/, series/, {', '.join(RUN_FILES[:3])})",
            )
        files = outside
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


#: the folders under ``output`` a batch writes its reports into
_REPORT_FOLDERS = ("pairs", "series")


def _under(path: str, folder: str) -> bool:
    """Whether ``path`` is ``folder`` (or that file) or lies below it, links resolved."""
    path, folder = os.path.realpath(path), os.path.realpath(folder)
    return os.path.commonpath([path, folder]) == folder


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
    try:
        return CompareOptions(**knobs)
    except OptionError as error:  # a value out of its range (candidates: -3)
        check.fail(f"options.{error.name.replace('_', '-')}", error.detail)


def load_config(path: str | os.PathLike[str]) -> BatchConfig:
    """Read and validate a batch config; raise ``ConfigError`` (key path + file) on any fault.

    Nothing is written and no comparison runs here: every key, type, file and
    glob is checked first. Paths are relative to the config file's folder.
    """
    from diffreport.batch.yaml_loader import read_config  # PyYAML only when a config is read

    file = os.fspath(path)
    check = _Check(file)
    base = os.path.dirname(os.path.abspath(file))
    top = check.mapping(read_config(file), "", TOP_KEYS)
    max_chars()  # an unusable DIFFREPORT_MAX_CHARS is refused here once, not by every unit
    output = _output_folder(check, top, base)
    formats = _formats(check, top)
    jobs = _jobs(check, top)
    executor, address = _executor(check, top)
    timeout = _timeout(check, top)
    options = _options(check, top.get("options"))
    series_entries = _entries(check, top, "series")
    series = [
        _series(check, entry, f"series[{i}]", base, output)
        for i, entry in enumerate(series_entries)
    ]
    label_keys = [
        f"series[{i}].labels" if isinstance(e, dict) and "labels" in e else f"series[{i}].files"
        for i, e in enumerate(series_entries)
    ]
    pairs = [
        _pair(check, entry, f"pairs[{i}]", base, output)
        for i, entry in enumerate(_entries(check, top, "pairs"))
    ]
    if not series and not pairs:
        check.fail("pairs", "nothing to compare: give at least one entry in series or pairs")
    cfg = BatchConfig(
        path=os.path.abspath(file),
        output=output,
        formats=formats,
        jobs=jobs,
        executor=executor,
        dask_address=address,
        timeout=timeout,
        options=options,
        series=tuple(series),
        pairs=tuple(pairs),
    )
    _check_outputs(check, cfg, label_keys)
    return cfg


def _output_folder(check: _Check, top: Mapping[str, Any], base: str) -> str:
    """``output``: required; a folder, or nothing yet."""
    if "output" not in top:
        check.fail("output", "missing: name the folder for the results")
    name = check.string(top["output"], "output")
    if "\0" in name:
        check.fail("output", f"{name!r}: a folder name cannot hold a NUL character")
    output = os.path.normpath(os.path.join(base, name))
    if os.path.exists(output) and not os.path.isdir(output):
        check.fail("output", f"{top['output']!r} exists and is not a folder")
    return output


def _formats(check: _Check, top: Mapping[str, Any]) -> tuple[str, ...]:
    """``formats``: known output formats, each once (default html and json)."""
    formats = check.strings(top.get("formats", ["html", "json"]), "formats")
    for i, fmt in enumerate(formats):
        if fmt not in FORMATS:
            check.fail(f"formats[{i}]", f"unknown format {fmt!r}; known: {', '.join(FORMATS)}")
    if len(set(formats)) != len(formats):
        check.fail("formats", "a format is listed twice")
    return tuple(formats)


def _jobs(check: _Check, top: Mapping[str, Any]) -> int:
    """``jobs``: a whole number of at least 1 (default: one per CPU)."""
    jobs = top.get("jobs")
    if jobs is None:
        return cpu_count()
    if isinstance(jobs, int) and not isinstance(jobs, bool) and jobs >= 1:
        return jobs
    check.fail("jobs", f"expected a whole number of at least 1, got {_kind(jobs)}")


def cpu_count() -> int:
    """The CPUs this process may run on (its affinity mask, where the system has one)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def _executor(check: _Check, top: Mapping[str, Any]) -> tuple[Executor, str | None]:
    """``executor`` and ``dask_address``; Dask must be installed to be chosen."""
    executor = top.get("executor", "local")
    if executor not in EXECUTORS:
        check.fail("executor", f"expected one of {', '.join(EXECUTORS)}, got {_kind(executor)}")
    address = top.get("dask_address")
    if address is not None:
        check.string(address, "dask_address")
    if executor == "dask" and not _dask_installed():
        check.fail("executor", "dask is not installed: pip install '.[dask]' in the checkout")
    return executor, address


def _timeout(check: _Check, top: Mapping[str, Any]) -> float | None:
    """``timeout``: positive seconds per unit, or null for no limit."""
    timeout = top.get("timeout")
    if timeout is None:
        return None
    if isinstance(timeout, bool) or not isinstance(timeout, int | float):
        check.fail("timeout", f"expected seconds (a number) or null, got {_kind(timeout)}")
    if not timeout > 0:
        check.fail("timeout", f"expected a positive number of seconds, got {timeout}")
    if not math.isfinite(timeout) or timeout > threading.TIMEOUT_MAX:
        check.fail(
            "timeout",
            f"expected a finite number of seconds (at most {threading.TIMEOUT_MAX:.0f}), "
            f"got {timeout}; use null for no limit",
        )
    return float(timeout)


def _entries(check: _Check, top: Mapping[str, Any], key: str) -> list[object]:
    """``series`` or ``pairs``: a list, or absent."""
    entries = top.get(key)
    if entries is not None and not isinstance(entries, list):
        check.fail(key, f"expected a list, got {_kind(entries)}")
    return entries or []


def _series(check: _Check, entry: object, key: str, base: str, output: str) -> SeriesSpec:
    """One entry of ``series``: a safe name and at least two files, distinctly labelled."""
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
        for hit in _expand(check, pattern, f"{key}.files[{j}]", base, output):
            if hit[0] not in seen:
                seen.add(hit[0])
                found.append(hit)
    if len(found) < 2:
        check.fail(f"{key}.files", f"a series needs at least 2 files, found {len(found)}")
    labels = _labels(check, spec.get("labels"), f"{key}.labels", len(found))
    inputs = tuple(
        Input(p, d, lab or _default_label(p)) for (p, d), lab in zip(found, labels, strict=True)
    )
    parts = [file_part(x.label) for x in inputs]
    if len(set(parts)) != len(parts):
        check.fail(
            f"{key}.labels" if "labels" in spec else f"{key}.files",
            "two files have the same label; give distinct labels",
        )
    return SeriesSpec(name, inputs)


def _pair(check: _Check, entry: object, key: str, base: str, output: str) -> PairSpec:
    """One entry of ``pairs``: a safe name, one old and one new file."""
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
    return PairSpec(name, old, new)


@dataclass(frozen=True)
class Planned:
    """One unit of work as the config names it: what it is, where it writes, which keys name it."""

    kind: Literal["compare", "series"]
    name: str
    series: str | None
    inputs: tuple[Input, ...]
    stem: str  # output path relative to ``output``, without the format's extension
    key: str  # the key path of its name
    leaf_key: str  # the key path its file name comes from (labels, for a series' comparison)
    what: str  # how an error message names it


def planned(cfg: BatchConfig, label_keys: Sequence[str] | None = None) -> list[Planned]:
    """Every unit of ``cfg`` in summary order: series pairs, series pages, then pairs."""
    out: list[Planned] = []
    for i, s in enumerate(cfg.series):
        key = f"series[{i}].name"
        leaf = label_keys[i] if label_keys else f"series[{i}].labels"
        for a, b in zip(s.files, s.files[1:], strict=False):
            name = series_pair_name(s, a, b)
            what = f"{a.label!r}→{b.label!r}"
            out.append(Planned("compare", name, s.name, (a, b), f"series/{name}", key, leaf, what))
        stem = f"series/{s.name}/series"
        out.append(Planned("series", s.name, s.name, s.files, stem, key, key, repr(s.name)))
    for i, p in enumerate(cfg.pairs):
        key = f"pairs[{i}].name"
        stem = f"pairs/{p.name}"
        out.append(Planned("compare", p.name, None, (p.old, p.new), stem, key, key, repr(p.name)))
    return out


def _check_outputs(check: _Check, cfg: BatchConfig, label_keys: Sequence[str]) -> None:
    """Refuse two units sharing a name or an output file, and names too long to write.

    Every unit must keep its own result and files: two comparisons that would
    write one path (labels ``a-b``→``a`` and ``a``→``b-a`` both give ``a-b-a``),
    a file where another unit needs a folder, or a path part over ``NAME_MAX``
    bytes (UTF-8) would lose a comparison or fail at write time.
    """
    ids: dict[str, Planned] = {}
    files: dict[str, Planned] = {}
    longest = max(len(FORMATS[f].extension) for f in cfg.formats)
    for u in planned(cfg, label_keys):
        *folders, leaf = u.stem.split("/")
        for part, key in [*((p, u.key) for p in folders), (f"{leaf}.{'x' * longest}", u.leaf_key)]:
            size = len(part.encode("utf-8", "surrogatepass"))
            if size > NAME_MAX:
                what = u.what if len(u.what) <= 60 else u.what[:50] + "…"
                check.fail(
                    key,
                    f"{what} makes a file or folder name of {size} bytes; "
                    f"at most {NAME_MAX} bytes (UTF-8) per path part",
                )
        uid = f"{u.kind}:{u.name}"  # one summary entry per name, whatever folder it writes to
        if uid in ids and ids[uid].key != u.key:
            check.fail(u.key, f"{u.name!r} is used by {ids[uid].key} too")
        ids[uid] = u
        for fmt in cfg.formats:
            rel = f"{u.stem}.{FORMATS[fmt].extension}"
            other = files.setdefault(rel, u)
            if other is not u:
                check.fail(
                    u.leaf_key,
                    f"{u.what} would write {rel}, as {other.what} ({other.leaf_key}) does; "
                    "give names or labels that stay distinct",
                )
    folders_of = {rel.rsplit("/", i)[0] for rel in files for i in range(1, rel.count("/") + 1)}
    for rel, u in files.items():
        if rel in folders_of:
            check.fail(u.key, f"{u.what} would write {rel}, which another name needs as a folder")
    _refuse_overwriting_inputs(check, cfg, [*RUN_FILES, *files])


def _refuse_overwriting_inputs(check: _Check, cfg: BatchConfig, written: Sequence[str]) -> None:
    """Refuse an input that a file the run writes (``written``, relative to ``output``) would
    replace: ``index.html`` beside ``output: .``, a pair's old report named as an input.

    Files are told apart as ``atomic_write`` replaces them (``output.file_identity``).
    """
    keys: dict[tuple[int, int], tuple[str, Input]] = {}
    for i, s in enumerate(cfg.series):
        for x in s.files:
            _identify(keys, x, f"series[{i}].files")
    for i, p in enumerate(cfg.pairs):
        _identify(keys, p.old, f"pairs[{i}].old")
        _identify(keys, p.new, f"pairs[{i}].new")
    if not keys:
        return
    for rel in written:
        identity = file_identity(os.path.join(cfg.output, rel))
        if identity in keys:
            key, x = keys[identity]
            check.fail(
                key,
                f"{x.display!r} is an output path of this run ({rel} in the output folder), "
                "which would overwrite it; move the input or choose another output folder",
            )


def _identify(keys: dict[tuple[int, int], tuple[str, Input]], x: Input, key: str) -> None:
    """Record the file identity of input ``x`` under its key path (the first key to name it)."""
    identity = file_identity(x.path)
    if identity is not None:
        keys.setdefault(identity, (key, x))


def _dask_installed() -> bool:
    import importlib.util

    return importlib.util.find_spec("distributed") is not None


def series_pair_name(s: SeriesSpec, a: Input, b: Input) -> str:
    """The name of the comparison of consecutive files ``a`` and ``b`` of series ``s``."""
    return f"{s.name}/{file_part(a.label)}-{file_part(b.label)}"
