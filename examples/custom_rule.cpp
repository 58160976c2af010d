// A custom rule: render <mark> as ==highlight== and drop <aside> entirely.
#include <article2md/article2md.hpp>

#include <iostream>

int main() {
  article2md::converter conv;
  conv.add_rule("mark", [](const article2md::html_node& node, article2md::rule_context& ctx) {
    ctx.render_wrapped(node, "==", "==");
    return article2md::rule_result::done;
  });
  // A rule may look at the element and defer: here only <span class="x"> is taken.
  conv.add_rule("span", [](const article2md::html_node& node, article2md::rule_context& ctx) {
    if (!node.has_class("shout")) return article2md::rule_result::pass;
    ctx.render_wrapped(node, "**", "**", '*');
    return article2md::rule_result::done;
  });
  conv.remove({"aside"});
  std::cout << conv.convert(
      "<p>A <mark>marked</mark> and <span class=shout>loud</span> word.</p>"
      "<aside>Related: nothing</aside>");
}
