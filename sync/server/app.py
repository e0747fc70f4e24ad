"""The central store's HTTP API (FastAPI). ``/openapi.json`` describes it, truthfully:
every status a route can answer is documented with its body, and every 4xx body is
:class:`ErrorOut` (``{"detail": {"reason", "message"}}``). ``tests/sync/test_openapi_fuzz.py``
holds the server to the document with schemathesis.

Every request is authenticated by a device token (``Authorization: Bearer …``), except
``/enrol`` and ``/health``. Bad input gets a 4xx with a plain reason and changes nothing: a
sync request is one transaction.
"""

import email.message
import hashlib
import json
import zlib
from pathlib import Path
from typing import Annotated, Any, Literal

import sqlalchemy as sa
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.routing import APIRoute
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware
from starlette.routing import Match
from starlette.types import Message, Receive, Scope, Send

from sync import schema, wire
from sync.server import auth
from sync.server import tables as t
from sync.server.engine import private_dir, private_file
from sync.server.storage import (
    Audit,
    BadCursor,
    BadRequest,
    CentralStore,
    Cursor,
    Device,
    Op,
    utc_now,
)

MAX_BODY = 8 * 1024 * 1024
MAX_OPS = 2000
MAX_TEXT = 200_000
MAX_FILE = schema.MAX_FILE_BYTES
MAX_CHUNK = 1024 * 1024
MEDIA_TYPES = tuple(sorted(schema.MEDIA_TYPES))

# JSON Schema (ECMA-262) spellings of rules the server enforces on text.
NO_NUL = r"^[^\x00]*$"  # strict JSON here: no NUL character in any text (see BodyLimit)
SHA256 = r"^[0-9a-f]{64}$"
STAMP = (
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-5][0-9](\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"
)
CURSOR = r"^[0-9]{1,18}\.[0-9]{1,18}(\.[^.\x00]*\.[0-9]{1,18})?(~[0-9]{1,18})?$"
BINARY = {"type": "string", "format": "binary"}
NO_STORE = {"type": "string", "const": "no-store"}

Scalar = str | int | float | bool | None


def _whole(value: Any) -> Any:
    """A number with nothing after the point as the integer it is: JSON (and so the
    document) does not tell 3.0 from 3, so the server may not either."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


WholeNumber = Annotated[int, BeforeValidator(_whole)]


# -- request bodies -------------------------------------------------------------------


def _op_schema() -> dict[str, Any]:
    """The documented schema of one op, built from :mod:`sync.schema` so it cannot drift
    from what ``CentralStore.check_ops`` accepts: one alternative per table and kind of
    field, naming the table, its fields of that kind and the values they take (every
    field may be set to null; ``deleted_at``, the tombstone, is a field of every table).
    What no schema can say: op ids must differ within one request (422 otherwise)."""
    common = OpIn.model_json_schema()["properties"]
    by_table = _fields_by_kind()
    alternatives = [
        {
            "type": "object",
            "title": f"{name}: {kind}",
            "additionalProperties": False,
            "required": ["op_id", "table", "row_id", "field", "base_rev"],
            "properties": {
                **common,
                "table": {"const": name},
                "field": {"enum": sorted(set(fields))},
                "value": {"anyOf": [_value_schema(kind), {"type": "null"}], "default": None},
            },
        }
        for name, kinds in by_table.items()
        for kind, fields in kinds.items()
    ]
    return {
        "title": "OpIn",
        "description": "One change to one field of one row.",
        "anyOf": alternatives,
    }


def _text(limit: int) -> dict[str, Any]:
    return {"type": "string", "maxLength": limit, "pattern": NO_NUL}


def _value_schema(kind: schema.Kind) -> dict[str, Any]:
    """What :func:`sync.schema.check_value` accepts for a field of ``kind`` (but null)."""
    match kind:
        case "list":
            return {"type": "array", "maxItems": schema.MAX_LIST, "items": _text(schema.MAX_SHORT)}
        case "int":
            return {"type": "integer", "minimum": -schema.MAX_INT, "maximum": schema.MAX_INT}
        case "number":
            return {"type": "number", "minimum": -schema.MAX_NUMBER, "maximum": schema.MAX_NUMBER}
        case "bool":
            return {"anyOf": [{"type": "boolean"}, {"enum": [0, 1]}]}
        case "id":
            return _text(schema.MAX_ID)
        case "text":
            return _text(schema.MAX_TEXT)
        case "sha256":
            return {"type": "string", "pattern": SHA256}
        case "year":
            return {"type": "string", "pattern": r"^[0-9]{4}-[0-9]{2}$"}
        case "date":
            return {"type": "string", "format": "date", "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}
        case "stamp":
            # RFC 3339 in the spelling Python's datetime.fromisoformat reads (upper-case T
            # and Z, no leap second); the server also takes its other ISO 8601 forms.
            return {
                "type": "string",
                "format": "date-time",
                "pattern": STAMP,
                "maxLength": 40,
                "description": "An RFC 3339 time, e.g. 2025-11-20T10:00:00Z.",
            }
        case _:
            return _text(schema.MAX_SHORT)


class OpIn(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    op_id: str = Field(min_length=1, max_length=64, pattern=NO_NUL)
    table: str = Field(min_length=1, max_length=40)
    row_id: str = Field(min_length=1, max_length=64, pattern=NO_NUL)
    field: str = Field(min_length=1, max_length=40)
    value: Scalar | list[Scalar] = None
    base_rev: WholeNumber = Field(ge=0, le=2**63 - 1)
    resolves: str | None = Field(default=None, max_length=64, pattern=NO_NUL)


def _op_value(op: OpIn) -> Any:
    """The op's value, a whole number sent with a point (3.0) as the integer it is in a
    field of whole numbers or flags (see :func:`_whole`)."""
    value = op.value
    if (
        isinstance(value, float)
        and value.is_integer()
        and schema.is_field(op.table, op.field)
        and schema.kind(op.table, op.field) in ("int", "bool")
    ):
        return int(value)
    return value


class SyncIn(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    device_id: str = Field(
        min_length=1,
        max_length=64,
        pattern=NO_NUL,
        description="The caller's own device id (403 for any other).",
    )
    cursor: str | None = Field(
        default=None,
        max_length=200,
        pattern=f"^({CURSOR[1:-1]})?$",
        description="The cursor of the last answer, or null (or empty) to pull from the "
        "start. A cursor this server did not issue to this device is refused (422).",
    )
    ops: list[OpIn] = Field(
        default_factory=list,
        max_length=MAX_OPS,
        description="The changes to push, at most once each: their op ids must differ.",
    )
    page_size: WholeNumber = Field(default=2000, ge=1, le=5000)
    wire: Literal[1, 2] = Field(
        default=1,
        description="2: the compact encoding both ways (`push` in, compact `results` and "
        "`rows` out); 1: `ops` in, `results` naming their ops and `changes` out.",
    )
    push: list[list[Any]] = Field(
        default_factory=list,
        max_length=MAX_OPS,
        description="The changes to push, row by row (the compact encoding, see "
        "`sync/wire.py`): `[table, row id, [[field, value, base_rev, op_id(, resolves)], "
        "...]]`. Each decoded op is held to the rules of `OpIn`; ops and push together "
        f"hold at most {MAX_OPS} ops.",
        json_schema_extra={"items": {"$ref": "#/components/schemas/PushRow"}},
    )


def _fields_by_kind() -> dict[str, dict[schema.Kind, list[str]]]:
    """table -> kind of field -> its fields (the tombstone included)."""
    by_table: dict[str, dict[schema.Kind, list[str]]] = {}
    for name, table in schema.TABLES.items():
        kinds = by_table.setdefault(name, {})
        for field in [*table.fields, schema.TOMBSTONE]:
            kinds.setdefault(schema.kind(name, field), []).append(field)
    return by_table


def _push_row_schema() -> dict[str, Any]:
    """The documented schema of one row of a compact push, built like :func:`_op_schema`:
    one alternative per table, its fields of each kind with the values they take."""
    short = {"type": "string", "minLength": 1, "maxLength": 64, "pattern": NO_NUL}
    rev = {"type": "integer", "minimum": 0, "maximum": 2**63 - 1}
    resolves = {"type": "string", "maxLength": 64, "pattern": NO_NUL}
    alternatives = []
    for name, kinds in _fields_by_kind().items():
        fields = [
            {
                "type": "array",
                "minItems": 4,
                "maxItems": 5,
                "prefixItems": [
                    {"enum": sorted(set(names))},
                    {"anyOf": [_value_schema(kind), {"type": "null"}]},
                    rev,
                    short,
                    resolves,
                ],
            }
            for kind, names in kinds.items()
        ]
        alternatives.append(
            {
                "type": "array",
                "title": f"PushRow: {name}",
                "minItems": 3,
                "maxItems": 3,
                "prefixItems": [
                    {"const": name},
                    short,
                    {"type": "array", "items": {"anyOf": fields}},
                ],
            }
        )
    return {
        "title": "PushRow",
        "description": "[table, row id, [[field, value, base_rev, op_id(, resolves)], ...]]",
        "anyOf": alternatives,
    }


class EnrolIn(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    code: str = Field(min_length=4, max_length=40, pattern=NO_NUL)
    device_name: str = Field(default="laptop", max_length=100, pattern=NO_NUL)


# -- response bodies ------------------------------------------------------------------


class Problem(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reason: str = Field(description="A stable word for programs, e.g. `unknown_token`.")
    message: str = Field(description="The reason in plain words.")


class ErrorOut(BaseModel):
    """The body of every 4xx answer."""

    model_config = ConfigDict(extra="forbid")
    detail: Problem


class HealthOut(BaseModel):
    model_config = ConfigDict(extra="forbid")
    status: Literal["ok"]
    time: str = Field(description="The server's UTC time, ISO 8601.")


class LimitsOut(BaseModel):
    model_config = ConfigDict(extra="forbid")
    max_file_bytes: int
    media_types: list[str]
    max_ops: int
    chunk_bytes: int


class PartnerOut(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    name: str
    role: str


class EnrolOut(BaseModel):
    model_config = ConfigDict(extra="forbid")
    device_id: str
    token: str = Field(description="The device token: send it as `Authorization: Bearer …`.")
    partner: PartnerOut


class OpResult(BaseModel):
    """What became of one op: ``rev`` is the field's revision now, ``v`` its value when it
    is not the one sent (merged, or kept over a conflict), ``why`` a refusal's reason."""

    op: str
    s: Literal["accepted", "merged", "rejected", "conflict"]
    rev: int | None = None
    v: Any = None
    why: str | None = None
    conflict: str | None = None


class CompactResult(BaseModel):
    """What became of one op in the compact encoding, when it was not simply accepted
    (a plain number, its new revision, says that): as OpResult, without the op id."""

    model_config = ConfigDict(extra="forbid")
    s: Literal["accepted", "merged", "rejected", "conflict"]
    rev: int | None = None
    v: Any = None
    why: str | None = None
    conflict: str | None = None


class TablePage(BaseModel):
    """Pulled rows of one table in the compact encoding: ``f`` names the fields, each row
    is ``[row id, i, value, d, ...]`` with ``i`` an index into ``f`` and ``d`` the
    field's revision minus the revision before it in the page (the first from 0)."""

    model_config = ConfigDict(extra="forbid")
    t: str
    f: list[str]
    r: list[list[Any]]


class Change(BaseModel):
    """Changed fields of one row: field name -> [value, revision]."""

    t: str = Field(description="The table.")
    r: str = Field(description="The row id.")
    f: dict[str, tuple[Any, int]]


class SyncOut(BaseModel):
    model_config = ConfigDict(extra="forbid")
    results: list[OpResult | CompactResult | int] = Field(
        description="One per op sent, in the order sent (wire 2: a number is the new "
        "revision of an op accepted as sent)."
    )
    changes: list[Change] | None = Field(default=None, description="Wire 1: pulled rows.")
    rows: list[TablePage] | None = Field(default=None, description="Wire 2: pulled rows.")
    cursor: str = Field(pattern=CURSOR)
    more: bool = Field(description="True if more changes wait: sync again with `cursor`.")
    team: dict[str, str] | None = Field(
        default=None,
        description="For a PIP or an administrator: partner id -> when their laptops last synced.",
    )


class FileStatusOut(BaseModel):
    model_config = ConfigDict(extra="forbid")
    size: int | None = Field(description="Null until an upload has begun.")
    received: int
    complete: bool


class UploadOut(BaseModel):
    model_config = ConfigDict(extra="forbid")
    received: int
    complete: bool


def _error(
    status: int, reason: str, message: str, headers: dict[str, str] | None = None
) -> HTTPException:
    return HTTPException(status, detail={"reason": reason, "message": message}, headers=headers)


def _refusal(description: str, headers: dict[str, Any] | None = None) -> dict[str, Any]:
    """The OpenAPI description of a 4xx answer."""
    documented: dict[str, Any] = {"model": ErrorOut, "description": description}
    if headers:
        documented["headers"] = headers
    return documented


# What any request may be answered, whatever its route (see BodyLimit).
COMMON: dict[int | str, dict[str, Any]] = {
    400: _refusal(
        "`token_in_url`: a credential in the query string (the token goes in the "
        "Authorization header); `invalid`: a body that cannot be read."
    ),
    413: _refusal(f"`too_large`: a request body over {MAX_BODY} bytes."),
    422: _refusal(
        "`invalid`: the request does not match this document, or its JSON is not strict "
        "(NaN, Infinity, a NUL character)."
    ),
}
UNAUTHORISED: dict[int | str, dict[str, Any]] = {
    401: _refusal(
        "`missing_token`, `unknown_token`, `token_revoked` or `token_expired`.",
        headers={"WWW-Authenticate": {"required": True, "schema": {"const": "Bearer"}}},
    )
}
NOT_YOURS: dict[int | str, dict[str, Any]] = {
    404: _refusal("`not_found`: no attachment of a school you may see names this file.")
}


def create_app(store: CentralStore) -> "BodyLimit":
    """The ASGI app over ``store``."""
    app = FastAPI(title="SIPL central store", version="1")

    def openapi() -> dict[str, Any]:
        """FastAPI's document, with the schema of an op from :func:`_op_schema` (FastAPI
        would also write its integer bounds as floats, and 2**63 - 1 is no float)."""
        if app.openapi_schema is None:
            document = FastAPI.openapi(app)
            document["components"]["schemas"]["OpIn"] = _op_schema()
            document["components"]["schemas"]["PushRow"] = _push_row_schema()
            app.openapi_schema = document
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]

    bearer = HTTPBearer(
        scheme_name="deviceToken",
        description="The device token that /enrol gave.",
        auto_error=False,
    )

    def device(
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    ) -> Device:
        token = credentials.credentials.strip() if credentials else None
        try:
            return auth.authenticate(store, token)
        except auth.AuthError as error:
            raise _error(
                401, error.reason, str(error), headers={"WWW-Authenticate": "Bearer"}
            ) from None

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, error: RequestValidationError) -> JSONResponse:
        problem = error.errors()[0]
        where = ".".join(str(p) for p in problem.get("loc", ()) if p != "body")
        message = f"{where}: {problem.get('msg', 'invalid')}" if where else str(problem["msg"])
        return JSONResponse({"detail": {"reason": "invalid", "message": message}}, 422)

    @app.exception_handler(StarletteHTTPException)
    async def refused(request: Request, error: StarletteHTTPException) -> JSONResponse:
        """Every refusal in one shape, the framework's own too (an unknown path, a method
        a route does not take, a body that cannot be read)."""
        detail: Any = error.detail
        if not isinstance(detail, dict):
            reason = _REASONS.get(error.status_code, "refused")
            detail = {"reason": reason, "message": str(detail)}
        headers = dict(error.headers or {})
        if error.status_code == 405:
            # Every method of the address, not only those of the first route found there.
            allowed = {
                method
                for route in app.router.routes
                if isinstance(route, APIRoute) and route.matches(request.scope)[0] != Match.NONE
                for method in route.methods or ()
            }
            headers["Allow"] = ", ".join(sorted(allowed))
        return JSONResponse({"detail": detail}, error.status_code, headers=headers)

    @app.get("/health", responses=COMMON)
    def health() -> HealthOut:
        return HealthOut(status="ok", time=utc_now())

    @app.get("/limits", responses={**COMMON, **UNAUTHORISED})
    def limits(_: Annotated[Device, Depends(device)]) -> LimitsOut:
        return LimitsOut(
            max_file_bytes=MAX_FILE,
            media_types=list(MEDIA_TYPES),
            max_ops=MAX_OPS,
            chunk_bytes=MAX_CHUNK,
        )

    @app.post(
        "/enrol",
        responses={
            **COMMON,
            403: _refusal("`unknown_code`, `code_used` or `code_expired`."),
            429: _refusal(
                "`locked_out`: too many wrong codes from this address or for this partner; "
                "try again after Retry-After seconds.",
                headers={
                    "Retry-After": {
                        "required": True,
                        "schema": {"type": "integer", "minimum": 0},
                    }
                },
            ),
        },
    )
    def enrol(given: EnrolIn, request: Request) -> EnrolOut:
        address = request.client.host if request.client else None
        try:
            done = auth.enrol(store, given.code, given.device_name, address=address)
        except auth.LockedOut as error:
            raise _error(
                429, error.reason, str(error), headers={"Retry-After": str(error.retry_after)}
            ) from None
        except auth.AuthError as error:
            raise _error(403, error.reason, str(error)) from None
        return EnrolOut(
            device_id=done.device_id,
            token=done.token,
            partner=PartnerOut(id=done.partner.id, name=done.partner.name, role=done.partner.role),
        )

    @app.post(
        "/sync",
        response_model=SyncOut,
        response_model_exclude_none=True,
        responses={
            **COMMON,
            **UNAUTHORISED,
            200: {
                "headers": {"Cache-Control": {"required": True, "schema": {"const": "no-store"}}}
            },
            403: _refusal("`wrong_device`: the token belongs to another device."),
            413: _refusal(
                f"`too_large`: a request body over {MAX_BODY} bytes, or a text over "
                f"{MAX_TEXT} characters."
            ),
            422: _refusal(
                "`invalid`: the request does not match this document, its JSON is not "
                "strict (NaN, Infinity, a NUL character), two ops share an op id, or the "
                "cursor is not one this server issued to this device."
            ),
        },
    )
    def sync(given: SyncIn, who: Annotated[Device, Depends(device)]) -> JSONResponse:
        if given.device_id != who.id:
            raise _error(403, "wrong_device", "This token belongs to another device.")
        given_ops = list(given.ops)
        if given.push:
            given_ops += _decoded(given.push)
        if len(given_ops) > MAX_OPS:
            raise _error(422, "invalid", f"ops: at most {MAX_OPS} ops in one request")
        for op in given_ops:
            if isinstance(op.value, str) and len(op.value) > MAX_TEXT:
                raise _error(413, "too_large", f"op {op.op_id}: text over {MAX_TEXT} characters")
        ops = [
            Op(o.op_id, o.table, o.row_id, o.field, _op_value(o), o.base_rev, o.resolves)
            for o in given_ops
        ]
        audit = Audit()
        try:
            cursor = Cursor.decode(given.cursor)
            # Pushed in chunks, each its own short transaction (turns between them), the
            # cursor checked in the first before anything is applied; then pulled from a
            # snapshot that takes no write lock (and checks the cursor there too).
            try:
                results = store.push_all(who, ops, audit, cursor=cursor) if ops else []
            except BadCursor:
                store.rehearse(who, ops, audit)  # its refusals are audited all the same
                raise
            versions: list[dict[str, Any]] = []
            with store.snapshot() as (conn, mark):
                page = store.pull(conn, who, cursor, given.page_size, mark=mark, deferred=versions)
                team = store.team_last_syncs(conn, who.partner)
            store.record_versions(versions, page)
            store.synced(who)
        except BadRequest as error:
            raise _error(422, "invalid", str(error)) from None
        finally:
            store.record_audit(audit)
        compact = given.wire == 2
        return JSONResponse(
            {
                "results": wire.encode_results(results) if compact else results,
                **(
                    {"rows": wire.encode_changes(page.changes)}
                    if compact
                    else {"changes": page.changes}
                ),
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

    Sha = Annotated[
        str, PathParam(pattern=SHA256, description="The file's SHA-256, in lower-case hex.")
    ]

    @app.get("/files/{sha}/status", responses={**COMMON, **UNAUTHORISED, **NOT_YOURS})
    def file_status(sha: Sha, who: Annotated[Device, Depends(device)]) -> FileStatusOut:
        _blob(sha)
        _file_in_scope(who, sha)
        with store.reading() as conn:
            row = conn.execute(sa.select(t.files).where(t.files.c.sha256 == sha)).first()
        if row is None:
            return FileStatusOut(size=None, received=0, complete=False)
        return FileStatusOut(size=row.size, received=row.received, complete=row.complete)

    @app.put(
        "/files/{sha}",
        openapi_extra={
            "requestBody": {
                "description": f"The file's bytes from `offset`, at most {MAX_CHUNK} of them.",
                "content": {
                    "application/octet-stream": {
                        "schema": {"type": "string", "format": "binary", "maxLength": MAX_CHUNK}
                    }
                },
            }
        },
        responses={
            **COMMON,
            **UNAUTHORISED,
            404: _refusal("`not_found`: no attachment of a school you may change names this file."),
            409: _refusal("`offset`: the server has a different number of bytes; resume there."),
            413: _refusal(
                f"`too_large`: a file over {MAX_FILE} bytes, a chunk over {MAX_CHUNK}, or "
                "more bytes than `size`."
            ),
            422: _refusal(
                "`invalid`: the request does not match this document; `hash_mismatch`: the "
                "whole file's bytes do not match its name (the upload starts again)."
            ),
        },
    )
    async def upload(
        sha: Sha,
        request: Request,
        who: Annotated[Device, Depends(device)],
        size: Annotated[int, Query(ge=1, description="The whole file's size in bytes.")],
        offset: Annotated[
            int, Query(ge=0, description="Where this chunk starts: what the server has.")
        ] = 0,
    ) -> UploadOut:
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
                return UploadOut(received=row.size, complete=True)
            else:
                received = int(row.received)
            if offset != received:
                raise _error(409, "offset", f"The server has {received} bytes; resume there.")
            partial = blob.with_suffix(".part")
            private_dir(partial.parent)
            with private_file(partial).open("r+b") as handle:
                handle.truncate(received)
                handle.seek(received)
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
        return UploadOut(received=received, complete=complete)

    @app.get(
        "/files/{sha}",
        response_class=Response,  # no default body: only the documented ones
        responses={
            **COMMON,
            **UNAUTHORISED,
            200: {
                "description": "The file's bytes.",
                "content": {"application/octet-stream": {"schema": BINARY}},
            },
            404: _refusal(
                "`not_found`: no attachment of a school you may see names this file, or the "
                "server does not have its bytes yet."
            ),
        },
    )
    def download(sha: Sha, who: Annotated[Device, Depends(device)]) -> WholeFile:
        blob = _blob(sha)
        _file_in_scope(who, sha)
        if not blob.exists():
            raise _error(404, "not_found", "The server does not have this file yet.")
        return WholeFile(blob)

    return BodyLimit(app)


def _decoded(push: list[list[Any]]) -> list[OpIn]:
    """The ops of a compact push, each held to the rules of OpIn (422 otherwise)."""
    for index, row in enumerate(push):
        if not (
            len(row) == 3
            and isinstance(row[0], str)
            and isinstance(row[1], str)
            and isinstance(row[2], list)
            and all(isinstance(f, list) and 4 <= len(f) <= 5 for f in row[2])
        ):
            raise _error(422, "invalid", f"push row {index}: not [table, row id, [fields]]")
        if row[0] not in schema.TABLES:
            raise _error(422, "invalid", f"push row {index}: unknown table {row[0][:40]!r}")
        if not 1 <= len(row[1]) <= 64 or "\x00" in row[1]:
            raise _error(422, "invalid", f"push row {index}: a row id is 1 to 64 characters")
        for field in row[2]:
            if type(field[2]) is not int and not (
                isinstance(field[2], float) and field[2].is_integer()
            ):
                raise _error(422, "invalid", f"push row {index}: base_rev is a whole number")
            if len(field) == 5 and not isinstance(field[4], str):
                raise _error(422, "invalid", f"push row {index}: resolves is a conflict id")
    ops = wire.decode_push(push)
    found: list[OpIn] = []
    for index, op in enumerate(ops):
        try:
            found.append(OpIn.model_validate(op))
        except ValueError as error:
            problem = error.errors()[0] if hasattr(error, "errors") else {"msg": str(error)}
            where = ".".join(str(p) for p in problem.get("loc", ()))
            raise _error(
                422, "invalid", f"push op {index}: {where} {problem.get('msg', 'invalid')}"
            ) from None
    return found


class CompressedSync:
    """Answers ``/sync`` gzip-compressed when the request's ``Accept-Encoding`` allows
    it (and the answer is long enough to gain); other routes (evidence files: already
    compressed, fetched whole and checked by hash) are served as they are."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.gzip = GZipMiddleware(app, minimum_size=256, compresslevel=6)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope.get("path") == "/sync":
            await self.gzip(scope, receive, send)
        else:
            await self.app(scope, receive, send)


_REASONS = {400: "invalid", 404: "not_found", 405: "method_not_allowed", 413: "too_large"}


class WholeFile(FileResponse):
    """A file, always whole: ranges are not offered (a laptop fetches a file whole and
    checks its hash), so a Range header can bring no other status or body."""

    media_type = "application/octet-stream"

    def __init__(self, path: Path, status_code: int = 200) -> None:
        super().__init__(path, status_code, media_type=self.media_type)
        del self.headers["accept-ranges"]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = [(k, v) for k, v in scope["headers"] if k not in (b"range", b"if-range")]
        await super().__call__({**scope, "headers": headers}, receive, send)


class BodyLimit:
    """Refuses a request body over MAX_BODY with 413 before it is parsed, whether its
    length is declared or it arrives in chunks. A body sent with ``Content-Encoding:
    gzip`` is unpacked here, and MAX_BODY holds for what it unpacks to as well (a body
    that is not gzip gets 400). Answers of ``/sync`` go out compressed when the request
    accepts it (:class:`CompressedSync`)."""

    def __init__(self, app: FastAPI) -> None:
        self.app = app
        self.served = CompressedSync(app)
        self.limit = MAX_BODY

    def __getattr__(self, name: str) -> Any:
        return getattr(self.app, name)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if _token_in_query(scope.get("query_string", b"")):
            await _refuse(
                send,
                400,
                "token_in_url",
                "Send the device token in the Authorization header, never in the address.",
            )
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

        encoding = headers.get(b"content-encoding", b"identity").strip().lower()
        if encoding == b"gzip":
            body = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.request")
            unpacker = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
            try:
                unpacked = unpacker.decompress(body, self.limit + 1)
            except zlib.error:
                await _refuse(send, 400, "invalid", "The body is not valid gzip.")
                return
            if len(unpacked) > self.limit or unpacker.unconsumed_tail:
                await _too_large(send, self.limit)
                return
            messages = [{"type": "http.request", "body": unpacked, "more_body": False}]
            kept = [
                (k, v)
                for k, v in scope["headers"]
                if k.lower() not in (b"content-encoding", b"content-length")
            ]
            kept.append((b"content-length", str(len(unpacked)).encode()))
            scope = {**scope, "headers": kept}
            headers = dict(kept)
        elif encoding not in (b"identity", b""):
            await _refuse(send, 400, "invalid", "Bodies may be sent plain or gzip-compressed.")
            return

        problem = _strict_json_problem(headers, messages)
        if problem is not None:
            await _refuse(send, 422, "invalid", problem)
            return

        async def replay() -> Message:
            return messages.pop(0) if messages else await receive()

        await self.served(scope, replay, send)


_SECRET_NAMES = frozenset({"token", "access_token", "auth", "authorization", "bearer", "key"})


def _token_in_query(query: bytes) -> bool:
    """True if a query string carries something named like a credential."""
    names = {part.split(b"=", 1)[0].decode("latin-1").lower() for part in query.split(b"&") if part}
    return bool(names & _SECRET_NAMES)


class _NotStrictJson(ValueError):
    pass


def _no_constants(name: str) -> Any:
    raise _NotStrictJson(f"{name} is not a JSON number")


def _nul_in(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, list):
        return any(_nul_in(v) for v in value)
    if isinstance(value, dict):
        return any(_nul_in(k) or _nul_in(v) for k, v in value.items())
    return False


def _is_json(content_type: str) -> bool:
    """True if FastAPI reads a body of ``content_type`` as JSON (any case, any parameters,
    ``+json`` types too), so the strictness check sees every body the app parses."""
    if not content_type:
        return False
    message = email.message.Message()
    message["content-type"] = content_type
    subtype = message.get_content_subtype()
    return message.get_content_maintype() == "application" and (
        subtype == "json" or subtype.endswith("+json")
    )


def _strict_json_problem(headers: dict[bytes, bytes], messages: list[Message]) -> str | None:
    """Why a JSON body is not strict JSON (NaN, Infinity, a NUL character), or None. A
    body that is not JSON at all is left to the app's own validation."""
    if not _is_json(headers.get(b"content-type", b"").decode("latin-1")):
        return None
    body = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.request")
    try:
        parsed = json.loads(body, parse_constant=_no_constants)
    except _NotStrictJson as error:
        return str(error)
    except ValueError:
        return None
    if _nul_in(parsed):
        return "text may not hold a NUL character"
    return None


async def _too_large(send: Send, limit: int) -> None:
    await _refuse(send, 413, "too_large", f"Requests are limited to {limit} bytes.")


async def _refuse(send: Send, status: int, reason: str, message: str) -> None:
    body = json.dumps({"detail": {"reason": reason, "message": message}}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
