from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ensemble_ml_task_models_body_method import EnsembleMLTaskModelsBodyMethod

T = TypeVar("T", bound="EnsembleMLTaskModelsBody")


@_attrs_define
class EnsembleMLTaskModelsBody:
    """The models to ensemble and how.

    Attributes:
        method (EnsembleMLTaskModelsBodyMethod): How the models' predictions are combined.
        models_ids (list[str]): Full ids of the task's trained models.
    """

    method: EnsembleMLTaskModelsBodyMethod
    models_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method = self.method.value

        models_ids = self.models_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
                "modelsIds": models_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        method = EnsembleMLTaskModelsBodyMethod(d.pop("method"))

        models_ids = cast(list[str], d.pop("modelsIds"))

        ensemble_ml_task_models_body = cls(
            method=method,
            models_ids=models_ids,
        )

        ensemble_ml_task_models_body.additional_properties = d
        return ensemble_ml_task_models_body

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
