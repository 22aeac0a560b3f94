from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectPermissionItem")


@_attrs_define
class ProjectPermissionItem:
    """The rights one group (`group`) or one user (`user`) has on a project. Writing implies
    reading; `admin` implies everything. Absent rights are false.

        Attributes:
            group (None | str | Unset): Name of the group these rights are granted to (or `user`).
            user (None | str | Unset): Login of the user these rights are granted to (or `group`).
            admin (bool | None | Unset): Administer the project (every right).
            read_project_content (bool | None | Unset): Read the project's content.
            write_project_content (bool | None | Unset): Edit the project's content.
            export_datasets_data (bool | None | Unset): Download the data of the project's datasets.
            read_dashboards (bool | None | Unset): Read the project's dashboards.
            write_dashboards (bool | None | Unset): Edit the project's dashboards.
            moderate_dashboards (bool | None | Unset): Moderate the project's dashboards.
            run_scenarios (bool | None | Unset): Run the project's scenarios.
            manage_dashboard_authorizations (bool | None | Unset): Choose which objects dashboards may show.
            manage_exposed_elements (bool | None | Unset): Share the project's objects into other projects.
            manage_additional_dashboard_users (bool | None | Unset): Manage the dashboard-only users of the project.
            execute_app (bool | None | Unset): Execute the project as an application (unverified).
            share_to_workspaces (bool | None | Unset): Share the project's objects to workspaces (unverified).
    """

    group: None | str | Unset = UNSET
    user: None | str | Unset = UNSET
    admin: bool | None | Unset = UNSET
    read_project_content: bool | None | Unset = UNSET
    write_project_content: bool | None | Unset = UNSET
    export_datasets_data: bool | None | Unset = UNSET
    read_dashboards: bool | None | Unset = UNSET
    write_dashboards: bool | None | Unset = UNSET
    moderate_dashboards: bool | None | Unset = UNSET
    run_scenarios: bool | None | Unset = UNSET
    manage_dashboard_authorizations: bool | None | Unset = UNSET
    manage_exposed_elements: bool | None | Unset = UNSET
    manage_additional_dashboard_users: bool | None | Unset = UNSET
    execute_app: bool | None | Unset = UNSET
    share_to_workspaces: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group: None | str | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        else:
            group = self.group

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        admin: bool | None | Unset
        if isinstance(self.admin, Unset):
            admin = UNSET
        else:
            admin = self.admin

        read_project_content: bool | None | Unset
        if isinstance(self.read_project_content, Unset):
            read_project_content = UNSET
        else:
            read_project_content = self.read_project_content

        write_project_content: bool | None | Unset
        if isinstance(self.write_project_content, Unset):
            write_project_content = UNSET
        else:
            write_project_content = self.write_project_content

        export_datasets_data: bool | None | Unset
        if isinstance(self.export_datasets_data, Unset):
            export_datasets_data = UNSET
        else:
            export_datasets_data = self.export_datasets_data

        read_dashboards: bool | None | Unset
        if isinstance(self.read_dashboards, Unset):
            read_dashboards = UNSET
        else:
            read_dashboards = self.read_dashboards

        write_dashboards: bool | None | Unset
        if isinstance(self.write_dashboards, Unset):
            write_dashboards = UNSET
        else:
            write_dashboards = self.write_dashboards

        moderate_dashboards: bool | None | Unset
        if isinstance(self.moderate_dashboards, Unset):
            moderate_dashboards = UNSET
        else:
            moderate_dashboards = self.moderate_dashboards

        run_scenarios: bool | None | Unset
        if isinstance(self.run_scenarios, Unset):
            run_scenarios = UNSET
        else:
            run_scenarios = self.run_scenarios

        manage_dashboard_authorizations: bool | None | Unset
        if isinstance(self.manage_dashboard_authorizations, Unset):
            manage_dashboard_authorizations = UNSET
        else:
            manage_dashboard_authorizations = self.manage_dashboard_authorizations

        manage_exposed_elements: bool | None | Unset
        if isinstance(self.manage_exposed_elements, Unset):
            manage_exposed_elements = UNSET
        else:
            manage_exposed_elements = self.manage_exposed_elements

        manage_additional_dashboard_users: bool | None | Unset
        if isinstance(self.manage_additional_dashboard_users, Unset):
            manage_additional_dashboard_users = UNSET
        else:
            manage_additional_dashboard_users = self.manage_additional_dashboard_users

        execute_app: bool | None | Unset
        if isinstance(self.execute_app, Unset):
            execute_app = UNSET
        else:
            execute_app = self.execute_app

        share_to_workspaces: bool | None | Unset
        if isinstance(self.share_to_workspaces, Unset):
            share_to_workspaces = UNSET
        else:
            share_to_workspaces = self.share_to_workspaces

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group is not UNSET:
            field_dict["group"] = group
        if user is not UNSET:
            field_dict["user"] = user
        if admin is not UNSET:
            field_dict["admin"] = admin
        if read_project_content is not UNSET:
            field_dict["readProjectContent"] = read_project_content
        if write_project_content is not UNSET:
            field_dict["writeProjectContent"] = write_project_content
        if export_datasets_data is not UNSET:
            field_dict["exportDatasetsData"] = export_datasets_data
        if read_dashboards is not UNSET:
            field_dict["readDashboards"] = read_dashboards
        if write_dashboards is not UNSET:
            field_dict["writeDashboards"] = write_dashboards
        if moderate_dashboards is not UNSET:
            field_dict["moderateDashboards"] = moderate_dashboards
        if run_scenarios is not UNSET:
            field_dict["runScenarios"] = run_scenarios
        if manage_dashboard_authorizations is not UNSET:
            field_dict["manageDashboardAuthorizations"] = (
                manage_dashboard_authorizations
            )
        if manage_exposed_elements is not UNSET:
            field_dict["manageExposedElements"] = manage_exposed_elements
        if manage_additional_dashboard_users is not UNSET:
            field_dict["manageAdditionalDashboardUsers"] = (
                manage_additional_dashboard_users
            )
        if execute_app is not UNSET:
            field_dict["executeApp"] = execute_app
        if share_to_workspaces is not UNSET:
            field_dict["shareToWorkspaces"] = share_to_workspaces

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_group(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group = _parse_group(d.pop("group", UNSET))

        def _parse_user(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user = _parse_user(d.pop("user", UNSET))

        def _parse_admin(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        admin = _parse_admin(d.pop("admin", UNSET))

        def _parse_read_project_content(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        read_project_content = _parse_read_project_content(
            d.pop("readProjectContent", UNSET)
        )

        def _parse_write_project_content(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        write_project_content = _parse_write_project_content(
            d.pop("writeProjectContent", UNSET)
        )

        def _parse_export_datasets_data(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        export_datasets_data = _parse_export_datasets_data(
            d.pop("exportDatasetsData", UNSET)
        )

        def _parse_read_dashboards(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        read_dashboards = _parse_read_dashboards(d.pop("readDashboards", UNSET))

        def _parse_write_dashboards(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        write_dashboards = _parse_write_dashboards(d.pop("writeDashboards", UNSET))

        def _parse_moderate_dashboards(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        moderate_dashboards = _parse_moderate_dashboards(
            d.pop("moderateDashboards", UNSET)
        )

        def _parse_run_scenarios(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        run_scenarios = _parse_run_scenarios(d.pop("runScenarios", UNSET))

        def _parse_manage_dashboard_authorizations(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        manage_dashboard_authorizations = _parse_manage_dashboard_authorizations(
            d.pop("manageDashboardAuthorizations", UNSET)
        )

        def _parse_manage_exposed_elements(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        manage_exposed_elements = _parse_manage_exposed_elements(
            d.pop("manageExposedElements", UNSET)
        )

        def _parse_manage_additional_dashboard_users(
            data: object,
        ) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        manage_additional_dashboard_users = _parse_manage_additional_dashboard_users(
            d.pop("manageAdditionalDashboardUsers", UNSET)
        )

        def _parse_execute_app(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        execute_app = _parse_execute_app(d.pop("executeApp", UNSET))

        def _parse_share_to_workspaces(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        share_to_workspaces = _parse_share_to_workspaces(
            d.pop("shareToWorkspaces", UNSET)
        )

        project_permission_item = cls(
            group=group,
            user=user,
            admin=admin,
            read_project_content=read_project_content,
            write_project_content=write_project_content,
            export_datasets_data=export_datasets_data,
            read_dashboards=read_dashboards,
            write_dashboards=write_dashboards,
            moderate_dashboards=moderate_dashboards,
            run_scenarios=run_scenarios,
            manage_dashboard_authorizations=manage_dashboard_authorizations,
            manage_exposed_elements=manage_exposed_elements,
            manage_additional_dashboard_users=manage_additional_dashboard_users,
            execute_app=execute_app,
            share_to_workspaces=share_to_workspaces,
        )

        project_permission_item.additional_properties = d
        return project_permission_item

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
