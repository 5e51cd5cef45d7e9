"""Drills 6 and 7: hostile queries through the library and over HTTP; HTTP limits and exposure."""
import concurrent.futures
import json
import os
import re
import socket
import subprocess
import time
import urllib.parse

from common import Server, figure, run

BOUND_MS = float(os.environ.get("QUERY_BOUND_MS", "2000"))


def drill_hostile_queries(env, index):
    count = int(os.environ.get("LIBRARY_QUERIES", "100000"))
    code, out, err, _ = env.tool("queries", "--index", index, "--count", str(count), "--seed", str(env.seed), "--bound-ms", str(BOUND_MS), timeout=14400)
    library = dict(re.findall(r"(\w+)=(\S+)", out.split("RESULT", 1)[-1]))
    for line in err.splitlines()[-5:]:
        print(f"  library: {line[:300]}", flush=True)
    http_count = int(os.environ.get("HTTP_QUERIES", "10000"))
    emitted = env.path("http-queries.jsonl")
    env.tool("queries", "--emit", emitted, "--count", str(http_count), "--seed", str(env.seed + 1))
    texts = [json.loads(l) for l in open(emitted, encoding="utf-8")]
    server = Server(env, index)
    statuses, worst = {}, 0.0

    def one(text):
        target = "/api/search?q=" + urllib.parse.quote(text, safe="", errors="surrogatepass") + "&top=10"
        started = time.time()
        status = raw_status(server.port, f"GET {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".encode("latin-1", "replace"))
        return status, (time.time() - started) * 1000

    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        for status, ms in pool.map(one, texts):
            statuses[status] = statuses.get(status, 0) + 1
            worst = max(worst, ms)
    server.stop()
    server_errors = sum(n for s, n in statuses.items() if s >= 500 or s == 0)
    print(f"  http statuses: {statuses}", flush=True)
    library_ok = code == 0 and int(library.get("failures", 1)) == 0
    return figure(6, "hostile queries", library_ok and server_errors == 0 and worst <= BOUND_MS * 5,
                  library_queries=library.get("queries"), library_failures=library.get("failures"), library_over_bound=library.get("over_bound"),
                  library_worst_cpu_ms=library.get("worst_cpu_ms"), library_worst_wall_ms=library.get("worst_wall_ms"), library_p99_ms=library.get("p99_ms"),
                  http_queries=len(texts), http_5xx_or_dropped=server_errors, http_worst_ms=round(worst), bound_ms=round(BOUND_MS))


def raw(port, request, timeout=30, read_all=True):
    """Sends raw bytes; returns the raw answer (headers and body)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        try:
            s.sendall(request)
        except OSError:
            pass
        chunks = []
        try:
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                chunks.append(chunk)
                if not read_all and b"\r\n\r\n" in b"".join(chunks):
                    break
        except OSError:
            pass
        return b"".join(chunks)


def raw_status(port, request, **kw):
    answer = raw(port, request, **kw)
    match = re.match(rb"HTTP/1\.[01] (\d{3})", answer)
    return int(match.group(1)) if match else 0


def header(answer, name):
    head = answer.split(b"\r\n\r\n", 1)[0].decode("latin-1")
    match = re.search(rf"^{name}:\s*(.*)$", head, re.IGNORECASE | re.MULTILINE)
    return match.group(1).strip() if match else None


SECRETS = [b"root:x:0:0", b"MZ\x90\x00", b"[core]", b"PATH=", b"\x7fELF", b"<Project", b"segments_"]


def exposure_cases():
    """(name, raw request, accepted statuses)."""
    def get(target, extra=""):
        return f"GET {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n{extra}\r\n".encode("latin-1")

    cases = [
        ("query of 5,000 characters", get("/api/search?q=" + "a" * 5_000), {400}),
        ("query string of 10,000 characters", get("/api/search?q=" + "a" * 10_000), {400, 414}),
        ("request line of 100 KB", get("/api/search?q=" + "a" * 100_000), {414, 400}),
        ("header of 64 KB", get("/api/search?q=ia", "X-Big: " + "b" * 65_536 + "\r\n"), {431, 400}),
        ("500 headers", get("/api/search?q=ia", "".join(f"X-H{i}: v\r\n" for i in range(500))), {431, 400}),
        ("GET with a 10 MB body", b"GET /api/search?q=ia HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Length: 10485760\r\n\r\n" + b"x" * 10_485_760, {413}),
        ("POST with a 10 MB body", b"POST /api/search?q=ia HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Length: 10485760\r\n\r\n" + b"x" * 10_485_760, {413, 405}),
        ("chunked body with a GET", b"GET /api/search?q=ia HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n100000\r\n" + b"x" * 0x100000 + b"\r\n0\r\n\r\n", {413, 400}),
        ("Content-Length with chunked (smuggling)", b"GET /api/search?q=ia HTTP/1.1\r\nHost: localhost\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\nGET /admin HTTP/1.1\r\n\r\n", {400, 413}),
        ("absolute-form target to another host", b"GET http://example.org/ HTTP/1.1\r\nHost: example.org\r\nConnection: close\r\n\r\n", {400, 404, 200}),
        ("no Host header", b"GET /api/search?q=ia HTTP/1.1\r\nConnection: close\r\n\r\n", {400}),
        ("garbage request line", b"\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03" + os.urandom(64) + b"\r\n\r\n", {400, 0}),
        ("HTTP/0.9 request", b"GET /\r\n\r\n", {400, 505, 0}),
    ]
    traversals = ["/api/articles/..%2F..%2F..%2Fetc%2Fpasswd", "/api/articles/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/api/articles/%252e%252e%252fetc%252fpasswd",
                  "/api/articles/..%5c..%5cetc%5cpasswd", "/api/articles/..\\..\\etc\\passwd", "/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd",
                  "/app.js/../../../../etc/passwd", "/app.js%2f..%2f..%2fetc%2fpasswd", "/%252e%252e/etc/passwd", "/..%c0%af..%c0%afetc/passwd",
                  "/api/articles/%00", "/api/articles/..%00/etc/passwd", "/api/articles/x/similar/../../../etc/passwd", "/newssearch.dll",
                  "/NewsSearch.Core.dll", "/appsettings.json", "/web.config", "/.git/config", "/index-data/segments_1", "/segments.gen",
                  "/proc/self/environ", "/app.css%00.js", "/index.html", "/Page/app.js", "/page/app.js", "//etc/passwd", "/\\etc\\passwd",
                  "/api/articles/" + "%2e" * 3000, "/api/articles/~root", "/api/articles/file:%2F%2F%2Fetc%2Fpasswd", "/openapi/../../etc/passwd"]
    cases += [(f"traversal {t[:60]}", get(t), {400, 404, 414}) for t in traversals]
    for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT", "PROPFIND", "FOO"]:
        for path in ["/", "/api/search?q=ia", "/api/articles/x", "/app.js", "/health", "/api/watches"]:
            target = "localhost:80" if method == "CONNECT" else path
            cases.append((f"{method} {path}", f"{method} {target} HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".encode(), {405, 404, 400}))
    return cases


def slowloris(port, connections=40, seconds=None):
    """Opens connections that send a header line a byte at a time; returns (dropped, seconds to the last drop, normal requests served meanwhile)."""
    sockets = []
    for _ in range(connections):
        s = socket.create_connection(("127.0.0.1", port), timeout=5)
        s.sendall(b"GET /api/search?q=ia HTTP/1.1\r\nHost: localhost\r\nX-Slow: ")
        sockets.append(s)
    started, dropped, served, last = time.time(), set(), 0, 0.0
    limit = seconds or float(os.environ.get("SLOW_CLIENT_LIMIT_S", "60"))
    while len(dropped) < connections and time.time() - started < limit:
        for i, s in enumerate(sockets):
            if i in dropped:
                continue
            try:
                s.sendall(b"a")
            except OSError:
                dropped.add(i)
                last = time.time() - started
        served += raw_status(port, b"GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n") == 200
        time.sleep(1)
    for s in sockets:
        s.close()
    return len(dropped), last, served


def drill_exposure(env, index):
    server = Server(env, index)
    leaked, wrong, tried = [], [], 0
    for name, request, accepted in exposure_cases():
        tried += 1
        answer = raw(server.port, request)
        status = int(re.match(rb"HTTP/1\.[01] (\d{3})", answer).group(1)) if re.match(rb"HTTP/1\.[01] (\d{3})", answer) else 0
        if any(secret in answer for secret in SECRETS) or (name.startswith("TRACE") and b"Content-Length: 0" in answer.split(b"\r\n\r\n", 1)[-1]):
            leaked.append(name)
        if status not in accepted:
            wrong.append(f"{name}: {status}")
        # Kestrel answers a malformed or oversized request line or header itself, before any middleware (no body, no headers to add).
        if status and not header(answer, "X-Content-Type-Options") == "nosniff" and status not in (400, 414, 431):
            wrong.append(f"{name}: no nosniff")
    headers = {}
    for target in ["/", "/api/search?q=ia", "/api/search", "/api/articles/none", "/app.js", "/nowhere", "/health", "/openapi/v1.json"]:
        answer = raw(server.port, f"GET {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".encode())
        tried += 1
        headers[target] = (header(answer, "X-Content-Type-Options"), header(answer, "Content-Security-Policy"), header(answer, "Access-Control-Allow-Origin"), header(answer, "Server"))
        if headers[target][0] != "nosniff" or headers[target][2] is not None or headers[target][3] is not None:
            wrong.append(f"headers of {target}: {headers[target]}")
    csp = headers["/"][1] or ""
    restrictive = "default-src 'none'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp and "frame-ancestors 'none'" in csp
    if not restrictive:
        wrong.append(f"page CSP: {csp!r}")
    dropped, last, served = slowloris(server.port)
    tried += 1
    slow_ok = dropped == 40 and served > 0
    if not slow_ok:
        wrong.append(f"slow clients: {dropped}/40 dropped, {served} normal requests served")
    server.stop()
    loopback = default_binds_loopback(env, index)
    tried += 1
    for w in wrong:
        print(f"  {w}", flush=True)
    print(f"  slow clients: {dropped}/40 dropped within {last:.0f} s, {served} normal requests served meanwhile; default bind: {loopback}", flush=True)
    return figure(7, "HTTP limits and exposure", not leaked and not wrong and loopback.startswith("127.0.0.1"),
                  cases=tried, leaked=len(leaked), wrong_status_or_header=len(wrong), slow_clients_dropped_s=round(last), default_bind=loopback)


def default_binds_loopback(env, index):
    """Starts `serve` with no --urls and reads where it listens from /proc/net/tcp (another server on 5080 makes it fail: said so)."""
    process = subprocess.Popen(["dotnet", env.cli, "serve", "--index", index], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.time() + 120
        while time.time() < deadline and process.poll() is None:
            inodes = {os.readlink(f"/proc/{process.pid}/fd/{fd}") for fd in os.listdir(f"/proc/{process.pid}/fd")}
            for table in ("/proc/net/tcp", "/proc/net/tcp6"):
                for row in open(table).read().splitlines()[1:]:
                    fields = row.split()
                    if fields[3] == "0A" and f"socket:[{fields[9]}]" in inodes:
                        address, port = fields[1].split(":")
                        ip = ".".join(str(int(address[i:i + 2], 16)) for i in (6, 4, 2, 0)) if len(address) == 8 else address
                        return f"{ip}:{int(port, 16)}"
            time.sleep(0.2)
        return "not-started(" + process.stderr.read().decode()[:120].strip() + ")" if process.poll() is not None else "unknown"
    finally:
        if process.poll() is None:
            process.terminate()
            process.wait(30)
