#pragma once
// gold_eval.py's word bags: its TOKEN expression, its tokens() and words(), its prf().

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace article2md::oracle {

/// gold_eval.py's CJK ranges (kana, CJK ideographs and their extension A and compatibility
/// forms, Hangul syllables): each character there is a token of its own, word character or not.
bool is_gold_cjk(char32_t c) noexcept;

/// TOKEN.findall(s), each token lower-cased (str.lower()): every CJK character, and every run
/// of the other word characters (Python's \w).
std::vector<std::string> gold_tokens(std::string_view utf8);

/// tokens(s): the tokens as a bag (Counter).
using token_bag = std::unordered_map<std::string, int>;
token_bag gold_bag(std::string_view utf8);

/// words(s): the tokens joined by single spaces; what the with/without snippets are matched in.
std::string gold_words(std::string_view utf8);

struct prf_scores {
  double precision = 0;
  double recall = 0;
  double f1 = 0;
};

/// prf(pred, gold): bag precision, recall and F1; an empty gold scores 1 against an empty
/// prediction and 0 against any other, an empty prediction 0.
prf_scores gold_prf(const token_bag& pred, const token_bag& gold);

}  // namespace article2md::oracle
