// The native half of the article2md Python package (article2md/__init__.py gives it its
// signatures and docstrings). Conversions run without the GIL: converter::convert is const and
// shares nothing mutable, so Python threads convert in parallel.

#include "arguments.hpp"
#include "options_mapping.hpp"

#include <article2md/archive.hpp>
#include <article2md/converter.hpp>
#include <article2md/version.hpp>

#include <pybind11/pybind11.h>

#include <string>
#include <string_view>

namespace py = pybind11;
using namespace article2md;

namespace {

py::str convert(const converter& conv, py::handle html, py::handle title, py::handle url,
                py::handle date, py::handle timestamp, py::handle base_url) {
  std::string_view text = python::text_view(html, "html");
  article_meta meta;
  python::apply_meta(python::read_meta(title, url, date, timestamp, base_url), meta);
  std::string markdown;
  {
    // `text` points into `html`, which the caller's frame keeps alive.
    py::gil_scoped_release unlocked;
    markdown = conv.convert(text, meta);
  }
  return py::str(markdown);
}

// The Markdown with the metadata the conversion used (a whole page's own title, byline, ...):
// (markdown, title, url, date, timestamp or None, author, site_name, language); the package
// makes it an Article. Empty fields are None.
py::tuple convert_with_meta(const converter& conv, py::handle html, py::handle title,
                          py::handle url, py::handle date, py::handle timestamp,
                          py::handle base_url) {
  std::string_view text = python::text_view(html, "html");
  article_meta meta;
  python::apply_meta(python::read_meta(title, url, date, timestamp, base_url), meta);
  converted_article out;
  {
    py::gil_scoped_release unlocked;
    out = conv.convert_article(text, meta);
  }
  auto field = [](const std::string& s) { return s.empty() ? py::object(py::none()) : py::object(py::str(s)); };
  const article_meta& m = out.meta;
  return py::make_tuple(py::str(out.markdown), field(m.title), field(m.url), field(m.date),
                        m.timestamp_ms ? py::object(py::int_(*m.timestamp_ms)) : py::object(py::none()),
                        field(m.author), field(m.site_name), field(m.language));
}

// As the command line reads its input: an archived article's header gives title, URL and stamp
// (and is written back byte for byte), the keywords given win; other text is converted whole.
py::str convert_archived(const converter& conv, py::handle input, py::handle title,
                         py::handle url, py::handle date, py::handle timestamp,
                         py::handle base_url) {
  std::string_view text = python::text_view(input, "text");
  python::meta_arguments given = python::read_meta(title, url, date, timestamp, base_url);
  std::string markdown;
  {
    py::gil_scoped_release unlocked;
    std::string_view html = text;
    article_meta meta;
    if (auto archived = parse_archived_article(text)) {
      html = archived->body;
      meta = std::move(archived->meta);
    }
    python::apply_meta(given, meta);
    markdown = conv.convert(html, meta);
  }
  return py::str(markdown);
}

// (title, url, timestamp or None, body) or None; body has the type of `input`.
py::object parse_archived(py::handle input) {
  std::string_view text = python::text_view(input, "text");
  auto archived = parse_archived_article(text);
  if (!archived) return py::none();
  py::object body = PyBytes_Check(input.ptr()) ? py::object(py::bytes(archived->body.data(), archived->body.size()))
                                                : py::object(py::str(archived->body.data(), archived->body.size()));
  py::object stamp = archived->meta.timestamp_ms ? py::object(py::int_(*archived->meta.timestamp_ms))
                                                 : py::object(py::none());
  return py::make_tuple(archived->meta.title, archived->meta.url, stamp, body);
}

}  // namespace

PYBIND11_MODULE(_article2md, m) {
  m.doc() = "Native part of article2md; use the article2md package.";
  m.attr("__version__") = article2md::version;

  // article2md::error: the input cannot be converted at all (over a limit, out of memory).
  py::register_exception<article2md::error>(m, "Error", PyExc_Exception);

  py::class_<converter>(m, "Converter")
      .def(py::init([](const py::kwargs& kwargs) {
        return python::make_converter(python::options_from_kwargs(kwargs));
      }))
      .def_property_readonly("options",
                             [](const converter& c) { return python::options_to_dict(c.opts()); })
      .def("convert", &convert, py::arg("html"), py::kw_only(), py::arg("title") = py::none(),
           py::arg("url") = py::none(), py::arg("date") = py::none(),
           py::arg("timestamp") = py::none(), py::arg("base_url") = py::none())
      .def("convert_article", &convert_with_meta, py::arg("html"), py::kw_only(),
           py::arg("title") = py::none(), py::arg("url") = py::none(),
           py::arg("date") = py::none(), py::arg("timestamp") = py::none(),
           py::arg("base_url") = py::none())
      .def("convert_archived", &convert_archived, py::arg("text"), py::kw_only(),
           py::arg("title") = py::none(), py::arg("url") = py::none(),
           py::arg("date") = py::none(), py::arg("timestamp") = py::none(),
           py::arg("base_url") = py::none());

  m.def("parse_archived_article", &parse_archived, py::arg("text"));
}
