#pragma once
/// \file
/// The library's version.

#define ARTICLE2MD_VERSION_MAJOR 0
#define ARTICLE2MD_VERSION_MINOR 1
#define ARTICLE2MD_VERSION_PATCH 0

namespace article2md {
/// "MAJOR.MINOR.PATCH"
constexpr const char* version = "0.1.0";
}  // namespace article2md
