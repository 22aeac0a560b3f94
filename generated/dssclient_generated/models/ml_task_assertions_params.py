from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ml_task_assertion_params import MLTaskAssertionParams


T = TypeVar("T", bound="MLTaskAssertionsParams")


@_attrs_define
class MLTaskAssertionsParams:
    """The ML assertions of a prediction task (`assertionsParams`).

    Attributes:
        assertions (list[MLTaskAssertionParams] | Unset): The assertions.
    """

    assertions: list[MLTaskAssertionParams] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assertions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assertions, Unset):
            assertions = []
            for assertions_item_data in self.assertions:
                assertions_item = assertions_item_data.to_dict()
                assertions.append(assertions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assertions is not UNSET:
            field_dict["assertions"] = assertions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ml_task_assertion_params import MLTaskAssertionParams

        d = dict(src_dict)
        _assertions = d.pop("assertions", UNSET)
        assertions: list[MLTaskAssertionParams] | Unset = UNSET
        if _assertions is not UNSET:
            assertions = []
            for assertions_item_data in _assertions:
                assertions_item = MLTaskAssertionParams.from_dict(assertions_item_data)

                assertions.append(assertions_item)

        ml_task_assertions_params = cls(
            assertions=assertions,
        )

        ml_task_assertions_params.additional_properties = d
        return ml_task_assertions_params

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
