"""Properties of wikis and project libraries over arbitrary input (hypothesis), end to end.

1. Any file name reaches exactly its file of the library with any content, or is refused: before
   anything is sent when it cannot be a path segment, by the emulator (400) when DSS's file system
   could not hold it (a NUL or a backslash).
2. Any article name and body (any Unicode) come back as saved.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dssclient import BadRequestError, DSSClient, InvalidIdentifierError
from dssclient.emulator import Emulator, EmulatorConfig
from tests.conftest import FAST_POLLING

PROPERTIES = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
NAMES = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12).filter(
    lambda name: "/" not in name and name.strip() == name
) | st.sampled_from([".", "..", "a\\b", "nul\x00", "%2F", "..a", "a?b#c", " spaced"])


@pytest.fixture(scope="module")
def emulator() -> Iterator[Emulator]:
    with Emulator(EmulatorConfig()) as started:
        yield started


@pytest.fixture(scope="module")
def client(emulator: Emulator) -> Iterator[DSSClient]:
    with DSSClient(emulator.url, emulator.config.admin_api_key, future_polling=FAST_POLLING) as dss:
        dss.create_project("P", "Properties", "admin")
        yield dss


@PROPERTIES
@given(name=NAMES, content=st.binary(max_size=300))
def test_any_file_name_reaches_exactly_its_file_or_is_refused(
    client: DSSClient, emulator: Emulator, name: str, content: bytes
) -> None:
    folder = client.get_project("P").get_library().get_folder("/python")
    assert folder is not None
    existing = folder.get_child(name.strip())
    if existing is not None:
        existing.delete()
    sent_before = len(emulator.request_log)
    if name.strip() in (".", ".."):
        with pytest.raises(InvalidIdentifierError):
            folder.add_file(name)
        assert len(emulator.request_log) == sent_before
        return
    if "\\" in name or "\x00" in name:
        with pytest.raises(BadRequestError):
            folder.add_file(name)
        assert folder.get_child(name) is None
        return
    created = folder.add_file(name)  # the name stripped of spaces, as the official client does
    created.write(content)
    reread = client.get_project("P").get_library().get_file("/python/" + name.strip())
    assert reread is not None and reread.name == name.strip()
    assert reread.read("bytes") == content


@PROPERTIES
@given(
    name=st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=20).filter(
        lambda n: n.strip() != ""
    ),
    body=st.text(st.characters(blacklist_categories=("Cs",)), max_size=200),
)
def test_any_article_name_and_body_come_back_as_saved(client: DSSClient, name: str, body: str) -> None:
    wiki = client.get_project("P").get_wiki()
    for article in wiki.list_articles():
        article.delete()
    article = wiki.create_article(name, content=body)
    data = article.get_data()
    assert (data.get_name(), data.get_body()) == (name, body)
    if name not in (".", "..") and "/" not in name:
        assert wiki.get_article(name).article_id == article.article_id
