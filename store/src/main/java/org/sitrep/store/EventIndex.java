package org.sitrep.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene half of the store: one document per event (its effective, reviewed state) for full
 * text, filters and facet counts. Derived from the database: each commit records the database
 * version it reflects, and {@link Store#open} catches up whatever a crash left behind.
 */
final class EventIndex implements AutoCloseable {
  /** Facet dimensions, in the order the API lists them. */
  static final List<String> DIMS = List.of("type", "actor", "place", "outlet", "modality",
      "review", "story");
  private static final String VERSION = "db_version";
  /* The event id as a doc value too: a page of hits reads its ids without decompressing stored
   * fields (an index written before it has none: those segments read the stored field). */
  private static final String ID_VALUES = "id_dv";

  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final FacetsConfig facets = new FacetsConfig();
  private volatile SortedSetDocValuesReaderState state;
  private volatile IndexReader stateReader;

  EventIndex(Path dir) throws IOException {
    IndexWriterConfig cfg = new IndexWriterConfig(new StandardAnalyzer());
    cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    cfg.setRAMBufferSizeMB(32);
    writer = new IndexWriter(FSDirectory.open(dir), cfg);
    searchers = new SearcherManager(writer, null);
    for (String d : DIMS) {
      facets.setMultiValued(d, true);
    }
  }

  /** The database version the last commit reflects (0 for a new index). */
  long version() {
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> e : data) {
        if (e.getKey().equals(VERSION)) {
          return Long.parseLong(e.getValue());
        }
      }
    }
    return 0;
  }

  /** Adds or replaces the document of one event (its effective JSON). */
  void put(JsonNode e, long seq) throws IOException {
    Document d = new Document();
    String id = e.path("id").asText();
    d.add(new StringField("id", id, Field.Store.YES));
    d.add(new BinaryDocValuesField(ID_VALUES, new BytesRef(id)));
    StringBuilder text = new StringBuilder();
    text.append(e.path("event_text").asText("")).append('\n');
    text.append(e.path("cite_info").path("title").asText("")).append('\n');
    Set<String> types = new LinkedHashSet<>();
    for (JsonNode t : e.path("event")) {
      types.add(t.asText());
    }
    Set<String> actors = new LinkedHashSet<>();
    for (String role : new String[] {"actor", "recipient"}) {
      for (JsonNode a : e.path(role)) {
        String name = a.path("identifier_text").asText(null);
        if (name == null || name.isBlank()) {
          name = a.path("entity_text").asText("");
        }
        actors.add(name);
        text.append(a.path("entity_text").asText("")).append(' ').append(name).append('\n');
      }
    }
    for (JsonNode c : e.path("claim").path("claimants")) {
      text.append(c.path("name").asText("")).append('\n');
    }
    String place = e.path("event_loc").path("name").asText("");
    text.append(place).append(' ').append(e.path("event_loc").path("text").asText(""));
    d.add(new TextField("text", text.toString(), Field.Store.NO));
    add(d, "type", types);
    add(d, "actor", actors);
    add(d, "place", Set.of(place));
    add(d, "outlet", Set.of(e.path("claim").path("outlet").asText("")));
    add(d, "modality", Set.of(e.path("claim").path("modality").asText("")));
    add(d, "story", Set.of(e.path("story_id").asText("")));
    String review = e.path("review").path("verdict").asText("");
    add(d, "review", Set.of(review.isEmpty() ? "unreviewed" : review));
    String date = e.path("date").asText("");
    if (!date.isEmpty()) {
      d.add(new StringField("date", date, Field.Store.NO));
    }
    // undated last in date order
    d.add(new SortedDocValuesField("date_sort", new BytesRef(date.isEmpty() ? "~" : date)));
    d.add(new NumericDocValuesField("seq", seq));
    writer.updateDocument(new Term("id", id), facets.build(d));
    stale = true;
  }

  private static void add(Document d, String dim, Set<String> values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        d.add(new StringField(dim, v, Field.Store.NO));
        d.add(new SortedSetDocValuesFacetField(dim, v));
      }
    }
  }

  /** Makes everything put so far durable, as reflecting database {@code version}. */
  void commit(long version) throws IOException {
    writer.setLiveCommitData(Map.of(VERSION, Long.toString(version)).entrySet());
    writer.commit();
  }

  /*
   * Searches see everything put so far, committed or not (a near-real-time reader from the
   * writer), reopened at the first search after a change rather than at every change: an ingest
   * that nobody searches does not pay for readers.
   */
  private volatile boolean stale = true;

  private IndexSearcher acquire() throws IOException {
    if (stale) {
      stale = false;
      searchers.maybeRefreshBlocking();
    }
    return searchers.acquire();
  }

  void deleteAll() throws IOException {
    writer.deleteAll();
    stale = true;
  }

  /** What a search found: the page of ids, the total and facet counts. */
  record Hits(List<String> ids, long total, Map<String, Map<String, Integer>> facets) {}

  Hits search(EventQuery q, boolean withFacets, int facetSize) throws IOException {
    Query query = query(q);
    int want = q.offset() + q.limit();
    IndexSearcher s = acquire();
    try {
      boolean relevance = q.q() != null && !q.q().isBlank();
      Sort sort = relevance ? Sort.RELEVANCE : new Sort(new SortField("date_sort",
          SortField.Type.STRING), new SortField("seq", SortField.Type.LONG));
      List<String> ids = new ArrayList<>();
      Map<String, Map<String, Integer>> fc = new LinkedHashMap<>();
      long total;
      if (withFacets && (!q.narrows() || selectsAll(s, q, query))) {
        // every event: counts that change only with the index, computed once per reader
        TopDocs td = s.search(query, Math.max(want, 1), sort);
        total = td.totalHits.value;
        collect(s, td, q.offset(), ids);
        fc = allFacets(s.getIndexReader(), facetSize);
      } else if (withFacets) {
        FacetsCollectorManager.FacetsResult r = FacetsCollectorManager.search(s, query,
            Math.max(want, 1), sort, new FacetsCollectorManager());
        total = r.topDocs().totalHits.value;
        collect(s, r.topDocs(), q.offset(), ids);
        SortedSetDocValuesReaderState st = state(s.getIndexReader());
        if (st != null) {
          SortedSetDocValuesFacetCounts counts =
              new SortedSetDocValuesFacetCounts(st, r.facetsCollector());
          for (String dim : DIMS) {
            Map<String, Integer> m = new LinkedHashMap<>();
            FacetResult fr = hasDim(st, dim) ? counts.getTopChildren(facetSize, dim) : null;
            if (fr != null) {
              for (LabelAndValue lv : fr.labelValues) {
                m.put(lv.label, lv.value.intValue());
              }
            }
            fc.put(dim, m);
          }
        }
      } else {
        TopDocs td = s.search(query, Math.max(want, 1), sort);
        total = td.totalHits.value;
        collect(s, td, q.offset(), ids);
      }
      return new Hits(ids, total, fc);
    } finally {
      searchers.release(s);
    }
  }

  /** Ids of every event the query selects, at most {@code max}, in its order. */
  List<String> searchAll(EventQuery q, int max) throws IOException {
    IndexSearcher s = acquire();
    try {
      boolean relevance = q.q() != null && !q.q().isBlank();
      Sort sort = relevance ? Sort.RELEVANCE : new Sort(new SortField("date_sort",
          SortField.Type.STRING), new SortField("seq", SortField.Type.LONG));
      TopDocs td = s.search(query(q), Math.max(1, Math.min(max, s.getIndexReader().maxDoc())),
          sort);
      List<String> ids = new ArrayList<>();
      collect(s, td, 0, ids);
      return ids;
    } finally {
      searchers.release(s);
    }
  }

  /** Matching events per story, most first. */
  Map<String, Integer> storyCounts(EventQuery q) throws IOException {
    IndexSearcher s = acquire();
    try {
      FacetsCollectorManager.FacetsResult r = FacetsCollectorManager.search(s, query(q), 1,
          new FacetsCollectorManager());
      Map<String, Integer> m = new LinkedHashMap<>();
      SortedSetDocValuesReaderState st = state(s.getIndexReader());
      if (st != null && hasDim(st, "story")) {
        FacetResult fr = new SortedSetDocValuesFacetCounts(st, r.facetsCollector())
            .getTopChildren(100_000, "story");
        if (fr != null) {
          for (LabelAndValue lv : fr.labelValues) {
            m.put(lv.label, lv.value.intValue());
          }
        }
      }
      return m;
    } finally {
      searchers.release(s);
    }
  }

  /*
   * Whether a query without words selects every event (a filter every event passes, such as
   * "unreviewed" in a store nobody reviewed yet): its facet counts are then those of every
   * event, computed once per reader, not counted again over the whole index.
   */
  private static boolean selectsAll(IndexSearcher s, EventQuery q, Query query)
      throws IOException {
    return (q.q() == null || q.q().isBlank())
        && s.count(query) == s.getIndexReader().numDocs();
  }

  private volatile IndexReader allReader;
  private volatile Map<String, Map<String, Integer>> allCounts;

  private Map<String, Map<String, Integer>> allFacets(IndexReader r, int size)
      throws IOException {
    if (allReader != r) {
      synchronized (this) {
        if (allReader != r) {
          Map<String, Map<String, Integer>> fc = new LinkedHashMap<>();
          SortedSetDocValuesReaderState st = state(r);
          SortedSetDocValuesFacetCounts counts = st == null ? null
              : new SortedSetDocValuesFacetCounts(st);
          for (String dim : DIMS) {
            Map<String, Integer> m = new LinkedHashMap<>();
            FacetResult fr = counts != null && hasDim(st, dim)
                ? counts.getTopChildren(size, dim) : null;
            if (fr != null) {
              for (LabelAndValue lv : fr.labelValues) {
                m.put(lv.label, lv.value.intValue());
              }
            }
            fc.put(dim, m);
          }
          allCounts = fc;
          allReader = r;
        }
      }
    }
    return allCounts;
  }

  private static boolean hasDim(SortedSetDocValuesReaderState st, String dim) {
    return st.getOrdRange(dim) != null;
  }

  private static void collect(IndexSearcher s, TopDocs td, int offset, List<String> ids)
      throws IOException {
    ScoreDoc[] sd = td.scoreDocs;
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    org.apache.lucene.index.StoredFields stored = null;
    for (int i = offset; i < sd.length; i++) {
      int doc = sd[i].doc;
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      BinaryDocValues v = leaf.reader().getBinaryDocValues(ID_VALUES);
      if (v != null && v.advanceExact(doc - leaf.docBase)) {
        ids.add(v.binaryValue().utf8ToString());
      } else {
        stored = stored != null ? stored : s.storedFields();
        ids.add(stored.document(doc).get("id"));
      }
    }
  }

  private SortedSetDocValuesReaderState state(IndexReader r) throws IOException {
    if (stateReader != r) {
      synchronized (this) {
        if (stateReader != r) {
          try {
            state = new DefaultSortedSetDocValuesReaderState(r, facets);
          } catch (IllegalArgumentException empty) {
            state = null; // no facet field indexed yet
          }
          stateReader = r;
        }
      }
    }
    return state;
  }

  static Query query(EventQuery q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean any = false;
    if (q.q() != null && !q.q().isBlank()) {
      SimpleQueryParser parser = new SimpleQueryParser(new StandardAnalyzer(), "text");
      parser.setDefaultOperator(BooleanClause.Occur.MUST); // every word, as analysts expect
      Query text = parser.parse(q.q());
      if (text == null) {
        text = new MatchAllDocsQuery();
      }
      b.add(text, BooleanClause.Occur.MUST);
      any = true;
    }
    for (Map.Entry<String, String> f : q.filters().entrySet()) {
      b.add(new TermQuery(new Term(f.getKey(), f.getValue())), BooleanClause.Occur.FILTER);
      any = true;
    }
    if (q.from() != null || q.to() != null) {
      b.add(TermRangeQuery.newStringRange("date", q.from(), q.to() == null ? null : q.to() + "~",
          true, true), BooleanClause.Occur.FILTER);
      any = true;
    }
    if (!any) {
      return new MatchAllDocsQuery();
    }
    b.add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
    return b.build();
  }

  @Override
  public void close() throws IOException {
    searchers.close();
    writer.close();
  }
}
