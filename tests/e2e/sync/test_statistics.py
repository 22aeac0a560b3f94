# Derived from tests/e2e/aio/test_statistics.py by scripts/unasync.py: do not edit.
"""Statistics worksheets of datasets, end to end against the emulator: worksheets and their cards, and
cards and computations computed on the dataset's stored rows (checked against numpy and scipy)."""

from __future__ import annotations

from typing import Any

import pytest

from dssclient import BadRequestError, DSSClient, DSSFuture, NotFoundError, PermissionDeniedError
from dssclient.dss.dataset import DSSDataset
from dssclient.dss.statistics import (
    DSSStatisticsCardResult,
    DSSStatisticsCardSettings,
    DSSStatisticsComputationResult,
    DSSStatisticsComputationSettings,
    DSSStatisticsWorksheet,
    DSSStatisticsWorksheetSettings,
)
from dssclient.emulator.automation.store import data_store, write_rows

COLUMNS = [("id", "bigint"), ("country", "string"), ("amount", "double"), ("qty", "double")]
ROWS = [
    ["1", "FR", "10", "1"],
    ["2", "US", "20", "3"],
    ["3", "FR", "", "2"],
    ["4", "DE", "30", "5"],
    ["5", "FR", "12.5", "2"],
    ["6", "US", "7", "1"],
    ["7", "DE", "41", "8"],
    ["8", "US", "not a number", "4"],
]
AMOUNTS = [10.0, 20.0, 30.0, 12.5, 7.0, 41.0]


def orders(client: DSSClient, emulator: Any, rows: list[list[str]] = ROWS) -> DSSDataset:
    project = client.create_project("P", "P", "admin", permissions=[{"group": "readers", "readProjectContent": True}])
    dataset = project.create_dataset("orders", "Filesystem", params={"connection": "filesystem_managed", "path": "o"})
    settings = dataset.get_settings()
    for name, kind in COLUMNS:
        settings.add_raw_schema_column({"name": name, "type": kind})
    settings.save()
    write_rows(
        data_store(emulator.pipeline.services), "P", "orders", [n for n, _ in COLUMNS], rows, emulator.state.clock
    )
    return dataset


def numerical(name: str) -> dict[str, Any]:
    return {"name": name, "type": "NUMERICAL"}


def test_worksheets_are_created_listed_saved_and_deleted(client: DSSClient, dss_emulator: Any) -> None:
    dataset = orders(client, dss_emulator)
    assert dataset.list_statistics_worksheets() == []
    worksheet = dataset.create_statistics_worksheet("First look")
    assert isinstance(worksheet, DSSStatisticsWorksheet)
    other = dataset.create_statistics_worksheet()
    listed = dataset.list_statistics_worksheets()
    assert [w.worksheet_id for w in listed] == [worksheet.worksheet_id, other.worksheet_id]
    raw_list = dataset.list_statistics_worksheets(as_objects=False)
    assert [w["name"] for w in raw_list] == ["First look", "My worksheet"]

    settings = worksheet.get_settings()
    assert isinstance(settings, DSSStatisticsWorksheetSettings)
    raw = settings.get_raw()
    assert raw["projectKey"] == "P"
    assert raw["dataSpec"]["inputDatasetSmartName"] == "orders"
    assert settings.get_raw_sampling_settings()["samplingMethod"] == "FULL"
    assert settings.list_cards() == []
    settings.add_card({"type": "univariate_summary", "columns": [numerical("amount")]})
    settings.set_sampling_settings({"samplingMethod": "HEAD_SEQUENTIAL", "maxRecords": 3})
    raw["name"] = "Renamed"
    settings.save()

    again = worksheet.get_settings()
    cards = again.list_cards()
    assert len(cards) == 1 and isinstance(cards[0], DSSStatisticsCardSettings)
    assert cards[0].get_raw()["columns"] == [numerical("amount")]
    assert again.get_raw_sampling_settings() == {"samplingMethod": "HEAD_SEQUENTIAL", "maxRecords": 3}
    assert again.get_raw()["name"] == "Renamed"

    other.delete()
    assert [w.worksheet_id for w in dataset.list_statistics_worksheets()] == [worksheet.worksheet_id]
    with pytest.raises(NotFoundError):
        other.get_settings()


def test_a_univariate_summary_is_computed_on_the_stored_rows(client: DSSClient, dss_emulator: Any) -> None:
    numpy = pytest.importorskip("numpy")
    dataset = orders(client, dss_emulator)
    worksheet = dataset.create_statistics_worksheet()
    card = {"type": "univariate_summary", "columns": [numerical("amount"), {"name": "country", "type": "CATEGORICAL"}]}
    result = worksheet.run_card(card)
    assert isinstance(result, DSSStatisticsCardResult)
    raw = result.get_raw()
    assert raw["type"] == "univariate_summary" and raw["columns"] == ["amount", "country"]
    amount, country = (r["results"] for r in raw["results"])
    by_type = {r["type"]: r for r in amount}
    assert by_type["count"]["count"] == 7  # non-empty cells, the text included
    assert by_type["mean"]["value"] == pytest.approx(numpy.mean(AMOUNTS))
    assert by_type["std"]["value"] == pytest.approx(numpy.std(AMOUNTS, ddof=1))
    assert by_type["min"]["value"] == 7.0 and by_type["max"]["value"] == 41.0
    assert [q["quantile"] for q in by_type["quantiles"]["quantiles"]] == pytest.approx(
        list(numpy.quantile(AMOUNTS, [0.25, 0.5, 0.75]))
    )
    assert {r["type"]: r for r in country}["nb_distinct"]["count"] == 3
    assert {r["type"]: r for r in country}["mode"]["value"] == "FR"


def test_the_whole_worksheet_runs_each_card(client: DSSClient, dss_emulator: Any) -> None:
    numpy = pytest.importorskip("numpy")
    dataset = orders(client, dss_emulator)
    worksheet = dataset.create_statistics_worksheet()
    settings = worksheet.get_settings()
    settings.add_card({"type": "univariate_summary", "columns": [numerical("qty")]})
    settings.add_card({"type": "correlation_matrix", "columns": [numerical("amount"), numerical("qty")]})
    settings.add_card(
        {
            "type": "bivariate_histogram",
            "xColumn": {"name": "country"},
            "yColumn": {"name": "qty", "type": "CATEGORICAL"},
        }
    )
    settings.save()
    result = worksheet.run_worksheet()
    assert isinstance(result, DSSStatisticsCardResult)
    summary, correlation, histogram = result.get_raw()["results"]
    assert summary["type"] == "univariate_summary"
    pairs = [(float(r[2]), float(r[3])) for r in ROWS if r[2] and r[2] != "not a number"]
    expected = numpy.corrcoef([a for a, _ in pairs], [b for _, b in pairs])[0][1]
    assert correlation["matrix"][0][0] == 1.0
    assert correlation["matrix"][0][1] == pytest.approx(expected) == correlation["matrix"][1][0]
    assert histogram["xValues"][0] == "FR" and sum(map(sum, histogram["counts"])) == len(ROWS)

    future = worksheet.run_worksheet(wait=False)
    assert isinstance(future, DSSFuture)
    waited = future.wait_for_result(timeout=10)
    assert isinstance(waited, DSSStatisticsCardResult) and waited.get_raw() == result.get_raw()


def test_computations_match_scipy(client: DSSClient, dss_emulator: Any) -> None:
    stats = pytest.importorskip("scipy.stats")
    dataset = orders(client, dss_emulator)
    worksheet = dataset.create_statistics_worksheet()
    amounts_with_qty = [(float(r[2]), float(r[3])) for r in ROWS if r[2] and r[2] != "not a number"]
    xs, ys = [a for a, _ in amounts_with_qty], [b for _, b in amounts_with_qty]
    computation = {
        "type": "multi",
        "computations": [
            {"type": "ttest_1samp", "column": "amount", "hypothesizedMean": 15},
            {"type": "pearson", "xColumn": "amount", "yColumn": "qty"},
            {"type": "spearman", "xColumn": "amount", "yColumn": "qty"},
            {"type": "chi2_ind_test", "xColumn": "country", "yColumn": "qty"},
            {"type": "skewness", "column": "amount"},
            {"type": "kurtosis", "column": "amount"},
            {"type": "covariance", "xColumn": "amount", "yColumn": "qty"},
        ],
    }
    result = worksheet.run_computation(computation)
    assert isinstance(result, DSSStatisticsComputationResult)
    ttest, pearson, spearman, chi2, skewness, kurtosis, covariance = result.get_raw()["results"]
    expected_t = stats.ttest_1samp(xs, 15)
    assert ttest["statistic"] == pytest.approx(expected_t.statistic)
    assert ttest["pvalue"] == pytest.approx(expected_t.pvalue, rel=1e-6)
    expected_r = stats.pearsonr(xs, ys)
    assert pearson["correlation"] == pytest.approx(expected_r.statistic)
    assert pearson["pvalue"] == pytest.approx(expected_r.pvalue, rel=1e-6)
    expected_rho = stats.spearmanr(xs, ys)
    assert spearman["correlation"] == pytest.approx(expected_rho.statistic)
    assert spearman["pvalue"] == pytest.approx(expected_rho.pvalue, rel=1e-6)
    countries, quantities = [r[1] for r in ROWS], [r[3] for r in ROWS]
    labels_x, labels_y = sorted(set(countries)), sorted(set(quantities))
    table = [
        [sum(1 for c, q in zip(countries, quantities, strict=True) if c == x and q == y) for y in labels_y]
        for x in labels_x
    ]
    expected_chi2 = stats.chi2_contingency(table, correction=False)
    assert chi2["statistic"] == pytest.approx(expected_chi2.statistic)
    assert chi2["pvalue"] == pytest.approx(expected_chi2.pvalue, rel=1e-6)
    assert chi2["dof"] == expected_chi2.dof
    assert skewness["value"] == pytest.approx(stats.skew(xs))
    assert kurtosis["value"] == pytest.approx(stats.kurtosis(xs))
    assert covariance["value"] == pytest.approx(
        sum((a - sum(xs) / 6) * (b - sum(ys) / 6) for a, b in zip(xs, ys, strict=True)) / 5
    )


def test_a_compiled_card_runs_as_a_computation(client: DSSClient, dss_emulator: Any) -> None:
    dataset = orders(client, dss_emulator)
    worksheet = dataset.create_statistics_worksheet()
    settings = worksheet.get_settings()
    settings.add_card({"type": "univariate_summary", "columns": [numerical("amount")]})
    compiled = settings.list_cards()[0].compile()
    assert isinstance(compiled, DSSStatisticsComputationSettings)
    assert compiled.get_raw()["type"] == "multi"
    future = worksheet.run_computation(compiled, wait=False)
    assert isinstance(future, DSSFuture)
    result = future.wait_for_result(timeout=10)
    assert isinstance(result, DSSStatisticsComputationResult)
    by_type = {r["type"]: r for r in result.get_raw()["results"][0]["results"]}
    assert by_type["mean"]["value"] == pytest.approx(sum(AMOUNTS) / len(AMOUNTS))


def test_the_worksheet_sample_bounds_the_rows_read(client: DSSClient, dss_emulator: Any) -> None:
    dataset = orders(client, dss_emulator)
    worksheet = dataset.create_statistics_worksheet()
    settings = worksheet.get_settings()
    settings.set_sampling_settings({"samplingMethod": "HEAD_SEQUENTIAL", "maxRecords": 2})
    settings.save()
    result = worksheet.run_computation({"type": "mean", "column": "amount"})
    assert result.get_raw()["value"] == 15.0  # the first two rows only
    # DSS keeps any sample's settings; the emulator refuses to draw a random one (its draws are DSS's own).
    settings.set_sampling_settings({"samplingMethod": "RANDOM_FIXED_NB", "maxRecords": 2})
    settings.save()
    with pytest.raises(BadRequestError, match="RANDOM_FIXED_NB"):
        worksheet.run_computation({"type": "mean", "column": "amount"})


def test_unknown_cards_computations_and_columns_are_refused(client: DSSClient, dss_emulator: Any) -> None:
    dataset = orders(client, dss_emulator)
    worksheet = dataset.create_statistics_worksheet()
    with pytest.raises(BadRequestError, match="Unknown card type 'scatter_plot'"):
        worksheet.run_card({"type": "scatter_plot", "xColumn": {"name": "amount"}})
    with pytest.raises(BadRequestError, match="Unknown computation type 'fit_distribution'"):
        worksheet.run_computation({"type": "fit_distribution", "column": "amount"})
    with pytest.raises(BadRequestError, match="'missing' is not in the dataset's schema"):
        worksheet.run_computation({"type": "mean", "column": "missing"})
    with pytest.raises(BadRequestError, match="freqs"):
        worksheet.run_computation({"type": "quantiles", "column": "amount"})
    settings = worksheet.get_settings()
    settings.add_card({"type": "pca", "columns": [numerical("amount")]})
    with pytest.raises(BadRequestError, match="Unknown card type 'pca'"):
        settings.save()
    with pytest.raises(NotFoundError):
        dataset.get_statistics_worksheet("nope").run_computation({"type": "count"})


def test_readers_compute_but_do_not_change_worksheets(
    client: DSSClient, reader_client: DSSClient, dss_emulator: Any
) -> None:
    dataset = orders(client, dss_emulator)
    worksheet = dataset.create_statistics_worksheet()
    as_reader = reader_client.get_project("P").get_dataset("orders")
    assert [w.worksheet_id for w in as_reader.list_statistics_worksheets()] == [worksheet.worksheet_id]
    mine = as_reader.get_statistics_worksheet(worksheet.worksheet_id)
    assert (mine.run_computation({"type": "count"})).get_raw() == {"type": "count", "count": len(ROWS)}
    with pytest.raises(PermissionDeniedError):
        as_reader.create_statistics_worksheet()
    with pytest.raises(PermissionDeniedError):
        (mine.get_settings()).save()
    with pytest.raises(PermissionDeniedError):
        mine.delete()


def test_an_empty_dataset_gives_empty_results(client: DSSClient, dss_emulator: Any) -> None:
    dataset = orders(client, dss_emulator, rows=[])
    worksheet = dataset.create_statistics_worksheet()
    result = worksheet.run_computation(
        {"type": "multi", "computations": [{"type": "count"}, {"type": "mean", "column": "amount"}]}
    )
    count, mean = result.get_raw()["results"]
    assert count == {"type": "count", "count": 0}
    assert mean == {"type": "mean"}  # a value that cannot be computed is absent (DSS drops nulls)


def test_a_dataset_created_again_has_no_worksheets(client: DSSClient, dss_emulator: Any) -> None:
    dataset = orders(client, dss_emulator)
    dataset.create_statistics_worksheet()
    dataset.delete()
    project = client.get_project("P")
    again = project.create_dataset("orders", "Filesystem", params={"connection": "filesystem_managed", "path": "o"})
    assert again.list_statistics_worksheets() == []


class HeadSample:
    """Stands for the official DSSDatasetSelectionBuilder: set_sampling_settings takes any builder's build()."""

    def build(self) -> dict[str, Any]:
        return {"samplingMethod": "HEAD_SEQUENTIAL", "maxRecords": 1}


def test_cards_and_samples_are_taken_as_objects(client: DSSClient, dss_emulator: Any) -> None:
    dataset = orders(client, dss_emulator)
    worksheet = dataset.create_statistics_worksheet()
    settings = worksheet.get_settings()
    settings.add_card({"type": "univariate_summary", "columns": [numerical("amount")]})
    settings.set_sampling_settings(HeadSample())
    settings.save()
    card = (worksheet.get_settings()).list_cards()[0]
    result = worksheet.run_card(card)
    by_type = {r["type"]: r for r in result.get_raw()["results"][0]["results"]}
    assert by_type["count"]["count"] == 1 and by_type["mean"]["value"] == 10.0  # the first row only
    other = dataset.create_statistics_worksheet()
    other_settings = other.get_settings()
    other_settings.add_card(card)  # a card of another worksheet, as an object
    other_settings.save()
    assert [c.get_raw() for c in (other.get_settings()).list_cards()] == [card.get_raw()]
    with pytest.raises(TypeError):
        settings.set_sampling_settings(["FULL"])
    with pytest.raises(TypeError):
        worksheet.run_card(42)  # type: ignore[arg-type]
