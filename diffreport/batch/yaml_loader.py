"""The batch config's YAML loader: safe loading that also refuses what ``yaml.safe_load`` lets by.

``yaml.safe_load`` keeps the last of two equal keys of a mapping, so a config that
gives ``output:`` twice silently loses the first; and a scalar its tag cannot build
(``2024-13-45``, ``!!int abc``, an integer of 5,000 digits) escapes as a
``ValueError``. ``ConfigLoader`` is a ``SafeLoader``: it builds plain values only,
never Python objects.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml import MappingNode, Node, ScalarNode, SequenceNode

from diffreport.errors import ConfigError

#: the tag of ``<<``, which merges another mapping's keys under the explicit ones
MERGE_TAG = "tag:yaml.org,2002:merge"


class ConfigLoader(yaml.SafeLoader):
    """``yaml.SafeLoader`` that refuses a key given twice and reports unbuildable values."""

    def get_single_data(self) -> Any:
        node = self.get_single_node()
        if node is None:
            return None
        refuse_duplicate_keys(node)
        return self.construct_document(node)

    def construct_object(self, node: Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep)
        except (ValueError, TypeError, AttributeError, OverflowError) as exc:
            # a scalar its tag cannot build: a YAML error with its line, like any other
            what = "the value"
            if isinstance(node, ScalarNode):
                what = repr(node.value if len(node.value) <= 40 else node.value[:40] + "…")
            problem = f"cannot read {what} as {node.tag.rsplit(':', 1)[-1]}"
            if isinstance(exc, ValueError | OverflowError):  # others say only how PyYAML failed
                problem += f" ({str(exc).split(';')[0]})"
            raise yaml.MarkedYAMLError(None, None, problem, node.start_mark) from None


def safe_load(text: str) -> Any:
    """``yaml.safe_load(text)``, refusing a key given twice (``ConfigError`` without the file)."""
    loader = ConfigLoader(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def refuse_duplicate_keys(root: Node) -> None:
    """Raise ``ConfigError`` (no file) naming the key path of a key its mapping gives twice.

    Each node is visited once, so aliases cost nothing more (a "billion laughs"
    config stays linear), and ``<<`` merges are not duplicates: a key given
    beside them overrides the merged one, as YAML means it to.
    """
    seen: set[int] = set()
    todo: list[tuple[Node, str]] = [(root, "")]
    while todo:
        node, path = todo.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        children: list[tuple[Node, str]] = []
        if isinstance(node, MappingNode):
            lines: dict[tuple[str, str], int] = {}
            for key, value in node.value:
                if key.tag == MERGE_TAG or not isinstance(key, ScalarNode):
                    children.append((value, path))
                    continue
                key_path = f"{path}.{key.value}" if path else key.value
                line = key.start_mark.line + 1
                if (key.tag, key.value) in lines:
                    first = lines[key.tag, key.value]
                    where = f"line {line}" if first == line else f"lines {first} and {line}"
                    raise ConfigError(key_path, f"given twice ({where}); give each key once")
                lines[key.tag, key.value] = line
                children.append((value, key_path))
        elif isinstance(node, SequenceNode):
            children = [(item, f"{path}[{i}]") for i, item in enumerate(node.value)]
        todo.extend(reversed(children))  # depth first, in the order of the file
