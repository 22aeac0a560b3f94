from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.object_metadata_custom_type_0_kv_type_0 import (
        ObjectMetadataCustomType0KvType0,
    )


T = TypeVar("T", bound="ObjectMetadataCustomType0")


@_attrs_define
class ObjectMetadataCustomType0:
    """Custom metadata.

    Attributes:
        kv (None | ObjectMetadataCustomType0KvType0 | Unset): A free key-value map (what
            `get_metadata()["custom"]["kv"]` holds).
    """

    kv: None | ObjectMetadataCustomType0KvType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.object_metadata_custom_type_0_kv_type_0 import (
            ObjectMetadataCustomType0KvType0,
        )

        kv: dict[str, Any] | None | Unset
        if isinstance(self.kv, Unset):
            kv = UNSET
        elif isinstance(self.kv, ObjectMetadataCustomType0KvType0):
            kv = self.kv.to_dict()
        else:
            kv = self.kv

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kv is not UNSET:
            field_dict["kv"] = kv

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.object_metadata_custom_type_0_kv_type_0 import (
            ObjectMetadataCustomType0KvType0,
        )

        d = dict(src_dict)

        def _parse_kv(data: object) -> None | ObjectMetadataCustomType0KvType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                kv_type_0 = ObjectMetadataCustomType0KvType0.from_dict(data)

                return kv_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ObjectMetadataCustomType0KvType0 | Unset, data)

        kv = _parse_kv(d.pop("kv", UNSET))

        object_metadata_custom_type_0 = cls(
            kv=kv,
        )

        object_metadata_custom_type_0.additional_properties = d
        return object_metadata_custom_type_0

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
