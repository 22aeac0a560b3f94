"""The inputs and outputs of the recipe being run."""

from __future__ import annotations

from typing import Any

from . import Dataset
from ._runtime import context, unsupported


def __getattr__(name: str) -> Any:
    raise unsupported("dataiku.recipe", name)


def _names(side: str, role: str | None) -> list[str]:
    roles: dict[str, list[str]] = context().get(side) or {}
    if role is not None:
        return list(roles.get(role) or [])
    return [name for names in roles.values() for name in names]


def get_input_names_for_role(role: str) -> list[str]:
    return _names("inputs", role)


def get_output_names_for_role(role: str) -> list[str]:
    return _names("outputs", role)


def get_inputs_as_datasets(role: str | None = None) -> list[Dataset]:
    return [Dataset(name) for name in _names("inputs", role)]


def get_outputs_as_datasets(role: str | None = None) -> list[Dataset]:
    return [Dataset(name) for name in _names("outputs", role)]
