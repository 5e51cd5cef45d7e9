"""Runs the drills named in DRILLS (default: all nine) and prints one figure line per drill; exit 1 if any fails."""
import os
import sys
import traceback

sys.path.insert(0, os.path.dirname(__file__))

from common import Env, figure  # noqa: E402
import crash  # noqa: E402
import crawler  # noqa: E402
import hostile_files  # noqa: E402
import hostile_http  # noqa: E402
import load  # noqa: E402


def main():
    env = Env()
    drills = {
        1: lambda: crash.drill_index(env),
        2: lambda: crash.drill_reindex(env),
        3: lambda: crash.drill_disk_full(env),
        4: lambda: load.drill_concurrency(env),
        5: lambda: hostile_files.drill_hostile_files(env),
        6: lambda: hostile_http.drill_hostile_queries(env, corpus_index(env)),
        7: lambda: hostile_http.drill_exposure(env, corpus_index(env)),
        8: lambda: load.drill_sustained(env, corpus_index(env)),
        9: lambda: crawler.drill_crawler(env),
    }
    chosen = [int(d) for d in os.environ.get("DRILLS", "1 2 3 4 5 6 7 8 9").split()]
    results = []
    for number in chosen:
        print(f"--- drill {number}", flush=True)
        try:
            results.append(drills[number]())
        except Exception:  # a drill that breaks is a failed drill, with its trace, and the others still run
            traceback.print_exc()
            results.append(figure(number, "broke", False))
    return 0 if all(results) else 1


def corpus_index(env):
    """The whole corpus indexed once, shared by the drills that only read it."""
    index = env.path("corpus-index")
    clean, documents = env.check_index(index) if os.path.exists(index) else (False, 0)
    if not clean or documents <= 0:
        code, _, err, _ = env.ns("index", "--source", env.corpus, "--index", index)
        if code != 0:
            raise RuntimeError(f"indexing the corpus failed: {err}")
    return index


if __name__ == "__main__":
    sys.exit(main())
