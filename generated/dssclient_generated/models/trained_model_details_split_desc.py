from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainedModelDetailsSplitDesc")


@_attrs_define
class TrainedModelDetailsSplitDesc:
    """The split it was trained and tested on.

    Attributes:
        tt_policy (str | Unset): The split policy.
        kfold (bool | Unset): Whether it was a k-fold cross-test.
        n_folds (int | Unset): The folds of a k-fold cross-test.
        ssd_training_ratio (float | Unset): The train share of a random split.
        ssd_seed (int | Unset): The seed of the split.
        train_rows (int | Unset): Rows in the train set.
        test_rows (int | Unset): Rows in the test set.
    """

    tt_policy: str | Unset = UNSET
    kfold: bool | Unset = UNSET
    n_folds: int | Unset = UNSET
    ssd_training_ratio: float | Unset = UNSET
    ssd_seed: int | Unset = UNSET
    train_rows: int | Unset = UNSET
    test_rows: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tt_policy = self.tt_policy

        kfold = self.kfold

        n_folds = self.n_folds

        ssd_training_ratio = self.ssd_training_ratio

        ssd_seed = self.ssd_seed

        train_rows = self.train_rows

        test_rows = self.test_rows

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tt_policy is not UNSET:
            field_dict["ttPolicy"] = tt_policy
        if kfold is not UNSET:
            field_dict["kfold"] = kfold
        if n_folds is not UNSET:
            field_dict["nFolds"] = n_folds
        if ssd_training_ratio is not UNSET:
            field_dict["ssdTrainingRatio"] = ssd_training_ratio
        if ssd_seed is not UNSET:
            field_dict["ssdSeed"] = ssd_seed
        if train_rows is not UNSET:
            field_dict["trainRows"] = train_rows
        if test_rows is not UNSET:
            field_dict["testRows"] = test_rows

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tt_policy = d.pop("ttPolicy", UNSET)

        kfold = d.pop("kfold", UNSET)

        n_folds = d.pop("nFolds", UNSET)

        ssd_training_ratio = d.pop("ssdTrainingRatio", UNSET)

        ssd_seed = d.pop("ssdSeed", UNSET)

        train_rows = d.pop("trainRows", UNSET)

        test_rows = d.pop("testRows", UNSET)

        trained_model_details_split_desc = cls(
            tt_policy=tt_policy,
            kfold=kfold,
            n_folds=n_folds,
            ssd_training_ratio=ssd_training_ratio,
            ssd_seed=ssd_seed,
            train_rows=train_rows,
            test_rows=test_rows,
        )

        trained_model_details_split_desc.additional_properties = d
        return trained_model_details_split_desc

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
