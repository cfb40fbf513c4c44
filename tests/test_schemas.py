"""The published JSON Schemas (diffreport/schemas) hold what diffreport really writes and reads."""

from __future__ import annotations

import dataclasses
import json
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from click.testing import CliRunner

from diffreport.cli import main
from diffreport.options import BOUNDS, CompareOptions
from diffreport.render import FORMATS

from .conftest import ROOT, corpus


def schema(name: str) -> dict[str, Any]:
    text = resources.files("diffreport").joinpath(f"schemas/{name}.schema.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    jsonschema.Draft202012Validator.check_schema(loaded)
    return loaded


def validate(instance: object, name: str) -> None:
    jsonschema.Draft202012Validator(schema(name)).validate(instance)


def json_of(*args: str) -> Any:
    result = CliRunner().invoke(main, [*args, "--format", "json"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("cn-state-council/2024.txt", "cn-state-council/2025.txt"),
        ("fomc-sentences/2022-01-26.txt", "fomc-sentences/2022-03-16.txt"),
        ("fomc/2008-10-29.txt", "fomc/2008-12-16.txt"),
    ],
)
def test_real_comparisons_validate(old: str, new: str) -> None:
    output = json_of("compare", str(corpus(old)), str(corpus(new)))
    validate(output, "compare-1")
    assert output["schema"] == schema("compare-1")["properties"]["schema"]["const"]
    # every field the contract writes is one the schema requires
    assert set(output) == set(schema("compare-1")["required"])


@pytest.mark.corpus
def test_a_real_series_validates() -> None:
    files = [str(corpus(f"cn-state-council/{year}.txt")) for year in (2022, 2023, 2024)]
    output = json_of("series", *files)
    validate(output, "series-1")
    assert set(output) == set(schema("series-1")["required"])
    assert output["followthrough"] and output["numbers"]


def test_a_broken_output_does_not_validate() -> None:
    output = json_of(
        "compare",
        str(ROOT / "samples/zh/qinghe-2024.txt"),
        str(ROOT / "samples/zh/qinghe-2025.txt"),
    )
    validate(output, "compare-1")
    del output["counts"]
    with pytest.raises(jsonschema.ValidationError, match="'counts' is a required property"):
        validate(output, "compare-1")


@pytest.mark.parametrize("config", sorted((ROOT / "configs").glob("*.yaml")), ids=lambda p: p.name)
def test_the_shipped_configs_validate(config: Path) -> None:
    validate(yaml.safe_load(config.read_text(encoding="utf-8")), "batch-config")


@pytest.mark.parametrize(
    ("config", "where"),
    [
        ({"output": "out", "pairs": [{"name": "a", "old": "a.txt"}]}, "'new' is a required"),
        ({"output": "out", "series": [{"name": "../x", "files": ["*.txt"]}]}, "does not match"),
        ({"output": "out", "pairs": [], "jobs": 0}, "less than the minimum"),
        ({"output": "out", "pairs": [], "options": {"candidates": -3}}, "less than the minimum"),
        ({"output": "out", "pairs": [], "formats": ["pdf"]}, "is not one of"),
        ({"output": "out", "pairs": [], "paris": []}, "Additional properties"),
    ],
)
def test_a_wrong_config_does_not_validate(config: dict[str, Any], where: str) -> None:
    with pytest.raises(jsonschema.ValidationError, match=where):
        validate(config, "batch-config")


def test_the_config_schema_knows_every_format_and_option() -> None:
    properties = schema("batch-config")["properties"]
    assert properties["formats"]["items"]["enum"] == list(FORMATS)
    options = properties["options"]["properties"]
    for f in dataclasses.fields(CompareOptions):
        low, high = BOUNDS[f.name]
        for name in (f.name, f.name.replace("_", "-")):
            assert options[name].get("minimum") == low, name
            assert options[name].get("maximum") == high, name


@pytest.mark.corpus
def test_a_number_says_what_it_is_and_for_which_period() -> None:
    output = json_of(
        "compare",
        str(corpus("cn-state-council/2024.txt")),
        str(corpus("cn-state-council/2025.txt")),
    )
    sides = [n[side] for n in output["numbers"] for side in ("old", "new") if n[side]]
    assert {"growth", "change", "level", "ratio", "count"} <= {s["form"] for s in sides}
    assert {"year", "past"} <= {s["period"] for s in sides}
    # 赤字规模…比上年增加1.6万亿元 is a change of the deficit, not a deficit
    deficit = [n for n in output["numbers"] if n["metric"] == "赤字规模比上年增加"]
    assert deficit and deficit[0]["new"]["form"] == "change"
    sides[0]["form"] = "trend"
    with pytest.raises(jsonschema.ValidationError, match="'trend'"):
        validate(output, "compare-1")
