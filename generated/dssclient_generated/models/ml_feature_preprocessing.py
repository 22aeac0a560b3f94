from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MLFeaturePreprocessing")


@_attrs_define
class MLFeaturePreprocessing:
    """How one column is handled.

    Attributes:
        type_ (str | Unset): NUMERIC, CATEGORY, TEXT, VECTOR or IMAGE.
        role (str | Unset): INPUT, REJECT, TARGET, WEIGHT, PROFILING.
        missing_handling (str | Unset): What to do of missing values (IMPUTE, DROP_ROW, NONE, ...).
        missing_impute_with (str | Unset): The imputed value for a numeric feature (MEAN, MEDIAN, CONSTANT, MODE).
        impute_constant_value (Any | Unset): The constant imputed with `missing_impute_with` CONSTANT.
        numerical_handling (str | Unset): REGULAR, FLAG_PRESENCE, BINARIZE, QUANTILE_BIN, ...
        rescaling (str | Unset): AVGSTD, MINMAX or NONE.
        category_handling (str | Unset): DUMMIFY, IMPACT, ORDINAL, FREQUENCY_ENCODING, ...
        dummy_clip (str | Unset): How dummy encoding is bounded (MAX_NB_CATEGORIES, ...).
        max_nb_categories (int | Unset): The most categories dummified.
    """

    type_: str | Unset = UNSET
    role: str | Unset = UNSET
    missing_handling: str | Unset = UNSET
    missing_impute_with: str | Unset = UNSET
    impute_constant_value: Any | Unset = UNSET
    numerical_handling: str | Unset = UNSET
    rescaling: str | Unset = UNSET
    category_handling: str | Unset = UNSET
    dummy_clip: str | Unset = UNSET
    max_nb_categories: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        role = self.role

        missing_handling = self.missing_handling

        missing_impute_with = self.missing_impute_with

        impute_constant_value = self.impute_constant_value

        numerical_handling = self.numerical_handling

        rescaling = self.rescaling

        category_handling = self.category_handling

        dummy_clip = self.dummy_clip

        max_nb_categories = self.max_nb_categories

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if role is not UNSET:
            field_dict["role"] = role
        if missing_handling is not UNSET:
            field_dict["missing_handling"] = missing_handling
        if missing_impute_with is not UNSET:
            field_dict["missing_impute_with"] = missing_impute_with
        if impute_constant_value is not UNSET:
            field_dict["impute_constant_value"] = impute_constant_value
        if numerical_handling is not UNSET:
            field_dict["numerical_handling"] = numerical_handling
        if rescaling is not UNSET:
            field_dict["rescaling"] = rescaling
        if category_handling is not UNSET:
            field_dict["category_handling"] = category_handling
        if dummy_clip is not UNSET:
            field_dict["dummy_clip"] = dummy_clip
        if max_nb_categories is not UNSET:
            field_dict["max_nb_categories"] = max_nb_categories

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        role = d.pop("role", UNSET)

        missing_handling = d.pop("missing_handling", UNSET)

        missing_impute_with = d.pop("missing_impute_with", UNSET)

        impute_constant_value = d.pop("impute_constant_value", UNSET)

        numerical_handling = d.pop("numerical_handling", UNSET)

        rescaling = d.pop("rescaling", UNSET)

        category_handling = d.pop("category_handling", UNSET)

        dummy_clip = d.pop("dummy_clip", UNSET)

        max_nb_categories = d.pop("max_nb_categories", UNSET)

        ml_feature_preprocessing = cls(
            type_=type_,
            role=role,
            missing_handling=missing_handling,
            missing_impute_with=missing_impute_with,
            impute_constant_value=impute_constant_value,
            numerical_handling=numerical_handling,
            rescaling=rescaling,
            category_handling=category_handling,
            dummy_clip=dummy_clip,
            max_nb_categories=max_nb_categories,
        )

        ml_feature_preprocessing.additional_properties = d
        return ml_feature_preprocessing

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
