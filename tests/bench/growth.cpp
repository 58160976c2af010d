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
  double cpu_share = 0;  // CPU time / wall time over the runs: below 1, the machine was busy
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
        std::function<void()> once;
        // Fragments: converted whole, as a page's article would be. The size limits are off:
        // the growth cases go past them on purpose (100 MB in; nested quotes and lists write
        // their prefixes on every line, so their Markdown outgrows the input).
        options unlimited;
        unlimited.max_input_bytes = 0;
        unlimited.max_output_bytes = 0;
        const converter conv(unlimited);
        if (t == tool::ours)
          once = [&] { output = static_cast<double>(conv.convert(html).size()); };
        else
          once = [&] { output = static_cast<double>(gumbo_parse_arena(html)); };
        const double cpu_start = process_cpu_seconds();
        double s = 0;
        const double wall = time_seconds([&] { s = median_seconds(once, seconds); });
        const double cpu = process_cpu_seconds() - cpu_start;
        const double peak = static_cast<double>(peak_rss());
        return {static_cast<double>(html.size()), s, output, peak - start, cpu / wall};
      },
      timeout);
  case_result r;
  r.ok = o.ok && o.values.size() == 5;
  r.error = o.ok ? "bad result" : o.error;
  if (r.ok) {
    r.input = o.values[0];
    r.seconds = o.values[1];
    r.output = o.values[2];
    r.peak = o.values[3];
    r.cpu_share = o.values[4];
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
       "RSS / input", "parse s", "parse RSS MB", "CPU / wall"});
  std::vector<shape> chosen;
  for (const std::string& name : settings.shapes) {
    if (name == "flat") chosen.push_back(shape::flat_paragraphs);
    if (name == "nested") chosen.push_back(shape::nested_blocks);
    if (name == "table") chosen.push_back(shape::big_table);
  }
  for (shape s : chosen) {
    case_result prev_ours;
    for (std::size_t bytes : sizes) {
      log << "growth: " << shape_name(s) << ", " << bytes / 1000000 << " MB ..." << std::flush;
      auto make = [s, bytes] { return generate(s, bytes); };
      const case_result ours = run_case(make, tool::ours, settings.seconds, settings.timeout);
      case_result parse;
      if (settings.parse) parse = run_case(make, tool::parse, settings.seconds, settings.timeout);
      log << ' ' << seconds_cell(ours) << " s\n";
      const bool both = ours.ok && prev_ours.ok;
      const double input = ours.ok ? ours.input : static_cast<double>(bytes);
      growth.add_row({shape_name(s), megabytes(input), seconds_cell(ours),
                      ours.ok ? fixed(ours.input / 1e6 / ours.seconds, 1) : "-",
                      ratio_cell(both, ours.seconds, prev_ours.seconds), peak_cell(ours),
                      ratio_cell(both, ours.peak, prev_ours.peak),
                      ours.ok ? fixed(ours.peak / ours.input, 1) : "-",
                      settings.parse ? seconds_cell(parse) : "-",
                      settings.parse ? peak_cell(parse) : "-",
                      ours.ok ? fixed(ours.cpu_share, 2) : "-"});
      prev_ours = ours;
    }
  }
  growth.add_note(
      "time × and RSS × compare with the size 10× smaller (10.0× is linear). Peak RSS is the "
      "child's VmHWM above its RSS before the input was built, so it includes the input. "
      "parse = gumbo alone with the library's options (arena, max_errors 0). Times are the "
      "median of runs repeated for at least the round length; CPU / wall below 1.00 means the "
      "machine was busy with other work during the article2md case.");
  tables.push_back(std::move(growth));

  std::vector<std::size_t> depths;
  for (std::size_t d : settings.depths)
    if (d > 0) depths.push_back(d);
  if (!depths.empty()) {
    report_table deep("Pure deep nesting: <div> nested N deep around one paragraph",
                      {"depth", "input KB", "article2md s", "time ×", "peak RSS MB", "parse s",
                       "parse RSS MB", "CPU / wall"});
    case_result prev;
    for (std::size_t depth : depths) {
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
                    settings.parse ? peak_cell(parse) : "-",
                    ours.ok ? fixed(ours.cpu_share, 2) : "-"});
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
