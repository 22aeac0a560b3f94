from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evaluate_external_model_version_body_sampling_param_type_0 import (
        EvaluateExternalModelVersionBodySamplingParamType0,
    )


T = TypeVar("T", bound="EvaluateExternalModelVersionBody")


@_attrs_define
class EvaluateExternalModelVersionBody:
    """The dataset to evaluate a version on.

    Attributes:
        dataset_ref (str): The dataset (`name`, or `PROJECTKEY.name`).
        container_exec_config_name (str | Unset): Containerized execution configuration (`NONE`, `INHERIT`, or a name).
        sampling_param (EvaluateExternalModelVersionBodySamplingParamType0 | None | Unset): Sampling of the dataset (as
            a `DSSDatasetSelectionBuilder` builds it).
    """

    dataset_ref: str
    container_exec_config_name: str | Unset = UNSET
    sampling_param: (
        EvaluateExternalModelVersionBodySamplingParamType0 | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.evaluate_external_model_version_body_sampling_param_type_0 import (
            EvaluateExternalModelVersionBodySamplingParamType0,
        )

        dataset_ref = self.dataset_ref

        container_exec_config_name = self.container_exec_config_name

        sampling_param: dict[str, Any] | None | Unset
        if isinstance(self.sampling_param, Unset):
            sampling_param = UNSET
        elif isinstance(
            self.sampling_param, EvaluateExternalModelVersionBodySamplingParamType0
        ):
            sampling_param = self.sampling_param.to_dict()
        else:
            sampling_param = self.sampling_param

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "datasetRef": dataset_ref,
            }
        )
        if container_exec_config_name is not UNSET:
            field_dict["containerExecConfigName"] = container_exec_config_name
        if sampling_param is not UNSET:
            field_dict["samplingParam"] = sampling_param

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.evaluate_external_model_version_body_sampling_param_type_0 import (
            EvaluateExternalModelVersionBodySamplingParamType0,
        )

        d = dict(src_dict)
        dataset_ref = d.pop("datasetRef")

        container_exec_config_name = d.pop("containerExecConfigName", UNSET)

        def _parse_sampling_param(
            data: object,
        ) -> EvaluateExternalModelVersionBodySamplingParamType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sampling_param_type_0 = (
                    EvaluateExternalModelVersionBodySamplingParamType0.from_dict(data)
                )

                return sampling_param_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                EvaluateExternalModelVersionBodySamplingParamType0 | None | Unset, data
            )

        sampling_param = _parse_sampling_param(d.pop("samplingParam", UNSET))

        evaluate_external_model_version_body = cls(
            dataset_ref=dataset_ref,
            container_exec_config_name=container_exec_config_name,
            sampling_param=sampling_param,
        )

        evaluate_external_model_version_body.additional_properties = d
        return evaluate_external_model_version_body

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
