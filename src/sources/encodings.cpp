// The encodings of the WHATWG Encoding Standard, with the iconv name that decodes each, and the
// standard's table of their labels: data, apart from the sniffing and decoding in charset.cpp.
#include "sources/encodings.hpp"

#include "text/text_utils.hpp"

namespace article2md::sources {

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

namespace {

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

}  // namespace

// "Get an encoding" (Encoding Standard): trimmed, ASCII case-insensitive; nullptr on failure.
const encoding* encoding_for_label(std::string_view label) noexcept {
  label = detail::trim(label);
  for (const label_entry& entry : labels) {
    if (detail::iequals(entry.label, label)) return entry.enc;
  }
  return nullptr;
}

bool is_utf_16(const encoding* enc) noexcept { return enc == &utf_16le || enc == &utf_16be; }

}  // namespace article2md::sources
