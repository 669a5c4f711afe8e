"""Tables and readers shared by the lexicon scripts (make_triggers_*.py, make_actors.py,
make_agents.py).

PLOVER's 16 categories, the trigger flags the coder reads, and the modes the PLOVER manual
(Draft 0.8, openeventdata/PLOVER, CC BY-SA 4.0) lists per category. Written by the Sitrep
project, Apache-2.0.
"""

# A trigger file row of category NONE names wording that is no event ("an earthquake struck",
# "stocks rallied"): it wins over the triggers it overlaps, as any longer match does, and is
# then dropped by the coder. It is not a PLOVER category.
NONE = "NONE"
CATEGORIES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
              "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
              "COERCE", "ASSAULT"]
FLAGS = {"movement", "reciprocal", "passive", "deny", "subject-is-target", "speech", "crowd",
         "forcible", "adverbial", "command", "armed"}
# CAMEO codes whose deeds are taken by force (192 occupy territory): their rows get "forcible",
# and the coder codes them as the seizure and as the assault that takes it (categories.tsv).
FORCIBLE_CODES = {"192"}
# PLOVER manual modes (tables of the manual), per category
MODES = {
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
               "withhold", "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
                "firearms", "explosives", "suicide-attack", "aerial", "drone",
                "heavy-weapons", "crowd-control", "unconventional"},
}


def read_tsv(path):
    """(line number, tab-separated cells) of a data file, without comments and blank lines."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            rows.append((n, line.split("\t")))
    return rows


def read_classes(path):
    """{name: [words]} of a classes-*.tsv file: a phrase word "@name" stands for the class's
    words (tab-separated name and "|"-separated words; "#" lines are comments)."""
    out = {}
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 2 or not cols[0] or not cols[1]:
                raise SystemExit(f"error: {path}:{n}: name <TAB> words expected: {line}")
            out[cols[0]] = cols[1].split("|")
    return out


def expand_classes(phrase, classes):
    """The phrase with each "@name" alternative replaced by its class's words, without
    repeats; raises ValueError naming an unknown class."""
    words = []
    for w in phrase.split(" "):
        alts = []
        for a in w.split("|"):
            if a.startswith("@"):
                if a[1:] not in classes:
                    raise ValueError(f"unknown class {a}")
                alts.extend(classes[a[1:]])
            else:
                alts.append(a)
        words.append("|".join(dict.fromkeys(alts)))
    return " ".join(words)
