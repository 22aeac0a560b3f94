from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ml_dataset_selection import MLDatasetSelection
    from ..models.ml_explicit_extract import MLExplicitExtract


T = TypeVar("T", bound="MLSplitParams")


@_attrs_define
class MLSplitParams:
    """How rows are split into train and test sets.

    Attributes:
        tt_policy (str | Unset): SPLIT_SINGLE_DATASET, EXPLICIT_FILTERING_SINGLE_DATASET or
            EXPLICIT_FILTERING_TWO_DATASETS.
        ssd_split_mode (str | Unset): RANDOM or SORTED.
        ssd_training_ratio (float | Unset): The share of rows in the train set (a random split).
        ssd_seed (int | Unset): The seed of the random split.
        kfold (bool | Unset): K-fold cross-test instead of one train/test split.
        n_folds (int | Unset): The number of folds of a k-fold cross-test.
        ssd_dataset_smart_name (str | Unset): The dataset split (the analysis's dataset when absent).
        ssd_selection (MLDatasetSelection | Unset): An extract of a dataset (its sampling).
        efsd_train (MLExplicitExtract | Unset): The rows of one side (train or test) of an explicit split.
        efsd_test (MLExplicitExtract | Unset): The rows of one side (train or test) of an explicit split.
        eftd_train (MLExplicitExtract | Unset): The rows of one side (train or test) of an explicit split.
        eftd_test (MLExplicitExtract | Unset): The rows of one side (train or test) of an explicit split.
    """

    tt_policy: str | Unset = UNSET
    ssd_split_mode: str | Unset = UNSET
    ssd_training_ratio: float | Unset = UNSET
    ssd_seed: int | Unset = UNSET
    kfold: bool | Unset = UNSET
    n_folds: int | Unset = UNSET
    ssd_dataset_smart_name: str | Unset = UNSET
    ssd_selection: MLDatasetSelection | Unset = UNSET
    efsd_train: MLExplicitExtract | Unset = UNSET
    efsd_test: MLExplicitExtract | Unset = UNSET
    eftd_train: MLExplicitExtract | Unset = UNSET
    eftd_test: MLExplicitExtract | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tt_policy = self.tt_policy

        ssd_split_mode = self.ssd_split_mode

        ssd_training_ratio = self.ssd_training_ratio

        ssd_seed = self.ssd_seed

        kfold = self.kfold

        n_folds = self.n_folds

        ssd_dataset_smart_name = self.ssd_dataset_smart_name

        ssd_selection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ssd_selection, Unset):
            ssd_selection = self.ssd_selection.to_dict()

        efsd_train: dict[str, Any] | Unset = UNSET
        if not isinstance(self.efsd_train, Unset):
            efsd_train = self.efsd_train.to_dict()

        efsd_test: dict[str, Any] | Unset = UNSET
        if not isinstance(self.efsd_test, Unset):
            efsd_test = self.efsd_test.to_dict()

        eftd_train: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eftd_train, Unset):
            eftd_train = self.eftd_train.to_dict()

        eftd_test: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eftd_test, Unset):
            eftd_test = self.eftd_test.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tt_policy is not UNSET:
            field_dict["ttPolicy"] = tt_policy
        if ssd_split_mode is not UNSET:
            field_dict["ssdSplitMode"] = ssd_split_mode
        if ssd_training_ratio is not UNSET:
            field_dict["ssdTrainingRatio"] = ssd_training_ratio
        if ssd_seed is not UNSET:
            field_dict["ssdSeed"] = ssd_seed
        if kfold is not UNSET:
            field_dict["kfold"] = kfold
        if n_folds is not UNSET:
            field_dict["nFolds"] = n_folds
        if ssd_dataset_smart_name is not UNSET:
            field_dict["ssdDatasetSmartName"] = ssd_dataset_smart_name
        if ssd_selection is not UNSET:
            field_dict["ssdSelection"] = ssd_selection
        if efsd_train is not UNSET:
            field_dict["efsdTrain"] = efsd_train
        if efsd_test is not UNSET:
            field_dict["efsdTest"] = efsd_test
        if eftd_train is not UNSET:
            field_dict["eftdTrain"] = eftd_train
        if eftd_test is not UNSET:
            field_dict["eftdTest"] = eftd_test

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ml_dataset_selection import MLDatasetSelection
        from ..models.ml_explicit_extract import MLExplicitExtract

        d = dict(src_dict)
        tt_policy = d.pop("ttPolicy", UNSET)

        ssd_split_mode = d.pop("ssdSplitMode", UNSET)

        ssd_training_ratio = d.pop("ssdTrainingRatio", UNSET)

        ssd_seed = d.pop("ssdSeed", UNSET)

        kfold = d.pop("kfold", UNSET)

        n_folds = d.pop("nFolds", UNSET)

        ssd_dataset_smart_name = d.pop("ssdDatasetSmartName", UNSET)

        _ssd_selection = d.pop("ssdSelection", UNSET)
        ssd_selection: MLDatasetSelection | Unset
        if isinstance(_ssd_selection, Unset):
            ssd_selection = UNSET
        else:
            ssd_selection = MLDatasetSelection.from_dict(_ssd_selection)

        _efsd_train = d.pop("efsdTrain", UNSET)
        efsd_train: MLExplicitExtract | Unset
        if isinstance(_efsd_train, Unset):
            efsd_train = UNSET
        else:
            efsd_train = MLExplicitExtract.from_dict(_efsd_train)

        _efsd_test = d.pop("efsdTest", UNSET)
        efsd_test: MLExplicitExtract | Unset
        if isinstance(_efsd_test, Unset):
            efsd_test = UNSET
        else:
            efsd_test = MLExplicitExtract.from_dict(_efsd_test)

        _eftd_train = d.pop("eftdTrain", UNSET)
        eftd_train: MLExplicitExtract | Unset
        if isinstance(_eftd_train, Unset):
            eftd_train = UNSET
        else:
            eftd_train = MLExplicitExtract.from_dict(_eftd_train)

        _eftd_test = d.pop("eftdTest", UNSET)
        eftd_test: MLExplicitExtract | Unset
        if isinstance(_eftd_test, Unset):
            eftd_test = UNSET
        else:
            eftd_test = MLExplicitExtract.from_dict(_eftd_test)

        ml_split_params = cls(
            tt_policy=tt_policy,
            ssd_split_mode=ssd_split_mode,
            ssd_training_ratio=ssd_training_ratio,
            ssd_seed=ssd_seed,
            kfold=kfold,
            n_folds=n_folds,
            ssd_dataset_smart_name=ssd_dataset_smart_name,
            ssd_selection=ssd_selection,
            efsd_train=efsd_train,
            efsd_test=efsd_test,
            eftd_train=eftd_train,
            eftd_test=eftd_test,
        )

        ml_split_params.additional_properties = d
        return ml_split_params

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
