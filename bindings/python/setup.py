"""Builds the baiviet Python package: the pure-Python binding (ctypes) plus a
copy of the native library, libbaiviet.so, shipped inside the package.

Where the library comes from, in this order:
  1. $BAIVIET_LIBRARY: an already built libbaiviet.so (e.g. build/libbaiviet.so
     of the repository's CMake build, or an installed one);
  2. otherwise CMake builds only the shared library target (baiviet_shared)
     from this source tree into $BAIVIET_PYTHON_BUILD_DIR (default:
     <repo>/build-python), with the dependencies of .ci/setup.sh (Debian's
     cmark-gfm, ICU, libyaml, nlohmann/json).
The library links ICU dynamically (Debian's libicu72), like every other build.
"""
import os
import re
import shutil
import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.dist import Distribution

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent


def project_version() -> str:
    cmake = REPO / "CMakeLists.txt"
    if cmake.exists():
        m = re.search(r"project\(baiviet\s+VERSION\s+([0-9.]+)", cmake.read_text())
        if m:
            return m.group(1)
    return "0.0.0"


def native_library() -> Path:
    given = os.environ.get("BAIVIET_LIBRARY")
    if given:
        path = Path(given).resolve()
        if not path.is_file():
            raise SystemExit(f"BAIVIET_LIBRARY={given}: no such file")
        return path
    if not (REPO / "CMakeLists.txt").exists():
        raise SystemExit("baiviet: not inside the source tree; set BAIVIET_LIBRARY to a built libbaiviet.so")
    build = Path(os.environ.get("BAIVIET_PYTHON_BUILD_DIR", REPO / "build-python"))
    generator = ["-G", "Ninja"] if shutil.which("ninja") else []
    subprocess.check_call(["cmake", "-S", str(REPO), "-B", str(build), *generator, "-DCMAKE_BUILD_TYPE=Release",
                           "-DBAIVIET_TESTS=OFF", "-DBAIVIET_TOOLS=OFF", "-DBAIVIET_INSTALL=OFF"])
    subprocess.check_call(["cmake", "--build", str(build), "--target", "baiviet_shared",
                           "-j", os.environ.get("BAIVIET_JOBS", "2")])
    candidates = sorted(build.glob("libbaiviet.so.*.*.*")) or sorted(build.glob("libbaiviet.so*"))
    if not candidates:
        raise SystemExit(f"baiviet: the CMake build in {build} made no libbaiviet.so")
    return candidates[0].resolve()


class BuildWithLibrary(build_py):
    """build_py that also puts libbaiviet.so into the package."""

    def run(self):
        super().run()
        lib = native_library()
        target = Path(self.build_lib) / "baiviet" / "libbaiviet.so"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(lib, target)
        os.chmod(target, 0o755)
        print(f"baiviet: shipping {lib} as {target}")


class BinaryDistribution(Distribution):
    """The wheel holds a native library: tag it for this platform."""

    def has_ext_modules(self):
        return True


setup(
    name="baiviet",
    version=project_version(),
    description="Vietnamese news articles: parse Markdown or scraped text, render safe HTML5, JSON, text, JSON-LD",
    long_description=(HERE / "README.md").read_text(encoding="utf-8"),
    long_description_content_type="text/markdown",
    license="MIT",
    python_requires=">=3.9",
    packages=["baiviet"],
    package_data={"baiviet": ["py.typed", "*.pyi"]},
    cmdclass={"build_py": BuildWithLibrary},
    distclass=BinaryDistribution,
    extras_require={"dask": ["dask", "distributed"]},
    zip_safe=False,
)
