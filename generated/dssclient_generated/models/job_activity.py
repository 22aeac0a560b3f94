from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_activity_first_failure_type_0 import JobActivityFirstFailureType0
    from ..models.job_activity_targets_type_0_item import JobActivityTargetsType0Item


T = TypeVar("T", bound="JobActivity")


@_attrs_define
class JobActivity:
    """One activity of a job: a recipe run on one partition.

    Attributes:
        activity_id (None | str | Unset): Identifier of the activity.
        recipe_name (None | str | Unset): The recipe it runs.
        recipe_type (None | str | Unset): Type of that recipe.
        partition_id (None | str | Unset): The partition it builds (`N/A` when not partitioned) (unverified).
        state (None | str | Unset): `NOT_STARTED`, `RUNNING`, `DONE`, `FAILED`, `ABORTED` or `SKIPPED` (`x-extensible-
            enum`).
        start_time (int | None | Unset): When it started, in ms since the Unix epoch.
        end_time (int | None | Unset): When it ended, in ms since the Unix epoch.
        targets (list[JobActivityTargetsType0Item] | None | Unset): What it writes.
        first_failure (JobActivityFirstFailureType0 | None | Unset): Why the activity failed, when it did.
    """

    activity_id: None | str | Unset = UNSET
    recipe_name: None | str | Unset = UNSET
    recipe_type: None | str | Unset = UNSET
    partition_id: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    start_time: int | None | Unset = UNSET
    end_time: int | None | Unset = UNSET
    targets: list[JobActivityTargetsType0Item] | None | Unset = UNSET
    first_failure: JobActivityFirstFailureType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_activity_first_failure_type_0 import (
            JobActivityFirstFailureType0,
        )

        activity_id: None | str | Unset
        if isinstance(self.activity_id, Unset):
            activity_id = UNSET
        else:
            activity_id = self.activity_id

        recipe_name: None | str | Unset
        if isinstance(self.recipe_name, Unset):
            recipe_name = UNSET
        else:
            recipe_name = self.recipe_name

        recipe_type: None | str | Unset
        if isinstance(self.recipe_type, Unset):
            recipe_type = UNSET
        else:
            recipe_type = self.recipe_type

        partition_id: None | str | Unset
        if isinstance(self.partition_id, Unset):
            partition_id = UNSET
        else:
            partition_id = self.partition_id

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        start_time: int | None | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        end_time: int | None | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        targets: list[dict[str, Any]] | None | Unset
        if isinstance(self.targets, Unset):
            targets = UNSET
        elif isinstance(self.targets, list):
            targets = []
            for targets_type_0_item_data in self.targets:
                targets_type_0_item = targets_type_0_item_data.to_dict()
                targets.append(targets_type_0_item)

        else:
            targets = self.targets

        first_failure: dict[str, Any] | None | Unset
        if isinstance(self.first_failure, Unset):
            first_failure = UNSET
        elif isinstance(self.first_failure, JobActivityFirstFailureType0):
            first_failure = self.first_failure.to_dict()
        else:
            first_failure = self.first_failure

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if activity_id is not UNSET:
            field_dict["activityId"] = activity_id
        if recipe_name is not UNSET:
            field_dict["recipeName"] = recipe_name
        if recipe_type is not UNSET:
            field_dict["recipeType"] = recipe_type
        if partition_id is not UNSET:
            field_dict["partitionId"] = partition_id
        if state is not UNSET:
            field_dict["state"] = state
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if targets is not UNSET:
            field_dict["targets"] = targets
        if first_failure is not UNSET:
            field_dict["firstFailure"] = first_failure

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.job_activity_first_failure_type_0 import (
            JobActivityFirstFailureType0,
        )
        from ..models.job_activity_targets_type_0_item import (
            JobActivityTargetsType0Item,
        )

        d = dict(src_dict)

        def _parse_activity_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        activity_id = _parse_activity_id(d.pop("activityId", UNSET))

        def _parse_recipe_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recipe_name = _parse_recipe_name(d.pop("recipeName", UNSET))

        def _parse_recipe_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recipe_type = _parse_recipe_type(d.pop("recipeType", UNSET))

        def _parse_partition_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partition_id = _parse_partition_id(d.pop("partitionId", UNSET))

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_start_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        start_time = _parse_start_time(d.pop("startTime", UNSET))

        def _parse_end_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        end_time = _parse_end_time(d.pop("endTime", UNSET))

        def _parse_targets(
            data: object,
        ) -> list[JobActivityTargetsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                targets_type_0 = []
                _targets_type_0 = data
                for targets_type_0_item_data in _targets_type_0:
                    targets_type_0_item = JobActivityTargetsType0Item.from_dict(
                        targets_type_0_item_data
                    )

                    targets_type_0.append(targets_type_0_item)

                return targets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[JobActivityTargetsType0Item] | None | Unset, data)

        targets = _parse_targets(d.pop("targets", UNSET))

        def _parse_first_failure(
            data: object,
        ) -> JobActivityFirstFailureType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                first_failure_type_0 = JobActivityFirstFailureType0.from_dict(data)

                return first_failure_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobActivityFirstFailureType0 | None | Unset, data)

        first_failure = _parse_first_failure(d.pop("firstFailure", UNSET))

        job_activity = cls(
            activity_id=activity_id,
            recipe_name=recipe_name,
            recipe_type=recipe_type,
            partition_id=partition_id,
            state=state,
            start_time=start_time,
            end_time=end_time,
            targets=targets,
            first_failure=first_failure,
        )

        job_activity.additional_properties = d
        return job_activity

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
