from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MLTaskModelDeployed")


@_attrs_define
class MLTaskModelDeployed:
    """What was created in the flow.

    Attributes:
        saved_model_id (str): The new saved model's id.
        train_recipe_name (str): The name of the training recipe that produces it.
    """

    saved_model_id: str
    train_recipe_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        saved_model_id = self.saved_model_id

        train_recipe_name = self.train_recipe_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "savedModelId": saved_model_id,
                "trainRecipeName": train_recipe_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        saved_model_id = d.pop("savedModelId")

        train_recipe_name = d.pop("trainRecipeName")

        ml_task_model_deployed = cls(
            saved_model_id=saved_model_id,
            train_recipe_name=train_recipe_name,
        )

        ml_task_model_deployed.additional_properties = d
        return ml_task_model_deployed

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
