from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.drift_model_accuracy import DriftModelAccuracy
    from ..models.drift_model_result_drift_versus_importance import (
        DriftModelResultDriftVersusImportance,
    )


T = TypeVar("T", bound="DriftModelResult")


@_attrs_define
class DriftModelResult:
    """The drift model and what it tells.

    Attributes:
        drift_model_accuracy (DriftModelAccuracy): The accuracy of the drift model on its held-out rows, with its
            confidence interval.
        drift_versus_importance (DriftModelResultDriftVersusImportance): Each column's importance in the drift model.
        reference_sample_size (int | Unset): Rows of the reference used.
        current_sample_size (int | Unset): Rows of the evaluation used.
    """

    drift_model_accuracy: DriftModelAccuracy
    drift_versus_importance: DriftModelResultDriftVersusImportance
    reference_sample_size: int | Unset = UNSET
    current_sample_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        drift_model_accuracy = self.drift_model_accuracy.to_dict()

        drift_versus_importance = self.drift_versus_importance.to_dict()

        reference_sample_size = self.reference_sample_size

        current_sample_size = self.current_sample_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "driftModelAccuracy": drift_model_accuracy,
                "driftVersusImportance": drift_versus_importance,
            }
        )
        if reference_sample_size is not UNSET:
            field_dict["referenceSampleSize"] = reference_sample_size
        if current_sample_size is not UNSET:
            field_dict["currentSampleSize"] = current_sample_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.drift_model_accuracy import DriftModelAccuracy
        from ..models.drift_model_result_drift_versus_importance import (
            DriftModelResultDriftVersusImportance,
        )

        d = dict(src_dict)
        drift_model_accuracy = DriftModelAccuracy.from_dict(d.pop("driftModelAccuracy"))

        drift_versus_importance = DriftModelResultDriftVersusImportance.from_dict(
            d.pop("driftVersusImportance")
        )

        reference_sample_size = d.pop("referenceSampleSize", UNSET)

        current_sample_size = d.pop("currentSampleSize", UNSET)

        drift_model_result = cls(
            drift_model_accuracy=drift_model_accuracy,
            drift_versus_importance=drift_versus_importance,
            reference_sample_size=reference_sample_size,
            current_sample_size=current_sample_size,
        )

        drift_model_result.additional_properties = d
        return drift_model_result

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
