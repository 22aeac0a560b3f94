from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ml_row_filter import MLRowFilter
    from ..models.ml_task_assertion_condition import MLTaskAssertionCondition


T = TypeVar("T", bound="MLTaskAssertionParams")


@_attrs_define
class MLTaskAssertionParams:
    """One ML assertion.

    Attributes:
        name (str | Unset): The assertion's name.
        filter_ (MLRowFilter | Unset): A filter of rows.
        assertion_condition (MLTaskAssertionCondition | Unset): The condition an assertion checks on the predictions of
            its rows.
    """

    name: str | Unset = UNSET
    filter_: MLRowFilter | Unset = UNSET
    assertion_condition: MLTaskAssertionCondition | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        assertion_condition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assertion_condition, Unset):
            assertion_condition = self.assertion_condition.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if assertion_condition is not UNSET:
            field_dict["assertionCondition"] = assertion_condition

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ml_row_filter import MLRowFilter
        from ..models.ml_task_assertion_condition import MLTaskAssertionCondition

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _filter_ = d.pop("filter", UNSET)
        filter_: MLRowFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = MLRowFilter.from_dict(_filter_)

        _assertion_condition = d.pop("assertionCondition", UNSET)
        assertion_condition: MLTaskAssertionCondition | Unset
        if isinstance(_assertion_condition, Unset):
            assertion_condition = UNSET
        else:
            assertion_condition = MLTaskAssertionCondition.from_dict(
                _assertion_condition
            )

        ml_task_assertion_params = cls(
            name=name,
            filter_=filter_,
            assertion_condition=assertion_condition,
        )

        ml_task_assertion_params.additional_properties = d
        return ml_task_assertion_params

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
