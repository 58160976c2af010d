#include "growth.hpp"

#include "child_process.hpp"
#include "generators.hpp"
#include "gumbo_parse.hpp"
#include "memory.hpp"
#include "rounds.hpp"

#include <article2md/converter.hpp>

#include <functional>
#include <string>

namespace article2md::bench {
namespace {

// What a case reports: its time and its memory, measured inside the child.
struct case_result {
  bool ok = false;
  std::string error;
  double input = 0, seconds = 0, output = 0, peak = 0;  // bytes, seconds, bytes, bytes
};

enum class tool { ours, parse };

// In the child: build the input, reset the peak, time the conversion (or the parse), and
// report the peak resident memory above the process's RSS before the input existed.
case_result run_case(const std::function<std::string()>& make_input, tool t,
                     double seconds, double timeout) {
  const child_outcome o = run_in_child(
      [&]() -> std::vector<double> {
        reset_peak_rss();
        const double start = static_cast<double>(current_rss());
        const std::string html = make_input();
        double output = 0;
        double s = 0;
        if (t == tool::ours) {
          // Fragments: converted whole, as a page's article would be.
          const converter conv(options{});
          s = median_seconds([&] { output = static_cast<double>(conv.convert(html).size()); },
                             seconds);
        } else {
          s = median_seconds([&] { output = static_cast<double>(gumbo_parse_arena(html)); },
                             seconds);
        }
        const double peak = static_cast<double>(peak_rss());
        return {static_cast<double>(html.size()), s, output, peak - start};
      },
      timeout);
  case_result r;
  r.ok = o.ok && o.values.size() == 4;
  r.error = o.ok ? "bad result" : o.error;
  if (r.ok) {
    r.input = o.values[0];
    r.seconds = o.values[1];
    r.output = o.values[2];
    r.peak = o.values[3];
  }
  return r;
}

std::string seconds_cell(const case_result& r) {
  if (!r.ok) return r.error;
  return fixed(r.seconds, r.seconds < 1 ? 3 : 2);
}
std::string peak_cell(const case_result& r) { return r.ok ? megabytes(r.peak) : "-"; }
std::string ratio_cell(bool ok, double now, double before) {
  return ok && before > 0 ? fixed(now / before, 1) + "×" : "-";
}

}  // namespace

std::vector<report_table> run_growth(const growth_settings& settings, std::ostream& log) {
  std::vector<report_table> tables;

  std::vector<std::size_t> sizes;
  for (double mb = 1; mb <= settings.max_mb + 1e-9; mb *= 10)
    sizes.push_back(static_cast<std::size_t>(mb * 1e6));

  report_table growth(
      "Linear growth: time and peak memory by input size (one child process per case)",
      {"shape", "input MB", "article2md s", "MB/s", "time ×", "peak RSS MB", "RSS ×",
       "RSS / input", "parse s", "parse RSS MB"});
  for (shape s : {shape::flat_paragraphs, shape::nested_blocks, shape::big_table}) {
    case_result prev_ours;
    for (std::size_t bytes : sizes) {
      log << "growth: " << shape_name(s) << ", " << bytes / 1000000 << " MB ..." << std::flush;
      auto make = [s, bytes] { return generate(s, bytes); };
      const case_result ours = run_case(make, tool::ours, settings.seconds, settings.timeout);
      case_result parse;
      if (settings.parse) parse = run_case(make, tool::parse, settings.seconds, settings.timeout);
      log << ' ' << seconds_cell(ours) << " s\n";
      const bool both = ours.ok && prev_ours.ok;
      growth.add_row({shape_name(s), ours.ok ? megabytes(ours.input) : megabytes(static_cast<double>(bytes)),
                      seconds_cell(ours), ours.ok ? fixed(ours.input / 1e6 / ours.seconds, 1) : "-",
                      ratio_cell(both, ours.seconds, prev_ours.seconds), peak_cell(ours),
                      ratio_cell(both, ours.peak, prev_ours.peak),
                      ours.ok ? fixed(ours.peak / ours.input, 1) : "-",
                      settings.parse ? seconds_cell(parse) : "-",
                      settings.parse ? peak_cell(parse) : "-"});
      prev_ours = ours;
    }
  }
  growth.add_note(
      "time × and RSS × compare with the size 10× smaller (10.0× is linear). Peak RSS is the "
      "child's VmHWM above its RSS before the input was built, so it includes the input. "
      "parse = gumbo alone with the library's options (arena, max_errors 0). Times are the "
      "median of runs repeated for at least the round length.");
  tables.push_back(std::move(growth));

  if (!settings.depths.empty()) {
    report_table deep("Pure deep nesting: <div> nested N deep around one paragraph",
                      {"depth", "input KB", "article2md s", "time ×", "peak RSS MB", "parse s",
                       "parse RSS MB"});
    case_result prev;
    for (std::size_t depth : settings.depths) {
      log << "deep: " << depth << " ..." << std::flush;
      auto make = [depth] { return deep_divs(depth); };
      const case_result ours = run_case(make, tool::ours, 0, settings.timeout);
      case_result parse;
      if (settings.parse) parse = run_case(make, tool::parse, 0, settings.timeout);
      log << ' ' << seconds_cell(ours) << " s\n";
      deep.add_row({std::to_string(depth),
                    fixed(static_cast<double>(deep_divs(depth).size()) / 1e3, 0),
                    seconds_cell(ours), ratio_cell(ours.ok && prev.ok, ours.seconds, prev.seconds),
                    peak_cell(ours), settings.parse ? seconds_cell(parse) : "-",
                    settings.parse ? peak_cell(parse) : "-"});
      prev = ours;
    }
    deep.add_note(
        "One run each. time × compares with the previous depth: 10× deeper costing 100× "
        "means quadratic time (gumbo's tree builder scans the stack of open elements).");
    tables.push_back(std::move(deep));
  }
  return tables;
}

}  // namespace article2md::bench
