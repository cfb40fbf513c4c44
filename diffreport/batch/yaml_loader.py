"""The batch config's YAML loader: safe loading that also refuses what ``yaml.safe_load`` lets by.

``read_config`` reads the file (to ``MAX_CONFIG_BYTES`` at most) and loads it so.

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

from diffreport.errors import ConfigError, InputError
from diffreport.reading.files import open_input

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


#: the most bytes a batch config is read to: a config lists files, globs and options, a
#: few kilobytes (10,000 pairs written out one by one are under a megabyte)
MAX_CONFIG_BYTES = 1 << 20


def read_config(path: str) -> Any:
    """The YAML of the batch config file ``path``: one line naming the file for any fault.

    ``InputError`` when it cannot be read, is over ``MAX_CONFIG_BYTES`` or is not
    UTF-8; ``ConfigError`` with the line or the key path when it is not valid YAML
    or gives a key twice.
    """
    try:
        with open_input(path) as handle:
            raw = handle.read(MAX_CONFIG_BYTES + 1)  # /dev/zero or a huge file: never all of it
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory, not a config file") from None
    except OSError as exc:
        raise InputError(path, f"cannot read ({exc.strerror or exc})") from None
    if len(raw) > MAX_CONFIG_BYTES:
        raise InputError(
            path,
            f"more than {MAX_CONFIG_BYTES:,} bytes, too large for a batch config "
            "(a config names files and globs; is this the right file?)",
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(path, "is not UTF-8 text") from None
    try:
        return safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "(yaml)"
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ConfigError(where, f"not valid YAML: {problem}", path) from None
    except RecursionError:  # thousands of nested brackets: PyYAML composes them recursively
        raise InputError(path, "not valid YAML (nested too deeply)") from None
    except ConfigError as exc:  # a key given twice: the loader knows its key path, not the file
        raise ConfigError(exc.key_path, exc.detail, path) from None
