#pragma once
// nlohmann-json for the oracle. GCC 12 at -O3 reports a null dereference inside its inlined
// code (json.hpp, is_string()) that cannot happen: that one diagnostic is silenced for the
// header alone, in this one place.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wnull-dereference"
#endif
#include <nlohmann/json.hpp>
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
