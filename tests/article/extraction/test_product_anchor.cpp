// A product's page keeps what its JSON-LD Product description says, where the page shows it
// (src/article/extraction/product_anchor.cpp).
#include <article2md/converter.hpp>

#include <catch2/catch.hpp>

#include <string>

namespace {

std::string ld(const std::string& type, const std::string& description) {
  return "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"" +
         type + "\",\"name\":\"Trail Pack\",\"description\":\"" + description + "\"}</script>";
}

// The description in the buy box; a longer brand story below, where scoring goes.
std::string buy_box_page(const std::string& head, const std::string& shown) {
  return "<html><head><title>Trail Pack | Outdoor Shop</title>" + head +
         "</head><body><nav><a href=/>Shop</a></nav><main><div class=top><div class=buybox>"
         "<h1>Trail Pack</h1><span class=price>$89.00</span><section class=desc><p>" + shown +
         "</p></section></div></div><nav class=crumbs><a href=/packs>Packs</a> <a "
         "href=/day>Day packs</a></nav><div class=below><section class=brand><div class=text>"
         "<h2>Built together</h2><p>From feedback to field testing, all of our gear is dialed "
         "in by our members, who hike, climb, paddle and camp in every season, and whose notes "
         "shape every stitch, zip and strap.</p><p>Their adventures, from the desert to the "
         "coast, informed every detail, making for better, longer-lasting gear that you can "
         "repair, resell or recycle when you are done with it.</p><p>We test, we listen, we "
         "change, and we test again, so that what reaches you has been carried for thousands "
         "of miles, in rain, snow, heat and wind, before you ever pack it.</p></div></section>"
         "</div></main><footer>Shop Ltd</footer></body></html>";
}

const char* const brand_story =
    "## Built together\n\n"
    "From feedback to field testing, all of our gear is dialed in by our members, who hike, "
    "climb, paddle and camp in every season, and whose notes shape every stitch, zip and "
    "strap.\n\n"
    "Their adventures, from the desert to the coast, informed every detail, making for better, "
    "longer-lasting gear that you can repair, resell or recycle when you are done with it.\n\n"
    "We test, we listen, we change, and we test again, so that what reaches you has been "
    "carried for thousands of miles, in rain, snow, heat and wind, before you ever pack it.\n";

const char* const sentences =
    "Keep your gear within easy reach in the Trail Pack. It fits a wide range of bodies.";

std::string body_of(const std::string& html) {
  article2md::options opts;
  opts.header = article2md::header_style::none;
  return article2md::to_markdown(html, {}, opts);
}

}  // namespace

TEST_CASE("product description: the block showing it joins the content",
          "[main_content][product]") {
  // The description may carry more than the page shows (a name and colour before it).
  const std::string head = ld("Product", std::string("Trail Pack - Green : ") + sentences);
  CHECK(body_of(buy_box_page(head, sentences)) ==
        std::string("# Trail Pack\n\n$89.00\n\n") + sentences + "\n\n" + brand_story);
  // Without a product declared, scoring's choice stands.
  CHECK(body_of(buy_box_page(ld("Thing", sentences), sentences)) == brand_story);
}

TEST_CASE("product description: a tagline under the name is not the description",
          "[main_content][product]") {
  const std::string tagline = "4-in/4-out, 24-bit/192kHz, USB-C Audio Interface with 2 Preamps";
  CHECK(body_of(buy_box_page(ld("Product", tagline), tagline)) == brand_story);
}

TEST_CASE("product description: a drawer cleaning drops is brought back",
          "[main_content][product]") {
  const std::string text =
      "The Arrival Tee is your admission to a new approach to training &amp; rest.";
  auto page = [&](const std::string& type) {
    return "<html><head><title>Arrival Tee | Shop</title>" +
           ld(type, "<p>" + text + "</p>") +
           "</head><body><main><div class=product><h1>Arrival Tee</h1><p>$22.00</p><p>Made for "
           "training, with a light fabric that moves with you, dries fast after a hard "
           "session, and keeps its shape wash after wash, season after season.</p><p>Cut slim "
           "through the chest and straight at the hem, with set-in sleeves, a crew neck, "
           "flatlock seams that lie flat against the skin, and a small printed logo.</p><div "
           "class=accordion><aside class=sheet><p>" +
           text + "</p></aside></div></div></main></body></html>";
  };
  const std::string shown = "The Arrival Tee is your admission to a new approach to training";
  CHECK(body_of(page("Product")).find(shown) != std::string::npos);
  CHECK(body_of(page("Thing")).find(shown) == std::string::npos);
}
