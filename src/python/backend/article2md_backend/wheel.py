"""Writes a wheel (PEP 427 / the binary distribution format): a zip of the package files and
a .dist-info with METADATA, WHEEL and RECORD (each file's sha256 and size)."""

import base64
import hashlib
import os
import pathlib
import stat
import time
import zipfile
from typing import Dict, List, Tuple

from . import metadata

GENERATOR = "article2md_backend"


def _wheel_file(info: metadata.Metadata) -> str:
    return ("Wheel-Version: 1.0\n"
            f"Generator: {GENERATOR} {info.version}\n"
            "Root-Is-Purelib: false\n"  # an extension module: platlib
            f"Tag: {metadata.wheel_tag()}\n")


def write_dist_info(directory: pathlib.Path, info: metadata.Metadata) -> str:
    """prepare_metadata_for_build_wheel: the .dist-info the wheel will hold (minus RECORD)."""
    dist_info = directory / info.dist_info
    dist_info.mkdir(parents=True, exist_ok=True)
    (dist_info / "METADATA").write_text(info.core_metadata(), encoding="utf-8")
    (dist_info / "WHEEL").write_text(_wheel_file(info), encoding="utf-8")
    return info.dist_info


def _record_hash(data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=")
    return "sha256=" + digest.decode("ascii")


def _timestamp() -> Tuple[int, int, int, int, int, int]:
    # Reproducible: SOURCE_DATE_EPOCH when given, else the zip format's earliest date.
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is None:
        return (1980, 1, 1, 0, 0, 0)
    return time.gmtime(max(int(epoch), 315532800))[:6]


def write_wheel(directory: pathlib.Path, info: metadata.Metadata,
                files: Dict[str, pathlib.Path]) -> pathlib.Path:
    """Packs `files` (path in the wheel -> file on disk) with the .dist-info."""
    entries: List[Tuple[str, bytes, int]] = []
    for name in sorted(files):
        source = files[name]
        executable = os.access(source, os.X_OK) and not name.endswith(".py")
        entries.append((name, source.read_bytes(), 0o755 if executable else 0o644))
    entries.append((f"{info.dist_info}/METADATA", info.core_metadata().encode("utf-8"), 0o644))
    entries.append((f"{info.dist_info}/WHEEL", _wheel_file(info).encode("utf-8"), 0o644))
    record = "".join(f"{name},{_record_hash(data)},{len(data)}\n" for name, data, _ in entries)
    record += f"{info.dist_info}/RECORD,,\n"
    entries.append((f"{info.dist_info}/RECORD", record.encode("utf-8"), 0o644))

    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{metadata.NAME}-{info.version}-{metadata.wheel_tag()}.whl"
    when = _timestamp()
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data, mode in entries:
            entry = zipfile.ZipInfo(name, date_time=when)
            entry.external_attr = (stat.S_IFREG | mode) << 16
            entry.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(entry, data)
    return path
