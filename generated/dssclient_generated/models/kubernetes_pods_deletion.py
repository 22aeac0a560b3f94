from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kubectl_command_result import KubectlCommandResult


T = TypeVar("T", bound="KubernetesPodsDeletion")


@_attrs_define
class KubernetesPodsDeletion:
    """The outcome of deleting pods.

    Attributes:
        success (bool | Unset): Whether the deletion succeeded.
        dry_run (bool | None | Unset): Whether it was a dry run, in which nothing was deleted.
        deleted_pods (list[str] | Unset): Names of the pods deleted (or that would be, in a dry run).
        debug_info (KubectlCommandResult | Unset): The outcome of a kubectl command. (Field names chosen by dssclient:
            the official client documents the content, not the names.)
    """

    success: bool | Unset = UNSET
    dry_run: bool | None | Unset = UNSET
    deleted_pods: list[str] | Unset = UNSET
    debug_info: KubectlCommandResult | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        dry_run: bool | None | Unset
        if isinstance(self.dry_run, Unset):
            dry_run = UNSET
        else:
            dry_run = self.dry_run

        deleted_pods: list[str] | Unset = UNSET
        if not isinstance(self.deleted_pods, Unset):
            deleted_pods = self.deleted_pods

        debug_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debug_info, Unset):
            debug_info = self.debug_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if dry_run is not UNSET:
            field_dict["dryRun"] = dry_run
        if deleted_pods is not UNSET:
            field_dict["deletedPods"] = deleted_pods
        if debug_info is not UNSET:
            field_dict["debugInfo"] = debug_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.kubectl_command_result import KubectlCommandResult

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        def _parse_dry_run(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        dry_run = _parse_dry_run(d.pop("dryRun", UNSET))

        deleted_pods = cast(list[str], d.pop("deletedPods", UNSET))

        _debug_info = d.pop("debugInfo", UNSET)
        debug_info: KubectlCommandResult | Unset
        if isinstance(_debug_info, Unset):
            debug_info = UNSET
        else:
            debug_info = KubectlCommandResult.from_dict(_debug_info)

        kubernetes_pods_deletion = cls(
            success=success,
            dry_run=dry_run,
            deleted_pods=deleted_pods,
            debug_info=debug_info,
        )

        kubernetes_pods_deletion.additional_properties = d
        return kubernetes_pods_deletion

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
