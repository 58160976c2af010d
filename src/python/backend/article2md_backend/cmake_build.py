"""Runs CMake to build the library and the extension (nothing else) for this interpreter."""

import contextlib
import os
import pathlib
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from typing import Dict, Iterator, Optional


@contextlib.contextmanager
def build_dir(kept: Optional[str]) -> Iterator[pathlib.Path]:
    """The given directory (created, kept, reused), or a temporary one removed afterwards."""
    if kept:
        path = pathlib.Path(kept).resolve()
        path.mkdir(parents=True, exist_ok=True)
        yield path
    else:
        with tempfile.TemporaryDirectory(prefix="article2md-build-") as tmp:
            yield pathlib.Path(tmp)


def configure_args(root: pathlib.Path, build: pathlib.Path):
    """cmake's configure command: Release, static library, only the Python module."""
    return [
        "cmake", "-S", str(root), "-B", str(build),
        "-DCMAKE_BUILD_TYPE=Release",
        "-DBUILD_SHARED_LIBS=OFF",  # the extension carries the library: nothing to install beside it
        "-DARTICLE2MD_PYTHON=ON",
        "-DARTICLE2MD_BUILD_TESTS=OFF",
        "-DARTICLE2MD_BUILD_EXAMPLES=OFF",
        "-DARTICLE2MD_BUILD_CLI=OFF",
        "-DARTICLE2MD_INSTALL=OFF",
        # The interpreter running pip: FindPython's hint, which src/python/CMakeLists.txt
        # finds before pybind11 so that pybind11 uses it.
        f"-DPython_EXECUTABLE={sys.executable}",
        # For the repository's pip test: link a libarticle2md.a built from this same tree
        # instead of compiling the library again (empty: compile it, as for any user).
        "-DARTICLE2MD_PYTHON_LIBRARY=" + os.environ.get("ARTICLE2MD_PIP_LIBRARY", ""),
    ]


def _run(command) -> None:
    # Output goes to pip's log (shown with -v, and on failure).
    print("article2md_backend:", " ".join(command), flush=True)
    subprocess.run(command, check=True)


def build_package(root: pathlib.Path, build: pathlib.Path) -> Dict[str, pathlib.Path]:
    """Builds the extension; returns the package's files by their path in the wheel."""
    if shutil.which("cmake") is None:
        raise RuntimeError("article2md_backend: cmake not found on PATH; install cmake "
                           "(apt-get install cmake), and see docs/python.md for the libraries")
    _run(configure_args(root, build))
    jobs = os.environ.get("CMAKE_BUILD_PARALLEL_LEVEL") or str(os.cpu_count() or 1)
    _run(["cmake", "--build", str(build), "--target", "_article2md", "--parallel", jobs])

    # The suffix names the interpreter (and ABI): a build directory reused for another
    # interpreter may hold its module too, which must not be packed.
    extension = "_article2md" + sysconfig.get_config_var("EXT_SUFFIX")
    built = build / "src" / "python" / "article2md" / extension
    if not built.is_file():
        raise RuntimeError(f"article2md_backend: the build made no {built}")
    return {
        "article2md/__init__.py": root / "src" / "python" / "article2md" / "__init__.py",
        f"article2md/{extension}": built,
    }
