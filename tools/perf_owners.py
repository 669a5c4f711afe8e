#!/usr/bin/env python3
"""Reads `perf script -F tid,ip,sym` output of a Java process and prints, per Sitrep method,
the share of samples it owns: a sample counts to the innermost org.sitrep frame on its stack
(other than the text scanners ScanPattern and Patterns), so the regex, collection and string
work a method calls is charged to it. Also the share of samples whose innermost frame is regex
work.  usage: perf_owners.py perf.txt [TOP]"""
import collections, re, sys

SKIP = re.compile(r"org\.sitrep\.text\.(ScanPattern|Patterns)")
REGEX = ("java.util.regex", "vtable chunks", "CharacterData", "CharPredicate", "ScanPattern")


def name(frame):
    m = re.search(r"(org\.sitrep\.[\w.$]+)\(", frame)
    return m.group(1) if m else None


def main():
    own, total, regex = collections.Counter(), 0, 0
    for stack in open(sys.argv[1], encoding="utf-8", errors="replace").read().split("\n\n"):
        frames = [l.strip().split(" ", 1)[1] for l in stack.split("\n")[1:] if " " in l.strip()]
        if not frames:
            continue
        total += 1
        regex += any(r in frames[0] for r in REGEX)
        owner = next((n for n in map(name, frames) if n and not SKIP.search(n)), "(outside Sitrep)")
        own[owner] += 1
    print(f"{total} samples; innermost frame in regex work: {100 * regex / max(total, 1):.1f}%")
    for k, v in own.most_common(int(sys.argv[2]) if len(sys.argv) > 2 else 40):
        print(f"{100 * v / total:5.1f}%  {k}")


if __name__ == "__main__":
    main()
