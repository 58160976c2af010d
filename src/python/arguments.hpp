#pragma once
// Python arguments of a conversion, checked and turned into the library's types while the GIL
// is held, so that the conversion itself can run without it.

#include <article2md/options.hpp>

#include <pybind11/pybind11.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace article2md::python {

/// The UTF-8 bytes of `html`: a str (encoded; its UTF-8 form is cached in the str object, so
/// the view lives as long as the object) or bytes (as they are). Anything else is a TypeError:
/// a bytearray or memoryview could change while the conversion runs without the GIL.
std::string_view text_view(pybind11::handle html, const char* what);

/// The metadata keywords of convert(); every one may be None.
struct meta_arguments {
  std::optional<std::string> title, url, date, base_url;
  std::optional<std::int64_t> timestamp_ms;
};

/// Checks the keywords: a str or None each, `timestamp` an int (epoch milliseconds) or None.
meta_arguments read_meta(pybind11::handle title, pybind11::handle url, pybind11::handle date,
                         pybind11::handle timestamp, pybind11::handle base_url);

/// Writes the given fields over `meta`. A title, URL or timestamp given replaces an archived
/// header's lines, which are then written anew (as the command line does).
void apply_meta(const meta_arguments& given, article_meta& meta);

}  // namespace article2md::python
