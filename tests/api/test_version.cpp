// The version is written twice: project(VERSION) in CMakeLists.txt (the package, the soname,
// the man page test) and include/article2md/version.hpp (the API, --version, User-Agent).
#include <article2md/version.hpp>

#include <catch2/catch.hpp>

#include <string>

TEST_CASE("version: version.hpp agrees with the CMake project", "[version]") {
  CHECK(std::string(article2md::version) == ARTICLE2MD_PROJECT_VERSION);
  CHECK(std::to_string(ARTICLE2MD_VERSION_MAJOR) + "." + std::to_string(ARTICLE2MD_VERSION_MINOR) +
            "." + std::to_string(ARTICLE2MD_VERSION_PATCH) ==
        ARTICLE2MD_PROJECT_VERSION);
}
