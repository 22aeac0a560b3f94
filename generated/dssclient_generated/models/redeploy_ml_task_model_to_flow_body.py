from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RedeployMLTaskModelToFlowBody")


@_attrs_define
class RedeployMLTaskModelToFlowBody:
    """The saved model to add a version to, and how.

    Attributes:
        recipe_name (None | str | Unset): The training recipe of the saved model.
        saved_model_id (None | str | Unset): The saved model (when `recipeName` is not given).
        activate (bool | None | Unset): Whether the new version becomes the active one.
        redo_optimization (bool | None | Unset): Whether the recipe redoes the hyperparameter search.
        redo_threshold_optimization (bool | None | Unset): Whether the recipe redoes the threshold optimization.
        fixed_threshold (float | None | Unset): The threshold of a binary classification, when not optimized.
    """

    recipe_name: None | str | Unset = UNSET
    saved_model_id: None | str | Unset = UNSET
    activate: bool | None | Unset = UNSET
    redo_optimization: bool | None | Unset = UNSET
    redo_threshold_optimization: bool | None | Unset = UNSET
    fixed_threshold: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipe_name: None | str | Unset
        if isinstance(self.recipe_name, Unset):
            recipe_name = UNSET
        else:
            recipe_name = self.recipe_name

        saved_model_id: None | str | Unset
        if isinstance(self.saved_model_id, Unset):
            saved_model_id = UNSET
        else:
            saved_model_id = self.saved_model_id

        activate: bool | None | Unset
        if isinstance(self.activate, Unset):
            activate = UNSET
        else:
            activate = self.activate

        redo_optimization: bool | None | Unset
        if isinstance(self.redo_optimization, Unset):
            redo_optimization = UNSET
        else:
            redo_optimization = self.redo_optimization

        redo_threshold_optimization: bool | None | Unset
        if isinstance(self.redo_threshold_optimization, Unset):
            redo_threshold_optimization = UNSET
        else:
            redo_threshold_optimization = self.redo_threshold_optimization

        fixed_threshold: float | None | Unset
        if isinstance(self.fixed_threshold, Unset):
            fixed_threshold = UNSET
        else:
            fixed_threshold = self.fixed_threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if recipe_name is not UNSET:
            field_dict["recipeName"] = recipe_name
        if saved_model_id is not UNSET:
            field_dict["savedModelId"] = saved_model_id
        if activate is not UNSET:
            field_dict["activate"] = activate
        if redo_optimization is not UNSET:
            field_dict["redoOptimization"] = redo_optimization
        if redo_threshold_optimization is not UNSET:
            field_dict["redoThresholdOptimization"] = redo_threshold_optimization
        if fixed_threshold is not UNSET:
            field_dict["fixedThreshold"] = fixed_threshold

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_recipe_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recipe_name = _parse_recipe_name(d.pop("recipeName", UNSET))

        def _parse_saved_model_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        saved_model_id = _parse_saved_model_id(d.pop("savedModelId", UNSET))

        def _parse_activate(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        activate = _parse_activate(d.pop("activate", UNSET))

        def _parse_redo_optimization(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        redo_optimization = _parse_redo_optimization(d.pop("redoOptimization", UNSET))

        def _parse_redo_threshold_optimization(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        redo_threshold_optimization = _parse_redo_threshold_optimization(
            d.pop("redoThresholdOptimization", UNSET)
        )

        def _parse_fixed_threshold(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        fixed_threshold = _parse_fixed_threshold(d.pop("fixedThreshold", UNSET))

        redeploy_ml_task_model_to_flow_body = cls(
            recipe_name=recipe_name,
            saved_model_id=saved_model_id,
            activate=activate,
            redo_optimization=redo_optimization,
            redo_threshold_optimization=redo_threshold_optimization,
            fixed_threshold=fixed_threshold,
        )

        redeploy_ml_task_model_to_flow_body.additional_properties = d
        return redeploy_ml_task_model_to_flow_body

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
