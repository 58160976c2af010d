#pragma once
// CommonMark 0.31.2 §6.2, delimiter runs: whether emphasis delimiters can open or close. Its own
// header because the escaping of prose and the settling of spans both decide by it.

#include "text/text_utils.hpp"

namespace article2md::detail {

/// Unicode whitespace (Zs, tab, LF, FF, CR), as §6.2 counts it.
inline bool is_ws(char32_t c) noexcept { return detail::is_unicode_whitespace(c); }
/// Unicode punctuation (general categories P and S), as §6.2 counts it.
inline bool is_punct(char32_t c) noexcept { return detail::is_unicode_punctuation(c); }

/// True when a delimiter run between `before` and `after` is left-flanking.
inline bool left_flanking(char32_t before, char32_t after) noexcept {
  if (is_ws(after)) return false;
  return !is_punct(after) || is_ws(before) || is_punct(before);
}
/// True when a delimiter run between `before` and `after` is right-flanking.
inline bool right_flanking(char32_t before, char32_t after) noexcept {
  if (is_ws(before)) return false;
  return !is_punct(before) || is_ws(after) || is_punct(after);
}
/// True when delimiter `d` between `before` and the content's `first` character can open emphasis.
inline bool can_open(char d, char32_t before, char32_t first) noexcept {
  bool lf = left_flanking(before, first);
  if (d == '_') return lf && (!right_flanking(before, first) || is_punct(before));
  return lf;
}
/// True when delimiter `d` between the content's `last` character and `next` can close emphasis.
inline bool can_close(char d, char32_t last, char32_t next) noexcept {
  bool rf = right_flanking(last, next);
  if (d == '_') return rf && (!left_flanking(last, next) || is_punct(next));
  return rf;
}

}  // namespace article2md::detail
