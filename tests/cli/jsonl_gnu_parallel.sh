#!/usr/bin/env bash
# article2md --jsonl under GNU parallel --pipe, as docs/scale-out.md runs it: 10,000 records cut
# into blocks (by record count with -N, then by size with --block), two article2md processes at
# a time, the results put back in input order by --keep-order. Every record must come back
# exactly once, in order, with its id, and with the right Markdown.
# Usage: jsonl_gnu_parallel.sh path/to/article2md
set -euo pipefail
cli=$1
command -v parallel >/dev/null || { echo "GNU parallel is not installed (scripts/setup installs it)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work/in.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for i in range(10000):
        rec = {"id": f"rec-{i}",
               "html": f"<h2>Article {i}</h2><p>Text of <b>article</b> {i}, 中文.</p>",
               "title": f'T{i}: "quoted"\nline'}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
PY

# --will-cite: no citation notice (it would wait for a key on a terminal).
parallel --will-cite --tmpdir "$work" --pipe --keep-order -N 250 -j 2 \
  "$cli" --jsonl -j 1 --header=none < "$work/in.jsonl" > "$work/by-count.jsonl"
parallel --will-cite --tmpdir "$work" --pipe --keep-order --block 64k -j 2 \
  "$cli" --jsonl -j 1 --header=none < "$work/in.jsonl" > "$work/by-size.jsonl"
"$cli" --jsonl --header=none < "$work/in.jsonl" > "$work/direct.jsonl"

python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
outputs = {}
for name in ("by-count", "by-size", "direct"):
    with open(f"{work}/{name}.jsonl", "rb") as f:
        data = f.read()
    outputs[name] = data
    lines = data.decode("utf-8").split("\n")
    assert lines[-1] == "", f"{name}: the output does not end with a newline"
    records = [json.loads(line) for line in lines[:-1]]
    ids = [r["id"] for r in records]
    assert len(ids) == 10000, f"{name}: {len(ids)} records came back, not 10000"
    assert len(set(ids)) == 10000, f"{name}: some records came back twice"
    assert ids == [f"rec-{i}" for i in range(10000)], f"{name}: records out of order"
    for i in range(0, 10000, 997):
        r = records[i]
        assert "error" not in r, f"{name}: record {i}: {r.get('error')}"
        want = f"## Article {i}\n\nText of **article** {i}, 中文.\n"
        assert r["markdown"] == want, f"{name}: record {i}: {r['markdown']!r}"
        assert r["title"] == f'T{i}: "quoted"\nline', f"{name}: record {i}: {r['title']!r}"
assert outputs["by-count"] == outputs["direct"], "-N blocks differ from one process"
assert outputs["by-size"] == outputs["direct"], "--block blocks differ from one process"
print("10000 records, each once and in order, through parallel -N 250, --block 64k and directly")
PY
