"""Conformance scenarios of statistics worksheets (issue 19): worksheets created, edited and deleted through
DSSDataset and DSSStatisticsWorksheetSettings, cards and computations run on the dataset's uploaded rows,
and DSS's refusals (an unknown card type, a reader changing a worksheet)."""

from __future__ import annotations

import io
from typing import Any

import pytest

from tests.conformance.framework import scenario

CSV = b"id,country,amount,qty\n1,FR,10,1\n2,US,20,3\n3,FR,,2\n4,DE,30,5\n5,FR,12.5,2\n6,US,7,1\n"


def _dataset(admin: Any) -> Any:
    project = admin.create_project(
        "ST", "Statistics", "admin", permissions=[{"group": "readers", "readProjectContent": True}]
    )
    dataset = project.create_upload_dataset("orders")
    dataset.uploaded_add_file(io.BytesIO(CSV), "orders.csv")
    dataset.autodetect_settings(infer_storage_types=True).save()
    return dataset


@scenario(("createStatisticsWorksheet", 403), ("runStatisticsCard", 400), ("saveStatisticsWorksheet", 400))
def statistics_worksheets(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    dataset = _dataset(admin)
    worksheet = dataset.create_statistics_worksheet("Orders")
    second = dataset.create_statistics_worksheet()
    seen["listed"] = [w.worksheet_id for w in dataset.list_statistics_worksheets()]
    seen["raw list"] = [w["name"] for w in dataset.list_statistics_worksheets(as_objects=False)]

    settings = worksheet.get_settings()
    seen["sampling"] = settings.get_raw_sampling_settings()
    settings.add_card({"type": "univariate_summary", "columns": [{"name": "amount", "type": "NUMERICAL"}]})
    settings.add_card(
        {
            "type": "correlation_matrix",
            "columns": [{"name": "amount", "type": "NUMERICAL"}, {"name": "qty", "type": "NUMERICAL"}],
        }
    )
    settings.save()
    seen["cards"] = [card.get_raw() for card in worksheet.get_settings().list_cards()]
    seen["worksheet"] = worksheet.run_worksheet().get_raw()
    seen["card"] = worksheet.run_card(
        {"type": "bivariate_histogram", "xColumn": {"name": "country"}, "yColumn": {"name": "qty"}}
    ).get_raw()
    compiled = worksheet.get_settings().list_cards()[0].compile()
    seen["compiled"] = compiled.get_raw()
    seen["computed"] = worksheet.run_computation(compiled).get_raw()
    seen["mean"] = worksheet.run_computation({"type": "mean", "column": "amount"}).get_raw()
    future = worksheet.run_computation({"type": "ttest_1samp", "column": "amount", "hypothesizedMean": 10}, wait=False)
    seen["ttest"] = future.wait_for_result().get_raw()

    settings = worksheet.get_settings()
    settings.set_sampling_settings(
        {"samplingMethod": "HEAD_SEQUENTIAL", "maxRecords": 2, "partitionSelectionMethod": "ALL"}
    )
    settings.save()
    seen["head mean"] = worksheet.run_computation({"type": "mean", "column": "amount"}).get_raw()

    with pytest.raises(api.DataikuException):
        worksheet.run_card({"type": "no_such_card"})
    bad = worksheet.get_settings()
    bad.add_card({"type": "no_such_card"})
    with pytest.raises(api.DataikuException):
        bad.save()
    as_reader = reader.get_project("ST").get_dataset("orders")
    seen["reader mean"] = (
        as_reader.get_statistics_worksheet(worksheet.worksheet_id).run_computation({"type": "count"}).get_raw()
    )
    with pytest.raises(api.DataikuException):
        as_reader.create_statistics_worksheet()

    second.delete()
    seen["after delete"] = [w.worksheet_id for w in dataset.list_statistics_worksheets()]
    return seen
