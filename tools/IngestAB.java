/*
 * Ingest (page reading), two builds side by side in one JVM: each build's classes in a class
 * loader of their own, passes over the same pages alternating A B, B A, ..., each timed in CPU
 * time of the reading thread (steadier than wall time on a shared, loaded machine). The first
 * third of the rounds is warm-up; prints the medians per build and of the per-round ratio B/A.
 * Before timing, checks that both builds read every page to the same document (the records'
 * text form) and says how many differ.
 *
 *   java -Xmx1g tools/IngestAB.java SECONDS OLD.jar NEW.jar ../shared/dev-pages ../shared/seeds
 *
 * A build is a jar or a class path (colon-separated), e.g. core/target/classes:OLD.jar.
 */
import java.util.*;
import java.net.*;
import java.nio.file.*;
import java.lang.reflect.*;
import java.lang.management.*;

public class IngestAB {
  static class V {
    String name; Object reader; Method read; List<byte[]> bytes = new ArrayList<>();
    List<String> inputs = new ArrayList<>(); long total;
    V(String name, String cp, List<String> dirs) throws Exception {
      this.name = name;
      List<URL> urls = new ArrayList<>();
      for (String p : cp.split(":")) urls.add(Paths.get(p).toUri().toURL());
      ClassLoader l = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
      Class<?> bench = l.loadClass("org.sitrep.pipeline.Benchmark");
      List<?> pages = (List<?>) bench.getMethod("load", List.class).invoke(null, dirs);
      Class<?> pr = l.loadClass("org.sitrep.ingest.PageReader");
      reader = pr.getConstructor().newInstance();
      read = pr.getMethod("read", byte[].class, String.class);
      Class<?> page = l.loadClass("org.sitrep.pipeline.Benchmark$Page");
      for (Object p : pages) {
        byte[] b = (byte[]) page.getMethod("bytes").invoke(p);
        bytes.add(b);
        inputs.add((String) page.getMethod("input").invoke(p));
        total += b.length;
      }
    }
    List<String> texts() throws Exception {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < bytes.size(); i++) out.add(String.valueOf(read.invoke(reader, bytes.get(i), inputs.get(i))));
      return out;
    }
    double[] pass(int reps) throws Exception {
      ThreadMXBean mx = ManagementFactory.getThreadMXBean();
      long c0 = mx.getCurrentThreadCpuTime(), w0 = System.nanoTime();
      for (int r = 0; r < reps; r++) for (int i = 0; i < bytes.size(); i++) read.invoke(reader, bytes.get(i), inputs.get(i));
      double pages = (double) reps * bytes.size();
      return new double[] {pages / ((mx.getCurrentThreadCpuTime() - c0) / 1e9), pages / ((System.nanoTime() - w0) / 1e9)};
    }
  }
  public static void main(String[] a) throws Exception {
    double secs = Double.parseDouble(a[0]);
    List<String> dirs = Arrays.asList(a).subList(3, a.length);
    V A = new V("A", a[1], dirs), B = new V("B", a[2], dirs);
    List<String> ta = A.texts(), tb = B.texts();
    int differ = 0;
    for (int i = 0; i < ta.size(); i++) {
      if (!ta.get(i).equals(tb.get(i))) { differ++; System.out.println("differs: " + A.inputs.get(i)); }
    }
    System.out.printf("%d pages, %d read differently by A and B%n", ta.size(), differ);
    int reps = (int) Math.max(1, Math.ceil(400.0 / A.bytes.size()));
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
    System.out.printf("rounds %d (last %d used), %d pages a pass; pages per CPU-s: A %.0f, B %.0f, B/A median %.2f; wall: A %.0f, B %.0f pages/s%n",
        round, ca.size(), reps * A.bytes.size(), med(ca), med(cb), med(ratio), med(wa), med(wb));
  }
  static double med(List<Double> x) { List<Double> s = new ArrayList<>(x); Collections.sort(s); return s.get(s.size() / 2); }
}
