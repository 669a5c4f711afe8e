/*
 * Mention finding, two builds side by side in one JVM: each build's classes in a class loader of
 * their own, passes over the same pages alternating A B, B A, ..., each timed in CPU time of the
 * finding thread (steadier than wall time on a shared, loaded machine). The first third of the
 * passes is warm-up; prints the medians per build and of the per-round ratio B/A.
 *
 *   java -Xmx2g tools/MentionAB.java SECONDS OLD.jar NEW.jar ../shared/dev-pages ../shared/seeds
 *
 * A build is a jar or a class path (colon-separated), e.g. core/target/classes:OLD.jar.
 */
import java.util.*;
import java.net.*;
import java.nio.file.*;
import java.lang.reflect.*;
import java.lang.management.*;

public class MentionAB {
  static class V {
    String name; Object finder; Method find; List<Object> docs = new ArrayList<>(); long bytes;
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
      long t0 = System.nanoTime();
      Object k = kn.getMethod("defaults").invoke(null);
      System.out.printf("%s knowledge %d ms%n", name, (System.nanoTime() - t0) / 1000000);
      Class<?> mf = l.loadClass("org.sitrep.mentions.MentionFinder");
      finder = mf.getConstructor(kn).newInstance(k);
      Class<?> doc = l.loadClass("org.sitrep.model.Document");
      find = mf.getMethod("find", doc);
      for (Object p : pages) {
        Object res = read.invoke(reader, page.getMethod("bytes").invoke(p), page.getMethod("input").invoke(p));
        if (ok.isInstance(res)) {
          Object d = ok.getMethod("document").invoke(res);
          docs.add(d);
          Object body = doc.getMethod("body").invoke(d);
          String text = (String) body.getClass().getMethod("text").invoke(body);
          bytes += text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
      }
    }
    double[] pass(int reps) throws Exception {
      ThreadMXBean mx = ManagementFactory.getThreadMXBean();
      long c0 = mx.getCurrentThreadCpuTime(), w0 = System.nanoTime();
      for (int r = 0; r < reps; r++) for (Object d : docs) find.invoke(finder, d);
      double mb = (double) reps * bytes / 1e6;
      return new double[] {mb / ((mx.getCurrentThreadCpuTime() - c0) / 1e9), mb / ((System.nanoTime() - w0) / 1e9)};
    }
  }
  public static void main(String[] a) throws Exception {
    double secs = Double.parseDouble(a[0]);
    List<String> dirs = Arrays.asList(a).subList(3, a.length);
    V A = new V("A", a[1], dirs), B = new V("B", a[2], dirs);
    int reps = (int) Math.max(1, Math.ceil(2e6 / A.bytes));
    long end = System.nanoTime() + (long) (secs * 1e9);
    List<double[]> ra = new ArrayList<>(), rb = new ArrayList<>();
    int round = 0;
    while (System.nanoTime() < end) {
      if (round % 2 == 0) { ra.add(A.pass(reps)); rb.add(B.pass(reps)); } else { rb.add(B.pass(reps)); ra.add(A.pass(reps)); }
      round++;
    }
    int from = ra.size() / 3; // the first third is warm-up
    List<Double> ca = new ArrayList<>(), cb = new ArrayList<>(), ratio = new ArrayList<>(), wa = new ArrayList<>(), wb = new ArrayList<>();
    for (int i = from; i < ra.size(); i++) { ca.add(ra.get(i)[0]); cb.add(rb.get(i)[0]); ratio.add(rb.get(i)[0] / ra.get(i)[0]); wa.add(ra.get(i)[1]); wb.add(rb.get(i)[1]); }
    System.out.printf("rounds %d (last %d used), %.1f MB a pass; per CPU-s: A %.1f MB/s, B %.1f MB/s, B/A median %.2f; wall: A %.1f, B %.1f MB/s%n",
        round, ca.size(), reps * A.bytes / 1e6, med(ca), med(cb), med(ratio), med(wa), med(wb));
  }
  static double med(List<Double> x) { List<Double> s = new ArrayList<>(x); Collections.sort(s); return s.get(s.size() / 2); }
}
