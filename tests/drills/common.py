"""Shared plumbing of the drills: the built programs, processes with their peak memory, a server on loopback."""
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import threading
import time
import urllib.parse
import urllib.request


class Env:
    """Where things are: the repo, the work folder (generated inputs and indexes), the built programs, the corpus."""

    def __init__(self):
        self.repo = os.environ["DRILL_REPO"]
        self.work = os.environ["DRILL_WORK"]
        self.cli = os.environ["DRILL_CLI"]
        self.bench = os.environ["DRILL_BENCH"]
        self.corpus = os.environ["DRILL_CORPUS"]
        self.queries = os.environ["DRILL_QUERIES"]
        self.seed = int(os.environ.get("SEED", "1"))
        self.random = random.Random(self.seed)

    def path(self, *parts):
        return os.path.join(self.work, *parts)

    def fresh(self, *parts):
        """An empty folder under the work folder."""
        folder = self.path(*parts)
        shutil.rmtree(folder, ignore_errors=True)
        os.makedirs(folder)
        return folder

    def ns(self, *args, timeout=1800, **kw):
        """Runs newssearch to the end; returns (exit code, stdout, stderr, peak RSS in MB)."""
        return run(["dotnet", self.cli, *args], timeout=timeout, **kw)

    def start_ns(self, *args, **kw):
        return subprocess.Popen(["dotnet", self.cli, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)

    def tool(self, *args, timeout=1800):
        return run(["dotnet", self.bench, *args], timeout=timeout)

    def check_index(self, index):
        """(clean, documents) as Lucene's CheckIndex sees the folder."""
        code, out, _, _ = self.tool("check", index)
        documents = int(out.split("documents=")[1].split()[0]) if "documents=" in out else -1
        return code == 0 and out.startswith("clean"), documents

    def ids(self, index):
        target = index.rstrip("/") + ".ids"
        self.tool("ids", index, target)
        with open(target, encoding="utf-8") as f:
            return set(f.read().splitlines())

    def corpus_part(self, name, start, count):
        """Lines [start, start+count) of the corpus as a file of its own (a generated input, never committed)."""
        target = self.path(name)
        with open(self.corpus, "rb") as source, open(target, "wb") as out:
            for number, line in enumerate(source):
                if number >= start + count:
                    break
                if number >= start:
                    out.write(line)
        return target


def run(command, timeout=1800, **kw):
    """Runs a process to the end; returns (exit code, stdout, stderr, peak RSS in MB from wait4)."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    out, err = [], []
    readers = [threading.Thread(target=lambda s, b: b.append(s.read()), args=(p, b)) for p, b in ((process.stdout, out), (process.stderr, err))]
    for r in readers:
        r.start()
    code, peak = wait(process, timeout)
    for r in readers:
        r.join()
    return code, out[0].decode("utf-8", "replace"), err[0].decode("utf-8", "replace"), peak


def wait(process, timeout):
    """Waits for a child and returns (exit code, peak RSS in MB); kills it past the timeout (code -9). The peak is the
    kernel's high-water mark of the program's own memory (VmHWM), read while it runs: wait4's ru_maxrss would also
    count this Python process, whose memory a child started with vfork shares until it executes the program."""
    peak = [0.0]
    done = threading.Event()

    def sample():
        while not done.wait(0.05):
            try:
                with open(f"/proc/{process.pid}/status") as f:
                    for line in f:
                        if line.startswith("VmHWM:"):
                            peak[0] = max(peak[0], int(line.split()[1]) / 1024)
            except OSError:
                return

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    timer = threading.Timer(timeout, lambda: process.poll() is None and process.kill())
    timer.start()
    try:
        if process.returncode is None:  # not reaped already by a poll()
            _, status, _ = os.wait4(process.pid, 0)
            process.returncode = os.waitstatus_to_exitcode(status)
    finally:
        timer.cancel()
        done.set()
    return process.returncode, peak[0]


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0


def open_files(pid, folder):
    """(open handles, handles on deleted files of the folder) of a process. Only the folder's: the .NET runtime keeps
    an unlinked memfd of its own (/memfd:doublemapper (deleted)) for executable memory."""
    total = deleted = 0
    for fd in os.listdir(f"/proc/{pid}/fd"):
        total += 1
        try:
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
            deleted += target.startswith(folder) and target.endswith(" (deleted)")
        except OSError:
            pass
    return total, deleted


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`newssearch serve` on a free loopback port, stopped with SIGTERM."""

    def __init__(self, env, index, *extra):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = open(env.path(f"serve-{self.port}.log"), "wb")
        self.process = subprocess.Popen(["dotnet", env.cli, "serve", "--index", index, "--urls", self.base, *extra],
                                        stdout=subprocess.DEVNULL, stderr=self.log)
        deadline = time.time() + 180
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"serve exited with {self.process.returncode}; see {self.log.name}")
            try:
                if get(self.base + "/health")[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError("serve did not become healthy")

    @property
    def pid(self):
        return self.process.pid

    def search(self, query, **params):
        status, _, body = get(self.base + "/api/search?" + urllib.parse.urlencode({"q": query, **params}))
        return status, (json.loads(body) if status == 200 else None)

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


def get(url, timeout=60):
    """(status, headers, body) of a GET, errors included."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def queries(env, limit=None):
    with open(env.queries, encoding="utf-8") as f:
        lines = [q.strip() for q in f if q.strip()]
    return lines[:limit] if limit else lines


def figure(number, name, passed, **figures):
    """The one line a drill prints."""
    text = " ".join(f"{k}={v}" for k, v in figures.items())
    print(f"drill {number} {name}: {'PASS' if passed else 'FAIL'} {text}", flush=True)
    return passed
