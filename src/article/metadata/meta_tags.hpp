#pragma once
// The values of a page's <meta> tags, keyed both the way Readability keys them and by every
// name, property, itemprop and http-equiv they carry.

#include <article2md/html_node.hpp>

#include <functional>
#include <map>
#include <string>
#include <string_view>

namespace article2md::detail {

/// The <meta> tags of a page, collected by add() in document order.
struct meta_values {
  // Keyed the way Readability keys them; a later tag overwrites an earlier one.
  std::map<std::string, std::string, std::less<>> readability;
  // Every name, property token, itemprop and http-equiv, lower-cased; the first tag wins.
  std::map<std::string, std::string, std::less<>> any;

  std::string_view get(std::string_view key) const {
    auto it = readability.find(key);
    return it == readability.end() ? std::string_view() : std::string_view(it->second);
  }
  std::string_view get_any(std::string_view key) const {
    auto it = any.find(key);
    return it == any.end() ? std::string_view() : std::string_view(it->second);
  }

  /// Records one <meta> element under its keys; one without content is skipped.
  void add(html_node meta);
};

}  // namespace article2md::detail
