from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelDetailsCoefficientPaths")


@_attrs_define
class ModelDetailsCoefficientPaths:
    """Coefficients of a Lasso model along its regularization path.

    Attributes:
        features (list[str]): Names of the preprocessed features.
        path (list[list[list[float]]]): Per point of the path, per class (one in regression), the coefficient of each
            feature.
        alphas (list[float] | Unset): Regularization strengths of the path's points (unverified).
        current_index (int | Unset): Index of the point the model uses (unverified).
    """

    features: list[str]
    path: list[list[list[float]]]
    alphas: list[float] | Unset = UNSET
    current_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        features = self.features

        path = []
        for path_item_data in self.path:
            path_item = []
            for path_item_item_data in path_item_data:
                path_item_item = path_item_item_data

                path_item.append(path_item_item)

            path.append(path_item)

        alphas: list[float] | Unset = UNSET
        if not isinstance(self.alphas, Unset):
            alphas = self.alphas

        current_index = self.current_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "features": features,
                "path": path,
            }
        )
        if alphas is not UNSET:
            field_dict["alphas"] = alphas
        if current_index is not UNSET:
            field_dict["currentIndex"] = current_index

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        features = cast(list[str], d.pop("features"))

        path = []
        _path = d.pop("path")
        for path_item_data in _path:
            path_item = []
            _path_item = path_item_data
            for path_item_item_data in _path_item:
                path_item_item = cast(list[float], path_item_item_data)

                path_item.append(path_item_item)

            path.append(path_item)

        alphas = cast(list[float], d.pop("alphas", UNSET))

        current_index = d.pop("currentIndex", UNSET)

        model_details_coefficient_paths = cls(
            features=features,
            path=path,
            alphas=alphas,
            current_index=current_index,
        )

        model_details_coefficient_paths.additional_properties = d
        return model_details_coefficient_paths

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
