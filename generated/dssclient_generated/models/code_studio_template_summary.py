from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CodeStudioTemplateSummary")


@_attrs_define
class CodeStudioTemplateSummary:
    """A code studio template as listed by `listCodeStudioTemplates`.

    Attributes:
        id (str): Identifier of the template.
        label (str | Unset): Display label.
        type_ (str | Unset): Type of template (`manual`, `block_based`, ...).
        description (str | Unset): Description of the template.
        build_for (list[str] | Unset): Container configurations the template's images are built for.
        last_built (int | Unset): When the template was last built, in milliseconds since the Unix epoch; absent if
            never built.
    """

    id: str
    label: str | Unset = UNSET
    type_: str | Unset = UNSET
    description: str | Unset = UNSET
    build_for: list[str] | Unset = UNSET
    last_built: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        label = self.label

        type_ = self.type_

        description = self.description

        build_for: list[str] | Unset = UNSET
        if not isinstance(self.build_for, Unset):
            build_for = self.build_for

        last_built = self.last_built

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if build_for is not UNSET:
            field_dict["buildFor"] = build_for
        if last_built is not UNSET:
            field_dict["lastBuilt"] = last_built

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        label = d.pop("label", UNSET)

        type_ = d.pop("type", UNSET)

        description = d.pop("description", UNSET)

        build_for = cast(list[str], d.pop("buildFor", UNSET))

        last_built = d.pop("lastBuilt", UNSET)

        code_studio_template_summary = cls(
            id=id,
            label=label,
            type_=type_,
            description=description,
            build_for=build_for,
            last_built=last_built,
        )

        code_studio_template_summary.additional_properties = d
        return code_studio_template_summary

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
