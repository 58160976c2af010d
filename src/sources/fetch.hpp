#pragma once
// Fetching a page over HTTP(S) with libcurl: redirects, timeouts, a size limit, gzip.

#include <article2md/version.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace article2md::sources {

/// How fetch() behaves. Zero timeouts mean "none" (libcurl's convention); max_bytes 0 means no
/// size limit.
struct fetch_options {
  /// Whole transfer, redirects included.
  long timeout_seconds = 30;
  long connect_timeout_seconds = 10;
  /// Decoded body size; the transfer is aborted as soon as it passes this.
  std::size_t max_bytes = std::size_t{256} << 20;
  long max_redirects = 10;
  /// Product/version, as RFC 9110 10.1.5 asks; add a "(+URL)" comment once the project has a
  /// home page to point to.
  std::string user_agent = std::string("article2md/") + article2md::version;
};

/// What fetch() got: the URL after redirects, the final HTTP status, the Content-Type header
/// as sent (with any charset parameter; empty when absent), and the decoded body.
struct fetched_page {
  std::string final_url;
  long status = 0;
  std::string content_type;
  std::string body;
};

/// True when `s` looks like an http(s) URL to fetch rather than a file path: it starts with
/// "http://" or "https://" (any case) and has something after that.
bool is_fetchable_url(std::string_view s) noexcept;

/// GETs `url`, following redirects (http and https only, at most max_redirects), accepting
/// gzip/deflate (decoded here), with the timeouts and size limit of `opts`. Safe to call from
/// many threads at once. Throws article2md::error with a one-line message for an unsupported
/// scheme, a DNS or connect failure, a timeout, too many redirects, a body over max_bytes, or
/// an HTTP status >= 400 ("HTTP 404 for <url>"); std::invalid_argument for negative options.
fetched_page fetch(const std::string& url, const fetch_options& opts = {});

}  // namespace article2md::sources
