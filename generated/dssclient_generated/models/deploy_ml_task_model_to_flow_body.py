from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeployMLTaskModelToFlowBody")


@_attrs_define
class DeployMLTaskModelToFlowBody:
    """The saved model to create and the dataset its training recipe reads.

    Attributes:
        train_dataset_ref (str): The dataset the training recipe trains on (a name, or PROJECT.name for a shared one).
        model_name (str): The saved model's name.
        test_dataset_ref (None | str | Unset): The test dataset (prediction tasks with an explicit two-dataset split).
        redo_optimization (bool | None | Unset): Whether the recipe redoes the hyperparameter search (prediction tasks).
    """

    train_dataset_ref: str
    model_name: str
    test_dataset_ref: None | str | Unset = UNSET
    redo_optimization: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        train_dataset_ref = self.train_dataset_ref

        model_name = self.model_name

        test_dataset_ref: None | str | Unset
        if isinstance(self.test_dataset_ref, Unset):
            test_dataset_ref = UNSET
        else:
            test_dataset_ref = self.test_dataset_ref

        redo_optimization: bool | None | Unset
        if isinstance(self.redo_optimization, Unset):
            redo_optimization = UNSET
        else:
            redo_optimization = self.redo_optimization

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trainDatasetRef": train_dataset_ref,
                "modelName": model_name,
            }
        )
        if test_dataset_ref is not UNSET:
            field_dict["testDatasetRef"] = test_dataset_ref
        if redo_optimization is not UNSET:
            field_dict["redoOptimization"] = redo_optimization

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        train_dataset_ref = d.pop("trainDatasetRef")

        model_name = d.pop("modelName")

        def _parse_test_dataset_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        test_dataset_ref = _parse_test_dataset_ref(d.pop("testDatasetRef", UNSET))

        def _parse_redo_optimization(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        redo_optimization = _parse_redo_optimization(d.pop("redoOptimization", UNSET))

        deploy_ml_task_model_to_flow_body = cls(
            train_dataset_ref=train_dataset_ref,
            model_name=model_name,
            test_dataset_ref=test_dataset_ref,
            redo_optimization=redo_optimization,
        )

        deploy_ml_task_model_to_flow_body.additional_properties = d
        return deploy_ml_task_model_to_flow_body

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
