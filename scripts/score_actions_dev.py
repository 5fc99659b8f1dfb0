#!/usr/bin/env python3
"""Score newsclaims action extraction against the hand-made dev gold set.

usage: python3 scripts/score_actions_dev.py CORPUS.jsonl[.gz] [--bin PATH] [--errors]
                                             [--pred PRED.jsonl] [--json]

CORPUS is a JSON Lines file (optionally gzip-compressed) of articles with at
least `id` and `text` fields (e.g. the news-24k bench file). The ids listed in
tests/actions-dev/articles.txt are copied, as JSONL lines with all their fields,
into a temporary file `actions-dev.jsonl`, and

    <bin> extract <tmp>/actions-dev.jsonl --format jsonl

is run (default bin: target/release/newsclaims). Its `kind == "action"` lines
are scored against tests/actions-dev/gold.jsonl. The tool names a JSONL record
by its `id` field, which is what gold `article` holds.

Matching: a prediction may stand for a gold line when it has the same
article, the same paragraph (gold `para`, 0-based in text.split("\n\n"); the
prediction's from where its sentence stands in the raw text, nearest its
byte offset `start`), the same action class
(lower-cased), the same negation and a name match on actor and on target.
True positives are a maximum one-to-one matching of those pairs, so a mention
in one paragraph never counts for a gold line of another, and no gold line
takes the prediction another one needs. (The shared tools/score_claims.py has
no paragraphs and matches greedily in gold order; on this set that counted 6
predictions for gold lines of other paragraphs.) With --pred and no CORPUS,
paragraphs are unknown and not compared.
Name match: an empty gold
list accepts anything; otherwise the predicted name, lower-cased, split into
word tokens on [^\\w']+, with "'s" suffixes and titles dropped, must contain
every token of one gold alias, or be a subset of that alias which includes the
alias's last token.

--errors      also list misses (gold lines not matched) and spurious predictions
--pred FILE   score an existing prediction file instead of running the binary
--set DIR     score another gold set of the same form (DIR/articles.txt and
              DIR/gold.jsonl), e.g. the held-out tests/actions-test
--json        print the scores as one JSON object

Only the Python standard library is used.
"""
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = os.path.join(ROOT, "tests", "actions-dev")

# Same title list as the project's scorer (tools/score_claims.py).
TITLES = {"sir", "dr", "mr", "mrs", "ms", "senator", "director", "president",
          "prof", "professor", "minister", "the", "said", "says"}


def toks(s):
    s = (s or "").lower().replace("\u2019", "'").replace("\u2018", "'")
    return [t for t in re.split(r"[^\w']+", s) if t and t != "'"]


def name_toks(s):
    return {t.removesuffix("'s") for t in toks(s) if t not in TITLES}


def head(s):
    t = [x.removesuffix("'s") for x in toks(s) if x not in TITLES]
    return t[-1] if t else None


def name_ok(pred, aliases):
    """Does the predicted name match one of the gold aliases? [] accepts all."""
    if not aliases:
        return True
    if isinstance(pred, list):
        pred = " ".join(str(x) for x in pred)
    p = name_toks(pred if isinstance(pred, str) else "")
    if not p:
        return False
    for a in aliases:
        al = name_toks(a)
        if al and (al <= p or (p <= al and head(a) in p)):
            return True
    return False


def compatible(g, p):
    """Can prediction p stand for gold line g? Same article and paragraph (when
    the prediction's paragraph is known), class, negation, and names."""
    if p.get("article") != g["article"]:
        return False
    if p.get("para") is not None and g.get("para") is not None and p["para"] != g["para"]:
        return False
    if str(p.get("action") or "").lower() != g["action"].lower():
        return False
    if bool(p.get("negated", False)) != bool(g.get("negated", False)):
        return False
    return name_ok(p.get("actor"), g.get("actor")) and name_ok(p.get("target"), g.get("target"))


def match(gold, pred):
    """Maximum one-to-one matching of gold lines and predictions (augmenting
    paths), so that no earlier gold line takes the prediction a later one
    needs. Returns (tp, matched gold idx, used pred idx)."""
    edges = [[j for j, p in enumerate(pred) if compatible(g, p)] for g in gold]
    owner = {}  # pred idx -> gold idx

    def augment(i, seen):
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    return len(owner), set(owner.values()), set(owner)


def paragraph_of(text, start, sentence=None):
    """The 0-based paragraph (text.split("\n\n")) of a prediction at byte offset
    `start`. Offsets are into the text as the tool ingested it, which may have
    dropped boilerplate lines ("Scroll down for video"), so the prediction's
    sentence is looked up in the raw text, nearest to `start`."""
    raw = text.encode("utf-8")
    at = start
    if sentence:
        needle = sentence.encode("utf-8")
        hits, i = [], raw.find(needle)
        while i >= 0:
            hits.append(i)
            i = raw.find(needle, i + 1)
        if hits:
            at = min(hits, key=lambda h: abs(h - start))
    return raw[:at].count(b"\n\n")


def prf(tp, npred, ngold):
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def read_ids(articles_path):
    ids = []
    for line in open(articles_path, encoding="utf-8"):
        line = line.split("#", 1)[0].strip()
        if line:
            ids.append(line)
    return ids


def read_jsonl(path):
    out = []
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                sys.exit(f"{path}:{n}: not JSON: {e}")
    return out


def select_articles(corpus, ids):
    want, found = set(ids), {}
    opener = gzip.open if corpus.endswith(".gz") else open
    with opener(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            d = json.loads(line)
            if d.get("id") in want and d["id"] not in found:
                found[d["id"]] = d
    missing = [i for i in ids if i not in found]
    if missing:
        print(f"warning: {len(missing)} dev article(s) not in corpus: {', '.join(missing)}", file=sys.stderr)
    return [found[i] for i in ids if i in found]


def run_tool(binary, articles):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "actions-dev.jsonl")
        with open(path, "w", encoding="utf-8") as fh:
            for d in articles:
                fh.write(json.dumps(d, ensure_ascii=False) + "\n")
        proc = subprocess.run([binary, "extract", path, "--format", "jsonl"],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            sys.stderr.write(proc.stderr)
            sys.exit(f"{binary} exited with status {proc.returncode}")
        preds = []
        for n, line in enumerate(proc.stdout.splitlines(), 1):
            line = line.strip()
            if not line:
                continue
            try:
                preds.append(json.loads(line))
            except json.JSONDecodeError as e:
                sys.exit(f"tool output line {n}: not JSON: {e}")
        return preds


def fmt_names(x):
    if isinstance(x, list):
        return "[" + ", ".join(x) + "]" if x else "[*]"
    return "null" if x is None else str(x)


def main(argv):
    args, binary, pred_file, gold_set = [], None, None, DEV
    errors = "--errors" in argv
    as_json = "--json" in argv
    it = iter(argv)
    for a in it:
        if a == "--bin":
            binary = next(it, None)
        elif a == "--pred":
            pred_file = next(it, None)
        elif a == "--set":
            gold_set = next(it, None) or sys.exit("--set needs a folder")
        elif a in ("--errors", "--json"):
            pass
        elif a in ("-h", "--help"):
            print(__doc__)
            return 0
        elif a.startswith("--"):
            sys.exit(f"unknown option {a}\n{__doc__}")
        else:
            args.append(a)
    if len(args) != 1 and pred_file is None:
        sys.exit(__doc__)

    ids = read_ids(os.path.join(gold_set, "articles.txt"))
    idset = set(ids)
    gold = [g for g in read_jsonl(os.path.join(gold_set, "gold.jsonl")) if g.get("kind") == "action"]
    articles = select_articles(args[0], ids) if args else []
    texts = {d["id"]: d.get("text", "") for d in articles}
    if pred_file is not None:
        raw = read_jsonl(pred_file)
    else:
        binary = binary or os.path.join(ROOT, "target", "release", "newsclaims")
        if not os.path.exists(binary):
            sys.exit(f"no binary at {binary} (build with cargo build --release, or pass --bin)")
        raw = run_tool(binary, articles)
    pred = [p for p in raw if p.get("kind") == "action"]
    for p in pred:
        p["article"] = os.path.basename(str(p.get("article", "")))
        text = texts.get(p["article"])
        if text is not None and isinstance(p.get("start"), int):
            p["para"] = paragraph_of(text, p["start"], p.get("sentence"))
    if pred and not any(p["article"] in idset for p in pred):
        print("warning: no predicted article name is a dev id; does the tool name JSONL records by `id`?",
              file=sys.stderr)

    tp, hit, used = match(gold, pred)
    p, r, f = prf(tp, len(pred), len(gold))
    # per-class recall / precision (same matching, restricted to one class)
    classes = sorted({g["action"] for g in gold} | {str(x.get("action") or "").lower() for x in pred})
    per = {}
    for c in classes:
        gc = [g for g in gold if g["action"] == c]
        pc = [x for x in pred if str(x.get("action") or "").lower() == c]
        t, _, _ = match(gc, pc)
        per[c] = {"gold": len(gc), "pred": len(pc), "tp": t}

    if as_json:
        print(json.dumps({"gold": len(gold), "pred": len(pred), "tp": tp,
                          "precision": p, "recall": r, "f1": f, "per_class": per}))
    else:
        print(f"articles   {len(ids)}")
        print(f"gold       {len(gold)}")
        print(f"predicted  {len(pred)}")
        print(f"true pos   {tp}")
        print(f"precision  {p:.3f}")
        print(f"recall     {r:.3f}")
        print(f"F1         {f:.3f}")
        print("\nclass         gold  pred    tp")
        for c in classes:
            d = per[c]
            print(f"{c:12} {d['gold']:5} {d['pred']:5} {d['tp']:5}")

    if errors:
        print("\n== misses (gold not matched) ==")
        for i, g in enumerate(gold):
            if i not in hit:
                neg = " NEG" if g.get("negated") else ""
                print(f"{g['article']} para {g.get('para')}: {fmt_names(g.get('actor'))} "
                      f"{g['action']}{neg} {fmt_names(g.get('target'))}  cue={g.get('cue')!r}")
        print("\n== spurious (predictions not matched) ==")
        for j, x in enumerate(pred):
            if j not in used:
                neg = " NEG" if x.get("negated") else ""
                print(f"{x['article']}: {fmt_names(x.get('actor'))} {x.get('action')}{neg} "
                      f"{fmt_names(x.get('target'))}\n    sentence: {x.get('sentence')!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
