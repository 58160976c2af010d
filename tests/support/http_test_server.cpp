#include "support/http_test_server.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <system_error>
#include <tuple>

namespace article2md::test {

namespace {

using clock_type = std::chrono::steady_clock;

[[noreturn]] void throw_errno(const char* what) {
  throw std::system_error(errno, std::generic_category(), what);
}

char ascii_lower(char c) noexcept {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equal_nocase(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  return true;
}

// A TCP socket bound to 127.0.0.1 on an ephemeral port; returns the descriptor and the port.
std::pair<int, unsigned short> bind_loopback() {
  const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) throw_errno("socket");
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = 0;
  if (::inet_pton(AF_INET, "127.0.0.1", &address.sin_addr) != 1 ||
      ::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
    ::close(fd);
    throw_errno("bind 127.0.0.1");
  }
  socklen_t length = sizeof address;
  if (::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
    ::close(fd);
    throw_errno("getsockname");
  }
  return {fd, ntohs(address.sin_port)};
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool parse_request(const std::string& head, http_request& request) {
  std::string_view rest(head);
  std::size_t end = rest.find("\r\n");
  const std::string_view line = rest.substr(0, end);
  const std::size_t first = line.find(' ');
  const std::size_t second = line.find(' ', first == std::string_view::npos ? first : first + 1);
  if (first == std::string_view::npos || second == std::string_view::npos) return false;
  request.method = std::string(line.substr(0, first));
  request.target = std::string(line.substr(first + 1, second - first - 1));
  rest.remove_prefix(end == std::string_view::npos ? rest.size() : end + 2);
  while (!rest.empty()) {
    end = rest.find("\r\n");
    const std::string_view header = rest.substr(0, end);
    rest.remove_prefix(end == std::string_view::npos ? rest.size() : end + 2);
    const std::size_t colon = header.find(':');
    if (colon == std::string_view::npos) continue;
    request.headers.emplace_back(std::string(trim(header.substr(0, colon))),
                                 std::string(trim(header.substr(colon + 1))));
  }
  return true;
}

std::string gzip(const std::string& data) {
  z_stream z{};
  if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    throw std::runtime_error("deflateInit2 failed");
  std::string out(deflateBound(&z, static_cast<uLong>(data.size())), '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  const int result = deflate(&z, Z_FINISH);
  const uLong written = z.total_out;
  deflateEnd(&z);
  if (result != Z_STREAM_END) throw std::runtime_error("deflate failed");
  out.resize(static_cast<std::size_t>(written));
  return out;
}

const char* reason(int status) {
  switch (status) {
    case 200: return "OK";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 404: return "Not Found";
    case 500: return "Internal Server Error";
    default: return "Status";
  }
}

bool send_all(int fd, const char* data, std::size_t size) {
  while (size > 0) {
    const ssize_t sent = ::send(fd, data, size, MSG_NOSIGNAL);
    if (sent < 0 && errno == EINTR) continue;
    if (sent <= 0) return false;  // hung up, or the send timeout passed
    data += sent;
    size -= static_cast<std::size_t>(sent);
  }
  return true;
}

}  // namespace

std::string http_request::header(std::string_view name) const {
  for (const auto& [key, value] : headers)
    if (equal_nocase(key, name)) return value;
  return {};
}

http_response http_response::redirect(int status, std::string location) {
  http_response response;
  response.status = status;
  response.headers.emplace_back("Location", std::move(location));
  response.body = "moved";
  return response;
}

http_test_server::http_test_server() {
  std::tie(listener_, port_) = bind_loopback();
  if (::listen(listener_, 16) != 0) {
    ::close(listener_);
    throw_errno("listen");
  }
  thread_ = std::thread([this] { run(); });
}

http_test_server::~http_test_server() {
  stop_ = true;
  if (thread_.joinable()) thread_.join();
  ::close(listener_);
}

void http_test_server::route(std::string path, http_response response) {
  const std::lock_guard<std::mutex> lock(mutex_);
  routes_[std::move(path)] = std::move(response);
}

std::string http_test_server::url(std::string_view path) const {
  return "http://127.0.0.1:" + std::to_string(port_) + std::string(path);
}

std::vector<http_request> http_test_server::requests() const {
  const std::lock_guard<std::mutex> lock(mutex_);
  return requests_;
}

void http_test_server::run() {
  while (!stop_) {
    pollfd listening{listener_, POLLIN, 0};
    if (::poll(&listening, 1, 50) <= 0) continue;
    const int client = ::accept4(listener_, nullptr, nullptr, SOCK_CLOEXEC);
    if (client < 0) continue;
    // A client that stops reading must not hold the server (and the test's destructor).
    timeval send_timeout{2, 0};
    ::setsockopt(client, SOL_SOCKET, SO_SNDTIMEO, &send_timeout, sizeof send_timeout);
    try {
      serve(client);
    } catch (...) {  // a broken exchange is the test's failure to see, not a crash here
    }
    ::shutdown(client, SHUT_RDWR);
    ::close(client);
  }
}

void http_test_server::serve(int client) {
  // Read the request head, at most 64 KiB, for at most 2 s.
  std::string head;
  const auto read_deadline = clock_type::now() + std::chrono::seconds(2);
  while (head.find("\r\n\r\n") == std::string::npos) {
    if (stop_ || clock_type::now() > read_deadline || head.size() > 65536) return;
    pollfd readable{client, POLLIN, 0};
    if (::poll(&readable, 1, 50) <= 0) continue;
    char buffer[4096];
    const ssize_t received = ::recv(client, buffer, sizeof buffer, 0);
    if (received <= 0) return;
    head.append(buffer, static_cast<std::size_t>(received));
  }
  http_request request;
  if (!parse_request(head.substr(0, head.find("\r\n\r\n") + 2), request)) return;

  http_response response;
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    requests_.push_back(request);
    const std::string path = request.target.substr(0, request.target.find('?'));
    const auto found = routes_.find(path);
    if (found != routes_.end()) {
      response = found->second;
    } else {
      response.status = 404;
      response.body = "not found";
    }
  }

  if (response.delay.count() > 0) {
    const auto until = clock_type::now() + response.delay;
    while (clock_type::now() < until) {
      if (stop_) return;
      pollfd readable{client, POLLIN, 0};
      if (::poll(&readable, 1, 20) > 0) {
        char byte;
        if (::recv(client, &byte, 1, MSG_PEEK) <= 0) return;  // the client gave up
      }
    }
  }

  const std::string body = response.gzip ? gzip(response.body) : response.body;
  std::string out = "HTTP/1.1 " + std::to_string(response.status) + " " + reason(response.status) +
                    "\r\nConnection: close\r\n";
  if (response.gzip) out += "Content-Encoding: gzip\r\n";
  if (response.stream_bytes == 0)
    out += "Content-Length: " + std::to_string(body.size()) + "\r\n";
  else if (response.announce_length)
    out += "Content-Length: " + std::to_string(response.stream_bytes) + "\r\n";
  for (const auto& [name, value] : response.headers) out += name + ": " + value + "\r\n";
  out += "\r\n";
  if (response.stream_bytes == 0) out += body;
  if (!send_all(client, out.data(), out.size()) || response.stream_bytes == 0) return;

  const std::string chunk(65536, 'x');
  for (std::size_t left = response.stream_bytes; left > 0 && !stop_;) {
    const std::size_t n = left < chunk.size() ? left : chunk.size();
    if (!send_all(client, chunk.data(), n)) return;
    left -= n;
  }
}

refused_port::refused_port() { std::tie(fd_, port_) = bind_loopback(); }

refused_port::~refused_port() { ::close(fd_); }

}  // namespace article2md::test
