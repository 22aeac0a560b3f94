from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CodeStudioConflicts")


@_attrs_define
class CodeStudioConflicts:
    """Conflicts of one zone, under the zone's identifier: `added`, `modified`
    and `deleted` (paths changed in the code studio whose DSS side changed
    too), `authors` (who changed them in DSS), `commitFrom` and `commitTo`
    (DSS's state of the zone at the last synchronization and now). Or an
    `error` key when the zone cannot be checked.

        Attributes:
            error (str | Unset): Why the zone could not be checked (unknown zone, code studio not running).
    """

    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        error = d.pop("error", UNSET)

        code_studio_conflicts = cls(
            error=error,
        )

        code_studio_conflicts.additional_properties = d
        return code_studio_conflicts

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
