#!/usr/bin/env python3
"""Prints the Markdown table of one scale-benchmark.sh result file: NewsSearch beside the Java peer, medians over runs,
the ratio, and the target each figure is held to.

usage: scale-table.py RESULTS.txt
"""
import re
import statistics
import sys

LINE = re.compile(r"run=(\S+) peer=(\S+) metric=(\S+)(?: slice=(\d+))? value=(\S+)")


def load(path):
    header, values, slices = "", {}, {}
    for line in open(path, encoding="utf-8"):
        if line.startswith("size="):
            header = line.strip()
        m = LINE.match(line.strip())
        if not m:
            continue
        _, peer, metric, slice_, value = m.groups()
        if slice_:
            slices.setdefault(int(slice_), []).append(float(value))
        else:
            values.setdefault((peer, metric), []).append(float(value))
    return header, values, slices


def main():
    header, values, slices = load(sys.argv[1])

    def med(peer, metric):
        v = values.get((peer, metric))
        return statistics.median(v) if v else None

    def ns(metric):
        return med("newssearch", metric)

    def jv(metric):
        return med("lucene-java", metric)

    def fmt(v, unit="", digits=0):
        if v is None:
            return "n/a"
        return f"{v:,.{digits}f}{unit}"

    def ratio(a, b):
        return f"{a / b:.2f}x" if a is not None and b else "n/a"

    mib = 1024 * 1024
    rows = []

    def row(name, a, b, r, target):
        rows.append(f"| {name} | {a} | {b} | {r} | {target} |")

    rate, jrate = ns("index_docs_per_s"), jv("index_docs_per_s")
    row("indexing, articles/s", fmt(rate), fmt(jrate), ratio(rate, jrate), ">= 1.0x")
    if slices:
        first, last = statistics.median(slices[min(slices)]), statistics.median(slices[max(slices)])
        row("indexing, first / last 100k articles, articles/s", f"{first:,.0f} / {last:,.0f}", "", f"{last / first:.2f}", "flat (1.0)")
    peak, jpeak = ns("peak_rss_bytes"), jv("peak_rss_bytes")
    row("indexing, peak memory (RSS)", fmt(peak and peak / mib, " MiB"), fmt(jpeak and jpeak / mib, " MiB"), ratio(peak, jpeak), "< 1,024 MiB")
    size, jsize = ns("index_size_bytes"), jv("index_size_bytes")
    row("index size", fmt(size and size / mib, " MiB"), fmt(jsize and jsize / mib, " MiB"), ratio(size, jsize), "<= 1.2x")
    row("one-shot `search`, whole process (median)", fmt(ns("oneshot_ms"), " ms"), fmt(jv("oneshot_ms"), " ms"),
        ratio(ns("oneshot_ms"), jv("oneshot_ms")), "< 500 ms")
    first, warm = ns("first_search_after_commit_ms"), ns("warm_search_ms")
    row("first search after a commit of 1,000 articles (warm)", f"{fmt(first, ' ms', 1)} ({fmt(warm, ' ms', 1)})",
        f"{fmt(jv('first_search_after_commit_ms'), ' ms', 1)} ({fmt(jv('warm_search_ms'), ' ms', 1)})",
        f"+{fmt(ns('first_minus_warm_ms'), ' ms', 1)} vs +{fmt(jv('first_minus_warm_ms'), ' ms', 1)}", "within 50 ms of warm")
    row("new articles searchable after that commit (NewsSearch reopens in the background)", fmt(ns("visible_after_commit_ms"), " ms"),
        "at once (reopened by the search)", "", "")
    for mode, peer_mode, label in (("full", "snippets", "full search (peer: with snippets)"), ("plain", "nosnippets", "plain search (peer: without snippets)")):
        p50, p99 = ns(f"p50_us_{mode}"), ns(f"p99_us_{mode}")
        j50, j99 = jv(f"p50_us_{peer_mode}"), jv(f"p99_us_{peer_mode}")
        row(f"{label}, p50 / p99", f"{fmt(p50 and p50 / 1000, '', 2)} / {fmt(p99 and p99 / 1000, ' ms', 2)}",
            f"{fmt(j50 and j50 / 1000, '', 2)} / {fmt(j99 and j99 / 1000, ' ms', 2)}",
            f"{ratio(p50, j50)} (p99/p50 {p99 / p50:.1f})" if p50 and p99 else "n/a", "p50 <= peer, p99 < 3x p50")
    for c in (1, 8, 32):
        cell = lambda f: (f"{fmt(f(f'serve_c{c}_rps'), '/s')}, p50 {fmt(f(f'serve_c{c}_p50_ms'), ' ms', 1)}, "
                          f"p99 {fmt(f(f'serve_c{c}_p99_ms'), ' ms', 1)}, {fmt(f(f'serve_c{c}_errors'))} errors")
        row(f"`serve` under wrk, {c} connection{'s' if c > 1 else ''}", cell(ns), cell(jv),
            ratio(ns(f"serve_c{c}_rps"), jv(f"serve_c{c}_rps")), ">= 200/s, p99 < 100 ms, 0 errors" if c == 8 else "")
    rss, jrss = ns("serve_peak_rss_bytes"), jv("serve_peak_rss_bytes")
    row("`serve`, peak memory (RSS)", fmt(rss and rss / mib, " MiB"), fmt(jrss and jrss / mib, " MiB"), ratio(rss, jrss), "< 1,536 MiB")

    print(f"\n{header}\n")
    print("| | NewsSearch | Java peer | NewsSearch/peer | target |")
    print("| --- | --- | --- | --- | --- |")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
