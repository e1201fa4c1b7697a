"""Child process of test_kill.py: imports the desktop's sync and the server once, then forks a
process per request, so that each of many kill points costs a fork, not an interpreter start.
It has no threads and opens no database itself, so its forks start clean.

One JSON request a line on stdin, one JSON answer a line on stdout:
- {"op": "desk", "folder", "key", "device", "base", "token", "page", "kill", "report"}: a
  desktop (the store in `folder`, opened with its data `key` as `device`) runs one full sync
  against the server at `base`; with `kill` = N it SIGKILLs itself at its Nth event (a store
  fault point or a transport call) after writing where it stopped to `report`. Answers
  {"status": "killed" | "done", "events": n} once the fork has ended.
- {"op": "serve", "data_dir", "url", "port", "kill"}: a uvicorn server process on 127.0.0.1;
  with `kill` = N it SIGKILLs itself at its Nth SQL statement after start-up. Answers {"pid"}.
- {"op": "reap", "pid"}: waits for that server process; answers {"status"}.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import traceback
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from sqlalchemy import event

from socdesk.paths import AppPaths
from socdesk.server.app import create_app
from socdesk.server.settings import load_settings
from socdesk.store.database import Store
from socdesk.sync.exchange import FeedPage, PushAnswer, exchange
from socdesk.sync.http import HttpHub

SECRET = "test-secret-0123456789abcdef"


class Killer:
    """Counts events and SIGKILLs this process at the `at`th (never if `at` is 0)."""

    def __init__(self, at: int, report: str) -> None:
        self.at, self.report, self.events, self.phase = at, report, 0, "push"

    def __call__(self, point: str) -> None:
        self.events += 1
        if self.events == self.at:
            where = {"event": self.events, "point": point, "phase": self.phase}
            Path(self.report).write_text(json.dumps(where), encoding="utf-8")
            os.kill(os.getpid(), signal.SIGKILL)


class KilledHub:
    """The server over HTTP, each call an event before and after it."""

    def __init__(self, hub: HttpHub, killer: Killer) -> None:
        self.hub, self.killer = hub, killer

    @property
    def hub_id(self) -> str:
        return self.hub.hub_id

    def push(self, device: str, page: bytes) -> PushAnswer:
        self.killer.phase = "push"
        self.killer("before_push")
        answer = self.hub.push(device, page)
        self.killer("after_push")  # answered, not yet acknowledged here
        return answer

    def pull(self, device: str, after: int, limit: int) -> FeedPage:
        self.killer.phase = "pull"
        self.killer("before_pull")
        fed = self.hub.pull(device, after, limit)
        self.killer.phase = "apply"
        self.killer("after_pull")  # received, not yet applied
        return fed


def desk(request: dict[str, Any]) -> None:
    killer = Killer(int(request["kill"] or 0), request["report"])
    folder = Path(request["folder"])
    paths = AppPaths(folder, folder / "logs")
    store = Store(paths, bytes.fromhex(request["key"]), "crash", fault=killer)
    store.device_id = request["device"]
    client = httpx.Client(timeout=30)
    hub = KilledHub(HttpHub(request["base"], request["token"], client=client), killer)
    exchange(store, hub, page_size=int(request["page"]))
    Path(request["report"]).write_text(json.dumps({"events": killer.events}), encoding="utf-8")


def serve(request: dict[str, Any]) -> None:
    settings = load_settings(
        data_dir=Path(request["data_dir"]), database_url=request["url"], secret=SECRET
    )
    app = create_app(settings)
    at, seen = int(request["kill"] or 0), [0]

    def count(*_args: object) -> None:
        seen[0] += 1
        if seen[0] == at:
            os.kill(os.getpid(), signal.SIGKILL)

    event.listen(app.state.server.engine, "before_cursor_execute", count)
    uvicorn.run(app, host="127.0.0.1", port=int(request["port"]), log_level="critical")


def _fork(work: Any, request: dict[str, Any]) -> int:
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            work(request)
        except BaseException:  # noqa: BLE001 - said on stderr; the fork must end here
            traceback.print_exc()
            code = 1
        finally:
            sys.stderr.flush()
            os._exit(code)
    return pid


def _status(pid: int) -> str:
    _, code = os.waitpid(pid, 0)
    if os.WIFSIGNALED(code):
        return "killed" if os.WTERMSIG(code) == signal.SIGKILL else f"signal {os.WTERMSIG(code)}"
    return "done" if os.WEXITSTATUS(code) == 0 else f"exit {os.WEXITSTATUS(code)}"


def main() -> None:
    for line in sys.stdin:
        request = json.loads(line)
        if request["op"] == "desk":
            answer: dict[str, Any] = {"status": _status(_fork(desk, request))}
        elif request["op"] == "serve":
            answer = {"pid": _fork(serve, request)}
        else:
            answer = {"status": _status(int(request["pid"]))}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()


main()
