#include "charset_label.hpp"

#include "sources/charset.hpp"

#include <stdexcept>

namespace article2md::cli {

bool is_known_charset(std::string_view label) {
  if (label.empty()) return false;
  // decode_to_utf8 rejects exactly the fallback labels it does not know; nothing to decode
  // makes the check cheap.
  try {
    sources::decode_to_utf8({}, {}, label);
    return true;
  } catch (const std::invalid_argument&) {
    return false;
  }
}

}  // namespace article2md::cli
