#pragma once
// The one error type for input/output failures of the command (exit status 1). Its message is
// complete and user-facing: main() prints it after "article2md: " and nothing else.

#include <stdexcept>
#include <string>

namespace article2md::cli {

class io_error : public std::runtime_error {
 public:
  /// `message` names the file; `reason` says the same without the file's name, for the
  /// "path: reason" lines of a batch summary (empty: the message is the reason too).
  explicit io_error(const std::string& message, std::string reason = {})
      : std::runtime_error(message), reason_(reason.empty() ? message : std::move(reason)) {}

  const std::string& reason() const noexcept { return reason_; }

 private:
  std::string reason_;
};

}  // namespace article2md::cli
