from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenario_step_params_builds_type_0_item import (
        ScenarioStepParamsBuildsType0Item,
    )
    from ..models.scenario_step_params_checks_type_0_item import (
        ScenarioStepParamsChecksType0Item,
    )
    from ..models.scenario_step_params_computes_type_0_item import (
        ScenarioStepParamsComputesType0Item,
    )
    from ..models.scenario_step_params_env_selection_type_0 import (
        ScenarioStepParamsEnvSelectionType0,
    )
    from ..models.scenario_step_params_variables_type_0 import (
        ScenarioStepParamsVariablesType0,
    )


T = TypeVar("T", bound="ScenarioStepParams")


@_attrs_define
class ScenarioStepParams:
    """The settings of one step; which keys apply depends on its `type`. `build_flowitem`:
    `builds`, `jobType`, `refreshHiveMetastore`; `custom_python`: `script`, `envSelection`;
    `compute_metrics` and `check_dataset`: `computes` or `checks`; `sql_query`: `connection`,
    `sql`.

        Attributes:
            builds (list[ScenarioStepParamsBuildsType0Item] | None | Unset): What a `build_flowitem` step builds.
            computes (list[ScenarioStepParamsComputesType0Item] | None | Unset): The objects whose metrics a
                `compute_metrics` step computes (same items as `builds`).
            checks (list[ScenarioStepParamsChecksType0Item] | None | Unset): The objects whose checks a `check_dataset` step
                runs (same items as `builds`).
            job_type (None | str | Unset): The build mode of a `build_flowitem` step (`RECURSIVE_BUILD`,
                `NON_RECURSIVE_FORCED_BUILD`, ...).
            refresh_hive_metastore (bool | None | Unset): Whether a build updates the Hive metastore.
            proceed_on_failure (bool | None | Unset): Whether a build goes on after a failed activity (unverified).
            script (None | str | Unset): The code of a `custom_python` step.
            env_selection (None | ScenarioStepParamsEnvSelectionType0 | Unset): The code env of a `custom_python` step
                (`envMode`, `envName`).
            connection (None | str | Unset): The connection an `sql_query` or `exec_sql` step runs on (unverified).
            sql (None | str | Unset): The SQL an `sql_query` or `exec_sql` step runs (unverified).
            variables (None | ScenarioStepParamsVariablesType0 | Unset): The variables a `set_project_vars` or `define_vars`
                step sets, by name (unverified).
    """

    builds: list[ScenarioStepParamsBuildsType0Item] | None | Unset = UNSET
    computes: list[ScenarioStepParamsComputesType0Item] | None | Unset = UNSET
    checks: list[ScenarioStepParamsChecksType0Item] | None | Unset = UNSET
    job_type: None | str | Unset = UNSET
    refresh_hive_metastore: bool | None | Unset = UNSET
    proceed_on_failure: bool | None | Unset = UNSET
    script: None | str | Unset = UNSET
    env_selection: None | ScenarioStepParamsEnvSelectionType0 | Unset = UNSET
    connection: None | str | Unset = UNSET
    sql: None | str | Unset = UNSET
    variables: None | ScenarioStepParamsVariablesType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.scenario_step_params_env_selection_type_0 import (
            ScenarioStepParamsEnvSelectionType0,
        )
        from ..models.scenario_step_params_variables_type_0 import (
            ScenarioStepParamsVariablesType0,
        )

        builds: list[dict[str, Any]] | None | Unset
        if isinstance(self.builds, Unset):
            builds = UNSET
        elif isinstance(self.builds, list):
            builds = []
            for builds_type_0_item_data in self.builds:
                builds_type_0_item = builds_type_0_item_data.to_dict()
                builds.append(builds_type_0_item)

        else:
            builds = self.builds

        computes: list[dict[str, Any]] | None | Unset
        if isinstance(self.computes, Unset):
            computes = UNSET
        elif isinstance(self.computes, list):
            computes = []
            for computes_type_0_item_data in self.computes:
                computes_type_0_item = computes_type_0_item_data.to_dict()
                computes.append(computes_type_0_item)

        else:
            computes = self.computes

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

        job_type: None | str | Unset
        if isinstance(self.job_type, Unset):
            job_type = UNSET
        else:
            job_type = self.job_type

        refresh_hive_metastore: bool | None | Unset
        if isinstance(self.refresh_hive_metastore, Unset):
            refresh_hive_metastore = UNSET
        else:
            refresh_hive_metastore = self.refresh_hive_metastore

        proceed_on_failure: bool | None | Unset
        if isinstance(self.proceed_on_failure, Unset):
            proceed_on_failure = UNSET
        else:
            proceed_on_failure = self.proceed_on_failure

        script: None | str | Unset
        if isinstance(self.script, Unset):
            script = UNSET
        else:
            script = self.script

        env_selection: dict[str, Any] | None | Unset
        if isinstance(self.env_selection, Unset):
            env_selection = UNSET
        elif isinstance(self.env_selection, ScenarioStepParamsEnvSelectionType0):
            env_selection = self.env_selection.to_dict()
        else:
            env_selection = self.env_selection

        connection: None | str | Unset
        if isinstance(self.connection, Unset):
            connection = UNSET
        else:
            connection = self.connection

        sql: None | str | Unset
        if isinstance(self.sql, Unset):
            sql = UNSET
        else:
            sql = self.sql

        variables: dict[str, Any] | None | Unset
        if isinstance(self.variables, Unset):
            variables = UNSET
        elif isinstance(self.variables, ScenarioStepParamsVariablesType0):
            variables = self.variables.to_dict()
        else:
            variables = self.variables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if builds is not UNSET:
            field_dict["builds"] = builds
        if computes is not UNSET:
            field_dict["computes"] = computes
        if checks is not UNSET:
            field_dict["checks"] = checks
        if job_type is not UNSET:
            field_dict["jobType"] = job_type
        if refresh_hive_metastore is not UNSET:
            field_dict["refreshHiveMetastore"] = refresh_hive_metastore
        if proceed_on_failure is not UNSET:
            field_dict["proceedOnFailure"] = proceed_on_failure
        if script is not UNSET:
            field_dict["script"] = script
        if env_selection is not UNSET:
            field_dict["envSelection"] = env_selection
        if connection is not UNSET:
            field_dict["connection"] = connection
        if sql is not UNSET:
            field_dict["sql"] = sql
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scenario_step_params_builds_type_0_item import (
            ScenarioStepParamsBuildsType0Item,
        )
        from ..models.scenario_step_params_checks_type_0_item import (
            ScenarioStepParamsChecksType0Item,
        )
        from ..models.scenario_step_params_computes_type_0_item import (
            ScenarioStepParamsComputesType0Item,
        )
        from ..models.scenario_step_params_env_selection_type_0 import (
            ScenarioStepParamsEnvSelectionType0,
        )
        from ..models.scenario_step_params_variables_type_0 import (
            ScenarioStepParamsVariablesType0,
        )

        d = dict(src_dict)

        def _parse_builds(
            data: object,
        ) -> list[ScenarioStepParamsBuildsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                builds_type_0 = []
                _builds_type_0 = data
                for builds_type_0_item_data in _builds_type_0:
                    builds_type_0_item = ScenarioStepParamsBuildsType0Item.from_dict(
                        builds_type_0_item_data
                    )

                    builds_type_0.append(builds_type_0_item)

                return builds_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ScenarioStepParamsBuildsType0Item] | None | Unset, data)

        builds = _parse_builds(d.pop("builds", UNSET))

        def _parse_computes(
            data: object,
        ) -> list[ScenarioStepParamsComputesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                computes_type_0 = []
                _computes_type_0 = data
                for computes_type_0_item_data in _computes_type_0:
                    computes_type_0_item = (
                        ScenarioStepParamsComputesType0Item.from_dict(
                            computes_type_0_item_data
                        )
                    )

                    computes_type_0.append(computes_type_0_item)

                return computes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ScenarioStepParamsComputesType0Item] | None | Unset, data)

        computes = _parse_computes(d.pop("computes", UNSET))

        def _parse_checks(
            data: object,
        ) -> list[ScenarioStepParamsChecksType0Item] | None | Unset:
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
                    checks_type_0_item = ScenarioStepParamsChecksType0Item.from_dict(
                        checks_type_0_item_data
                    )

                    checks_type_0.append(checks_type_0_item)

                return checks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ScenarioStepParamsChecksType0Item] | None | Unset, data)

        checks = _parse_checks(d.pop("checks", UNSET))

        def _parse_job_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_type = _parse_job_type(d.pop("jobType", UNSET))

        def _parse_refresh_hive_metastore(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        refresh_hive_metastore = _parse_refresh_hive_metastore(
            d.pop("refreshHiveMetastore", UNSET)
        )

        def _parse_proceed_on_failure(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        proceed_on_failure = _parse_proceed_on_failure(d.pop("proceedOnFailure", UNSET))

        def _parse_script(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        script = _parse_script(d.pop("script", UNSET))

        def _parse_env_selection(
            data: object,
        ) -> None | ScenarioStepParamsEnvSelectionType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                env_selection_type_0 = ScenarioStepParamsEnvSelectionType0.from_dict(
                    data
                )

                return env_selection_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScenarioStepParamsEnvSelectionType0 | Unset, data)

        env_selection = _parse_env_selection(d.pop("envSelection", UNSET))

        def _parse_connection(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        connection = _parse_connection(d.pop("connection", UNSET))

        def _parse_sql(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sql = _parse_sql(d.pop("sql", UNSET))

        def _parse_variables(
            data: object,
        ) -> None | ScenarioStepParamsVariablesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                variables_type_0 = ScenarioStepParamsVariablesType0.from_dict(data)

                return variables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScenarioStepParamsVariablesType0 | Unset, data)

        variables = _parse_variables(d.pop("variables", UNSET))

        scenario_step_params = cls(
            builds=builds,
            computes=computes,
            checks=checks,
            job_type=job_type,
            refresh_hive_metastore=refresh_hive_metastore,
            proceed_on_failure=proceed_on_failure,
            script=script,
            env_selection=env_selection,
            connection=connection,
            sql=sql,
            variables=variables,
        )

        scenario_step_params.additional_properties = d
        return scenario_step_params

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
