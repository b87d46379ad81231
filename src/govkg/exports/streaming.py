"""A writer that fills a binary file, turned into chunks a response can send as they come.

The writer runs in a thread of its own and blocks when the reader is a few chunks behind,
so an export of any size holds at most ``DEPTH`` chunks of ``SIZE`` bytes in memory.
"""

from __future__ import annotations

import io
import queue
import threading
from collections.abc import Callable, Iterator
from typing import IO

__all__ = ["DEPTH", "SIZE", "chunks"]

SIZE = 1 << 16  # bytes a chunk
DEPTH = 8  # chunks made ahead of the reader
_DONE = object()


class _Closed(BrokenPipeError):
    """The reader went away (a client disconnected): the writer stops at its next write."""


class _ChunkWriter(io.RawIOBase):
    """A binary file whose bytes go, ``SIZE`` at a time, into a bounded queue."""

    def __init__(self, chunks: queue.Queue[object], closed: threading.Event) -> None:
        super().__init__()
        self.queue, self.closed_by_reader, self.buffer = chunks, closed, bytearray()

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        self.buffer += data
        if len(self.buffer) >= SIZE:
            self._put(bytes(self.buffer))
            self.buffer.clear()
        return len(data)

    def _put(self, chunk: object) -> None:
        while True:
            if self.closed_by_reader.is_set():
                raise _Closed("the reader of this export went away")
            try:
                self.queue.put(chunk, timeout=0.5)
                return
            except queue.Full:
                continue

    def finish(self) -> None:
        if self.buffer:
            self._put(bytes(self.buffer))
            self.buffer.clear()


def chunks(write: Callable[[IO[bytes]], None]) -> Iterator[bytes]:
    """Run ``write(out)`` in a thread and yield what it writes; its exception is raised here.

    >>> b"".join(chunks(lambda out: out.write(b"a" * 70000)))[-3:]
    b'aaa'
    """
    pending: queue.Queue[object] = queue.Queue(maxsize=DEPTH)
    closed = threading.Event()
    out = _ChunkWriter(pending, closed)
    failure: list[BaseException] = []

    def run() -> None:
        try:
            write(out)
            out.finish()
        except _Closed:
            return
        except BaseException as error:  # handed to the reader, raised there
            failure.append(error)
        try:
            out._put(_DONE)
        except _Closed:
            return

    thread = threading.Thread(target=run, name="govkg-export", daemon=True)
    thread.start()
    try:
        while True:
            chunk = pending.get()
            if chunk is _DONE:
                break
            yield chunk  # type: ignore[misc]
        if failure:
            raise failure[0]
    finally:
        closed.set()
        thread.join()
