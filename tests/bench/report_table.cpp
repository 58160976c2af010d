#include "report_table.hpp"

#include <algorithm>
#include <iomanip>
#include <sstream>
#include <utility>

namespace article2md::bench {
namespace {

// Display width of UTF-8 text: code points (the tables hold no wide characters).
std::size_t width(const std::string& s) {
  std::size_t n = 0;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

}  // namespace

report_table::report_table(std::string title, std::vector<std::string> headers)
    : title_(std::move(title)), headers_(std::move(headers)) {}

void report_table::add_row(std::vector<std::string> cells) {
  cells.resize(headers_.size());
  rows_.push_back(std::move(cells));
}

void report_table::add_note(std::string note) { notes_.push_back(std::move(note)); }

void report_table::print(std::ostream& out, bool markdown) const {
  const std::size_t n = headers_.size();
  std::vector<std::size_t> w(n, 0);
  for (std::size_t c = 0; c < n; ++c) {
    w[c] = std::max<std::size_t>(width(headers_[c]), 3);
    for (const auto& r : rows_) w[c] = std::max(w[c], width(r[c]));
  }
  // First column text, left-aligned; the others are figures, right-aligned.
  auto cell = [&](const std::string& s, std::size_t c) {
    const std::string pad(w[c] - width(s), ' ');
    return c == 0 ? s + pad : pad + s;
  };

  if (markdown) {
    out << "#### " << title_ << "\n\n";
    auto line = [&](const std::vector<std::string>& cells) {
      out << '|';
      for (std::size_t c = 0; c < n; ++c) out << ' ' << cell(cells[c], c) << " |";
      out << '\n';
    };
    line(headers_);
    out << '|';
    for (std::size_t c = 0; c < n; ++c)
      out << (c == 0 ? ":" + std::string(w[c] + 1, '-') : std::string(w[c] + 1, '-') + ":")
          << '|';
    out << '\n';
    for (const auto& r : rows_) line(r);
    if (!notes_.empty()) out << '\n';
    for (const auto& note : notes_) out << note << "\n";
    out << '\n';
    return;
  }

  out << title_ << '\n';
  auto line = [&](const std::vector<std::string>& cells) {
    std::string text;
    for (std::size_t c = 0; c < n; ++c) text += "  " + cell(cells[c], c);
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out << text << '\n';
  };
  line(headers_);
  std::size_t total = 0;
  for (std::size_t c = 0; c < n; ++c) total += w[c] + 2;
  out << "  " << std::string(total - 2, '-') << '\n';
  for (const auto& r : rows_) line(r);
  for (const auto& note : notes_) out << "  " << note << '\n';
  out << '\n';
}

std::string fixed(double value, int decimals) {
  std::ostringstream s;
  s << std::fixed << std::setprecision(decimals) << value;
  return s.str();
}

std::string megabytes(double bytes) {
  const double mb = bytes / 1e6;
  return fixed(mb, mb < 10 ? 2 : 1);
}

}  // namespace article2md::bench
