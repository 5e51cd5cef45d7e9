"""Drill 9: `newssearch fetch` against feed servers on loopback that drop, stall, drip, answer garbage, loop redirects
or send 50 MB; every round must end within its bound, keep what was archived and stay small in memory."""
import gzip
import glob
import json
import os
import socket
import socketserver
import threading
import time

from common import figure, run

ENTITY_HITS = []


def rss(items, title="Flux"):
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>' + title + "</title>"
            + "".join(f"<item><guid>{guid}</guid><title>{t}</title><link>{link}</link><description>{d}</description>"
                      f"<pubDate>Tue, 24 Oct 2023 10:00:00 GMT</pubDate></item>" for guid, t, link, d in items)
            + "</channel></rss>").encode()


GOOD_BODY = "Un long article complet sur la politique agricole et les récoltes de la saison. " * 12


class Handler(socketserver.StreamRequestHandler):
    """One behaviour per path; each address of 127.0.0.x is a host of its own, so the fetcher's per-host turns let
    the faults run side by side."""

    def handle(self):
        try:
            request = self.rfile.readline().decode("latin-1")
            while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                pass
            path = request.split(" ")[1] if " " in request else "/"
            getattr(self, "route_" + path.strip("/").split(".")[0].replace("-", "_"), self.route_missing)(path)
        except (OSError, ValueError):
            pass

    def answer(self, status, body, content_type="application/rss+xml; charset=utf-8", extra=""):
        self.wfile.write(f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\nConnection: close\r\n{extra}\r\n".encode() + body)

    def route_missing(self, path):
        self.answer("404 Not Found", b"", "text/plain")

    def route_robots(self, path):
        self.answer("404 Not Found", b"", "text/plain")

    def route_good(self, path):
        host = self.server.server_address[0]
        port = self.server.server_address[1]
        self.answer("200 OK", rss([(f"good-{i}", f"Bonne nouvelle {i}", f"http://{host}:{port}/article-{i}", GOOD_BODY) for i in range(5)], "Bon Flux"))

    def route_drop(self, path):
        self.connection.shutdown(socket.SHUT_RDWR)

    def route_dropmid(self, path):
        body = rss([("x", "t", "http://x/", "d")])
        self.wfile.write(f"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body[: len(body) // 2])
        self.wfile.flush()
        self.connection.shutdown(socket.SHUT_RDWR)

    def route_stall(self, path):
        self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: 100000\r\n\r\n<?xml version=\"1.0\"?><rss><channel>")
        self.wfile.flush()
        self.server.stopped.wait(300)

    def route_silent(self, path):
        self.server.stopped.wait(300)

    def route_drip(self, path):
        self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n\r\n")
        while not self.server.stopped.wait(0.5):
            self.wfile.write(b" ")
            self.wfile.flush()

    def route_garbage(self, path):
        self.answer("200 OK", os.urandom(200_000))

    def route_loop(self, path):
        self.answer("302 Found", b"", extra=f"Location: {path}\r\n")

    def route_pingpong(self, path):
        self.answer("302 Found", b"", extra="Location: /pong.rss\r\n")

    def route_pong(self, path):
        self.answer("302 Found", b"", extra="Location: /pingpong.rss\r\n")

    def route_huge(self, path):
        self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nConnection: close\r\n\r\n<rss><channel><title>Gros</title><item><title>t</title><description>")
        chunk = b"x" * 65536
        for _ in range(50 * 16):
            self.wfile.write(chunk)

    def route_bomb(self, path):
        body = gzip.compress(b"<rss><channel><title>B</title><item><title>t</title><description>" + b" " * (200 * 1024 * 1024), 9)
        self.answer("200 OK", body, extra="Content-Encoding: gzip\r\n")

    def route_xxe(self, path):
        host, port = self.server.server_address
        body = (f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY e SYSTEM "http://{host}:{port}/entity"><!ENTITY f SYSTEM "file:///etc/passwd">]>'
                f'<rss version="2.0"><channel><title>X</title><item><guid>xxe</guid><title>t &e; &f;</title><description>{GOOD_BODY}</description></item></channel></rss>')
        self.answer("200 OK", body.encode())

    def route_entity(self, path):
        ENTITY_HITS.append(path)
        self.answer("200 OK", b"LEAKED")

    def route_article_0(self, path):
        self.article(0)

    def article(self, i):
        self.answer("200 OK", f"<html><head><title>Bonne nouvelle {i}</title></head><body><article><p>{GOOD_BODY}</p></article></body></html>".encode(), "text/html; charset=utf-8")


for _i in range(1, 5):
    setattr(Handler, f"route_article_{_i}", lambda self, path, i=_i: self.article(i))


class Site(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, host):
        self.stopped = threading.Event()
        super().__init__((host, 0), Handler)


FEEDS = ["good", "drop", "dropmid", "stall", "silent", "drip", "garbage", "loop", "pingpong", "huge", "bomb", "xxe"]


def drill_crawler(env):
    folder = env.fresh("crawler")
    sites = []
    urls = []
    for n, feed in enumerate(FEEDS):
        site = Site(f"127.0.0.{n + 2}")
        threading.Thread(target=site.serve_forever, daemon=True).start()
        sites.append(site)
        urls.append(f"http://127.0.0.{n + 2}:{site.server_address[1]}/{feed}.rss")
    sources = os.path.join(folder, "sources.txt")
    with open(sources, "w") as f:
        f.write("\n".join(urls) + "\n")
    archive, index = os.path.join(folder, "archive"), os.path.join(folder, "index")
    rounds = int(os.environ.get("CRAWL_ROUNDS", "3"))
    bound = float(os.environ.get("ROUND_BOUND_S", "150"))
    archived, lost, worst, peak, slow, problems = set(), 0, 0.0, 0.0, 0, []
    for r in range(rounds):
        started = time.time()
        code, out, err, rss = run(["dotnet", env.cli, "fetch", "--sources", sources, "--archive", archive, "--index", index, "--delay", "0", "--json"], timeout=bound * 3)
        seconds = time.time() - started
        worst, peak = max(worst, seconds), max(peak, rss)
        slow += seconds > bound
        summary = json.loads(out.strip().splitlines()[-1]) if out.strip() else {}
        now = archived_ids(archive)
        lost += len(archived - now)
        archived |= now
        failed = {f["url"].rsplit("/", 1)[-1]: f["reason"] for f in summary.get("failed", [])}
        print(f"  round {r + 1}: exit={code} seconds={seconds:.0f} peak_rss_mb={rss:.0f} archived={len(now)} failed={failed}", flush=True)
        if code != 0:
            problems.append(f"round {r + 1} exit {code}: {err.strip()[-200:]}")
    for site in sites:
        site.stopped.set()
        site.shutdown()
    good = all(f"good-{i}" in " ".join(archived) for i in range(5))
    bounded = peak <= float(os.environ.get("CRAWL_RSS_MB", "500"))
    for p in problems:
        print(f"  {p}", flush=True)
    return figure(9, "crawler", not problems and slow == 0 and lost == 0 and good and bounded and not ENTITY_HITS,
                  rounds=rounds, feeds=len(FEEDS), worst_round_s=round(worst), bound_s=round(bound), archived=len(archived),
                  archived_lost=lost, good_items_kept=good, peak_rss_mb=round(peak), entity_requests=len(ENTITY_HITS))


def archived_ids(archive):
    ids = set()
    for path in glob.glob(os.path.join(archive, "**", "*.jsonl"), recursive=True):
        for line in open(path, encoding="utf-8"):
            if line.strip():
                ids.add(json.loads(line)["id"])
    return ids
