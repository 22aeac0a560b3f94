from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mlflow_experiment import MlflowExperiment


T = TypeVar("T", bound="MlflowExperimentList")


@_attrs_define
class MlflowExperimentList:
    """Experiments found.

    Attributes:
        experiments (list[MlflowExperiment] | None | Unset): The experiments (absent when there is none, as MLflow's
            serializer drops empty lists).
        next_page_token (None | str | Unset): A token for the next page, when there are more.
    """

    experiments: list[MlflowExperiment] | None | Unset = UNSET
    next_page_token: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        experiments: list[dict[str, Any]] | None | Unset
        if isinstance(self.experiments, Unset):
            experiments = UNSET
        elif isinstance(self.experiments, list):
            experiments = []
            for experiments_type_0_item_data in self.experiments:
                experiments_type_0_item = experiments_type_0_item_data.to_dict()
                experiments.append(experiments_type_0_item)

        else:
            experiments = self.experiments

        next_page_token: None | str | Unset
        if isinstance(self.next_page_token, Unset):
            next_page_token = UNSET
        else:
            next_page_token = self.next_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if experiments is not UNSET:
            field_dict["experiments"] = experiments
        if next_page_token is not UNSET:
            field_dict["next_page_token"] = next_page_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mlflow_experiment import MlflowExperiment

        d = dict(src_dict)

        def _parse_experiments(data: object) -> list[MlflowExperiment] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                experiments_type_0 = []
                _experiments_type_0 = data
                for experiments_type_0_item_data in _experiments_type_0:
                    experiments_type_0_item = MlflowExperiment.from_dict(
                        experiments_type_0_item_data
                    )

                    experiments_type_0.append(experiments_type_0_item)

                return experiments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MlflowExperiment] | None | Unset, data)

        experiments = _parse_experiments(d.pop("experiments", UNSET))

        def _parse_next_page_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_page_token = _parse_next_page_token(d.pop("next_page_token", UNSET))

        mlflow_experiment_list = cls(
            experiments=experiments,
            next_page_token=next_page_token,
        )

        mlflow_experiment_list.additional_properties = d
        return mlflow_experiment_list

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
