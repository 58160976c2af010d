// What a shop puts around a product: on a page that says it sells one product, the "Customers
// also viewed", "Similar items", "You may also like" and "Recently viewed" rails are cards of
// other products (each a link and a price), repeated side by side, and the customers' reviews
// are what buyers say of it. Both are the shop's furniture, not the product, whose own block
// holds its name heading and its price. On a listing the cards are the content, so this applies
// only to a page declaring a product whose heading has its own price beside it.
#include "article/extraction/extractor.hpp"

#include "text/text_utils.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace article2md::detail::extraction {
namespace {

// Currency signs (UTF-8): $ € £ ¥ ₹ ₽ ₩ ₺ ₴ ₪ ฿ ₫ ₱ ￥ 円 元 ₦ ₲ ₡ ₸ ₼ ₾ ৳.
constexpr std::string_view currency_signs[] = {
    "$",
    "\xE2\x82\xAC",
    "\xC2\xA3",
    "\xC2\xA5",
    "\xE2\x82\xB9",
    "\xE2\x82\xBD",
    "\xE2\x82\xA9",
    "\xE2\x82\xBA",
    "\xE2\x82\xB4",
    "\xE2\x82\xAA",
    "\xE0\xB8\xBF",
    "\xE2\x82\xAB",
    "\xE2\x82\xB1",
    "\xEF\xBF\xA5",
    "\xE5\x86\x86",
    "\xE5\x85\x83",
    "\xE2\x82\xA6",
    "\xE2\x82\xB2",
    "\xE2\x82\xA1",
    "\xE2\x82\xB8",
    "\xE2\x82\xBC",
    "\xE2\x82\xBE",
    "\xE0\xA7\xB3"};
// Currency codes and abbreviations written as words beside the amount (ISO 4217 codes and the
// local ones: "12,99 zł", "199 kr", "1 990 руб."), compared in ASCII lower case.
constexpr std::string_view currency_words[] = {
    "usd", "eur", "gbp", "chf", "jpy", "aud", "cad", "nzd", "sek", "nok", "dkk", "isk",
    "pln", "czk", "huf", "ron", "bgn", "inr", "brl", "mxn", "zar", "try", "rub", "uah",
    "cny", "rmb", "hkd", "sgd", "krw", "myr", "idr", "thb", "php", "vnd", "aed", "sar",
    "ils", "kr",  "rs",  "tl",  "lei", "ft",  "z\xC5\x82", "k\xC4\x8D",
    "\xD1\x80\xD1\x83\xD0\xB1", "\xD0\xB3\xD1\x80\xD0\xBD"};

bool is_letter_byte(char c) {
  return is_ascii_alnum(c) || (static_cast<unsigned char>(c) >= 0x80);
}

// Spaces between an amount and its currency: ASCII, no-break (U+00A0), narrow no-break
// (U+202F) and thin (U+2009).
std::size_t space_before(std::string_view s, std::size_t end) {
  std::size_t n = 0;
  for (int k = 0; k < 2 && end > n; ++k) {
    std::string_view head = s.substr(0, end - n);
    if (head.back() == ' ') {
      n += 1;
    } else if (head.size() >= 2 && head.substr(head.size() - 2) == "\xC2\xA0") {
      n += 2;
    } else if (head.size() >= 3 && (head.substr(head.size() - 3) == "\xE2\x80\xAF" ||
                                    head.substr(head.size() - 3) == "\xE2\x80\x89")) {
      n += 3;
    } else {
      break;
    }
  }
  return n;
}

std::size_t space_after(std::string_view s, std::size_t begin) {
  std::size_t n = 0;
  for (int k = 0; k < 2 && begin + n < s.size(); ++k) {
    std::string_view tail = s.substr(begin + n);
    if (tail.front() == ' ') {
      n += 1;
    } else if (tail.substr(0, 2) == "\xC2\xA0") {
      n += 2;
    } else if (tail.substr(0, 3) == "\xE2\x80\xAF" || tail.substr(0, 3) == "\xE2\x80\x89") {
      n += 3;
    } else {
      break;
    }
  }
  return n;
}

// Whether a currency sign or word ends at `end` of s (a word must start a word).
bool currency_ends_at(std::string_view s, std::size_t end) {
  std::string_view head = s.substr(0, end);
  for (std::string_view sign : currency_signs)
    if (head.size() >= sign.size() && head.substr(head.size() - sign.size()) == sign) return true;
  for (std::string_view w : currency_words) {
    if (head.size() < w.size()) continue;
    std::size_t b = head.size() - w.size();
    if (iequals(head.substr(b), w) && (b == 0 || !is_letter_byte(head[b - 1]))) return true;
  }
  return false;
}

// Whether a currency sign or word starts at `begin` of s (a word must end a word).
bool currency_starts_at(std::string_view s, std::size_t begin) {
  std::string_view tail = s.substr(begin);
  for (std::string_view sign : currency_signs)
    if (tail.substr(0, sign.size()) == sign) return true;
  for (std::string_view w : currency_words) {
    if (tail.size() < w.size()) continue;
    if (iequals(tail.substr(0, w.size()), w) &&
        (tail.size() == w.size() || !is_letter_byte(tail[w.size()]) ||
                 tail[w.size()] == '.'))
      return true;
  }
  return false;
}

// An amount with its currency: "$8.03", "EUR 163.12", "12,99 zł", "1 299 kr", "¥1,280".
bool shows_price(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (!is_ascii_digit(s[i])) {
      ++i;
      continue;
    }
    std::size_t b = i;
    while (i < s.size() &&
           (is_ascii_digit(s[i]) ||
            ((s[i] == '.' || s[i] == ',') && i + 1 < s.size() && is_ascii_digit(s[i + 1]))))
      ++i;
    std::size_t before = b - space_before(s, b);
    if (currency_ends_at(s, before)) return true;
    std::size_t after = i + space_after(s, i);
    if (after < s.size() && currency_starts_at(s, after)) return true;
  }
  return false;
}

}  // namespace

void extractor::leave_out_product_rails(attempt_result& r) const {
  if (!is_product_page() || !r.root) return;
  const index_t root = index_of(r.root);
  if (root == no_index) return;
  // The product's name heading: the first heading repeating the title, else the first <h1>.
  index_t anchor = no_index, first_h1 = no_index;
  for (index_t i = 0; i < size() && anchor == no_index; ++i) {
    if (els_[i].flags & f_hidden) {
      i = els_[i].end - 1;
      continue;
    }
    if (els_[i].flags & f_title) anchor = i;
    if (els_[i].kind == tag::h1 && first_h1 == no_index) first_h1 = i;
  }
  if (anchor == no_index) anchor = first_h1;
  if (anchor == no_index) return;
  // Bottom-up over the page: what each element holds.
  struct holding {
    std::uint32_t prices = 0;  // text nodes showing a price
    bool link = false;         // a link to another page
    bool anchor = false;       // the product's name heading
  };
  std::vector<holding> holds(size());
  for (index_t i = size(); i-- > 0;) {
    const element& e = els_[i];
    holding& h = holds[i];
    if (e.kind == tag::a) {
      std::string_view href = trim(e.node.attr("href"));
      if (!href.empty() && href[0] != '#' && !iequals(href.substr(0, 11), "javascript:"))
        h.link = true;
    }
    if (i == anchor) h.anchor = true;
    for (html_node c = e.node.first_child(); c; c = c.next_sibling())
      if (c.is_text() && shows_price(c.text())) ++h.prices;
    if (i > 0) {
      holding& p = holds[e.parent];
      p.prices += h.prices;
      p.link = p.link || h.link;
      p.anchor = p.anchor || h.anchor;
    }
  }
  // A card: another product's link and price, with little text and no heading of the product.
  constexpr std::uint32_t card_chars = 1000;
  auto is_card = [&](index_t c) {
    const holding& h = holds[c];
    return h.prices > 0 && h.link && !h.anchor && raw_chars_[c] <= card_chars;
  };
  std::vector<index_t> rails;
  const index_t end = els_[root].end;
  for (index_t i = root; i < end;) {
    if (r.excluded.count(els_[i].node.id()) != 0 || (els_[i].flags & f_hidden)) {
      i = els_[i].end;
      continue;
    }
    // A rail: three or more cards side by side, making at least three quarters of the
    // children that show anything. Or the reviews, named by class or id.
    std::uint32_t items = 0, cards = 0;
    for (index_t c = i + 1; c < els_[i].end; c = els_[c].end) {
      if (raw_chars_[c] == 0) continue;
      ++items;
      if (is_card(c)) ++cards;
    }
    const bool reviews = (els_[i].flags & f_reviews) && !holds[i].anchor;
    if (i == root || (!reviews && (cards < 3 || cards * 4 < items * 3))) {
      ++i;
      continue;
    }
    // With its heading ("Similar items", "Customer reviews"): the wrappers around it that add
    // only a few words.
    constexpr std::uint32_t heading_chars = 150;
    index_t top = i;
    for (index_t p = els_[top].parent; p != no_index && p > root; p = els_[p].parent) {
      if (holds[p].anchor || raw_chars_[p] > raw_chars_[i] + heading_chars) break;
      top = p;
    }
    // Beside the product, never the whole of the chosen content.
    if (raw_chars_[top] * 10 > raw_chars_[root] * 9) {
      ++i;
      continue;
    }
    rails.push_back(top);
    i = els_[top].end;
  }
  if (rails.empty()) return;
  // The product's own block: the name heading and, near it, the product's price. On a listing
  // that calls itself a product, the nearest price to the heading is on a card.
  index_t block = anchor;
  while (block != 0 && holds[block].prices == 0) block = els_[block].parent;
  std::uint32_t own_prices = holds[block].prices;
  for (index_t top : rails)
    if (top == block || is_ancestor(block, top)) own_prices -= holds[top].prices;
  if (own_prices == 0) return;
  for (index_t top : rails) {
    r.excluded.insert(els_[top].node.id());
    r.chars -= std::min(r.chars, raw_chars_[top]);
  }
}

}  // namespace article2md::detail::extraction
