"""The public modules of dssclient and their public members, as the reference documents them.

One list serves the reference generator (``docs/_ext/dssdocs.py``), the docstring count
(``tests/docs/test_docstrings.py``) and the check that every public module has a page.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Iterator
from types import ModuleType

import dssclient

# Packages whose public modules are documented; private modules (a leading underscore) are not.
_ROOTS = ("dssclient.dss", "dssclient.aio.dss")
# Other public modules, by name.
_SINGLE = (
    "dssclient",
    "dssclient.dssclient",
    "dssclient.aio.dssclient",
    "dssclient.apinode_client",
    "dssclient.aio.apinode_client",
    "dssclient.apinode_admin_client",
    "dssclient.aio.apinode_admin_client",
    "dssclient.errors",
    "dssclient.payloads",
    "dssclient.recipe_payloads",
    "dssclient.utils",
    "dssclient.emulator",
    "dssclient.emulator.config",
    "dssclient.emulator.pytest_plugin",
)


# Public classes defined in private modules, documented on the ``dssclient`` page.
SHARED_CLASSES = (
    "dssclient._stream.DSSStream",
    "dssclient.aio._stream.AsyncDSSStream",
    "dssclient._polling.PollingSchedule",
    "dssclient._polling.ProgressPrinter",
    "dssclient._retry.RetryPolicy",
)


def public_modules() -> list[str]:
    """Every public module of the handle layer and the shared modules, sorted."""
    names = set(_SINGLE)
    for root in _ROOTS:
        package = importlib.import_module(root)
        names.add(root)
        for info in pkgutil.iter_modules(package.__path__):
            if not info.name.startswith("_"):
                names.add(f"{root}.{info.name}")
    assert dssclient.__name__ == "dssclient"
    return sorted(names)


def defined_classes(module: ModuleType) -> list[type]:
    """Public classes defined in ``module`` itself (not imported into it)."""
    return [
        value
        for name, value in sorted(vars(module).items())
        if not name.startswith("_") and inspect.isclass(value) and value.__module__ == module.__name__
    ]


def public_members(cls: type) -> Iterator[tuple[str, object]]:
    """Public methods and properties that ``cls`` defines itself (inherited ones belong to their base)."""
    for name, value in vars(cls).items():
        if name.startswith("_"):
            continue
        if isinstance(value, property | staticmethod | classmethod) or inspect.isfunction(value):
            yield name, value


def docstring_of(value: object) -> str | None:
    """The member's own docstring (a property's getter's, a function's), not one inherited from its type."""
    if isinstance(value, staticmethod | classmethod):
        value = value.__func__
    if isinstance(value, property):
        value = value.fget
    doc = getattr(value, "__doc__", None)
    return doc.strip() if isinstance(doc, str) and doc.strip() else None


def documented_classes() -> Iterator[type]:
    """Every class whose methods and properties the reference documents, over both variants."""
    for module_name in public_modules():
        module = importlib.import_module(module_name)
        for cls in defined_classes(module):
            if not (issubclass(cls, BaseException) or _is_enum_or_typeddict(cls)):
                yield cls
    for qualified in SHARED_CLASSES:
        module_name, _, class_name = qualified.rpartition(".")
        yield getattr(importlib.import_module(module_name), class_name)


def all_members() -> list[str]:
    """``module.Class.member`` of every public method and property the reference documents."""
    return [
        f"{cls.__module__}.{cls.__qualname__}.{name}" for cls in documented_classes() for name, _ in public_members(cls)
    ]


def undocumented() -> list[str]:
    """``module.Class.member`` of every public method or property without a docstring, over both variants."""
    return [
        f"{cls.__module__}.{cls.__qualname__}.{name}"
        for cls in documented_classes()
        for name, value in public_members(cls)
        if docstring_of(value) is None
    ]


def _is_enum_or_typeddict(cls: type) -> bool:
    import enum

    return issubclass(cls, enum.Enum) or hasattr(cls, "__required_keys__")
