#include "py_unicode.hpp"

#include "text_tokens.hpp"

#include <algorithm>
#include <vector>

namespace article2md::oracle {
namespace {

bool in(const py_range* table, std::size_t size, char32_t c) noexcept {
  const py_range* end = table + size;
  const py_range* it =
      std::upper_bound(table, end, c, [](char32_t v, const py_range& r) { return v < r.lo; });
  return it != table && c <= (it - 1)->hi;
}

const py_lower* lower_of(char32_t c) noexcept {
  const py_lower* end = py_tables::lower + py_tables::lower_size;
  const py_lower* it = std::lower_bound(py_tables::lower, end, c,
                                        [](const py_lower& l, char32_t v) { return l.from < v; });
  return it != end && it->from == c ? it : nullptr;
}

bool ignorable(char32_t c) noexcept {
  return in(py_tables::sigma_ignorable, py_tables::sigma_ignorable_size, c);
}
bool cased(char32_t c) noexcept {
  return in(py_tables::sigma_cased, py_tables::sigma_cased_size, c);
}

// CPython's handle_capital_sigma: a cased letter before (case-ignorable ones skipped) and
// none after makes the sigma final.
bool final_sigma(const std::vector<char32_t>& cps, std::size_t i) {
  std::size_t j = i;
  while (j > 0 && ignorable(cps[j - 1])) --j;
  if (j == 0 || !cased(cps[j - 1])) return false;
  std::size_t k = i + 1;
  while (k < cps.size() && ignorable(cps[k])) ++k;
  return k == cps.size() || !cased(cps[k]);
}

}  // namespace

bool is_py_word(char32_t c) noexcept { return in(py_tables::word, py_tables::word_size, c); }

std::string py_lower_word(std::string_view utf8) {
  std::vector<char32_t> cps;
  bool ascii = true;
  for (std::size_t i = 0; i < utf8.size();) {
    const char32_t c = next_code_point(utf8, i);
    ascii = ascii && c < 0x80;
    cps.push_back(c);
  }
  std::string out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < cps.size(); ++i) {
    const char32_t c = cps[i];
    if (ascii) {
      out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c));
    } else if (c == 0x03A3) {
      append_utf8(out, final_sigma(cps, i) ? 0x03C2 : 0x03C3);
    } else if (const py_lower* l = lower_of(c)) {
      append_utf8(out, l->to);
      if (l->to2 != 0) append_utf8(out, l->to2);
    } else {
      append_utf8(out, c);
    }
  }
  return out;
}

}  // namespace article2md::oracle
