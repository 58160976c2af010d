"""`pip install --no-index` of the repository into a fresh venv: the in-tree backend builds the
module offline for the venv's interpreter, and the installed package imports and converts.

With ARTICLE2MD_PIP_LIBRARY set (by CTest, to the build tree's libarticle2md.a), the backend
links that library instead of compiling it again; the module, the wheel and the install are
built for real either way.
"""

import json
import os
import pathlib
import subprocess
import sys
import tempfile
import time
import unittest

from support import SOURCE_DIR, cpp_version, verify_wheel

CHECK = r"""
import json, sys, importlib.metadata, article2md
print(json.dumps({
    "file": article2md.__file__,
    "version": article2md.__version__,
    "dist_version": importlib.metadata.version("article2md"),
    "markdown": article2md.to_markdown("<p>Hello, <b>world</b>!</p>", title="Hello",
                                       url="https://example.com/hello"),
    "bytes": article2md.Converter(header="none").convert(b"<ul><li>x</li></ul>"),
}))
"""


class PipInstallTest(unittest.TestCase):
    def run_logged(self, command, cwd, env):
        started = time.monotonic()
        result = subprocess.run([str(c) for c in command], cwd=cwd, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        shown = " ".join("..." if "\n" in str(c) else str(c) for c in command)
        print(f"$ {shown}  ({time.monotonic() - started:.1f} s)", flush=True)
        if result.returncode != 0:
            print(result.stdout)
        self.assertEqual(result.returncode, 0, f"{command[2:4]} failed")
        return result.stdout

    def check_installed(self, venv, tmp, env):
        out = self.run_logged([venv / "bin" / "python", "-c", CHECK], tmp, env)
        found = json.loads(out.strip().splitlines()[-1])
        self.assertTrue(pathlib.Path(found["file"]).is_relative_to(venv), found["file"])
        self.assertEqual(found["version"], cpp_version())
        self.assertEqual(found["dist_version"], cpp_version())
        self.assertEqual(found["markdown"],
                         "[Hello](https://example.com/hello)\n------\n\nHello, **world**!\n")
        self.assertEqual(found["bytes"], "- x\n")

    def test_pip_install_into_a_fresh_venv(self):
        with tempfile.TemporaryDirectory(prefix="article2md-pip-") as tmp_name:
            tmp = pathlib.Path(tmp_name)
            venv = tmp / "venv"
            env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}  # not the build tree's
            env.setdefault("CMAKE_BUILD_PARALLEL_LEVEL", "2")
            env["ARTICLE2MD_PIP_BUILD_DIR"] = str(tmp / "build")
            print("library:", env.get("ARTICLE2MD_PIP_LIBRARY") or "compiled by the backend")
            pip = [venv / "bin" / "python", "-m", "pip", "--disable-pip-version-check"]
            source_listing = {p.name for p in SOURCE_DIR.iterdir()}

            self.run_logged([sys.executable, "-m", "venv", venv], tmp, env)
            # The wheel pip builds, checked, then installed: pip refuses a wheel whose tag the
            # venv's interpreter does not support.
            self.run_logged(pip + ["wheel", "--no-index", "--no-deps", "--no-cache-dir",
                                   "-w", tmp / "wheels", SOURCE_DIR], tmp, env)
            wheels = list((tmp / "wheels").iterdir())
            self.assertEqual(len(wheels), 1, wheels)
            members = verify_wheel(self, wheels[0])
            self.assertIn("article2md/__init__.py", members)
            self.assertEqual(len([m for m in members if m.startswith("article2md/_article2md.")]), 1)
            self.run_logged(pip + ["install", "--no-index", wheels[0]], tmp, env)
            self.check_installed(venv, tmp, env)

            # `pip install .` itself, once more from the source tree (the build directory is
            # reused, so this only configures, packs and installs).
            self.run_logged(pip + ["uninstall", "--yes", "article2md"], tmp, env)
            self.run_logged(pip + ["install", "--no-index", "--no-cache-dir", "."], SOURCE_DIR, env)
            self.check_installed(venv, tmp, env)
            # Nothing written into the source tree (a build/ or *.egg-info, as setuptools
            # would); other build-* trees may come and go beside a test run.
            added = {p.name for p in SOURCE_DIR.iterdir()} - source_listing
            self.assertEqual({n for n in added if not n.startswith("build-")}, set(),
                             "the build wrote into the source tree")


if __name__ == "__main__":
    unittest.main()
