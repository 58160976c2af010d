"""The distribution's name, version (the C++ library's), core metadata and wheel tag."""

import dataclasses
import pathlib
import re
import sys
import sysconfig

NAME = "article2md"
SUMMARY = "Article HTML to clean, faithful Markdown (Python module of the C++ library)"
REQUIRES_PYTHON = ">=3.7"


@dataclasses.dataclass(frozen=True)
class Metadata:
    version: str
    description: str

    @staticmethod
    def read(root: pathlib.Path) -> "Metadata":
        # One version for the C++ library and the Python package: version.hpp's.
        header = (root / "include" / "article2md" / "version.hpp").read_text(encoding="utf-8")
        match = re.search(r'constexpr const char\* version = "([0-9A-Za-z.+-]+)"', header)
        if match is None:
            raise RuntimeError("article2md_backend: no version in include/article2md/version.hpp")
        docs = root / "docs" / "python.md"
        description = docs.read_text(encoding="utf-8") if docs.is_file() else ""
        return Metadata(match.group(1), description)

    @property
    def dist_info(self) -> str:
        return f"{NAME}-{self.version}.dist-info"

    def core_metadata(self) -> str:
        """METADATA / PKG-INFO (core metadata 2.1)."""
        lines = [
            "Metadata-Version: 2.1",
            f"Name: {NAME}",
            f"Version: {self.version}",
            f"Summary: {SUMMARY}",
            f"Requires-Python: {REQUIRES_PYTHON}",
            "Description-Content-Type: text/markdown",
        ]
        return "\n".join(lines) + "\n\n" + self.description


def wheel_tag() -> str:
    """python-abi-platform of the running interpreter, e.g. cp311-cp311-linux_x86_64: the
    extension is built for it (pip runs the backend with the interpreter it installs for)."""
    version = f"{sys.version_info.major}{sys.version_info.minor}"
    soabi = sysconfig.get_config_var("SOABI") or ""
    if sys.implementation.name == "cpython":
        interpreter = f"cp{version}"
        # "cpython-311-x86_64-linux-gnu" -> cp311; a debug build's "cpython-311d-..." -> cp311d.
        abi = "cp" + soabi.split("-")[1] if soabi.startswith("cpython-") else interpreter
    else:
        # PyPy: "pypy39-pp73-x86_64-linux-gnu" -> pp39, pypy39_pp73 (as the packaging library).
        interpreter = f"pp{version}" if sys.implementation.name == "pypy" else f"py{version}"
        abi = "_".join(soabi.split("-")[:2]) or "none"
    platform = sysconfig.get_platform().replace("-", "_").replace(".", "_")
    return f"{interpreter}-{abi}-{platform}"
