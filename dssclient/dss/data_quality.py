# Derived from dssclient/aio/dss/data_quality.py by scripts/unasync.py: do not edit.
"""Data quality rules of a dataset: the rules themselves, computing them, their results and the statuses."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, cast, overload

from dssclient_generated.api import data_quality
from dssclient_generated.types import UNSET

from .._requester import json_body
from .future import DSSFuture

if TYPE_CHECKING:
    from dssclient.payloads import (
        DataQualityOutcome,
        DataQualityRule,
        DataQualityRuleResult,
        DataQualityRuleSet,
        DataQualityStatusByPartition,
    )

    from ..dssclient import DSSClient

#: The partition of a dataset that is not partitioned.
NOT_PARTITIONED = "NP"


class DSSDataQualityRuleSet:
    """The data quality rules of a dataset. Get it with :meth:`DSSDataset.get_data_quality_rules` (no call is made).

    ``partition`` arguments take ``"NP"`` (or None) for a dataset that is not partitioned, a
    partition's identifier, or ``"ALL"`` for the whole of a partitioned dataset.
    """

    def __init__(self, project_key: str, dataset_name: str, client: DSSClient) -> None:
        self.project_key = project_key
        self.dataset_name = dataset_name
        self.client = client
        #: The rule set as last read or extended by this object (``{"checks": [...]}``).
        self.ruleset: dict[str, Any] = {"checks": []}

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_key={self.project_key!r}, dataset_name={self.dataset_name!r})"

    @overload
    def list_rules(self, as_type: Literal["objects", "object"] = "objects") -> list[DSSDataQualityRule]: ...

    @overload
    def list_rules(self, as_type: Literal["dict"]) -> list[DataQualityRule]: ...

    def list_rules(
        self, as_type: Literal["objects", "object", "dict"] = "objects"
    ) -> list[DSSDataQualityRule] | list[DataQualityRule]:
        """The dataset's rules, as handles (``objects``) or as dicts (``dict``). (operation ``getDataQualityRules``)"""
        if as_type not in ("objects", "object", "dict"):
            raise ValueError(f"Unknown as_type {as_type!r}: use 'objects' or 'dict'")
        ruleset: DataQualityRuleSet = self.client._requester.json(
            data_quality.get_data_quality_rules.request_kwargs, self.project_key, self.dataset_name
        )
        self.ruleset = cast("dict[str, Any]", ruleset)
        rules = ruleset["checks"]
        if as_type == "dict":
            return rules
        return [DSSDataQualityRule(rule, self.dataset_name, self.project_key, self.client) for rule in rules]

    def create_rule(self, config: Mapping[str, Any] | None = None) -> DSSDataQualityRule:
        """Add a rule built from ``config`` (its ``type`` and the type's settings); returns it.

        ``{"type": "RecordCountInRangeRule", "softMinimum": 1, "softMinimumEnabled": True,
        "displayName": "Has rows"}`` is one. (operation ``createDataQualityRule``)
        """
        if not config:
            raise ValueError("Config is required: the rule's type and settings")
        rule: DataQualityRule = self.client._requester.json(
            data_quality.create_data_quality_rule.request_kwargs,
            self.project_key,
            self.dataset_name,
            body=json_body(dict(config)),
        )
        self.ruleset.setdefault("checks", []).append(rule)
        return DSSDataQualityRule(rule, self.dataset_name, self.project_key, self.client)

    def get_partitions_status(
        self, partitions: str | list[str] | None = NOT_PARTITIONED
    ) -> DataQualityStatusByPartition:
        """The last status of each of these partitions, by partition. (operation ``getDataQualityPartitionsStatus``)"""
        wanted = [partitions] if isinstance(partitions, str) else list(partitions or [NOT_PARTITIONED])
        statuses: DataQualityStatusByPartition = self.client._requester.json(
            data_quality.get_data_quality_partitions_status.request_kwargs,
            self.project_key,
            self.dataset_name,
            partitions=wanted,
        )
        return statuses

    def compute_rules(self, partition: str | None = NOT_PARTITIONED) -> DSSFuture:
        """Compute the enabled rules on a partition; returns the computation's future.

        (operation ``computeDataQualityRules``)
        """
        state = self.client._requester.json(
            data_quality.compute_data_quality_rules.request_kwargs,
            self.project_key,
            self.dataset_name,
            partition=partition or NOT_PARTITIONED,
        )
        return DSSFuture.from_resp(self.client, state)

    def get_status(self) -> DataQualityOutcome:
        """The dataset's status: ``OK``, ``WARNING``, ``ERROR``, ``EMPTY``, ...

        For a partitioned dataset, the worst status of the partitions last computed.
        (operation ``getDataQualityDatasetStatus``)
        """
        status: DataQualityOutcome = self.client._requester.json(
            data_quality.get_data_quality_dataset_status.request_kwargs, self.project_key, self.dataset_name
        )
        return status

    def get_status_by_partition(self, include_all_partitions: bool = False) -> DataQualityStatusByPartition:
        """The status of each partition the dataset's status comes from (or of every one), by partition.

        (operation ``getDataQualityStatusByPartition``)
        """
        statuses: DataQualityStatusByPartition = self.client._requester.json(
            data_quality.get_data_quality_status_by_partition.request_kwargs,
            self.project_key,
            self.dataset_name,
            include_all_partitions=include_all_partitions,
        )
        return statuses

    def get_last_rules_results(self, partition: str | None = NOT_PARTITIONED) -> list[DSSDataQualityRuleResult]:
        """The last result of each rule on a partition. (operation ``getDataQualityLastRulesResults``)"""
        results: list[DataQualityRuleResult] = self.client._requester.json(
            data_quality.get_data_quality_last_rules_results.request_kwargs,
            self.project_key,
            self.dataset_name,
            partition=partition or NOT_PARTITIONED,
        )
        return [DSSDataQualityRuleResult(result) for result in results]

    def get_rules_history(
        self,
        min_timestamp: int | None = None,
        max_timestamp: int | None = None,
        results_per_page: int = 10000,
        page: int = 0,
        rule_ids: list[str] | None = None,
    ) -> list[DSSDataQualityRuleResult]:
        """The results computed on the dataset, newest first: of a time frame (epoch milliseconds, both
        ends included), of some rules, a page at a time. (operation ``getDataQualityRulesHistory``)
        """
        results: list[DataQualityRuleResult] = self.client._requester.json(
            data_quality.get_data_quality_rules_history.request_kwargs,
            self.project_key,
            self.dataset_name,
            min_timestamp=min_timestamp if min_timestamp is not None else UNSET,
            max_timestamp=max_timestamp if max_timestamp is not None else UNSET,
            results_per_page=results_per_page,
            page=page,
            rule_ids=list(rule_ids) if rule_ids is not None else UNSET,
        )
        return [DSSDataQualityRuleResult(result) for result in results]

    def delete_rules_history(self, partition: str | None = NOT_PARTITIONED) -> None:
        """Delete the results computed on one partition. (operation ``deleteDataQualityRulesHistory``)"""
        self.client._requester.empty(
            data_quality.delete_data_quality_rules_history.request_kwargs,
            self.project_key,
            self.dataset_name,
            partition or NOT_PARTITIONED,
        )


class DSSDataQualityRule:
    """A data quality rule of a dataset, as listed or created by its :class:`DSSDataQualityRuleSet`."""

    def __init__(self, rule: DataQualityRule, dataset_name: str, project_key: str, client: DSSClient) -> None:
        self.rule = rule
        self.dataset_name = dataset_name
        self.project_key = project_key
        self.client = client

    def __repr__(self) -> str:
        where = f"project_key={self.project_key!r}, dataset_name={self.dataset_name!r}"
        return f"{type(self).__name__}({where}, id={self.rule.get('id')!r})"

    def get_raw(self) -> DataQualityRule:
        """The rule as a dict, to edit in place before :meth:`save`."""
        return self.rule

    @property
    def id(self) -> str:
        """The rule's identifier, chosen by DSS."""
        return cast(str, self.rule["id"])

    @property
    def name(self) -> str:
        """The rule's display name."""
        return cast(str, self.rule["displayName"])

    def compute(self, partition: str | None = NOT_PARTITIONED) -> DSSFuture:
        """Compute this rule (enabled or not) on a partition; returns the computation's future.

        (operation ``computeDataQualityRules``)
        """
        state = self.client._requester.json(
            data_quality.compute_data_quality_rules.request_kwargs,
            self.project_key,
            self.dataset_name,
            partition=partition or NOT_PARTITIONED,
            rule_id=self.id,
        )
        return DSSFuture.from_resp(self.client, state)

    def save(self) -> str:
        """Save the rule, whole; returns ``"Success"`` as the official client does.

        (operation ``saveDataQualityRule``)
        """
        self.client._requester.empty(
            data_quality.save_data_quality_rule.request_kwargs,
            self.project_key,
            self.dataset_name,
            self.id,
            body=json_body(cast("dict[str, Any]", self.rule)),
        )
        return "Success"

    def delete(self) -> None:
        """Delete the rule from the dataset; its past results stay in the history.

        (operation ``deleteDataQualityRule``)
        """
        self.client._requester.empty(
            data_quality.delete_data_quality_rule.request_kwargs,
            self.project_key,
            self.dataset_name,
            self.id,
            rule_id_query=self.id,
        )

    def get_last_result(self, partition: str | None = NOT_PARTITIONED) -> DSSDataQualityRuleResult | None:
        """The rule's last result on a partition, or None if it was never computed there.

        (operation ``getDataQualityLastRulesResults``)
        """
        results: list[DataQualityRuleResult] = self.client._requester.json(
            data_quality.get_data_quality_last_rules_results.request_kwargs,
            self.project_key,
            self.dataset_name,
            partition=partition or NOT_PARTITIONED,
            rule_id=self.id,
        )
        return DSSDataQualityRuleResult(results[0]) if results else None

    def get_rule_history(
        self,
        min_timestamp: int | None = None,
        max_timestamp: int | None = None,
        results_per_page: int = 10000,
        page: int = 0,
    ) -> list[DSSDataQualityRuleResult]:
        """This rule's results, newest first, of a time frame, a page at a time.

        (operation ``getDataQualityRulesHistory``)
        """
        results: list[DataQualityRuleResult] = self.client._requester.json(
            data_quality.get_data_quality_rules_history.request_kwargs,
            self.project_key,
            self.dataset_name,
            min_timestamp=min_timestamp if min_timestamp is not None else UNSET,
            max_timestamp=max_timestamp if max_timestamp is not None else UNSET,
            results_per_page=results_per_page,
            page=page,
            rule_id=self.id,
        )
        return [DSSDataQualityRuleResult(result) for result in results]


class DSSDataQualityRuleResult:
    """One computation of a rule on a partition: its outcome, message and when it ran."""

    def __init__(self, data: DataQualityRuleResult) -> None:
        self.data = data

    def __repr__(self) -> str:
        return f"DSSDataQualityRuleResult(id={self.data.get('id')!r}, outcome={self.data.get('outcome')!r})"

    def get_raw(self) -> DataQualityRuleResult:
        """The result as DSS sent it."""
        return self.data

    @property
    def id(self) -> str:
        """The identifier of the rule computed."""
        return cast(str, self.data["id"])

    @property
    def name(self) -> str:
        """The rule's name when it was computed."""
        return cast(str, self.data["name"])

    @property
    def outcome(self) -> DataQualityOutcome:
        """``OK``, ``WARNING``, ``ERROR`` or ``EMPTY``."""
        return self.data["outcome"]

    @property
    def message(self) -> str:
        """What the computation found."""
        return cast(str, self.data["message"])

    @property
    def compute_date(self) -> int:
        """When the rule was computed, in milliseconds since the Unix epoch (as the official client)."""
        return cast(int, self.data["computeDate"])

    @property
    def run_origin(self) -> str:
        """What started the computation (``MANUAL`` from the API)."""
        return cast(str, self.data["runOrigin"])

    @property
    def partition(self) -> str:
        """The partition computed (``NP`` when the dataset is not partitioned)."""
        return cast(str, self.data["partition"])
