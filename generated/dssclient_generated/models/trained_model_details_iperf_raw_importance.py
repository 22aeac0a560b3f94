from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainedModelDetailsIperfRawImportance")


@_attrs_define
class TrainedModelDetailsIperfRawImportance:
    """The features' importances (models with feature importances: the tree-based ones), over the preprocessed features
    (`age`, `dummy:segment:a`), normalised to sum to 1; features of importance 0 are left out.

        Attributes:
            variables (list[str] | Unset): The preprocessed features' names.
            importances (list[float] | Unset): Their importances, in the same order.
    """

    variables: list[str] | Unset = UNSET
    importances: list[float] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variables: list[str] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = self.variables

        importances: list[float] | Unset = UNSET
        if not isinstance(self.importances, Unset):
            importances = self.importances

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if variables is not UNSET:
            field_dict["variables"] = variables
        if importances is not UNSET:
            field_dict["importances"] = importances

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        variables = cast(list[str], d.pop("variables", UNSET))

        importances = cast(list[float], d.pop("importances", UNSET))

        trained_model_details_iperf_raw_importance = cls(
            variables=variables,
            importances=importances,
        )

        trained_model_details_iperf_raw_importance.additional_properties = d
        return trained_model_details_iperf_raw_importance

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
