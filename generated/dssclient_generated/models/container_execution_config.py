from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContainerExecutionConfig")


@_attrs_define
class ContainerExecutionConfig:
    """A containerized execution configuration.

    Attributes:
        name (None | str | Unset): Name of the configuration.
        type_ (None | str | Unset): `KUBERNETES` or `DOCKER`.
        kubernetes_namespace (None | str | Unset): Kubernetes namespace the pods run in.
        repository_url (None | str | Unset): Image registry the images are pushed to.
        docker_network (None | str | Unset): Docker network, with `DOCKER` (unverified).
        cpu_limit (None | str | Unset): CPU limit of a container (unverified).
        memory_limit_mb (int | None | Unset): Memory limit of a container, in MB (unverified).
        base_image (None | str | Unset): Base image, when not DSS's (unverified).
    """

    name: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    kubernetes_namespace: None | str | Unset = UNSET
    repository_url: None | str | Unset = UNSET
    docker_network: None | str | Unset = UNSET
    cpu_limit: None | str | Unset = UNSET
    memory_limit_mb: int | None | Unset = UNSET
    base_image: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        kubernetes_namespace: None | str | Unset
        if isinstance(self.kubernetes_namespace, Unset):
            kubernetes_namespace = UNSET
        else:
            kubernetes_namespace = self.kubernetes_namespace

        repository_url: None | str | Unset
        if isinstance(self.repository_url, Unset):
            repository_url = UNSET
        else:
            repository_url = self.repository_url

        docker_network: None | str | Unset
        if isinstance(self.docker_network, Unset):
            docker_network = UNSET
        else:
            docker_network = self.docker_network

        cpu_limit: None | str | Unset
        if isinstance(self.cpu_limit, Unset):
            cpu_limit = UNSET
        else:
            cpu_limit = self.cpu_limit

        memory_limit_mb: int | None | Unset
        if isinstance(self.memory_limit_mb, Unset):
            memory_limit_mb = UNSET
        else:
            memory_limit_mb = self.memory_limit_mb

        base_image: None | str | Unset
        if isinstance(self.base_image, Unset):
            base_image = UNSET
        else:
            base_image = self.base_image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if kubernetes_namespace is not UNSET:
            field_dict["kubernetesNamespace"] = kubernetes_namespace
        if repository_url is not UNSET:
            field_dict["repositoryURL"] = repository_url
        if docker_network is not UNSET:
            field_dict["dockerNetwork"] = docker_network
        if cpu_limit is not UNSET:
            field_dict["cpuLimit"] = cpu_limit
        if memory_limit_mb is not UNSET:
            field_dict["memoryLimitMB"] = memory_limit_mb
        if base_image is not UNSET:
            field_dict["baseImage"] = base_image

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

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_kubernetes_namespace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        kubernetes_namespace = _parse_kubernetes_namespace(
            d.pop("kubernetesNamespace", UNSET)
        )

        def _parse_repository_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        repository_url = _parse_repository_url(d.pop("repositoryURL", UNSET))

        def _parse_docker_network(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        docker_network = _parse_docker_network(d.pop("dockerNetwork", UNSET))

        def _parse_cpu_limit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cpu_limit = _parse_cpu_limit(d.pop("cpuLimit", UNSET))

        def _parse_memory_limit_mb(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        memory_limit_mb = _parse_memory_limit_mb(d.pop("memoryLimitMB", UNSET))

        def _parse_base_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_image = _parse_base_image(d.pop("baseImage", UNSET))

        container_execution_config = cls(
            name=name,
            type_=type_,
            kubernetes_namespace=kubernetes_namespace,
            repository_url=repository_url,
            docker_network=docker_network,
            cpu_limit=cpu_limit,
            memory_limit_mb=memory_limit_mb,
            base_image=base_image,
        )

        container_execution_config.additional_properties = d
        return container_execution_config

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
