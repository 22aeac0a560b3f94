# Derived from dssclient/aio/dss/statistics.py by scripts/unasync.py: do not edit.
"""Statistics worksheets of a dataset: their settings and cards, and cards or computations run on the dataset's rows.

Get a worksheet with :meth:`DSSDataset.get_statistics_worksheet` (or create one with
:meth:`DSSDataset.create_statistics_worksheet`). Running a card or a computation is a long task
on DSS: with ``wait=True`` (the default) the methods wait for it and return its result, else
they return its :class:`DSSFuture`, whose result is the same object.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypedDict, cast, overload

from dssclient_generated.api import statistics

from dssclient.dss.utils import DSSRawSettings

from .._requester import json_body
from .future import DSSFuture

if TYPE_CHECKING:
    from dssclient.payloads import (
        DataSelection,
        StatisticsCard,
        StatisticsComputation,
        StatisticsWorksheet,
    )

    from ..dssclient import DSSClient


# The results of cards and computations come as a long task's result, which the spec describes as any
# JSON (a FutureState's `result`): their shapes are written here. DSS's statistics model is not publicly
# documented: these are the keys the emulator answers (see dssclient/emulator/models/statistics.py).


class StatisticsQuantile(TypedDict, total=False):
    """One quantile of a ``quantiles`` computation."""

    freq: float
    quantile: float


class StatisticsBin(TypedDict, total=False):
    """One bin of a ``histogram`` computation, ``[min, max)`` (the last one includes its ``max``)."""

    min: float
    max: float
    count: int


class StatisticsComputationResult(TypedDict, total=False):
    """A computation's result: its ``type``, and that type's keys. A value that cannot be computed is absent."""

    type: str
    value: float | str
    count: int
    nbUsed: int
    quantiles: list[StatisticsQuantile]
    correlation: float
    statistic: float
    pvalue: float
    dof: int
    bins: list[StatisticsBin]
    values: list[str]
    counts: list[Any]
    nonMissingCount: int
    missingCount: int
    xValues: list[str]
    yValues: list[str]
    results: list[StatisticsComputationResult]


class StatisticsCardResult(TypedDict, total=False):
    """A card's result: ``results`` for a ``worksheet_root`` (one per card) and a ``univariate_summary``
    (one ``multi`` per column), ``columns`` and ``matrix`` for a ``correlation_matrix``,
    ``xValues``/``yValues``/``counts`` for a ``bivariate_histogram``."""

    type: str
    columns: list[str]
    matrix: list[list[float | None]]
    results: list[Any]
    xValues: list[str]
    yValues: list[str]
    counts: list[list[int]]


def _card_payload(card: DSSStatisticsCardSettings | Mapping[str, Any]) -> StatisticsCard:
    if isinstance(card, DSSStatisticsCardSettings):
        return card.get_raw()
    if isinstance(card, Mapping):  # pyright: ignore[reportUnnecessaryIsInstance] - untyped callers pass anything
        return cast("StatisticsCard", card)
    raise TypeError(f"A card is a card's settings object or a dict, not {type(card).__name__}")


def _computation_payload(
    computation: DSSStatisticsComputationSettings | Mapping[str, Any],
) -> StatisticsComputation:
    if isinstance(computation, DSSStatisticsComputationSettings):
        return computation.get_raw()
    if isinstance(computation, Mapping):  # pyright: ignore[reportUnnecessaryIsInstance] - untyped callers pass anything
        return cast("StatisticsComputation", computation)
    raise TypeError(f"A computation is a DSSStatisticsComputationSettings or a dict, not {type(computation).__name__}")


class DSSStatisticsWorksheet:
    """A handle on a statistics worksheet of a dataset. Get one with :meth:`DSSDataset.get_statistics_worksheet`."""

    def __init__(self, client: DSSClient, project_key: str, dataset_name: str, worksheet_id: str) -> None:
        self.client = client
        self.project_key = project_key
        self.dataset_name = dataset_name
        self.worksheet_id = worksheet_id

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(project_key={self.project_key!r}, dataset_name={self.dataset_name!r}, "
            f"worksheet_id={self.worksheet_id!r})"
        )

    def delete(self) -> None:
        """Delete the worksheet. (operation ``deleteStatisticsWorksheet``)"""
        self.client._requester.empty(
            statistics.delete_statistics_worksheet.request_kwargs,
            self.project_key,
            self.dataset_name,
            self.worksheet_id,
        )

    def get_settings(self) -> DSSStatisticsWorksheetSettings:
        """The worksheet's settings: its sample and its cards. (operation ``getStatisticsWorksheet``)"""
        worksheet: StatisticsWorksheet = self.client._requester.json(
            statistics.get_statistics_worksheet.request_kwargs,
            self.project_key,
            self.dataset_name,
            self.worksheet_id,
        )
        return DSSStatisticsWorksheetSettings(
            self.client, self.project_key, self.dataset_name, self.worksheet_id, worksheet
        )

    @overload
    def run_worksheet(self, wait: Literal[True] = True) -> DSSStatisticsCardResult: ...

    @overload
    def run_worksheet(self, wait: Literal[False]) -> DSSFuture[DSSStatisticsCardResult]: ...

    def run_worksheet(self, wait: bool = True) -> DSSStatisticsCardResult | DSSFuture[DSSStatisticsCardResult]:
        """Compute the whole worksheet (its root card, whose result holds one result per card).

        (operations ``getStatisticsWorksheet``, ``runStatisticsCard``)
        """
        settings = self.get_settings()
        root = settings.get_raw().get("rootCard")
        if root is None:
            raise ValueError(f"Worksheet {self.worksheet_id} has no root card")
        if wait:
            return self.run_card(root, wait=True)
        return self.run_card(root, wait=False)

    @overload
    def run_card(
        self, card: DSSStatisticsCardSettings | Mapping[str, Any], wait: Literal[True] = True
    ) -> DSSStatisticsCardResult: ...

    @overload
    def run_card(
        self, card: DSSStatisticsCardSettings | Mapping[str, Any], wait: Literal[False]
    ) -> DSSFuture[DSSStatisticsCardResult]: ...

    def run_card(
        self, card: DSSStatisticsCardSettings | Mapping[str, Any], wait: bool = True
    ) -> DSSStatisticsCardResult | DSSFuture[DSSStatisticsCardResult]:
        """Compute a card on the worksheet's sample (the card need not belong to the worksheet).

        ``card`` is a :class:`DSSStatisticsCardSettings` or its raw dict. DSS refuses a card
        type it does not know (:class:`~dssclient.errors.BadRequestError`).
        (operation ``runStatisticsCard``)
        """
        payload = _card_payload(card)
        state = self.client._requester.json(
            statistics.run_statistics_card.request_kwargs,
            self.project_key,
            self.dataset_name,
            self.worksheet_id,
            body=json_body(payload),
        )
        future = DSSFuture.from_resp(self.client, state, result_wrapper=DSSStatisticsCardResult)
        return future.wait_for_result() if wait else future

    @overload
    def run_computation(
        self, computation: DSSStatisticsComputationSettings | Mapping[str, Any], wait: Literal[True] = True
    ) -> DSSStatisticsComputationResult: ...

    @overload
    def run_computation(
        self, computation: DSSStatisticsComputationSettings | Mapping[str, Any], wait: Literal[False]
    ) -> DSSFuture[DSSStatisticsComputationResult]: ...

    def run_computation(
        self, computation: DSSStatisticsComputationSettings | Mapping[str, Any], wait: bool = True
    ) -> DSSStatisticsComputationResult | DSSFuture[DSSStatisticsComputationResult]:
        """Run a computation on the worksheet's sample.

        ``computation`` is a :class:`DSSStatisticsComputationSettings` (from
        :meth:`DSSStatisticsCardSettings.compile`, say) or its raw dict: ``{"type": "mean",
        "column": "amount"}``, ``{"type": "multi", "computations": [...]}``, ...
        (operation ``runStatisticsComputation``)
        """
        payload = _computation_payload(computation)
        state = self.client._requester.json(
            statistics.run_statistics_computation.request_kwargs,
            self.project_key,
            self.dataset_name,
            self.worksheet_id,
            body=json_body(payload),
        )
        future = DSSFuture.from_resp(self.client, state, result_wrapper=DSSStatisticsComputationResult)
        return future.wait_for_result() if wait else future


class DSSStatisticsWorksheetSettings(DSSRawSettings["StatisticsWorksheet"]):
    """The settings of a statistics worksheet: edit them (cards, sample), then :meth:`save`."""

    def __init__(
        self,
        client: DSSClient,
        project_key: str,
        dataset_name: str,
        worksheet_id: str,
        worksheet_definition: StatisticsWorksheet,
    ) -> None:
        super().__init__(worksheet_definition)
        self.client = client
        self.project_key = project_key
        self.dataset_name = dataset_name
        self.worksheet_id = worksheet_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_key={self.project_key!r}, worksheet_id={self.worksheet_id!r})"

    def _root_cards(self) -> list[Any]:
        root = self.settings.get("rootCard")
        if root is None:
            root = self.settings["rootCard"] = {"type": "worksheet_root", "cards": []}
        cards = root.get("cards")
        if cards is None:
            cards = root["cards"] = []
        return cast("list[Any]", cards)

    def add_card(self, card: DSSStatisticsCardSettings | Mapping[str, Any]) -> None:
        """Add a card (a :class:`DSSStatisticsCardSettings` or its raw dict) at the end of the worksheet."""
        self._root_cards().append(_card_payload(card))

    def list_cards(self) -> list[DSSStatisticsCardSettings]:
        """The worksheet's cards, each on its own raw dict (edits show in :meth:`get_raw`)."""
        return [DSSStatisticsCardSettings(self.client, card) for card in self._root_cards()]

    def set_sampling_settings(self, selection: Any) -> None:
        """Set the sample the worksheet computes on: a dict as :meth:`get_raw_sampling_settings` gives,
        or a builder whose ``build()`` makes one (``DSSDatasetSelectionBuilder``)."""
        build = getattr(selection, "build", None)
        raw = build() if callable(build) else selection
        if not isinstance(raw, Mapping):
            raise TypeError(f"A sample's settings are a dict (or a builder of one), not {type(raw).__name__}")
        spec = self.settings.get("dataSpec")
        if spec is None:
            spec = self.settings["dataSpec"] = {}
        spec["datasetSelection"] = cast("DataSelection", raw)

    def get_raw_sampling_settings(self) -> DataSelection:
        """The worksheet's sample settings, as a dict (``samplingMethod``, ``maxRecords``, ...).

        It is the dict itself: edits show in :meth:`get_raw`.
        """
        spec = self.settings.get("dataSpec")
        selection = spec.get("datasetSelection") if spec is not None else None
        if selection is None:
            raise KeyError(f"Worksheet {self.worksheet_id} has no datasetSelection")
        return selection

    def save(self) -> None:
        """Save the settings; they become the worksheet as DSS saved them. (operation ``saveStatisticsWorksheet``)"""
        saved: StatisticsWorksheet = self.client._requester.json(
            statistics.save_statistics_worksheet.request_kwargs,
            self.project_key,
            self.dataset_name,
            self.worksheet_id,
            body=json_body(self.settings),
        )
        self.settings = saved


class DSSStatisticsCardSettings:
    """A card of a worksheet, on its raw dict (see :meth:`DSSStatisticsWorksheetSettings.list_cards`)."""

    def __init__(self, client: DSSClient, card_definition: StatisticsCard) -> None:
        self.client = client
        self._card_definition = card_definition

    def __repr__(self) -> str:
        return f"{type(self).__name__}(type={self._card_definition.get('type')!r})"

    def get_raw(self) -> StatisticsCard:
        """The card's definition (the dict itself: edits are kept)."""
        return self._card_definition

    def compile(self) -> DSSStatisticsComputationSettings:
        """The computation DSS runs to compute this card. (operation ``compileStatisticsCard``)"""
        computation: StatisticsComputation = self.client._requester.json(
            statistics.compile_statistics_card.request_kwargs, body=json_body(self._card_definition)
        )
        return DSSStatisticsComputationSettings(computation)


class DSSStatisticsCardResult:
    """The result of a card (see :meth:`DSSStatisticsWorksheet.run_card`)."""

    def __init__(self, card_result: StatisticsCardResult) -> None:
        self._card_result = card_result

    def __repr__(self) -> str:
        return f"{type(self).__name__}(type={self._card_result.get('type')!r})"

    def get_raw(self) -> StatisticsCardResult:
        """The result, as a dict."""
        return self._card_result


class DSSStatisticsComputationSettings:
    """A computation's definition (see :meth:`DSSStatisticsCardSettings.compile`)."""

    def __init__(self, computation_definition: StatisticsComputation) -> None:
        self._computation_definition = computation_definition

    def __repr__(self) -> str:
        return f"{type(self).__name__}(type={self._computation_definition.get('type')!r})"

    def get_raw(self) -> StatisticsComputation:
        """The computation's definition (the dict itself: edits are kept)."""
        return self._computation_definition


class DSSStatisticsComputationResult:
    """The result of a computation (see :meth:`DSSStatisticsWorksheet.run_computation`)."""

    def __init__(self, computation_result: StatisticsComputationResult) -> None:
        self._computation_result = computation_result

    def __repr__(self) -> str:
        return f"{type(self).__name__}(type={self._computation_result.get('type')!r})"

    def get_raw(self) -> StatisticsComputationResult:
        """The result, as a dict."""
        return self._computation_result
