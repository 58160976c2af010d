#include "arguments.hpp"

#include <limits>

namespace py = pybind11;

namespace article2md::python {

namespace {

std::string type_name(py::handle value) { return py::str(py::type::of(value).attr("__name__")); }

std::optional<std::string> optional_str(py::handle value, const char* name) {
  if (value.is_none()) return std::nullopt;
  if (!PyUnicode_Check(value.ptr()))
    throw py::type_error(std::string(name) + " must be a str or None, not " + type_name(value));
  return std::string(text_view(value, name));
}

}  // namespace

std::string_view text_view(py::handle html, const char* what) {
  if (PyUnicode_Check(html.ptr())) {
    Py_ssize_t size = 0;
    const char* data = PyUnicode_AsUTF8AndSize(html.ptr(), &size);
    // Lone surrogates cannot be encoded: the UnicodeEncodeError (a ValueError) propagates.
    if (data == nullptr) throw py::error_already_set();
    return {data, static_cast<std::size_t>(size)};
  }
  if (PyBytes_Check(html.ptr())) {
    char* data = nullptr;
    Py_ssize_t size = 0;
    if (PyBytes_AsStringAndSize(html.ptr(), &data, &size) != 0) throw py::error_already_set();
    return {data, static_cast<std::size_t>(size)};
  }
  throw py::type_error(std::string(what) + " must be a str or bytes, not " + type_name(html));
}

meta_arguments read_meta(py::handle title, py::handle url, py::handle date, py::handle timestamp,
                         py::handle base_url) {
  meta_arguments m;
  m.title = optional_str(title, "title");
  m.url = optional_str(url, "url");
  m.date = optional_str(date, "date");
  m.base_url = optional_str(base_url, "base_url");
  if (!timestamp.is_none()) {
    // bool is an int in Python, but True as a timestamp is a mistake, not 1 ms.
    if (!PyLong_Check(timestamp.ptr()) || PyBool_Check(timestamp.ptr()))
      throw py::type_error("timestamp must be an int (epoch milliseconds) or None, not " +
                           type_name(timestamp));
    int overflow = 0;
    long long ms = PyLong_AsLongLongAndOverflow(timestamp.ptr(), &overflow);
    if (overflow != 0)
      throw py::value_error("timestamp must fit in 64 bits (epoch milliseconds)");
    if (ms == -1 && PyErr_Occurred()) throw py::error_already_set();
    static_assert(std::numeric_limits<long long>::digits == 63, "int64 epoch milliseconds");
    m.timestamp_ms = static_cast<std::int64_t>(ms);
  }
  return m;
}

void apply_meta(const meta_arguments& given, article_meta& meta) {
  if (given.title || given.url || given.timestamp_ms) meta.verbatim_header.clear();
  if (given.title) meta.title = *given.title;
  if (given.url) meta.url = *given.url;
  if (given.date) meta.date = *given.date;
  if (given.timestamp_ms) meta.timestamp_ms = given.timestamp_ms;
  if (given.base_url) meta.base_url = *given.base_url;
}

}  // namespace article2md::python
