"""One Temporal client per API process, connected on first use so that the API
can start (and report itself degraded) while Temporal is still coming up."""

from __future__ import annotations

import asyncio

from temporalio.client import Client
from temporalio.converter import DataConverter


class TemporalConnection:
    def __init__(self, address: str, namespace: str, data_converter: DataConverter) -> None:
        self.address = address
        self.namespace = namespace
        self.data_converter = data_converter
        self._client: Client | None = None
        self._lock = asyncio.Lock()

    async def client(self) -> Client:
        if self._client is None:
            async with self._lock:
                if self._client is None:
                    self._client = await asyncio.wait_for(
                        Client.connect(self.address, namespace=self.namespace, data_converter=self.data_converter),
                        timeout=5,
                    )
        return self._client
