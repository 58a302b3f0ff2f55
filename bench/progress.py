"""A one-line progress bar on stderr (no dependency needed for this much)."""

import sys
import time


class Progress:
    WIDTH = 30

    def __init__(self, enabled=True, stream=None):
        self.enabled = enabled
        self.stream = stream or sys.stderr
        self.label, self.total, self.current, self.started = "", 0, 0, 0.0

    def start(self, label, total):
        self.label, self.total, self.current, self.started = label, total, 0, time.monotonic()
        self._draw()

    def step(self, n=1):
        self.current += n
        self._draw()

    def done(self):
        self.current = self.total
        self._draw()
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()

    def _draw(self):
        if not self.enabled:
            return
        share = self.current / self.total if self.total else 1
        filled = round(share * self.WIDTH)
        elapsed = time.monotonic() - self.started
        self.stream.write(
            f"\r{self.label:<20} [{'#' * filled}{'.' * (self.WIDTH - filled)}] "
            f"{self.current:>6}/{self.total:<6} {elapsed:5.0f}s"
        )
        self.stream.flush()
