"""The laptop's sync client: enrolment, and sync rounds over HTTP with retries.

One round is one ``POST /sync`` that pushes the oldest unsent ops and pulls one page.
Guarantees (with ``desktop.store.sync_state``):
- an op is never lost: it stays in the outbox until the server's answer for it has been
  applied; transient failures are retried with backoff, then reported in plain words;
- an op is never applied twice: a resend carries the same op id, which the server
  remembers per device;
- the cursor only moves forward, together with the changes it covers;
- it speaks the compact encoding (:mod:`sync.wire`), sends large requests gzip-compressed
  and accepts compressed answers, so an interrupted first sync fetches at most the page
  that was in flight again;
- while it applies a page it already asks for the next (a pull-only request, on a helper
  thread that touches HTTP only, never the store), so the server's work and the
  laptop's overlap; a page asked for and not applied is simply asked for again.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import ssl
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx
import tenacity

from desktop.store import attachments, sync_state
from desktop.store.store import Store
from sync import wire

TRANSIENT_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})
CHUNK = 1024 * 1024
MAX_BACKOFF = 8.0  # seconds between two tries at the most
GZIP_FROM = 512  # a request body longer than this many bytes is sent gzip-compressed
T = TypeVar("T")

MESSAGES = {
    "offline": "You are offline: SIPL will sync when a connection is back.",
    "unreachable": "The central store cannot be reached at the moment.",
    "token_revoked": "This laptop's access to the central store has been revoked. Ask your "
    "administrator for a new enrolment code.",
    "token_expired": "This laptop's sign-in has expired. Ask for a new enrolment code.",
    "unknown_token": "The central store does not recognise this laptop. Enrol it again.",
    "too_large": "A change or file is larger than the central store accepts.",
    "server_error": "The central store had a problem; SIPL will try again later.",
    "invalid": "The central store refused the request as invalid.",
    "cancelled": "Sync was cancelled; nothing was lost and it will continue next time.",
    "untrusted_certificate": "The central store's certificate is not trusted, so SIPL did "
    "not send anything. Check the server address, or ask your administrator.",
    "insecure_url": "SIPL talks to a central store only over https:// (plain http:// only "
    "to this computer itself).",
}


class _Transient(Exception):
    """A failure that may not happen again: the retry policy tries once more."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(detail or reason)
        self.reason = reason
        self.detail = detail


class _StopWhenCancelled(tenacity.stop.stop_base):
    """Stop retrying as soon as the user cancels."""

    def __init__(self, cancelled: Callable[[], bool]) -> None:
        self.cancelled = cancelled

    def __call__(self, retry_state: tenacity.RetryCallState) -> bool:
        return self.cancelled()


def _certificate_failed(error: BaseException) -> bool:
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, ssl.SSLCertVerificationError):
            return True
        cause = cause.__cause__ or cause.__context__
    return "CERTIFICATE_VERIFY_FAILED" in str(error)


LOOPBACK = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})


def check_server_url(url: str) -> str:
    """``url`` if SIPL may talk to it: https://, or http:// to this computer only.
    SyncError("insecure_url") otherwise."""
    parsed = httpx.URL(url)
    if parsed.scheme == "https" and parsed.host:
        return url
    if parsed.scheme == "http" and parsed.host in LOOPBACK:
        return url
    raise SyncError("insecure_url", url)


class SyncError(Exception):
    """A sync that could not finish. ``reason`` is a stable key; str() is for people."""

    def __init__(self, reason: str, detail: str = "") -> None:
        self.reason = reason
        self.detail = detail
        message = MESSAGES.get(reason, detail or reason)
        if reason == "invalid" and detail:
            message += f" ({detail})"
        super().__init__(message)


@dataclass
class SyncReport:
    round_trips: int = 0
    sent: int = 0
    accepted: int = 0
    merged: int = 0
    conflicts: int = 0
    rejected: int = 0
    pulled: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0
    files_up: int = 0
    files_down: int = 0
    waiting_rows: int = 0
    files_waiting: int = 0  # evidence files still to come from the central store
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Progress:
    round: int
    pulled: int
    sent: int
    more: bool


@dataclass(frozen=True)
class Enrolled:
    device_id: str
    token: str
    partner_id: str
    partner_name: str
    role: str


def _reason_of(response: httpx.Response) -> str:
    return _detail(response)[0]


def _detail(response: httpx.Response) -> tuple[str, str]:
    """(reason, message) of a refusal from the central store."""
    try:
        detail = response.json().get("detail")
    except ValueError:
        return "invalid", response.text[:200]
    if isinstance(detail, dict):
        return str(detail.get("reason", "invalid")), str(detail.get("message", ""))
    return "invalid", str(detail)[:200]


def enrol(http: httpx.Client, code: str, device_name: str) -> Enrolled:
    """Exchange an enrolment code for a device token (one round trip)."""
    check_server_url(str(http.base_url))
    try:
        response = http.post("/enrol", json={"code": code, "device_name": device_name})
    except httpx.ConnectError as error:
        if _certificate_failed(error):
            raise SyncError("untrusted_certificate", str(error)) from None
        raise SyncError("unreachable", str(error)) from None
    except httpx.TransportError as error:
        raise SyncError("offline", str(error)) from None
    if response.status_code != 200:
        detail = response.json().get("detail", {}) if response.content else {}
        message = detail.get("message", "") if isinstance(detail, dict) else str(detail)
        raise SyncError(_reason_of(response), message)
    body = response.json()
    partner = body["partner"]
    return Enrolled(
        body["device_id"], body["token"], partner["id"], partner["name"], partner["role"]
    )


class SyncClient:
    """Syncs one store with the central store. Not thread-safe: use from the store thread
    (it runs one helper thread of its own, for the next page's request only)."""

    def __init__(
        self,
        store: Store,
        http: httpx.Client,
        device_id: str,
        token: str,
        *,
        page_size: int = 5000,
        max_ops: int = 1000,
        retries: int = 4,
        backoff: float = 0.5,
        sleep: Callable[[float], None] = time.sleep,
        owns_http: bool = False,
    ) -> None:
        self.owns_http = owns_http
        self.store = store
        self.http = http
        self.device_id = device_id
        self.headers = {"Authorization": f"Bearer {token}"}
        self.page_size = page_size
        self.max_ops = max_ops
        self.retries = retries
        self.backoff = backoff
        self.sleep = sleep
        self._cancelled: Callable[[], bool] = lambda: False

    def close(self) -> None:
        """Close the HTTP connection pool if this client opened it."""
        if self.owns_http:
            self.http.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transport ----------------------------------------------------------------------

    def _wait(self, seconds: float, cancelled: Callable[[], bool]) -> None:
        """Back off for ``seconds``, waking within a tenth of a second of a cancel."""
        if self.sleep is not time.sleep:
            self.sleep(seconds)
            return
        deadline = time.monotonic() + seconds
        while not cancelled() and time.monotonic() < deadline:
            time.sleep(min(0.1, max(0.0, deadline - time.monotonic())))

    def _retrying(self, attempt: Callable[[], T], stopped: Callable[[], bool] | None = None) -> T:
        """The one retry policy: transient failures (no connection, a dropped or cut-short
        reply, 408/425/429/5xx) are tried again up to ``retries`` times with exponential
        backoff; anything else, a cancel or ``stopped()``, ends at once."""

        def cancelled() -> bool:
            return self._cancelled() or (stopped is not None and stopped())

        try:
            for trial in tenacity.Retrying(
                stop=tenacity.stop_after_attempt(self.retries + 1) | _StopWhenCancelled(cancelled),
                wait=tenacity.wait_exponential(multiplier=self.backoff, max=MAX_BACKOFF),
                retry=tenacity.retry_if_exception_type(_Transient),
                sleep=lambda seconds: self._wait(seconds, cancelled),
                reraise=True,
            ):
                with trial:
                    if cancelled():
                        raise SyncError("cancelled")
                    return attempt()
        except _Transient as failure:
            if cancelled():
                raise SyncError("cancelled") from None
            raise SyncError(failure.reason, failure.detail) from None
        raise AssertionError("tenacity gave up without an answer")  # pragma: no cover

    def _exchange(
        self, method: str, url: str, report: SyncReport, headers: dict[str, str], **kwargs: Any
    ) -> httpx.Response:
        """One HTTP exchange; _Transient for what may go better on a second try."""
        try:
            response = self.http.request(method, url, headers=headers, **kwargs)
        except httpx.ConnectError as error:
            if _certificate_failed(error):
                raise SyncError("untrusted_certificate", str(error)) from None
            raise _Transient("unreachable", str(error)) from None
        except httpx.TransportError as error:
            raise _Transient("offline", str(error)) from None
        report.round_trips += 1
        try:
            response.read()
        except httpx.DecodingError as error:  # a compressed reply cut short
            raise _Transient("offline", str(error)) from None
        report.bytes_received += response.num_bytes_downloaded
        if response.status_code in TRANSIENT_STATUS:
            raise _Transient("server_error", f"HTTP {response.status_code}")
        if response.status_code >= 400 and response.status_code != 409:
            raise SyncError(*_detail(response))
        return response

    def _request(self, method: str, url: str, report: SyncReport, **kwargs: Any) -> httpx.Response:
        """One HTTP exchange under the retry policy."""
        headers = {**self.headers, **kwargs.pop("headers", {})}
        return self._retrying(lambda: self._exchange(method, url, report, headers, **kwargs))

    def _post_sync(
        self,
        body: dict[str, Any],
        report: SyncReport,
        stopped: Callable[[], bool] | None = None,
    ) -> dict[str, Any]:
        payload = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
        headers = {**self.headers, "Content-Type": "application/json"}
        if len(payload) > GZIP_FROM:
            payload = gzip.compress(payload, compresslevel=6, mtime=0)
            headers["Content-Encoding"] = "gzip"

        def attempt() -> dict[str, Any]:
            report.bytes_sent += len(payload)
            response = self._exchange("POST", "/sync", report, headers, content=payload)
            try:
                reply = response.json()
            except ValueError:
                reply = None
            if not isinstance(reply, dict) or "cursor" not in reply:
                # A reply cut half-way: ask again; the server remembers our ops.
                raise _Transient("server_error", "the reply was incomplete")
            return reply

        return self._retrying(attempt, stopped)

    # -- one sync -----------------------------------------------------------------------

    def sync(
        self,
        progress: Callable[[Progress], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        max_rounds: int = 100_000,
    ) -> SyncReport:
        """Sync until nothing is left to push or pull; see the module docstring. A cancel
        is seen between rounds and during any backoff, within a tenth of a second."""
        self._cancelled = cancelled or (lambda: False)
        try:
            return self._sync(progress, max_rounds)
        finally:
            self._cancelled = lambda: False

    def _body(self, ops: list[sync_state.OutgoingOp], cursor: str | None) -> dict[str, Any]:
        body: dict[str, Any] = {
            "device_id": self.device_id,
            "cursor": cursor,
            "wire": 2,
            "page_size": self.page_size,
        }
        if ops:
            body["push"] = wire.encode_push([op.wire() for op in ops])
        return body

    def _sync(self, progress: Callable[[Progress], None] | None, max_rounds: int) -> SyncReport:
        report = SyncReport()
        # While a page is applied, the next is already asked for (a pull-only request
        # with the cursor the page brings): the server's work and the laptop's overlap.
        # A page asked for and not applied (a stop, a failure) is simply asked for again.
        ahead = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sipl-sync-ahead")
        asked: Future[dict[str, Any]] | None = None
        done = threading.Event()  # a page still asked for after the sync ends stops trying
        try:
            for number in range(1, max_rounds + 1):
                if self._cancelled():
                    raise SyncError("cancelled")
                if asked is not None:
                    ops: list[sync_state.OutgoingOp] = []
                    reply = asked.result()
                    asked = None
                else:
                    ops = sync_state.take_outgoing(self.store, self.max_ops)
                    reply = self._post_sync(self._body(ops, sync_state.cursor(self.store)), report)
                # The compact answer, read back into the shapes the store applies.
                reply["results"] = wire.decode_results(
                    reply.get("results", []), [op.op_id for op in ops]
                )
                reply["changes"] = wire.decode_changes(reply.pop("rows", None) or [])
                if (
                    reply.get("more")
                    and number < max_rounds
                    and not sync_state.has_unsent(self.store)
                ):
                    asked = ahead.submit(
                        self._post_sync, self._body([], str(reply["cursor"])), report, done.is_set
                    )
                outcome = sync_state.apply_reply(self.store, ops, reply)
                report.sent += len(ops)
                report.accepted += outcome.accepted
                report.merged += outcome.merged
                report.conflicts += outcome.conflicts
                report.rejected += outcome.rejected
                report.pulled += outcome.pulled_fields
                report.waiting_rows = outcome.waiting_rows
                more = bool(reply.get("more")) or bool(sync_state.has_unsent(self.store))
                if progress is not None:
                    progress(Progress(number, report.pulled, report.sent, more))
                if not more:
                    break
        finally:
            # A page still being fetched after a stop or failure is not waited for, and
            # gives up at its next try.
            done.set()
            ahead.shutdown(wait=False, cancel_futures=True)
        self._files(report)
        report.files_waiting = len(sync_state.files_to_download(self.store))
        sync_state.mark_synced(self.store)
        return report

    # -- evidence files -----------------------------------------------------------------

    def _files(self, report: SyncReport) -> None:
        for sha, size in sync_state.files_to_upload(self.store):
            try:
                self._upload(sha, size, report)
            except SyncError as error:
                if error.reason != "not_found":
                    raise
                # No record of this laptop's schools names the file (yet): it stays
                # waiting, and the rest of the sync goes on.
                report.notes.append(f"file {sha[:12]} waits: {error.detail}")
        for sha in sync_state.files_to_download(self.store):
            try:
                response = self._request("GET", f"/files/{sha}", report)
            except SyncError as error:
                if error.reason != "not_found":
                    raise
                report.notes.append(f"file {sha[:12]} is not on the central store yet")
                continue
            if response.status_code == 200 and hashlib.sha256(response.content).hexdigest() == sha:
                attachments.write_blob(self.store, sha, response.content)
                report.files_down += 1

    def _upload(self, sha: str, size: int, report: SyncReport) -> None:
        """Resumable upload: ask where the server is, send the rest in chunks."""
        status = self._request("GET", f"/files/{sha}/status", report).json()
        received = 0 if status.get("size") != size else int(status.get("received", 0))
        data = attachments.read_blob(self.store, sha)
        if data is None or len(data) != size:
            raise SyncError("not_found", "the file is missing or damaged on this laptop")
        # The file's bytes, decrypted once, go in chunks from where the server is.
        while not status.get("complete") and received < size:
            chunk = data[received : received + CHUNK]
            response = self._request(
                "PUT",
                f"/files/{sha}",
                report,
                content=chunk,
                params={"size": size, "offset": received},
            )
            report.bytes_sent += len(chunk)
            body = response.json()
            if response.status_code == 409:
                status = self._request("GET", f"/files/{sha}/status", report).json()
                received = int(status.get("received", 0))
                continue
            received = int(body["received"])
        sync_state.mark_uploaded(self.store, sha)
        report.files_up += 1
