from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EvaluateExternalModelVersionBodySamplingParamType0")


@_attrs_define
class EvaluateExternalModelVersionBodySamplingParamType0:
    """Sampling of the dataset (as a `DSSDatasetSelectionBuilder` builds it).

    Attributes:
        sampling_method (str | Unset): `FULL`, `HEAD_SEQUENTIAL`, `RANDOM_FIXED_NB`, ...
        max_records (int | Unset): How many rows the sampling keeps.
    """

    sampling_method: str | Unset = UNSET
    max_records: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sampling_method = self.sampling_method

        max_records = self.max_records

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sampling_method is not UNSET:
            field_dict["samplingMethod"] = sampling_method
        if max_records is not UNSET:
            field_dict["maxRecords"] = max_records

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sampling_method = d.pop("samplingMethod", UNSET)

        max_records = d.pop("maxRecords", UNSET)

        evaluate_external_model_version_body_sampling_param_type_0 = cls(
            sampling_method=sampling_method,
            max_records=max_records,
        )

        evaluate_external_model_version_body_sampling_param_type_0.additional_properties = d
        return evaluate_external_model_version_body_sampling_param_type_0

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
