#pragma once
// A tiny HTTP/1.1 server on 127.0.0.1 for tests: fixed routes, one connection at a time, every
// response with "Connection: close". Never blocks the test process for long: accept and reads
// poll with a stop flag, sends time out, and the destructor stops and joins the thread.

#include <atomic>
#include <chrono>
#include <cstddef>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

namespace article2md::test {

struct http_request {
  std::string method;
  std::string target;  ///< as sent: path and query
  std::vector<std::pair<std::string, std::string>> headers;

  /// The first header named `name` (case-insensitive); empty when absent.
  std::string header(std::string_view name) const;
};

struct http_response {
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;  ///< besides Content-Length etc.
  std::string body;
  /// Sends `body` gzip-compressed with "Content-Encoding: gzip".
  bool gzip = false;
  /// Waits this long (or until the client hangs up) before sending anything.
  std::chrono::milliseconds delay{0};
  /// When non-zero, the body is this many bytes of 'x', streamed in chunks until the client
  /// hangs up; with Content-Length only when `announce_length`.
  std::size_t stream_bytes = 0;
  bool announce_length = true;

  static http_response redirect(int status, std::string location);
};

class http_test_server {
 public:
  /// Listens on 127.0.0.1, an ephemeral port; unknown paths get 404.
  http_test_server();
  ~http_test_server();
  http_test_server(const http_test_server&) = delete;
  http_test_server& operator=(const http_test_server&) = delete;

  /// Serves `response` for requests whose path (target without the query) is `path`.
  void route(std::string path, http_response response);

  unsigned short port() const noexcept { return port_; }
  /// "http://127.0.0.1:<port><path>"
  std::string url(std::string_view path) const;
  /// The requests received so far.
  std::vector<http_request> requests() const;

 private:
  void run();
  void serve(int client);

  int listener_ = -1;
  unsigned short port_ = 0;
  std::atomic<bool> stop_{false};
  mutable std::mutex mutex_;
  std::map<std::string, http_response> routes_;
  std::vector<http_request> requests_;
  std::thread thread_;
};

/// A 127.0.0.1 port bound but not listening, for as long as this lives: connecting to it is
/// refused at once.
class refused_port {
 public:
  refused_port();
  ~refused_port();
  refused_port(const refused_port&) = delete;
  refused_port& operator=(const refused_port&) = delete;
  unsigned short port() const noexcept { return port_; }

 private:
  int fd_ = -1;
  unsigned short port_ = 0;
};

}  // namespace article2md::test
