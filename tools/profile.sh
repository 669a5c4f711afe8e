#!/usr/bin/env bash
# Where the pipeline's CPU goes, by the Sitrep method that owns it (regex and library work counted
# to the Sitrep method that called it). Samples the main thread of tools/PipelineLoop.java with
# Linux perf (frame pointers kept, the JIT's symbol map written at exit); JFR put samples in the
# wrong frames here and lost the callers of deep regex stacks.
#   tools/profile.sh [JAR] [SECONDS] [pages...]   (defaults: cli/target/sitrep.jar, 60, dev pages and seeds)
# Needs perf (linux-perf) and permission to sample the process (kernel.perf_event_paranoid <= 2).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="${1:-$here/../cli/target/sitrep.jar}"; secs="${2:-60}"; shift $(( $# > 2 ? 2 : $# )) || true
pages=("$@"); [ ${#pages[@]} -eq 0 ] && pages=("$here/../../shared/dev-pages" "$here/../../shared/seeds")
command -v perf >/dev/null || { echo "profile.sh: perf is not installed" >&2; exit 2; }
out="$(mktemp -d)"
java -XX:+PreserveFramePointer -XX:+UnlockDiagnosticVMOptions -XX:+DumpPerfMapAtExit -Xmx2g \
  -cp "$jar" "$here/PipelineLoop.java" "$secs" "${pages[@]}" > "$out/loop.txt" &
pid=$!
sleep $(( secs / 3 ))   # warm-up: the JIT compiles the hot code first
perf record -F 499 -g -p "$pid" -o "$out/perf.data" -- sleep $(( secs / 2 )) >/dev/null 2>&1
wait "$pid"
perf script -i "$out/perf.data" --comm java -F tid,ip,sym 2>/dev/null > "$out/perf.txt"
tail -3 "$out/loop.txt"
python3 "$here/perf_owners.py" "$out/perf.txt"
echo "(samples and the pass times are in $out)"
