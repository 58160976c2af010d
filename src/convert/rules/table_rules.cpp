// Tables: GFM pipe tables for data, the content itself for layout tables, rows as paragraphs
// when GFM tables are off.
//
// What a table becomes:
// - In link text, a heading, a caption or another table's cell (inline-only): its text, in place.
// - A layout table (see is_layout below): each cell's content rendered as blocks, in reading
//   order, as if the table were a stack of <div>s.
// - A data table: a GFM pipe table (GFM 4.10). The first row is the header (thead rows come
//   first, so that is the first row of <thead>, else the first row, all <th> or not: GFM has no
//   header-less tables). Cells are rendered on one line by render_inline (paragraphs and list
//   items joined, <br> a space, `|` escaped, also in link destinations and titles);
//   colspan/rowspan slots are filled so columns line up, a spanned cell's content in its first
//   slot; rows are padded to the same width; rows and columns with no content at all (spacer
//   rows, spacer columns) are left out.
// - A data table that GFM cannot hold (options.gfm_tables off, more than max_columns columns,
//   or spans that would blow the grid up): each row a paragraph, its cells one per line with
//   hard breaks between them, rows separated by blank lines.
// The caption goes above the table as an emphasized line, where browsers show it by default
// (CSS caption-side: top), so it reads as the table's title.
//
// Cells are not padded to column widths: exact widths need Unicode display widths (CJK, emoji,
// combining marks), and padding multiplies the output of tables with one long cell. Rows are
// minimal: `| a | b |`, delimiter cells `---`, `:--`, `:-:`, `--:`.
//
// Everything is linear in the table: one scan over each cell's content (stopped at the first
// sign of layout), one placement pass whose slot count is capped relative to the cell count, one
// rendering of each cell.
#include "convert/rules/builtin_rules.hpp"

#include "convert/walk_state.hpp"
#include "html/node_queries.hpp"
#include "text/text_utils.hpp"

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace article2md::detail {
namespace {

// More columns than this is not a table a reader can follow in Markdown (HTML caps colspan at
// 1000 too): the table is written as rows of text.
constexpr std::size_t max_columns = 1000;
// HTML's cap on rowspan (HTML, "processing model" of tables).
constexpr std::size_t max_rowspan = 65534;
// A cell with more visible text than this (bytes, whitespace excluded) holds prose, not a value.
constexpr std::size_t max_cell_text = 500;
// The grid (rows x columns) may be at most this many times the number of cells, plus
// grid_slack: spans and ragged rows pad a table, but padding must not multiply the output
// without bound (one colspan=1000 row over 100,000 one-cell rows).
constexpr std::size_t max_fill_ratio = 8;
constexpr std::size_t grid_slack = 1024;

enum class alignment : unsigned char { none, left, center, right };

struct cell_info {
  html_node node;
  std::size_t col = 0;
  std::size_t colspan = 1;
  std::size_t rowspan = 1;  // 0: to the end of the row group
  alignment align = alignment::none;
  bool has_content = false;  // text or an image, per the scan
};

struct row_info {
  html_node tr;
  std::size_t group = 0;      // row group (thead, tbody, tfoot, or a run of loose rows)
  std::size_t group_end = 0;  // index past the last row of the group
  std::size_t first_cell = 0, end_cell = 0;
  bool has_content = false;
};

struct table_model {
  html_node caption;
  std::vector<row_info> rows;
  std::vector<cell_info> cells;
  bool declares_headers = false;  // a <th> or a <thead>: the author's sign of a data table
};

bool is_cell(html_node n) { return n.is("td") || n.is("th"); }

// HTML's rules for parsing non-negative integers: leading whitespace, digits, anything after.
std::size_t parse_count(std::string_view s, std::size_t fallback, std::size_t cap) {
  std::size_t i = 0;
  while (i < s.size() && is_html_space(s[i])) ++i;
  if (i < s.size() && s[i] == '+') ++i;
  if (i >= s.size() || s[i] < '0' || s[i] > '9') return fallback;
  std::size_t v = 0;
  for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) {
    v = v * 10 + static_cast<std::size_t>(s[i] - '0');
    if (v > cap) return cap;
  }
  return v;
}

alignment alignment_named(std::string_view v) {
  if (iequals(v, "left")) return alignment::left;
  if (iequals(v, "right")) return alignment::right;
  if (iequals(v, "center") || iequals(v, "middle") || iequals(v, "-webkit-center") ||
      iequals(v, "-moz-center"))
    return alignment::center;
  return alignment::none;  // start, end, justify, char: nothing GFM can say
}

// `text-align` in a style attribute, the last declaration winning as in CSS.
alignment style_alignment(std::string_view style) {
  static constexpr std::string_view property = "text-align";
  alignment found = alignment::none;
  for (std::size_t i = 0; i + property.size() <= style.size(); ++i) {
    if (!iequals(style.substr(i, property.size()), property)) continue;
    if (i > 0 && style[i - 1] != ';' && !is_html_space(style[i - 1])) continue;
    std::size_t k = i + property.size();
    while (k < style.size() && is_html_space(style[k])) ++k;
    if (k >= style.size() || style[k] != ':') continue;
    ++k;
    while (k < style.size() && is_html_space(style[k])) ++k;
    std::size_t start = k;
    while (k < style.size() && style[k] != ';' && style[k] != '!' && !is_html_space(style[k]))
      ++k;
    found = alignment_named(style.substr(start, k - start));
    i = k;
  }
  return found;
}

alignment own_alignment(html_node n) {
  alignment a = style_alignment(n.attr("style"));
  return a != alignment::none ? a : alignment_named(trim(n.attr("align")));
}

// Alignment is inherited: the cell's own, else its row's, else its row group's.
alignment cell_alignment(html_node cell, html_node tr, html_node group) {
  for (html_node n : {cell, tr, group}) {
    if (!n) continue;
    alignment a = own_alignment(n);
    if (a != alignment::none) return a;
  }
  return alignment::none;
}

// This table's own rows, in the order HTML shows them: the first <thead>, then the body rows in
// source order, then the first <tfoot>. Rows of nested tables are not reached.
table_model collect(html_node table) {
  table_model m;
  m.caption = table.child("caption");
  html_node thead = table.child("thead");
  html_node tfoot = table.child("tfoot");
  std::size_t group = 0;
  auto add_row = [&](html_node tr, html_node group_node) {
    if (is_hidden(tr)) return;
    row_info r;
    r.tr = tr;
    r.group = group;
    r.first_cell = m.cells.size();
    for (html_node c : tr.children()) {
      if (!is_cell(c) || is_hidden(c)) continue;
      cell_info ci;
      ci.node = c;
      if (c.is("th")) m.declares_headers = true;
      ci.colspan = parse_count(c.attr("colspan"), 1, max_columns);
      if (ci.colspan == 0) ci.colspan = 1;
      ci.rowspan = parse_count(c.attr("rowspan"), 1, max_rowspan);
      ci.align = cell_alignment(c, tr, group_node);
      m.cells.push_back(ci);
    }
    r.end_cell = m.cells.size();
    if (r.end_cell > r.first_cell) m.rows.push_back(r);  // a row without cells shows nothing
  };
  auto add_group = [&](html_node g) {
    if (is_hidden(g)) return;
    for (html_node tr : g.children())
      if (tr.is("tr")) add_row(tr, g);
    ++group;
  };
  if (thead) {
    m.declares_headers = true;
    add_group(thead);
  }
  bool loose = false;  // inside a run of <tr> directly in <table>
  for (html_node c : table.children()) {
    if (c.is("tr")) {
      loose = true;
      add_row(c, html_node());
      continue;
    }
    if (!c.is_element()) continue;
    if (loose) ++group;
    loose = false;
    if (c != thead && c != tfoot && (c.is("thead") || c.is("tbody") || c.is("tfoot")))
      add_group(c);
  }
  if (loose) ++group;
  if (tfoot) add_group(tfoot);
  for (std::size_t i = m.rows.size(); i-- > 0;)
    m.rows[i].group_end =
        i + 1 < m.rows.size() && m.rows[i + 1].group == m.rows[i].group ? m.rows[i + 1].group_end
                                                                         : i + 1;
  return m;
}

// How much a cell's content says "this is a page region, not a value".
enum class block_sign : unsigned char {
  none,
  // Lists, quotes, code blocks: structure that a value may have (an infobox's list of
  // products) but a layout cell usually does. Paragraphs are no sign: tables written in word
  // processors put every cell's text in a <p>.
  structure,
  // Headings, nested tables, prose-length text: a document, never a value.
  document,
};

block_sign sign_of(html_node n) {
  for (const char* tag : {"h1", "h2", "h3", "h4", "h5", "h6", "table"})
    if (n.is(tag)) return block_sign::document;
  for (const char* tag : {"ul", "ol", "dl", "blockquote", "pre"})
    if (n.is(tag)) return block_sign::structure;
  return block_sign::none;
}

// Visible text bytes other than whitespace (U+00A0 included: `&nbsp;` is the classic spacer).
std::size_t visible_bytes(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (is_html_space(s[i])) continue;
    if (s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') {
      ++i;
      continue;
    }
    ++n;
  }
  return n;
}

// Scans one cell: whether it shows anything (has_content), and the strongest block sign in it.
// Stops at the first sign at least as strong as `stop_at`, so a nested table is never scanned by
// the outer one.
block_sign scan_cell(cell_info& cell, block_sign stop_at) {
  std::size_t text = 0;
  block_sign found = block_sign::none;
  auto note = [&](block_sign s) {
    if (s > found) found = s;
    return found >= stop_at;
  };
  for (html_node n = cell.node.first_child(); n;) {
    bool descend = false;
    if (n.is_text()) {
      text += visible_bytes(n.text());
      if (text > 0) cell.has_content = true;
      if (text > max_cell_text && note(block_sign::document)) return found;
    } else if (n.is_element()) {
      block_sign s = sign_of(n);
      if (note(s)) return found;
      if (n.is("img")) cell.has_content = true;
      // A nested table's own cells are its business.
      descend = !n.is("table") && !n.is("script") && !n.is("style") && !n.is("template");
    }
    n = next_in_subtree(n, cell.node, descend);
  }
  return found;
}

// A layout table, rendered as its content:
// - presentation by the author's word (role="presentation" or "none");
// - a grid with no second dimension: at most one non-empty cell in every row (one column, with
//   spacer cells or not), or a single non-empty row (the row that wraps a page's columns);
// - a cell holding a document (heading, nested table, prose-length text);
// - a cell holding structure (list, quote, code block), unless the author marked
//   header cells (<th> or <thead>): layout tables never declare headers, data tables do, and an
//   infobox's list of values reads better in its row than as a loose list.
// Fills has_content on rows and cells (all of them unless a sign ends the scan early).
bool is_layout(html_node table, table_model& m) {
  std::string_view role = trim(table.attr("role"));
  if (iequals(role, "presentation") || iequals(role, "none")) return true;
  const block_sign stop_at = m.declares_headers ? block_sign::document : block_sign::structure;
  std::size_t rows_with_content = 0, widest = 0;
  for (row_info& r : m.rows) {
    std::size_t filled = 0;
    for (std::size_t i = r.first_cell; i < r.end_cell; ++i) {
      if (scan_cell(m.cells[i], stop_at) >= stop_at) return true;
      if (m.cells[i].has_content) ++filled;
    }
    r.has_content = filled > 0;
    if (r.has_content) ++rows_with_content;
    widest = std::max(widest, filled);
  }
  return rows_with_content > 0 && (rows_with_content < 2 || widest < 2);
}

bool has_any_content(const table_model& m) {
  for (const row_info& r : m.rows)
    if (r.has_content) return true;
  return false;
}

// Places cells in the grid as HTML's table algorithm does: each cell takes the first column
// not covered by a rowspan from above. Returns the column count, or 0 when the grid would be too
// wide or too sparse for a pipe table. Work is bounded by the slot budget.
std::size_t place_cells(table_model& m) {
  const std::size_t budget = m.cells.size() * max_fill_ratio + grid_slack;
  std::vector<std::size_t> covered_until;  // per column: first row index no longer covered
  std::size_t work = 0;
  for (std::size_t r = 0; r < m.rows.size(); ++r) {
    const row_info& row = m.rows[r];
    std::size_t col = 0;
    for (std::size_t i = row.first_cell; i < row.end_cell; ++i) {
      cell_info& c = m.cells[i];
      for (; col < covered_until.size() && covered_until[col] > r; ++col) ++work;
      if (col + c.colspan > max_columns) return 0;
      c.col = col;
      std::size_t end_row = c.rowspan == 0 ? row.group_end : std::min(r + c.rowspan, row.group_end);
      if (covered_until.size() < col + c.colspan) covered_until.resize(col + c.colspan, 0);
      for (std::size_t k = col; k < col + c.colspan; ++k) covered_until[k] = end_row;
      work += c.colspan;
      col += c.colspan;
      if (work > budget) return 0;
    }
  }
  const std::size_t columns = covered_until.size();
  if (columns != 0 && m.rows.size() > budget / columns) return 0;
  return columns;
}

bool is_blank_cell_text(std::string_view s) { return visible_bytes(s) == 0; }

// A cell's Markdown on one line; whitespace and `&nbsp;` alone count as empty.
std::string render_cell(rule_context& ctx, html_node cell, bool table_cell) {
  if (ctx.consumed(cell)) return {};
  std::string text = ctx.render_inline(cell, table_cell);
  if (is_blank_cell_text(text)) return {};
  return text;
}

void write_caption(html_node caption, rule_context& ctx) {
  if (!caption || ctx.consumed(caption)) return;
  markdown_writer& w = ctx.writer();
  w.blank_line();
  render_caption(caption, ctx);
  w.blank_line();
}

// Layout: the cells' content as blocks, in reading order.
void write_as_blocks(const table_model& m, rule_context& ctx) {
  markdown_writer& w = ctx.writer();
  w.blank_line();
  write_caption(m.caption, ctx);
  for (const row_info& r : m.rows) {
    if (ctx.consumed(r.tr)) continue;
    for (std::size_t i = r.first_cell; i < r.end_cell; ++i) {
      w.blank_line();
      ctx.render(m.cells[i].node);
      w.blank_line();
    }
  }
  w.blank_line();
}

// Without pipe tables: each row a paragraph, its cells one per line.
void write_as_rows(const table_model& m, rule_context& ctx) {
  markdown_writer& w = ctx.writer();
  w.blank_line();
  write_caption(m.caption, ctx);
  for (const row_info& r : m.rows) {
    if (ctx.consumed(r.tr)) continue;
    w.blank_line();
    bool first = true;
    for (std::size_t i = r.first_cell; i < r.end_cell; ++i) {
      std::string s = render_cell(ctx, m.cells[i].node, false);
      if (s.empty()) continue;
      if (!first) w.hard_break();
      w.markup(s);
      first = false;
    }
    w.blank_line();
  }
}

std::string_view delimiter_cell(alignment a) {
  switch (a) {
    case alignment::left: return ":--";
    case alignment::center: return ":-:";
    case alignment::right: return "--:";
    case alignment::none: break;
  }
  return "---";
}

// <col>/<colgroup> alignment, for columns whose header cell says nothing.
void col_alignments(html_node table, std::vector<alignment>& out) {
  std::size_t col = 0;
  auto take = [&](html_node n, html_node group) {
    std::size_t span = parse_count(n.attr("span"), 1, max_columns);
    if (span == 0) span = 1;
    alignment a = own_alignment(n);
    if (a == alignment::none && group) a = own_alignment(group);
    for (std::size_t k = 0; k < span && col < out.size(); ++k, ++col)
      if (out[col] == alignment::none) out[col] = a;
  };
  for (html_node c : table.children()) {
    if (col >= out.size()) return;
    if (c.is("col")) {
      take(c, html_node());
    } else if (c.is("colgroup")) {
      bool any = false;
      for (html_node k : c.children())
        if (k.is("col")) {
          take(k, c);
          any = true;
        }
      if (!any) take(c, html_node());
    }
  }
}

// Column alignment: the header cell's (inherited from its row or thead), else <col>'s, else the
// one every non-empty body cell of the column shares (cells spanning columns say nothing).
std::vector<alignment> column_alignments(html_node table, const table_model& m,
                                         std::size_t header, std::size_t columns,
                                         const std::vector<std::string>& text) {
  std::vector<alignment> out(columns, alignment::none);
  const row_info& h = m.rows[header];
  // A header spanning columns (a group label) aligns itself, not the columns under it.
  for (std::size_t i = h.first_cell; i < h.end_cell; ++i)
    if (m.cells[i].colspan == 1) out[m.cells[i].col] = m.cells[i].align;
  col_alignments(table, out);
  enum : unsigned char { unseen, agreed, mixed };
  std::vector<unsigned char> state(columns, unseen);
  std::vector<alignment> shared(columns, alignment::none);
  for (std::size_t r = header + 1; r < m.rows.size(); ++r) {
    for (std::size_t i = m.rows[r].first_cell; i < m.rows[r].end_cell; ++i) {
      const cell_info& c = m.cells[i];
      if (c.colspan != 1 || text[i].empty()) continue;
      if (state[c.col] == unseen) {
        state[c.col] = agreed;
        shared[c.col] = c.align;
      } else if (shared[c.col] != c.align) {
        state[c.col] = mixed;
      }
    }
  }
  for (std::size_t k = 0; k < columns; ++k)
    if (out[k] == alignment::none && state[k] == agreed) out[k] = shared[k];
  return out;
}

void write_pipe_table(html_node table, table_model& m, std::size_t columns, rule_context& ctx) {
  // Every cell once, in reading order (an image may take the caption in the next row).
  std::vector<std::string> text(m.cells.size());
  std::vector<bool> row_kept(m.rows.size(), false);
  std::vector<bool> col_kept(columns, false);
  std::size_t header = m.rows.size();
  for (std::size_t r = 0; r < m.rows.size(); ++r) {
    if (ctx.consumed(m.rows[r].tr)) continue;
    for (std::size_t i = m.rows[r].first_cell; i < m.rows[r].end_cell; ++i) {
      text[i] = render_cell(ctx, m.cells[i].node, true);
      if (text[i].empty()) continue;
      row_kept[r] = true;
      col_kept[m.cells[i].col] = true;
    }
    if (row_kept[r] && header == m.rows.size()) header = r;
  }
  markdown_writer& w = ctx.writer();
  if (header == m.rows.size()) {  // all content was in dropped elements
    write_caption(m.caption, ctx);
    return;
  }
  std::vector<alignment> align = column_alignments(table, m, header, columns, text);

  w.blank_line();
  write_caption(m.caption, ctx);
  w.blank_line();
  // Each row must begin its line with `|` (GFM 4.10): emphasis around the table (<b><table>)
  // closes before it instead of wrapping every row.
  w.suspend_spans();
  std::string line;
  auto write_row = [&](const row_info& r) {
    line.assign("|");
    std::size_t i = r.first_cell;
    for (std::size_t k = 0; k < columns; ++k) {
      while (i < r.end_cell && m.cells[i].col < k) ++i;
      if (!col_kept[k]) continue;
      line += ' ';
      if (i < r.end_cell && m.cells[i].col == k) line += text[i];
      line += " |";
    }
    w.markup(line);
  };
  write_row(m.rows[header]);
  w.line_break();
  line.assign("|");
  for (std::size_t k = 0; k < columns; ++k) {
    if (!col_kept[k]) continue;
    line += ' ';
    line += delimiter_cell(align[k]);
    line += " |";
  }
  w.markup(line);
  for (std::size_t r = header + 1; r < m.rows.size(); ++r) {
    if (!row_kept[r]) continue;
    w.line_break();
    write_row(m.rows[r]);
  }
  w.blank_line();
  w.resume_spans();
}

rule_result table(const html_node& node, rule_context& ctx) {
  markdown_writer& w = ctx.writer();
  if (w.inline_only()) {  // link text, a heading, a caption, a cell: the text, in place
    w.space();
    ctx.render_children(node);
    w.space();
    return rule_result::done;
  }
  table_model m = collect(node);
  if (is_layout(node, m)) {
    write_as_blocks(m, ctx);
    return rule_result::done;
  }
  if (!has_any_content(m)) {  // no text, no image: nothing to show but a caption
    write_caption(m.caption, ctx);
    return rule_result::done;
  }
  std::size_t columns = ctx.opts().gfm_tables ? place_cells(m) : 0;
  if (columns == 0)
    write_as_rows(m, ctx);
  else
    write_pipe_table(node, m, columns, ctx);
  return rule_result::done;
}

}  // namespace

void add_table_rules(converter& c) { c.add_rule("table", table); }

}  // namespace article2md::detail
