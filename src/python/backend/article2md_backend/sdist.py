"""Writes a source distribution: the source tree (without build trees, VCS and dot-files) with
PKG-INFO, as NAME-VERSION.tar.gz holding NAME-VERSION/."""

import os
import pathlib
import tarfile

from . import metadata


def _excluded(relative: pathlib.Path, is_dir: bool) -> bool:
    first = relative.parts[0]
    if first.startswith(".") or (is_dir and len(relative.parts) == 1 and
                                 (first.startswith("build") or first.startswith("cmake-build-")
                                  or first == "out")):
        return True
    name = relative.name
    return name == "__pycache__" or name.endswith(".pyc") or name.startswith(".")


def source_files(root: pathlib.Path):
    """The files an sdist holds, sorted, relative to `root`."""
    found = []
    for directory, dirs, files in os.walk(root):
        base = pathlib.Path(directory).relative_to(root)
        dirs[:] = sorted(d for d in dirs if not _excluded(base / d, True))
        found.extend(base / f for f in files if not _excluded(base / f, False))
    return sorted(found)


def write_sdist(directory: pathlib.Path, root: pathlib.Path,
                info: metadata.Metadata) -> pathlib.Path:
    top = f"{metadata.NAME}-{info.version}"
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{top}.tar.gz"
    pkg_info = directory / f".{top}.PKG-INFO"
    pkg_info.write_text(info.core_metadata(), encoding="utf-8")
    try:
        with tarfile.open(path, "w:gz", format=tarfile.PAX_FORMAT) as tar:
            tar.add(pkg_info, arcname=f"{top}/PKG-INFO")
            for relative in source_files(root):
                tar.add(root / relative, arcname=f"{top}/{relative.as_posix()}", recursive=False)
    finally:
        pkg_info.unlink()
    return path
