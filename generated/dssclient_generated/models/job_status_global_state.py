from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobStatusGlobalState")


@_attrs_define
class JobStatusGlobalState:
    """How many activities are in each state.

    Attributes:
        total (int | None | Unset): Number of activities.
        done (int | None | Unset): Activities done.
        failed (int | None | Unset): Activities that failed.
        running (int | None | Unset): Activities running.
        not_started (int | None | Unset): Activities not started (or skipped).
        aborted (int | None | Unset): Activities aborted.
        warning (int | None | Unset): Warnings reported.
    """

    total: int | None | Unset = UNSET
    done: int | None | Unset = UNSET
    failed: int | None | Unset = UNSET
    running: int | None | Unset = UNSET
    not_started: int | None | Unset = UNSET
    aborted: int | None | Unset = UNSET
    warning: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total: int | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        done: int | None | Unset
        if isinstance(self.done, Unset):
            done = UNSET
        else:
            done = self.done

        failed: int | None | Unset
        if isinstance(self.failed, Unset):
            failed = UNSET
        else:
            failed = self.failed

        running: int | None | Unset
        if isinstance(self.running, Unset):
            running = UNSET
        else:
            running = self.running

        not_started: int | None | Unset
        if isinstance(self.not_started, Unset):
            not_started = UNSET
        else:
            not_started = self.not_started

        aborted: int | None | Unset
        if isinstance(self.aborted, Unset):
            aborted = UNSET
        else:
            aborted = self.aborted

        warning: int | None | Unset
        if isinstance(self.warning, Unset):
            warning = UNSET
        else:
            warning = self.warning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if done is not UNSET:
            field_dict["done"] = done
        if failed is not UNSET:
            field_dict["failed"] = failed
        if running is not UNSET:
            field_dict["running"] = running
        if not_started is not UNSET:
            field_dict["notStarted"] = not_started
        if aborted is not UNSET:
            field_dict["aborted"] = aborted
        if warning is not UNSET:
            field_dict["warning"] = warning

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_total(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        def _parse_done(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        done = _parse_done(d.pop("done", UNSET))

        def _parse_failed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        failed = _parse_failed(d.pop("failed", UNSET))

        def _parse_running(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        running = _parse_running(d.pop("running", UNSET))

        def _parse_not_started(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        not_started = _parse_not_started(d.pop("notStarted", UNSET))

        def _parse_aborted(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        aborted = _parse_aborted(d.pop("aborted", UNSET))

        def _parse_warning(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        warning = _parse_warning(d.pop("warning", UNSET))

        job_status_global_state = cls(
            total=total,
            done=done,
            failed=failed,
            running=running,
            not_started=not_started,
            aborted=aborted,
            warning=warning,
        )

        job_status_global_state.additional_properties = d
        return job_status_global_state

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
