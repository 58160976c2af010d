#include "gold_report.hpp"

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <map>

namespace article2md::oracle {
namespace {

// printf-style, as Python's f-strings format these numbers (correctly rounded).
std::string format(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
std::string format(const char* fmt, ...) {
  char buf[512];
  va_list args;
  va_start(args, fmt);
  const int n = std::vsnprintf(buf, sizeof buf, fmt, args);
  va_end(args);
  const std::size_t len = n < 0 ? 0 : static_cast<std::size_t>(n);
  return std::string(buf, std::min(len, sizeof buf - 1));
}

// mean = lambda xs, i: sum(x[i] for x in xs) / len(xs): summed in order, as Python 3.11 sums.
gold_kind mean_of(const std::string& type, const std::vector<const gold_row*>& rows) {
  gold_kind k;
  k.type = type;
  k.pages = rows.size();
  for (const gold_row* r : rows) {
    k.f1 += r->text.f1;
    k.precision += r->text.precision;
    k.recall += r->text.recall;
  }
  const auto n = static_cast<double>(std::max<std::size_t>(rows.size(), 1));
  k.f1 /= n;
  k.precision /= n;
  k.recall /= n;
  return k;
}

}  // namespace

gold_kind gold_summary::kind(const std::string& type) const {
  for (const gold_kind& k : kinds) {
    if (k.type == type) return k;
  }
  return gold_kind{type};
}

double gold_summary::with_rate() const noexcept {
  return static_cast<double>(with_found) / static_cast<double>(std::max<long long>(with_total, 1));
}

double gold_summary::without_rate() const noexcept {
  return meta_pages == 0 ? 0.0
                         : static_cast<double>(without_pages) / static_cast<double>(meta_pages);
}

gold_summary summarize_gold(const std::string& set, const std::vector<gold_row>& rows) {
  gold_summary s;
  s.set = set;
  s.pages = rows.size();
  // gold_eval.py's `by` dict: kinds in the order first seen, "*all" right after the first.
  std::vector<std::string> order;
  std::map<std::string, std::vector<const gold_row*>> by;
  for (const gold_row& r : rows) {
    for (const std::string& t : {r.page_type, std::string("*all")}) {
      if (!by.count(t)) order.push_back(t);
      by[t].push_back(&r);
    }
    s.failed += r.failed;
    if (!r.has_meta) continue;
    ++s.meta_pages;
    s.with_found += r.with_found;
    s.with_total += r.with_total;
    s.without_pages += r.without_hit;
    s.near_empty += r.near_empty;
    if (r.title_f1) {
      ++s.titled;
      s.title_f1 += *r.title_f1;
    }
    if (r.dated) {
      ++s.dated;
      s.date_found += r.date_found;
      s.date_same += r.date_same;
    }
  }
  s.title_f1 /= static_cast<double>(std::max<std::size_t>(s.titled, 1));
  std::stable_sort(order.begin(), order.end(), [&](const std::string& a, const std::string& b) {
    return by[a].size() > by[b].size();
  });
  for (const std::string& t : order) s.kinds.push_back(mean_of(t, by[t]));
  return s;
}

void print_gold_summary(std::ostream& out, const gold_summary& s) {
  out << format("%-14s %5s %6s %6s %6s\n", "type", "pages", "F1", "P", "R");
  for (const gold_kind& k : s.kinds) {
    out << format("%-14s %5zu %6.3f %6.3f %6.3f\n", k.type.c_str(), k.pages, k.f1, k.precision,
                  k.recall);
  }
  if (s.meta_pages > 0) {
    out << format("with-snippets present %lld/%lld = %.3f; ", s.with_found, s.with_total,
                  s.with_rate())
        << format("pages with a without-snippet %zu/%zu = %.3f; ", s.without_pages, s.meta_pages,
                  s.without_rate())
        << format("near-empty bodies %zu; title token F1 %.3f; ", s.near_empty, s.title_f1)
        << format("dated pages with a date %zu/%zu, same day %zu/%zu\n", s.date_found, s.dated,
                  s.date_same, s.dated);
  }
  const gold_kind all = s.kind("*all");
  out << format("%s pages=%zu failed=%zu F1=%.4f P=%.4f R=%.4f", s.set.c_str(), all.pages,
                s.failed, all.f1, all.precision, all.recall);
  std::vector<gold_kind> by_name = s.kinds;
  std::sort(by_name.begin(), by_name.end(),
            [](const gold_kind& a, const gold_kind& b) { return a.type < b.type; });
  for (const gold_kind& k : by_name) {
    if (k.type != "*all") out << format(" %s=%.3f", k.type.c_str(), k.f1);
  }
  out << '\n';
}

void print_gold_lowest(std::ostream& out, const std::vector<gold_row>& rows, std::size_t n) {
  std::vector<const gold_row*> worst;
  for (const gold_row& r : rows) worst.push_back(&r);
  std::stable_sort(worst.begin(), worst.end(),
                   [](const gold_row* a, const gold_row* b) { return a->text.f1 < b->text.f1; });
  if (worst.size() > n) worst.resize(n);
  for (const gold_row* r : worst) {
    out << format("  low %s %s F1=%.3f P=%.3f R=%.3f rc=%d", r->id.c_str(), r->page_type.c_str(),
                  r->text.f1, r->text.precision, r->text.recall, r->failed ? 1 : 0);
    if (r->failed) out << "  error: " << r->error;
    if (r->without_hit) out << "  boilerplate: \"" << r->without_snippet << '"';
    out << '\n';
  }
}

void write_gold_csv(std::ostream& out, const std::vector<gold_row>& rows) {
  out << "id,page_type,f1,precision,recall,with_found,with_total,without_hit,near_empty,title_f1,"
         "dated,date_found,date_same,failed\n";
  for (const gold_row& r : rows) {
    out << format("%s,%s,%.6f,%.6f,%.6f,%d,%d,%d,%d,", r.id.c_str(), r.page_type.c_str(),
                  r.text.f1, r.text.precision, r.text.recall, r.with_found, r.with_total,
                  r.without_hit ? 1 : 0, r.near_empty ? 1 : 0)
        << (r.title_f1 ? format("%.6f", *r.title_f1) : std::string())
        << format(",%d,%d,%d,%d\n", r.dated ? 1 : 0, r.date_found ? 1 : 0, r.date_same ? 1 : 0,
                  r.failed ? 1 : 0);
  }
}

}  // namespace article2md::oracle
