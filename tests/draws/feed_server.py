"""A local HTTP server that plays IRCC's feed for the tests: nothing reaches the internet.

`FeedServer.mode` says how it answers the next requests: "ok" (200 with `body`, an ETag and a
Last-Modified, or 304 when the request sends them back), "error" (500), "slow" (answers after
`delay` seconds), "truncated" (a Content-Length longer than what it sends).  `wait_for` > 1 holds
each answer until that many requests have arrived, so two clients really are served at once.
"""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ETAG = '"feed-v1"'
LAST_MODIFIED = "Tue, 01 Dec 2026 14:00:00 GMT"


class FeedServer:
    def __init__(self):
        self.mode = "ok"
        self.body = b'{"rounds": []}'
        self.etag = ETAG
        self.delay = 2.0
        self.wait_for = 1
        self.requests: list[dict] = []
        self._arrived = threading.Condition()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                server._answer(self)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/ee_rounds_123_en.json"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()

    def _answer(self, handler: BaseHTTPRequestHandler) -> None:
        with self._arrived:
            self.requests.append(dict(handler.headers))
            self._arrived.notify_all()
            self._arrived.wait_for(lambda: len(self.requests) >= self.wait_for, timeout=10)
        if self.mode == "error":
            handler.send_response(500)
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        if self.mode == "slow":
            time.sleep(self.delay)
        # As RFC 9110 says: If-None-Match, when sent, decides alone.
        if_none_match = handler.headers.get("If-None-Match")
        unchanged = (
            if_none_match == self.etag if if_none_match else handler.headers.get("If-Modified-Since") == LAST_MODIFIED
        )
        if self.mode == "ok" and unchanged:
            handler.send_response(304)
            handler.send_header("ETag", self.etag)
            handler.end_headers()
            return
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("ETag", self.etag)
        handler.send_header("Last-Modified", LAST_MODIFIED)
        body = self.body
        if self.mode == "truncated":
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body[: len(body) // 2])
            handler.wfile.flush()
            handler.close_connection = True
            return
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        try:
            handler.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass
