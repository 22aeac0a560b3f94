from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiNodeExplanationsRequest")


@_attrs_define
class ApiNodeExplanationsRequest:
    """Individual explanations asked for (each unset option takes the endpoint's value).

    Attributes:
        enabled (bool | None | Unset): Whether to compute explanations (null: the endpoint's setting).
        method (None | str | Unset): `SHAPLEY` or `ICE`.
        n_explanations (int | None | Unset): Explanations per prediction (null: the endpoint's setting).
        n_monte_carlo_steps (int | None | Unset): Precision of the SHAPLEY method, 25 to 1000 (null: the endpoint's
            setting).
    """

    enabled: bool | None | Unset = UNSET
    method: None | str | Unset = UNSET
    n_explanations: int | None | Unset = UNSET
    n_monte_carlo_steps: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        method: None | str | Unset
        if isinstance(self.method, Unset):
            method = UNSET
        else:
            method = self.method

        n_explanations: int | None | Unset
        if isinstance(self.n_explanations, Unset):
            n_explanations = UNSET
        else:
            n_explanations = self.n_explanations

        n_monte_carlo_steps: int | None | Unset
        if isinstance(self.n_monte_carlo_steps, Unset):
            n_monte_carlo_steps = UNSET
        else:
            n_monte_carlo_steps = self.n_monte_carlo_steps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if method is not UNSET:
            field_dict["method"] = method
        if n_explanations is not UNSET:
            field_dict["nExplanations"] = n_explanations
        if n_monte_carlo_steps is not UNSET:
            field_dict["nMonteCarloSteps"] = n_monte_carlo_steps

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        def _parse_method(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        method = _parse_method(d.pop("method", UNSET))

        def _parse_n_explanations(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        n_explanations = _parse_n_explanations(d.pop("nExplanations", UNSET))

        def _parse_n_monte_carlo_steps(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        n_monte_carlo_steps = _parse_n_monte_carlo_steps(
            d.pop("nMonteCarloSteps", UNSET)
        )

        api_node_explanations_request = cls(
            enabled=enabled,
            method=method,
            n_explanations=n_explanations,
            n_monte_carlo_steps=n_monte_carlo_steps,
        )

        api_node_explanations_request.additional_properties = d
        return api_node_explanations_request

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
