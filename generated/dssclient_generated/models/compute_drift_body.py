from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.drift_params import DriftParams


T = TypeVar("T", bound="ComputeDriftBody")


@_attrs_define
class ComputeDriftBody:
    """What to compare an evaluation with.

    Attributes:
        reference_id (None | str | Unset): Full id of the reference (an evaluation `ME-...`, a saved model version
            `S-...`); the previous evaluation when absent.
        drift_params (DriftParams | None | Unset): Parameters of the computation (DSS's defaults when absent).
    """

    reference_id: None | str | Unset = UNSET
    drift_params: DriftParams | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.drift_params import DriftParams

        reference_id: None | str | Unset
        if isinstance(self.reference_id, Unset):
            reference_id = UNSET
        else:
            reference_id = self.reference_id

        drift_params: dict[str, Any] | None | Unset
        if isinstance(self.drift_params, Unset):
            drift_params = UNSET
        elif isinstance(self.drift_params, DriftParams):
            drift_params = self.drift_params.to_dict()
        else:
            drift_params = self.drift_params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reference_id is not UNSET:
            field_dict["referenceId"] = reference_id
        if drift_params is not UNSET:
            field_dict["driftParams"] = drift_params

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

        def _parse_drift_params(data: object) -> DriftParams | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                drift_params_type_0 = DriftParams.from_dict(data)

                return drift_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DriftParams | None | Unset, data)

        drift_params = _parse_drift_params(d.pop("driftParams", UNSET))

        compute_drift_body = cls(
            reference_id=reference_id,
            drift_params=drift_params,
        )

        compute_drift_body.additional_properties = d
        return compute_drift_body

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
