"""Many threads converting at once (without the GIL) each get their own, right, result."""

import threading
import unittest

import article2md
from support import SAMPLE_HTML, SAMPLE_MD

THREADS = 8
ROUNDS = 150


def document(thread, n):
    # Distinct per thread and round, and touching several rules (lists, links, code, tables).
    return (f"<h2>t{thread} n{n}</h2><p>Text <b>{thread}</b> <a href='/x/{n}'>link {n}</a></p>"
            f"<ul><li>{n}</li><li><code>{thread}*{n}</code></li></ul>"
            f"<table><tr><th>t</th><th>n</th></tr><tr><td>{thread}</td><td>{n}</td></tr></table>"
            f"<pre class='language-py'>print({thread} + {n})</pre>")


def run_threads(work):
    """Runs work(thread) in THREADS threads started together; returns their exceptions."""
    barrier = threading.Barrier(THREADS)
    failures = []

    def run(thread):
        try:
            barrier.wait()
            work(thread)
        except BaseException as e:  # reported by the test, not lost in the thread
            failures.append((thread, e))

    threads = [threading.Thread(target=run, args=(t,)) for t in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return failures


class ThreadTests(unittest.TestCase):
    def test_shared_converter(self):
        conv = article2md.Converter(header="none", links="reference", bullet="*")
        expected = {(t, n): conv.convert(document(t, n), url=f"https://e.com/{t}/")
                    for t in range(THREADS) for n in range(ROUNDS)}
        self.assertEqual(len(set(expected.values())), THREADS * ROUNDS)
        results = {}

        def work(thread):
            for n in range(ROUNDS):
                # Half str, half bytes: both are read while the GIL is released.
                html = document(thread, n)
                results[thread, n] = conv.convert(html if n % 2 else html.encode(),
                                                  url=f"https://e.com/{thread}/")

        self.assertEqual(run_threads(work), [])
        self.assertEqual(results, expected)

    def test_sample_and_errors_in_parallel(self):
        text = SAMPLE_HTML.read_text(encoding="utf-8")
        expected = SAMPLE_MD.read_text(encoding="utf-8")
        conv = article2md.Converter()
        limited = article2md.Converter(max_input_bytes=100)
        results = {}

        def work(thread):
            outcomes = []
            for n in range(20):
                if (thread + n) % 3 == 0:
                    try:
                        limited.convert(text)
                        outcomes.append("no error")
                    except article2md.Error as e:
                        outcomes.append("error" if "max_input_bytes" in str(e) else str(e))
                else:
                    outcomes.append(conv.convert_archived(text) == expected)
            results[thread] = outcomes

        self.assertEqual(run_threads(work), [])
        for thread in range(THREADS):
            self.assertEqual(results[thread],
                             ["error" if (thread + n) % 3 == 0 else True for n in range(20)])

    def test_to_markdown_with_different_options_per_thread(self):
        bullets = "-*+"
        html = "<ul><li>a</li></ul><p><b>b</b></p>"
        results = {}

        def work(thread):
            bullet = bullets[thread % 3]
            strong = "__" if thread % 2 else "**"
            results[thread] = [article2md.to_markdown(html, header="none", bullet=bullet,
                                                      strong_delimiter=strong)
                               for _ in range(50)]

        self.assertEqual(run_threads(work), [])
        for thread in range(THREADS):
            strong = "__" if thread % 2 else "**"
            self.assertEqual(results[thread],
                             [f"{bullets[thread % 3]} a\n\n{strong}b{strong}\n"] * 50)


if __name__ == "__main__":
    unittest.main()
