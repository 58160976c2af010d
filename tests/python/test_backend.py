"""The build backend's parts that need no compiler: metadata, the wheel writer, the sdist."""

import os
import pathlib
import subprocess
import sys
import sysconfig
import tarfile
import tempfile
import unittest
import zipfile

from support import SOURCE_DIR, cpp_version, verify_wheel

sys.path.insert(0, str(SOURCE_DIR / "src" / "python" / "backend"))
import article2md_backend  # noqa: E402  (found through the path above, as pip finds it)
from article2md_backend import cmake_build, metadata, wheel  # noqa: E402


class BackendTests(unittest.TestCase):
    def setUp(self):
        self.tmp = pathlib.Path(tempfile.mkdtemp(prefix="article2md-backend-"))
        self.addCleanup(subprocess.run, ["rm", "-rf", str(self.tmp)], check=True)

    def test_no_build_requirements(self):
        self.assertEqual(article2md_backend.get_requires_for_build_wheel(), [])
        self.assertEqual(article2md_backend.get_requires_for_build_sdist(), [])

    def test_metadata(self):
        info = metadata.Metadata.read(SOURCE_DIR)
        self.assertEqual(info.version, cpp_version())
        text = info.core_metadata()
        self.assertTrue(text.startswith("Metadata-Version: 2.1\nName: article2md\n"
                                        f"Version: {cpp_version()}\n"), text[:200])
        self.assertIn("\n\n# Python", text)  # docs/python.md as the description

    def test_wheel_tag_is_the_running_interpreter(self):
        tag = metadata.wheel_tag()
        python, abi, platform = tag.split("-")
        self.assertEqual(python, f"cp{sys.version_info.major}{sys.version_info.minor}")
        # The ABI tag names the extension suffix's ABI: .cpython-311-x86_64-linux-gnu.so -> cp311
        self.assertEqual(abi, "cp" + sysconfig.get_config_var("EXT_SUFFIX").split("-")[1])
        self.assertEqual(platform, sysconfig.get_platform().replace("-", "_").replace(".", "_"))

    def test_wheel_writer(self):
        package = self.tmp / "src"
        package.mkdir()
        (package / "__init__.py").write_text("x = 1\n")
        (package / "ext.so").write_bytes(bytes(range(256)) * 10)
        (package / "ext.so").chmod(0o755)
        info = metadata.Metadata("9.8.7", "Description\n")
        path = wheel.write_wheel(self.tmp / "out", info, {
            "article2md/__init__.py": package / "__init__.py",
            "article2md/ext.so": package / "ext.so"})
        self.assertEqual(path.name, f"article2md-9.8.7-{metadata.wheel_tag()}.whl")
        members = verify_wheel(self, path)
        self.assertEqual(members["article2md/__init__.py"], b"x = 1\n")
        self.assertEqual(members["article2md-9.8.7.dist-info/METADATA"].decode(),
                         info.core_metadata())
        with zipfile.ZipFile(path) as zf:
            self.assertEqual(zf.getinfo("article2md/ext.so").external_attr >> 16 & 0o777, 0o755)
        # prepare_metadata_for_build_wheel writes the same METADATA and WHEEL.
        name = wheel.write_dist_info(self.tmp / "meta", info)
        for file in ("METADATA", "WHEEL"):
            self.assertEqual((self.tmp / "meta" / name / file).read_bytes(),
                             members[f"{name}/{file}"])

    def test_sdist_configures(self):
        # As pip calls the hook: from the source tree.
        previous = os.getcwd()
        os.chdir(SOURCE_DIR)
        self.addCleanup(os.chdir, previous)
        path = self.tmp / article2md_backend.build_sdist(str(self.tmp))
        top = f"article2md-{cpp_version()}"
        self.assertEqual(path.name, f"{top}.tar.gz")
        with tarfile.open(path) as tar:
            names = tar.getnames()
            tar.extractall(self.tmp / "x")
        for needed in ("PKG-INFO", "pyproject.toml", "CMakeLists.txt",
                       "include/article2md/version.hpp", "src/python/article2md/__init__.py",
                       "src/python/backend/article2md_backend/__init__.py"):
            self.assertIn(f"{top}/{needed}", names)
        self.assertFalse([n for n in names if n.split("/")[1].startswith(("build", ".git"))
                          or "__pycache__" in n])
        # Every source the build names is in it: CMake's configure step fails on a missing one.
        tree = self.tmp / "x" / top
        result = subprocess.run(cmake_build.configure_args(tree, self.tmp / "build"),
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.assertEqual(result.returncode, 0, result.stdout)


if __name__ == "__main__":
    unittest.main()
