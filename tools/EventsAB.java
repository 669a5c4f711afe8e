/*
 * Event coding, two builds side by side in one JVM: each build's classes in a class loader of
 * their own; the pages are ingested and their mentions found once per build, then passes of
 * EventCoder.code over the documents (anchored on their publication dates) alternate A B, B A,
 * ..., each timed in CPU time of the coding thread (steadier than wall time on a shared, loaded
 * machine). The first third of the rounds is warm-up; prints the medians per build (documents
 * coded per CPU second) and of the per-round ratio B/A.
 *
 *   java -Xmx2g tools/EventsAB.java SECONDS OLD.jar NEW.jar ../shared/dev-pages ../shared/seeds
 *
 * A build is a jar or a class path (colon-separated), e.g. core/target/classes:OLD.jar.
 */
import java.util.*;
import java.net.*;
import java.nio.file.*;
import java.lang.reflect.*;
import java.lang.management.*;

public class EventsAB {
  static class V {
    String name; Object coder; Method code; List<Object[]> docs = new ArrayList<>();
    V(String name, String cp, List<String> dirs) throws Exception {
      this.name = name;
      List<URL> urls = new ArrayList<>();
      for (String p : cp.split(":")) urls.add(Paths.get(p).toUri().toURL());
      ClassLoader l = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
      Class<?> bench = l.loadClass("org.sitrep.pipeline.Benchmark");
      List<?> pages = (List<?>) bench.getMethod("load", List.class).invoke(null, dirs);
      Class<?> pr = l.loadClass("org.sitrep.ingest.PageReader");
      Object reader = pr.getConstructor().newInstance();
      Method read = pr.getMethod("read", byte[].class, String.class);
      Class<?> page = l.loadClass("org.sitrep.pipeline.Benchmark$Page");
      Class<?> ok = l.loadClass("org.sitrep.ingest.PageReader$Ok");
      Class<?> kn = l.loadClass("org.sitrep.knowledge.Knowledge");
      Object k = kn.getMethod("defaults").invoke(null);
      Class<?> mf = l.loadClass("org.sitrep.mentions.MentionFinder");
      Object finder = mf.getConstructor(kn).newInstance(k);
      Class<?> doc = l.loadClass("org.sitrep.model.Document");
      Method find = mf.getMethod("find", doc);
      Class<?> ec = l.loadClass("org.sitrep.events.EventCoder");
      coder = ec.getConstructor(kn).newInstance(k);
      Class<?> anc = l.loadClass("org.sitrep.time.DateResolver$Anchor");
      code = ec.getMethod("code", doc, List.class, anc);
      Method published = anc.getMethod("published", java.time.LocalDate.class);
      Object none = anc.getField("NONE").get(null);
      for (Object p : pages) {
        Object res = read.invoke(reader, page.getMethod("bytes").invoke(p), page.getMethod("input").invoke(p));
        if (ok.isInstance(res)) {
          Object d = ok.getMethod("document").invoke(res);
          Object fr = find.invoke(finder, d);
          List<?> ms = (List<?>) fr.getClass().getMethod("mentions").invoke(fr);
          Object pub = doc.getMethod("published").invoke(d);
          String v = (String) pub.getClass().getMethod("value").invoke(pub);
          Object a = v == null ? none : published.invoke(null, java.time.LocalDate.parse(v.substring(0, 10)));
          docs.add(new Object[] {d, ms, a});
        }
      }
    }
    double pass(int reps) throws Exception {
      ThreadMXBean mx = ManagementFactory.getThreadMXBean();
      long c0 = mx.getCurrentThreadCpuTime();
      for (int r = 0; r < reps; r++) for (Object[] d : docs) code.invoke(coder, d[0], d[1], d[2]);
      return (double) reps * docs.size() / ((mx.getCurrentThreadCpuTime() - c0) / 1e9);
    }
  }
  public static void main(String[] a) throws Exception {
    double secs = Double.parseDouble(a[0]);
    List<String> dirs = Arrays.asList(a).subList(3, a.length);
    V A = new V("A", a[1], dirs), B = new V("B", a[2], dirs);
    int reps = 5;
    long end = System.nanoTime() + (long) (secs * 1e9);
    List<Double> ra = new ArrayList<>(), rb = new ArrayList<>();
    int round = 0;
    while (System.nanoTime() < end) {
      if (round % 2 == 0) { ra.add(A.pass(reps)); rb.add(B.pass(reps)); } else { rb.add(B.pass(reps)); ra.add(A.pass(reps)); }
      round++;
    }
    int from = ra.size() / 3;
    List<Double> ca = new ArrayList<>(), cb = new ArrayList<>(), ratio = new ArrayList<>();
    for (int i = from; i < ra.size(); i++) { ca.add(ra.get(i)); cb.add(rb.get(i)); ratio.add(rb.get(i) / ra.get(i)); }
    System.out.printf("rounds %d (last %d used), %d docs x %d a pass; events coded per CPU-s: A %.0f docs/s, B %.0f docs/s, B/A median %.2f%n",
        round, ca.size(), A.docs.size(), reps, med(ca), med(cb), med(ratio));
  }
  static double med(List<Double> x) { List<Double> s = new ArrayList<>(x); Collections.sort(s); return s.get(s.size() / 2); }
}
