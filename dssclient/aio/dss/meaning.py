"""User-defined meanings."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from dssclient_generated.api import meanings

from .._requester import json_body

if TYPE_CHECKING:
    from dssclient.payloads import MeaningDefinition

    from ..dssclient import AsyncDSSClient


class AsyncDSSMeaning:
    """A user-defined meaning. Get one with :meth:`DSSClient.get_meaning`; creating it calls nothing."""

    def __init__(self, client: AsyncDSSClient, id: str) -> None:  # noqa: A002 - the official client's parameter name
        self.client = client
        self.id = id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(id={self.id!r})"

    async def get_definition(self) -> MeaningDefinition:
        """The meaning's definition. (operation ``getMeaning``)"""
        definition: MeaningDefinition = await self.client._requester.json(meanings.get_meaning.request_kwargs, self.id)
        return definition

    async def set_definition(self, definition: Mapping[str, Any]) -> MeaningDefinition:
        """Replace the definition with a modified copy of :meth:`get_definition`'s (administrators).

        (operation ``setMeaning``) Returns the saved definition.
        """
        saved: MeaningDefinition = await self.client._requester.json(
            meanings.set_meaning.request_kwargs, self.id, body=json_body(definition)
        )
        return saved
