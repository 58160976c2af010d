#pragma once
// Small helpers shared by the unit tests.

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace article2md::test {

/// The whole file, bytes as they are; empty when it cannot be read.
inline std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace article2md::test
