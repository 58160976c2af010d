#include "options_mapping.hpp"

#include <cstddef>
#include <limits>
#include <stdexcept>
#include <string>

namespace py = pybind11;

namespace article2md::python {

namespace {

template <class E>
struct enum_name {
  const char* name;
  E value;
};

constexpr enum_name<header_style> header_names[] = {
    {"seed", header_style::seed}, {"none", header_style::none}, {"yaml", header_style::yaml}};
constexpr enum_name<content_scope> scope_names[] = {{"automatic", content_scope::automatic},
                                                    {"whole", content_scope::whole}};
constexpr enum_name<heading_style> heading_names[] = {{"atx", heading_style::atx},
                                                      {"setext", heading_style::setext}};
constexpr enum_name<code_block_style> code_block_names[] = {
    {"fenced", code_block_style::fenced}, {"indented", code_block_style::indented}};
constexpr enum_name<hard_break_style> hard_break_names[] = {
    {"backslash", hard_break_style::backslash}, {"spaces", hard_break_style::spaces}};
constexpr enum_name<link_style> link_names[] = {{"inline", link_style::inline_links},
                                                {"reference", link_style::reference}};

std::string type_name(py::handle value) { return py::str(py::type::of(value).attr("__name__")); }

std::string repr_of(py::handle value) { return py::repr(value); }

std::string str_value(py::handle value, const char* option) {
  if (!PyUnicode_Check(value.ptr()))
    throw py::type_error(std::string(option) + " must be a str, not " + type_name(value));
  return value.cast<std::string>();
}

template <class E, std::size_t N>
E enum_from(py::handle value, const char* option, const enum_name<E> (&names)[N]) {
  std::string s = str_value(value, option);
  std::string allowed;
  for (const auto& n : names) {
    if (s == n.name) return n.value;
    allowed += allowed.empty() ? "" : ", ";
    allowed += '\'' + std::string(n.name) + '\'';
  }
  throw py::value_error(std::string(option) + " must be one of " + allowed + ", not " +
                        repr_of(value));
}

template <class E, std::size_t N>
py::str enum_to(E value, const enum_name<E> (&names)[N]) {
  for (const auto& n : names)
    if (n.value == value) return py::str(n.name);
  // The library accepts (and treats as the default) values outside its enumerators; the
  // mapping above never makes one.
  return py::str(names[0].name);
}

bool bool_from(py::handle value, const char* option) {
  // Only True and False: drop_leading_date="no" is truthy and surely not what was meant.
  if (!PyBool_Check(value.ptr()))
    throw py::type_error(std::string(option) + " must be True or False, not " + type_name(value));
  return value.ptr() == Py_True;
}

std::size_t size_from(py::handle value, const char* option) {
  if (!PyLong_Check(value.ptr()) || PyBool_Check(value.ptr()))
    throw py::type_error(std::string(option) + " must be an int, not " + type_name(value));
  int overflow = 0;
  long long n = PyLong_AsLongLongAndOverflow(value.ptr(), &overflow);
  if (n == -1 && PyErr_Occurred()) throw py::error_already_set();
  if (overflow < 0 || (overflow == 0 && n < 0))
    throw py::value_error(std::string(option) + " must not be negative, not " + repr_of(value));
  if (overflow == 0) return static_cast<std::size_t>(n);
  unsigned long long u = PyLong_AsUnsignedLongLong(value.ptr());
  if (PyErr_Occurred() || u > std::numeric_limits<std::size_t>::max()) {
    PyErr_Clear();
    throw py::value_error(std::string(option) + " is too large: " + repr_of(value));
  }
  return static_cast<std::size_t>(u);
}

char char_from(py::handle value, const char* option) {
  std::string s = str_value(value, option);
  // One ASCII character: the options are chars, and every allowed value is ASCII.
  if (s.size() != 1 || static_cast<unsigned char>(s[0]) > 0x7f)
    throw py::value_error(std::string(option) + " must be one ASCII character, not " +
                          repr_of(value));
  return s[0];
}

// One entry per field of article2md::options, in the order of options.hpp.
struct option_field {
  const char* name;
  void (*set)(options&, py::handle, const char*);
  py::object (*get)(const options&);
};

const option_field fields[] = {
    {"header", [](options& o, py::handle v, const char* n) { o.header = enum_from(v, n, header_names); },
     [](const options& o) -> py::object { return enum_to(o.header, header_names); }},
    {"scope", [](options& o, py::handle v, const char* n) { o.scope = enum_from(v, n, scope_names); },
     [](const options& o) -> py::object { return enum_to(o.scope, scope_names); }},
    {"drop_leading_date",
     [](options& o, py::handle v, const char* n) { o.drop_leading_date = bool_from(v, n); },
     [](const options& o) -> py::object { return py::bool_(o.drop_leading_date); }},
    {"max_depth", [](options& o, py::handle v, const char* n) { o.max_depth = size_from(v, n); },
     [](const options& o) -> py::object { return py::int_(o.max_depth); }},
    {"max_input_bytes",
     [](options& o, py::handle v, const char* n) { o.max_input_bytes = size_from(v, n); },
     [](const options& o) -> py::object { return py::int_(o.max_input_bytes); }},
    {"max_output_bytes",
     [](options& o, py::handle v, const char* n) { o.max_output_bytes = size_from(v, n); },
     [](const options& o) -> py::object { return py::int_(o.max_output_bytes); }},
    {"max_data_image_bytes",
     [](options& o, py::handle v, const char* n) { o.max_data_image_bytes = size_from(v, n); },
     [](const options& o) -> py::object { return py::int_(o.max_data_image_bytes); }},
    {"headings",
     [](options& o, py::handle v, const char* n) { o.headings = enum_from(v, n, heading_names); },
     [](const options& o) -> py::object { return enum_to(o.headings, heading_names); }},
    {"bullet", [](options& o, py::handle v, const char* n) { o.bullet = char_from(v, n); },
     [](const options& o) -> py::object { return py::str(std::string(1, o.bullet)); }},
    {"strong_delimiter",
     [](options& o, py::handle v, const char* n) { o.strong_delimiter = str_value(v, n); },
     [](const options& o) -> py::object { return py::str(o.strong_delimiter); }},
    {"emphasis_delimiter",
     [](options& o, py::handle v, const char* n) { o.emphasis_delimiter = str_value(v, n); },
     [](const options& o) -> py::object { return py::str(o.emphasis_delimiter); }},
    {"code_blocks",
     [](options& o, py::handle v, const char* n) { o.code_blocks = enum_from(v, n, code_block_names); },
     [](const options& o) -> py::object { return enum_to(o.code_blocks, code_block_names); }},
    {"fence", [](options& o, py::handle v, const char* n) { o.fence = char_from(v, n); },
     [](const options& o) -> py::object { return py::str(std::string(1, o.fence)); }},
    {"hard_breaks",
     [](options& o, py::handle v, const char* n) { o.hard_breaks = enum_from(v, n, hard_break_names); },
     [](const options& o) -> py::object { return enum_to(o.hard_breaks, hard_break_names); }},
    {"links", [](options& o, py::handle v, const char* n) { o.links = enum_from(v, n, link_names); },
     [](const options& o) -> py::object { return enum_to(o.links, link_names); }},
    {"gfm_tables", [](options& o, py::handle v, const char* n) { o.gfm_tables = bool_from(v, n); },
     [](const options& o) -> py::object { return py::bool_(o.gfm_tables); }},
    {"gfm_strikethrough",
     [](options& o, py::handle v, const char* n) { o.gfm_strikethrough = bool_from(v, n); },
     [](const options& o) -> py::object { return py::bool_(o.gfm_strikethrough); }},
    {"gfm_task_lists",
     [](options& o, py::handle v, const char* n) { o.gfm_task_lists = bool_from(v, n); },
     [](const options& o) -> py::object { return py::bool_(o.gfm_task_lists); }},
};

}  // namespace

options options_from_kwargs(const py::dict& kwargs) {
  options opts;
  for (auto item : kwargs) {
    std::string name = str_value(item.first, "an option name");
    const option_field* field = nullptr;
    for (const auto& f : fields)
      if (name == f.name) field = &f;
    if (field == nullptr) {
      std::string known;
      for (const auto& f : fields) known += (known.empty() ? "" : ", ") + std::string(f.name);
      throw py::value_error("unknown option '" + name + "'; the options are: " + known);
    }
    field->set(opts, item.second, field->name);
  }
  return opts;
}

py::dict options_to_dict(const options& opts) {
  py::dict d;
  for (const auto& f : fields) d[f.name] = f.get(opts);
  return d;
}

converter make_converter(const options& opts) {
  try {
    return converter(opts);
  } catch (const std::invalid_argument& e) {
    // The library names the C++ field ("options.bullet must be ..."); Python callers gave a
    // keyword, so the message names the keyword.
    std::string message = e.what();
    const std::string prefix = "options.";
    if (message.compare(0, prefix.size(), prefix) == 0) message.erase(0, prefix.size());
    throw py::value_error(message);
  }
}

}  // namespace article2md::python
