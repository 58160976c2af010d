// A product's page without the rails of other products' cards ("Similar items", "Customers
// also viewed"); listings keep their cards (src/article/extraction/product_rails.cpp).
#include <article2md/converter.hpp>

#include <catch2/catch.hpp>

#include <string>

namespace {

const char* const product_ld =
    "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
    "\"@type\":\"Product\",\"name\":\"Harbour Rain Jacket\",\"offers\":{\"@type\":\"Offer\","
    "\"price\":\"89.00\",\"priceCurrency\":\"USD\"}}</script>";

// Four cards of other products, each a link, an image and a price, under a heading.
std::string rail(const std::string& heading, const std::string& currency_before,
                 const std::string& currency_after) {
  std::string s = "<section><h2>" + heading + "</h2><ul>";
  for (int i = 1; i <= 4; ++i)
    s += "<li><a href=/p/" + std::to_string(i) + "><img src=c" + std::to_string(i) +
         ".jpg alt=\"\"></a><h3><a href=/p/" + std::to_string(i) + ">Coat " +
         std::to_string(i) + "</a></h3><span>Waxed cotton, lined, in navy or olive</span><span>" +
         currency_before + "4" + std::to_string(i) + ".00" + currency_after +
         "</span><span>4.5 out of 5 stars</span></li>";
  return s + "</ul></section>";
}

std::string page(const std::string& head, const std::string& price, const std::string& after) {
  return "<html><head><title>Harbour Rain Jacket | Shop</title>" + head +
         "</head><body><nav><a href=/>Shop</a></nav><main><div class=product>"
         "<h1>Harbour Rain Jacket</h1><p class=price>" + price +
         "</p><div class=description><p>A light jacket for wet days by the sea, with taped "
         "seams, a hood that folds into the collar and two deep pockets that keep your hands "
         "warm and dry.</p></div></div>" + after + "</main><footer>Shop Ltd</footer></body></html>";
}

std::string body_of(const std::string& html) {
  article2md::options opts;
  opts.header = article2md::header_style::none;
  return article2md::to_markdown(html, {}, opts);
}

const char* const product_alone =
    "# Harbour Rain Jacket\n\n"
    "$89.00\n\n"
    "A light jacket for wet days by the sea, with taped seams, a hood that folds into the collar "
    "and two deep pockets that keep your hands warm and dry.\n";

}  // namespace

TEST_CASE("product rails: other products' cards beside a product are left out",
          "[main_content][product]") {
  // Declared in JSON-LD, in microdata or by og:type; the rail's heading goes with it, in
  // any language and currency.
  CHECK(body_of(page(product_ld, "$89.00", rail("You may also like", "$", ""))) ==
        product_alone);
  CHECK(body_of(page("<meta property=og:type content=product>", "$89.00",
                     rail("Andere kauften auch", "", "\xC2\xA0\xE2\x82\xAC") +
                         rail("Recently viewed", "EUR ", ""))) == product_alone);
}

TEST_CASE("product rails: listings keep their cards", "[main_content][product]") {
  const std::string cards = rail("Our coats", "$", "");
  // Without a declaration of one product.
  std::string md = body_of(page("", "$89.00", cards));
  CHECK(md.find("Coat 4") != std::string::npos);
  // A page showing a group of products, whatever else it declares.
  md = body_of(page(std::string(product_ld) + "<meta property=og:type content=product.group>",
                    "$89.00", cards));
  CHECK(md.find("Coat 4") != std::string::npos);
  // A category page that calls itself a product: no price of its own beside its heading.
  md = body_of(page(product_ld, "Coats for every weather.", cards));
  CHECK(md.find("Coat 4") != std::string::npos);
}

TEST_CASE("product rails: customers' reviews of a product are left out",
          "[main_content][product]") {
  // Named by class or id ("reviews", "review-card", "user_reviews"); its heading goes with it.
  const std::string reviews =
      "<section><h2>Customer reviews</h2><div class=\"product-reviews\">"
      "<div class=review-card><b>Great jacket</b><p>I wore it all winter on the ferry and it kept "
      "me dry every single day, even in the storms of January.</p></div>"
      "<div class=review-card><b>Runs small</b><p>Lovely fabric, but order a size up if you want "
      "to wear a thick jumper under it on cold mornings.</p></div></div></section>";
  CHECK(body_of(page(product_ld, "$89.00", reviews)) == product_alone);
  // A preview is no review; and a review is content on a page that sells nothing.
  const std::string preview =
      "<div class=video-preview><p>Watch the jacket shed a bucket of water.</p></div>";
  CHECK(body_of(page(product_ld, "$89.00", preview)).find("bucket of water") !=
        std::string::npos);
  CHECK(body_of(page("", "$89.00", reviews)).find("Runs small") != std::string::npos);
}

TEST_CASE("product rails: the product's heading and price may lie outside the chosen details",
          "[main_content][product]") {
  // The details are the longest text and make the article; the name and price sit in a buy
  // box beside them, which still says this is one product's page.
  const std::string para =
      "The jacket is cut from a recycled nylon that sheds rain and wind, with seams taped from "
      "the inside, a hood that rolls into the collar, and cuffs that close with a soft tab. ";
  const std::string html =
      std::string("<html><head><title>Harbour Rain Jacket | Shop</title>") + product_ld +
      "</head><body><div class=top><div class=buy><h1>Harbour Rain Jacket</h1><span>$89.00</span> "
      "<button>Add to cart</button></div></div><div class=content><section class=details>"
      "<h2>Details</h2><p>" + para + para + "</p><p>" +
      para + "</p><p>" + para + para + "</p><div class=reviews><h3>Reviews</h3><p>Kept me dry "
      "on the ferry all winter, even in the storms of January, and it still looks new.</p></div>"
      "</section></div></body></html>";
  const std::string md = body_of(html);
  CHECK(md.find("cuffs that close") != std::string::npos);
  CHECK(md.find("ferry") == std::string::npos);
}

TEST_CASE("product rails: an Add to cart control says the page sells a product",
          "[main_content][product]") {
  // No metadata at all: the button alone, however its name is joined.
  const std::string cards = rail("Customers also bought", "$", "");
  CHECK(body_of(page("", "$89.00<button id=add-to-cart-button>Add to Cart</button>", cards)) ==
        product_alone);
  CHECK(body_of(page("", "$89.00<form><button name=AddToCart>Add</button></form>", cards)) ==
        product_alone);
  // The press's reviews of a book are its blurbs, not its buyers' reviews: they stay.
  CHECK(body_of(page(product_ld, "$89.00",
                     "<div id=editorialReviews><p>\"A jacket for the ages: it kept our reporter "
                     "dry through a week of storms on the coast, and still looked new at the end "
                     "of it.\" - The Coast Weekly</p></div>"))
            .find("The Coast Weekly") != std::string::npos);
}

TEST_CASE("product rails: a page marked part of a paywalled product sells nothing",
          "[main_content][product]") {
  // News sites' subscription markup: isPartOf {"@type": ["CreativeWork", "Product"]} with a
  // productID, no offers, no SKU. The page is no product's: its priced cards stay.
  const std::string paywall =
      "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
      "\"@type\":\"NewsArticle\",\"headline\":\"Harbour Rain Jacket\",\"isPartOf\":{"
      "\"@type\":[\"CreativeWork\",\"Product\"],\"name\":\"The Daily\","
      "\"productID\":\"daily.com:basic\"}}</script>";
  const std::string body = body_of(page(paywall, "$89.00", rail("You may also like", "$", "")));
  CHECK(body.find("Coat 1") != std::string::npos);
  CHECK(body.find("Coat 4") != std::string::npos);
  // The same in microdata.
  const std::string microdata = body_of(page(
      "", "$89.00",
      rail("You may also like", "$", "") +
          "<div itemprop=isPartOf itemscope itemtype=\"http://schema.org/CreativeWork "
          "http://schema.org/Product\"><meta itemprop=name content=\"The Daily\"></div>"));
  CHECK(microdata.find("Coat 1") != std::string::npos);
}
