"""A small Chrome DevTools Protocol client over ``--remote-debugging-pipe`` (standard library only).

Chromium reads protocol messages on fd 3 and writes them on fd 4, each a JSON object ended by
a NUL byte; no port is opened and no network is used. Enough of the protocol for the tests:
open a page, collect console errors and exceptions, evaluate JavaScript, take a screenshot,
and expose a binding that hostile payloads would call if they ever ran.
"""

from __future__ import annotations

import base64
import json
import os
import queue
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path

FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--disable-extensions", "--mute-audio", "--hide-scrollbars",
    "--no-default-browser-check", "--disable-features=Translate,MediaRouter,OptimizationHints",
)


class ProtocolError(RuntimeError):
    pass


class Browser:
    """One headless Chromium process; ``page()`` opens a tab."""

    def __init__(self, executable: str, *, window: tuple[int, int] = (1200, 900)) -> None:
        self.profile = tempfile.mkdtemp(prefix="yzi18n-chromium-")
        to_browser_read, self._to_browser = os.pipe()
        self._from_browser, from_browser_write = os.pipe()

        def wire_pipes() -> None:  # in the child, before exec: its fd 3 reads, fd 4 writes
            read_copy = os.dup(to_browser_read)
            write_copy = os.dup(from_browser_write)
            os.dup2(read_copy, 3)
            os.dup2(write_copy, 4)

        self.process = subprocess.Popen(
            [executable, *FLAGS, f"--user-data-dir={self.profile}", "--remote-debugging-pipe",
             f"--window-size={window[0]},{window[1]}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            # close_fds would close the new fds 3 and 4 after preexec_fn; every other fd of
            # this process is non-inheritable (PEP 446), so nothing else leaks into the child
            preexec_fn=wire_pipes, close_fds=False)
        os.close(to_browser_read)
        os.close(from_browser_write)
        self._next_id = 0
        self._lock = threading.Lock()
        self._replies: dict[int, queue.Queue] = {}
        self.events: queue.Queue = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        buffer = b""
        while True:
            try:
                chunk = os.read(self._from_browser, 1 << 16)
            except OSError:
                break
            if not chunk:
                break
            buffer += chunk
            while b"\0" in buffer:
                raw, buffer = buffer.split(b"\0", 1)
                message = json.loads(raw)
                if "id" in message:
                    with self._lock:
                        waiter = self._replies.get(message["id"])
                    if waiter is not None:
                        waiter.put(message)
                else:
                    self.events.put(message)

    def send(self, method: str, params: dict | None = None, *, session: str | None = None,
             timeout: float = 30.0) -> dict:
        with self._lock:
            self._next_id += 1
            ident = self._next_id
            waiter: queue.Queue = queue.Queue()
            self._replies[ident] = waiter
        message = {"id": ident, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        try:
            reply = waiter.get(timeout=timeout)
        except queue.Empty:
            raise ProtocolError(f"no reply to {method} within {timeout}s") from None
        finally:
            with self._lock:
                self._replies.pop(ident, None)
        if "error" in reply:
            raise ProtocolError(f"{method}: {reply['error']}")
        return reply.get("result", {})

    def page(self) -> Page:
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        return Page(self, session)

    def close(self) -> None:
        try:
            self.send("Browser.close", timeout=5)
        except (ProtocolError, OSError):
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        for fd in (self._to_browser, self._from_browser):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self.profile, ignore_errors=True)


class Page:
    """One tab. ``errors`` collects console errors, uncaught exceptions and failed loads;
    ``binding_calls`` the arguments of every call to an exposed binding."""

    def __init__(self, browser: Browser, session: str) -> None:
        self.browser = browser
        self.session = session
        self.errors: list[str] = []
        self.binding_calls: list[str] = []
        self.dialogs: list[str] = []
        self._loaded = False
        for domain in ("Page", "Runtime", "Log"):
            self.send(f"{domain}.enable")

    def send(self, method: str, params: dict | None = None, timeout: float = 30.0) -> dict:
        result = self.browser.send(method, params, session=self.session, timeout=timeout)
        self._drain()
        return result

    def _drain(self, wait: float = 0.0) -> None:
        deadline = time.monotonic() + wait
        while True:
            remaining = deadline - time.monotonic()
            try:
                event = self.browser.events.get(timeout=max(remaining, 0.0)) if remaining > 0 \
                    else self.browser.events.get_nowait()
            except queue.Empty:
                return
            self._handle(event)

    def _handle(self, event: dict) -> None:
        if event.get("sessionId") not in (None, self.session):
            return
        method, params = event.get("method"), event.get("params", {})
        if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            args = " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", []))
            self.errors.append(f"console.{params['type']}: {args}")
        elif method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            text = details.get("exception", {}).get("description") or details.get("text", "")
            self.errors.append(f"exception: {text}")
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            entry = params["entry"]
            self.errors.append(f"{entry.get('source')}: {entry.get('text')} {entry.get('url', '')}".strip())
        elif method == "Runtime.bindingCalled":
            self.binding_calls.append(params.get("payload", ""))
        elif method == "Page.javascriptDialogOpening":
            self.dialogs.append(params.get("message", ""))
            self.browser.send("Page.handleJavaScriptDialog", {"accept": False}, session=self.session)
        elif method == "Page.loadEventFired":
            self._loaded = True

    def expose_binding(self, name: str) -> None:
        """``window[name](text)`` in every frame of every later document reports to ``binding_calls``."""
        self.send("Runtime.addBinding", {"name": name})

    def add_init_script(self, source: str) -> None:
        self.send("Page.addScriptToEvaluateOnNewDocument", {"source": source})

    def goto(self, url: str, timeout: float = 30.0, settle: float = 0.1) -> None:
        self._loaded = False
        result = self.send("Page.navigate", {"url": url})
        if result.get("errorText"):
            self.errors.append(f"navigation: {result['errorText']} {url}")
            return
        deadline = time.monotonic() + timeout
        while not self._loaded:
            if time.monotonic() > deadline:
                raise ProtocolError(f"{url} did not finish loading within {timeout}s")
            self._drain(0.05)
        self._drain(settle)  # late errors: images failing, timers

    def evaluate(self, expression: str, *, await_promise: bool = False):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                "awaitPromise": await_promise})
        if "exceptionDetails" in result:
            raise ProtocolError(f"evaluate: {result['exceptionDetails'].get('text')}: {expression[:80]}")
        return result.get("result", {}).get("value")

    def settle(self, seconds: float) -> None:
        self._drain(seconds)

    def screenshot(self, path: Path, *, full_page: bool = True) -> Path:
        params: dict = {"format": "png"}
        if full_page:
            metrics = self.send("Page.getLayoutMetrics")
            size = metrics.get("cssContentSize") or metrics.get("contentSize")
            params.update(captureBeyondViewport=True,
                          clip={"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1})
        data = self.send("Page.captureScreenshot", params)["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))
        return path
