from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MlflowInferenceInfoBody")


@_attrs_define
class MlflowInferenceInfoBody:
    """The inference information of a run.

    Attributes:
        run_id (str): The run.
        prediction_type (str): `REGRESSION`, `BINARY_CLASSIFICATION`, `MULTICLASS` or `OTHER`.
        classes (None | str | Unset): The classes, in the model's order, as a JSON array in a string.
        code_env_name (None | str | Unset): A Python code env able to run the model.
        target (None | str | Unset): The target column.
    """

    run_id: str
    prediction_type: str
    classes: None | str | Unset = UNSET
    code_env_name: None | str | Unset = UNSET
    target: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_id = self.run_id

        prediction_type = self.prediction_type

        classes: None | str | Unset
        if isinstance(self.classes, Unset):
            classes = UNSET
        else:
            classes = self.classes

        code_env_name: None | str | Unset
        if isinstance(self.code_env_name, Unset):
            code_env_name = UNSET
        else:
            code_env_name = self.code_env_name

        target: None | str | Unset
        if isinstance(self.target, Unset):
            target = UNSET
        else:
            target = self.target

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run_id": run_id,
                "prediction_type": prediction_type,
            }
        )
        if classes is not UNSET:
            field_dict["classes"] = classes
        if code_env_name is not UNSET:
            field_dict["code_env_name"] = code_env_name
        if target is not UNSET:
            field_dict["target"] = target

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        run_id = d.pop("run_id")

        prediction_type = d.pop("prediction_type")

        def _parse_classes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        classes = _parse_classes(d.pop("classes", UNSET))

        def _parse_code_env_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code_env_name = _parse_code_env_name(d.pop("code_env_name", UNSET))

        def _parse_target(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target = _parse_target(d.pop("target", UNSET))

        mlflow_inference_info_body = cls(
            run_id=run_id,
            prediction_type=prediction_type,
            classes=classes,
            code_env_name=code_env_name,
            target=target,
        )

        mlflow_inference_info_body.additional_properties = d
        return mlflow_inference_info_body

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
