// Finding the article in a whole page (Readability's scoring over a read-only tree).
#include "article/extraction/main_content.hpp"
#include "support/test_support.hpp"

#include "html/dom.hpp"
#include "html/node_queries.hpp"
#include "text/text_utils.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

using article2md::html_node;
using article2md::detail::content_selection;
using article2md::detail::parsed_document;
using article2md::detail::select_main_content;

namespace {

// The text a reader sees under `root`, minus the excluded nodes: blocks and <br> separate
// words, script/style/hidden elements do not show. Iterative, like the library's walks.
std::string visible_text(html_node root, const content_selection* sel) {
  std::string out;
  auto excluded = [&](html_node n) { return sel != nullptr && sel->excluded.count(n.id()) != 0; };
  auto separate = [&]() {
    if (!out.empty() && out.back() != ' ') out.push_back(' ');
  };
  html_node n = root.first_child();
  while (n) {
    bool descend = false;
    if (!excluded(n)) {
      if (n.is_text()) {
        article2md::detail::append_collapsed(out, n.text());
      } else if (n.is_element() && !n.is("script") && !n.is("style") && !n.is("noscript") &&
                 !n.is("template") && !article2md::detail::is_hidden(n)) {
        if (article2md::detail::is_block_element(n) || n.is("br")) separate();
        descend = true;
      }
    }
    if (descend && n.first_child()) {
      n = n.first_child();
      continue;
    }
    while (n && n != root && !n.next_sibling()) {
      n = n.parent();
      if (n != root && article2md::detail::is_block_element(n)) separate();
    }
    if (!n || n == root) break;
    if (article2md::detail::is_block_element(n)) separate();
    n = n.next_sibling();
  }
  std::string_view t = article2md::detail::trim(out);
  return std::string(t);
}

bool is_format_char(char32_t c) {
  return c == 0xAD || (c >= 0x200B && c <= 0x200F) || (c >= 0x2060 && c <= 0x2064) || c == 0xFEFF;
}

// Runs of letters and digits; every other visible character, and every CJK character, a token
// of its own (the oracle's tokens_of, without NFC).
std::vector<std::string> tokens_of(std::string_view s) {
  std::vector<std::string> out;
  std::string word;
  auto flush = [&]() {
    if (!word.empty()) out.push_back(std::move(word));
    word.clear();
  };
  for (std::size_t i = 0; i < s.size();) {
    std::size_t start = i;
    char32_t c = article2md::detail::decode_utf8(s, i);
    std::string_view bytes = s.substr(start, i - start);
    if (is_format_char(c)) continue;
    if (article2md::detail::is_unicode_whitespace(c) || c == 0x0B) {
      flush();
    } else if (article2md::detail::is_cjk(c) || article2md::detail::is_unicode_punctuation(c) ||
               c == '_') {
      flush();
      out.emplace_back(bytes);
    } else {
      word.append(bytes);
    }
  }
  flush();
  return out;
}

struct score {
  double precision = 0, recall = 0, f1 = 0;
};

score compare_tokens(const std::vector<std::string>& got, const std::vector<std::string>& want) {
  if (got.empty() && want.empty()) return {1, 1, 1};
  std::unordered_map<std::string, long> counts;
  for (const std::string& t : want) ++counts[t];
  long common = 0;
  for (const std::string& t : got) {
    auto it = counts.find(t);
    if (it != counts.end() && it->second > 0) {
      --it->second;
      ++common;
    }
  }
  score s;
  if (!got.empty()) s.precision = static_cast<double>(common) / static_cast<double>(got.size());
  if (!want.empty()) s.recall = static_cast<double>(common) / static_cast<double>(want.size());
  if (s.precision + s.recall > 0) s.f1 = 2 * s.precision * s.recall / (s.precision + s.recall);
  return s;
}

std::string selected_text(const std::string& html) {
  parsed_document doc(html);
  content_selection sel = select_main_content(doc.body());
  return visible_text(sel.root, &sel);
}

using article2md::test::read_file;

bool contains(const std::string& hay, std::string_view needle) {
  return hay.find(needle) != std::string::npos;
}

const std::string lorem =
    "The committee met on Tuesday, after weeks of delay, to discuss the proposal in detail. "
    "Members raised concerns about cost, timing, and the effect on local residents, who had "
    "written many letters. ";

std::string paragraphs(int n, std::string_view tag = "p") {
  std::string s;
  for (int i = 0; i < n; ++i)
    s += "<" + std::string(tag) + ">Paragraph " + std::to_string(i) + ". " + lorem + "</" +
         std::string(tag) + ">\n";
  return s;
}

}  // namespace

TEST_CASE("main content: page chrome around an article is left out", "[main_content]") {
  std::string html =
      "<html><head><title>Council approves the budget | Daily</title></head><body>"
      "<nav class=\"menu\"><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a>"
      "</li><li><a href=\"/sport\">Sport</a></li></ul></nav>"
      "<div class=\"layout\"><div class=\"main-column\">"
      "<div class=\"article-body\"><h2>A long night</h2>" +
      paragraphs(6) +
      "<figure><img src=\"a.jpg\" alt=\"The hall\"><figcaption>The council hall at night."
      "</figcaption></figure>"
      "<div class=\"share-tools\"><a href=\"#\">Share on Twitter</a> <a href=\"#\">Email</a></div>"
      "</div>"
      "<div class=\"related-articles\"><h3>Related</h3><ul><li><a href=\"/x\">Other story one"
      "</a></li><li><a href=\"/y\">Other story two</a></li></ul></div>"
      "<div id=\"comments\"><h3>Comments</h3><p>First! This is a comment that is long enough, "
      "with commas, to be scored, really.</p></div>"
      "</div><aside class=\"sidebar\"><p>Subscribe to our newsletter for more news, now, "
      "today, and forever, at a discount.</p></aside></div>"
      "<div class=\"cookie-banner\">We use cookies. <button>OK</button></div>"
      "<footer><p>Copyright Daily News, all rights reserved, since 1901.</p></footer>"
      "</body></html>";
  std::string text = selected_text(html);
  CHECK(contains(text, "Paragraph 0."));
  CHECK(contains(text, "Paragraph 5."));
  CHECK(contains(text, "A long night"));
  CHECK(contains(text, "The council hall at night."));
  CHECK_FALSE(contains(text, "Home"));
  CHECK_FALSE(contains(text, "Share on Twitter"));
  CHECK_FALSE(contains(text, "Other story"));
  CHECK_FALSE(contains(text, "First!"));
  CHECK_FALSE(contains(text, "Subscribe"));
  CHECK_FALSE(contains(text, "cookies"));
  CHECK_FALSE(contains(text, "Copyright"));
}

TEST_CASE("main content: the tree is not changed and the root holds the article",
          "[main_content]") {
  std::string html = "<body><div id=\"nav\"><a href=\"/\">Home</a></div><article id=\"story\">" +
                     paragraphs(5) + "</article><div class=\"footer\">About us</div></body>";
  parsed_document doc(html);
  std::string before = doc.body().text_content();
  content_selection sel = select_main_content(doc.body());
  CHECK(doc.body().text_content() == before);
  REQUIRE(sel.root);
  CHECK(sel.root.is("article"));
  CHECK(sel.excluded.empty());
}

TEST_CASE("main content: siblings worth keeping are merged under their parent", "[main_content]") {
  // Two sections of one story, split by an ad; the ad and the nav links stay out.
  std::string html = "<body><div id=\"wrap\"><div class=\"story\">" + paragraphs(5) +
                     "</div><div class=\"ad-break\">Advertisement</div>"
                     "<div class=\"story\">" +
                     paragraphs(4, "p") +
                     "</div><ul class=\"links\"><li><a href=\"/a\">Link a</a></li>"
                     "<li><a href=\"/b\">Link b</a></li></ul></div></body>";
  parsed_document doc(html);
  content_selection sel = select_main_content(doc.body());
  REQUIRE(sel.root);
  CHECK(sel.root.attr("id") == "wrap");
  std::string text = visible_text(sel.root, &sel);
  CHECK(contains(text, "Paragraph 0."));
  CHECK(contains(text, "Paragraph 3. The committee"));
  CHECK_FALSE(contains(text, "Advertisement"));
  CHECK_FALSE(contains(text, "Link a"));
}

TEST_CASE("main content: a fragment-sized body keeps everything", "[main_content]") {
  std::string html =
      "<h1>Notes</h1><p>A short note.</p><figure><img src=\"x.png\"><figcaption>An image"
      "</figcaption></figure><ul><li>one</li><li>two</li></ul><p>The end.</p>";
  parsed_document doc(html);
  content_selection sel = select_main_content(doc.body());
  CHECK(sel.root == doc.body());
  CHECK(sel.excluded.empty());
  CHECK(visible_text(sel.root, &sel) == "Notes A short note. An image one two The end.");

  parsed_document empty("");
  content_selection none = select_main_content(empty.body());
  CHECK(none.root == empty.body());
  CHECK(select_main_content(html_node()).root == html_node());
}

TEST_CASE("main content: hidden elements and forms inside the article are excluded",
          "[main_content]") {
  std::string html = "<body><div class=\"post\">" + paragraphs(3) +
                     "<p style=\"display:none\">Invisible words here.</p>"
                     "<form class=\"newsletter\"><input type=\"email\"><button>Sign up now"
                     "</button></form>" +
                     paragraphs(3) + "</div></body>";
  std::string text = selected_text(html);
  CHECK(contains(text, "Paragraph 2."));
  CHECK_FALSE(contains(text, "Invisible"));
  CHECK_FALSE(contains(text, "Sign up"));
}

TEST_CASE("main content: deep nesting neither crashes nor loses the text", "[main_content]") {
  std::string spans;
  for (int i = 0; i < 100000; ++i) spans += "<span>";
  spans += "deep span " + lorem;
  parsed_document doc(spans);
  content_selection sel = select_main_content(doc.body());
  CHECK(contains(visible_text(sel.root, &sel), "deep span"));

  // gumbo checks element scope per start tag (depth² for nested blocks): 10000 divs.
  std::string divs;
  for (int i = 0; i < 10000; ++i) divs += "<div>";
  divs += paragraphs(4);
  parsed_document doc2(divs);
  content_selection sel2 = select_main_content(doc2.body());
  CHECK(contains(visible_text(sel2.root, &sel2), "Paragraph 3."));
}

TEST_CASE("main content: Readability's test pages", "[main_content][corpus]") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(ARTICLE2MD_SHARED_DIR) / "corpus" / "readability";
  if (!fs::is_directory(dir)) {
    WARN("no corpus at " << dir.string() << ": skipped");
    return;
  }
  struct page {
    std::string name;
    score s;
  };
  std::vector<page> pages;
  double select_seconds = 0;
  auto t0 = std::chrono::steady_clock::now();
  for (const fs::directory_entry& e : fs::directory_iterator(dir)) {
    if (!fs::exists(e.path() / "source.html") || !fs::exists(e.path() / "expected.html")) continue;
    std::string source = read_file(e.path() / "source.html");
    std::string expected = read_file(e.path() / "expected.html");
    parsed_document doc(source);
    auto s0 = std::chrono::steady_clock::now();
    content_selection sel = select_main_content(doc.body());
    select_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - s0).count();
    std::vector<std::string> got = tokens_of(visible_text(sel.root, &sel));
    parsed_document want_doc(expected);
    std::vector<std::string> want = tokens_of(visible_text(want_doc.body(), nullptr));
    pages.push_back({e.path().filename().string(), compare_tokens(got, want)});
  }
  double total_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  REQUIRE(!pages.empty());
  std::sort(pages.begin(), pages.end(),
            [](const page& a, const page& b) { return a.s.f1 < b.s.f1; });
  double sum = 0;
  int below = 0;
  for (const page& p : pages) {
    sum += p.s.f1;
    if (p.s.f1 < 0.6) ++below;
  }
  double mean = sum / static_cast<double>(pages.size());
  std::printf(
      "main content over %zu Readability pages: mean F1 %.4f, min %.4f, %d below 0.6; "
      "selection %.3f s, whole test %.3f s\n",
      pages.size(), mean, pages.front().s.f1, below, select_seconds, total_seconds);
  for (std::size_t i = 0; i < pages.size() && i < 10; ++i)
    std::printf("  %-45s F1 %.4f  P %.4f  R %.4f\n", pages[i].name.c_str(), pages[i].s.f1,
                pages[i].s.precision, pages[i].s.recall);
  CHECK(mean >= 0.95);
  CHECK(below == 0);
}

// --- never empty: the page without its chrome when no container holds most of its text

namespace {

std::string chrome_around(const std::string& content, const std::string& head = "") {
  return "<html><head><title>Page</title>" + head + "</head><body>"
         "<header><a href=/>Site</a><p>The site's tagline, which is not content at all.</p></header>"
         "<nav><a href=/a>Home</a> <a href=/b>News</a> <a href=/c>Shop</a></nav>"
         "<div role=navigation><a href=/d>Sections</a></div>" + content +
         "<aside><p>Sponsored: a box beside the page that is not its content.</p></aside>"
         "<form><input name=q><p>Sign up to our newsletter for weekly updates.</p></form>"
         "<footer><p>Copyright notice and the company's address, written at length.</p></footer>"
         "</body></html>";
}

}  // namespace

TEST_CASE("main content: a listing of cards gives every card, without the chrome",
          "[main_content][fallback]") {
  std::string cards;
  for (int i = 0; i < 12; ++i)
    cards += "<li><a href=/item/" + std::to_string(i) + ">Headline of story number " +
             std::to_string(i) + " about the harbour</a><span>3 hours ago</span></li>";
  const std::string text = selected_text(chrome_around("<ul>" + cards + "</ul>"));
  for (int i = 0; i < 12; ++i) CHECK(contains(text, "story number " + std::to_string(i) + " "));
  for (const char* chrome : {"tagline", "Home", "Sections", "Sponsored", "newsletter", "Copyright"})
    CHECK_FALSE(contains(text, chrome));
}

TEST_CASE("main content: a thread's posts are all kept, not the longest one",
          "[main_content][fallback]") {
  std::string posts;
  for (int i = 0; i < 6; ++i)
    posts += "<div class=post><div class=author>user" + std::to_string(i) +
             "</div><div class=body><p>Reply " + std::to_string(i) + ". " + lorem +
             "</p></div></div>";
  const std::string text = selected_text(chrome_around("<div class=thread>" + posts + "</div>"));
  for (int i = 0; i < 6; ++i) CHECK(contains(text, "Reply " + std::to_string(i) + ". "));
  CHECK_FALSE(contains(text, "Copyright"));
}

namespace {

// A post as forums write it: a header with its author's name (a link to the member's page)
// and its date, then its text.
std::string forum_post(const std::string& cls, int i, const std::string& text) {
  return "<div class=\"" + cls + "\"><div class=postinfo><a href=/members/user" +
         std::to_string(i) + ">user" + std::to_string(i) + "</a> <time datetime=2024-05-1" +
         std::to_string(i) + ">May 1" + std::to_string(i) + ", 2024</time></div><div>" + text +
         "</div></div>";
}

}  // namespace

TEST_CASE("main content: a run of posts, built alike, signed and dated, is the content",
          "[main_content][thread]") {
  // The longest post holds most of the text: scoring picks it alone, and the page without
  // its chrome is not twice its text. Alternating classes ("post bg1", "post bg2") are one
  // kind of post.
  std::string posts;
  for (int i = 0; i < 4; ++i)
    posts += forum_post(i % 2 == 0 ? "post bg1" : "post bg2", i,
                        i == 1 ? paragraphs(6)
                               : "<p>Reply " + std::to_string(i) + ". " + lorem + "</p>");
  const std::string text = selected_text(chrome_around("<div id=posts>" + posts + "</div>"));
  CHECK(contains(text, "Paragraph 5. "));
  for (int i : {0, 2, 3}) CHECK(contains(text, "Reply " + std::to_string(i) + ". "));
  for (const char* chrome : {"tagline", "Sponsored", "Copyright"})
    CHECK_FALSE(contains(text, chrome));

  // Two posts make a thread when their class says they are posts.
  const std::string two = selected_text(chrome_around(
      forum_post("message", 0, paragraphs(6)) +
      forum_post("message", 1, "<p>Reply 1. " + lorem + "</p>")));
  CHECK(contains(two, "Paragraph 5. "));
  CHECK(contains(two, "Reply 1. "));
}

TEST_CASE("main content: a post dated in text only is dated",
          "[main_content][thread]") {
  // phpBB writes "by user » Tue Aug 27, 2019 1:47 am", others "3 hours ago": no <time>, no
  // class naming a date. A date described in a list is the member's, not the post's: two
  // such columns are no thread.
  const char* dates[] = {"&raquo; Tue Aug 27, 2019 1:47 am", "3 hours ago",
                         "&raquo; Wed Aug 28, 2019 9:02 pm", "2 days ago"};
  std::string posts;
  for (int i = 0; i < 4; ++i)
    posts += "<div class=\"blk bg" + std::to_string(i % 2) + "\"><p class=by>by <a "
             "href=/members/u" + std::to_string(i) + ">user" + std::to_string(i) + "</a> " +
             dates[i] + "</p><div>" +
             (i == 1 ? paragraphs(15) : "<p>Reply " + std::to_string(i) + ". " + lorem + "</p>") +
             "</div></div>";
  const std::string text = selected_text(chrome_around("<div id=page>" + posts + "</div>"));
  CHECK(contains(text, "Paragraph 14. "));
  for (int i : {0, 2, 3}) CHECK(contains(text, "Reply " + std::to_string(i) + ". "));

  std::string messages;
  for (int i = 0; i < 3; ++i)
    messages += "<div class=message><div class=message-cell><a href=/members/u" +
                std::to_string(i) + ">user" + std::to_string(i) +
                "</a><dl><dt>Joined</dt><dd>Oct 28, 2023</dd></dl></div><div class=message-cell>"
                "<a href=/members/u" + std::to_string(i) + ">#" + std::to_string(i) +
                "</a> <time datetime=2024-05-01>May 1</time>" +
                (i == 0 ? paragraphs(15) : "<p>Reply " + std::to_string(i) + ". " + lorem + "</p>") +
                "</div></div>";
  const std::string columns = selected_text(chrome_around("<div id=page>" + messages + "</div>"));
  CHECK(contains(columns, "Paragraph 14. "));
  for (int i : {1, 2}) CHECK(contains(columns, "Reply " + std::to_string(i) + ". "));
}

TEST_CASE("main content: in a thread's posts, what they say of their authors is left out",
          "[main_content][thread]") {
  // A member's statistics, a signature, an avatar (letters, where the member has no
  // picture), reputation, badges and the post's votes beside each post's text; a signature
  // block naming the author (Stack Exchange's "post-signature": the byline) stays.
  std::string posts;
  for (int i = 0; i < 3; ++i)
    posts += forum_post(
        "post", i,
        "<ul class=profile><li>Posts: 1,07" + std::to_string(i) +
            "</li><li>Join Date: Aug 2008</li></ul><dl><dt>Reaction score</dt><dd>12</dd></dl>"
            "<div class=user-avatar>Initials QX</div><span class=reputation-score>1,992 "
            "points</span> <span class=badge-count>14 silver</span> <div class=js-vote-count>"
            "Score 13</div><p>Reply " + std::to_string(i) + ". " + lorem +
            (i == 1 ? paragraphs(6) : "") + "</p><div class=signature><p>My boat is the " +
            "Harbour Queen, moored at the north quay since the summer of 1998.</p></div>" +
            "<div class=post-signature>Answered on May 2, 2009 at 0:09 by <a href=/users/" +
            std::to_string(i) + ">Poster " + std::to_string(i) + "</a></div>");
  const std::string text = selected_text(chrome_around("<div id=posts>" + posts + "</div>"));
  for (int i = 0; i < 3; ++i) CHECK(contains(text, "Reply " + std::to_string(i) + ". "));
  CHECK(contains(text, "Poster 2"));
  for (const char* chrome : {"Posts:", "Join Date", "Reaction", "Initials", "1,992", "silver", "Score 13",
                            "Harbour Queen"})
    CHECK_FALSE(contains(text, chrome));
}

TEST_CASE("main content: a thread the choice holds whole loses its posts' chrome too",
          "[main_content][thread]") {
  // Posts of like length: the choice is their container, no single post. What each says of
  // its author goes all the same; a time ("9:43pm On Dec 09, 2023") is no "label: value".
  std::string posts;
  for (int i = 0; i < 5; ++i)
    posts += "<div class=post><div class=postinfo><a href=/members/u" + std::to_string(i) +
             ">user" + std::to_string(i) + "</a></div><span>9:4" + std::to_string(i) +
             "pm On Dec 09, 2023</span><div class=user-avatar>Initials QX</div><div>"
             "Posts: 1,07" + std::to_string(i) + "</div><p>Reply " + std::to_string(i) + ". " +
             lorem + "</p><p>More of reply " + std::to_string(i) + ". " + lorem + "</p></div>";
  const std::string text = selected_text(chrome_around("<div id=posts>" + posts + "</div>"));
  for (int i = 0; i < 5; ++i) {
    CHECK(contains(text, "Reply " + std::to_string(i) + ". "));
    CHECK(contains(text, "9:4" + std::to_string(i) + "pm On Dec 09"));
  }
  for (const char* chrome : {"Initials", "Posts:", "Copyright"}) CHECK_FALSE(contains(text, chrome));
}

TEST_CASE("main content: short elements in a post are read once, however deep",
          "[main_content][thread]") {
  // 50,000 nested spans around a member's title, and around "Posts: 12": the outermost short
  // element is read, once (reading each span's text would take 50,000² steps).
  std::string open, close;
  for (int i = 0; i < 50000; ++i) open += "<span>", close += "</span>";
  std::string posts;
  for (int i = 0; i < 3; ++i)
    posts += forum_post("post", i,
                        "<div>" + open + "Senior member" + close + "</div><div>" + open +
                            "Posts: 12" + close + "</div><p>Reply " + std::to_string(i) + ". " +
                            lorem + (i == 1 ? paragraphs(6) : "") + "</p>");
  const std::string text = selected_text(chrome_around("<div id=posts>" + posts + "</div>"));
  for (int i = 0; i < 3; ++i) CHECK(contains(text, "Reply " + std::to_string(i) + ". "));
  CHECK(contains(text, "Senior member"));
  CHECK_FALSE(contains(text, "Posts:"));
}

TEST_CASE("main content: a thread's opening post above its replies is kept with them",
          "[main_content][thread]") {
  // A question above the list of its answers: built otherwise, signed and dated too.
  std::string answers;
  for (int i = 1; i < 5; ++i)
    answers += forum_post("answer", i,
                          i == 2 ? paragraphs(15)
                                 : "<p>Answer " + std::to_string(i) + ". " + lorem + "</p>");
  const std::string text = selected_text(chrome_around(
      "<div id=mainbar>" +
      forum_post("question", 0, "<p>Question. How do I fix the boiler? " + lorem + "</p>") +
      "<div id=answers><h2>4 Answers</h2>" + answers + "</div></div>"));
  CHECK(contains(text, "Question. "));
  CHECK(contains(text, "Paragraph 14. "));
  for (int i : {1, 3, 4}) CHECK(contains(text, "Answer " + std::to_string(i) + ". "));
  CHECK_FALSE(contains(text, "4 Answers"));
  CHECK_FALSE(contains(text, "Copyright"));
}

TEST_CASE("main content: two layout columns with bylines and dates are no thread",
          "[main_content][thread]") {
  // A story in one column, teasers of other stories in the other: both signed and dated,
  // built alike, but two columns named for the layout are not posts.
  std::string teasers;
  for (int i = 0; i < 3; ++i)
    teasers += "<div class=teaser><span class=author>Ann Lee</span> <time>May 2024</time><p>"
               "Other story " + std::to_string(i) + " about the harbour and its new quay.</p></div>";
  const std::string text = selected_text(chrome_around(
      "<div class=row><div class=\"col main\"><span class=byline>By Jo Park</span> <time>May "
      "17, 2024</time>" + paragraphs(5) + "</div><div class=\"col side\">" + teasers +
      "</div></div>"));
  CHECK(contains(text, "Paragraph 4. "));
  CHECK_FALSE(contains(text, "Other story"));
}

TEST_CASE("main content: an article page keeps its article over more text around it",
          "[main_content][fallback]") {
  // Teasers with about three times the article's text: on a page that says it is an article
  // (its type, or a publication date) the article alone; on one that does not, the whole page.
  std::string teasers;
  for (int i = 0; i < 24; ++i)
    teasers += "<div class=teaser><h3><a href=/s" + std::to_string(i) + ">Other story " +
               std::to_string(i) + " on the council's plans for the harbour</a></h3>"
               "<span>What the vote means for residents.</span></div>";
  const std::string body = "<article>" + paragraphs(3) + "</article><div>" + teasers + "</div>";
  for (const std::string head :
       {"<meta property=og:type content=article>",
        "<script type=application/ld+json>{\"@context\":\"https://schema.org\",\"@type\":"
        "[\"NewsArticle\"],\"headline\":\"x\"}</script>",
        "<meta name=date content=2024-05-17>"}) {
    INFO(head);
    const std::string text = selected_text(chrome_around(body, head));
    CHECK(contains(text, "Paragraph 2. "));
    CHECK_FALSE(contains(text, "Other story"));
  }
  const std::string text = selected_text(
      chrome_around(body, "<script type=application/ld+json>{\"@type\":\"DiscussionForumPosting\"}"
                          "</script><meta property=og:type content=website>"));
  CHECK(contains(text, "Paragraph 2. "));
  CHECK(contains(text, "Other story 23 "));
  CHECK_FALSE(contains(text, "Copyright"));
}

TEST_CASE("main content: a header inside the content stays, the page's masthead goes",
          "[main_content][fallback]") {
  std::string sections;
  for (int i = 0; i < 5; ++i)
    sections += "<section><h2>Feature " + std::to_string(i) + "</h2><span>" + lorem +
                "</span></section>";
  // <main>, or the landmark role it stands for on older pages.
  for (const std::string open : {"<main>", "<div role=main>"}) {
    const std::string close = open == "<main>" ? "</main>" : "</div>";
    const std::string text = selected_text(
        chrome_around(open + "<header><h1>Plans and pricing</h1></header>" + sections + close));
    INFO(open);
    CHECK(contains(text, "Plans and pricing"));
    for (int i = 0; i < 5; ++i) CHECK(contains(text, "Feature " + std::to_string(i) + " "));
    CHECK_FALSE(contains(text, "tagline"));
  }
}

TEST_CASE("main content: skip links are left out, other in-page links stay", "[main_content]") {
  // A listing: no container holds most of the text, so the page without its chrome is kept,
  // and the skip links at its top must not come with it.
  std::string cards;
  for (int i = 0; i < 12; ++i)
    cards += "<li><a href=/item/" + std::to_string(i) + ">Headline of story number " +
             std::to_string(i) + " about the harbour</a></li>";
  const std::string text = selected_text(chrome_around(
      "<a class=skip-link href=#main>Aller au contenu</a><a href=#main>Skip to main content</a>"
      "<div id=main><p><a href=#list>Jump to the list</a></p><ul id=list>" + cards +
      "</ul></div>"));
  CHECK_FALSE(contains(text, "Aller au contenu"));
  CHECK_FALSE(contains(text, "Skip to"));
  CHECK(contains(text, "Jump to the list"));
  CHECK(contains(text, "story number 11 "));
}

TEST_CASE("main content: on a discussion, the comments are content", "[main_content]") {
  // A question and its answers marked as comments: on a blog post they are left out, on a
  // page that says it is a discussion (schema.org, in JSON-LD or microdata) they are the page.
  std::string replies;
  for (int i = 0; i < 5; ++i)
    replies += "<div class=comment><span class=author>user" + std::to_string(i) +
               "</span><p>Answer " + std::to_string(i) + ". " + lorem + "</p></div>";
  const std::string body = "<div class=topic><h1>How do I fix the boiler?</h1><p>Question. " +
                           lorem + "</p><p>More detail. " + lorem + "</p><p>Still more. " +
                           lorem + "</p></div><div id=comments class=comments>" + replies +
                           "</div>";
  const std::string blog = chrome_around(body, "<meta property=og:type content=article>");
  CHECK(contains(selected_text(blog), "Question. "));
  CHECK_FALSE(contains(selected_text(blog), "Answer 0. "));
  for (const std::string head :
       {"<script type=application/ld+json>{\"@context\":\"https://schema.org\",\"@type\":"
        "\"DiscussionForumPosting\",\"headline\":\"boiler\"}</script>",
        "<script type=application/ld+json>{\"@type\":\"QAPage\"}</script>"}) {
    const std::string text = selected_text(chrome_around(body, head));
    INFO(head);
    CHECK(contains(text, "Question. "));
    for (int i = 0; i < 5; ++i) CHECK(contains(text, "Answer " + std::to_string(i) + ". "));
    CHECK_FALSE(contains(text, "Copyright"));
  }
  const std::string microdata = chrome_around(
      "<div itemscope itemtype=https://schema.org/DiscussionForumPosting>" + body + "</div>");
  CHECK(contains(selected_text(microdata), "Answer 4. "));
}


TEST_CASE("main content: newsletter and author boxes inside the article are left out",
          "[main_content]") {
  const std::string body =
      "<article><h1>Council approves the budget</h1>" + paragraphs(2) +
      "<div class=\"newsletter-signup\"><h3>Sign up for our newsletter</h3><p>The news in your "
      "inbox, every morning.</p><form><input type=email><button>Subscribe</button></form></div>" +
      paragraphs(2) +
      "<div class=\"author-bio\"><img src=me.jpg><p>Jane Doe covers the council for the Daily, "
      "and has done so since 2010, after ten years at the Courier writing about the harbour, "
      "the schools and the roads.</p></div>"
      "<div class=\"subscribe\"><p>Support local news: subscribe today.</p></div>"
      "<div class=\"subscriber-note\"><p>Paragraph kept. Readers who subscribe, as many do, "
      "get this note, which is part of the story.</p></div></article>";
  const std::string text = selected_text(chrome_around(body));
  CHECK(contains(text, "Paragraph 1. "));
  CHECK(contains(text, "Paragraph kept."));
  CHECK_FALSE(contains(text, "Sign up for our newsletter"));
  CHECK_FALSE(contains(text, "inbox"));
  CHECK_FALSE(contains(text, "Jane Doe"));
  CHECK_FALSE(contains(text, "Support local news"));
  // A box with the article's length of text is no box: it stays.
  const std::string long_box = "<div class=newsletter-body>" + paragraphs(6) + "</div>";
  CHECK(contains(selected_text(chrome_around(long_box)), "Paragraph 5. "));
}

TEST_CASE("main content: a listing keeps posts filed under a newsletter category, not the box",
          "[main_content][fallback]") {
  // WordPress files posts with classes such as category-newsletter or tag-subscribe: they say
  // what a post is about. The page without its chrome keeps every post and drops the box.
  std::string posts;
  for (int i = 0; i < 8; ++i)
    posts += std::string("<div class=\"post ") +
             (i % 2 == 0 ? "category-newsletter tag-subscribe" : "category-news") +
             "\"><h2><a href=/p" + std::to_string(i) + ">Post number " + std::to_string(i) +
             " on the harbour</a></h2><span>An excerpt of the post, short.</span></div>";
  const std::string text = selected_text(chrome_around(
      "<div class=posts>" + posts +
      "</div><div class=newsletter-signup><p>Get the harbour news in your inbox.</p></div>"));
  for (int i = 0; i < 8; ++i) CHECK(contains(text, "Post number " + std::to_string(i) + " "));
  CHECK_FALSE(contains(text, "inbox"));
}

TEST_CASE("main content: an iframe's text does not score", "[main_content]") {
  // An <iframe>'s content is never shown; comma-heavy text there must not pull the choice
  // away from the article.
  const std::string frame_text =
      "Rain, wind, hail, fog, snow, sleet, sun, and more: the week, the month, the year, all in "
      "one, in brief, for you, again, and again, and again. ";
  std::string frames;
  for (int i = 0; i < 8; ++i)
    frames += "<div class=box><iframe src=x>" + frame_text + frame_text + "</iframe></div>";
  const std::string text = selected_text(
      "<html><head><title>T</title></head><body><div class=frames>" + frames +
      "</div><div class=story>" + paragraphs(3) + "</div></body></html>");
  CHECK(contains(text, "Paragraph 2. "));
  // Counted, it would make the page without its chrome outweigh the story.
  CHECK_FALSE(contains(text, "Rain, wind"));
}

TEST_CASE("main content: a near-equal candidate with several times the text wins",
          "[main_content]") {
  // A short box of comma-heavy teasers with a positive class outscores the story beside it;
  // the story scores nearly as much with over three times the text, so it is the article.
  const std::string story =
      "The harbour board met again on Monday and agreed the plan for the new quay after a long "
      "debate in the town hall that ran late into the evening while residents waited outside "
      "for news, and then went home.";
  const std::string teaser =
      "Rain, wind, hail, fog, snow, sleet, sun, and more: the week, the month, the year, all in "
      "one, in brief, for you.";
  std::string html = "<html><head><title>T</title></head><body><div class=a><div id=story>";
  for (int i = 0; i < 12; ++i) html += "<p>" + story + " " + std::to_string(i) + "</p>";
  html += "</div><div class=meta>By the staff</div></div><div class=b><div class=c><div class=d>"
          "<div class=entry-text>";
  for (int i = 0; i < 5; ++i) html += "<p>" + teaser + " " + std::to_string(i) + "</p>";
  html += "</div></div></div></div></body></html>";
  const std::string text = selected_text(html);
  CHECK(contains(text, "went home. 0"));
  CHECK(contains(text, "went home. 11"));
  CHECK_FALSE(contains(text, "Rain, wind"));
}

TEST_CASE("main content: a wrapper named like chrome that holds most of the page is looked into",
          "[main_content][fallback]") {
  // An app whose root is named for its header component: the listing inside it is the page.
  // A class that says chrome on a small box still leaves it out.
  std::string cards;
  for (int i = 0; i < 12; ++i)
    cards += "<li><a href=/item/" + std::to_string(i) + ">Headline of story number " +
             std::to_string(i) + " about the harbour</a><span>3 hours ago</span></li>";
  const std::string text = selected_text(chrome_around(
      "<div id=header-experience><ul>" + cards + "</ul><div class=sidebar-promo><p>Sponsored: "
      "a small box named as chrome, with a sentence of its own.</p></div></div>"));
  for (int i = 0; i < 12; ++i) CHECK(contains(text, "story number " + std::to_string(i) + " "));
  CHECK_FALSE(contains(text, "a small box named as chrome"));
  CHECK_FALSE(contains(text, "Copyright"));
}

TEST_CASE("main content: a gallery's counter is left out, figures in a table stay",
          "[main_content]") {
  const std::string body =
      "<article>" + paragraphs(2) +
      "<div class=gallery><figure><img src=a.jpg><figcaption>The hall at night.</figcaption>"
      "</figure><div class=controls><button>Close</button><span>Image 1 of 8</span></div>"
      "<div>2 / 8</div><p>Bild 3 von 8</p></div>" + paragraphs(2) +
      "<table><tr><th>City</th><th>Jan</th><th>Jul</th></tr><tr><td>Auckland</td><td>23/16</td>"
      "<td>14/7</td></tr><tr><td>Dunedin</td><td>19/11</td><td>10/3</td></tr></table>"
      "<p>Scores were 3 of the 12 we expected, in all, and we said so.</p></article>";
  const std::string text = selected_text(chrome_around(body));
  CHECK(contains(text, "The hall at night."));
  CHECK_FALSE(contains(text, "Image 1 of 8"));
  CHECK_FALSE(contains(text, "2 / 8"));
  CHECK_FALSE(contains(text, "Bild 3 von 8"));
  CHECK(contains(text, "23/16"));
  CHECK(contains(text, "10/3"));
  CHECK(contains(text, "Scores were 3 of the 12"));
}

TEST_CASE("main content: a consent notice over a listing is left out, a section on cookies stays",
          "[main_content][overlays]") {
  // The notice's legal prose outscores the short teasers of a listing; it asks for an answer
  // (its buttons), so it is the consent manager's, not the page's.
  std::string cards;
  for (int i = 0; i < 12; ++i)
    cards += "<li><a href=/item/" + std::to_string(i) + ">Headline of story number " +
             std::to_string(i) + " about the harbour</a></li>";
  const std::string notice =
      "<div id=onetrust-banner-sdk><div class=ot-policy><h2>We value your privacy</h2>"
      "<p>We and our partners store and access personal data, like browsing data or unique "
      "identifiers, on your device, and process it to provide personalised ads, content, "
      "measurement, audience research and services, as described in our policy.</p>"
      "<p>You can change your choices, withdraw consent, or object at any time, on this page, "
      "in the footer, or in the settings, for every partner, for every purpose, now or later.</p>"
      "</div><button>Allow all</button><a class=cc-btn href=#>Reject all</a></div>";
  const std::string text = selected_text(chrome_around("<ul>" + cards + "</ul>" + notice));
  for (int i = 0; i < 12; ++i) CHECK(contains(text, "story number " + std::to_string(i) + " "));
  CHECK_FALSE(contains(text, "personal data"));
  CHECK_FALSE(contains(text, "Allow all"));

  // A documentation page's section about cookies asks nothing: it is content.
  const std::string doc_page = chrome_around(
      "<main><h1>Using HTTP cookies</h1>" + paragraphs(2) +
      "<section id=cookies-and-sessions class=cookie-section><h2 id=cookies>Cookies and "
      "sessions</h2><p>A cookie is a small piece of data a server sends to a browser, which "
      "stores it and sends it back with later requests to the same server, in a header.</p>"
      "</section>" + paragraphs(2, "p") + "</main>");
  CHECK(contains(selected_text(doc_page), "A cookie is a small piece of data"));
}

TEST_CASE("main content: aria-hidden on the page behind an open dialog hides nothing",
          "[main_content][overlays]") {
  // Saved while a modal was open, the page's <main> carries aria-hidden=true (the dialog
  // pattern keeps screen readers in the dialog): it is still the content. aria-hidden on a
  // part of the page (a carousel of teasers) still leaves that part out.
  const std::string page =
      "<html><head><title>Ladies top, size 6</title></head><body>"
      "<div class=consent-dialog role=dialog><p>We use cookies.</p><button>OK</button></div>"
      "<div class=page aria-hidden=true><main class=product><h1>Ladies top, size 6</h1>" +
      paragraphs(3) +
      "<div class=teasers aria-hidden=true><p>Teaser: another top, also on sale now, cheap, "
      "in three colours, for a week.</p></div></main></div></body></html>";
  const std::string text = selected_text(page);
  CHECK(contains(text, "Paragraph 2. "));
  CHECK_FALSE(contains(text, "Teaser"));
  CHECK_FALSE(contains(text, "We use cookies"));
}

TEST_CASE("main content: advertising slots inside the article are left out, promoted results stay",
          "[main_content]") {
  // A slot's label ("Advertisement - Continue Reading Below") sits in an element named for the
  // slot: a token "ad"/"ads", or one beginning or ending with it ("ad-container", "gpt-ad").
  const std::string body =
      "<article><h1>Council approves the budget</h1>" + paragraphs(2) +
      "<div class=\"breaker-ad css-x1\"><div class=ad-disclaimer>Advertisement - Continue "
      "Reading Below</div><div id=div-gpt-ad-1></div></div>" + paragraphs(2) +
      "<div class=\"ad\">Sponsored by the harbour bakery, fresh bread daily.</div>"
      "<p class=\"lead road-trip\">Paragraph kept: a lead whose class only contains the letters."
      "</p></article>";
  const std::string text = selected_text(chrome_around(body));
  CHECK(contains(text, "Paragraph 1. "));
  CHECK(contains(text, "Paragraph kept"));
  CHECK_FALSE(contains(text, "Continue Reading Below"));
  CHECK_FALSE(contains(text, "harbour bakery"));

  // In a shop's listing, a promoted result's title carries id "ad-listing-title-…": a result.
  std::string cards;
  for (int i = 0; i < 10; ++i)
    cards += "<li><a href=/l/" + std::to_string(i) + "><h2 id=ad-listing-title-" +
             std::to_string(i) + ">Leather wallet model " + std::to_string(i) +
             "</h2><span>USD 55.25</span></a></li>";
  const std::string listing = selected_text(chrome_around("<ul class=results>" + cards + "</ul>"));
  for (int i = 0; i < 10; ++i)
    CHECK(contains(listing, "Leather wallet model " + std::to_string(i) + " "));
}

TEST_CASE("main content: a listing's filter panel is left out, an accordion named alike stays",
          "[main_content][overlays]") {
  // Filters ask for input (checkboxes, a choice); their labels and counts are not the page's.
  std::string facets;
  for (const char* v : {"Black", "Blue", "Brown", "Green", "Grey", "Orange", "Red", "White"})
    facets += std::string("<li><input type=checkbox id=c-") + v + "><label for=c-" + v + ">" +
              v + " colour option (12)</label></li>";
  std::string cards;
  for (int i = 0; i < 12; ++i)
    cards += "<li class=card><a href=/p/" + std::to_string(i) + ">Leather wallet model " +
             std::to_string(i) + "</a><span>$55.25</span></li>";
  const std::string text = selected_text(chrome_around(
      "<div class=collection><div class=\"facets-panel\"><h2>Filter by</h2><ul>" + facets +
      "</ul><select class=sort><option>Price, low to high</option></select></div>"
      "<div class=toolbar-sorter><label>Arrange the results by</label><select><option>Price"
      "</option></select></div><div class=filter-results><ul class=grid>" + cards +
      "</ul></div></div>"));
  for (int i = 0; i < 12; ++i)
    CHECK(contains(text, "Leather wallet model " + std::to_string(i) + "$55.25"));
  CHECK_FALSE(contains(text, "colour option"));
  CHECK_FALSE(contains(text, "Filter by"));
  CHECK_FALSE(contains(text, "Arrange the results"));

  // An FAQ's accordion (a button toggles it) named "facet-row" is content.
  const std::string faq = selected_text(chrome_around(
      "<main><h1>Beginner sewing machines</h1>" + paragraphs(2) +
      "<div class=facet-row><div class=expandable-header role=button>What should I look for?"
      "</div><div class=expandable-body><p>Look for ease of use, convenience, speed and cost, "
      "and a machine that is sturdy, reliable and helps you learn the basics.</p></div></div>"
      "</main>"));
  CHECK(contains(faq, "Look for ease of use"));
}

TEST_CASE("main content: a list of skip links is left out, a skip link's target stays",
          "[main_content][overlays]") {
  std::string cards;
  for (int i = 0; i < 12; ++i)
    cards += "<li><a href=/item/" + std::to_string(i) + ">Headline of story number " +
             std::to_string(i) + " about the harbour</a></li>";
  const std::string text = selected_text(chrome_around(
      "<ul class=unav__skiplinks><li class=sr-only><a href=/accessibility>Accessibility "
      "statement</a></li><li><a href=/cart>Cart</a></li></ul><ul>" + cards + "</ul>"));
  CHECK(contains(text, "story number 11 "));
  CHECK_FALSE(contains(text, "Accessibility statement"));

  // The element a skip link jumps to is named for it too: it holds the page.
  const std::string target = selected_text(
      chrome_around("<div id=skip-to-content><h1>Council approves the budget</h1>" +
                    paragraphs(3) + "</div>"));
  CHECK(contains(target, "Paragraph 2. "));
}

TEST_CASE("main content: identifiers alone in a span are left out, in code they stay",
          "[main_content]") {
  // A marketplace spells "Sponsored" between decoy UUIDs its style sheet hides; a reader sees
  // no identifier. In code or a table cell an identifier is what the text shows.
  const std::string body =
      "<article>" + paragraphs(2) +
      "<div class=label><span>8aaaa084-6d2b-466d-9e17-16cfe487faa6</span><span>S</span>"
      "<span>c23d6646-45C0-4d87-b0e0-b609639e7dcf</span><span>p</span></div>" + paragraphs(2) +
      "<p>Set the key: <code>123e4567-e89b-12d3-a456-426614174000</code></p>"
      "<table><tr><th>Device</th><th>Id</th></tr><tr><td>Pump</td>"
      "<td><span>98acc47b-1027-47da-bbe2-763098d79508</span></td></tr></table></article>";
  const std::string text = selected_text(chrome_around(body));
  CHECK(contains(text, "Paragraph 1. "));
  CHECK_FALSE(contains(text, "8aaaa084"));
  CHECK_FALSE(contains(text, "c23d6646"));
  CHECK(contains(text, "123e4567-e89b-12d3-a456-426614174000"));
  CHECK(contains(text, "98acc47b-1027-47da-bbe2-763098d79508"));
}
