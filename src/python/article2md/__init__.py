"""article2md: article HTML to clean, faithful Markdown.

    >>> import article2md
    >>> print(article2md.to_markdown("<p>Hello, <b>world</b>!</p>", header="none"), end="")
    Hello, **world**!

``to_markdown`` converts once; a ``Converter`` keeps its options for many conversions and
may be shared by threads (conversions run without the GIL). Options are the C++ library's
``article2md::options`` fields, enumerators given as strings; see docs/python.md.
"""

from typing import NamedTuple, Optional, Union

from ._article2md import Converter as _NativeConverter
from ._article2md import Error, __version__

# Shown as article2md.Error in tracebacks, where users catch it.
Error.__module__ = "article2md"
from ._article2md import parse_archived_article as _parse_archived_article

__all__ = ["Article", "ArchivedArticle", "Converter", "Error", "convert_article",
           "parse_archived_article", "to_markdown", "__version__"]

Text = Union[str, bytes]


class Converter:
    """A converter configured once with options, then used for any number of conversions.

    ``Converter(**options)`` takes the options by keyword (``header="none"``,
    ``headings="setext"``, ``bullet="*"``, ...); those not given keep their defaults, which give
    the sample's format. An unknown option name or a value the option cannot take raises
    ValueError; a value of the wrong type raises TypeError.

    ``convert`` may be called from many threads at once: it releases the GIL and shares
    nothing mutable.
    """

    __slots__ = ("_native",)

    def __init__(self, **options) -> None:
        self._native = _NativeConverter(**options)

    @property
    def options(self) -> dict:
        """Every option with its value (a new dict; changing it changes nothing)."""
        return self._native.options

    def convert(self, html: Text, *, title: Optional[str] = None, url: Optional[str] = None,
                date: Optional[str] = None, timestamp: Optional[int] = None,
                base_url: Optional[str] = None) -> str:
        """Converts an HTML document or fragment to Markdown.

        ``html`` is a str, or bytes holding UTF-8 (invalid sequences become U+FFFD).
        ``title``, ``url`` and ``date`` are written in the header; ``timestamp`` (epoch
        milliseconds) is its ``<!--stamp-->``, computed from ``date`` when not given;
        ``url``, or ``base_url`` when given, is the base for relative links. For a whole page,
        the fields not given are read from its metadata. Raises article2md.Error when the
        input cannot be converted at all (over ``max_input_bytes`` or ``max_output_bytes``).
        """
        return self._native.convert(html, title=title, url=url, date=date,
                                    timestamp=timestamp, base_url=base_url)

    def convert_article(self, html: Text, *, title: Optional[str] = None,
                        url: Optional[str] = None, date: Optional[str] = None,
                        timestamp: Optional[int] = None,
                        base_url: Optional[str] = None) -> "Article":
        """Like ``convert``, and also returns the metadata the conversion used.

        The result is an ``Article``: the Markdown, and the title, URL, date, timestamp, author,
        site name and language, those given completed from a whole page's own metadata (the
        timestamp computed from the date when it parses; a javascript:, vbscript: or data: URL
        left out). Fields nobody knows are None. For storing them apart: a database row, JSON,
        front matter of your own (then ``header="none"``).
        """
        return Article(*self._native.convert_article(html, title=title, url=url, date=date,
                                                     timestamp=timestamp, base_url=base_url))

    def convert_archived(self, text: Text, *, title: Optional[str] = None,
                         url: Optional[str] = None, date: Optional[str] = None,
                         timestamp: Optional[int] = None, base_url: Optional[str] = None) -> str:
        """Converts an archived article, as the ``article2md`` command reads its input.

        An archived article is a ``<!--stamp-->`` line, a ``[title](url)`` line, a line of
        dashes, a blank line, then the HTML body; its header is written back byte for byte
        unless ``title``, ``url`` or ``timestamp`` is given (those given win, and the header is
        written anew). Text without such a header is converted whole, like ``convert``.
        """
        return self._native.convert_archived(text, title=title, url=url, date=date,
                                             timestamp=timestamp, base_url=base_url)

    def __repr__(self) -> str:
        defaults = _DEFAULT_OPTIONS
        changed = ", ".join(f"{k}={v!r}" for k, v in self.options.items() if defaults[k] != v)
        return f"article2md.Converter({changed})"


_DEFAULT_OPTIONS = _NativeConverter().options


def to_markdown(html: Text, *, title: Optional[str] = None, url: Optional[str] = None,
                date: Optional[str] = None, timestamp: Optional[int] = None,
                base_url: Optional[str] = None, header: str = "seed", **options) -> str:
    """Converts HTML to Markdown in one call: ``Converter(header=header, **options).convert(...)``.

    See Converter.convert for the arguments; build one Converter to convert many documents.
    """
    return Converter(header=header, **options).convert(
        html, title=title, url=url, date=date, timestamp=timestamp, base_url=base_url)


def convert_article(html: Text, *, title: Optional[str] = None, url: Optional[str] = None,
                    date: Optional[str] = None, timestamp: Optional[int] = None,
                    base_url: Optional[str] = None, header: str = "seed",
                    **options) -> "Article":
    """``to_markdown`` that also returns the metadata used: see Converter.convert_article."""
    return Converter(header=header, **options).convert_article(
        html, title=title, url=url, date=date, timestamp=timestamp, base_url=base_url)


class Article(NamedTuple):
    """A conversion's Markdown and the metadata it used (see Converter.convert_article)."""

    markdown: str
    title: Optional[str]
    url: Optional[str]
    date: Optional[str]
    timestamp: Optional[int]
    author: Optional[str]
    site_name: Optional[str]
    language: Optional[str]


class ArchivedArticle(NamedTuple):
    """The parts of an archived article (see parse_archived_article)."""

    title: str
    url: str
    timestamp: Optional[int]
    body: Text


def parse_archived_article(text: Text) -> Optional[ArchivedArticle]:
    """Splits an archived article into its header fields and its HTML body.

    Returns None when ``text`` does not start with the archived header (``<!--stamp-->``
    line optional, ``[title](url)`` line, a line of ``-`` or ``=``). The title is unescaped;
    ``body`` is a str or bytes, like ``text``.
    """
    parts = _parse_archived_article(text)
    return None if parts is None else ArchivedArticle(*parts)
