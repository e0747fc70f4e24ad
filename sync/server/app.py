"""The central store's HTTP API (FastAPI). ``/openapi.json`` describes it.

Every request is authenticated by a device token, except ``/enrol`` and ``/health``.
Bad input gets a 4xx with a plain reason and changes nothing: a sync request is one
transaction.
"""

import hashlib
import json
from pathlib import Path
from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.types import Message, Receive, Scope, Send

from sync import schema
from sync.server import auth
from sync.server import tables as t
from sync.server.storage import Audit, BadRequest, CentralStore, Cursor, Device, Op, utc_now

MAX_BODY = 8 * 1024 * 1024
MAX_OPS = 2000
MAX_TEXT = 200_000
MAX_FILE = schema.MAX_FILE_BYTES
MAX_CHUNK = 1024 * 1024
MEDIA_TYPES = tuple(sorted(schema.MEDIA_TYPES))

Scalar = str | int | float | bool | None


class OpIn(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    op_id: str = Field(min_length=1, max_length=64)
    table: str = Field(min_length=1, max_length=40)
    row_id: str = Field(min_length=1, max_length=64)
    field: str = Field(min_length=1, max_length=40)
    value: Scalar | list[Scalar] = None
    base_rev: int = Field(ge=0)
    resolves: str | None = Field(default=None, max_length=64)


class SyncIn(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    device_id: str = Field(min_length=1, max_length=64)
    cursor: str | None = Field(default=None, max_length=200)
    ops: list[OpIn] = Field(default_factory=list, max_length=MAX_OPS)
    page_size: int = Field(default=500, ge=1, le=5000)


class EnrolIn(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    code: str = Field(min_length=4, max_length=40)
    device_name: str = Field(default="laptop", max_length=100)


def _error(status: int, reason: str, message: str) -> HTTPException:
    return HTTPException(status, detail={"reason": reason, "message": message})


def create_app(store: CentralStore) -> "BodyLimit":
    """The ASGI app over ``store``."""
    app = FastAPI(title="SIPL central store", version="1")

    def device(authorization: Annotated[str | None, Header()] = None) -> Device:
        token = None
        if authorization and authorization.lower().startswith("bearer "):
            token = authorization[7:].strip()
        try:
            return auth.authenticate(store, token)
        except auth.AuthError as error:
            raise _error(401, error.reason, str(error)) from None

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, error: RequestValidationError) -> JSONResponse:
        problem = error.errors()[0]
        where = ".".join(str(p) for p in problem.get("loc", ()) if p != "body")
        message = f"{where}: {problem.get('msg', 'invalid')}" if where else str(problem["msg"])
        return JSONResponse({"detail": {"reason": "invalid", "message": message}}, 422)

    @app.get("/health")
    def health() -> dict[str, str]:
        return {"status": "ok", "time": utc_now()}

    @app.get("/limits")
    def limits(_: Annotated[Device, Depends(device)]) -> dict[str, Any]:
        return {
            "max_file_bytes": MAX_FILE,
            "media_types": list(MEDIA_TYPES),
            "max_ops": MAX_OPS,
            "chunk_bytes": MAX_CHUNK,
        }

    @app.post(
        "/enrol",
        responses={
            403: {"description": "The code is not known, used or expired."},
            429: {"description": "Too many wrong codes: locked out for Retry-After seconds."},
        },
    )
    def enrol(given: EnrolIn, request: Request) -> dict[str, Any]:
        address = request.client.host if request.client else None
        try:
            done = auth.enrol(store, given.code, given.device_name, address=address)
        except auth.LockedOut as error:
            raise HTTPException(
                429,
                detail={"reason": error.reason, "message": str(error)},
                headers={"Retry-After": str(error.retry_after)},
            ) from None
        except auth.AuthError as error:
            raise _error(403, error.reason, str(error)) from None
        return {
            "device_id": done.device_id,
            "token": done.token,
            "partner": {
                "id": done.partner.id,
                "name": done.partner.name,
                "role": done.partner.role,
            },
        }

    @app.post("/sync")
    def sync(given: SyncIn, who: Annotated[Device, Depends(device)]) -> JSONResponse:
        if given.device_id != who.id:
            raise _error(403, "wrong_device", "This token belongs to another device.")
        for op in given.ops:
            if isinstance(op.value, str) and len(op.value) > MAX_TEXT:
                raise _error(413, "too_large", f"op {op.op_id}: text over {MAX_TEXT} characters")
        ops = [
            Op(o.op_id, o.table, o.row_id, o.field, o.value, o.base_rev, o.resolves)
            for o in given.ops
        ]
        audit = Audit()
        try:
            cursor = Cursor.decode(given.cursor)
            with store.writing() as conn:
                results = store.push(conn, who, ops, audit)
                page = store.pull(conn, who, cursor, given.page_size)
                conn.execute(
                    t.devices.update()
                    .where(t.devices.c.id == who.id)
                    .values(last_sync_at=utc_now())
                )
                team = store.team_last_syncs(conn, who.partner)
        except BadRequest as error:
            raise _error(422, "invalid", str(error)) from None
        finally:
            store.record_audit(audit)
        return JSONResponse(
            {
                "results": results,
                "changes": page.changes,
                "cursor": page.cursor.encode(),
                "more": page.has_more,
                **({"team": team} if team else {}),
            },
            headers={"Cache-Control": "no-store"},
        )

    def _file_in_scope(who: Device, sha: str, *, writing: bool = False) -> None:
        """404 unless an attachment row of a school the caller may read (``writing``: may
        change now) names the file, so nobody learns even that another school's file
        exists."""
        with store.reading() as conn:
            scope = store.scope(conn, who.partner)
            if scope is not None and not writing:
                scope |= store.read_only(conn, who.partner)
            owners = (
                conn.execute(
                    sa.select(t.fields.c.school_id).where(
                        t.fields.c.tbl == "attachments",
                        t.fields.c.field == "sha256",
                        t.fields.c.value == json.dumps(sha),
                    )
                )
                .scalars()
                .all()
            )
        if not owners or (scope is not None and not set(owners) & scope):
            raise _error(404, "not_found", "No such file in your schools.")

    def _blob(sha: str) -> Path:
        if len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
            raise _error(422, "invalid", "A file is named by its SHA-256 in lower-case hex.")
        return store.files_dir / sha[:2] / sha

    @app.get("/files/{sha}/status")
    def file_status(sha: str, who: Annotated[Device, Depends(device)]) -> dict[str, Any]:
        _blob(sha)
        _file_in_scope(who, sha)
        with store.reading() as conn:
            row = conn.execute(sa.select(t.files).where(t.files.c.sha256 == sha)).first()
        if row is None:
            return {"size": None, "received": 0, "complete": False}
        return {"size": row.size, "received": row.received, "complete": row.complete}

    @app.put("/files/{sha}")
    async def upload(
        sha: str,
        request: Request,
        who: Annotated[Device, Depends(device)],
        size: Annotated[int, Query(ge=1)],
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> dict[str, Any]:
        blob = _blob(sha)
        _file_in_scope(who, sha, writing=True)
        if size > MAX_FILE:
            raise _error(413, "too_large", f"Files are limited to {MAX_FILE // 2**20} MB.")
        chunk = await request.body()
        if len(chunk) > MAX_CHUNK or offset + len(chunk) > size:
            raise _error(413, "too_large", "The chunk is larger than allowed.")
        with store.writing() as conn:
            row = conn.execute(sa.select(t.files).where(t.files.c.sha256 == sha)).first()
            if row is None:
                conn.execute(
                    t.files.insert().values(
                        sha256=sha, size=size, received=0, complete=False, device_id=who.id
                    )
                )
                received = 0
            elif row.complete:
                return {"received": row.size, "complete": True}
            else:
                received = int(row.received)
            if offset != received:
                raise _error(409, "offset", f"The server has {received} bytes; resume there.")
            partial = blob.with_suffix(".part")
            partial.parent.mkdir(parents=True, exist_ok=True)
            with partial.open("ab") as handle:
                handle.truncate(received)
                handle.write(chunk)
            received += len(chunk)
            complete = received == size
            if complete:
                if hashlib.sha256(partial.read_bytes()).hexdigest() != sha:
                    partial.unlink()
                    conn.execute(t.files.delete().where(t.files.c.sha256 == sha))
                    raise _error(422, "hash_mismatch", "The file's bytes do not match its name.")
                partial.replace(blob)
            conn.execute(
                t.files.update()
                .where(t.files.c.sha256 == sha)
                .values(received=received, complete=complete)
            )
        return {"received": received, "complete": complete}

    @app.get("/files/{sha}")
    def download(sha: str, who: Annotated[Device, Depends(device)]) -> FileResponse:
        blob = _blob(sha)
        _file_in_scope(who, sha)
        if not blob.exists():
            raise _error(404, "not_found", "The server does not have this file yet.")
        return FileResponse(blob, media_type="application/octet-stream")

    return BodyLimit(app)


class BodyLimit:
    """Refuses a request body over MAX_BODY with 413 before it is parsed, whether its
    length is declared or it arrives in chunks."""

    def __init__(self, app: FastAPI) -> None:
        self.app = app
        self.limit = MAX_BODY

    def __getattr__(self, name: str) -> Any:
        return getattr(self.app, name)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.limit:
            await _too_large(send, self.limit)
            return
        # A body sent in chunks with no declared length is counted as it arrives, before
        # the app sees it (an exception raised inside the app's read would become a 400).
        messages: list[Message] = []
        seen = 0
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":
                break
            seen += len(message.get("body", b""))
            if seen > self.limit:
                await _too_large(send, self.limit)
                return
            if not message.get("more_body", False):
                break

        async def replay() -> Message:
            return messages.pop(0) if messages else await receive()

        await self.app(scope, replay, send)


async def _too_large(send: Send, limit: int) -> None:
    body = json.dumps(
        {"detail": {"reason": "too_large", "message": f"Requests are limited to {limit} bytes."}}
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
