from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_deployer_deployment_update_logs import (
        ApiDeployerDeploymentUpdateLogs,
    )


T = TypeVar("T", bound="ApiDeployerDeploymentUpdate")


@_attrs_define
class ApiDeployerDeploymentUpdate:
    """An update of a deployment, with its logs.

    Attributes:
        start_timestamp (int): When the update started, in milliseconds since the Unix epoch; identifies it.
        end_timestamp (int | Unset): When it ended.
        requester (str | Unset): Login of the user who asked for it.
        type_ (str | Unset): What the update did (`UPDATE`, `DISABLE`).
        status (str | Unset): `SUCCESS` or `FAILED`.
        logs (ApiDeployerDeploymentUpdateLogs | Unset): The update's log.
    """

    start_timestamp: int
    end_timestamp: int | Unset = UNSET
    requester: str | Unset = UNSET
    type_: str | Unset = UNSET
    status: str | Unset = UNSET
    logs: ApiDeployerDeploymentUpdateLogs | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_timestamp = self.start_timestamp

        end_timestamp = self.end_timestamp

        requester = self.requester

        type_ = self.type_

        status = self.status

        logs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logs, Unset):
            logs = self.logs.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "startTimestamp": start_timestamp,
            }
        )
        if end_timestamp is not UNSET:
            field_dict["endTimestamp"] = end_timestamp
        if requester is not UNSET:
            field_dict["requester"] = requester
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if logs is not UNSET:
            field_dict["logs"] = logs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_deployer_deployment_update_logs import (
            ApiDeployerDeploymentUpdateLogs,
        )

        d = dict(src_dict)
        start_timestamp = d.pop("startTimestamp")

        end_timestamp = d.pop("endTimestamp", UNSET)

        requester = d.pop("requester", UNSET)

        type_ = d.pop("type", UNSET)

        status = d.pop("status", UNSET)

        _logs = d.pop("logs", UNSET)
        logs: ApiDeployerDeploymentUpdateLogs | Unset
        if isinstance(_logs, Unset):
            logs = UNSET
        else:
            logs = ApiDeployerDeploymentUpdateLogs.from_dict(_logs)

        api_deployer_deployment_update = cls(
            start_timestamp=start_timestamp,
            end_timestamp=end_timestamp,
            requester=requester,
            type_=type_,
            status=status,
            logs=logs,
        )

        api_deployer_deployment_update.additional_properties = d
        return api_deployer_deployment_update

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
