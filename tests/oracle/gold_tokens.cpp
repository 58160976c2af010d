#include "gold_tokens.hpp"

#include "py_unicode.hpp"
#include "text_tokens.hpp"

#include <algorithm>

namespace article2md::oracle {

bool is_gold_cjk(char32_t c) noexcept {
  return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xAC00 && c <= 0xD7AF);
}

std::vector<std::string> gold_tokens(std::string_view s) {
  std::vector<std::string> out;
  std::size_t run = std::string_view::npos;  // where the current run of word characters began
  auto flush = [&](std::size_t end) {
    if (run != std::string_view::npos) out.push_back(py_lower_word(s.substr(run, end - run)));
    run = std::string_view::npos;
  };
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    const char32_t c = next_code_point(s, i);
    if (is_gold_cjk(c)) {
      flush(start);
      out.push_back(py_lower_word(s.substr(start, i - start)));
    } else if (is_py_word(c)) {
      if (run == std::string_view::npos) run = start;
    } else {
      flush(start);
    }
  }
  flush(s.size());
  return out;
}

token_bag gold_bag(std::string_view s) {
  token_bag bag;
  for (std::string& t : gold_tokens(s)) ++bag[std::move(t)];
  return bag;
}

std::string gold_words(std::string_view s) {
  std::string out;
  for (const std::string& t : gold_tokens(s)) {
    if (!out.empty()) out.push_back(' ');
    out += t;
  }
  return out;
}

prf_scores gold_prf(const token_bag& pred, const token_bag& gold) {
  long long n_pred = 0;
  long long n_gold = 0;
  long long tp = 0;
  for (const auto& [t, n] : pred) {
    n_pred += n;
    const auto it = gold.find(t);
    if (it != gold.end()) tp += std::min(n, it->second);
  }
  for (const auto& [t, n] : gold) n_gold += n;
  if (n_gold == 0) return n_pred == 0 ? prf_scores{1, 1, 1} : prf_scores{};
  if (n_pred == 0) return {};
  prf_scores s;
  s.precision = static_cast<double>(tp) / static_cast<double>(n_pred);
  s.recall = static_cast<double>(tp) / static_cast<double>(n_gold);
  // Evaluated as Python does: (2 * p * r) / (p + r), left to right.
  s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0.0;
  return s;
}

}  // namespace article2md::oracle
