"""article2md's PEP 517 build backend: CMake builds the extension, the standard library packs it.

In-tree (pyproject.toml: backend-path) and with no build requirements, so that
`pip install --no-index .` works offline: pip's build isolation would otherwise download
setuptools. It builds only the library and the Python module with the cmake on PATH, for the
interpreter running pip (sys.executable), in a temporary directory, or in
$ARTICLE2MD_PIP_BUILD_DIR when set (kept, so that a second build is incremental).
See docs/python.md.
"""

import os
import pathlib

from . import cmake_build, metadata, sdist, wheel

__all__ = ["get_requires_for_build_wheel", "get_requires_for_build_sdist",
           "prepare_metadata_for_build_wheel", "build_wheel", "build_sdist"]


def _source_dir() -> pathlib.Path:
    # PEP 517: the hooks run with the source tree as the working directory.
    root = pathlib.Path.cwd()
    if not (root / "CMakeLists.txt").is_file() or not (root / "pyproject.toml").is_file():
        raise RuntimeError(f"article2md_backend: {root} is not the article2md source tree")
    return root


def get_requires_for_build_wheel(config_settings=None):
    return []


def get_requires_for_build_sdist(config_settings=None):
    return []


def prepare_metadata_for_build_wheel(metadata_directory, config_settings=None):
    info = metadata.Metadata.read(_source_dir())
    return wheel.write_dist_info(pathlib.Path(metadata_directory), info)


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    root = _source_dir()
    info = metadata.Metadata.read(root)
    with cmake_build.build_dir(os.environ.get("ARTICLE2MD_PIP_BUILD_DIR")) as build:
        files = cmake_build.build_package(root, build)
        return wheel.write_wheel(pathlib.Path(wheel_directory), info, files).name


def build_sdist(sdist_directory, config_settings=None):
    root = _source_dir()
    info = metadata.Metadata.read(root)
    return sdist.write_sdist(pathlib.Path(sdist_directory), root, info).name
