from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserSettingsPreferencesType0")


@_attrs_define
class UserSettingsPreferencesType0:
    """UI language and notification preferences.

    Attributes:
        ui_language (None | str | Unset): Language of the user interface (`en`, `fr`, ...).
        mention_emails (bool | None | Unset): Whether the user gets a mail when mentioned in a discussion.
        discussion_emails (bool | None | Unset): Whether the user gets a mail on discussions they follow.
        access_request_emails (bool | None | Unset): Whether the user gets a mail when someone requests access to their
            objects.
        granted_access_emails (bool | None | Unset): Whether the user gets a mail when granted access.
        granted_plugin_request_emails (bool | None | Unset): Whether the user gets a mail when a plugin request is
            granted.
        plugin_request_emails (bool | None | Unset): Whether the user gets a mail on plugin requests.
        instance_access_requests_emails (bool | None | Unset): Whether the user gets a mail on requests to access the
            instance.
        profile_upgrade_requests_emails (bool | None | Unset): Whether the user gets a mail on profile upgrade requests.
        code_env_creation_request_emails (bool | None | Unset): Whether the user gets a mail on code env creation
            requests.
        granted_code_env_creation_request_emails (bool | None | Unset): Whether the user gets a mail when a code env
            creation request is granted.
        daily_digests_emails (bool | None | Unset): Whether the user gets a daily digest mail.
        offline_activity_emails (bool | None | Unset): Whether the user gets a mail on activity while offline.
        remember_position_flow (bool | None | Unset): Whether the flow reopens where the user left it.
        login_logout_notifications (bool | None | Unset): Whether logins and logouts are notified.
        watched_objects_editions_notifications (bool | None | Unset): Whether edits of watched objects are notified.
        object_on_current_project_created_deleted_notifications (bool | None | Unset): Whether creations and deletions
            in the current project are notified.
        any_object_on_current_project_edited_notifications (bool | None | Unset): Whether any edit in the current
            project is notified.
        watch_star_on_current_project_notifications (bool | None | Unset): Whether watches and stars in the current
            project are notified.
        other_users_jobs_tasks_notifications (bool | None | Unset): Whether other users' jobs and tasks are notified.
        request_access_notifications (bool | None | Unset): Whether access requests are notified.
        scenario_run_notifications (bool | None | Unset): Whether scenario runs are notified.
    """

    ui_language: None | str | Unset = UNSET
    mention_emails: bool | None | Unset = UNSET
    discussion_emails: bool | None | Unset = UNSET
    access_request_emails: bool | None | Unset = UNSET
    granted_access_emails: bool | None | Unset = UNSET
    granted_plugin_request_emails: bool | None | Unset = UNSET
    plugin_request_emails: bool | None | Unset = UNSET
    instance_access_requests_emails: bool | None | Unset = UNSET
    profile_upgrade_requests_emails: bool | None | Unset = UNSET
    code_env_creation_request_emails: bool | None | Unset = UNSET
    granted_code_env_creation_request_emails: bool | None | Unset = UNSET
    daily_digests_emails: bool | None | Unset = UNSET
    offline_activity_emails: bool | None | Unset = UNSET
    remember_position_flow: bool | None | Unset = UNSET
    login_logout_notifications: bool | None | Unset = UNSET
    watched_objects_editions_notifications: bool | None | Unset = UNSET
    object_on_current_project_created_deleted_notifications: bool | None | Unset = UNSET
    any_object_on_current_project_edited_notifications: bool | None | Unset = UNSET
    watch_star_on_current_project_notifications: bool | None | Unset = UNSET
    other_users_jobs_tasks_notifications: bool | None | Unset = UNSET
    request_access_notifications: bool | None | Unset = UNSET
    scenario_run_notifications: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ui_language: None | str | Unset
        if isinstance(self.ui_language, Unset):
            ui_language = UNSET
        else:
            ui_language = self.ui_language

        mention_emails: bool | None | Unset
        if isinstance(self.mention_emails, Unset):
            mention_emails = UNSET
        else:
            mention_emails = self.mention_emails

        discussion_emails: bool | None | Unset
        if isinstance(self.discussion_emails, Unset):
            discussion_emails = UNSET
        else:
            discussion_emails = self.discussion_emails

        access_request_emails: bool | None | Unset
        if isinstance(self.access_request_emails, Unset):
            access_request_emails = UNSET
        else:
            access_request_emails = self.access_request_emails

        granted_access_emails: bool | None | Unset
        if isinstance(self.granted_access_emails, Unset):
            granted_access_emails = UNSET
        else:
            granted_access_emails = self.granted_access_emails

        granted_plugin_request_emails: bool | None | Unset
        if isinstance(self.granted_plugin_request_emails, Unset):
            granted_plugin_request_emails = UNSET
        else:
            granted_plugin_request_emails = self.granted_plugin_request_emails

        plugin_request_emails: bool | None | Unset
        if isinstance(self.plugin_request_emails, Unset):
            plugin_request_emails = UNSET
        else:
            plugin_request_emails = self.plugin_request_emails

        instance_access_requests_emails: bool | None | Unset
        if isinstance(self.instance_access_requests_emails, Unset):
            instance_access_requests_emails = UNSET
        else:
            instance_access_requests_emails = self.instance_access_requests_emails

        profile_upgrade_requests_emails: bool | None | Unset
        if isinstance(self.profile_upgrade_requests_emails, Unset):
            profile_upgrade_requests_emails = UNSET
        else:
            profile_upgrade_requests_emails = self.profile_upgrade_requests_emails

        code_env_creation_request_emails: bool | None | Unset
        if isinstance(self.code_env_creation_request_emails, Unset):
            code_env_creation_request_emails = UNSET
        else:
            code_env_creation_request_emails = self.code_env_creation_request_emails

        granted_code_env_creation_request_emails: bool | None | Unset
        if isinstance(self.granted_code_env_creation_request_emails, Unset):
            granted_code_env_creation_request_emails = UNSET
        else:
            granted_code_env_creation_request_emails = (
                self.granted_code_env_creation_request_emails
            )

        daily_digests_emails: bool | None | Unset
        if isinstance(self.daily_digests_emails, Unset):
            daily_digests_emails = UNSET
        else:
            daily_digests_emails = self.daily_digests_emails

        offline_activity_emails: bool | None | Unset
        if isinstance(self.offline_activity_emails, Unset):
            offline_activity_emails = UNSET
        else:
            offline_activity_emails = self.offline_activity_emails

        remember_position_flow: bool | None | Unset
        if isinstance(self.remember_position_flow, Unset):
            remember_position_flow = UNSET
        else:
            remember_position_flow = self.remember_position_flow

        login_logout_notifications: bool | None | Unset
        if isinstance(self.login_logout_notifications, Unset):
            login_logout_notifications = UNSET
        else:
            login_logout_notifications = self.login_logout_notifications

        watched_objects_editions_notifications: bool | None | Unset
        if isinstance(self.watched_objects_editions_notifications, Unset):
            watched_objects_editions_notifications = UNSET
        else:
            watched_objects_editions_notifications = (
                self.watched_objects_editions_notifications
            )

        object_on_current_project_created_deleted_notifications: bool | None | Unset
        if isinstance(
            self.object_on_current_project_created_deleted_notifications, Unset
        ):
            object_on_current_project_created_deleted_notifications = UNSET
        else:
            object_on_current_project_created_deleted_notifications = (
                self.object_on_current_project_created_deleted_notifications
            )

        any_object_on_current_project_edited_notifications: bool | None | Unset
        if isinstance(self.any_object_on_current_project_edited_notifications, Unset):
            any_object_on_current_project_edited_notifications = UNSET
        else:
            any_object_on_current_project_edited_notifications = (
                self.any_object_on_current_project_edited_notifications
            )

        watch_star_on_current_project_notifications: bool | None | Unset
        if isinstance(self.watch_star_on_current_project_notifications, Unset):
            watch_star_on_current_project_notifications = UNSET
        else:
            watch_star_on_current_project_notifications = (
                self.watch_star_on_current_project_notifications
            )

        other_users_jobs_tasks_notifications: bool | None | Unset
        if isinstance(self.other_users_jobs_tasks_notifications, Unset):
            other_users_jobs_tasks_notifications = UNSET
        else:
            other_users_jobs_tasks_notifications = (
                self.other_users_jobs_tasks_notifications
            )

        request_access_notifications: bool | None | Unset
        if isinstance(self.request_access_notifications, Unset):
            request_access_notifications = UNSET
        else:
            request_access_notifications = self.request_access_notifications

        scenario_run_notifications: bool | None | Unset
        if isinstance(self.scenario_run_notifications, Unset):
            scenario_run_notifications = UNSET
        else:
            scenario_run_notifications = self.scenario_run_notifications

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ui_language is not UNSET:
            field_dict["uiLanguage"] = ui_language
        if mention_emails is not UNSET:
            field_dict["mentionEmails"] = mention_emails
        if discussion_emails is not UNSET:
            field_dict["discussionEmails"] = discussion_emails
        if access_request_emails is not UNSET:
            field_dict["accessRequestEmails"] = access_request_emails
        if granted_access_emails is not UNSET:
            field_dict["grantedAccessEmails"] = granted_access_emails
        if granted_plugin_request_emails is not UNSET:
            field_dict["grantedPluginRequestEmails"] = granted_plugin_request_emails
        if plugin_request_emails is not UNSET:
            field_dict["pluginRequestEmails"] = plugin_request_emails
        if instance_access_requests_emails is not UNSET:
            field_dict["instanceAccessRequestsEmails"] = instance_access_requests_emails
        if profile_upgrade_requests_emails is not UNSET:
            field_dict["profileUpgradeRequestsEmails"] = profile_upgrade_requests_emails
        if code_env_creation_request_emails is not UNSET:
            field_dict["codeEnvCreationRequestEmails"] = (
                code_env_creation_request_emails
            )
        if granted_code_env_creation_request_emails is not UNSET:
            field_dict["grantedCodeEnvCreationRequestEmails"] = (
                granted_code_env_creation_request_emails
            )
        if daily_digests_emails is not UNSET:
            field_dict["dailyDigestsEmails"] = daily_digests_emails
        if offline_activity_emails is not UNSET:
            field_dict["offlineActivityEmails"] = offline_activity_emails
        if remember_position_flow is not UNSET:
            field_dict["rememberPositionFlow"] = remember_position_flow
        if login_logout_notifications is not UNSET:
            field_dict["loginLogoutNotifications"] = login_logout_notifications
        if watched_objects_editions_notifications is not UNSET:
            field_dict["watchedObjectsEditionsNotifications"] = (
                watched_objects_editions_notifications
            )
        if object_on_current_project_created_deleted_notifications is not UNSET:
            field_dict["objectOnCurrentProjectCreatedDeletedNotifications"] = (
                object_on_current_project_created_deleted_notifications
            )
        if any_object_on_current_project_edited_notifications is not UNSET:
            field_dict["anyObjectOnCurrentProjectEditedNotifications"] = (
                any_object_on_current_project_edited_notifications
            )
        if watch_star_on_current_project_notifications is not UNSET:
            field_dict["watchStarOnCurrentProjectNotifications"] = (
                watch_star_on_current_project_notifications
            )
        if other_users_jobs_tasks_notifications is not UNSET:
            field_dict["otherUsersJobsTasksNotifications"] = (
                other_users_jobs_tasks_notifications
            )
        if request_access_notifications is not UNSET:
            field_dict["requestAccessNotifications"] = request_access_notifications
        if scenario_run_notifications is not UNSET:
            field_dict["scenarioRunNotifications"] = scenario_run_notifications

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_ui_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ui_language = _parse_ui_language(d.pop("uiLanguage", UNSET))

        def _parse_mention_emails(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        mention_emails = _parse_mention_emails(d.pop("mentionEmails", UNSET))

        def _parse_discussion_emails(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        discussion_emails = _parse_discussion_emails(d.pop("discussionEmails", UNSET))

        def _parse_access_request_emails(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        access_request_emails = _parse_access_request_emails(
            d.pop("accessRequestEmails", UNSET)
        )

        def _parse_granted_access_emails(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        granted_access_emails = _parse_granted_access_emails(
            d.pop("grantedAccessEmails", UNSET)
        )

        def _parse_granted_plugin_request_emails(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        granted_plugin_request_emails = _parse_granted_plugin_request_emails(
            d.pop("grantedPluginRequestEmails", UNSET)
        )

        def _parse_plugin_request_emails(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        plugin_request_emails = _parse_plugin_request_emails(
            d.pop("pluginRequestEmails", UNSET)
        )

        def _parse_instance_access_requests_emails(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        instance_access_requests_emails = _parse_instance_access_requests_emails(
            d.pop("instanceAccessRequestsEmails", UNSET)
        )

        def _parse_profile_upgrade_requests_emails(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        profile_upgrade_requests_emails = _parse_profile_upgrade_requests_emails(
            d.pop("profileUpgradeRequestsEmails", UNSET)
        )

        def _parse_code_env_creation_request_emails(
            data: object,
        ) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        code_env_creation_request_emails = _parse_code_env_creation_request_emails(
            d.pop("codeEnvCreationRequestEmails", UNSET)
        )

        def _parse_granted_code_env_creation_request_emails(
            data: object,
        ) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        granted_code_env_creation_request_emails = (
            _parse_granted_code_env_creation_request_emails(
                d.pop("grantedCodeEnvCreationRequestEmails", UNSET)
            )
        )

        def _parse_daily_digests_emails(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        daily_digests_emails = _parse_daily_digests_emails(
            d.pop("dailyDigestsEmails", UNSET)
        )

        def _parse_offline_activity_emails(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        offline_activity_emails = _parse_offline_activity_emails(
            d.pop("offlineActivityEmails", UNSET)
        )

        def _parse_remember_position_flow(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        remember_position_flow = _parse_remember_position_flow(
            d.pop("rememberPositionFlow", UNSET)
        )

        def _parse_login_logout_notifications(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        login_logout_notifications = _parse_login_logout_notifications(
            d.pop("loginLogoutNotifications", UNSET)
        )

        def _parse_watched_objects_editions_notifications(
            data: object,
        ) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        watched_objects_editions_notifications = (
            _parse_watched_objects_editions_notifications(
                d.pop("watchedObjectsEditionsNotifications", UNSET)
            )
        )

        def _parse_object_on_current_project_created_deleted_notifications(
            data: object,
        ) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        object_on_current_project_created_deleted_notifications = (
            _parse_object_on_current_project_created_deleted_notifications(
                d.pop("objectOnCurrentProjectCreatedDeletedNotifications", UNSET)
            )
        )

        def _parse_any_object_on_current_project_edited_notifications(
            data: object,
        ) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        any_object_on_current_project_edited_notifications = (
            _parse_any_object_on_current_project_edited_notifications(
                d.pop("anyObjectOnCurrentProjectEditedNotifications", UNSET)
            )
        )

        def _parse_watch_star_on_current_project_notifications(
            data: object,
        ) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        watch_star_on_current_project_notifications = (
            _parse_watch_star_on_current_project_notifications(
                d.pop("watchStarOnCurrentProjectNotifications", UNSET)
            )
        )

        def _parse_other_users_jobs_tasks_notifications(
            data: object,
        ) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        other_users_jobs_tasks_notifications = (
            _parse_other_users_jobs_tasks_notifications(
                d.pop("otherUsersJobsTasksNotifications", UNSET)
            )
        )

        def _parse_request_access_notifications(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        request_access_notifications = _parse_request_access_notifications(
            d.pop("requestAccessNotifications", UNSET)
        )

        def _parse_scenario_run_notifications(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        scenario_run_notifications = _parse_scenario_run_notifications(
            d.pop("scenarioRunNotifications", UNSET)
        )

        user_settings_preferences_type_0 = cls(
            ui_language=ui_language,
            mention_emails=mention_emails,
            discussion_emails=discussion_emails,
            access_request_emails=access_request_emails,
            granted_access_emails=granted_access_emails,
            granted_plugin_request_emails=granted_plugin_request_emails,
            plugin_request_emails=plugin_request_emails,
            instance_access_requests_emails=instance_access_requests_emails,
            profile_upgrade_requests_emails=profile_upgrade_requests_emails,
            code_env_creation_request_emails=code_env_creation_request_emails,
            granted_code_env_creation_request_emails=granted_code_env_creation_request_emails,
            daily_digests_emails=daily_digests_emails,
            offline_activity_emails=offline_activity_emails,
            remember_position_flow=remember_position_flow,
            login_logout_notifications=login_logout_notifications,
            watched_objects_editions_notifications=watched_objects_editions_notifications,
            object_on_current_project_created_deleted_notifications=object_on_current_project_created_deleted_notifications,
            any_object_on_current_project_edited_notifications=any_object_on_current_project_edited_notifications,
            watch_star_on_current_project_notifications=watch_star_on_current_project_notifications,
            other_users_jobs_tasks_notifications=other_users_jobs_tasks_notifications,
            request_access_notifications=request_access_notifications,
            scenario_run_notifications=scenario_run_notifications,
        )

        user_settings_preferences_type_0.additional_properties = d
        return user_settings_preferences_type_0

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
