"""Every field of article2md::options reaches the library under its Python name and values."""

import unittest

import article2md

DEFAULTS = {
    "header": "seed", "scope": "automatic", "drop_leading_date": True, "max_depth": 256,
    "max_input_bytes": 256 * 1024 * 1024, "max_output_bytes": 512 * 1024 * 1024,
    "max_data_image_bytes": 32 * 1024, "headings": "atx", "bullet": "-",
    "strong_delimiter": "**", "emphasis_delimiter": "*", "code_blocks": "fenced", "fence": "`",
    "hard_breaks": "backslash", "links": "inline", "gfm_tables": True,
    "gfm_strikethrough": True, "gfm_task_lists": True,
}

# A value other than the default for every option.
CHANGED = {
    "header": "none", "scope": "whole", "drop_leading_date": False, "max_depth": 3,
    "max_input_bytes": 0, "max_output_bytes": 0, "max_data_image_bytes": 0,
    "headings": "setext", "bullet": "+", "strong_delimiter": "__", "emphasis_delimiter": "_",
    "code_blocks": "indented", "fence": "~", "hard_breaks": "spaces", "links": "reference",
    "gfm_tables": False, "gfm_strikethrough": False, "gfm_task_lists": False,
}


def md(html, **options):
    return article2md.to_markdown(html, header=options.pop("header", "none"), **options)


class OptionMappingTests(unittest.TestCase):
    def test_defaults(self):
        self.assertEqual(article2md.Converter().options, DEFAULTS)

    def test_every_option_round_trips(self):
        self.assertEqual(set(CHANGED), set(DEFAULTS))
        self.assertEqual(article2md.Converter(**CHANGED).options, CHANGED)
        for name, value in CHANGED.items():
            with self.subTest(option=name):
                self.assertEqual(article2md.Converter(**{name: value}).options,
                                 {**DEFAULTS, name: value})

    def test_repr_shows_the_changed_options(self):
        self.assertEqual(repr(article2md.Converter(bullet="*", links="reference")),
                         "article2md.Converter(bullet='*', links='reference')")


class OptionOutputTests(unittest.TestCase):
    """Each option changes the output as docs/options.md shows."""

    def test_header(self):
        meta = dict(title="Title", url="https://e.com/a", date="Wed, 29 Jan 2025 16:21:20 GMT")
        self.assertEqual(article2md.to_markdown("<p>Body</p>", **meta),
                         "<!--1738167680000-->\n[Title](https://e.com/a)\n------\n\n"
                         "*Wed, 29 Jan 2025 16:21:20 GMT*\n\nBody\n")
        self.assertEqual(article2md.to_markdown("<p>Body</p>", header="none", **meta), "Body\n")
        self.assertEqual(article2md.Converter(header="none").convert("<p>Body</p>", **meta),
                         "Body\n")
        self.assertEqual(article2md.to_markdown("<p>Body</p>", header="yaml",
                                                **{**meta, "title": 'Say "hi"'}),
                         '---\ntitle: "Say \\"hi\\""\nurl: "https://e.com/a"\n'
                         "date: 2025-01-29T16:21:20Z\ndate_text: \"Wed, 29 Jan 2025 16:21:20 GMT\"\n"
                         "timestamp: 1738167680000\n---\n\nBody\n")

    def test_scope(self):
        page = ('<html><head><title>Story - Site</title></head><body>'
                '<nav><a href="/">Home</a></nav>'
                '<article><h1>Story</h1><p>The article text.</p></article>'
                '<footer>Copyright</footer></body></html>')
        self.assertEqual(md(page), "# Story\n\nThe article text.\n")
        self.assertEqual(md(page, scope="whole"),
                         "[Home](/)\n\n# Story\n\nThe article text.\n\nCopyright\n")

    def test_drop_leading_date(self):
        meta = dict(title="T", url="https://e.com/", date="Wed, 29 Jan 2025 16:21:20 GMT")
        body = "<p><time>2025-01-29T16:21:20Z</time></p><p>Body</p>"
        header = ("<!--1738167680000-->\n[T](https://e.com/)\n------\n\n"
                  "*Wed, 29 Jan 2025 16:21:20 GMT*\n\n")
        self.assertEqual(article2md.to_markdown(body, **meta), header + "Body\n")
        self.assertEqual(article2md.to_markdown(body, drop_leading_date=False, **meta),
                         header + "2025-01-29T16:21:20Z\n\nBody\n")

    def test_max_depth(self):
        html = ('<div><div><p>deep <b>bold</b> <a href="/x">link</a><br>line</p></div></div>'
                '<p><b>shallow</b> <a href="/x">link</a></p>')
        self.assertEqual(md(html, max_depth=3), "deep bold link\\\nline\n\n**shallow** [link](/x)\n")
        self.assertEqual(md(html), "deep **bold** [link](/x)\\\nline\n\n**shallow** [link](/x)\n")

    def test_max_input_and_output_bytes(self):
        html = "<p>012345</p>"  # 13 bytes in, 7 out
        self.assertEqual(md(html, max_input_bytes=13, max_output_bytes=7), "012345\n")
        self.assertEqual(md(html, max_input_bytes=0, max_output_bytes=0), "012345\n")
        with self.assertRaisesRegex(article2md.Error, r"13 bytes, over the limit of 12"):
            md(html, max_input_bytes=12)
        with self.assertRaisesRegex(article2md.Error, "max_output_bytes"):
            md(html, max_output_bytes=6)

    def test_max_data_image_bytes(self):
        url = "data:image/png;base64," + "A" * 40  # 62 bytes
        html = f'<p><img src="{url}" alt="x"></p>'
        self.assertEqual(md(html), f"![x]({url})\n")
        self.assertEqual(md(html, max_data_image_bytes=62), f"![x]({url})\n")
        self.assertEqual(md(html, max_data_image_bytes=61), "")
        self.assertEqual(md(html, max_data_image_bytes=0), "")

    def test_headings(self):
        html = "<h1>Title here</h1><h2>Sub</h2><h3>Third</h3>"
        self.assertEqual(md(html), "# Title here\n\n## Sub\n\n### Third\n")
        self.assertEqual(md(html, headings="setext"),
                         "Title here\n==========\n\nSub\n---\n\n### Third\n")
        self.assertEqual(md(html, headings="atx"), md(html))

    def test_bullet(self):
        html = "<ul><li>a</li><li>b</li></ul><ul><li>c</li></ul>"
        self.assertEqual(md(html), "- a\n- b\n\n* c\n")
        self.assertEqual(md(html, bullet="*"), "* a\n* b\n\n- c\n")
        self.assertEqual(md(html, bullet="+"), "+ a\n+ b\n\n- c\n")

    def test_strong_and_emphasis_delimiters(self):
        html = "<p><b>bold</b>, <i>italic</i>, snake_case, <i>a_ b</i></p>"
        self.assertEqual(md(html), "**bold**, *italic*, snake_case, *a_ b*\n")
        self.assertEqual(md(html, strong_delimiter="__", emphasis_delimiter="_"),
                         "__bold__, _italic_, snake_case, _a\\_ b_\n")

    def test_code_blocks_and_fence(self):
        html = '<p>x</p><pre class="language-c">a\n\n  b</pre><p>y</p>'
        self.assertEqual(md(html), "x\n\n```c\na\n\n  b\n```\n\ny\n")
        self.assertEqual(md(html, code_blocks="indented"), "x\n\n    a\n\n      b\n\ny\n")
        self.assertEqual(md(html, fence="~"), "x\n\n~~~c\na\n\n  b\n~~~\n\ny\n")
        self.assertEqual(md(html, code_blocks="fenced", fence="`"), md(html))

    def test_hard_breaks(self):
        self.assertEqual(md("<p>a<br>b</p>"), "a\\\nb\n")
        self.assertEqual(md("<p>a<br>b</p>", hard_breaks="spaces"), "a  \nb\n")
        self.assertEqual(md("<p>a<br>b</p>", hard_breaks="backslash"), "a\\\nb\n")

    def test_links(self):
        html = ('<p><a href="/a">one</a>, <a href="/b" title="T">two</a>, '
                '<a href="/a">again</a></p>')
        self.assertEqual(md(html), '[one](/a), [two](/b "T"), [again](/a)\n')
        self.assertEqual(md(html, links="reference"),
                         '[one][1], [two][2], [again][1]\n\n[1]: /a\n[2]: /b "T"\n')
        self.assertEqual(md(html, links="inline"), md(html))

    def test_gfm_tables(self):
        html = "<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table>"
        self.assertEqual(md(html), "| a | b |\n| --- | --- |\n| 1 | 2 |\n")
        self.assertEqual(md(html, gfm_tables=False), "a\\\nb\n\n1\\\n2\n")

    def test_gfm_strikethrough(self):
        self.assertEqual(md("<p>a <del>gone</del> b</p>"), "a ~~gone~~ b\n")
        self.assertEqual(md("<p>a <del>gone</del> b</p>", gfm_strikethrough=False), "a gone b\n")

    def test_gfm_task_lists(self):
        html = "<ul><li><input type=checkbox checked> done</li><li><input type=checkbox> todo</li></ul>"
        self.assertEqual(md(html), "- [x] done\n- [ ] todo\n")
        self.assertEqual(md(html, gfm_task_lists=False), "- \\[x\\] done\n- \\[ \\] todo\n")


if __name__ == "__main__":
    unittest.main()
