from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_insight_body_insight_prototype_params import (
        CreateInsightBodyInsightPrototypeParams,
    )


T = TypeVar("T", bound="CreateInsightBodyInsightPrototype")


@_attrs_define
class CreateInsightBodyInsightPrototype:
    """The new insight's definition; `type` is required.

    Attributes:
        type_ (str): Kind of insight.
        name (str | Unset): Name of the insight.
        params (CreateInsightBodyInsightPrototypeParams | Unset): Parameters of the insight, by type; any JSON values.
    """

    type_: str
    name: str | Unset = UNSET
    params: CreateInsightBodyInsightPrototypeParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_insight_body_insight_prototype_params import (
            CreateInsightBodyInsightPrototypeParams,
        )

        d = dict(src_dict)
        type_ = d.pop("type")

        name = d.pop("name", UNSET)

        _params = d.pop("params", UNSET)
        params: CreateInsightBodyInsightPrototypeParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = CreateInsightBodyInsightPrototypeParams.from_dict(_params)

        create_insight_body_insight_prototype = cls(
            type_=type_,
            name=name,
            params=params,
        )

        create_insight_body_insight_prototype.additional_properties = d
        return create_insight_body_insight_prototype

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
