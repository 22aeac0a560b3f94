"""The scenario being run: building datasets, its variables and trigger parameters."""

from __future__ import annotations

from typing import Any

from ._runtime import context, request, unsupported


def __getattr__(name: str) -> Any:
    raise unsupported("dataiku.scenario", name)


class BuildResult:
    """The job a ``build_dataset`` ran."""

    def __init__(self, answer: dict[str, Any]) -> None:
        self.job_id = str(answer.get("jobId"))
        self.outcome = str(answer.get("outcome"))

    def get_outcome(self) -> str:
        return self.outcome


class Scenario:
    """Handle on the scenario run in progress."""

    def build_dataset(
        self,
        dataset_name: str,
        project_key: str | None = None,
        build_mode: str = "RECURSIVE_BUILD",
        partitions: str | None = None,
        step_name: str | None = None,
        asynchronous: bool = False,
        fail_fatal: bool = True,
        **kwargs: Any,
    ) -> BuildResult:
        """Build a dataset (a job) and wait for it; a failed job raises unless ``fail_fatal`` is False."""
        answer = request(
            "build",
            dataset=dataset_name,
            projectKey=project_key,
            jobType=build_mode,
            partitions=partitions,
            failFatal=fail_fatal,
        )
        return BuildResult(answer)

    def get_all_variables(self) -> dict[str, Any]:
        variables: dict[str, Any] = request("variables")
        return variables

    def set_scenario_variables(self, **variables: Any) -> None:
        request("set_scenario_variables", variables=variables)

    def get_trigger_params(self) -> dict[str, Any]:
        params: dict[str, Any] = context().get("triggerParams") or {}
        return params

    def __getattr__(self, name: str) -> Any:
        raise unsupported("dataiku.scenario.Scenario", name)
