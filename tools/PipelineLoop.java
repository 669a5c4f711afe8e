/*
 * The whole pipeline (read, mentions, events) over the given pages on one thread, again and
 * again for SECONDS, printing the CPU time per page of each stage every pass: the load for a
 * sampling profiler (tools/profile.sh), or a quick look at where a page's CPU goes.
 *
 *   java -cp cli/target/sitrep.jar tools/PipelineLoop.java SECONDS ../shared/dev-pages ../shared/seeds
 */
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.List;
import org.sitrep.events.EventCoder;
import org.sitrep.ingest.PageReader;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.mentions.MentionFinder;
import org.sitrep.model.Document;
import org.sitrep.pipeline.Benchmark;
import org.sitrep.time.DateResolver;

public class PipelineLoop {
  public static void main(String[] a) throws Exception {
    long until = System.nanoTime() + (long) (Double.parseDouble(a[0]) * 1e9);
    List<Benchmark.Page> pages = Benchmark.load(List.of(a).subList(1, a.length));
    Knowledge k = Knowledge.defaults();
    MentionFinder finder = new MentionFinder(k);
    EventCoder coder = new EventCoder(k);
    PageReader reader = new PageReader();
    var mx = ManagementFactory.getThreadMXBean();
    while (System.nanoTime() < until) {
      long[] cpu = new long[3];
      int n = 0;
      for (Benchmark.Page p : pages) {
        long t0 = mx.getCurrentThreadCpuTime();
        if (!(reader.read(p.bytes(), p.input()) instanceof PageReader.Ok ok)) {
          continue;
        }
        Document d = ok.document();
        long t1 = mx.getCurrentThreadCpuTime();
        var ms = finder.find(d).mentions();
        long t2 = mx.getCurrentThreadCpuTime();
        String pub = d.published().value();
        coder.code(d, ms, pub == null ? DateResolver.Anchor.NONE
            : DateResolver.Anchor.published(LocalDate.parse(pub.substring(0, 10))));
        long t3 = mx.getCurrentThreadCpuTime();
        cpu[0] += t1 - t0;
        cpu[1] += t2 - t1;
        cpu[2] += t3 - t2;
        n++;
      }
      System.out.printf("ms CPU per page: read %.3f  mentions %.3f  events %.3f%n",
          cpu[0] / 1e6 / n, cpu[1] / 1e6 / n, cpu[2] / 1e6 / n);
    }
  }
}
