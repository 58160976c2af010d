#pragma once
/// \file
/// The library's one exception type. converter.hpp includes it, so code that converts never
/// needs this header by name; it is apart so the layers below the converter (the sources:
/// files, feeds, URLs, charsets) can throw it without seeing the converter.

#include <stdexcept>

namespace article2md {

/// A conversion that cannot happen at all (unreadable input, over a configured limit).
/// Malformed HTML is never an error: the parser repairs it.
class error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace article2md
