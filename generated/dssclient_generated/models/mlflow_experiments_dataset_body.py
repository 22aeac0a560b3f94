from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MlflowExperimentsDatasetBody")


@_attrs_define
class MlflowExperimentsDatasetBody:
    """The dataset of experiment tracking data to create.

    Attributes:
        dataset_name (str): The new dataset's name.
        experiment_ids (list[str] | None | Unset): The experiments whose runs it shows (all when empty).
        view_type (None | str | Unset): `ACTIVE_ONLY`, `DELETED_ONLY` or `ALL`.
        filter_ (None | str | Unset): An MLflow search expression on the runs.
        order_by (list[str] | None | Unset): Order clauses.
        format_ (None | str | Unset): `LONG` (a row per metric value) or `JSON`.
    """

    dataset_name: str
    experiment_ids: list[str] | None | Unset = UNSET
    view_type: None | str | Unset = UNSET
    filter_: None | str | Unset = UNSET
    order_by: list[str] | None | Unset = UNSET
    format_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_name = self.dataset_name

        experiment_ids: list[str] | None | Unset
        if isinstance(self.experiment_ids, Unset):
            experiment_ids = UNSET
        elif isinstance(self.experiment_ids, list):
            experiment_ids = self.experiment_ids

        else:
            experiment_ids = self.experiment_ids

        view_type: None | str | Unset
        if isinstance(self.view_type, Unset):
            view_type = UNSET
        else:
            view_type = self.view_type

        filter_: None | str | Unset
        if isinstance(self.filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = self.filter_

        order_by: list[str] | None | Unset
        if isinstance(self.order_by, Unset):
            order_by = UNSET
        elif isinstance(self.order_by, list):
            order_by = self.order_by

        else:
            order_by = self.order_by

        format_: None | str | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        else:
            format_ = self.format_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "datasetName": dataset_name,
            }
        )
        if experiment_ids is not UNSET:
            field_dict["experimentIds"] = experiment_ids
        if view_type is not UNSET:
            field_dict["viewType"] = view_type
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if order_by is not UNSET:
            field_dict["orderBy"] = order_by
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        dataset_name = d.pop("datasetName")

        def _parse_experiment_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                experiment_ids_type_0 = cast(list[str], data)

                return experiment_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        experiment_ids = _parse_experiment_ids(d.pop("experimentIds", UNSET))

        def _parse_view_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        view_type = _parse_view_type(d.pop("viewType", UNSET))

        def _parse_filter_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        filter_ = _parse_filter_(d.pop("filter", UNSET))

        def _parse_order_by(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                order_by_type_0 = cast(list[str], data)

                return order_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        order_by = _parse_order_by(d.pop("orderBy", UNSET))

        def _parse_format_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        format_ = _parse_format_(d.pop("format", UNSET))

        mlflow_experiments_dataset_body = cls(
            dataset_name=dataset_name,
            experiment_ids=experiment_ids,
            view_type=view_type,
            filter_=filter_,
            order_by=order_by,
            format_=format_,
        )

        mlflow_experiments_dataset_body.additional_properties = d
        return mlflow_experiments_dataset_body

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
