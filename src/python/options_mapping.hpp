#pragma once
// article2md::options <-> Python keyword arguments: one name per field, enumerators as
// lower-case strings, chars as one-character strings (the table is in docs/python.md).

#include <article2md/converter.hpp>
#include <article2md/options.hpp>

#include <pybind11/pybind11.h>

namespace article2md::python {

/// Options from keyword arguments, the defaults for those not given. ValueError for an unknown
/// name or a value the option cannot take; TypeError for a value of the wrong type.
options options_from_kwargs(const pybind11::dict& kwargs);

/// Every option with its value, keyed by the names options_from_kwargs takes.
pybind11::dict options_to_dict(const options& opts);

/// A converter with `opts`; the library's std::invalid_argument becomes a ValueError.
converter make_converter(const options& opts);

}  // namespace article2md::python
