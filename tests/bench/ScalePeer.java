// The Java Lucene peer's side of tests/bench/scale-benchmark.sh, compiled together with
// ../shared/bench/peers/lucene/FrBench.java (same analyzer, query parser and highlighter settings):
//   java -cp CP ScalePeer oneshot <indexDir> <query>                     one search with snippets, printed (timed whole)
//   java -cp CP ScalePeer refresh <indexDir> <queries.txt> <new.jsonl> [rounds] [batch]
//        warm search vs first search after a commit of `batch` new articles (openIfChanged + search); deletes them after
//   java -cp CP ScalePeer serve <indexDir> <port>                        GET /api/search?q=..&top=10 with snippets, JSON
// Prints lines: peer=lucene-java metric=<m> value=<v>

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpServer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.apache.lucene.search.highlight.TokenSources;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.FSDirectory;

import java.io.File;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

public class ScalePeer {
    static final Analyzer ANALYZER = new FrBench.FrAnalyzer();

    public static void main(String[] args) throws Exception {
        if (args.length >= 3 && args[0].equals("oneshot")) oneshot(args[1], args[2]);
        else if (args.length >= 4 && args[0].equals("refresh")) refresh(args[1], args[2], args[3],
                args.length > 4 ? Integer.parseInt(args[4]) : 3, args.length > 5 ? Integer.parseInt(args[5]) : 1000);
        else if (args.length >= 3 && args[0].equals("serve")) serve(args[1], Integer.parseInt(args[2]));
        else {
            System.err.println("usage: ScalePeer oneshot <indexDir> <query> | refresh <indexDir> <queries.txt> <new.jsonl> [rounds] [batch] | serve <indexDir> <port>");
            System.exit(2);
        }
    }

    static void metric(String name, double v) {
        System.out.println("peer=lucene-java metric=" + name + " value=" + String.format(java.util.Locale.ROOT, "%.3f", v));
        System.out.flush();
    }

    /** FrBench's query: title^2 body, OR, escaped text. */
    static Query parse(String text) throws Exception {
        Map<String, Float> boosts = new HashMap<>();
        boosts.put("title", 2.0f);
        boosts.put("body", 1.0f);
        MultiFieldQueryParser qp = new MultiFieldQueryParser(FrBench.V, new String[]{"title", "body"}, ANALYZER, boosts);
        qp.setDefaultOperator(QueryParser.Operator.OR);
        return qp.parse(QueryParser.escape(text));
    }

    static IndexSearcher searcher(DirectoryReader reader) {
        IndexSearcher s = new IndexSearcher(reader);
        s.setSimilarity(new BM25Similarity());
        return s;
    }

    /** FrBench's search with snippets: top 10, stored id, title and body, a 200-character Highlighter snippet of the body. */
    static List<String[]> search(IndexSearcher searcher, String text) throws Exception {
        Query q = parse(text);
        TopDocs td = searcher.search(q, 10);
        QueryScorer scorer = new QueryScorer(q, "body");
        Highlighter hl = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer);
        hl.setTextFragmenter(new SimpleSpanFragmenter(scorer, 200));
        List<String[]> rows = new ArrayList<>();
        for (ScoreDoc sd : td.scoreDocs) {
            Document d = searcher.doc(sd.doc);
            String body = d.get("body");
            TokenStream ts = TokenSources.getAnyTokenStream(searcher.getIndexReader(), sd.doc, "body", d, ANALYZER);
            String snip = hl.getBestFragment(ts, body);
            if (snip == null) snip = SimpleHTMLEncoder.htmlEncode(body.substring(0, Math.min(200, body.length())));
            rows.add(new String[]{d.get("id"), d.get("title"), snip, Long.toString(td.totalHits)});
        }
        return rows;
    }

    static void oneshot(String indexDir, String query) throws Exception {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(new File(indexDir)))) {
            for (String[] row : search(searcher(reader), query)) System.out.println(row[0] + "\t" + row[1] + "\n  " + row[2]);
        }
    }

    static double ms(long t0) { return (System.nanoTime() - t0) / 1e6; }

    static double median(List<Double> v) {
        Double[] s = v.toArray(new Double[0]);
        Arrays.sort(s);
        return s[(int) Math.ceil(0.5 * s.length) - 1];
    }

    static void refresh(String indexDir, String queriesFile, String freshFile, int rounds, int batch) throws Exception {
        List<String> queries = new ArrayList<>();
        for (String l : Files.readAllLines(Paths.get(queriesFile), StandardCharsets.UTF_8)) if (!l.trim().isEmpty()) queries.add(l.trim());
        List<String> fresh = new ArrayList<>();
        for (String l : Files.readAllLines(Paths.get(freshFile), StandardCharsets.UTF_8)) if (!l.isEmpty() && fresh.size() < rounds * batch) fresh.add(l);
        IndexWriterConfig iwc = new IndexWriterConfig(FrBench.V, ANALYZER);
        iwc.setSimilarity(new BM25Similarity());
        IndexWriter writer = new IndexWriter(FSDirectory.open(new File(indexDir)), iwc);
        DirectoryReader reader = DirectoryReader.open(FSDirectory.open(new File(indexDir)));
        IndexSearcher searcher = searcher(reader);
        for (int pass = 0; pass < 2; pass++) for (String q : queries) search(searcher, q);
        List<Double> warm = new ArrayList<>(), first = new ArrayList<>(), second = new ArrayList<>(), diff = new ArrayList<>();
        List<Term> added = new ArrayList<>();
        try {
            for (int round = 0; round < rounds; round++) {
                String query = queries.get((round * 7) % queries.size());
                List<Double> w = new ArrayList<>();
                for (int i = 0; i < 5; i++) { long t0 = System.nanoTime(); search(searcher, query); w.add(ms(t0)); }
                warm.add(median(w));
                for (String line : fresh.subList(round * batch, (round + 1) * batch)) {
                    JsonObject o = JsonParser.parseString(line).getAsJsonObject();
                    Document doc = new Document();
                    doc.add(new StringField("id", o.get("id").getAsString(), Field.Store.YES));
                    doc.add(new TextField("title", o.get("title").getAsString(), Field.Store.YES));
                    doc.add(new TextField("body", o.get("body").getAsString(), Field.Store.YES));
                    writer.addDocument(doc);
                    added.add(new Term("id", o.get("id").getAsString()));
                }
                writer.commit();
                long t0 = System.nanoTime();
                DirectoryReader newer = DirectoryReader.openIfChanged(reader);
                if (newer != null) { reader.close(); reader = newer; searcher = searcher(reader); }
                search(searcher, query);
                first.add(ms(t0));
                t0 = System.nanoTime();
                search(searcher, query);
                second.add(ms(t0));
                diff.add(first.get(round) - warm.get(round));
                System.err.printf(java.util.Locale.ROOT, "round %d: \"%s\" warm %.1f ms, first after commit %.1f ms, then %.1f ms%n",
                        round + 1, query, warm.get(round), first.get(round), second.get(round));
            }
        } finally {
            writer.deleteDocuments(added.toArray(new Term[0]));
            writer.close();
            reader.close();
        }
        metric("warm_search_ms", median(warm));
        metric("first_search_after_commit_ms", median(first));
        metric("first_minus_warm_ms", median(diff));
        metric("second_search_after_commit_ms", median(second));
    }

    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }

    static void serve(String indexDir, int port) throws Exception {
        SearcherManager manager = new SearcherManager(FSDirectory.open(new File(indexDir)), null);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
        server.createContext("/health", ex -> { ex.sendResponseHeaders(200, -1); ex.close(); });
        server.createContext("/api/search", ex -> {
            int status = 200;
            byte[] out;
            IndexSearcher s = null;
            try {
                String q = "";
                String raw = ex.getRequestURI().getRawQuery();
                for (String kv : raw == null ? new String[0] : raw.split("&"))
                    if (kv.startsWith("q=")) q = URLDecoder.decode(kv.substring(2), "UTF-8");
                s = manager.acquire();
                s.setSimilarity(new BM25Similarity());
                StringBuilder b = new StringBuilder("{\"hits\":[");
                List<String[]> rows = search(s, q);
                for (int i = 0; i < rows.size(); i++) {
                    String[] r = rows.get(i);
                    b.append(i > 0 ? "," : "").append("{\"id\":").append(json(r[0])).append(",\"title\":").append(json(r[1]))
                     .append(",\"snippet\":").append(json(r[2])).append('}');
                }
                out = b.append("]}").toString().getBytes(StandardCharsets.UTF_8);
            } catch (Exception e) {
                status = 500;
                out = String.valueOf(e).getBytes(StandardCharsets.UTF_8);
            } finally {
                if (s != null) try { manager.release(s); } catch (Exception ignored) { }
            }
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(status, out.length);
            try (OutputStream os = ex.getResponseBody()) { os.write(out); }
        });
        // A pool as large as the most connections the benchmark opens, as Kestrel serves each connection without queueing.
        server.setExecutor(Executors.newFixedThreadPool(32));
        server.start();
        System.err.println("serving " + indexDir + " on 127.0.0.1:" + port);
    }
}
