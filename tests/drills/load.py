"""Drills 4 and 8: searches from threads and HTTP while the index grows and is rebuilt; wrk for minutes."""
import http.client
import os
import re
import subprocess
import threading
import time
import urllib.parse

from common import Server, figure, open_files, queries, rss_mb


class HttpClient(threading.Thread):
    """One keep-alive client searching in a loop, counting errors and empty answers to queries that matched at start."""

    def __init__(self, server, texts):
        super().__init__()
        self.server, self.texts = server, texts
        self.requests = self.errors = self.empties = 0
        self.stop = False

    def run(self):
        connection = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=60)
        i = 0
        while not self.stop:
            query = self.texts[i % len(self.texts)]
            i += 1
            try:
                connection.request("GET", "/api/search?" + urllib.parse.urlencode({"q": query, "top": 10}))
                response = connection.getresponse()
                body = response.read()
                self.requests += 1
                if response.status != 200:
                    self.errors += 1
                elif b'"total":0,' in body:
                    self.empties += 1
            except (OSError, http.client.HTTPException):
                self.errors += 1
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=60)


def drill_concurrency(env):
    total = sum(1 for _ in open(env.corpus, "rb"))
    first = env.corpus_part("concurrency-first.jsonl", 0, total - 10000)
    last = env.corpus_part("concurrency-last.jsonl", total - 10000, 10000)
    index = env.path("concurrency-index")
    subprocess.run(["rm", "-rf", index])
    env.ns("index", "--source", first, "--index", index)
    texts = queries(env, 200)
    query_file = env.path("concurrency-queries.txt")
    with open(query_file, "w", encoding="utf-8") as f:
        f.write("\n".join(texts) + "\n")
    stop = env.path("concurrency.stop")
    if os.path.exists(stop):
        os.remove(stop)
    server = Server(env, index)
    matching = [q for q in texts if (server.search(q)[1] or {}).get("total", 0) > 0]
    searchers = subprocess.Popen(["dotnet", env.bench, "searchers", "--index", index, "--threads", "8", "--queries", query_file, "--stop-file", stop],
                                 stdout=subprocess.PIPE, stderr=open(env.path("searchers.log"), "wb"))
    client = HttpClient(server, matching)
    client.start()
    time.sleep(5)
    fds_start = open_files(server.pid, index)
    added = env.ns("index", "--source", first, "--source", last, "--index", index, "--json")
    rebuilt = env.ns("reindex", "--source", first, "--source", last, "--index", index, "--json")
    # The server reopens within a second of a commit; a few more seconds of searching before the files are counted.
    time.sleep(5)
    open(stop, "w").close()
    client.stop = True
    client.join()
    out = searchers.communicate()[0].decode()
    time.sleep(2)
    fds_end = open_files(server.pid, index)
    documents = (server.search("président")[1] or {}).get("total")
    server.stop()
    result = dict(re.findall(r"(\w+)=(\S+)", out.split("RESULT", 1)[-1]))
    grew = '"added": 10000' in added[1] or '"added":10000' in added[1]
    threads_ok = searchers.returncode == 0
    print(f"  index: exit={added[0]} added 10000={grew}; reindex: exit={rebuilt[0]}; searchers: {out.strip()}", flush=True)
    print(f"  server fds: start={fds_start[0]} end={fds_end[0]} on deleted files at end={fds_end[1]}", flush=True)
    searches = int(result.get("searches", 0)) + client.requests
    errors = int(result.get("errors", 0)) + client.errors
    empties = int(result.get("empties", 0)) + client.empties
    passed = threads_ok and grew and rebuilt[0] == 0 and errors == 0 and empties == 0 and fds_end[1] == 0 and fds_end[0] <= fds_start[0] + 10
    return figure(4, "concurrency", passed, searches=searches, http_requests=client.requests, errors=errors, empty_results=empties,
                  server_fds=f"{fds_start[0]}->{fds_end[0]}", fds_on_deleted_files=fds_end[1] + int(result.get("fds_on_deleted_files", 0)))


def wrk_segment(env, server, seconds):
    out = subprocess.run(["wrk", "-t2", "-c32", f"-d{seconds}s", "--timeout", "10s", "-s", os.path.join(env.repo, "tests/load/search.lua"),
                          server.base, "--", env.queries], capture_output=True, text=True).stdout
    return dict(re.findall(r"(\w+)=([\d.]+)", out.split("RESULT", 1)[-1]))


def drill_sustained(env, index):
    duration = parse_duration(os.environ.get("DURATION", "5m"))
    segments = 5
    server = Server(env, index)
    wrk_segment(env, server, 5)  # warm-up, not counted
    rss_start = rss_mb(server.pid)
    results = []
    for s in range(segments):
        results.append(wrk_segment(env, server, max(1, duration // segments)))
        print(f"  segment {s + 1}/{segments}: {results[-1]} rss={rss_mb(server.pid):.0f}MB", flush=True)
    rss_end = rss_mb(server.pid)
    server.stop()
    requests = sum(int(r.get("requests", 0)) for r in results)
    errors = sum(int(r.get("errors", 0)) + int(r.get("non2xx", 0)) for r in results)
    p99_first, p99_last = float(results[0].get("p99_ms", 0)), float(results[-1].get("p99_ms", 0))
    stable = p99_last <= max(p99_first * 1.5, p99_first + 50)
    flat = rss_end <= rss_start * 1.25 + 50
    return figure(8, "sustained load", requests > 0 and errors == 0 and stable and flat, duration_s=duration, connections=32,
                  requests=requests, errors=errors, p99_first_ms=p99_first, p99_last_ms=p99_last,
                  rss_start_mb=round(rss_start), rss_end_mb=round(rss_end))


def parse_duration(text):
    number = float(text.rstrip("smh"))
    return int(number * {"s": 1, "m": 60, "h": 3600}.get(text[-1], 1))
