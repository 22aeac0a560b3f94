from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_cluster_body_params_type_0 import CreateClusterBodyParamsType0


T = TypeVar("T", bound="CreateClusterBody")


@_attrs_define
class CreateClusterBody:
    """What `createCluster` needs to declare a cluster.

    Attributes:
        name (str): Name of the cluster.
        type_ (None | str | Unset): `manual` (attached to, not managed), or the plugin cluster type that manages it.
        architecture (None | str | Unset): `HADOOP` or `KUBERNETES`.
        params (CreateClusterBodyParamsType0 | None | Unset): Parameters of the cluster type. A `manual` Hadoop cluster
            has `hadoopSettings`,
            `hiveSettings`, `impalaSettings`, `sparkSettings` (each with `extraConf`, a list of
            `key`, `value`); a managed cluster has the plugin's own keys.
    """

    name: str
    type_: None | str | Unset = UNSET
    architecture: None | str | Unset = UNSET
    params: CreateClusterBodyParamsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_cluster_body_params_type_0 import (
            CreateClusterBodyParamsType0,
        )

        name = self.name

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        architecture: None | str | Unset
        if isinstance(self.architecture, Unset):
            architecture = UNSET
        else:
            architecture = self.architecture

        params: dict[str, Any] | None | Unset
        if isinstance(self.params, Unset):
            params = UNSET
        elif isinstance(self.params, CreateClusterBodyParamsType0):
            params = self.params.to_dict()
        else:
            params = self.params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if architecture is not UNSET:
            field_dict["architecture"] = architecture
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_cluster_body_params_type_0 import (
            CreateClusterBodyParamsType0,
        )

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_architecture(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        architecture = _parse_architecture(d.pop("architecture", UNSET))

        def _parse_params(data: object) -> CreateClusterBodyParamsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_0 = CreateClusterBodyParamsType0.from_dict(data)

                return params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateClusterBodyParamsType0 | None | Unset, data)

        params = _parse_params(d.pop("params", UNSET))

        create_cluster_body = cls(
            name=name,
            type_=type_,
            architecture=architecture,
            params=params,
        )

        create_cluster_body.additional_properties = d
        return create_cluster_body

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
