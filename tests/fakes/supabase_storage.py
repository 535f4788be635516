"""A tiny local stand-in for the Supabase Storage REST API, under `/storage/v1`.

It speaks the subset storage3 (the `supabase` client) uses, with the request
shapes read from storage3's source: buckets (list, get, create, update, empty,
delete), objects (upload POST/PUT as multipart with `x-upsert`, download plain,
`authenticated/` and `public/`, info, list with prefix/limit/offset, remove by
names) and signed URLs (create one or many; download with `?token=`, checked for
signature, object and expiry against the fake's own clock, which tests advance).

Every call but a signed or public download needs a key: the service-role key
(`Authorization: Bearer <key>` and/or `apikey`) may do anything; the anon key is
refused everything but public-bucket reads, as row-level security would.
Errors carry Supabase's body, `{"statusCode": "404", "error": "not_found", "message": ...}`.
"""

from __future__ import annotations

import email.parser
import email.policy
import hashlib
import json
import secrets
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlsplit

import jwt

PREFIX = "/storage/v1/"


def _iso(moment: float) -> str:
    return datetime.fromtimestamp(moment, timezone.utc).isoformat().replace("+00:00", "Z")


@dataclass
class StoredObject:
    data: bytes
    content_type: str
    cache_control: str
    created: float
    id: str = field(default_factory=lambda: str(uuid.uuid4()))

    def metadata(self) -> dict[str, Any]:
        return {"eTag": f'"{hashlib.md5(self.data).hexdigest()}"', "size": len(self.data), "mimetype": self.content_type,
                "cacheControl": f"max-age={self.cache_control}", "lastModified": _iso(self.created),
                "contentLength": len(self.data), "httpStatusCode": 200}


class ApiError(Exception):
    def __init__(self, http_status: int, status_code: str, error: str, message: str) -> None:
        super().__init__(message)
        self.http_status, self.body = http_status, {"statusCode": status_code, "error": error, "message": message}


def _not_found(what: str = "Object") -> ApiError:
    if what == "Object":
        return ApiError(404, "404", "not_found", "Object not found")
    return ApiError(400, "404", f"{what} not found", f"{what} not found")


class FakeSupabaseStorage:
    def __init__(self, service_role_key: str = "service-role-test-key", anon_key: str = "anon-test-key") -> None:
        self.service_role_key = service_role_key
        self.anon_key = anon_key
        self.buckets: dict[str, dict[str, Any]] = {}
        self.objects: dict[tuple[str, str], StoredObject] = {}
        self.requests: list[tuple[str, str]] = []
        self.offset = 0.0  # seconds added to the real clock: `advance` expires signed URLs
        self._secret = secrets.token_bytes(32)
        self._lock = threading.RLock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ---------------------------------------------------------------------

    @property
    def url(self) -> str:
        assert self._server is not None, "start() first"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> str:
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), name="fake-supabase-storage", daemon=True)
        self._thread.start()
        return self.url

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> "FakeSupabaseStorage":
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def now(self) -> float:
        return time.time() + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += seconds

    # -- authorization -----------------------------------------------------------------

    def role(self, headers: Any) -> str | None:
        keys = {self.service_role_key: "service_role", self.anon_key: "anon"}
        apikey = headers.get("apikey")
        if apikey is not None and apikey not in keys:
            return None
        authorization = headers.get("Authorization")
        if authorization is not None:
            scheme, _, token = authorization.partition(" ")
            return keys.get(token) if scheme.lower() == "bearer" else None
        return keys.get(apikey) if apikey is not None else None

    def require_service(self, headers: Any) -> None:
        role = self.role(headers)
        if role is None:
            raise ApiError(401, "401", "Unauthorized", "Invalid or missing key")
        if role != "service_role":
            raise ApiError(403, "403", "Unauthorized", "new row violates row-level security policy")

    # -- buckets -----------------------------------------------------------------------

    def bucket(self, bucket_id: str) -> dict[str, Any]:
        try:
            return self.buckets[bucket_id]
        except KeyError:
            raise _not_found("Bucket") from None

    def create_bucket(self, body: dict[str, Any]) -> dict[str, Any]:
        bucket_id = body.get("id") or body.get("name")
        if not bucket_id:
            raise ApiError(400, "400", "Bad Request", "body must have required property 'name'")
        if bucket_id in self.buckets:
            raise ApiError(409, "409", "Duplicate", "The resource already exists")
        moment = _iso(self.now())
        self.buckets[bucket_id] = {
            "id": bucket_id, "name": body.get("name") or bucket_id, "owner": "", "public": bool(body.get("public", False)),
            "file_size_limit": body.get("file_size_limit"), "allowed_mime_types": body.get("allowed_mime_types"),
            "created_at": moment, "updated_at": moment, "type": "STANDARD",
        }
        return {"name": bucket_id}

    # -- objects -----------------------------------------------------------------------

    def object(self, bucket_id: str, path: str) -> StoredObject:
        self.bucket(bucket_id)
        try:
            return self.objects[(bucket_id, path)]
        except KeyError:
            raise _not_found() from None

    def put(self, bucket_id: str, path: str, data: bytes, content_type: str, cache_control: str, *, upsert: bool,
            update: bool) -> dict[str, Any]:
        self.bucket(bucket_id)
        if any(part in ("", ".", "..") for part in path.split("/")):
            raise ApiError(400, "400", "InvalidKey", f"Invalid key: {path}")
        exists = (bucket_id, path) in self.objects
        if update and not exists:
            raise _not_found()
        if exists and not (upsert or update):
            raise ApiError(400, "409", "Duplicate", "The resource already exists")
        stored = StoredObject(data, content_type, cache_control, self.now())
        self.objects[(bucket_id, path)] = stored
        return {"Id": stored.id, "Key": f"{bucket_id}/{path}"}

    def list(self, bucket_id: str, body: dict[str, Any]) -> list[dict[str, Any]]:
        self.bucket(bucket_id)
        prefix = (body.get("prefix") or "").strip("/")
        search = body.get("search") or ""
        start = f"{prefix}/" if prefix else ""
        files: dict[str, dict[str, Any]] = {}
        folders: dict[str, dict[str, Any]] = {}
        for (bucket, path), stored in self.objects.items():
            if bucket != bucket_id or not path.startswith(start):
                continue
            name, slash, _ = path[len(start):].partition("/")
            if not name.startswith(search):
                continue
            if slash:
                folders[name] = {"name": name, "id": None, "updated_at": None, "created_at": None,
                                 "last_accessed_at": None, "metadata": None}
            else:
                files[name] = {"name": name, "id": stored.id, "updated_at": _iso(stored.created),
                               "created_at": _iso(stored.created), "last_accessed_at": _iso(stored.created),
                               "metadata": stored.metadata()}
        sort = body.get("sortBy") or {}
        entries = sorted([*folders.values(), *files.values()], key=lambda entry: entry["name"],
                         reverse=sort.get("order") == "desc")
        offset, limit = int(body.get("offset", 0)), int(body.get("limit", 100))
        return entries[offset:offset + limit]

    def remove(self, bucket_id: str, names: list[str]) -> list[dict[str, Any]]:
        self.bucket(bucket_id)
        removed = []
        for name in names:
            stored = self.objects.pop((bucket_id, name), None)
            if stored is not None:
                removed.append({"name": name, "bucket_id": bucket_id, "id": stored.id, "owner": "",
                                "created_at": _iso(stored.created), "metadata": stored.metadata()})
        return removed

    # -- signed URLs -------------------------------------------------------------------

    def sign(self, bucket_id: str, path: str, expires_in: Any) -> str:
        self.object(bucket_id, path)
        try:
            seconds = int(expires_in)
        except (TypeError, ValueError):
            raise ApiError(400, "400", "Bad Request", "expiresIn must be a number") from None
        if seconds < 1:
            raise ApiError(400, "400", "Bad Request", "expiresIn must be >= 1")
        issued = int(self.now())
        token = jwt.encode({"url": f"{bucket_id}/{path}", "iat": issued, "exp": issued + seconds}, self._secret, "HS256")
        return f"/object/sign/{quote(bucket_id)}/{quote(path)}?token={token}"

    def signed(self, bucket_id: str, path: str, token: str | None) -> StoredObject:
        if not token:
            raise ApiError(400, "400", "InvalidJWT", "querystring must have required property 'token'")
        try:
            claims = jwt.decode(token, self._secret, algorithms=["HS256"], options={"verify_exp": False})
        except jwt.PyJWTError as error:
            raise ApiError(400, "400", "InvalidJWT", str(error)) from None
        if claims.get("url") != f"{bucket_id}/{path}":
            raise ApiError(400, "400", "InvalidSignature", "The url do not match the signature")
        if int(claims.get("exp", 0)) <= self.now():
            raise ApiError(400, "400", "InvalidJWT", "jwt expired")
        return self.object(bucket_id, path)


def _handler_for(fake: FakeSupabaseStorage) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:  # quiet
            pass

        def do_GET(self) -> None:
            self._dispatch("GET")

        def do_HEAD(self) -> None:
            self._dispatch("HEAD")

        def do_POST(self) -> None:
            self._dispatch("POST")

        def do_PUT(self) -> None:
            self._dispatch("PUT")

        def do_DELETE(self) -> None:
            self._dispatch("DELETE")

        # -- plumbing --------------------------------------------------------------

        def _body(self) -> bytes:
            length = int(self.headers.get("Content-Length") or 0)
            return self.rfile.read(length) if length else b""

        def _json(self, raw: bytes) -> dict[str, Any]:
            try:
                value = json.loads(raw or b"{}")
            except ValueError:
                raise ApiError(400, "400", "Bad Request", "body is not JSON") from None
            if not isinstance(value, dict):
                raise ApiError(400, "400", "Bad Request", "body must be an object")
            return value

        def _send(self, status: int, body: bytes, content_type: str, head: bool = False,
                  extra: dict[str, str] | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in (extra or {}).items():
                self.send_header(name, value)
            self.end_headers()
            if not head:
                self.wfile.write(body)

        def _send_json(self, value: Any, status: int = 200) -> None:
            self._send(status, json.dumps(value).encode(), "application/json")

        def _send_object(self, stored: StoredObject, head: bool) -> None:
            self._send(200, stored.data, stored.content_type, head,
                       {"Cache-Control": f"max-age={stored.cache_control}", "ETag": stored.metadata()["eTag"]})

        def _upload(self, raw: bytes) -> tuple[bytes, str, str]:
            """(data, content type, cache control) from a multipart form (storage3) or a raw body."""
            content_type = self.headers.get("Content-Type", "application/octet-stream")
            cache_control = self.headers.get("Cache-Control", "3600")
            if not content_type.startswith("multipart/form-data"):
                return raw, content_type, cache_control.removeprefix("max-age=")
            message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
                f"Content-Type: {content_type}\r\n\r\n".encode() + raw)
            data, file_type = None, "application/octet-stream"
            for part in message.iter_parts():
                name = part.get_param("name", header="content-disposition")
                payload = part.get_payload(decode=True) or b""
                if name == "cacheControl":
                    cache_control = payload.decode()
                elif name == "file" or (name is None and data is None):
                    data, file_type = payload, part.get_content_type()
            if data is None:
                raise ApiError(400, "400", "Bad Request", "no file in the form")
            return data, file_type, cache_control

        def _dispatch(self, method: str) -> None:
            url = urlsplit(self.path)
            raw = self._body() if method in ("POST", "PUT", "DELETE") else b""
            with fake._lock:
                fake.requests.append((method, url.path))
            try:
                if not url.path.startswith(PREFIX):
                    raise ApiError(404, "404", "not_found", "Route not found")
                parts = [unquote(part) for part in url.path[len(PREFIX):].split("/")]
                with fake._lock:
                    self._route(method, parts, parse_qs(url.query), raw)
            except ApiError as error:
                self._send(error.http_status, b"" if method == "HEAD" else json.dumps(error.body).encode(),
                           "application/json", method == "HEAD")

        def _route(self, method: str, parts: list[str], query: dict[str, list[str]], raw: bytes) -> None:
            head = method == "HEAD"
            first, rest = parts[0], parts[1:]
            if first == "bucket":
                fake.require_service(self.headers)
                if not rest and method == "GET":
                    return self._send_json(list(fake.buckets.values()))
                if not rest and method == "POST":
                    return self._send_json(fake.create_bucket(self._json(raw)))
                if len(rest) == 1 and method == "GET":
                    return self._send_json(fake.bucket(rest[0]))
                if len(rest) == 1 and method == "PUT":
                    bucket, body = fake.bucket(rest[0]), self._json(raw)
                    for name in ("public", "file_size_limit", "allowed_mime_types"):
                        if name in body:
                            bucket[name] = body[name]
                    return self._send_json({"message": "Successfully updated"})
                if len(rest) == 1 and method == "DELETE":
                    fake.bucket(rest[0])
                    if any(bucket == rest[0] for bucket, _ in fake.objects):
                        raise ApiError(409, "409", "InvalidRequest", "The bucket you tried to delete is not empty")
                    del fake.buckets[rest[0]]
                    return self._send_json({"message": "Successfully deleted"})
                if len(rest) == 2 and rest[1] == "empty" and method == "POST":
                    fake.bucket(rest[0])
                    for key in [key for key in fake.objects if key[0] == rest[0]]:
                        del fake.objects[key]
                    return self._send_json({"message": "Successfully emptied"})
                raise ApiError(404, "404", "not_found", "Route not found")
            if first != "object" or not rest:
                raise ApiError(404, "404", "not_found", "Route not found")
            kind = rest[0]
            if kind == "sign" and method in ("GET", "HEAD") and len(rest) >= 3:
                # No key needed: the token is the authority.
                token = (query.get("token") or [None])[0]
                return self._send_object(fake.signed(rest[1], "/".join(rest[2:]), token), head)
            if kind == "public" and method in ("GET", "HEAD") and len(rest) >= 3:
                bucket = fake.buckets.get(rest[1])
                if bucket is None or not bucket["public"]:
                    raise _not_found("Bucket")
                return self._send_object(fake.object(rest[1], "/".join(rest[2:])), head)
            fake.require_service(self.headers)
            if kind == "sign" and method == "POST" and len(rest) == 2:
                body = self._json(raw)
                items = []
                for path in body.get("paths") or []:
                    try:
                        items.append({"error": None, "path": path,
                                      "signedURL": fake.sign(rest[1], path, body.get("expiresIn"))})
                    except ApiError as error:
                        items.append({"error": error.body["message"], "path": path, "signedURL": None})
                return self._send_json(items)
            if kind == "sign" and method == "POST" and len(rest) >= 3:
                body = self._json(raw)
                return self._send_json({"signedURL": fake.sign(rest[1], "/".join(rest[2:]), body.get("expiresIn"))})
            if kind == "list" and method == "POST" and len(rest) == 2:
                return self._send_json(fake.list(rest[1], self._json(raw)))
            if kind == "info" and method == "GET" and len(rest) >= 3:
                path = "/".join(rest[2:])
                stored = fake.object(rest[1], path)
                return self._send_json({"id": stored.id, "name": path, "bucket_id": rest[1],
                                        "version": stored.id, "size": len(stored.data),
                                        "content_type": stored.content_type, "cache_control": stored.cache_control,
                                        "etag": stored.metadata()["eTag"], "created_at": _iso(stored.created),
                                        "last_modified": _iso(stored.created), "metadata": {}})
            if kind == "authenticated" and method in ("GET", "HEAD") and len(rest) >= 3:
                return self._send_object(fake.object(rest[1], "/".join(rest[2:])), head)
            if len(rest) == 1 and method == "DELETE":
                names = self._json(raw).get("prefixes")
                if not isinstance(names, list):
                    raise ApiError(400, "400", "Bad Request", "body must have required property 'prefixes'")
                return self._send_json(fake.remove(rest[0], names))
            if len(rest) >= 2:
                bucket_id, path = rest[0], "/".join(rest[1:])
                if method in ("GET", "HEAD"):
                    return self._send_object(fake.object(bucket_id, path), head)
                if method in ("POST", "PUT"):
                    data, content_type, cache_control = self._upload(raw)
                    upsert = (self.headers.get("x-upsert") or "false").lower() == "true"
                    return self._send_json(fake.put(bucket_id, path, data, content_type, cache_control,
                                                    upsert=upsert, update=method == "PUT"))
            raise ApiError(404, "404", "not_found", "Route not found")

    return Handler
