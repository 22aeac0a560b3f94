from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.saved_model_mini_task_modeling import SavedModelMiniTaskModeling


T = TypeVar("T", bound="SavedModelMiniTask")


@_attrs_define
class SavedModelMiniTask:
    """The part of the ML task's settings the saved model keeps.

    Attributes:
        task_type (str | Unset): `PREDICTION` or `CLUSTERING`.
        prediction_type (str | Unset): `BINARY_CLASSIFICATION`, `MULTICLASS`, `REGRESSION`, `TIMESERIES_FORECAST`,
            `MULTI_TARGET_REGRESSION`, ... (absent for clustering).
        backend_type (str | Unset): The training engine (`PY_MEMORY`, ...).
        target (str | Unset): The target column, for a prediction model.
        modeling (SavedModelMiniTaskModeling | Unset): The modeling settings the model keeps.
    """

    task_type: str | Unset = UNSET
    prediction_type: str | Unset = UNSET
    backend_type: str | Unset = UNSET
    target: str | Unset = UNSET
    modeling: SavedModelMiniTaskModeling | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_type = self.task_type

        prediction_type = self.prediction_type

        backend_type = self.backend_type

        target = self.target

        modeling: dict[str, Any] | Unset = UNSET
        if not isinstance(self.modeling, Unset):
            modeling = self.modeling.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_type is not UNSET:
            field_dict["taskType"] = task_type
        if prediction_type is not UNSET:
            field_dict["predictionType"] = prediction_type
        if backend_type is not UNSET:
            field_dict["backendType"] = backend_type
        if target is not UNSET:
            field_dict["target"] = target
        if modeling is not UNSET:
            field_dict["modeling"] = modeling

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.saved_model_mini_task_modeling import SavedModelMiniTaskModeling

        d = dict(src_dict)
        task_type = d.pop("taskType", UNSET)

        prediction_type = d.pop("predictionType", UNSET)

        backend_type = d.pop("backendType", UNSET)

        target = d.pop("target", UNSET)

        _modeling = d.pop("modeling", UNSET)
        modeling: SavedModelMiniTaskModeling | Unset
        if isinstance(_modeling, Unset):
            modeling = UNSET
        else:
            modeling = SavedModelMiniTaskModeling.from_dict(_modeling)

        saved_model_mini_task = cls(
            task_type=task_type,
            prediction_type=prediction_type,
            backend_type=backend_type,
            target=target,
            modeling=modeling,
        )

        saved_model_mini_task.additional_properties = d
        return saved_model_mini_task

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
