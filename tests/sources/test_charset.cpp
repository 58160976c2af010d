// Character sets: sniffing (BOM, HTTP, <meta>, XML declaration, option, default), labels, and
// decoding with U+FFFD for bad bytes. Encoded pages are hard-coded bytes, each checked with
// iconv(1) (e.g. `printf '中文' | iconv -t GBK | od -An -tx1`); split literals keep a hex escape
// from swallowing the letters after it.
#include <article2md/article2md.hpp>
#include <catch2/catch.hpp>
#include <stdexcept>
#include <string>
#include <string_view>

#include "sources/charset.hpp"

using article2md::sources::decode_to_utf8;
using article2md::sources::decode_xml_to_utf8;
using article2md::sources::decoded_text;

namespace {

const std::string fffd = "\xEF\xBF\xBD";

// `text` as UTF-16 bytes, with a BOM when asked.
std::string utf16(std::u16string_view text, bool big_endian, bool bom = true) {
  std::string out;
  const auto put = [&](char16_t unit) {
    const auto high = static_cast<char>((unit >> 8) & 0xFF);
    const auto low = static_cast<char>(unit & 0xFF);
    if (big_endian) {
      out += high;
      out += low;
    } else {
      out += low;
      out += high;
    }
  };
  if (bom) put(u'\uFEFF');
  for (char16_t unit : text) put(unit);
  return out;
}

// Decodes, then converts to Markdown with the default options and no header.
std::string markdown(std::string_view bytes, std::string_view content_type = {},
                     std::string_view fallback = {}) {
  return article2md::to_markdown(decode_to_utf8(bytes, content_type, fallback).utf8);
}

std::string page(std::string_view head, std::string_view body) {
  return "<!DOCTYPE html><html><head>" + std::string(head) + "</head><body>" + std::string(body) +
         "</body></html>";
}

}  // namespace

TEST_CASE("charset: GBK page with <meta charset>", "[charset]") {
  // 中文 in GBK: D6 D0 CE C4; 標題: 98 CB EE 7D.
  const std::string bytes =
      page("<meta charset=\"gbk\"><title>\x98\xCB\xEE\x7D</title>", "<p>\xD6\xD0\xCE\xC4</p>");
  const decoded_text d = decode_to_utf8(bytes);
  CHECK(d.charset == "GBK");
  CHECK(d.source == "meta");
  CHECK(d.utf8 == page(R"(<meta charset="gbk"><title>標題</title>)", "<p>中文</p>"));
  CHECK(markdown(bytes) == "標題\n------\n\n中文\n");
  CHECK(markdown("<meta charset=gbk><p>\xD6\xD0\xCE\xC4</p>") == "中文\n");
  // gb2312 pages are decoded as GBK (a superset); a lone 0x80 is the euro sign, as in browsers.
  const decoded_text gb2312 = decode_to_utf8("<meta charset=gb2312><p>\xD6\xD0\x80</p>");
  CHECK(gb2312.charset == "GBK");
  CHECK(gb2312.utf8 == "<meta charset=gb2312><p>中€</p>");
  CHECK(decode_to_utf8("<meta charset=gb18030><p>\xA2\xE3</p>").utf8 ==
        "<meta charset=gb18030><p>€</p>");
}

TEST_CASE("charset: Big5 page with <meta http-equiv>", "[charset]") {
  // 繁體 in Big5: C1 63 C5 E9.
  const std::string head = R"(<meta http-equiv="Content-Type" content="text/html; charset=big5">)";
  const std::string bytes = page(head, "<h1>\xC1\x63\xC5\xE9</h1><p>\xA4\xA4\xA4\xE5</p>");
  const decoded_text d = decode_to_utf8(bytes);
  CHECK(d.charset == "Big5");
  CHECK(d.source == "meta");
  CHECK(markdown(bytes) == "# 繁體\n\n中文\n");
  // http-equiv in any case, content first, unquoted values.
  CHECK(decode_to_utf8("<META CONTENT='text/html;charset=BIG5' HTTP-EQUIV=Content-Type>").charset ==
        "Big5");
}

TEST_CASE("charset: Shift_JIS page with <meta charset>", "[charset]") {
  // 日本語 in Shift_JIS: 93 FA 96 7B 8C EA.
  const std::string bytes =
      page(R"(<meta charset="Shift_JIS">)",
           "<p>\x93\xFA\x96\x7B\x8C\xEA</p><pre><code>C:\\dir ~</code></pre>");
  const decoded_text d = decode_to_utf8(bytes);
  CHECK(d.charset == "Shift_JIS");
  CHECK(d.source == "meta");
  // 0x5C and 0x7E stay '\' and '~' as in browsers (not a yen sign and an overline).
  CHECK(markdown(bytes) == "日本語\n\n```\nC:\\dir ~\n```\n");
  CHECK(decode_to_utf8("<meta charset=sjis>").charset == "Shift_JIS");
  CHECK(decode_to_utf8("<meta charset=windows-31j>").charset == "Shift_JIS");
}

TEST_CASE("charset: windows-1252 page, declared as ISO-8859-1", "[charset]") {
  // Curly quotes 0x93/0x94, é 0xE9 and € 0x80 exist in windows-1252 only: iso-8859-1 means it.
  const std::string bytes = page(R"(<meta charset="iso-8859-1">)",
                                 "<p>\x93"
                                 "caf\xE9\x94 costs 5 \x80.</p>");
  const decoded_text d = decode_to_utf8(bytes);
  CHECK(d.charset == "windows-1252");
  CHECK(d.source == "meta");
  CHECK(markdown(bytes) == "“café” costs 5 €.\n");
  CHECK(decode_to_utf8("<meta charset=latin1>").charset == "windows-1252");
  CHECK(decode_to_utf8("<meta charset=us-ascii>").charset == "windows-1252");
  // A byte that windows-1252 leaves undefined becomes U+FFFD; the rest is kept.
  CHECK(decode_to_utf8("<meta charset=cp1252>a\x81z").utf8 ==
        "<meta charset=cp1252>a" + fffd + "z");
}

TEST_CASE("charset: UTF-16 with a byte order mark", "[charset]") {
  const std::u16string html = u"<meta charset=\"gbk\"><p>中文 😀</p>";
  const std::string le = utf16(html, false);
  const std::string be = utf16(html, true);
  const decoded_text dle = decode_to_utf8(le);
  CHECK(dle.charset == "UTF-16LE");
  CHECK(dle.source == "bom");
  CHECK(dle.utf8 == "<meta charset=\"gbk\"><p>中文 😀</p>");  // BOM gone, meta ignored
  const decoded_text dbe = decode_to_utf8(be, "text/html; charset=gbk");
  CHECK(dbe.charset == "UTF-16BE");
  CHECK(dbe.source == "bom");
  CHECK(dbe.utf8 == dle.utf8);
  CHECK(markdown(le) == "中文 😀\n");
  CHECK(markdown(be) == "中文 😀\n");
  // A lone surrogate and an odd last byte become U+FFFD; decoding goes on after the surrogate.
  std::string broken = utf16(u"a", false) + std::string("\x00\xD8", 2) + utf16(u"b", false, false);
  CHECK(decode_to_utf8(broken).utf8 == "a" + fffd + "b");
  CHECK(decode_to_utf8(utf16(u"ab", true) + std::string(1, '\0')).utf8 == "ab" + fffd);
}

TEST_CASE("charset: UTF-8 byte order mark wins and is removed", "[charset]") {
  const std::string bytes = "\xEF\xBB\xBF<meta charset=gbk><p>中文</p>";
  const decoded_text d = decode_to_utf8(bytes, "text/html; charset=big5", "shift_jis");
  CHECK(d.charset == "UTF-8");
  CHECK(d.source == "bom");
  CHECK(d.utf8 == "<meta charset=gbk><p>中文</p>");
  CHECK(markdown(bytes) == "中文\n");
}

TEST_CASE("charset: the HTTP Content-Type charset wins over <meta>", "[charset]") {
  const std::string bytes = "<meta charset=big5><p>\xD6\xD0\xCE\xC4</p>";
  const decoded_text d = decode_to_utf8(bytes, "text/html; charset=GBK");
  CHECK(d.charset == "GBK");
  CHECK(d.source == "http");
  CHECK(markdown(bytes, "text/html; charset=GBK") == "中文\n");
  CHECK(decode_to_utf8(bytes, R"(text/html;charset="gbk";foo=bar)").charset == "GBK");
  CHECK(decode_to_utf8(bytes, "text/html; foo=\"a;b\"; Charset = gbk ").charset == "GBK");
  CHECK(decode_to_utf8(bytes, "gbk").source == "http");  // a bare label
  // No charset, or an unknown one: the document's <meta> decides.
  CHECK(decode_to_utf8(bytes, "text/html").source == "meta");
  CHECK(decode_to_utf8(bytes, "text/html; charset=klingon").charset == "Big5");
  CHECK(decode_to_utf8(bytes, "text/html; charset=").charset == "Big5");
  // The transport may say UTF-16 (unlike <meta>).
  CHECK(decode_to_utf8(utf16(u"<p>x</p>", false, false), "text/html; charset=utf-16").utf8 ==
        "<p>x</p>");
}

TEST_CASE("charset: the fallback option applies only when nothing is declared", "[charset]") {
  const std::string bytes = "<p>\xCF\xF0\xE8\xE2\xE5\xF2</p>";  // Привет in windows-1251
  const decoded_text d = decode_to_utf8(bytes, {}, "windows-1251");
  CHECK(d.charset == "windows-1251");
  CHECK(d.source == "option");
  CHECK(markdown(bytes, {}, " CP1251 ") == "Привет\n");
  CHECK(decode_to_utf8("<meta charset=gbk>", {}, "windows-1251").source == "meta");
  CHECK(decode_to_utf8("x", "text/html; charset=gbk", "windows-1251").source == "http");
  // Nothing at all: UTF-8.
  const decoded_text plain = decode_to_utf8("<p>中文</p>");
  CHECK(plain.charset == "UTF-8");
  CHECK(plain.source == "default");
  CHECK(plain.utf8 == "<p>中文</p>");
  CHECK(decode_to_utf8("").utf8.empty());
  // An unknown fallback is the caller's mistake, reported even when a declaration wins.
  CHECK_THROWS_AS(decode_to_utf8("x", {}, "klingon"), std::invalid_argument);
  CHECK_THROWS_AS(decode_to_utf8("<meta charset=gbk>", {}, "iso-2022-kr"), std::invalid_argument);
  CHECK_THROWS_WITH(decode_to_utf8("x", {}, "klingon"), Catch::Contains("klingon"));
  CHECK(decode_to_utf8("x", {}, "").source == "default");
}

TEST_CASE("charset: invalid UTF-8 bytes become U+FFFD, the rest is kept", "[charset]") {
  const auto utf8 = [](std::string_view s) { return decode_to_utf8(s).utf8; };
  CHECK(utf8("a\xFF"
             "b") == "a" + fffd + "b");
  CHECK(utf8("\x80\x80") == fffd + fffd);
  CHECK(utf8("\xC0\xAF") == fffd + fffd);                        // overlong: C0 is never valid
  CHECK(utf8("\xE0\x80\xAF") == fffd + fffd + fffd);             // overlong three-byte form
  CHECK(utf8("\xED\xA0\x80") == fffd + fffd + fffd);             // a surrogate
  CHECK(utf8("\xF4\x90\x80\x80") == fffd + fffd + fffd + fffd);  // above U+10FFFF
  CHECK(utf8("\xE4\xB8x") == fffd + "x");                        // one U+FFFD per maximal subpart
  CHECK(utf8("\xF0\x9F\x98z") == fffd + "z");
  CHECK(utf8("😀 ok é") == "😀 ok é");
  // Past the ASCII fast path's eight-byte steps.
  const std::string ascii(37, 'a');
  CHECK(utf8(ascii + "\xFE" + ascii) == ascii + fffd + ascii);
  CHECK(markdown("<p>caf\xE9 au lait</p>") == "caf" + fffd + " au lait\n");
}

TEST_CASE("charset: a sequence cut off by the end becomes one U+FFFD", "[charset]") {
  CHECK(decode_to_utf8("中\xE6\x96").utf8 == "中" + fffd);
  CHECK(decode_to_utf8("\xF0").utf8 == fffd);
  CHECK(decode_to_utf8("\xD6\xD0\xCE", "text/html; charset=gbk").utf8 == "中" + fffd);
  CHECK(decode_to_utf8("\x93\xFA\x96", "text/html; charset=shift_jis").utf8 == "日" + fffd);
  // Bad bytes in the middle never lose the rest of the document.
  CHECK(decode_to_utf8("\xD6\xD0\xFF\xCE\xC4", "text/html; charset=gbk").utf8 ==
        "中" + fffd + "文");
  CHECK(decode_to_utf8("\xA4\xA4\xFF\xA4\xE5", "text/html; charset=big5").utf8 ==
        "中" + fffd + "文");
}

TEST_CASE("charset: only the first 1024 bytes are prescanned", "[charset]") {
  const std::string filler = "<p>" + std::string(1100, 'a') + "</p>";
  const decoded_text late = decode_to_utf8(filler + "<meta charset=gbk>", {}, "windows-1251");
  CHECK(late.source == "option");
  CHECK(decode_to_utf8(filler + "<meta charset=gbk>").source == "default");
  const std::string near = std::string(1000, ' ') + "<meta charset=gbk>";  // ends at byte 1018
  CHECK(decode_to_utf8(near).charset == "GBK");
  // Cut off by the limit: not used.
  CHECK(decode_to_utf8(std::string(1010, ' ') + "<meta charset=gbk>").source == "default");
}

TEST_CASE("charset: labels and the prescan's attribute rules", "[charset]") {
  const auto sniff = [](std::string_view s) {
    const decoded_text d = decode_to_utf8(s);
    return d.charset + "/" + d.source;
  };
  CHECK(sniff(R"(<META CHARSET=" GBK ">)") == "GBK/meta");
  CHECK(sniff("<meta charset='\tShift_JIS\n'>") == "Shift_JIS/meta");
  CHECK(sniff("<meta charset=x-gbk>") == "GBK/meta");
  CHECK(sniff("<meta/charset=\"big5\"/>") == "Big5/meta");
  CHECK(sniff("<meta charset=big5/>") == "UTF-8/default");  // the value is "big5/"
  CHECK(sniff("<meta name=x charset=euc-kr>") == "EUC-KR/meta");
  CHECK(sniff(R"(<meta http-equiv="content-type" content="text/html; charset = 'koi8-r'">)") ==
        "KOI8-R/meta");
  CHECK(sniff(R"(<meta http-equiv=Content-Type content="text/html;charset=&quot;gbk">)") ==
        "UTF-8/default");
  // content without http-equiv="Content-Type" declares nothing.
  CHECK(sniff(R"(<meta content="text/html; charset=gbk">)") == "UTF-8/default");
  CHECK(sniff(R"(<meta http-equiv="refresh" content="0; charset=gbk">)") == "UTF-8/default");
  // The first attribute of a name counts; charset= wins over an earlier content.
  CHECK(sniff(R"(<meta charset=gbk charset=big5>)") == "GBK/meta");
  CHECK(sniff(R"(<meta http-equiv=content-type content="charset=gbk" charset=big5>)") ==
        "Big5/meta");
  // Unknown labels are ignored, and the next <meta> gets its chance.
  CHECK(sniff("<meta charset=klingon><meta charset=gbk>") == "GBK/meta");
  CHECK(sniff("<meta charset=hz-gb-2312>") == "UTF-8/default");  // the replacement encoding
  // A declared UTF-16 in a document read as ASCII is UTF-8.
  CHECK(sniff("<meta charset=utf-16>") == "UTF-8/meta");
  CHECK(sniff("<meta charset=utf-16be>") == "UTF-8/meta");
  // Not a <meta>: in a comment, inside another tag's attribute, or a longer tag name.
  CHECK(sniff("<!-- <meta charset=gbk> --><p>x") == "UTF-8/default");
  CHECK(sniff("<!--><meta charset=gbk>") == "GBK/meta");  // "<!-->" is a whole comment
  CHECK(sniff(R"(<div title="<meta charset=gbk>">x</div>)") == "UTF-8/default");
  CHECK(sniff("<metadata charset=gbk>") == "UTF-8/default");
  CHECK(sniff("<?php <meta charset=gbk> ?>") == "UTF-8/default");
  CHECK(sniff("<meta charset=gbk") == "UTF-8/default");  // cut off
}

TEST_CASE("charset: XML feeds use the XML declaration", "[charset]") {
  const std::string feed =
      "<?xml version=\"1.0\" encoding=\"GB2312\"?><rss><channel><title>\xD6\xD0\xCE\xC4"
      "</title></channel></rss>";
  const decoded_text d = decode_xml_to_utf8(feed);
  CHECK(d.charset == "GBK");
  CHECK(d.source == "meta");
  CHECK(d.utf8 ==
        "<?xml version=\"1.0\" "
        "encoding=\"GB2312\"?><rss><channel><title>中文</title></channel></rss>");
  CHECK(decode_xml_to_utf8("<?xml version='1.0' encoding='iso-8859-1' ?><a>\x93</a>").utf8 ==
        "<?xml version='1.0' encoding='iso-8859-1' ?><a>“</a>");
  CHECK(decode_xml_to_utf8("\n<?xml version=\"1.0\" encoding=\"big5\"?>").charset == "Big5");
  // HTTP wins (RFC 7303); then the declaration; then the option; then UTF-8.
  CHECK(decode_xml_to_utf8(feed, "application/rss+xml; charset=big5").charset == "Big5");
  CHECK(decode_xml_to_utf8("<?xml version=\"1.0\"?><a/>", {}, "gbk").source == "option");
  CHECK(decode_xml_to_utf8("<rss/>").source == "default");
  // <meta> means nothing to XML.
  CHECK(decode_xml_to_utf8("<html><meta charset=gbk></html>").source == "default");
  CHECK(decode_xml_to_utf8("<?xml version=\"1.0\" encoding=\"utf-16\"?>").charset == "UTF-8");
  // UTF-16 with a BOM, and without one (recognised by "<?").
  const std::u16string xml = u"<?xml version=\"1.0\" encoding=\"UTF-16\"?><a>中文</a>";
  const decoded_text bom = decode_xml_to_utf8(utf16(xml, true));
  CHECK(bom.source == "bom");
  CHECK(bom.utf8 == "<?xml version=\"1.0\" encoding=\"UTF-16\"?><a>中文</a>");
  const decoded_text le = decode_xml_to_utf8(utf16(xml, false, false));
  CHECK(le.charset == "UTF-16LE");
  CHECK(le.utf8 == bom.utf8);
  CHECK(decode_xml_to_utf8(utf16(xml, true, false)).charset == "UTF-16BE");
  CHECK_THROWS_AS(decode_xml_to_utf8("<a/>", {}, "nope"), std::invalid_argument);
}

TEST_CASE("charset: more encodings end to end", "[charset]") {
  // 한국어 in EUC-KR (windows-949), 日本 in ISO-2022-JP (stateful: escapes switch sets).
  CHECK(markdown("<meta charset=euc-kr><p>\xC7\xD1\xB1\xB9\xBE\xEE</p>") == "한국어\n");
  CHECK(markdown("<meta charset=iso-2022-jp><p>\x1B$BF|K\\\x1B(B!</p>") == "日本!\n");
  CHECK(markdown("<p>\xCF\xF0\xE8\xE2\xE5\xF2</p>", "text/html; charset=windows-1251") ==
        "Привет\n");
}
