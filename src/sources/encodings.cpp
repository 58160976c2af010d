// Character sets: encoding sniffing per the HTML spec, labels per the WHATWG Encoding Standard,
// conversion by the C library's iconv.
#include "sources/charset.hpp"

#include <iconv.h>

#include <algorithm>
#include <article2md/error.hpp>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

namespace article2md::sources {
namespace {

// An encoding of the Encoding Standard: its name there, and the iconv name that decodes it.
struct encoding {
  std::string_view name;
  const char* iconv_name;  // nullptr: UTF-8, decoded by our own validator
};

constexpr encoding utf_8{"UTF-8", nullptr};
constexpr encoding utf_16le{"UTF-16LE", "UTF-16LE"};
constexpr encoding utf_16be{"UTF-16BE", "UTF-16BE"};
constexpr encoding ibm866{"IBM866", "IBM866"};
constexpr encoding iso_8859_2{"ISO-8859-2", "ISO-8859-2"};
constexpr encoding iso_8859_3{"ISO-8859-3", "ISO-8859-3"};
constexpr encoding iso_8859_4{"ISO-8859-4", "ISO-8859-4"};
constexpr encoding iso_8859_5{"ISO-8859-5", "ISO-8859-5"};
constexpr encoding iso_8859_6{"ISO-8859-6", "ISO-8859-6"};
constexpr encoding iso_8859_7{"ISO-8859-7", "ISO-8859-7"};
constexpr encoding iso_8859_8{"ISO-8859-8", "ISO-8859-8"};
// ISO-8859-8-I differs from ISO-8859-8 in text direction only, not in bytes.
constexpr encoding iso_8859_8_i{"ISO-8859-8-I", "ISO-8859-8"};
constexpr encoding iso_8859_10{"ISO-8859-10", "ISO-8859-10"};
constexpr encoding iso_8859_13{"ISO-8859-13", "ISO-8859-13"};
constexpr encoding iso_8859_14{"ISO-8859-14", "ISO-8859-14"};
constexpr encoding iso_8859_15{"ISO-8859-15", "ISO-8859-15"};
constexpr encoding iso_8859_16{"ISO-8859-16", "ISO-8859-16"};
constexpr encoding koi8_r{"KOI8-R", "KOI8-R"};
constexpr encoding koi8_u{"KOI8-U", "KOI8-U"};
constexpr encoding macintosh{"macintosh", "MACINTOSH"};
constexpr encoding windows_874{"windows-874", "WINDOWS-874"};
constexpr encoding windows_1250{"windows-1250", "WINDOWS-1250"};
constexpr encoding windows_1251{"windows-1251", "WINDOWS-1251"};
constexpr encoding windows_1252{"windows-1252", "WINDOWS-1252"};
constexpr encoding windows_1253{"windows-1253", "WINDOWS-1253"};
constexpr encoding windows_1254{"windows-1254", "WINDOWS-1254"};
constexpr encoding windows_1255{"windows-1255", "WINDOWS-1255"};
constexpr encoding windows_1256{"windows-1256", "WINDOWS-1256"};
constexpr encoding windows_1257{"windows-1257", "WINDOWS-1257"};
constexpr encoding windows_1258{"windows-1258", "WINDOWS-1258"};
constexpr encoding x_mac_cyrillic{"x-mac-cyrillic", "MAC-CYRILLIC"};
// The Encoding Standard decodes GBK with its gb18030 decoder (a superset).
constexpr encoding gbk{"GBK", "GB18030"};
constexpr encoding gb18030{"gb18030", "GB18030"};
// The standard's Big5 is Big5 with the HKSCS extensions.
constexpr encoding big5{"Big5", "BIG5-HKSCS"};
constexpr encoding euc_jp{"EUC-JP", "EUC-JP"};
constexpr encoding iso_2022_jp{"ISO-2022-JP", "ISO-2022-JP"};
// The standard's Shift_JIS is Windows-31J: glibc's SHIFT_JIS would turn 0x5C into a yen sign and
// 0x7E into an overline, where browsers (and CP932) keep ASCII's '\' and '~'.
constexpr encoding shift_jis{"Shift_JIS", "CP932"};
// The standard's EUC-KR is windows-949 (Unified Hangul Code), a superset.
constexpr encoding euc_kr{"EUC-KR", "CP949"};

struct label_entry {
  std::string_view label;
  const encoding* enc;
};

// The label table of https://encoding.spec.whatwg.org/#names-and-labels, minus the labels of the
// "replacement" encoding (ISO-2022-KR, ISO-2022-CN, HZ-GB-2312: decoding a whole page to one
// U+FFFD helps no reader, so they count as unknown). x-user-defined counts as windows-1252, as
// the HTML spec's prescan makes it.
// clang-format off
constexpr label_entry labels[] = {
    {"unicode-1-1-utf-8", &utf_8}, {"unicode11utf8", &utf_8}, {"unicode20utf8", &utf_8},
    {"utf-8", &utf_8}, {"utf8", &utf_8}, {"x-unicode20utf8", &utf_8},
    {"866", &ibm866}, {"cp866", &ibm866}, {"csibm866", &ibm866}, {"ibm866", &ibm866},
    {"csisolatin2", &iso_8859_2}, {"iso-8859-2", &iso_8859_2}, {"iso-ir-101", &iso_8859_2},
    {"iso8859-2", &iso_8859_2}, {"iso88592", &iso_8859_2}, {"iso_8859-2", &iso_8859_2},
    {"iso_8859-2:1987", &iso_8859_2}, {"l2", &iso_8859_2}, {"latin2", &iso_8859_2},
    {"csisolatin3", &iso_8859_3}, {"iso-8859-3", &iso_8859_3}, {"iso-ir-109", &iso_8859_3},
    {"iso8859-3", &iso_8859_3}, {"iso88593", &iso_8859_3}, {"iso_8859-3", &iso_8859_3},
    {"iso_8859-3:1988", &iso_8859_3}, {"l3", &iso_8859_3}, {"latin3", &iso_8859_3},
    {"csisolatin4", &iso_8859_4}, {"iso-8859-4", &iso_8859_4}, {"iso-ir-110", &iso_8859_4},
    {"iso8859-4", &iso_8859_4}, {"iso88594", &iso_8859_4}, {"iso_8859-4", &iso_8859_4},
    {"iso_8859-4:1988", &iso_8859_4}, {"l4", &iso_8859_4}, {"latin4", &iso_8859_4},
    {"csisolatincyrillic", &iso_8859_5}, {"cyrillic", &iso_8859_5}, {"iso-8859-5", &iso_8859_5},
    {"iso-ir-144", &iso_8859_5}, {"iso8859-5", &iso_8859_5}, {"iso88595", &iso_8859_5},
    {"iso_8859-5", &iso_8859_5}, {"iso_8859-5:1988", &iso_8859_5},
    {"arabic", &iso_8859_6}, {"asmo-708", &iso_8859_6}, {"csiso88596e", &iso_8859_6},
    {"csiso88596i", &iso_8859_6}, {"csisolatinarabic", &iso_8859_6}, {"ecma-114", &iso_8859_6},
    {"iso-8859-6", &iso_8859_6}, {"iso-8859-6-e", &iso_8859_6}, {"iso-8859-6-i", &iso_8859_6},
    {"iso-ir-127", &iso_8859_6}, {"iso8859-6", &iso_8859_6}, {"iso88596", &iso_8859_6},
    {"iso_8859-6", &iso_8859_6}, {"iso_8859-6:1987", &iso_8859_6},
    {"csisolatingreek", &iso_8859_7}, {"ecma-118", &iso_8859_7}, {"elot_928", &iso_8859_7},
    {"greek", &iso_8859_7}, {"greek8", &iso_8859_7}, {"iso-8859-7", &iso_8859_7},
    {"iso-ir-126", &iso_8859_7}, {"iso8859-7", &iso_8859_7}, {"iso88597", &iso_8859_7},
    {"iso_8859-7", &iso_8859_7}, {"iso_8859-7:1987", &iso_8859_7}, {"sun_eu_greek", &iso_8859_7},
    {"csiso88598e", &iso_8859_8}, {"csisolatinhebrew", &iso_8859_8}, {"hebrew", &iso_8859_8},
    {"iso-8859-8", &iso_8859_8}, {"iso-8859-8-e", &iso_8859_8}, {"iso-ir-138", &iso_8859_8},
    {"iso8859-8", &iso_8859_8}, {"iso88598", &iso_8859_8}, {"iso_8859-8", &iso_8859_8},
    {"iso_8859-8:1988", &iso_8859_8}, {"visual", &iso_8859_8},
    {"csiso88598i", &iso_8859_8_i}, {"iso-8859-8-i", &iso_8859_8_i}, {"logical", &iso_8859_8_i},
    {"csisolatin6", &iso_8859_10}, {"iso-8859-10", &iso_8859_10}, {"iso-ir-157", &iso_8859_10},
    {"iso8859-10", &iso_8859_10}, {"iso885910", &iso_8859_10}, {"l6", &iso_8859_10},
    {"latin6", &iso_8859_10},
    {"iso-8859-13", &iso_8859_13}, {"iso8859-13", &iso_8859_13}, {"iso885913", &iso_8859_13},
    {"iso-8859-14", &iso_8859_14}, {"iso8859-14", &iso_8859_14}, {"iso885914", &iso_8859_14},
    {"csisolatin9", &iso_8859_15}, {"iso-8859-15", &iso_8859_15}, {"iso8859-15", &iso_8859_15},
    {"iso885915", &iso_8859_15}, {"iso_8859-15", &iso_8859_15}, {"l9", &iso_8859_15},
    {"iso-8859-16", &iso_8859_16},
    {"cskoi8r", &koi8_r}, {"koi", &koi8_r}, {"koi8", &koi8_r}, {"koi8-r", &koi8_r},
    {"koi8_r", &koi8_r},
    {"koi8-ru", &koi8_u}, {"koi8-u", &koi8_u},
    {"csmacintosh", &macintosh}, {"mac", &macintosh}, {"macintosh", &macintosh},
    {"x-mac-roman", &macintosh},
    {"dos-874", &windows_874}, {"iso-8859-11", &windows_874}, {"iso8859-11", &windows_874},
    {"iso885911", &windows_874}, {"tis-620", &windows_874}, {"windows-874", &windows_874},
    {"cp1250", &windows_1250}, {"windows-1250", &windows_1250}, {"x-cp1250", &windows_1250},
    {"cp1251", &windows_1251}, {"windows-1251", &windows_1251}, {"x-cp1251", &windows_1251},
    {"ansi_x3.4-1968", &windows_1252}, {"ascii", &windows_1252}, {"cp1252", &windows_1252},
    {"cp819", &windows_1252}, {"csisolatin1", &windows_1252}, {"ibm819", &windows_1252},
    {"iso-8859-1", &windows_1252}, {"iso-ir-100", &windows_1252}, {"iso8859-1", &windows_1252},
    {"iso88591", &windows_1252}, {"iso_8859-1", &windows_1252}, {"iso_8859-1:1987", &windows_1252},
    {"l1", &windows_1252}, {"latin1", &windows_1252}, {"us-ascii", &windows_1252},
    {"windows-1252", &windows_1252}, {"x-cp1252", &windows_1252}, {"x-user-defined", &windows_1252},
    {"cp1253", &windows_1253}, {"windows-1253", &windows_1253}, {"x-cp1253", &windows_1253},
    {"cp1254", &windows_1254}, {"csisolatin5", &windows_1254}, {"iso-8859-9", &windows_1254},
    {"iso-ir-148", &windows_1254}, {"iso8859-9", &windows_1254}, {"iso88599", &windows_1254},
    {"iso_8859-9", &windows_1254}, {"iso_8859-9:1989", &windows_1254}, {"l5", &windows_1254},
    {"latin5", &windows_1254}, {"windows-1254", &windows_1254}, {"x-cp1254", &windows_1254},
    {"cp1255", &windows_1255}, {"windows-1255", &windows_1255}, {"x-cp1255", &windows_1255},
    {"cp1256", &windows_1256}, {"windows-1256", &windows_1256}, {"x-cp1256", &windows_1256},
    {"cp1257", &windows_1257}, {"windows-1257", &windows_1257}, {"x-cp1257", &windows_1257},
    {"cp1258", &windows_1258}, {"windows-1258", &windows_1258}, {"x-cp1258", &windows_1258},
    {"x-mac-cyrillic", &x_mac_cyrillic}, {"x-mac-ukrainian", &x_mac_cyrillic},
    {"chinese", &gbk}, {"csgb2312", &gbk}, {"csiso58gb231280", &gbk}, {"gb2312", &gbk},
    {"gb_2312", &gbk}, {"gb_2312-80", &gbk}, {"gbk", &gbk}, {"iso-ir-58", &gbk}, {"x-gbk", &gbk},
    {"gb18030", &gb18030},
    {"big5", &big5}, {"big5-hkscs", &big5}, {"cn-big5", &big5}, {"csbig5", &big5},
    {"x-x-big5", &big5},
    {"cseucpkdfmtjapanese", &euc_jp}, {"euc-jp", &euc_jp}, {"x-euc-jp", &euc_jp},
    {"csiso2022jp", &iso_2022_jp}, {"iso-2022-jp", &iso_2022_jp},
    {"csshiftjis", &shift_jis}, {"ms932", &shift_jis}, {"ms_kanji", &shift_jis},
    {"shift-jis", &shift_jis}, {"shift_jis", &shift_jis}, {"sjis", &shift_jis},
    {"windows-31j", &shift_jis}, {"x-sjis", &shift_jis},
    {"cseuckr", &euc_kr}, {"csksc56011987", &euc_kr}, {"euc-kr", &euc_kr}, {"iso-ir-149", &euc_kr},
    {"korean", &euc_kr}, {"ks_c_5601-1987", &euc_kr}, {"ks_c_5601-1989", &euc_kr},
    {"ksc5601", &euc_kr}, {"ksc_5601", &euc_kr}, {"windows-949", &euc_kr},
    {"unicodefffe", &utf_16be}, {"utf-16be", &utf_16be},
    {"csunicode", &utf_16le}, {"iso-10646-ucs-2", &utf_16le}, {"ucs-2", &utf_16le},
    {"unicode", &utf_16le}, {"unicodefeff", &utf_16le}, {"utf-16", &utf_16le},
    {"utf-16le", &utf_16le},
};
// clang-format on

constexpr std::string_view replacement_character = "\xEF\xBF\xBD";

// ASCII whitespace of the Infra standard: TAB, LF, FF, CR, SPACE.
constexpr bool is_space(char c) noexcept {
  return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
}
constexpr char to_lower(char c) noexcept {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}
constexpr bool is_alpha(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

std::string_view trim(std::string_view s) noexcept {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

bool iequals(std::string_view a, std::string_view b) noexcept {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return to_lower(x) == to_lower(y);
         });
}

bool istarts_with(std::string_view s, std::string_view prefix) noexcept {
  return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

// "Get an encoding" (Encoding Standard): trimmed, ASCII case-insensitive; nullptr on failure.
const encoding* encoding_for_label(std::string_view label) noexcept {
  label = trim(label);
  for (const label_entry& entry : labels) {
    if (iequals(entry.label, label)) return entry.enc;
  }
  return nullptr;
}

bool is_utf_16(const encoding* enc) noexcept { return enc == &utf_16le || enc == &utf_16be; }

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
  content_type = trim(content_type);
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
    const std::string_view name = trim(rest.substr(0, equals));
    std::string_view value = rest.substr(equals + 1);
    std::size_t end = 0;
    if (!value.empty() && value.front() == '"') {
      // Labels hold no '"' or '\', so the quoted string ends at the next '"'.
      end = value.find('"', 1);
      if (end == std::string_view::npos) end = value.size();
      if (iequals(name, "charset")) return value.substr(1, end - 1);
      end = value.find(';', end);
    } else {
      end = value.find(';');
      if (iequals(name, "charset")) return trim(value.substr(0, end));
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
      if (iequals(s.substr(i, 7), "charset")) {
        found = i;
        break;
      }
    }
    if (found == std::string_view::npos) return nullptr;
    pos = found + 7;
    while (pos < s.size() && is_space(s[pos])) ++pos;
    if (pos < s.size() && s[pos] == '=') break;
    // Not "charset=": look again from just after this "charset".
  }
  ++pos;
  while (pos < s.size() && is_space(s[pos])) ++pos;
  if (pos >= s.size()) return nullptr;
  const char quote = s[pos];
  if (quote == '"' || quote == '\'') {
    const std::size_t end = s.find(quote, pos + 1);
    if (end == std::string_view::npos) return nullptr;
    return encoding_for_label(s.substr(pos + 1, end - pos - 1));
  }
  std::size_t end = pos;
  while (end < s.size() && !is_space(s[end]) && s[end] != ';') ++end;
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
      if (istarts_with(rest, "<meta") && rest.size() > 5 && (is_space(rest[5]) || rest[5] == '/')) {
        pos_ += 6;
        if (const encoding* enc = meta()) return enc;
        if (at_end_) return nullptr;
        ++pos_;
        continue;
      }
      if (rest.size() >= 2 && rest[0] == '<' &&
          (is_alpha(rest[1]) || (rest[1] == '/' && rest.size() >= 3 && is_alpha(rest[2])))) {
        // Any other tag: skip its name and attributes, so a '<meta' inside a value never counts.
        while (pos_ < s_.size() && !is_space(s_[pos_]) && s_[pos_] != '>') ++pos_;
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
    while (pos_ < s_.size() && (is_space(s_[pos_]) || s_[pos_] == '/')) ++pos_;
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
      if (is_space(c)) break;
      if (c == '/' || c == '>') return true;
      name_ += to_lower(c);
      ++pos_;
    }
    while (pos_ < s_.size() && is_space(s_[pos_])) ++pos_;
    if (pos_ >= s_.size()) return end();
    if (s_[pos_] != '=') return true;
    ++pos_;
    return attribute_value();
  }

  bool attribute_value() {
    while (pos_ < s_.size() && is_space(s_[pos_])) ++pos_;
    if (pos_ >= s_.size()) return end();
    const char first = s_[pos_];
    if (first == '"' || first == '\'') {
      for (++pos_; pos_ < s_.size(); ++pos_) {
        if (s_[pos_] == first) {
          ++pos_;
          return true;
        }
        value_ += to_lower(s_[pos_]);
      }
      return end();
    }
    if (first == '>') return true;
    for (; pos_ < s_.size(); ++pos_) {
      const char c = s_[pos_];
      if (is_space(c) || c == '>') return true;
      value_ += to_lower(c);
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
  while (pos < s.size() && is_space(s[pos])) ++pos;
  if (s.substr(pos, 5) != "<?xml" || pos + 5 >= s.size() || !is_space(s[pos + 5])) return nullptr;
  const std::size_t end = s.find("?>", pos);
  if (end == std::string_view::npos) return nullptr;
  s = s.substr(pos + 5, end - pos - 5);
  // Pseudo-attributes: name = 'value' | "value".
  pos = 0;
  for (;;) {
    while (pos < s.size() && is_space(s[pos])) ++pos;
    const std::size_t name_start = pos;
    while (pos < s.size() && !is_space(s[pos]) && s[pos] != '=') ++pos;
    const std::string_view name = s.substr(name_start, pos - name_start);
    if (name.empty()) return nullptr;
    while (pos < s.size() && is_space(s[pos])) ++pos;
    if (pos >= s.size() || s[pos] != '=') return nullptr;
    ++pos;
    while (pos < s.size() && is_space(s[pos])) ++pos;
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
  if (trim(fallback_charset).empty()) return nullptr;
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
