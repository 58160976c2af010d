// The extractor's measure of one text node: length, commas, whitespace at the ends.
#include "article/extraction/text_measure.hpp"

#include <catch2/catch.hpp>

using article2md::detail::extraction::measure;

TEST_CASE("text measure: commas count clauses, not digit groups", "[main_content]") {
  CHECK(measure("One, two, and three.").commas == 2);
  CHECK(measure("One, two, and three.").all_commas == 2);
  // Thousands separators in counts and prices are numbers: a list of review counts is no prose.
  CHECK(measure("English (220,031), Russian (114,997)").commas == 1);
  CHECK(measure("$1,299,000").all_commas == 0);
  // A comma after a number and before a word (or the reverse) still separates clauses.
  CHECK(measure("In 2024, prices rose; 3 ,4").commas == 2);
  CHECK(measure("1,").commas == 1);
  CHECK(measure(",2").commas == 1);
  // CJK and Arabic commas count for scoring only.
  CHECK(measure("\xE4\xB8\x80\xEF\xBC\x8C\xE4\xBA\x8C").all_commas == 1);
  CHECK(measure("\xE4\xB8\x80\xEF\xBC\x8C\xE4\xBA\x8C").commas == 0);
}

TEST_CASE("text measure: length in code points, whitespace runs counting one", "[main_content]") {
  auto m = measure("  a  b\xC3\xA9 ");
  CHECK(m.chars == 4);
  CHECK(m.lead_space);
  CHECK(m.trail_space);
  CHECK(m.content);
  CHECK_FALSE(measure("   ").content);
}
