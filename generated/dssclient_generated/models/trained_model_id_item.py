from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.full_model_id import FullModelId


T = TypeVar("T", bound="TrainedModelIdItem")


@_attrs_define
class TrainedModelIdItem:
    """A trained model's full id, as a string and in parts.

    Attributes:
        id (str): The full id (`A-{projectKey}-{analysisId}-{mlTaskId}-s1-pp1-m1`).
        full_model_id (FullModelId | Unset): The parts of a trained model's full id.
    """

    id: str
    full_model_id: FullModelId | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        full_model_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.full_model_id, Unset):
            full_model_id = self.full_model_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if full_model_id is not UNSET:
            field_dict["fullModelId"] = full_model_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.full_model_id import FullModelId

        d = dict(src_dict)
        id = d.pop("id")

        _full_model_id = d.pop("fullModelId", UNSET)
        full_model_id: FullModelId | Unset
        if isinstance(_full_model_id, Unset):
            full_model_id = UNSET
        else:
            full_model_id = FullModelId.from_dict(_full_model_id)

        trained_model_id_item = cls(
            id=id,
            full_model_id=full_model_id,
        )

        trained_model_id_item.additional_properties = d
        return trained_model_id_item

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
