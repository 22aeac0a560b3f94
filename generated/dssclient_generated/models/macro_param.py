from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MacroParam")


@_attrs_define
class MacroParam:
    """A parameter of a macro, as its `runnable.json` declares it.

    Attributes:
        name (str | Unset): Name of the parameter, its key in `params`.
        type_ (str | Unset): Type of the parameter: `STRING`, `INT`, `BOOLEAN`, `CONNECTION`, `DATASET`, ...
        label (str | Unset): Label shown in the UI.
        description (str | Unset): Help shown in the UI.
        mandatory (bool | Unset): Whether a run must give it.
        default_value (Any | Unset): Value used when a run does not give it.
    """

    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    label: str | Unset = UNSET
    description: str | Unset = UNSET
    mandatory: bool | Unset = UNSET
    default_value: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        label = self.label

        description = self.description

        mandatory = self.mandatory

        default_value = self.default_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if label is not UNSET:
            field_dict["label"] = label
        if description is not UNSET:
            field_dict["description"] = description
        if mandatory is not UNSET:
            field_dict["mandatory"] = mandatory
        if default_value is not UNSET:
            field_dict["defaultValue"] = default_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        label = d.pop("label", UNSET)

        description = d.pop("description", UNSET)

        mandatory = d.pop("mandatory", UNSET)

        default_value = d.pop("defaultValue", UNSET)

        macro_param = cls(
            name=name,
            type_=type_,
            label=label,
            description=description,
            mandatory=mandatory,
            default_value=default_value,
        )

        macro_param.additional_properties = d
        return macro_param

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
