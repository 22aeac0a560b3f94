from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JupyterKernelSpec")


@_attrs_define
class JupyterKernelSpec:
    """Jupyter's identification of a kernel.

    Attributes:
        name (str | Unset): Identifier of the kernel in Jupyter (`python3`, `ir`, ...).
        display_name (str | Unset): Name of the kernel as Jupyter's UI shows it.
        language (str | Unset): Language of the kernel (`python`, `R`, `scala`).
    """

    name: str | Unset = UNSET
    display_name: str | Unset = UNSET
    language: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        display_name = self.display_name

        language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        display_name = d.pop("display_name", UNSET)

        language = d.pop("language", UNSET)

        jupyter_kernel_spec = cls(
            name=name,
            display_name=display_name,
            language=language,
        )

        jupyter_kernel_spec.additional_properties = d
        return jupyter_kernel_spec

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
