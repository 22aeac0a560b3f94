from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelDetailsPartialDependence")


@_attrs_define
class ModelDetailsPartialDependence:
    """The partial dependence of the prediction on one feature: the average change of the prediction (its log-odds in
    classification) when the feature is set to each point of its scale.

        Attributes:
            feature (str): The feature.
            data (list[list[float]] | Unset): Per class (one list in regression and binary classification), the partial
                dependence at each point.
            feature_bins (list[float] | Unset): Points of a numerical feature's scale.
            categories (list[Any] | Unset): Points (modalities) of a categorical feature.
            distribution (list[float] | Unset): Share of the rows at each point (numerical: in each bin between two points).
            computed_post_training (bool | Unset): Whether it was computed after the training.
            is_date (bool | Unset): Whether the feature is a date.
            unrepresented_modalities (list[Any] | Unset): Modalities the model does not know.
            indices_to_drop (list[int] | Unset): Points where no prediction could be made.
            multi_target_variables (list[str] | Unset): Targets of a multi-target model, in the order of `data`.
            nb_records (int | Unset): Number of rows used.
            on_sample (bool | Unset): Whether the rows are a sample.
            random_state (int | Unset): Seed of the sample.
    """

    feature: str
    data: list[list[float]] | Unset = UNSET
    feature_bins: list[float] | Unset = UNSET
    categories: list[Any] | Unset = UNSET
    distribution: list[float] | Unset = UNSET
    computed_post_training: bool | Unset = UNSET
    is_date: bool | Unset = UNSET
    unrepresented_modalities: list[Any] | Unset = UNSET
    indices_to_drop: list[int] | Unset = UNSET
    multi_target_variables: list[str] | Unset = UNSET
    nb_records: int | Unset = UNSET
    on_sample: bool | Unset = UNSET
    random_state: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature = self.feature

        data: list[list[float]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data

                data.append(data_item)

        feature_bins: list[float] | Unset = UNSET
        if not isinstance(self.feature_bins, Unset):
            feature_bins = self.feature_bins

        categories: list[Any] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        distribution: list[float] | Unset = UNSET
        if not isinstance(self.distribution, Unset):
            distribution = self.distribution

        computed_post_training = self.computed_post_training

        is_date = self.is_date

        unrepresented_modalities: list[Any] | Unset = UNSET
        if not isinstance(self.unrepresented_modalities, Unset):
            unrepresented_modalities = self.unrepresented_modalities

        indices_to_drop: list[int] | Unset = UNSET
        if not isinstance(self.indices_to_drop, Unset):
            indices_to_drop = self.indices_to_drop

        multi_target_variables: list[str] | Unset = UNSET
        if not isinstance(self.multi_target_variables, Unset):
            multi_target_variables = self.multi_target_variables

        nb_records = self.nb_records

        on_sample = self.on_sample

        random_state = self.random_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feature": feature,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if feature_bins is not UNSET:
            field_dict["featureBins"] = feature_bins
        if categories is not UNSET:
            field_dict["categories"] = categories
        if distribution is not UNSET:
            field_dict["distribution"] = distribution
        if computed_post_training is not UNSET:
            field_dict["computedPostTraining"] = computed_post_training
        if is_date is not UNSET:
            field_dict["isDate"] = is_date
        if unrepresented_modalities is not UNSET:
            field_dict["unrepresentedModalities"] = unrepresented_modalities
        if indices_to_drop is not UNSET:
            field_dict["indicesToDrop"] = indices_to_drop
        if multi_target_variables is not UNSET:
            field_dict["multiTargetVariables"] = multi_target_variables
        if nb_records is not UNSET:
            field_dict["nbRecords"] = nb_records
        if on_sample is not UNSET:
            field_dict["onSample"] = on_sample
        if random_state is not UNSET:
            field_dict["randomState"] = random_state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        feature = d.pop("feature")

        _data = d.pop("data", UNSET)
        data: list[list[float]] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = cast(list[float], data_item_data)

                data.append(data_item)

        feature_bins = cast(list[float], d.pop("featureBins", UNSET))

        categories = cast(list[Any], d.pop("categories", UNSET))

        distribution = cast(list[float], d.pop("distribution", UNSET))

        computed_post_training = d.pop("computedPostTraining", UNSET)

        is_date = d.pop("isDate", UNSET)

        unrepresented_modalities = cast(
            list[Any], d.pop("unrepresentedModalities", UNSET)
        )

        indices_to_drop = cast(list[int], d.pop("indicesToDrop", UNSET))

        multi_target_variables = cast(list[str], d.pop("multiTargetVariables", UNSET))

        nb_records = d.pop("nbRecords", UNSET)

        on_sample = d.pop("onSample", UNSET)

        random_state = d.pop("randomState", UNSET)

        model_details_partial_dependence = cls(
            feature=feature,
            data=data,
            feature_bins=feature_bins,
            categories=categories,
            distribution=distribution,
            computed_post_training=computed_post_training,
            is_date=is_date,
            unrepresented_modalities=unrepresented_modalities,
            indices_to_drop=indices_to_drop,
            multi_target_variables=multi_target_variables,
            nb_records=nb_records,
            on_sample=on_sample,
            random_state=random_state,
        )

        model_details_partial_dependence.additional_properties = d
        return model_details_partial_dependence

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
