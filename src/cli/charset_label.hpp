#pragma once
// Validating --charset up front, so that an unknown label is a usage error (exit 2) rather
// than a failure of every file.

#include <string_view>

namespace article2md::cli {

/// True when `label` names an encoding that sources::decode_to_utf8 knows (WHATWG labels:
/// "gbk", "windows-1252", "latin1", "shift_jis", ...).
bool is_known_charset(std::string_view label);

}  // namespace article2md::cli
