"""What the Python tests share: where the repository is (CTest sets ARTICLE2MD_SOURCE_DIR)."""

import os
import pathlib
import re

SOURCE_DIR = pathlib.Path(os.environ.get("ARTICLE2MD_SOURCE_DIR",
                                         pathlib.Path(__file__).resolve().parents[2]))
SAMPLE_HTML = SOURCE_DIR / "examples" / "voa-deepseek.article.html"
SAMPLE_MD = SOURCE_DIR / "examples" / "voa-deepseek.expected.md"


def cpp_version() -> str:
    """The version the C++ headers declare (include/article2md/version.hpp)."""
    text = (SOURCE_DIR / "include" / "article2md" / "version.hpp").read_text()
    return re.search(r'constexpr const char\* version = "([^"]+)"', text).group(1)
