from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MLTaskGridSearchParams")


@_attrs_define
class MLTaskGridSearchParams:
    """The hyperparameter search of a prediction task (`modeling.gridSearchParams`): strategy, validation, limits and
    parallelism, as the official client's `HyperparameterSearchSettings` reads them.

        Attributes:
            strategy (str | Unset): `GRID`, `RANDOM` or `BAYESIAN`.
            mode (str | Unset): The search's validation: `KFOLD`, `SHUFFLE`, `TIME_SERIES_KFOLD`, `TIME_SERIES_SINGLE_SPLIT`
                or `CUSTOM`.
            split_ratio (float | Unset): Ratio of the rows that train during the search (single split validation).
            n_folds (int | Unset): Number of folds (k-fold validation).
            stratified (bool | Unset): Whether the validation keeps the classes' proportions.
            cv_seed (int | Unset): Seed of the validation's split.
            code (None | str | Unset): Python code defining a scikit-learn CV splitter `cv` (custom validation).
            randomized (bool | Unset): Whether a grid search goes through the grid in a shuffled order.
            seed (int | Unset): Seed of the search.
            n_iter (int | Unset): Maximum number of iterations of a grid search (0 for no limit).
            n_iter_random (int | Unset): Number of iterations of a random or Bayesian search.
            timeout (int | Unset): Time limit of the search, in minutes (0 for none).
            n_jobs (int | Unset): Number of threads of the search.
            distributed (bool | Unset): Whether the search runs on Kubernetes containers.
            n_containers (int | Unset): Number of containers of a distributed search.
            fold_offset (bool | Unset): Whether validation folds are offset from test folds (time series forecasting).
            equal_duration_folds (bool | Unset): Whether every fold spans the same duration (time series forecasting).
    """

    strategy: str | Unset = UNSET
    mode: str | Unset = UNSET
    split_ratio: float | Unset = UNSET
    n_folds: int | Unset = UNSET
    stratified: bool | Unset = UNSET
    cv_seed: int | Unset = UNSET
    code: None | str | Unset = UNSET
    randomized: bool | Unset = UNSET
    seed: int | Unset = UNSET
    n_iter: int | Unset = UNSET
    n_iter_random: int | Unset = UNSET
    timeout: int | Unset = UNSET
    n_jobs: int | Unset = UNSET
    distributed: bool | Unset = UNSET
    n_containers: int | Unset = UNSET
    fold_offset: bool | Unset = UNSET
    equal_duration_folds: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        strategy = self.strategy

        mode = self.mode

        split_ratio = self.split_ratio

        n_folds = self.n_folds

        stratified = self.stratified

        cv_seed = self.cv_seed

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        randomized = self.randomized

        seed = self.seed

        n_iter = self.n_iter

        n_iter_random = self.n_iter_random

        timeout = self.timeout

        n_jobs = self.n_jobs

        distributed = self.distributed

        n_containers = self.n_containers

        fold_offset = self.fold_offset

        equal_duration_folds = self.equal_duration_folds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if strategy is not UNSET:
            field_dict["strategy"] = strategy
        if mode is not UNSET:
            field_dict["mode"] = mode
        if split_ratio is not UNSET:
            field_dict["splitRatio"] = split_ratio
        if n_folds is not UNSET:
            field_dict["nFolds"] = n_folds
        if stratified is not UNSET:
            field_dict["stratified"] = stratified
        if cv_seed is not UNSET:
            field_dict["cvSeed"] = cv_seed
        if code is not UNSET:
            field_dict["code"] = code
        if randomized is not UNSET:
            field_dict["randomized"] = randomized
        if seed is not UNSET:
            field_dict["seed"] = seed
        if n_iter is not UNSET:
            field_dict["nIter"] = n_iter
        if n_iter_random is not UNSET:
            field_dict["nIterRandom"] = n_iter_random
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if n_jobs is not UNSET:
            field_dict["nJobs"] = n_jobs
        if distributed is not UNSET:
            field_dict["distributed"] = distributed
        if n_containers is not UNSET:
            field_dict["nContainers"] = n_containers
        if fold_offset is not UNSET:
            field_dict["foldOffset"] = fold_offset
        if equal_duration_folds is not UNSET:
            field_dict["equalDurationFolds"] = equal_duration_folds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        strategy = d.pop("strategy", UNSET)

        mode = d.pop("mode", UNSET)

        split_ratio = d.pop("splitRatio", UNSET)

        n_folds = d.pop("nFolds", UNSET)

        stratified = d.pop("stratified", UNSET)

        cv_seed = d.pop("cvSeed", UNSET)

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        randomized = d.pop("randomized", UNSET)

        seed = d.pop("seed", UNSET)

        n_iter = d.pop("nIter", UNSET)

        n_iter_random = d.pop("nIterRandom", UNSET)

        timeout = d.pop("timeout", UNSET)

        n_jobs = d.pop("nJobs", UNSET)

        distributed = d.pop("distributed", UNSET)

        n_containers = d.pop("nContainers", UNSET)

        fold_offset = d.pop("foldOffset", UNSET)

        equal_duration_folds = d.pop("equalDurationFolds", UNSET)

        ml_task_grid_search_params = cls(
            strategy=strategy,
            mode=mode,
            split_ratio=split_ratio,
            n_folds=n_folds,
            stratified=stratified,
            cv_seed=cv_seed,
            code=code,
            randomized=randomized,
            seed=seed,
            n_iter=n_iter,
            n_iter_random=n_iter_random,
            timeout=timeout,
            n_jobs=n_jobs,
            distributed=distributed,
            n_containers=n_containers,
            fold_offset=fold_offset,
            equal_duration_folds=equal_duration_folds,
        )

        ml_task_grid_search_params.additional_properties = d
        return ml_task_grid_search_params

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
