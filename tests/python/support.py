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


def verify_wheel(test, path: pathlib.Path) -> dict:
    """Checks a wheel against the binary distribution format: RECORD lists every member with its
    sha256 and size (itself without), WHEEL's tag is the file name's. Returns the members."""
    import base64
    import csv
    import hashlib
    import io
    import zipfile

    name, version, python, abi, platform = path.name[:-len(".whl")].split("-")
    with zipfile.ZipFile(path) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    dist_info = f"{name}-{version}.dist-info"
    rows = list(csv.reader(io.StringIO(members[f"{dist_info}/RECORD"].decode())))
    test.assertEqual(sorted(r[0] for r in rows), sorted(members))
    for file, digest, size in rows:
        if file == f"{dist_info}/RECORD":
            test.assertEqual((digest, size), ("", ""))
            continue
        data = members[file]
        expected = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        test.assertEqual((digest, size), (f"sha256={expected}", str(len(data))), file)
    wheel = members[f"{dist_info}/WHEEL"].decode()
    test.assertIn("Wheel-Version: 1.0\n", wheel)
    test.assertIn("Root-Is-Purelib: false\n", wheel)
    test.assertIn(f"Tag: {python}-{abi}-{platform}\n", wheel)
    meta = members[f"{dist_info}/METADATA"].decode()
    test.assertIn(f"Name: {name}\n", meta)
    test.assertIn(f"Version: {version}\n", meta)
    return members
