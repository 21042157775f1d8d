"""A real SMTP server for the mail tests (aiosmtpd on 127.0.0.1, a free port), keeping what
arrived; `hold_at` makes it stop answering the n-th mail until released (a crash test kills
the sender while its mail hangs)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message
from typing import Any

import pytest
from aiosmtpd.controller import Controller


@dataclass
class Arrived:
    sender: str
    recipients: list[str]
    data: bytes

    @property
    def message(self) -> Message:
        return message_from_bytes(self.data)


@dataclass
class Handler:
    arrived: list[Arrived] = field(default_factory=list)
    hold_at: int = 0  # 1-based: the mail that waits for `release`
    holding: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        import asyncio

        number = len(self.arrived) + 1
        self.arrived.append(
            Arrived(envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.content))
        )
        if number == self.hold_at:
            self.holding.set()
            while not self.release.is_set():
                await asyncio.sleep(0.05)
        return "250 Message accepted for delivery"


@dataclass
class SmtpServer:
    host: str
    port: int
    handler: Handler

    @property
    def arrived(self) -> list[Arrived]:
        return self.handler.arrived


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    handler = Handler()
    controller = Controller(handler, hostname="127.0.0.1", port=_free_port())
    controller.start()
    try:
        yield SmtpServer("127.0.0.1", controller.port, handler)
    finally:
        handler.release.set()
        controller.stop()
