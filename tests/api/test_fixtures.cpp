// Byte-exact fixtures: tests/fixtures/<case>/input.html converted with default options and no
// metadata must give tests/fixtures/<case>/expected.md. One Catch2 test case per fixture, so
// CTest names the case that fails.
#include "support/test_support.hpp"
#include <article2md/article2md.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <deque>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

const fs::path fixtures_dir = ARTICLE2MD_FIXTURES_DIR;

using article2md::test::read_file;

std::vector<fs::path> fixture_dirs() {
  std::vector<fs::path> dirs;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(fixtures_dir, ec))
    if (e.is_directory()) dirs.push_back(e.path());
  std::sort(dirs.begin(), dirs.end());
  return dirs;
}

class fixture_test : public Catch::ITestInvoker {
 public:
  explicit fixture_test(fs::path dir) : dir_(std::move(dir)) {}
  void invoke() const override {
    REQUIRE(fs::exists(dir_ / "input.html"));
    REQUIRE(fs::exists(dir_ / "expected.md"));
    std::string expected = read_file(dir_ / "expected.md");
    std::string actual = article2md::to_markdown(read_file(dir_ / "input.html"));
    CHECK(actual == expected);
  }

 private:
  fs::path dir_;
};

// Registered before main runs, like TEST_CASE, but one per directory found.
struct fixture_registrar {
  fixture_registrar() {
    for (const fs::path& dir : fixture_dirs()) {
      names_.push_back("fixture: " + dir.filename().string());
      registrations_.push_back(std::make_unique<Catch::AutoReg>(
          new fixture_test(dir), Catch::SourceLineInfo(__FILE__, static_cast<std::size_t>(__LINE__)),
          "", Catch::NameAndTags(names_.back(), "[fixtures]")));
    }
  }
  std::deque<std::string> names_;
  std::vector<std::unique_ptr<Catch::AutoReg>> registrations_;
};
const fixture_registrar registrar;

}  // namespace

TEST_CASE("fixtures: every case is a whole pair and there is at least one", "[fixtures]") {
  std::vector<fs::path> dirs = fixture_dirs();
  REQUIRE_FALSE(dirs.empty());
  for (const fs::path& dir : dirs) {
    INFO("fixture " << dir.filename().string());
    CHECK(fs::is_regular_file(dir / "input.html"));
    CHECK(fs::is_regular_file(dir / "expected.md"));
    std::size_t files = static_cast<std::size_t>(
        std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
    CHECK(files == 2);
  }
}
