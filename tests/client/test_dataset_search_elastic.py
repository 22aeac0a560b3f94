"""DSSDataset.search_data_elastic against a scripted DSS (the emulator has no Elasticsearch server):
the query it sends, the long task it waits for, and the rows cast by column type."""

from __future__ import annotations

import json

import httpx
import pytest

from dssclient import DataikuException, DSSClient

RESULT = {
    "columns": [
        {"name": "id", "type": "bigint"},
        {"name": "level", "type": "string"},
        {"name": "ok", "type": "boolean"},
    ],
    "rows": [["1", "ERROR", "true"], ["2", "INFO", None], ["x"], ["3", "WARN", "false", "extra"]],
    "warnings": [],
    "found": 3,
}


def _state(**extra: object) -> dict[str, object]:
    return {"jobId": "Es1", "alive": False, "hasResult": True, "aborted": False, "progress": {"states": []}, **extra}


def _client(seen: list[httpx.Request], result: object) -> DSSClient:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path.endswith("/search-data-elastic"):
            return httpx.Response(200, json=_state(alive=True, hasResult=False))
        if request.url.path.startswith("/public/api/futures/"):
            return httpx.Response(200, json=_state(result=result))
        return httpx.Response(404, json={"errorType": "NotFound", "message": "unexpected"})

    return DSSClient("http://dss.test:11200", "key", transport=httpx.MockTransport(answer))


def test_search_sends_the_query_waits_and_casts_rows() -> None:
    seen: list[httpx.Request] = []
    with _client(seen, RESULT) as client:
        result = (
            client.get_project("LOGS")
            .get_dataset("events")
            .search_data_elastic("level:ERROR", start=0, size=10, sort_columns=[{"column": "id", "order": "desc"}])
        )
    query = seen[0].url.params
    assert seen[0].url.path == "/public/api/projects/LOGS/datasets/events/search-data-elastic"
    assert query["queryString"] == "level:ERROR"
    assert (query["start"], query["size"]) == ("0", "10")
    assert json.loads(query["sortColumns"]) == [{"column": "id", "order": "desc"}]
    assert query["partitions"] == "null"
    # As the official client casts them: a missing boolean is False, a short row padded, extra values None.
    assert result["rows"] == [[1, "ERROR", True], [2, "INFO", False], [None, None, False], [3, "WARN", False, None]]
    assert result["found"] == 3


def test_search_without_a_result_is_an_error() -> None:
    with _client([], "nothing") as client, pytest.raises(DataikuException, match="no result"):
        client.get_project("LOGS").get_dataset("events").search_data_elastic("*")
