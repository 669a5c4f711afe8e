#!/usr/bin/env bash
# The scale bench: `sitrep analyze` over a corpus of distinct pages (tools/scale_corpus.py), timed
# with /usr/bin/time: wall time, ms a page and peak RSS, per jar, the jars run alternately, the
# launcher's default heap (-Xmx512m; SITREP_JAVA_OPTS overrides it as in ./sitrep).
#
#   python3 tools/scale_corpus.py --pages 10000 --out /tmp/pages10k ../shared/dev-pages ../shared/seeds
#   tools/bench_scale.sh /tmp/pages10k [ROUNDS] [JAR...]     (default: 1 round, cli/target/sitrep.jar)
#
# Each run writes into a fresh folder under ${TMPDIR:-/tmp} and removes it afterwards; one line per
# run: jar, pages, documents, exit status, wall seconds, wall ms a page, CPU ms a page (user and
# system: steadier than wall time on a shared machine), peak RSS in MB.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:?usage: tools/bench_scale.sh CORPUS [ROUNDS] [JAR...]}"
rounds="${2:-1}"
shift $(( $# >= 2 ? 2 : 1 ))
jars=("$@")
if [ ${#jars[@]} -eq 0 ]; then
  jars=("$here/cli/target/sitrep.jar")
fi
[ -x /usr/bin/time ] || { echo "bench_scale: /usr/bin/time is needed (apt-get install time)" >&2; exit 2; }
pages=$(find "$corpus" -type f \( -name '*.txt' -o -name '*.html' -o -name '*.htm' \) | wc -l)
opts="${SITREP_JAVA_OPTS:--Xmx512m -XX:+UseParallelGC}"
printf '%-24s %7s %9s %4s %8s %8s %8s %8s\n' jar pages documents exit wall_s ms/page cpu_ms/p rss_MB
for r in $(seq 1 "$rounds"); do
  for jar in "${jars[@]}"; do
    out="$(mktemp -d "${TMPDIR:-/tmp}/bench-scale-out.XXXXXX")"
    log="$out.log"
    status=0
    # shellcheck disable=SC2086
    /usr/bin/time -v java $opts -jar "$jar" analyze "$corpus" --out "$out" >"$log" 2>&1 || status=$?
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$log")
    cpu=$(awk -F': ' '/(User|System) time \(seconds\)/ {s+=$2} END {print s}' "$log")
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$log")
    docs=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['counts']['documents'])" "$out/run.json" 2>/dev/null || echo -)
    printf '%-24s %7d %9s %4s %8.1f %8.2f %8.2f %8s\n' "$(basename "$jar")" "$pages" "$docs" "$status" \
      "$wall" "$(awk -v w="$wall" -v p="$pages" 'BEGIN {print 1000*w/p}')" \
      "$(awk -v w="$cpu" -v p="$pages" 'BEGIN {print 1000*w/p}')" "$rss"
    rm -rf "$out" "$log"
  done
done
