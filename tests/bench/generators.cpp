#include "generators.hpp"

#include <string_view>

namespace article2md::bench {
namespace {

void append_number(std::string& out, std::size_t n) { out += std::to_string(n); }

void paragraph(std::string& out, std::size_t n) {
  out += "<p>Paragraph ";
  append_number(out, n);
  out +=
      ": Lorem ipsum dolor sit amet, <a href=\"https://example.com/articles/";
  append_number(out, n);
  out +=
      "\">consectetur adipiscing</a> elit, sed do <em>eiusmod tempor</em> incididunt ut "
      "labore et <strong>dolore magna aliqua</strong>. Ut enim ad minim veniam, quis nostrud "
      "exercitation <code>ullamco_laboris</code> nisi ut aliquip ex ea commodo consequat; "
      "1 &lt; 2 &amp; [brackets] *stars* stay text.</p>\n";
}

void flat(std::string& out, std::size_t bytes) {
  for (std::size_t n = 0; out.size() < bytes; ++n) {
    if (n % 20 == 0) {
      out += "<h2>Section ";
      append_number(out, n / 20 + 1);
      out += "</h2>\n";
    }
    paragraph(out, n);
  }
}

// One run: each level opens a container and a short paragraph; the closing tags follow the
// innermost level. The containers cycle so blockquote prefixes and list indentation both grow.
void nested_run(std::string& out, std::size_t run) {
  static constexpr std::string_view open[] = {"<div>", "<blockquote>", "<ul><li>", "<div>"};
  static constexpr std::string_view close[] = {"</div>", "</blockquote>", "</li></ul>",
                                               "</div>"};
  constexpr std::size_t kinds = sizeof open / sizeof open[0];
  for (std::size_t level = 0; level < nested_run_depth; ++level) {
    out += open[level % kinds];
    out += "<p>Run ";
    append_number(out, run);
    out += " level ";
    append_number(out, level);
    out += ": some <em>nested</em> text.</p>";
  }
  for (std::size_t level = nested_run_depth; level-- > 0;) out += close[level % kinds];
  out += '\n';
}

void nested(std::string& out, std::size_t bytes) {
  for (std::size_t run = 0; out.size() < bytes; ++run) nested_run(out, run);
}

void table(std::string& out, std::size_t bytes) {
  constexpr std::size_t columns = 8;
  out += "<table>\n<thead><tr>";
  for (std::size_t c = 0; c < columns; ++c) {
    out += "<th>Column ";
    append_number(out, c + 1);
    out += "</th>";
  }
  out += "</tr></thead>\n<tbody>\n";
  static constexpr std::string_view closing = "</tbody>\n</table>\n";
  for (std::size_t r = 0; out.size() + closing.size() < bytes; ++r) {
    out += "<tr>";
    for (std::size_t c = 0; c < columns; ++c) {
      out += "<td>";
      if (c == 0) {
        out += "<a href=\"https://example.com/row/";
        append_number(out, r);
        out += "\">row ";
        append_number(out, r);
        out += "</a>";
      } else if (c == 3) {
        out += "<em>cell</em> | with a pipe";
      } else {
        out += "value ";
        append_number(out, r * columns + c);
      }
      out += "</td>";
    }
    out += "</tr>\n";
  }
  out += closing;
}

}  // namespace

const char* shape_name(shape s) {
  switch (s) {
    case shape::flat_paragraphs:
      return "flat paragraphs";
    case shape::nested_blocks:
      return "nested blocks (1,000-deep runs)";
    case shape::big_table:
      return "one big table";
  }
  return "?";
}

std::string generate(shape s, std::size_t bytes) {
  std::string out;
  // Room for the last unit too, so the string never reallocates (and never doubles the peak).
  out.reserve(bytes + 128 * 1024);
  out += "<article>\n<h1>Synthetic article</h1>\n";
  switch (s) {
    case shape::flat_paragraphs:
      flat(out, bytes);
      break;
    case shape::nested_blocks:
      nested(out, bytes);
      break;
    case shape::big_table:
      table(out, bytes);
      break;
  }
  out += "</article>\n";
  return out;
}

std::string deep_divs(std::size_t depth) {
  std::string out;
  out.reserve(depth * 11 + 64);
  for (std::size_t i = 0; i < depth; ++i) out += "<div>";
  out += "<p>At the bottom.</p>";
  for (std::size_t i = 0; i < depth; ++i) out += "</div>";
  out += '\n';
  return out;
}

}  // namespace article2md::bench
