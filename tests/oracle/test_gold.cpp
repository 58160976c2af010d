// Every kind of page against gold text (docs/extraction.md, "Every kind of page: the WCXB
// development set"): the yardstick checked by hand against gold_eval.py.

#include "gold_header.hpp"
#include "gold_tokens.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace article2md::oracle;

// Each expectation here is what gold_eval.py's own functions return for the same input.
TEST_CASE("oracle: gold yardstick (tokens, words, header, prf) as gold_eval.py", "[oracle]") {
  using v = std::vector<std::string>;
  // CJK one token each (kana, ideographs, Hangul, even a non-word kana mark); Python's \w has
  // letters and numbers of every script but no combining marks: Devanagari vowel signs split.
  CHECK(gold_tokens("Hello, world_1 \xE6\x97\xA5\xE6\x9C\xAC x\xC2\xB2 \xE3\x83\xBB") ==
        v{"hello", "world_1", "\xE6\x97\xA5", "\xE6\x9C\xAC", "x\xC2\xB2", "\xE3\x83\xBB"});
  CHECK(gold_tokens("\xE0\xA4\xB9\xE0\xA4\xBF\xE0\xA4\xA8") ==  // हिन: ह ि न
        v{"\xE0\xA4\xB9", "\xE0\xA4\xA8"});
  // str.lower(): final sigma within the token, U+0130 to two code points.
  CHECK(gold_tokens("\xCE\x9F\xCE\xA3 \xCE\xA3\xCE\x91") ==  // ΟΣ ΣΑ
        v{"\xCE\xBF\xCF\x82", "\xCF\x83\xCE\xB1"});          // ος σα
  CHECK(gold_tokens("\xC4\xB0z") == v{"i\xCC\x87z"});
  CHECK(gold_words("The  Quick\xE2\x80\x94" "brown fox's") == "the quick brown fox s");

  const prf_scores s = gold_prf(gold_bag("a a b c"), gold_bag("a b b d"));
  CHECK(s.precision == 0.5);
  CHECK(s.recall == 0.5);
  CHECK(s.f1 == 0.5);
  CHECK(gold_prf(gold_bag(""), gold_bag("")).f1 == 1.0);
  CHECK(gold_prf(gold_bag("x"), gold_bag("")).f1 == 0.0);

  const std::string seed =
      "<!--1725408000000-->\n[A \\[b\\] title](https://x/y)\n---\n\n*4 September 2024*\n\nBody\n";
  CHECK(gold_body_of(seed) == "\nBody\n");
  CHECK(gold_header_of(seed).title == std::string("A [b] title"));
  CHECK(gold_header_of(seed).stamp_ms == 1725408000000);
  CHECK(gold_body_of("Plain title\n----\nBody") == "Body");
  CHECK(gold_header_of("Plain title\n----\nBody").title == std::string("Plain title"));
  CHECK_FALSE(gold_header_of("Plain title\n----\nBody").stamp_ms);
  CHECK(gold_body_of("---\ntitle: x\n---\nBody") == "Body");
  CHECK_FALSE(gold_header_of("---\ntitle: x\n---\nBody").title);
  CHECK(gold_body_of("No header\n\nBody") == "No header\n\nBody");
}
