from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_checks_settings_displayed_state_type_0 import (
        DatasetChecksSettingsDisplayedStateType0,
    )
    from ..models.metric_check import MetricCheck


T = TypeVar("T", bound="DatasetChecksSettings")


@_attrs_define
class DatasetChecksSettings:
    """The checks settings of a dataset (its `metricsChecks`).

    Attributes:
        run_on_build (bool | None | Unset): Whether each build of the dataset runs its checks.
        checks (list[MetricCheck] | None | Unset): The checks, each testing the last value of a metric.
        displayed_state (DatasetChecksSettingsDisplayedStateType0 | None | Unset): What the Status tab shows.
    """

    run_on_build: bool | None | Unset = UNSET
    checks: list[MetricCheck] | None | Unset = UNSET
    displayed_state: DatasetChecksSettingsDisplayedStateType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dataset_checks_settings_displayed_state_type_0 import (
            DatasetChecksSettingsDisplayedStateType0,
        )

        run_on_build: bool | None | Unset
        if isinstance(self.run_on_build, Unset):
            run_on_build = UNSET
        else:
            run_on_build = self.run_on_build

        checks: list[dict[str, Any]] | None | Unset
        if isinstance(self.checks, Unset):
            checks = UNSET
        elif isinstance(self.checks, list):
            checks = []
            for checks_type_0_item_data in self.checks:
                checks_type_0_item = checks_type_0_item_data.to_dict()
                checks.append(checks_type_0_item)

        else:
            checks = self.checks

        displayed_state: dict[str, Any] | None | Unset
        if isinstance(self.displayed_state, Unset):
            displayed_state = UNSET
        elif isinstance(self.displayed_state, DatasetChecksSettingsDisplayedStateType0):
            displayed_state = self.displayed_state.to_dict()
        else:
            displayed_state = self.displayed_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if run_on_build is not UNSET:
            field_dict["runOnBuild"] = run_on_build
        if checks is not UNSET:
            field_dict["checks"] = checks
        if displayed_state is not UNSET:
            field_dict["displayedState"] = displayed_state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dataset_checks_settings_displayed_state_type_0 import (
            DatasetChecksSettingsDisplayedStateType0,
        )
        from ..models.metric_check import MetricCheck

        d = dict(src_dict)

        def _parse_run_on_build(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        run_on_build = _parse_run_on_build(d.pop("runOnBuild", UNSET))

        def _parse_checks(data: object) -> list[MetricCheck] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                checks_type_0 = []
                _checks_type_0 = data
                for checks_type_0_item_data in _checks_type_0:
                    checks_type_0_item = MetricCheck.from_dict(checks_type_0_item_data)

                    checks_type_0.append(checks_type_0_item)

                return checks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MetricCheck] | None | Unset, data)

        checks = _parse_checks(d.pop("checks", UNSET))

        def _parse_displayed_state(
            data: object,
        ) -> DatasetChecksSettingsDisplayedStateType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                displayed_state_type_0 = (
                    DatasetChecksSettingsDisplayedStateType0.from_dict(data)
                )

                return displayed_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatasetChecksSettingsDisplayedStateType0 | None | Unset, data)

        displayed_state = _parse_displayed_state(d.pop("displayedState", UNSET))

        dataset_checks_settings = cls(
            run_on_build=run_on_build,
            checks=checks,
            displayed_state=displayed_state,
        )

        dataset_checks_settings.additional_properties = d
        return dataset_checks_settings

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
