"""Drill 5: a folder of hostile files mixed with good articles, indexed by an unprivileged user."""
import gzip
import http.server
import json
import os
import random
import subprocess
import threading
import time

from common import figure, run

CANARY = "CANARYSECRET7731"
TICKER = "Premier titre du bandeau    Deuxième titre du bandeau    Troisième titre"


def good_articles():
    """The good articles: (file name, content, {id: expected fields})."""
    lines, expected = [], {}
    for i in range(20):
        article = {"id": f"good-{i}", "title": f"Bon article numéro {i}", "body": f"Le gouvernement annonce la réforme {i} des retraites.",
                   "source": "Bonne Source", "published": f"2021-03-{i + 1:02d}", "url": f"https://example.org/bon/{i}"}
        lines.append(json.dumps(article, ensure_ascii=False))
        expected[article["id"]] = {k: article[k] for k in ("title", "source", "published", "url")}
    files = [("good/articles.jsonl", "\n".join(lines) + "\n")]
    for i in range(3):
        files.append((f"good/page-{i}.txt", f"{TICKER}\n\nPage scrapée {i}\nPublié dans Le Monde le 0{i + 1} - 09 - 2019\n\nCorps de la page {i}.\n"))
        expected[f"page-{i}"] = {"title": f"Page scrapée {i}", "source": "Le Monde", "published": f"2019-09-0{i + 1}", "url": None}
    files.append(("good/feed.rss", '<?xml version="1.0"?><rss version="2.0"><channel><title>Flux Bon</title>'
                  '<item><guid>rss-good-1</guid><title>Élection au Sénégal</title><link>https://example.org/rss/1</link>'
                  '<description>Le scrutin &lt;b&gt;présidentiel&lt;/b&gt; aura lieu.</description><pubDate>Tue, 24 Oct 2023 10:00:00 GMT</pubDate></item>'
                  '</channel></rss>'))
    expected["rss-good-1"] = {"title": "Élection au Sénégal", "source": "Flux Bon", "published": "2023-10-24", "url": "https://example.org/rss/1"}
    files.append(("good/feed.atom", '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atome Bon</title>'
                  '<entry><id>atom-good-1</id><title>Budget voté</title><link href="https://example.org/atom/1"/>'
                  '<published>2022-05-06T08:00:00Z</published><content type="html">&lt;p&gt;Le budget est voté.&lt;/p&gt;</content></entry></feed>'))
    expected["atom-good-1"] = {"title": "Budget voté", "source": "Atome Bon", "published": "2022-05-06", "url": "https://example.org/atom/1"}
    files.append(("good/page-html.html", '<html><head><title>Titre HTML</title><meta property="og:title" content="La page HTML bonne">'
                  '<meta property="article:published_time" content="2020-01-15"><meta property="og:site_name" content="Site Bon"></head>'
                  '<body><article><h1>La page HTML bonne</h1><p>Un paragraphe sur la santé publique.</p></article></body></html>'))
    expected["page-html"] = {"title": "La page HTML bonne", "source": "Site Bon", "published": "2020-01-15", "url": None}
    return files, expected


def line(**fields):
    return json.dumps(fields, ensure_ascii=False)


def hostile_kinds(folder, xxe_url):
    """Writes every kind of bad input; returns {kind: [paths]}. Generated at run time, never committed."""
    rng = random.Random(5)
    kinds = {}

    def write(kind, name, data, mode="w"):
        path = os.path.join(folder, "bad", name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, mode + ("b" if isinstance(data, bytes) else ""), **({} if isinstance(data, bytes) else {"encoding": "utf-8"})) as f:
            f.write(data)
        kinds.setdefault(kind, []).append(path)
        return path

    write("binary", "binary.jsonl", bytes(rng.randrange(256) for _ in range(100_000)))
    write("empty", "empty.jsonl", b"")
    write("whitespace only", "blank.jsonl", "\n \n\t\r\n" * 1000)
    write("huge single line, not JSON", "huge-line.jsonl", b"a" * (64 * 1024 * 1024))
    write("huge single article", "huge-article.jsonl", line(id="bad-huge-article", title="Énorme", body="mot " * (5 * 1024 * 1024)) + "\n")
    write("invalid UTF-8", "invalid-utf8.jsonl", b'{"id":"bad-utf8","title":"caf\xe9 \xc3\x28 \xff","body":"corps \xed\xa0\x80"}\n')
    write("UTF-16 with BOM", "utf16.jsonl", ("\ufeff" + line(id="bad-utf16", title="Seize", body="bits") + "\n").encode("utf-16-le"))
    write("Latin-1 page", "latin1.txt", f"{TICKER}\n\nÉté à Fès\nPublié dans L'opinion le 24 - 10 - 2023\n\nÇa chauffe.\n".encode("latin-1"))
    write("gzip named .jsonl", "zipped.jsonl", gzip.compress(b'{"id":"x","title":"t","body":"b"}\n'))
    write("PNG named .txt", "image.txt", b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(5000)))
    write("truncated JSON", "truncated.json", '[{"id":"bad-trunc-1","title":"Un","body":"Deux"},{"id":"bad-trunc-2","title":"Tr')
    write("truncated JSON line", "truncated-line.jsonl", line(id="bad-ok-before", title="Avant", body="Texte") + '\n{"id":"bad-cut","title":"Cou')
    write("deeply nested JSON", "deep.json", "[" * 100_000 + "]" * 100_000)
    write("deeply nested JSON line", "deep-line.jsonl", '{"a":' * 50_000 + "1" + "}" * 50_000 + "\n")
    write("wrong JSON types", "types.jsonl", "\n".join([line(id=5, title=["liste"], body={"o": 1}), "null", "[1,2]", '"texte"', line(id="bad-types", title=12, body=True)]) + "\n")
    write("HTML with 100,000 nested elements", "nested.html", "<html><body>" + "<div>" * 100_000 + "profond" + "</div>" * 100_000 + "</body></html>")
    write("HTML of scripts only", "scripts.html", "<html><head><script>alert(1)</script></head><body><script>" + "x=1;" * 10000 + "</script></body></html>")
    write("HTML in a JSON body", "html-body.jsonl", line(id="bad-html-body", title="<script>alert(1)</script>Titre", body="<img src=x onerror=alert(1)> texte <b>gras</b>") + "\n")
    write("XML bomb (billion laughs)", "bomb.rss", '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol "lol">'
          + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
          + ']><rss version="2.0"><channel><title>Bombe</title><item><title>&lol9;</title><description>x</description></item></channel></rss>')
    write("XML quadratic blowup", "quadratic.rss", '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY big "' + "A" * 100_000 + '">]>'
          + '<rss version="2.0"><channel><title>Q</title><item><title>t</title><description>' + "&big;" * 10_000 + "</description></item></channel></rss>")
    write("XML external entity (local file)", "xxe-file.rss", f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{os.path.dirname(folder)}/secret.txt">]>'
          '<rss version="2.0"><channel><title>XXE</title><item><guid>bad-xxe-file</guid><title>Fichier &xxe;</title><description>d &xxe;</description></item></channel></rss>')
    write("XML external entity (loopback URL)", "xxe-http.atom", f'<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY xxe SYSTEM "{xxe_url}/entity"><!ENTITY % remote SYSTEM "{xxe_url}/dtd"> %remote;]>'
          '<feed xmlns="http://www.w3.org/2005/Atom"><title>XXE</title><entry><id>bad-xxe-http</id><title>Lien &xxe;</title><content>c</content></entry></feed>')
    write("XML deeply nested", "deep.xml", '<?xml version="1.0"?><rss version="2.0"><channel><title>P</title><item><title>t</title><description>'
          + "<a>" * 100_000 + "</a>" * 100_000 + "</description></item></channel></rss>")
    write("year 9999 and 0001", "years.jsonl", "\n".join([line(id="bad-9999", title="Futur", body="An 9999", published="9999-12-31"),
                                                          line(id="bad-0001", title="Passé", body="An 1", published="0001-01-01")]) + "\n")
    write("impossible dates", "dates.jsonl", "\n".join(line(id=f"bad-date-{i}", title="Date", body="Texte daté", published=d)
                                                       for i, d in enumerate(["2023-02-30", "99999-01-01", "-5", "0000-00-00", "24/13/2023", "1e308", "2023-10-24T25:61:00Z"])) + "\n")
    write("100,000-character title", "long-title.jsonl", "\n".join([line(id="bad-long-title", title="mot " * 25_000, body="b"),
                                                                   line(id="bad-long-token", title="a" * 100_000, body="b")]) + "\n")
    write("100,000-character id", "long-id.jsonl", line(id="i" * 100_000, title="Id immense", body="b") + "\n")
    write("100,000-character outlet", "long-source.jsonl", line(id="bad-long-source", title="Source immense", body="b", source="S" * 100_000) + "\n")
    write("100,000-character URL", "long-url.jsonl", line(id="bad-long-url", title="URL immense", body="b", url="https://e.org/" + "u" * 100_000) + "\n")
    write("control characters", "control.jsonl", json.dumps({"id": "bad-control", "title": "Ti\u0000tre\u0007 \u001b[31mrouge\u2028", "body": "co\u0001rps \ud800 \u202e"}) + "\n")
    write("line endings CR only", "cr.jsonl", "\r".join([line(id="bad-cr-1", title="Un", body="1"), line(id="bad-cr-2", title="Deux", body="2")]))
    write("too large to read whole (sparse 6 GB)", "sparse.txt", b"")
    os.truncate(kinds["too large to read whole (sparse 6 GB)"][0], 6 * 1024 ** 3)
    write("feed of 10,000 empty items", "empty-items.rss", '<rss version="2.0"><channel><title>Vide</title>' + "<item></item>" * 10000 + "</channel></rss>")
    write("same id in two files", "dup-a.jsonl", line(id="bad-dup", title="Version A", body="a") + "\n")
    write("same id in two files", "dup-b.jsonl", line(id="bad-dup", title="Version B", body="b") + "\n")
    bad = os.path.join(folder, "bad")
    os.makedirs(os.path.join(bad, "loop"), exist_ok=True)
    os.symlink(os.path.join(bad, "loop"), os.path.join(bad, "loop", "again"))
    os.symlink("self.jsonl", os.path.join(bad, "self.jsonl"))
    kinds["symlink loops"] = [os.path.join(bad, "loop", "again"), os.path.join(bad, "self.jsonl")]
    unreadable = write("unreadable file", "unreadable.jsonl", line(id="bad-unreadable", title="Secret", body="x") + "\n")
    os.chmod(unreadable, 0)
    fifo = os.path.join(bad, "fifo.jsonl")
    os.mkfifo(fifo)
    kinds["FIFO named .jsonl"] = [fifo]
    os.makedirs(os.path.join(bad, "folder.jsonl"))
    kinds["folder named .jsonl"] = [os.path.join(bad, "folder.jsonl")]
    for i in range(400):
        write("files vanishing mid-run", f"vanish/{i:03d}.jsonl", line(id=f"bad-vanish-{i}", title=f"Éphémère {i}", body="Bientôt parti.") + "\n")
    return kinds


class EntityServer(http.server.BaseHTTPRequestHandler):
    requests = []

    def do_GET(self):
        EntityServer.requests.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(CANARY.encode())

    def log_message(self, *args):
        pass


def drill_hostile_files(env):
    root = env.fresh("hostile")
    folder = os.path.join(root, "sources")
    os.makedirs(folder)
    with open(os.path.join(root, "secret.txt"), "w") as f:
        f.write(CANARY)
    entity = http.server.ThreadingHTTPServer(("127.0.0.1", 0), EntityServer)
    threading.Thread(target=entity.serve_forever, daemon=True).start()
    files, expected = good_articles()
    for name, content in files:
        os.makedirs(os.path.dirname(os.path.join(folder, name)), exist_ok=True)
        with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
            f.write(content)
    kinds = hostile_kinds(folder, f"http://127.0.0.1:{entity.server_address[1]}")
    index = os.path.join(root, "index")
    home = os.path.join(root, "home")
    os.makedirs(home)
    for path in (root, home):
        os.chmod(path, 0o777)
    # Root reads every file: the run is made by nobody, so an unreadable file really is unreadable.
    vanishing = sorted(kinds["files vanishing mid-run"])
    remover = threading.Thread(target=lambda: [time.sleep(0.002) or os.path.exists(p) and os.remove(p) for p in vanishing[100:]])
    process_args = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "env", f"HOME={home}", f"DOTNET_CLI_HOME={home}",
                    "dotnet", env.cli, "index", "--source", folder, "--index", index, "--json"]
    started = time.time()
    timer = threading.Timer(1.0, remover.start)
    timer.start()
    code, out, err, peak = run(process_args, timeout=300)
    elapsed = time.time() - started
    remover.join() if remover.is_alive() else None
    crashed = code != 0 or "Unhandled exception" in err or "   at " in err
    summary = json.loads(out) if out.strip().startswith("{") else {}
    skipped = {s["path"]: s["reason"] for s in summary.get("skipped", [])}
    dump = os.path.join(root, "dump.jsonl")
    env.tool("dump", index, dump)
    documents = [json.loads(l) for l in open(dump, encoding="utf-8")] if os.path.exists(dump) else []
    by_id = {d["id"]: d for d in documents}
    lost = [i for i, fields in expected.items() if i not in by_id or any(by_id[i][k] != v for k, v in fields.items())]
    for i in lost:
        print(f"  good article lost or wrong: {i}: {by_id.get(i)}", flush=True)
    for kind, paths in kinds.items():
        outcome = [skipped.get(p) for p in paths if p in skipped]
        print(f"  {kind}: {'skipped: ' + outcome[0] if outcome else 'indexed'}", flush=True)
    leaked = any(CANARY in json.dumps(d) for d in documents) or len(EntityServer.requests) > 0
    huge = [d for d in documents if len(d.get("title") or "") > 1_000 or len(d.get("id") or "") > 1_000 or len(d.get("source") or "") > 200
            or any(ord(c) < 32 and c not in "\n\r\t" for c in (d.get("title") or "") + (d.get("body") or ""))]
    entity.shutdown()
    print(f"  exit={code} seconds={elapsed:.0f} peak_rss_mb={peak:.0f} documents={len(documents)} skipped={len(skipped)} stderr_tail={err.strip().splitlines()[-1:] if err.strip() else ''}", flush=True)
    bound = float(os.environ.get("HOSTILE_RSS_MB", "1500"))
    return figure(5, "hostile files", not crashed and not lost and not leaked and peak <= bound and not huge,
                  kinds=len(kinds), crashes=int(crashed), good_articles_lost=len(lost), peak_rss_mb=round(peak),
                  external_entities_resolved=int(leaked), entity_requests=len(EntityServer.requests), unsafe_fields_indexed=len(huge), seconds=round(elapsed))
