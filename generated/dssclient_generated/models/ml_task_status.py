from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trained_model_id_item import TrainedModelIdItem


T = TypeVar("T", bound="MLTaskStatus")


@_attrs_define
class MLTaskStatus:
    """What an ML task is doing, and its trained models.

    Attributes:
        guessing (bool | Unset): Whether the task is still guessing its settings.
        training (bool | Unset): Whether a training session (or ensemble) is under way.
        full_model_ids (list[TrainedModelIdItem] | Unset): The trained models (failed ones included).
    """

    guessing: bool | Unset = UNSET
    training: bool | Unset = UNSET
    full_model_ids: list[TrainedModelIdItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        guessing = self.guessing

        training = self.training

        full_model_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.full_model_ids, Unset):
            full_model_ids = []
            for full_model_ids_item_data in self.full_model_ids:
                full_model_ids_item = full_model_ids_item_data.to_dict()
                full_model_ids.append(full_model_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if guessing is not UNSET:
            field_dict["guessing"] = guessing
        if training is not UNSET:
            field_dict["training"] = training
        if full_model_ids is not UNSET:
            field_dict["fullModelIds"] = full_model_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.trained_model_id_item import TrainedModelIdItem

        d = dict(src_dict)
        guessing = d.pop("guessing", UNSET)

        training = d.pop("training", UNSET)

        _full_model_ids = d.pop("fullModelIds", UNSET)
        full_model_ids: list[TrainedModelIdItem] | Unset = UNSET
        if _full_model_ids is not UNSET:
            full_model_ids = []
            for full_model_ids_item_data in _full_model_ids:
                full_model_ids_item = TrainedModelIdItem.from_dict(
                    full_model_ids_item_data
                )

                full_model_ids.append(full_model_ids_item)

        ml_task_status = cls(
            guessing=guessing,
            training=training,
            full_model_ids=full_model_ids,
        )

        ml_task_status.additional_properties = d
        return ml_task_status

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
