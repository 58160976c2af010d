#include "sources/fetch.hpp"

#include <article2md/error.hpp>

#include <curl/curl.h>

#include <cstddef>
#include <limits>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <string_view>

namespace article2md::sources {

namespace {

char ascii_lower(char c) noexcept {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool starts_with_nocase(std::string_view s, std::string_view prefix) noexcept {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (ascii_lower(s[i]) != prefix[i]) return false;
  return true;
}

// The scheme of an absolute URL (RFC 3986 3.1: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"),
// lower-cased; empty when `url` has none.
std::string scheme_of(std::string_view url) {
  std::string scheme;
  for (std::size_t i = 0; i < url.size(); ++i) {
    const char c = url[i];
    const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (c == ':') return i > 0 ? scheme : std::string();
    if (!alpha && (i == 0 || !((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')))
      return {};
    scheme += ascii_lower(c);
  }
  return {};
}

void global_init() {
  static std::once_flag once;
  static CURLcode result = CURLE_OK;
  std::call_once(once, [] { result = curl_global_init(CURL_GLOBAL_DEFAULT); });
  if (result != CURLE_OK)
    throw error(std::string("cannot initialize libcurl: ") + curl_easy_strerror(result));
}

struct easy_deleter {
  void operator()(CURL* handle) const noexcept { curl_easy_cleanup(handle); }
};
using easy_handle = std::unique_ptr<CURL, easy_deleter>;

struct curl_slist_deleter {
  void operator()(curl_slist* list) const noexcept { curl_slist_free_all(list); }
};

struct sink {
  std::string* body;
  std::size_t max_bytes;
  bool over_limit = false;
};

// libcurl hands over decoded bytes; returning less than given aborts with CURLE_WRITE_ERROR.
std::size_t write_body(char* data, std::size_t size, std::size_t count, void* user) {
  auto* s = static_cast<sink*>(user);
  const std::size_t n = size * count;
  if (s->max_bytes != 0 && n > s->max_bytes - s->body->size()) {
    s->over_limit = true;
    return 0;
  }
  try {
    s->body->append(data, n);
  } catch (...) {  // out of memory: abort the transfer rather than unwind through C
    return 0;
  }
  return n;
}

// One line of libcurl's detail, or its generic text for `code`.
std::string detail_of(CURLcode code, const char* error_buffer) {
  std::string text = error_buffer[0] != '\0' ? error_buffer : curl_easy_strerror(code);
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
  for (char& c : text)
    if (c == '\n' || c == '\r') c = ' ';
  return text;
}

template <typename T>
void set(CURL* handle, CURLoption option, T value) {
  const CURLcode code = curl_easy_setopt(handle, option, value);
  if (code != CURLE_OK)
    throw error(std::string("cannot configure libcurl: ") + curl_easy_strerror(code));
}

}  // namespace

bool is_fetchable_url(std::string_view s) noexcept {
  if (starts_with_nocase(s, "http://")) return s.size() > 7;
  if (starts_with_nocase(s, "https://")) return s.size() > 8;
  return false;
}

fetched_page fetch(const std::string& url, const fetch_options& opts) {
  if (opts.timeout_seconds < 0 || opts.connect_timeout_seconds < 0 || opts.max_redirects < 0)
    throw std::invalid_argument("article2md::sources::fetch: timeouts and max_redirects must not be negative");
  const std::string scheme = scheme_of(url);
  if (scheme != "http" && scheme != "https") {
    throw error(scheme.empty() ? "not a URL to fetch: " + url
                               : "unsupported URL scheme \"" + scheme + "\" (only http and https): " + url);
  }

  global_init();
  const easy_handle owner(curl_easy_init());
  if (!owner) throw error("cannot initialize libcurl for " + url);
  CURL* const handle = owner.get();

  fetched_page page;
  sink out{&page.body, opts.max_bytes};
  char error_buffer[CURL_ERROR_SIZE] = {};
  std::unique_ptr<curl_slist, curl_slist_deleter> headers(
      curl_slist_append(nullptr, "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));

  set(handle, CURLOPT_ERRORBUFFER, error_buffer);
  set(handle, CURLOPT_URL, url.c_str());
  // Timeouts must not use signals: fetch() runs on many threads of a batch at once.
  set(handle, CURLOPT_NOSIGNAL, 1L);
#if LIBCURL_VERSION_NUM >= 0x075500  // 7.85.0
  set(handle, CURLOPT_PROTOCOLS_STR, "http,https");
  set(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
#else
  set(handle, CURLOPT_PROTOCOLS, static_cast<long>(CURLPROTO_HTTP | CURLPROTO_HTTPS));
  set(handle, CURLOPT_REDIR_PROTOCOLS, static_cast<long>(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
  set(handle, CURLOPT_FOLLOWLOCATION, 1L);
  set(handle, CURLOPT_MAXREDIRS, opts.max_redirects);
  set(handle, CURLOPT_TIMEOUT, opts.timeout_seconds);
  set(handle, CURLOPT_CONNECTTIMEOUT, opts.connect_timeout_seconds);
  // "" offers every encoding this libcurl can decode (gzip, deflate, ...) and decodes it.
  set(handle, CURLOPT_ACCEPT_ENCODING, "");
  set(handle, CURLOPT_USERAGENT, opts.user_agent.c_str());
  set(handle, CURLOPT_HTTPHEADER, headers.get());
  set(handle, CURLOPT_WRITEFUNCTION, &write_body);
  set(handle, CURLOPT_WRITEDATA, static_cast<void*>(&out));
  if (opts.max_bytes != 0 &&
      opts.max_bytes <= static_cast<std::size_t>(std::numeric_limits<curl_off_t>::max())) {
    // Refuses up front when Content-Length (of the encoded body) already says too much.
    set(handle, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(opts.max_bytes));
  }

  const CURLcode code = curl_easy_perform(handle);

  char* effective = nullptr;
  curl_easy_getinfo(handle, CURLINFO_EFFECTIVE_URL, &effective);
  page.final_url = effective != nullptr ? effective : url;

  if (code != CURLE_OK) {
    const std::string detail = detail_of(code, error_buffer);
    switch (code) {
      case CURLE_UNSUPPORTED_PROTOCOL:
        throw error("unsupported URL scheme (only http and https) fetching " + url + ": " + detail);
      case CURLE_COULDNT_RESOLVE_HOST:
      case CURLE_COULDNT_RESOLVE_PROXY:
        throw error("cannot resolve host fetching " + page.final_url + ": " + detail);
      case CURLE_COULDNT_CONNECT:
        throw error("cannot connect fetching " + page.final_url + ": " + detail);
      case CURLE_OPERATION_TIMEDOUT:
        throw error("timed out fetching " + page.final_url + ": " + detail);
      case CURLE_TOO_MANY_REDIRECTS:
        throw error("too many redirects (more than " + std::to_string(opts.max_redirects) +
                    ") fetching " + url);
      case CURLE_FILESIZE_EXCEEDED:
        throw error("response too large (over " + std::to_string(opts.max_bytes) +
                    " bytes) fetching " + page.final_url);
      case CURLE_WRITE_ERROR:
        if (out.over_limit)
          throw error("response too large (over " + std::to_string(opts.max_bytes) +
                      " bytes) fetching " + page.final_url);
        break;
      default:
        break;
    }
    throw error("cannot fetch " + page.final_url + ": " + detail);
  }

  curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &page.status);
  char* content_type = nullptr;
  curl_easy_getinfo(handle, CURLINFO_CONTENT_TYPE, &content_type);
  if (content_type != nullptr) page.content_type = content_type;

  if (page.status >= 400) throw error("HTTP " + std::to_string(page.status) + " for " + page.final_url);
  return page;
}

}  // namespace article2md::sources
