#!/usr/bin/env python3
"""Benchmark: what one report line costs the pytest process, by channel. A writer appends a
150-byte line every millisecond (about one trivial test's worth of pytest work between two), as
our plugin does, to
  (a) a Unix socket whose reader, in another process, waits on it (the channel before
      2026-12-07: each write wakes that reader),
  (b) an in-memory file (memfd) that another process reads every 10 ms (api-replay's channel:
      no one waits on it, so a write wakes no one).
Prints the mean time the write call took, best of RUNS.

usage: scripts/bench_report_channel.py [LINES] [RUNS]
"""
from __future__ import annotations

import os
import socket
import sys
import time

LINE = b"x" * 149 + b"\n"


def spin(seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


def writes(kind: str, lines: int) -> float:
    if kind == "socket":
        ours, theirs = socket.socketpair()
        read_fd, write_fd = ours.detach(), theirs.detach()
    else:
        write_fd = os.memfd_create("report")
        read_fd = os.open(f"/proc/self/fd/{write_fd}", os.O_RDONLY)
    reader = os.fork()
    if reader == 0:
        os.close(write_fd)
        if kind == "socket":
            while os.read(read_fd, 1 << 16):
                pass
        else:
            while True:  # killed by the parent when it is done
                time.sleep(0.01)
                while os.read(read_fd, 1 << 16):
                    pass
        os._exit(0)
    os.close(read_fd)
    total = 0.0
    for _ in range(lines):
        spin(0.001)
        start = time.perf_counter()
        os.write(write_fd, LINE)
        total += time.perf_counter() - start
    os.close(write_fd)
    if kind != "socket":
        os.kill(reader, 9)
    os.waitpid(reader, 0)
    return total / lines


def main() -> None:
    lines = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    for kind, label in (("socket", "socket, reader waiting on it"),
                        ("memfd", "memfd, reader looking every 10 ms")):
        best = min(writes(kind, lines) for _ in range(runs))
        print(f"{label:36} {best * 1e6:6.1f} µs per line")


if __name__ == "__main__":
    main()
