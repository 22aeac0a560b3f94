from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_insight_body_insight_prototype_params_type_0 import (
        CreateInsightBodyInsightPrototypeParamsType0,
    )


T = TypeVar("T", bound="CreateInsightBodyInsightPrototype")


@_attrs_define
class CreateInsightBodyInsightPrototype:
    """The new insight's definition; `type` is required.

    Attributes:
        type_ (str): Kind of insight.
        name (None | str | Unset): Name of the insight.
        params (CreateInsightBodyInsightPrototypeParamsType0 | None | Unset): Parameters of the insight, by type; any
            JSON values.
    """

    type_: str
    name: None | str | Unset = UNSET
    params: CreateInsightBodyInsightPrototypeParamsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_insight_body_insight_prototype_params_type_0 import (
            CreateInsightBodyInsightPrototypeParamsType0,
        )

        type_ = self.type_

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        params: dict[str, Any] | None | Unset
        if isinstance(self.params, Unset):
            params = UNSET
        elif isinstance(self.params, CreateInsightBodyInsightPrototypeParamsType0):
            params = self.params.to_dict()
        else:
            params = self.params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_insight_body_insight_prototype_params_type_0 import (
            CreateInsightBodyInsightPrototypeParamsType0,
        )

        d = dict(src_dict)
        type_ = d.pop("type")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_params(
            data: object,
        ) -> CreateInsightBodyInsightPrototypeParamsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_0 = CreateInsightBodyInsightPrototypeParamsType0.from_dict(
                    data
                )

                return params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CreateInsightBodyInsightPrototypeParamsType0 | None | Unset, data
            )

        params = _parse_params(d.pop("params", UNSET))

        create_insight_body_insight_prototype = cls(
            type_=type_,
            name=name,
            params=params,
        )

        create_insight_body_insight_prototype.additional_properties = d
        return create_insight_body_insight_prototype

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
