"""Drills 1-3: SIGKILL during `index` and `reindex`, and a disk that fills up mid-run."""
import os
import shutil
import signal
import subprocess
import threading
import time

from common import Server, figure, wait

SEGMENT_FILES = (".fdt", ".fdx", ".cfs", ".cfe", ".si", ".tim", ".tip", ".doc", ".pos", ".pay", ".nvd", ".dvd", ".del", ".liv")


def files(index):
    try:
        return set(os.listdir(index))
    except FileNotFoundError:
        return set()


def wait_for_moment(env, process, index, moment, delay):
    """Sleeps `delay` seconds, then (for a moment other than 'random') waits until the index shows that moment:
    'segment' a new segment file being written (a flush or a merge), 'commit' a new segments_N file (a commit in
    progress). Returns False when the run ended first."""
    end = time.time() + delay
    while time.time() < end:
        if process.poll() is not None:
            return False
        time.sleep(0.05)
    if moment == "random":
        return process.poll() is None
    seen = files(index)
    deadline = time.time() + 600
    while time.time() < deadline and process.poll() is None:
        now = files(index)
        # Lucene 4.8 writes a commit's segments_N directly (then segments.gen, then drops the older commit).
        if moment == "commit" and any(n.startswith("segments_") for n in now - seen):
            return True
        if moment == "segment" and any(n.endswith(SEGMENT_FILES) for n in now - seen):
            return True
        seen |= now
        if moment != "commit":
            time.sleep(0.002)  # a commit is over in a few milliseconds: watched without a pause
    return False


def kill_index_run(env, command, index, moment, delay, snapshot=True):
    """Starts a run, takes the ids of its latest commit, kills it at the moment asked. Returns (killed, ids before)."""
    process = subprocess.Popen(["dotnet", env.cli, *command], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(min(delay, 0.5))
    before = env.ids(index) if snapshot and os.path.exists(index) else set()
    killed = wait_for_moment(env, process, index, moment, max(0.0, delay - 0.5))
    if killed:
        process.send_signal(signal.SIGKILL)
    wait(process, 1800)
    return killed, before


def after_kill(env, index, before, label):
    """The checks after each kill: opens, CheckIndex clean, every id committed before the kill still there."""
    clean, documents = env.check_index(index)
    after = env.ids(index) if clean else set()
    lost = len(before - after)
    ok = clean and lost == 0
    print(f"  {label}: clean={clean} documents={documents} committed_before={len(before)} lost={lost}", flush=True)
    return ok, lost


def drill_index(env):
    kills = int(os.environ.get("KILLS", "20"))
    index = env.path("crash-index")
    total = sum(1 for _ in open(env.corpus, "rb"))
    command = ["index", "--source", env.corpus, "--index", index, "--commit-every", "1000"]
    moments = ["random", "segment", "commit"]
    survived = lost = resumed = resumes = broken = 0
    shutil.rmtree(index, ignore_errors=True)
    k = attempts = 0
    complete = False
    while k < kills and attempts < kills * 3:
        attempts += 1
        if k % 5 == 0 or complete:
            # A fresh index at the start of each chain of kills, and whenever a run got to the end before its kill.
            shutil.rmtree(index, ignore_errors=True)
        moment = moments[k % 3]
        killed, before = kill_index_run(env, command, index, moment, env.random.uniform(1, 12))
        ok, missing = after_kill(env, index, before, f"kill {k + 1} ({moment}{'' if killed else ', run ended first: not counted'})")
        complete = not killed
        lost += missing
        if not killed:
            broken += not ok  # a run that ended before its moment is checked all the same, but is no kill
            continue
        survived += ok
        k += 1
        if k % 5 == 0 or k == kills:
            code, _, _, _ = env.ns(*command)
            clean, documents = env.check_index(index)
            resumes += 1
            resumed += code == 0 and clean and documents == total
            print(f"  resumed run: exit={code} clean={clean} documents={documents}/{total}", flush=True)
    return figure(1, "crash during index", survived == kills and broken == 0 and lost == 0 and resumed == resumes,
                  kills_survived=f"{survived}/{kills}", documents_lost=lost, resumes_to_full_count=f"{resumed}/{resumes}")


def drill_reindex(env):
    kills = int(os.environ.get("REINDEX_KILLS", "10"))
    index = env.path("reindex-index")
    if not os.path.exists(index):
        env.ns("index", "--source", env.corpus, "--index", index)
    expected = env.ids(index)
    server = Server(env, index)
    serving = {"searches": 0, "failures": 0, "stop": False}

    def search_meanwhile():
        while not serving["stop"]:
            status, body = server.search("président", top=1)
            serving["searches"] += 1
            if status != 200 or body["total"] == 0:
                serving["failures"] += 1
            time.sleep(0.05)

    searcher = threading.Thread(target=search_meanwhile)
    searcher.start()
    survived = made = attempts = broken = 0
    moments = ["random", "segment", "commit"]
    while made < kills and attempts < kills * 3:
        attempts += 1
        moment = moments[made % 3]
        # A rebuild takes 20-45 s here: kills within its first 12 s, or at its first flush or its commit after them.
        killed, _ = kill_index_run(env, ["reindex", "--source", env.corpus, "--index", index], index, moment, env.random.uniform(1, 12), snapshot=False)
        ok, _ = after_kill(env, index, expected, f"reindex kill {made + 1} ({moment}{'' if killed else ', run ended first: not counted'})")
        _, stats = server.search("président", top=1)
        passed = ok and env.ids(index) == expected and stats is not None and stats["total"] > 0
        if not killed:
            broken += not passed
            continue
        made += 1
        survived += passed
    code, _, _, _ = env.ns("reindex", "--source", env.corpus, "--index", index)
    clean, documents = env.check_index(index)
    serving["stop"] = True
    searcher.join()
    server.stop()
    completed = code == 0 and clean and documents == len(expected)
    return figure(2, "crash during reindex", survived == kills and broken == 0 and completed and serving["failures"] == 0,
                  kills_survived=f"{survived}/{kills}", next_reindex="completed" if completed else "FAILED",
                  searches_meanwhile=serving["searches"], search_failures=serving["failures"])


def drill_disk_full(env):
    mount = env.path("small-disk")
    os.makedirs(mount, exist_ok=True)
    subprocess.run(["umount", mount], stderr=subprocess.DEVNULL)
    size = os.environ.get("DISK_MB", "40")
    if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}m", "tmpfs", mount]).returncode != 0:
        return figure(3, "disk full", False, reason="cannot-mount-tmpfs")
    try:
        index = os.path.join(mount, "index")
        first = env.corpus_part("disk-first.jsonl", 0, 3000)
        code, _, err, _ = env.ns("index", "--source", first, "--index", index)
        committed = env.ids(index)
        code, out, err, _ = env.ns("index", "--source", first, "--source", env.corpus, "--index", index)
        message = err.strip().splitlines()
        clear = code == 1 and len(message) >= 1 and "Unhandled" not in err and " at " not in err
        clean, documents = env.check_index(index)
        lost = len(committed - env.ids(index)) if clean else len(committed)
        searched = env.ns("search", "président", "--index", index, "--json")
        searchable = searched[0] == 0 and '"total"' in searched[1]
        print(f"  full-disk run: exit={code} stderr={message[-1] if message else ''!r}", flush=True)
        print(f"  after: clean={clean} documents={documents} committed_before={len(committed)} searchable={searchable}", flush=True)
        return figure(3, "disk full", clear and clean and lost == 0 and searchable,
                      error="clear" if clear else "UNCLEAR", index_intact=clean, documents_lost=lost, searchable=searchable)
    finally:
        subprocess.run(["umount", mount])
