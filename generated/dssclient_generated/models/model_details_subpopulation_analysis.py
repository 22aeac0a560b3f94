from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_details_subpopulation_modality import (
        ModelDetailsSubpopulationModality,
    )


T = TypeVar("T", bound="ModelDetailsSubpopulationAnalysis")


@_attrs_define
class ModelDetailsSubpopulationAnalysis:
    """The subpopulation analysis on one column.

    Attributes:
        feature (str): The column.
        computed_as_type (str): How the column was split.
        modalities (list[ModelDetailsSubpopulationModality] | Unset): The modalities.
        is_date (bool | Unset): Whether the column is a date.
        same_num_rows_as_split (bool | Unset): Whether the rows are all the test set's.
        nb_records (int | Unset): Number of rows used.
        weighted_nb_records (float | Unset): Total weight of the rows used.
        random_state (int | Unset): Seed of the sample.
        on_sample (bool | Unset): Whether the rows are a sample.
    """

    feature: str
    computed_as_type: str
    modalities: list[ModelDetailsSubpopulationModality] | Unset = UNSET
    is_date: bool | Unset = UNSET
    same_num_rows_as_split: bool | Unset = UNSET
    nb_records: int | Unset = UNSET
    weighted_nb_records: float | Unset = UNSET
    random_state: int | Unset = UNSET
    on_sample: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature = self.feature

        computed_as_type = self.computed_as_type

        modalities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.modalities, Unset):
            modalities = []
            for modalities_item_data in self.modalities:
                modalities_item = modalities_item_data.to_dict()
                modalities.append(modalities_item)

        is_date = self.is_date

        same_num_rows_as_split = self.same_num_rows_as_split

        nb_records = self.nb_records

        weighted_nb_records = self.weighted_nb_records

        random_state = self.random_state

        on_sample = self.on_sample

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feature": feature,
                "computed_as_type": computed_as_type,
            }
        )
        if modalities is not UNSET:
            field_dict["modalities"] = modalities
        if is_date is not UNSET:
            field_dict["isDate"] = is_date
        if same_num_rows_as_split is not UNSET:
            field_dict["sameNumRowsAsSplit"] = same_num_rows_as_split
        if nb_records is not UNSET:
            field_dict["nbRecords"] = nb_records
        if weighted_nb_records is not UNSET:
            field_dict["weightedNbRecords"] = weighted_nb_records
        if random_state is not UNSET:
            field_dict["randomState"] = random_state
        if on_sample is not UNSET:
            field_dict["onSample"] = on_sample

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.model_details_subpopulation_modality import (
            ModelDetailsSubpopulationModality,
        )

        d = dict(src_dict)
        feature = d.pop("feature")

        computed_as_type = d.pop("computed_as_type")

        _modalities = d.pop("modalities", UNSET)
        modalities: list[ModelDetailsSubpopulationModality] | Unset = UNSET
        if _modalities is not UNSET:
            modalities = []
            for modalities_item_data in _modalities:
                modalities_item = ModelDetailsSubpopulationModality.from_dict(
                    modalities_item_data
                )

                modalities.append(modalities_item)

        is_date = d.pop("isDate", UNSET)

        same_num_rows_as_split = d.pop("sameNumRowsAsSplit", UNSET)

        nb_records = d.pop("nbRecords", UNSET)

        weighted_nb_records = d.pop("weightedNbRecords", UNSET)

        random_state = d.pop("randomState", UNSET)

        on_sample = d.pop("onSample", UNSET)

        model_details_subpopulation_analysis = cls(
            feature=feature,
            computed_as_type=computed_as_type,
            modalities=modalities,
            is_date=is_date,
            same_num_rows_as_split=same_num_rows_as_split,
            nb_records=nb_records,
            weighted_nb_records=weighted_nb_records,
            random_state=random_state,
            on_sample=on_sample,
        )

        model_details_subpopulation_analysis.additional_properties = d
        return model_details_subpopulation_analysis

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
