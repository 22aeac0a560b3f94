from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.testing_status_nb_scenarios_per_outcome import (
        TestingStatusNbScenariosPerOutcome,
    )


T = TypeVar("T", bound="TestingStatus")


@_attrs_define
class TestingStatus:
    """The outcome of a project's test scenarios.

    Attributes:
        nb_total_ran_scenarios (int | Unset): How many test scenarios have a finished run.
        nb_scenarios_per_outcome (TestingStatusNbScenariosPerOutcome | Unset): How many ended with each outcome
            (`SUCCESS`, `WARNING`, `FAILED`, `ABORTED`).
    """

    nb_total_ran_scenarios: int | Unset = UNSET
    nb_scenarios_per_outcome: TestingStatusNbScenariosPerOutcome | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nb_total_ran_scenarios = self.nb_total_ran_scenarios

        nb_scenarios_per_outcome: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nb_scenarios_per_outcome, Unset):
            nb_scenarios_per_outcome = self.nb_scenarios_per_outcome.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nb_total_ran_scenarios is not UNSET:
            field_dict["nbTotalRanScenarios"] = nb_total_ran_scenarios
        if nb_scenarios_per_outcome is not UNSET:
            field_dict["nbScenariosPerOutcome"] = nb_scenarios_per_outcome

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.testing_status_nb_scenarios_per_outcome import (
            TestingStatusNbScenariosPerOutcome,
        )

        d = dict(src_dict)
        nb_total_ran_scenarios = d.pop("nbTotalRanScenarios", UNSET)

        _nb_scenarios_per_outcome = d.pop("nbScenariosPerOutcome", UNSET)
        nb_scenarios_per_outcome: TestingStatusNbScenariosPerOutcome | Unset
        if isinstance(_nb_scenarios_per_outcome, Unset):
            nb_scenarios_per_outcome = UNSET
        else:
            nb_scenarios_per_outcome = TestingStatusNbScenariosPerOutcome.from_dict(
                _nb_scenarios_per_outcome
            )

        testing_status = cls(
            nb_total_ran_scenarios=nb_total_ran_scenarios,
            nb_scenarios_per_outcome=nb_scenarios_per_outcome,
        )

        testing_status.additional_properties = d
        return testing_status

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
