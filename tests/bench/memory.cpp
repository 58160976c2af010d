#include "memory.hpp"

#include <fstream>
#include <string>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace article2md::bench {
namespace {

std::size_t status_field(const std::string& key) {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.compare(0, key.size(), key) == 0 && line.size() > key.size() &&
        line[key.size()] == ':')
      return static_cast<std::size_t>(std::stoull(line.substr(key.size() + 1))) * 1024;  // kB
  }
  return 0;
}

}  // namespace

std::size_t current_rss() { return status_field("VmRSS"); }
std::size_t peak_rss() { return status_field("VmHWM"); }

bool reset_peak_rss() {
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
  std::ofstream out("/proc/self/clear_refs");
  out << "5";
  out.flush();
  return static_cast<bool>(out);
}

}  // namespace article2md::bench
