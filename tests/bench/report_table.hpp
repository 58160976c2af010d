#pragma once
// A table printed aligned for the terminal, or as a Markdown (GFM) table for the docs.

#include <ostream>
#include <string>
#include <vector>

namespace article2md::bench {

class report_table {
 public:
  report_table(std::string title, std::vector<std::string> headers);
  void add_row(std::vector<std::string> cells);
  void add_note(std::string note);
  void print(std::ostream& out, bool markdown) const;

 private:
  std::string title_;
  std::vector<std::string> headers_;
  std::vector<std::vector<std::string>> rows_;
  std::vector<std::string> notes_;
};

/// `value` with `decimals` digits after the point.
std::string fixed(double value, int decimals);
/// Bytes as decimal megabytes (10^6), with one decimal (two below 10 MB).
std::string megabytes(double bytes);

}  // namespace article2md::bench
