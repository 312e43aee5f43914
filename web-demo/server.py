#!/usr/bin/env python3
"""The web demo's server: Python's standard http.server, plus precompressed assets.

serve.sh writes FILE.br (brotli) and FILE.gz (gzip) next to each text or binary asset; for a
request of FILE this server sends the smallest variant the client accepts (Accept-Encoding,
q-values honoured; br before gzip before the file itself), with the original's Content-Type,
`Content-Encoding: br|gzip` and `Vary: Accept-Encoding`. Everything else is exactly
SimpleHTTPRequestHandler (directory index, If-Modified-Since, path checks).

    python3 server.py [--bind HOST] [--directory DIR] [PORT]

Only the standard library: no pip install.
"""
import argparse
import email.utils
import os
import sys
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

# Encodings we may have precompressed, in order of preference, with their file suffix.
ENCODINGS = (("br", ".br"), ("gzip", ".gz"))


def accepted(header):
    """The encodings a client accepts: {name: q} from an Accept-Encoding header ('*' included)."""
    out = {}
    for part in (header or "").split(","):
        fields = [f.strip() for f in part.split(";")]
        name = fields[0].lower()
        if not name:
            continue
        q = 1.0
        for f in fields[1:]:
            if f.lower().startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if name == "x-gzip":
            name = "gzip"
        out[name] = q
    return out


def choose(header, available):
    """The encoding to send: the first of `available` (preference order) with q > 0, or None."""
    acc = accepted(header)
    for name in available:
        q = acc.get(name, acc.get("*", 0.0))
        if q > 0:
            return name
    return None


class Handler(SimpleHTTPRequestHandler):
    # Keep-alive: the page's two dozen requests reuse connections.
    protocol_version = "HTTP/1.1"

    # .wasm must be application/wasm (WebAssembly.instantiateStreaming); Python 3.11 has it,
    # older ones may not. .mjs as JavaScript, .jsonld as JSON-LD, .md as text.
    extensions_map = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm", ".mjs": "text/javascript", ".js": "text/javascript",
        ".jsonld": "application/ld+json", ".md": "text/markdown; charset=utf-8",
        ".txt": "text/plain; charset=utf-8", ".dat": "application/octet-stream",
    }

    def end_headers(self):
        self.send_header("X-Content-Type-Options", "nosniff")
        # Revalidate each time (If-Modified-Since → 304): a rebuilt demo is picked up at once.
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def variants(self, path):
        """[(encoding, file)] precompressed next to `path`, in order of preference."""
        return [(enc, path + suffix) for enc, suffix in ENCODINGS if os.path.isfile(path + suffix)]

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            if not self.path.split("?", 1)[0].split("#", 1)[0].endswith("/"):
                return super().send_head()   # the redirect to "dir/"
            path = os.path.join(path, "index.html")
        if not os.path.isfile(path):
            return super().send_head()
        found = self.variants(path)
        if not found:
            return super().send_head()
        enc = choose(self.headers.get("Accept-Encoding"), [e for e, _ in found])
        send = dict(found).get(enc, path)
        try:
            f = open(send, "rb")
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        try:
            fs = os.fstat(f.fileno())
            since = self.headers.get("If-Modified-Since")
            if since and not self.headers.get("If-None-Match"):
                try:
                    when = email.utils.parsedate_to_datetime(since)
                    if when is not None and int(fs.st_mtime) <= when.timestamp():
                        self.send_response(HTTPStatus.NOT_MODIFIED)
                        self.send_header("Vary", "Accept-Encoding")
                        self.end_headers()
                        f.close()
                        return None
                except (TypeError, IndexError, OverflowError, ValueError):
                    pass
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", self.guess_type(path))
            if enc:
                self.send_header("Content-Encoding", enc)
            self.send_header("Content-Length", str(fs.st_size))
            self.send_header("Last-Modified", self.date_time_string(fs.st_mtime))
            self.send_header("Vary", "Accept-Encoding")
            self.end_headers()
            return f
        except Exception:
            f.close()
            raise


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bind", default="127.0.0.1")
    ap.add_argument("--directory", default=os.getcwd())
    ap.add_argument("port", nargs="?", type=int, default=8080)
    args = ap.parse_args()
    handler = partial(Handler, directory=args.directory)
    with ThreadingHTTPServer((args.bind, args.port), handler) as httpd:
        host, port = httpd.socket.getsockname()[:2]
        print(f"serving {args.directory} on http://{host}:{port}/ (br/gzip when precompressed)", flush=True)
        try:
            httpd.serve_forever()
        except KeyboardInterrupt:
            print("\nstopped", file=sys.stderr)


if __name__ == "__main__":
    main()
