"""A minimal Chrome DevTools Protocol client over a pipe, for the browser tests: start headless
Chromium with ``--remote-debugging-pipe``, open a page, evaluate JavaScript in it, move the mouse.

Standard library only. Chromium reads commands on its file descriptor 3 and writes replies and
events on 4, each a JSON message ended by a NUL byte; a small Python wrapper puts our pipe ends
there, then becomes Chromium.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time

# the names Debian, other distributions and Google give the browser, most likely first
EXECUTABLES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def find_chromium() -> str | None:
    """The path of a Chromium or Chrome executable: ``$LAWNER_CHROMIUM``, else the first of
    :data:`EXECUTABLES` on the PATH; None when there is none."""
    given = os.environ.get("LAWNER_CHROMIUM")
    if given:
        return shutil.which(given)
    return next((path for name in EXECUTABLES if (path := shutil.which(name))), None)


# runs the command in argv[3:] with the pipe ends argv[1] and argv[2] as its descriptors 3 and 4:
# each is first copied to 10 or above, so that neither is overwritten while the other moves
# (a shell cannot do it: dash takes one-digit descriptors only, and a test run has more open)
_AT_3_AND_4 = (
    "import fcntl, os, sys; "
    "ends = [fcntl.fcntl(int(fd), fcntl.F_DUPFD, 10) for fd in sys.argv[1:3]]; "
    "os.dup2(ends[0], 3); os.dup2(ends[1], 4); "
    "os.execv(sys.argv[3], sys.argv[3:])"
)


class BrowserError(RuntimeError):
    """Chromium did not start, did not answer in time, or reported an error."""


class Browser:
    """Headless Chromium, driven over a pipe. Use as a context manager."""

    def __init__(self, executable: str, *, timeout: float = 60, width: int = 1400, height: int = 1000) -> None:
        self.timeout = timeout
        self.profile = tempfile.TemporaryDirectory(prefix="lawner-chromium-")
        commands_read, self._commands = os.pipe()  # ours -> the browser's fd 3
        self._replies, replies_write = os.pipe()  # the browser's fd 4 -> ours
        args = [
            executable,
            "--headless",
            "--no-sandbox",  # CI runs as root, where the sandbox cannot start
            "--disable-gpu",
            "--disable-extensions",
            "--no-first-run",
            "--no-default-browser-check",
            "--remote-debugging-pipe",
            f"--user-data-dir={self.profile.name}",
            f"--window-size={width},{height}",
            "about:blank",
        ]
        self.process = subprocess.Popen(
            [sys.executable, "-c", _AT_3_AND_4, str(commands_read), str(replies_write), *args],
            pass_fds=(commands_read, replies_write),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,  # Chromium logs D-Bus complaints on a bare machine
        )
        os.close(commands_read)
        os.close(replies_write)
        self._buffer = b""
        self._last_id = 0
        self.session: str | None = None
        self.target: str | None = None

    # ------------------------------------------------------------ protocol
    def _message(self, deadline: float) -> dict:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._replies], [], [], left)[0]:
                raise BrowserError(f"no answer from Chromium in {self.timeout} s")
            chunk = os.read(self._replies, 1 << 16)
            if not chunk:
                raise BrowserError(f"Chromium closed the pipe (exit status {self.process.poll()})")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def send(self, method: str, params: dict | None = None, *, to_browser: bool = False) -> dict:
        """Send one command to the open page (or, ``to_browser``, to the browser) and return its result."""
        self._last_id += 1
        message = {"id": self._last_id, "method": method, "params": params or {}}
        if self.session and not to_browser:
            message["sessionId"] = self.session
        os.write(self._commands, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + self.timeout
        while True:
            reply = self._message(deadline)
            if reply.get("id") != self._last_id:
                continue  # an event, or the answer to nobody: not needed here
            if "error" in reply:
                raise BrowserError(f"{method}: {reply['error']}")
            return reply["result"]

    # ------------------------------------------------------------ pages
    def open(self, url: str) -> None:
        """Open ``url`` in a new tab (closing the last one) and wait until it has loaded (its
        scripts have run)."""
        if self.target is not None:
            self.send("Target.closeTarget", {"targetId": self.target}, to_browser=True)
        self.target = target = self.send("Target.createTarget", {"url": "about:blank"}, to_browser=True)["targetId"]
        attached = self.send("Target.attachToTarget", {"targetId": target, "flatten": True}, to_browser=True)
        self.session = attached["sessionId"]
        self.send("Page.navigate", {"url": url})
        deadline = time.monotonic() + self.timeout
        while self.evaluate("document.readyState") != "complete" or self.evaluate("location.href") != url:
            if time.monotonic() > deadline:
                raise BrowserError(f"{url} did not load in {self.timeout} s")
            time.sleep(0.05)

    def evaluate(self, expression: str):
        """The value of a JavaScript expression in the open page (JSON-able values only)."""
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in result:
            raise BrowserError(f"JavaScript error: {result['exceptionDetails']}")
        return result["result"].get("value")

    def hover(self, x: float, y: float) -> None:
        """Move the mouse to the viewport point ``(x, y)``, as a user would."""
        self.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y})

    # ------------------------------------------------------------ lifetime
    def close(self) -> None:
        try:
            if self.process.poll() is None:
                self.send("Browser.close", to_browser=True)
                self.process.wait(timeout=10)
        except (BrowserError, OSError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait()
        finally:
            os.close(self._commands)
            os.close(self._replies)
            self.profile.cleanup()

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
