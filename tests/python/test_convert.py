"""Conversions through the Python module give the C++ library's exact output."""

import doctest
import unittest

import article2md
from support import SAMPLE_HTML, SAMPLE_MD, cpp_version

DATE = "Wed, 29 Jan 2025 16:21:20 GMT"


class ConvertTests(unittest.TestCase):
    def test_readme_example(self):
        md = article2md.to_markdown("<p>Hello, <b>world</b>!</p>", title="Hello",
                                    url="https://example.com/hello", date=DATE)
        self.assertEqual(md, "<!--1738167680000-->\n[Hello](https://example.com/hello)\n------\n\n"
                             "*Wed, 29 Jan 2025 16:21:20 GMT*\n\nHello, **world**!\n")

    def test_sample_archived_article_byte_for_byte(self):
        text = SAMPLE_HTML.read_text(encoding="utf-8")
        expected = SAMPLE_MD.read_text(encoding="utf-8")
        self.assertEqual(article2md.Converter().convert_archived(text), expected)
        self.assertEqual(article2md.Converter().convert_archived(text.encode()), expected)

    def test_sample_parsed_then_converted(self):
        parts = article2md.parse_archived_article(SAMPLE_HTML.read_text(encoding="utf-8"))
        self.assertEqual(parts.timestamp, 1738168743000)
        self.assertEqual(parts.title, "金融时报：OpenAI称有证据显示DeepSeek存在侵权行为")
        self.assertTrue(parts.url.startswith("https://www.voachinese.com/a/openai-says-it-has"))
        self.assertTrue(parts.body.startswith("<div><i>Wed, 29 Jan 2025 16:21:20 GMT</i></div>"))
        # The header written anew from the fields equals the archived one.
        md = article2md.to_markdown(parts.body, title=parts.title, url=parts.url,
                                    timestamp=parts.timestamp)
        self.assertEqual(md, SAMPLE_MD.read_text(encoding="utf-8"))

    def test_convert_article_returns_the_metadata_used(self):
        page = ("<html lang='fr'><head><title>Un titre assez long ici - Site</title>"
                "<meta property='og:site_name' content='Site'>"
                "<meta name='author' content='Jeanne Roe'>"
                "<link rel='canonical' href='https://e.com/a'>"
                "<meta property='article:published_time' content='2025-01-29T16:21:20Z'>"
                "</head><body><article><h1>Un titre assez long ici</h1><p>Un texte assez long pour être "
                "l'article, avec des virgules, et encore des mots, et plus.</p></article>"
                "</body></html>")
        art = article2md.convert_article(page, header="none")
        self.assertIsInstance(art, article2md.Article)
        self.assertEqual(art.title, "Un titre assez long ici")
        self.assertEqual(art.url, "https://e.com/a")
        self.assertEqual(art.date, "2025-01-29T16:21:20Z")
        self.assertEqual(art.timestamp, 1738167680000)
        self.assertEqual(art.author, "Jeanne Roe")
        self.assertEqual(art.site_name, "Site")
        self.assertEqual(art.language, "fr")
        self.assertEqual(art.markdown, article2md.to_markdown(page, header="none"))
        # Given fields win; unknown ones are None; the markdown is what convert() gives.
        conv = article2md.Converter()
        art = conv.convert_article("<p>x</p>", title="T", url="javascript:alert(1)")
        self.assertEqual(art, ("T\n------\n\nx\n", "T", None, None, None, None, None, None))
        self.assertEqual(art.markdown, conv.convert("<p>x</p>", title="T",
                                                    url="javascript:alert(1)"))

    def test_parse_archived_article(self):
        self.assertIsNone(article2md.parse_archived_article("<p>no header</p>"))
        parts = article2md.parse_archived_article(b"[A \\[b\\]](https://e.com/a)\n---\n\n<p>x</p>")
        self.assertEqual(parts, ("A [b]", "https://e.com/a", None, b"<p>x</p>"))
        self.assertIsInstance(parts, article2md.ArchivedArticle)

    def test_convert_archived_keywords_win(self):
        text = "<!--1738168743000-->\n[Title](https://e.com/a)\n------\n\n<p>Body</p>\n"
        conv = article2md.Converter()
        self.assertEqual(conv.convert_archived(text, title="Other"),
                         "<!--1738168743000-->\n[Other](https://e.com/a)\n------\n\nBody\n")
        # Not archived: converted whole, with the fields given.
        self.assertEqual(conv.convert_archived("<p>Body</p>", url="https://e.com/b"),
                         "<https://e.com/b>\n------\n\nBody\n")

    def test_bytes_are_utf8(self):
        self.assertEqual(article2md.to_markdown("<p>café ☕</p>".encode(), header="none"),
                         "café ☕\n")
        # Invalid UTF-8 becomes U+FFFD, as in the C++ library.
        self.assertEqual(article2md.to_markdown(b"<p>caf\xe9</p>", header="none"), "caf\ufffd\n")

    def test_str_with_non_ascii(self):
        self.assertEqual(article2md.to_markdown("<h1>日本語</h1><p>😀 <i>ü</i></p>", header="none"),
                         "# 日本語\n\n😀 *ü*\n")

    def test_empty_input(self):
        self.assertEqual(article2md.to_markdown("", header="none"), "")
        self.assertEqual(article2md.to_markdown(b""), "")

    def test_metadata_keywords(self):
        self.assertEqual(
            article2md.to_markdown("", title="T", url="https://e.com/", date="last Tuesday",
                                   timestamp=1738168743000),
            "<!--1738168743000-->\n[T](https://e.com/)\n------\n\n*last Tuesday*\n")
        self.assertEqual(
            article2md.to_markdown("", title="T", url="https://e.com/",
                                   date="2025-01-29T16:21:20.5+01:00"),
            "<!--1738164080500-->\n[T](https://e.com/)\n------\n\n*2025-01-29T16:21:20.5+01:00*\n")

    def test_base_url(self):
        html = '<p><a href="../about">About</a> <img src="img/a.png" alt="A"></p>'
        conv = article2md.Converter(header="none")
        self.assertEqual(conv.convert(html, url="https://e.com/blog/post"),
                         "[About](https://e.com/about) ![A](https://e.com/blog/img/a.png)\n")
        self.assertEqual(conv.convert(html, url="https://e.com/blog/post",
                                      base_url="https://cdn.e.com/"),
                         "[About](https://cdn.e.com/about) ![A](https://cdn.e.com/img/a.png)\n")

    def test_whole_page_fills_metadata(self):
        page = ('<html><head><title>Story</title>'
                '<link rel="canonical" href="https://e.com/story"></head><body>'
                '<nav><a href="/">Home</a></nav><article><p>The article text.</p></article>'
                '</body></html>')
        self.assertEqual(article2md.to_markdown(page),
                         "[Story](https://e.com/story)\n------\n\nThe article text.\n")

    def test_converter_is_reusable(self):
        conv = article2md.Converter(header="none")
        self.assertEqual([conv.convert(f"<p>{i}</p>") for i in range(3)], ["0\n", "1\n", "2\n"])

    def test_package_docstring_example(self):
        self.assertEqual(doctest.testmod(article2md).failed, 0)
        self.assertGreater(doctest.testmod(article2md).attempted, 0)

    def test_version_is_the_cpp_version(self):
        self.assertEqual(article2md.__version__, cpp_version())


if __name__ == "__main__":
    unittest.main()
