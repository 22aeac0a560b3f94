#!/usr/bin/env python3
"""How much of dssclient's public surface returns ``Any``: the measure of issue 16.

    python scripts/typing_share.py            # the share, then the offenders by module
    python scripts/typing_share.py --quiet    # the share only

Over every public class of ``dssclient.dssclient``, ``dssclient.dss.*``, ``dssclient.aio.dssclient``
and ``dssclient.aio.dss.*`` (sync and async), the public methods and properties that return a value,
each counted once in the class that defines it (return annotation not ``None``; an overloaded
method counts by its overloads' returns), and among
them the ones whose return type contains ``Any``: bare ``Any``, ``dict[str, Any]``,
``list[dict[str, Any]]``, ``Iterator[list[Any]]``, ... A TypedDict counts as typed even when some of
its values are ``Any``; so does any other class. Annotations are resolved with
``typing.get_type_hints``, names imported under ``if TYPE_CHECKING:`` included.
tests/spec/test_typing_share.py fails when the share goes above its ratchet.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import inspect
import pkgutil
import sys
import types
import typing
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import typing_extensions

ROOTS = ("dssclient.dssclient", "dssclient.dss", "dssclient.aio.dssclient", "dssclient.aio.dss")


@dataclass(frozen=True)
class Member:
    module: str
    qualname: str  # Class.method
    returns: str  # the return annotation, as text
    has_any: bool


def handle_modules() -> list[types.ModuleType]:
    modules: list[types.ModuleType] = []
    for root in ROOTS:
        module = importlib.import_module(root)
        modules.append(module)
        if hasattr(module, "__path__"):
            for info in pkgutil.iter_modules(module.__path__, root + "."):
                modules.append(importlib.import_module(info.name))
    return modules


def type_checking_names(module: types.ModuleType) -> dict[str, Any]:
    """What the ``if TYPE_CHECKING:`` blocks of ``module`` import, imported for real."""
    tree = ast.parse(inspect.getsource(module))
    names: dict[str, Any] = {"__name__": module.__name__, "__package__": module.__package__}
    for node in tree.body:
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            imports = [statement for statement in node.body if isinstance(statement, (ast.Import, ast.ImportFrom))]
            exec(compile(ast.Module(body=imports, type_ignores=[]), module.__name__, "exec"), names)
    return names


def namespace(modules: list[types.ModuleType]) -> dict[str, Any]:
    """Every name the handle modules define or import (under ``if TYPE_CHECKING:`` too)."""
    names: dict[str, Any] = {}
    for module in modules:
        for source in (vars(module), type_checking_names(module)):
            for name, value in source.items():
                if not name.startswith("__"):
                    names.setdefault(name, value)
    return names


def contains_any(annotation: Any) -> bool:
    if annotation is Any:
        return True
    if typing_extensions.is_typeddict(annotation) or typing.is_typeddict(annotation):
        return False
    return any(contains_any(argument) for argument in typing.get_args(annotation) if argument is not Ellipsis)


def _text(annotation: Any) -> str:
    if isinstance(annotation, type) and not typing.get_args(annotation):
        return annotation.__name__
    return str(annotation).replace("typing.", "").replace("collections.abc.", "")


def returns_of(function: Callable[..., Any], names: dict[str, Any]) -> list[Any]:
    """The return annotations of ``function`` (of each overload, if it has any); [] if it returns None."""
    variants = list(typing.get_overloads(function)) or [function]
    found: list[Any] = []
    for variant in variants:
        hints = typing.get_type_hints(variant, globalns={**names, **variant.__globals__})
        annotation = hints.get("return", inspect.Signature.empty)
        if annotation is inspect.Signature.empty:
            raise TypeError(f"{function.__qualname__} has no return annotation")
        if annotation is not type(None) and annotation is not typing.NoReturn:
            found.append(annotation)
    return found


def members(modules: list[types.ModuleType]) -> Iterator[Member]:
    names = namespace(modules)
    for module in modules:
        for class_name, cls in sorted(vars(module).items()):
            if class_name.startswith("_") or not isinstance(cls, type) or cls.__module__ != module.__name__:
                continue
            if issubclass(cls, BaseException):
                continue
            # Each method once, in the class that defines it (inherited ones are counted in their base).
            for name, attribute in sorted(vars(cls).items()):
                if name.startswith("_"):
                    continue
                if isinstance(attribute, property):
                    function = attribute.fget
                elif isinstance(attribute, (staticmethod, classmethod)):
                    function = attribute.__func__
                elif inspect.isfunction(attribute):
                    function = attribute
                else:
                    continue
                if function is None or not (function.__module__ or "").startswith("dssclient"):
                    continue
                returned = returns_of(function, names)
                if returned:
                    yield Member(
                        module.__name__,
                        f"{class_name}.{name}",
                        " / ".join(_text(r) for r in returned),
                        any(contains_any(r) for r in returned),
                    )


def measure() -> tuple[int, int, list[Member]]:
    """(members returning Any, value-returning members, the offenders)."""
    found = list(members(handle_modules()))
    offenders = [member for member in found if member.has_any]
    return len(offenders), len(found), offenders


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quiet", action="store_true", help="print the share only")
    args = parser.parse_args()
    with_any, total, offenders = measure()
    if not args.quiet:
        by_module: dict[str, list[Member]] = defaultdict(list)
        for member in offenders:
            by_module[member.module].append(member)
        for module, listed in sorted(by_module.items()):
            print(f"{module} ({len(listed)})")
            for member in listed:
                print(f"    {member.qualname} -> {member.returns}")
    print(f"{with_any}/{total} value-returning public handle methods return a type containing Any: ", end="")
    print(share(with_any, total))
    return 0


def share(with_any: int, total: int) -> str:
    return f"{100 * with_any / total:.1f}%"


if __name__ == "__main__":
    sys.exit(main())
