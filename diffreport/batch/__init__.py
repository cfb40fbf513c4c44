"""Batch runs: many comparisons and series from one YAML config, on local processes or Dask.

The stages run one way, like the rest of the pipeline:

``load_config`` (read with a ``yaml.SafeLoader``, validate every key, touch nothing) ->
``plan`` (one work unit per comparison plus one per series page; content hashes
of the inputs) -> ``run_batch`` (skip units the manifest says are done, run the
rest on a process pool or a Dask cluster) -> ``summary.json`` and ``index.html``.

Workers write their own outputs (each file under a temporary name, then renamed)
and send back only a small record, so nothing large is pickled back to the
parent. Records carry no timestamps and are put in config order, so a local run
and a Dask run of one config give identical ``comparisons`` and ``series``.

Output layout (every path in ``summary.json`` is relative to ``output``)::

    index.html, summary.json, .diffreport-manifest.json, .diffreport-lock
    pairs/<name>.<ext>                          one per format
    series/<name>/<old>-<new>.<ext>             each consecutive pair of a series
    series/<name>/series.<ext>                  the series page, in each format
"""

from diffreport.batch.config import MANIFEST, BatchConfig, Input, PairSpec, SeriesSpec, load_config
from diffreport.batch.index import build_summary, render_index
from diffreport.batch.progress import LineProgress, Progress, RichProgress, make_progress
from diffreport.batch.run import BatchResult, run_batch
from diffreport.batch.units import Unit, UnitResult, fingerprint, plan
from diffreport.batch.worker import UnitTimeout, call_with_timeout, comparison_record, run_unit

__all__ = [
    "MANIFEST",
    "BatchConfig",
    "BatchResult",
    "Input",
    "LineProgress",
    "PairSpec",
    "Progress",
    "RichProgress",
    "SeriesSpec",
    "Unit",
    "UnitResult",
    "UnitTimeout",
    "build_summary",
    "call_with_timeout",
    "comparison_record",
    "fingerprint",
    "load_config",
    "make_progress",
    "plan",
    "render_index",
    "run_batch",
    "run_unit",
]
