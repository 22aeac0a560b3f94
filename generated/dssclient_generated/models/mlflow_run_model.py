from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MlflowRunModel")


@_attrs_define
class MlflowRunModel:
    """A model logged by a run (unverified).

    Attributes:
        name (None | str | Unset): The model's name (its artifact folder).
        flavors (list[str] | None | Unset): Its MLflow flavors.
    """

    name: None | str | Unset = UNSET
    flavors: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        flavors: list[str] | None | Unset
        if isinstance(self.flavors, Unset):
            flavors = UNSET
        elif isinstance(self.flavors, list):
            flavors = self.flavors

        else:
            flavors = self.flavors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if flavors is not UNSET:
            field_dict["flavors"] = flavors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_flavors(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                flavors_type_0 = cast(list[str], data)

                return flavors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        flavors = _parse_flavors(d.pop("flavors", UNSET))

        mlflow_run_model = cls(
            name=name,
            flavors=flavors,
        )

        mlflow_run_model.additional_properties = d
        return mlflow_run_model

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
