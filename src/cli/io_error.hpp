#pragma once
// The one error type for input/output failures of the command (exit status 1). Its message is
// complete and user-facing: main() prints it after "article2md: " and nothing else.

#include <stdexcept>

namespace article2md::cli {

class io_error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace article2md::cli
