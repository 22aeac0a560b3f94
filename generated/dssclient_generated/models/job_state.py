from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_state_outputs_type_0_item import JobStateOutputsType0Item


T = TypeVar("T", bound="JobState")


@_attrs_define
class JobState:
    """A job's definition as DSS stores it once started.

    Attributes:
        id (None | str | Unset): Identifier of the job.
        project_key (None | str | Unset): Project of the job.
        name (None | str | Unset): Display name of the job (`Build ...`).
        type_ (None | str | Unset): The build mode (`NON_RECURSIVE_FORCED_BUILD`, `RECURSIVE_BUILD`, ...).
        initiator (None | str | Unset): Login of who started the job.
        initiation_timestamp (int | None | Unset): When the job was requested, in ms since the Unix epoch.
        triggered_from (None | str | Unset): What started the job (`API`, `SCENARIO`, `FLOW`, ...) (unverified beyond
            `API`).
        refresh_hive_metastore (bool | None | Unset): Whether the Hive metastore is updated after building.
        auto_update_schema_before_each_recipe_run (bool | None | Unset): Whether each output gets its recipe's schema
            before the run.
        mail_notification (bool | None | Unset): Whether the initiator is mailed when the job ends (unverified).
        scenario_run_id (None | str | Unset): The scenario run that started the job, if any (unverified).
        outputs (list[JobStateOutputsType0Item] | None | Unset): The objects the job builds.
    """

    id: None | str | Unset = UNSET
    project_key: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    initiator: None | str | Unset = UNSET
    initiation_timestamp: int | None | Unset = UNSET
    triggered_from: None | str | Unset = UNSET
    refresh_hive_metastore: bool | None | Unset = UNSET
    auto_update_schema_before_each_recipe_run: bool | None | Unset = UNSET
    mail_notification: bool | None | Unset = UNSET
    scenario_run_id: None | str | Unset = UNSET
    outputs: list[JobStateOutputsType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        project_key: None | str | Unset
        if isinstance(self.project_key, Unset):
            project_key = UNSET
        else:
            project_key = self.project_key

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

        initiator: None | str | Unset
        if isinstance(self.initiator, Unset):
            initiator = UNSET
        else:
            initiator = self.initiator

        initiation_timestamp: int | None | Unset
        if isinstance(self.initiation_timestamp, Unset):
            initiation_timestamp = UNSET
        else:
            initiation_timestamp = self.initiation_timestamp

        triggered_from: None | str | Unset
        if isinstance(self.triggered_from, Unset):
            triggered_from = UNSET
        else:
            triggered_from = self.triggered_from

        refresh_hive_metastore: bool | None | Unset
        if isinstance(self.refresh_hive_metastore, Unset):
            refresh_hive_metastore = UNSET
        else:
            refresh_hive_metastore = self.refresh_hive_metastore

        auto_update_schema_before_each_recipe_run: bool | None | Unset
        if isinstance(self.auto_update_schema_before_each_recipe_run, Unset):
            auto_update_schema_before_each_recipe_run = UNSET
        else:
            auto_update_schema_before_each_recipe_run = (
                self.auto_update_schema_before_each_recipe_run
            )

        mail_notification: bool | None | Unset
        if isinstance(self.mail_notification, Unset):
            mail_notification = UNSET
        else:
            mail_notification = self.mail_notification

        scenario_run_id: None | str | Unset
        if isinstance(self.scenario_run_id, Unset):
            scenario_run_id = UNSET
        else:
            scenario_run_id = self.scenario_run_id

        outputs: list[dict[str, Any]] | None | Unset
        if isinstance(self.outputs, Unset):
            outputs = UNSET
        elif isinstance(self.outputs, list):
            outputs = []
            for outputs_type_0_item_data in self.outputs:
                outputs_type_0_item = outputs_type_0_item_data.to_dict()
                outputs.append(outputs_type_0_item)

        else:
            outputs = self.outputs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if initiator is not UNSET:
            field_dict["initiator"] = initiator
        if initiation_timestamp is not UNSET:
            field_dict["initiationTimestamp"] = initiation_timestamp
        if triggered_from is not UNSET:
            field_dict["triggeredFrom"] = triggered_from
        if refresh_hive_metastore is not UNSET:
            field_dict["refreshHiveMetastore"] = refresh_hive_metastore
        if auto_update_schema_before_each_recipe_run is not UNSET:
            field_dict["autoUpdateSchemaBeforeEachRecipeRun"] = (
                auto_update_schema_before_each_recipe_run
            )
        if mail_notification is not UNSET:
            field_dict["mailNotification"] = mail_notification
        if scenario_run_id is not UNSET:
            field_dict["scenarioRunId"] = scenario_run_id
        if outputs is not UNSET:
            field_dict["outputs"] = outputs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.job_state_outputs_type_0_item import JobStateOutputsType0Item

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_project_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_key = _parse_project_key(d.pop("projectKey", UNSET))

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

        def _parse_initiator(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        initiator = _parse_initiator(d.pop("initiator", UNSET))

        def _parse_initiation_timestamp(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        initiation_timestamp = _parse_initiation_timestamp(
            d.pop("initiationTimestamp", UNSET)
        )

        def _parse_triggered_from(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        triggered_from = _parse_triggered_from(d.pop("triggeredFrom", UNSET))

        def _parse_refresh_hive_metastore(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        refresh_hive_metastore = _parse_refresh_hive_metastore(
            d.pop("refreshHiveMetastore", UNSET)
        )

        def _parse_auto_update_schema_before_each_recipe_run(
            data: object,
        ) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auto_update_schema_before_each_recipe_run = (
            _parse_auto_update_schema_before_each_recipe_run(
                d.pop("autoUpdateSchemaBeforeEachRecipeRun", UNSET)
            )
        )

        def _parse_mail_notification(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        mail_notification = _parse_mail_notification(d.pop("mailNotification", UNSET))

        def _parse_scenario_run_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scenario_run_id = _parse_scenario_run_id(d.pop("scenarioRunId", UNSET))

        def _parse_outputs(
            data: object,
        ) -> list[JobStateOutputsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                outputs_type_0 = []
                _outputs_type_0 = data
                for outputs_type_0_item_data in _outputs_type_0:
                    outputs_type_0_item = JobStateOutputsType0Item.from_dict(
                        outputs_type_0_item_data
                    )

                    outputs_type_0.append(outputs_type_0_item)

                return outputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[JobStateOutputsType0Item] | None | Unset, data)

        outputs = _parse_outputs(d.pop("outputs", UNSET))

        job_state = cls(
            id=id,
            project_key=project_key,
            name=name,
            type_=type_,
            initiator=initiator,
            initiation_timestamp=initiation_timestamp,
            triggered_from=triggered_from,
            refresh_hive_metastore=refresh_hive_metastore,
            auto_update_schema_before_each_recipe_run=auto_update_schema_before_each_recipe_run,
            mail_notification=mail_notification,
            scenario_run_id=scenario_run_id,
            outputs=outputs,
        )

        job_state.additional_properties = d
        return job_state

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
