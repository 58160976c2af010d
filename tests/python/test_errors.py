"""Bad options and arguments raise ValueError or TypeError; unconvertible input raises Error."""

import unittest

import article2md


class OptionErrorTests(unittest.TestCase):
    def assert_value_error(self, message, **options):
        with self.assertRaisesRegex(ValueError, message):
            article2md.Converter(**options)
        with self.assertRaisesRegex(ValueError, message):
            article2md.to_markdown("<p>x</p>", **options)

    def test_unknown_option_name(self):
        self.assert_value_error(r"unknown option 'bulet'; the options are: header, scope, ",
                                bulet="*")
        # The metadata keywords belong to convert(), not to a Converter's options.
        with self.assertRaisesRegex(ValueError, "unknown option 'title'"):
            article2md.Converter(title="T")

    def test_bad_values(self):
        self.assert_value_error("max_depth must be at least 1", max_depth=0)
        self.assert_value_error(r"max_depth must not be negative, not -1", max_depth=-1)
        self.assert_value_error(r"max_input_bytes is too large: 18446744073709551616",
                                max_input_bytes=2 ** 64)
        self.assert_value_error(r"bullet must be '-', '\*' or '\+'", bullet="#")
        self.assert_value_error(r"bullet must be one ASCII character, not '--'", bullet="--")
        self.assert_value_error(r"bullet must be one ASCII character, not ''", bullet="")
        self.assert_value_error(r"fence must be one ASCII character, not '～'", fence="～")
        self.assert_value_error(r"fence must be '`' or '~'", fence='"')
        self.assert_value_error(r'strong_delimiter must be "\*\*" or "__"', strong_delimiter="*")
        self.assert_value_error(r'emphasis_delimiter must be "\*" or "_"', emphasis_delimiter="__")
        self.assert_value_error(r"headings must be one of 'atx', 'setext', not 'ATX'",
                                headings="ATX")
        self.assert_value_error(r"header must be one of 'seed', 'none', 'yaml', not 'html'",
                                header="html")
        self.assert_value_error(r"scope must be one of 'automatic', 'whole', not 'article'",
                                scope="article")
        self.assert_value_error(r"code_blocks must be one of 'fenced', 'indented'",
                                code_blocks="tilde")
        self.assert_value_error(r"hard_breaks must be one of 'backslash', 'spaces'",
                                hard_breaks="br")
        self.assert_value_error(r"links must be one of 'inline', 'reference', not 'inline_links'",
                                links="inline_links")

    def test_wrong_types(self):
        cases = {
            "drop_leading_date": ("yes", "drop_leading_date must be True or False, not str"),
            "gfm_tables": (1, "gfm_tables must be True or False, not int"),
            "gfm_strikethrough": (None, "gfm_strikethrough must be True or False, not NoneType"),
            "gfm_task_lists": (0.0, "gfm_task_lists must be True or False, not float"),
            "max_depth": (True, "max_depth must be an int, not bool"),
            "max_output_bytes": (1.5, "max_output_bytes must be an int, not float"),
            "max_data_image_bytes": ("1", "max_data_image_bytes must be an int, not str"),
            "bullet": (b"-", "bullet must be a str, not bytes"),
            "headings": (None, "headings must be a str, not NoneType"),
            "strong_delimiter": (["**"], "strong_delimiter must be a str, not list"),
        }
        for name, (value, message) in cases.items():
            with self.subTest(option=name):
                with self.assertRaisesRegex(TypeError, message):
                    article2md.Converter(**{name: value})


class ArgumentErrorTests(unittest.TestCase):
    def setUp(self):
        self.conv = article2md.Converter(header="none")

    def test_html_type(self):
        for value, name in ((None, "NoneType"), (bytearray(b"<p>x</p>"), "bytearray"),
                            (memoryview(b"x"), "memoryview"), (1, "int")):
            with self.subTest(type=name):
                with self.assertRaisesRegex(TypeError, f"html must be a str or bytes, not {name}"):
                    self.conv.convert(value)
        with self.assertRaisesRegex(TypeError, "text must be a str or bytes, not NoneType"):
            self.conv.convert_archived(None)

    def test_unencodable_str(self):
        with self.assertRaises(UnicodeEncodeError):
            self.conv.convert("<p>\ud800</p>")
        with self.assertRaises(UnicodeEncodeError):
            self.conv.convert("<p>x</p>", title="\udfff")

    def test_metadata_types(self):
        with self.assertRaisesRegex(TypeError, "title must be a str or None, not bytes"):
            self.conv.convert("", title=b"T")
        with self.assertRaisesRegex(TypeError, "url must be a str or None, not int"):
            self.conv.convert("", url=1)
        with self.assertRaisesRegex(TypeError, r"timestamp must be an int \(epoch milliseconds\) "
                                               r"or None, not str"):
            self.conv.convert("", timestamp="1738168743000")
        with self.assertRaisesRegex(TypeError, "timestamp must be an int .* not float"):
            self.conv.convert("", timestamp=1738168743000.0)
        with self.assertRaisesRegex(TypeError, "timestamp must be an int .* not bool"):
            self.conv.convert("", timestamp=True)
        with self.assertRaisesRegex(ValueError, "timestamp must fit in 64 bits"):
            self.conv.convert("", timestamp=2 ** 63)

    def test_metadata_is_keyword_only(self):
        with self.assertRaises(TypeError):
            self.conv.convert("<p>x</p>", "Title")  # pylint: disable=too-many-function-args
        with self.assertRaises(TypeError):
            article2md.to_markdown("<p>x</p>", "Title")  # pylint: disable=too-many-function-args


class ConversionErrorTests(unittest.TestCase):
    def test_error_is_an_exception_of_the_module(self):
        self.assertTrue(issubclass(article2md.Error, Exception))
        self.assertFalse(issubclass(article2md.Error, (ValueError, TypeError, RuntimeError)))
        self.assertEqual(article2md.Error.__module__, "article2md")

    def test_input_over_the_limit(self):
        conv = article2md.Converter(max_input_bytes=10)
        with self.assertRaisesRegex(article2md.Error,
                                    r"^the input has 13 bytes, over the limit of 10 "
                                    r"\(options.max_input_bytes\)$"):
            conv.convert("<p>012345</p>")
        with self.assertRaises(article2md.Error):
            conv.convert_archived(b"<p>012345</p>")
        # The converter is still usable after an error.
        self.assertEqual(conv.convert("<p>0</p>", title="T"), "T\n------\n\n0\n")

    def test_output_over_the_limit(self):
        with self.assertRaisesRegex(article2md.Error, "max_output_bytes"):
            article2md.to_markdown("<p>" + "x" * 100 + "</p>", max_output_bytes=50)


if __name__ == "__main__":
    unittest.main()
