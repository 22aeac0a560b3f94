from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.drift_params import DriftParams


T = TypeVar("T", bound="ComputeDataDriftBody")


@_attrs_define
class ComputeDataDriftBody:
    """What to compare an evaluation with (the deprecated form).

    Attributes:
        reference_id (None | str | Unset): Full id of the reference; the previous evaluation when absent.
        data_drift_params (DriftParams | None | Unset): Parameters of the computation (DSS's defaults when absent).
    """

    reference_id: None | str | Unset = UNSET
    data_drift_params: DriftParams | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.drift_params import DriftParams

        reference_id: None | str | Unset
        if isinstance(self.reference_id, Unset):
            reference_id = UNSET
        else:
            reference_id = self.reference_id

        data_drift_params: dict[str, Any] | None | Unset
        if isinstance(self.data_drift_params, Unset):
            data_drift_params = UNSET
        elif isinstance(self.data_drift_params, DriftParams):
            data_drift_params = self.data_drift_params.to_dict()
        else:
            data_drift_params = self.data_drift_params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reference_id is not UNSET:
            field_dict["referenceId"] = reference_id
        if data_drift_params is not UNSET:
            field_dict["dataDriftParams"] = data_drift_params

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.drift_params import DriftParams

        d = dict(src_dict)

        def _parse_reference_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference_id = _parse_reference_id(d.pop("referenceId", UNSET))

        def _parse_data_drift_params(data: object) -> DriftParams | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_drift_params_type_0 = DriftParams.from_dict(data)

                return data_drift_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DriftParams | None | Unset, data)

        data_drift_params = _parse_data_drift_params(d.pop("dataDriftParams", UNSET))

        compute_data_drift_body = cls(
            reference_id=reference_id,
            data_drift_params=data_drift_params,
        )

        compute_data_drift_body.additional_properties = d
        return compute_data_drift_body

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
