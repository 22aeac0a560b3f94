from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sql_query_request_extra_conf_type_0_hiveconf_type_0_item import (
        SqlQueryRequestExtraConfType0HiveconfType0Item,
    )
    from ..models.sql_query_request_extra_conf_type_0_impalaconf_type_0_item import (
        SqlQueryRequestExtraConfType0ImpalaconfType0Item,
    )


T = TypeVar("T", bound="SqlQueryRequestExtraConfType0")


@_attrs_define
class SqlQueryRequestExtraConfType0:
    """Extra settings of the engine (Hive and Impala).

    Attributes:
        hiveconf (list[SqlQueryRequestExtraConfType0HiveconfType0Item] | None | Unset): Hive configuration keys
            (unverified).
        impalaconf (list[SqlQueryRequestExtraConfType0ImpalaconfType0Item] | None | Unset): Impala configuration keys
            (unverified).
    """

    hiveconf: list[SqlQueryRequestExtraConfType0HiveconfType0Item] | None | Unset = (
        UNSET
    )
    impalaconf: (
        list[SqlQueryRequestExtraConfType0ImpalaconfType0Item] | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hiveconf: list[dict[str, Any]] | None | Unset
        if isinstance(self.hiveconf, Unset):
            hiveconf = UNSET
        elif isinstance(self.hiveconf, list):
            hiveconf = []
            for hiveconf_type_0_item_data in self.hiveconf:
                hiveconf_type_0_item = hiveconf_type_0_item_data.to_dict()
                hiveconf.append(hiveconf_type_0_item)

        else:
            hiveconf = self.hiveconf

        impalaconf: list[dict[str, Any]] | None | Unset
        if isinstance(self.impalaconf, Unset):
            impalaconf = UNSET
        elif isinstance(self.impalaconf, list):
            impalaconf = []
            for impalaconf_type_0_item_data in self.impalaconf:
                impalaconf_type_0_item = impalaconf_type_0_item_data.to_dict()
                impalaconf.append(impalaconf_type_0_item)

        else:
            impalaconf = self.impalaconf

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hiveconf is not UNSET:
            field_dict["hiveconf"] = hiveconf
        if impalaconf is not UNSET:
            field_dict["impalaconf"] = impalaconf

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sql_query_request_extra_conf_type_0_hiveconf_type_0_item import (
            SqlQueryRequestExtraConfType0HiveconfType0Item,
        )
        from ..models.sql_query_request_extra_conf_type_0_impalaconf_type_0_item import (
            SqlQueryRequestExtraConfType0ImpalaconfType0Item,
        )

        d = dict(src_dict)

        def _parse_hiveconf(
            data: object,
        ) -> list[SqlQueryRequestExtraConfType0HiveconfType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                hiveconf_type_0 = []
                _hiveconf_type_0 = data
                for hiveconf_type_0_item_data in _hiveconf_type_0:
                    hiveconf_type_0_item = (
                        SqlQueryRequestExtraConfType0HiveconfType0Item.from_dict(
                            hiveconf_type_0_item_data
                        )
                    )

                    hiveconf_type_0.append(hiveconf_type_0_item)

                return hiveconf_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[SqlQueryRequestExtraConfType0HiveconfType0Item] | None | Unset,
                data,
            )

        hiveconf = _parse_hiveconf(d.pop("hiveconf", UNSET))

        def _parse_impalaconf(
            data: object,
        ) -> list[SqlQueryRequestExtraConfType0ImpalaconfType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                impalaconf_type_0 = []
                _impalaconf_type_0 = data
                for impalaconf_type_0_item_data in _impalaconf_type_0:
                    impalaconf_type_0_item = (
                        SqlQueryRequestExtraConfType0ImpalaconfType0Item.from_dict(
                            impalaconf_type_0_item_data
                        )
                    )

                    impalaconf_type_0.append(impalaconf_type_0_item)

                return impalaconf_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[SqlQueryRequestExtraConfType0ImpalaconfType0Item] | None | Unset,
                data,
            )

        impalaconf = _parse_impalaconf(d.pop("impalaconf", UNSET))

        sql_query_request_extra_conf_type_0 = cls(
            hiveconf=hiveconf,
            impalaconf=impalaconf,
        )

        sql_query_request_extra_conf_type_0.additional_properties = d
        return sql_query_request_extra_conf_type_0

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
