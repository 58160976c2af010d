// Character sets: encoding sniffing per the HTML spec, conversion by our UTF-8 validator or the C
// library's iconv. The encodings and their WHATWG labels are in encodings.cpp.
#include "sources/charset.hpp"

#include "sources/encodings.hpp"
#include "text/text_utils.hpp"

#include <article2md/error.hpp>

#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

namespace article2md::sources {
namespace {

constexpr std::string_view replacement_character = "\xEF\xBF\xBD";

constexpr bool is_alpha(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool istarts_with(std::string_view s, std::string_view prefix) noexcept {
  return s.size() >= prefix.size() && detail::iequals(s.substr(0, prefix.size()), prefix);
}

// --- decoding ---------------------------------------------------------------------------------

// The length of the well-formed UTF-8 sequence at s[i], or 0 when it is ill-formed; `skip` is
// then the length of its maximal subpart, which becomes one U+FFFD (Unicode 3.9, and the
// Encoding Standard's UTF-8 decoder).
std::size_t utf8_sequence(std::string_view s, std::size_t i, std::size_t& skip) noexcept {
  const auto lead = static_cast<unsigned char>(s[i]);
  std::size_t trail = 0;
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (lead < 0x80) {
    return 1;
  } else if (lead >= 0xC2 && lead <= 0xDF) {
    trail = 1;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    trail = 2;
    if (lead == 0xE0) low = 0xA0;   // overlong
    if (lead == 0xED) high = 0x9F;  // surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    trail = 3;
    if (lead == 0xF0) low = 0x90;   // overlong
    if (lead == 0xF4) high = 0x8F;  // above U+10FFFF
  } else {
    skip = 1;
    return 0;
  }
  for (std::size_t k = 1; k <= trail; ++k) {
    if (i + k >= s.size()) {
      skip = k;
      return 0;
    }
    const auto byte = static_cast<unsigned char>(s[i + k]);
    if (byte < low || byte > high) {
      skip = k;
      return 0;
    }
    low = 0x80;
    high = 0xBF;
  }
  return trail + 1;
}

std::string decode_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t run = 0;  // start of the valid bytes not yet copied
  std::size_t i = 0;
  while (i < s.size()) {
    // ASCII eight bytes at a time: most markup is ASCII.
    while (i + 8 <= s.size()) {
      std::uint64_t word = 0;
      std::memcpy(&word, s.data() + i, sizeof word);
      if ((word & UINT64_C(0x8080808080808080)) != 0) break;
      i += 8;
    }
    if (i >= s.size()) break;
    std::size_t skip = 0;
    const std::size_t length = utf8_sequence(s, i, skip);
    if (length != 0) {
      i += length;
      continue;
    }
    out.append(s.data() + run, i - run);
    out += replacement_character;
    i += skip;
    run = i;
  }
  out.append(s.data() + run, s.size() - run);
  return out;
}

class iconv_handle {
 public:
  explicit iconv_handle(const encoding& enc) : cd_(iconv_open("UTF-8", enc.iconv_name)) {
    if (cd_ == invalid()) {
      throw article2md::error("cannot decode " + std::string(enc.name) +
                              ": the system's iconv does not support " + enc.iconv_name +
                              " (are glibc's gconv modules installed?)");
    }
  }
  iconv_handle(const iconv_handle&) = delete;
  iconv_handle& operator=(const iconv_handle&) = delete;
  ~iconv_handle() { iconv_close(cd_); }
  iconv_t get() const noexcept { return cd_; }

 private:
  // iconv_open reports failure as (iconv_t)-1.
  static iconv_t invalid() noexcept {
    return reinterpret_cast<iconv_t>(static_cast<std::intptr_t>(-1));
  }
  iconv_t cd_;
};

constexpr std::size_t iconv_failed = static_cast<std::size_t>(-1);

// Decodes with iconv, in one pass: an invalid sequence becomes U+FFFD and decoding resumes one
// code unit later (the Encoding Standard's decoders likewise give the following byte a new
// chance); a sequence cut off by the end becomes one U+FFFD.
std::string decode_with_iconv(std::string_view bytes, const encoding& enc) {
  const iconv_handle handle(enc);
  const std::size_t unit = is_utf_16(&enc) ? 2 : 1;
  const bool gb = &enc == &gbk || &enc == &gb18030;

  std::string out(bytes.size() + bytes.size() / 2 + 16, '\0');
  std::size_t written = 0;
  const auto reserve = [&](std::size_t n) {
    if (out.size() - written < n) out.resize(std::max(out.size() * 2, written + n));
  };
  const auto emit = [&](std::string_view s) {
    reserve(s.size());
    std::memcpy(&out[written], s.data(), s.size());
    written += s.size();
  };

  // POSIX declares iconv's input as char** for historical reasons; iconv only reads through it.
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  bool flushing = false;  // the input is used up; write any shift sequence or buffered output
  for (;;) {
    char* out_ptr = &out[written];
    std::size_t out_left = out.size() - written;
    const std::size_t result = flushing ? iconv(handle.get(), nullptr, nullptr, &out_ptr, &out_left)
                                        : iconv(handle.get(), &in, &in_left, &out_ptr, &out_left);
    written = static_cast<std::size_t>(out_ptr - out.data());
    if (result != iconv_failed) {
      if (flushing) break;
      flushing = true;
      continue;
    }
    const int failure = errno;
    if (failure == E2BIG) {
      reserve(out.size());
    } else if (failure == EINVAL) {  // an incomplete sequence ends the input
      emit(replacement_character);
      in_left = 0;
      flushing = true;
    } else {  // EILSEQ
      // The Encoding Standard's gb18030 decoder reads a lone 0x80 as the euro sign; glibc's not.
      if (gb && static_cast<unsigned char>(*in) == 0x80) {
        emit("\xE2\x82\xAC");
      } else {
        emit(replacement_character);
      }
      const std::size_t step = std::min(unit, in_left);
      in += step;
      in_left -= step;
    }
  }
  out.resize(written);
  return out;
}

std::string decode(std::string_view bytes, const encoding& enc) {
  return enc.iconv_name == nullptr ? decode_utf8(bytes) : decode_with_iconv(bytes, enc);
}

// --- finding the encoding ---------------------------------------------------------------------

struct bom_result {
  const encoding* enc = nullptr;
  std::size_t length = 0;
};

bom_result sniff_bom(std::string_view bytes) noexcept {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") return {&utf_8, 3};
  if (bytes.substr(0, 2) == "\xFE\xFF") return {&utf_16be, 2};
  if (bytes.substr(0, 2) == "\xFF\xFE") return {&utf_16le, 2};
  return {};
}

// The charset parameter of a Content-Type value (the first one, as the MIME Sniffing standard
// reads parameters), or the value itself when it is a bare label rather than a MIME type.
std::string_view content_type_charset(std::string_view content_type) noexcept {
  content_type = detail::trim(content_type);
  if (content_type.find_first_of("/;=") == std::string_view::npos) return content_type;
  std::size_t pos = content_type.find(';');
  while (pos != std::string_view::npos) {
    std::string_view rest = content_type.substr(pos + 1);
    const std::size_t equals = rest.find_first_of(";=");
    if (equals == std::string_view::npos) break;
    if (rest[equals] == ';') {
      pos += 1 + equals;
      continue;
    }
    const std::string_view name = detail::trim(rest.substr(0, equals));
    std::string_view value = rest.substr(equals + 1);
    std::size_t end = 0;
    if (!value.empty() && value.front() == '"') {
      // Labels hold no '"' or '\', so the quoted string ends at the next '"'.
      end = value.find('"', 1);
      if (end == std::string_view::npos) end = value.size();
      if (detail::iequals(name, "charset")) return value.substr(1, end - 1);
      end = value.find(';', end);
    } else {
      end = value.find(';');
      if (detail::iequals(name, "charset")) return detail::trim(value.substr(0, end));
    }
    if (end == std::string_view::npos) break;
    pos += 1 + equals + 1 + end;
  }
  return {};
}

// "Algorithm for extracting a character encoding from a meta element" (HTML spec), for the
// content attribute of <meta http-equiv="Content-Type">.
const encoding* encoding_from_meta_content(std::string_view s) noexcept {
  std::size_t pos = 0;
  for (;;) {
    std::size_t found = std::string_view::npos;
    for (std::size_t i = pos; i + 7 <= s.size(); ++i) {
      if (detail::iequals(s.substr(i, 7), "charset")) {
        found = i;
        break;
      }
    }
    if (found == std::string_view::npos) return nullptr;
    pos = found + 7;
    while (pos < s.size() && detail::is_html_space(s[pos])) ++pos;
    if (pos < s.size() && s[pos] == '=') break;
    // Not "charset=": look again from just after this "charset".
  }
  ++pos;
  while (pos < s.size() && detail::is_html_space(s[pos])) ++pos;
  if (pos >= s.size()) return nullptr;
  const char quote = s[pos];
  if (quote == '"' || quote == '\'') {
    const std::size_t end = s.find(quote, pos + 1);
    if (end == std::string_view::npos) return nullptr;
    return encoding_for_label(s.substr(pos + 1, end - pos - 1));
  }
  std::size_t end = pos;
  while (end < s.size() && !detail::is_html_space(s[end]) && s[end] != ';') ++end;
  return encoding_for_label(s.substr(pos, end - pos));
}

// The HTML spec's "prescan a byte stream to determine its encoding", over the first 1024 bytes.
class prescanner {
 public:
  explicit prescanner(std::string_view bytes) : s_(bytes.substr(0, 1024)) {}

  const encoding* run() {
    while (pos_ < s_.size()) {
      const std::string_view rest = s_.substr(pos_);
      if (rest.substr(0, 4) == "<!--") {
        // The comment ends at the first "-->" whose '>' comes after the "<!": "<!-->" is closed.
        const std::size_t end = s_.find("-->", pos_ + 2);
        if (end == std::string_view::npos) return nullptr;
        pos_ = end + 3;
        continue;
      }
      if (istarts_with(rest, "<meta") && rest.size() > 5 && (detail::is_html_space(rest[5]) || rest[5] == '/')) {
        pos_ += 6;
        if (const encoding* enc = meta()) return enc;
        if (at_end_) return nullptr;
        ++pos_;
        continue;
      }
      if (rest.size() >= 2 && rest[0] == '<' &&
          (is_alpha(rest[1]) || (rest[1] == '/' && rest.size() >= 3 && is_alpha(rest[2])))) {
        // Any other tag: skip its name and attributes, so a '<meta' inside a value never counts.
        while (pos_ < s_.size() && !detail::is_html_space(s_[pos_]) && s_[pos_] != '>') ++pos_;
        while (attribute()) {
        }
        if (at_end_) return nullptr;
        ++pos_;
        continue;
      }
      if (rest.size() >= 2 && rest[0] == '<' &&
          (rest[1] == '!' || rest[1] == '/' || rest[1] == '?')) {
        const std::size_t end = s_.find('>', pos_ + 2);
        if (end == std::string_view::npos) return nullptr;
        pos_ = end + 1;
        continue;
      }
      ++pos_;
    }
    return nullptr;
  }

 private:
  // After "<meta" and one space or '/': its attributes, and the encoding they declare if any.
  const encoding* meta() {
    std::vector<std::string> seen;
    bool got_pragma = false;
    enum class pragma { unset, needed, not_needed } need_pragma = pragma::unset;
    bool charset_set = false;  // "charset" is no longer null (it may be a failure, nullptr)
    const encoding* charset = nullptr;
    while (attribute()) {
      if (std::find(seen.begin(), seen.end(), name_) != seen.end()) continue;
      seen.push_back(name_);
      if (name_ == "http-equiv") {
        if (value_ == "content-type") got_pragma = true;
      } else if (name_ == "content") {
        const encoding* enc = encoding_from_meta_content(value_);
        if (enc != nullptr && !charset_set) {
          charset = enc;
          charset_set = true;
          need_pragma = pragma::needed;
        }
      } else if (name_ == "charset") {
        charset = encoding_for_label(value_);
        charset_set = true;
        need_pragma = pragma::not_needed;
      }
    }
    if (at_end_ || need_pragma == pragma::unset) return nullptr;
    if (need_pragma == pragma::needed && !got_pragma) return nullptr;
    if (charset == nullptr) return nullptr;
    // A document that could be read as ASCII to find this is not UTF-16.
    if (is_utf_16(charset)) return &utf_8;
    return charset;
  }

  // "Get an attribute": false when there is none (at '>' or at the end); the name and value are
  // lower-cased as the spec does.
  bool attribute() {
    name_.clear();
    value_.clear();
    while (pos_ < s_.size() && (detail::is_html_space(s_[pos_]) || s_[pos_] == '/')) ++pos_;
    if (pos_ >= s_.size()) return end();
    if (s_[pos_] == '>') return false;
    // The name.
    for (;;) {
      if (pos_ >= s_.size()) return end();
      const char c = s_[pos_];
      if (c == '=' && !name_.empty()) {
        ++pos_;
        return attribute_value();
      }
      if (detail::is_html_space(c)) break;
      if (c == '/' || c == '>') return true;
      name_ += detail::ascii_lower(c);
      ++pos_;
    }
    while (pos_ < s_.size() && detail::is_html_space(s_[pos_])) ++pos_;
    if (pos_ >= s_.size()) return end();
    if (s_[pos_] != '=') return true;
    ++pos_;
    return attribute_value();
  }

  bool attribute_value() {
    while (pos_ < s_.size() && detail::is_html_space(s_[pos_])) ++pos_;
    if (pos_ >= s_.size()) return end();
    const char first = s_[pos_];
    if (first == '"' || first == '\'') {
      for (++pos_; pos_ < s_.size(); ++pos_) {
        if (s_[pos_] == first) {
          ++pos_;
          return true;
        }
        value_ += detail::ascii_lower(s_[pos_]);
      }
      return end();
    }
    if (first == '>') return true;
    for (; pos_ < s_.size(); ++pos_) {
      const char c = s_[pos_];
      if (detail::is_html_space(c) || c == '>') return true;
      value_ += detail::ascii_lower(c);
    }
    return end();
  }

  // The 1024 bytes end inside a tag: the prescan gives up.
  bool end() {
    at_end_ = true;
    return false;
  }

  std::string_view s_;
  std::size_t pos_ = 0;
  bool at_end_ = false;
  std::string name_;
  std::string value_;
};

// The encoding named by an XML declaration at the start of `bytes`, if any.
const encoding* xml_declared_encoding(std::string_view bytes) noexcept {
  std::string_view s = bytes.substr(0, 1024);
  std::size_t pos = 0;
  // Whitespace before the declaration is an error in XML, but a common one in feeds.
  while (pos < s.size() && detail::is_html_space(s[pos])) ++pos;
  if (s.substr(pos, 5) != "<?xml" || pos + 5 >= s.size() || !detail::is_html_space(s[pos + 5])) return nullptr;
  const std::size_t end = s.find("?>", pos);
  if (end == std::string_view::npos) return nullptr;
  s = s.substr(pos + 5, end - pos - 5);
  // Pseudo-attributes: name = 'value' | "value".
  pos = 0;
  for (;;) {
    while (pos < s.size() && detail::is_html_space(s[pos])) ++pos;
    const std::size_t name_start = pos;
    while (pos < s.size() && !detail::is_html_space(s[pos]) && s[pos] != '=') ++pos;
    const std::string_view name = s.substr(name_start, pos - name_start);
    if (name.empty()) return nullptr;
    while (pos < s.size() && detail::is_html_space(s[pos])) ++pos;
    if (pos >= s.size() || s[pos] != '=') return nullptr;
    ++pos;
    while (pos < s.size() && detail::is_html_space(s[pos])) ++pos;
    if (pos >= s.size() || (s[pos] != '"' && s[pos] != '\'')) return nullptr;
    const std::size_t close = s.find(s[pos], pos + 1);
    if (close == std::string_view::npos) return nullptr;
    if (name == "encoding") {
      const encoding* enc = encoding_for_label(s.substr(pos + 1, close - pos - 1));
      // Read as ASCII, so not UTF-16 (as the HTML prescan decides).
      return is_utf_16(enc) ? &utf_8 : enc;
    }
    pos = close + 1;
  }
}

// A UTF-16 XML document without a BOM still starts with "<?xml" (XML 1.0, appendix F).
const encoding* xml_utf16_without_bom(std::string_view bytes) noexcept {
  using namespace std::string_view_literals;
  if (bytes.substr(0, 4) == "<\0?\0"sv) return &utf_16le;
  if (bytes.substr(0, 4) == "\0<\0?"sv) return &utf_16be;
  return nullptr;
}

const encoding* fallback_encoding(std::string_view fallback_charset) {
  if (detail::trim(fallback_charset).empty()) return nullptr;
  const encoding* enc = encoding_for_label(fallback_charset);
  if (enc == nullptr) {
    throw std::invalid_argument(
        "unknown charset \"" + std::string(fallback_charset) +
        "\": give a WHATWG Encoding label such as utf-8, windows-1252, gbk, big5 or shift_jis");
  }
  return enc;
}

decoded_text make_result(std::string_view bytes, const encoding& enc, const char* source) {
  return decoded_text{decode(bytes, enc), std::string(enc.name), source};
}

enum class document_kind { html, xml };

decoded_text decode_document(std::string_view bytes, std::string_view http_content_type,
                             std::string_view fallback_charset, document_kind kind) {
  const encoding* fallback = fallback_encoding(fallback_charset);
  if (const bom_result bom = sniff_bom(bytes); bom.enc != nullptr) {
    return make_result(bytes.substr(bom.length), *bom.enc, "bom");
  }
  if (const encoding* enc = encoding_for_label(content_type_charset(http_content_type))) {
    return make_result(bytes, *enc, "http");
  }
  if (kind == document_kind::html) {
    if (const encoding* enc = prescanner(bytes).run()) return make_result(bytes, *enc, "meta");
  } else {
    if (const encoding* enc = xml_utf16_without_bom(bytes)) return make_result(bytes, *enc, "meta");
    if (const encoding* enc = xml_declared_encoding(bytes)) return make_result(bytes, *enc, "meta");
  }
  if (fallback != nullptr) return make_result(bytes, *fallback, "option");
  return make_result(bytes, utf_8, "default");
}

}  // namespace

decoded_text decode_to_utf8(std::string_view bytes, std::string_view http_content_type,
                            std::string_view fallback_charset) {
  return decode_document(bytes, http_content_type, fallback_charset, document_kind::html);
}

decoded_text decode_xml_to_utf8(std::string_view bytes, std::string_view http_content_type,
                                std::string_view fallback_charset) {
  return decode_document(bytes, http_content_type, fallback_charset, document_kind::xml);
}

}  // namespace article2md::sources
