from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deployment_update_logs import DeploymentUpdateLogs


T = TypeVar("T", bound="DeploymentUpdate")


@_attrs_define
class DeploymentUpdate:
    """One update of a deployment.

    Attributes:
        start_timestamp (int | Unset): When it started, in milliseconds since the Unix epoch (its identifier).
        end_timestamp (int | Unset): When it ended.
        type_ (str | Unset): Kind of update (`UPDATE`).
        status (str | Unset): `SUCCESS` or `FAILED`.
        requester (str | Unset): Login of who asked for it.
        logs (DeploymentUpdateLogs | Unset): The update's log (`lines`), in a full update only.
    """

    start_timestamp: int | Unset = UNSET
    end_timestamp: int | Unset = UNSET
    type_: str | Unset = UNSET
    status: str | Unset = UNSET
    requester: str | Unset = UNSET
    logs: DeploymentUpdateLogs | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_timestamp = self.start_timestamp

        end_timestamp = self.end_timestamp

        type_ = self.type_

        status = self.status

        requester = self.requester

        logs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logs, Unset):
            logs = self.logs.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_timestamp is not UNSET:
            field_dict["startTimestamp"] = start_timestamp
        if end_timestamp is not UNSET:
            field_dict["endTimestamp"] = end_timestamp
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if requester is not UNSET:
            field_dict["requester"] = requester
        if logs is not UNSET:
            field_dict["logs"] = logs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.deployment_update_logs import DeploymentUpdateLogs

        d = dict(src_dict)
        start_timestamp = d.pop("startTimestamp", UNSET)

        end_timestamp = d.pop("endTimestamp", UNSET)

        type_ = d.pop("type", UNSET)

        status = d.pop("status", UNSET)

        requester = d.pop("requester", UNSET)

        _logs = d.pop("logs", UNSET)
        logs: DeploymentUpdateLogs | Unset
        if isinstance(_logs, Unset):
            logs = UNSET
        else:
            logs = DeploymentUpdateLogs.from_dict(_logs)

        deployment_update = cls(
            start_timestamp=start_timestamp,
            end_timestamp=end_timestamp,
            type_=type_,
            status=status,
            requester=requester,
            logs=logs,
        )

        deployment_update.additional_properties = d
        return deployment_update

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
