#!/usr/bin/python3
"""gold_eval.py's figures per page, from the Markdown it saved (--save DIR), as the CSV that
`article2md_oracle --corpus gold --csv FILE` writes: to find the pages where the two differ.

  /usr/bin/python3 ../shared/tools/quality/gold_eval.py ../shared/corpus/wcxb-dev \\
      build/src/cli/article2md --save /tmp/md
  /usr/bin/python3 tests/oracle/gold_per_page.py ../shared/corpus/wcxb-dev /tmp/md > py.csv
  build/tests/oracle/article2md_oracle --corpus gold --csv ours.csv && diff py.csv ours.csv

Uses gold_eval.py's own functions (imported from SHARED/tools/quality); the return code of each
conversion is not saved, so `failed` is 0.
"""
import csv, os, sys
from types import SimpleNamespace

set_dir, md_dir = sys.argv[1], sys.argv[2]
shared = os.path.join(os.path.dirname(os.path.abspath(set_dir)), "..")
sys.path.insert(0, os.path.join(shared, "tools", "quality"))
import gold_eval  # noqa: E402

meta = {}
mp = os.path.join(set_dir, "gold_meta.jsonl")
if os.path.exists(mp):
    import json
    for line in open(mp, encoding="utf-8"):
        d = json.loads(line)
        meta[d["id"]] = d
rows = list(csv.DictReader(open(os.path.join(set_dir, "MANIFEST.tsv")), delimiter="\t"))
# gold_eval.one() with a converter that prints the saved Markdown back.
print("id,page_type,f1,precision,recall,with_found,with_total,without_hit,near_empty,title_f1,"
      "dated,date_found,date_same,failed")
for row in rows:
    args = SimpleNamespace(set=set_dir, cmd="cat " + os.path.join(md_dir, row["id"] + ".md"),
                           save=None, meta=meta)
    _, rc, (p, r, f), e = gold_eval.one(args, row)
    tf = f"{e['title_f1']:.6f}" if "title_f1" in e else ""
    print(f"{row['id']},{row.get('page_type') or 'all'},{f:.6f},{p:.6f},{r:.6f},"
          f"{e.get('with', (0, 0))[0]},{e.get('with', (0, 0))[1]},{int(e.get('without_hit', 0))},"
          f"{int(e.get('empty', 0))},{tf},{int('date_same' in e)},{int(e.get('date_found', 0))},"
          f"{int(e.get('date_same', 0))},0")
