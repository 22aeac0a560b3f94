from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.create_insight_body_insight_prototype import (
        CreateInsightBodyInsightPrototype,
    )


T = TypeVar("T", bound="CreateInsightBody")


@_attrs_define
class CreateInsightBody:
    """What `createInsight` needs.

    Attributes:
        insight_prototype (CreateInsightBodyInsightPrototype): The new insight's definition; `type` is required.
    """

    insight_prototype: CreateInsightBodyInsightPrototype
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        insight_prototype = self.insight_prototype.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "insightPrototype": insight_prototype,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_insight_body_insight_prototype import (
            CreateInsightBodyInsightPrototype,
        )

        d = dict(src_dict)
        insight_prototype = CreateInsightBodyInsightPrototype.from_dict(
            d.pop("insightPrototype")
        )

        create_insight_body = cls(
            insight_prototype=insight_prototype,
        )

        create_insight_body.additional_properties = d
        return create_insight_body

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
