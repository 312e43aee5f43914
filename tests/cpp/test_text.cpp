// Text utilities driven by the case tables in tests/fixtures/text/*.json:
// slugs, folding, counts, sentences, comment box, reading time, normalisation.
#include <catch2/catch.hpp>

#include <random>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "baiviet/text.hpp"
#include "test_util.hpp"
#include "text/segment.hpp"
#include "text/unicode_util.hpp"

using nlohmann::json;

namespace {

json load_text_fixture(const char* name) {
  auto j = json::parse(test_util::read_file(test_util::fixtures_dir() / "text" / name), nullptr, false);
  REQUIRE_FALSE(j.is_discarded());
  return j;
}

std::string repeat_words(std::size_t n) {
  static const char* syllables[] = {"một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"};
  std::string s;
  for (std::size_t i = 0; i < n; ++i) {
    if (i) s += ' ';
    s += syllables[i % 10];
  }
  return s;
}

}  // namespace

TEST_CASE("slugify follows the slug table", "[text][slug]") {
  json j = load_text_fixture("slugs.json");
  for (const auto& c : j["cases"]) {
    baiviet::slug_options o;
    if (c.contains("max_length")) o.max_length = c["max_length"].get<std::size_t>();
    INFO(c["in"].get<std::string>());
    CHECK(baiviet::slugify(c["in"].get<std::string>(), o) == c["out"].get<std::string>());
  }
  for (const auto& c : j["fold"]) {
    INFO(c["in"].get<std::string>());
    CHECK(baiviet::fold_for_search(c["in"].get<std::string>()) == c["out"].get<std::string>());
  }
}

TEST_CASE("slug_registry makes heading ids unique", "[text][slug]") {
  baiviet::slug_registry r;
  CHECK(r.unique("tin-moi") == "tin-moi");
  CHECK(r.unique("tin-moi") == "tin-moi-1");
  CHECK(r.unique("tin-moi") == "tin-moi-2");
  CHECK(r.unique("ket-luan") == "ket-luan");
}

TEST_CASE("counts follow the count table", "[text][count]") {
  json j = load_text_fixture("counts.json");
  for (const auto& c : j["cases"]) {
    std::string text = c["text"].get<std::string>();
    INFO(text);
    auto n = baiviet::count_text(text);
    CHECK(n.graphemes == c["graphemes"].get<std::size_t>());
    CHECK(n.code_points == c["code_points"].get<std::size_t>());
    CHECK(n.words == c["words"].get<std::size_t>());
    CHECK(n.sentences == c["sentences"].get<std::size_t>());
    CHECK(baiviet::count_graphemes(text) == n.graphemes);
    CHECK(baiviet::count_words(text) == n.words);
    CHECK(baiviet::count_sentences(text) == n.sentences);
  }
}

TEST_CASE("sentences keep Vietnamese abbreviations and initials", "[text][sentences]") {
  json j = load_text_fixture("counts.json");
  for (const auto& c : j["sentences"]) {
    INFO(c["text"].get<std::string>());
    CHECK(baiviet::split_sentences(c["text"].get<std::string>()) == c["out"].get<std::vector<std::string>>());
  }
}

TEST_CASE("comment box counter follows the table", "[text][comment]") {
  json j = load_text_fixture("comment.json");
  for (const auto& c : j["cases"]) {
    INFO(c["text"].get<std::string>());
    auto s = baiviet::comment_status(c["text"].get<std::string>(), c["min"].get<std::size_t>(), c["max"].get<std::size_t>());
    CHECK(s.used == c["used"].get<std::size_t>());
    CHECK(s.remaining == c["remaining"].get<std::size_t>());
    CHECK(s.valid == c["valid"].get<bool>());
    CHECK(s.counter == c["counter"].get<std::string>());
    CHECK(s.message == c["message"].get<std::string>());
  }
}

TEST_CASE("reading time follows the table", "[text][reading]") {
  json j = load_text_fixture("reading_time.json");
  for (const auto& c : j["cases"]) {
    std::size_t words = c["words"].get<std::size_t>(), images = c["images"].get<std::size_t>();
    INFO("words " << words << " images " << images);
    std::string text = repeat_words(words);
    REQUIRE(baiviet::count_words(text) == words);
    auto r = baiviet::estimate_reading_time(text, images);
    CHECK(r.words == words);
    CHECK(r.seconds == c["seconds"].get<std::size_t>());
    CHECK(r.minutes == c["minutes"].get<std::size_t>());
    CHECK(r.label == c["label"].get<std::string>());
  }
  baiviet::reading_options no_images;
  no_images.count_images = false;
  CHECK(baiviet::estimate_reading_time(repeat_words(370), 5, no_images).seconds == 60);
}

TEST_CASE("normalize follows the table", "[text][normalize]") {
  json j = load_text_fixture("normalize.json");
  for (const auto& c : j["cases"]) {
    baiviet::normalize_options o;
    std::string tones = c.value("tones", "keep");
    o.tones = tones == "modern" ? baiviet::tone_style::modern
              : tones == "traditional" ? baiviet::tone_style::traditional
                                       : baiviet::tone_style::keep;
    INFO(c["in"].get<std::string>());
    CHECK(baiviet::normalize(c["in"].get<std::string>(), o) == c["out"].get<std::string>());
  }
}

TEST_CASE("bad UTF-8 and NUL become U+FFFD", "[text][utf8]") {
  std::string out;
  CHECK(baiviet::sanitize_utf8(std::string("a\xFF" "b", 3), out) == 1);
  CHECK(out == "a\xEF\xBF\xBD" "b");
  CHECK(baiviet::sanitize_utf8(std::string("x\0y", 3), out) == 1);
  CHECK(out == "x\xEF\xBF\xBD" "y");
  CHECK(baiviet::sanitize_utf8("\xE1\xBB", out) == 1);  // truncated sequence
  CHECK(baiviet::normalize(std::string("Yê\xC3", 4)) == "Yê\xEF\xBF\xBD");
  CHECK(baiviet::count_graphemes(std::string("a\xFF\xFE", 3)) == 3);
  CHECK(baiviet::comment_status(std::string("\xFF\xFF\xFF\xFF\xFF", 5)).used == 5);
  CHECK(baiviet::slugify(std::string("\xFF\xC0 Hà", 6)) == "ha");
  CHECK(baiviet::to_nfc("\xFF") == "\xEF\xBF\xBD");  // repaired even when already NFC
  CHECK(baiviet::to_nfc("\xFF" "e\xCC\x81") == "\xEF\xBF\xBD\xC3\xA9");
}

TEST_CASE("NFC and NFD input count the same", "[text][count]") {
  const std::string nfc = "Chỉnh đốn, nâng cao năng lực lãnh đạo sức chiến đấu của tổ chức cơ sở đảng";
  // the same text decomposed (NFD), spelled out
  const std::string nfd = "Chi\u0309nh đo\u0302\u0301n, na\u0302ng cao na\u0306ng lu\u031b\u0323c la\u0303nh đa\u0323o su\u031b\u0301c "
        "chie\u0302\u0301n đa\u0302\u0301u cu\u0309a to\u0302\u0309 chu\u031b\u0301c co\u031b so\u031b\u0309 đa\u0309ng";
  CHECK(baiviet::to_nfc(nfd) == nfc);
  CHECK(baiviet::count_graphemes(nfd) == baiviet::count_graphemes(nfc));
  CHECK(baiviet::count_words(nfd) == baiviet::count_words(nfc));
  CHECK(baiviet::comment_status(nfd).used == baiviet::comment_status(nfc).used);
  CHECK(baiviet::slugify(nfd) == baiviet::slugify(nfc));
  CHECK(baiviet::count_graphemes(nfc) == 74);  // 58 letters/punctuation + 16 spaces
}

namespace {
// The byte-at-a-time repair sanitize_utf8 had before its word-at-a-time scan:
// the reference the fast version must agree with.
std::size_t reference_sanitize(std::string_view in, std::string& out) {
  static constexpr char replacement[] = "\xEF\xBF\xBD";
  std::size_t bad = 0;
  out.clear();
  out.reserve(in.size());
  const auto* s = reinterpret_cast<const unsigned char*>(in.data());
  std::size_t n = in.size(), i = 0;
  while (i < n) {
    unsigned char c = s[i];
    if (c == 0) { out.append(replacement); ++bad; ++i; continue; }
    if (c < 0x80) { out.push_back(static_cast<char>(c)); ++i; continue; }
    std::size_t len = 0;
    unsigned lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if (c == 0xE0) { len = 3; lo = 0xA0; }
    else if (c >= 0xE1 && c <= 0xEC) len = 3;
    else if (c == 0xED) { len = 3; hi = 0x9F; }
    else if (c >= 0xEE && c <= 0xEF) len = 3;
    else if (c == 0xF0) { len = 4; lo = 0x90; }
    else if (c >= 0xF1 && c <= 0xF3) len = 4;
    else if (c == 0xF4) { len = 4; hi = 0x8F; }
    if (len == 0) { out.append(replacement); ++bad; ++i; continue; }
    // Maximal subpart replacement (Unicode §3.9): one U+FFFD per broken sequence prefix.
    std::size_t j = 1;
    bool ok = true;
    for (; j < len; ++j) {
      if (i + j >= n) { ok = false; break; }
      unsigned char d = s[i + j];
      unsigned l = (j == 1) ? lo : 0x80, h = (j == 1) ? hi : 0xBF;
      if (d < l || d > h) { ok = false; break; }
    }
    if (ok) {
      out.append(in.data() + i, len);
      i += len;
    } else {
      out.append(replacement);
      ++bad;
      i += j;
    }
  }
  return bad;
}
}  // namespace

namespace {
// Every validator (AVX2 where the CPU has it, the DFA used natively otherwise, the
// scan used in WebAssembly) must give the same answer; returns it, or fails the test
// when they disagree.
bool both_clean(std::string_view s) {
  const bool dfa = baiviet::detail::is_clean_utf8_dfa(s), scan = baiviet::detail::is_clean_utf8_scan(s);
  if (dfa != scan) {
    INFO("DFA says " << dfa << ", scan says " << scan << " on " << s.size() << " bytes");
    REQUIRE(dfa == scan);
  }
  if (const bool simd = baiviet::detail::is_clean_utf8_simd(s); simd != dfa) {
    INFO("SIMD (AVX2: " << baiviet::detail::has_simd_utf8() << ") says " << simd << ", DFA says " << dfa << " on "
                        << s.size() << " bytes");
    REQUIRE(simd == dfa);
  }
  if (baiviet::detail::is_clean_utf8(s) != dfa) REQUIRE(baiviet::detail::is_clean_utf8(s) == dfa);
  return dfa;
}
}  // namespace

TEST_CASE("sanitize_utf8 agrees with a byte-at-a-time reference on random bytes", "[text][utf8]") {
  std::mt19937_64 rng(42);
  // bytes that sit on the edges of Unicode Table 3-7, plus anything
  const unsigned char edges[] = {0x00, 0x01, 'a', ' ', 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xC3, 0xDF, 0xE0, 0xA0,
                                 0x9F, 0xE1, 0xBA, 0xBB, 0xED, 0xEE, 0xEF, 0xF0, 0x90, 0x8F, 0xF4, 0xF5, 0xFF};
  std::string a, b;
  for (int t = 0; t < 300000; ++t) {
    std::string s(rng() % 12, 'x');  // ASCII runs so the eight-byte path is taken
    for (std::size_t k = rng() % 40; k > 0; --k)
      s.push_back(static_cast<char>(rng() % 3 ? edges[rng() % sizeof edges] : rng() % 256));
    s.append(rng() % 20, 'y');
    std::size_t x = reference_sanitize(s, a), y = baiviet::sanitize_utf8(s, b);
    if (x != y || a != b) {
      INFO("case " << t);
      REQUIRE(y == x);
      REQUIRE(b == a);
    }
    // The validator parse_markdown runs first (both of its implementations).
    if (both_clean(s) != (x == 0)) {
      INFO("case " << t);
      REQUIRE(both_clean(s) == (x == 0));
    }
  }
}

TEST_CASE("known_valid_utf8: only NUL is looked for inside the region, everything else validated", "[text][utf8]") {
  using baiviet::detail::is_clean_utf8;
  using baiviet::detail::known_valid_utf8;
  const std::string input = "Đà Nẵng có 1,2 triệu dân.";
  const std::string with_nul = std::string("Đà") + '\0' + "Nẵng";
  const std::string invalid = "a\xC3(b";  // a broken two-byte sequence, outside any region
  {
    known_valid_utf8 region(input.data(), input.size());
    CHECK(is_clean_utf8(input));
    CHECK(is_clean_utf8(std::string_view(input).substr(2, 7)));  // a view inside the region
    CHECK_FALSE(is_clean_utf8(invalid));                          // elsewhere: validated
    std::string copy = input;
    copy[1] = '\xFF';
    CHECK_FALSE(is_clean_utf8(copy));  // a copy is not the region
  }
  {
    // The region is trusted for exactly what the caller says: here, falsely, that a broken
    // sequence is valid, which shows that inside it the validation is skipped.
    known_valid_utf8 wrong(invalid.data(), invalid.size());
    CHECK(is_clean_utf8(invalid));
  }
  CHECK_FALSE(is_clean_utf8(invalid));  // the region ended with its scope
  {
    known_valid_utf8 region(with_nul.data(), with_nul.size());
    CHECK_FALSE(is_clean_utf8(with_nul));  // NUL is still found
    std::string out;
    CHECK(baiviet::sanitize_utf8(with_nul, out) == 1);
    CHECK(out.find("\xEF\xBF\xBD") != std::string::npos);
  }
}

TEST_CASE("is_clean_utf8 on every one- to four-byte sequence after ASCII", "[text][utf8]") {
  // Every 1- and 2-byte string, and 3/4-byte strings over the bytes at the
  // edges of Unicode Table 3-7, at each alignment of the eight-byte step and
  // across the 32-byte block of the AVX2 validator.
  const unsigned char edges[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2,
                                 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF};
  std::string scratch;
  auto check = [&](const std::string& tail) {
    for (std::size_t pad : {0, 1, 2, 3, 4, 5, 6, 7, 8, 28, 29, 30, 31, 32}) {
      std::string s(pad, 'a');
      s += tail;
      const bool clean = reference_sanitize(s, scratch) == 0;
      if (both_clean(s) != clean) {
        INFO("pad " << pad << " bytes " << s.size());
        REQUIRE(both_clean(s) == clean);
      }
    }
  };
  for (int a = 0; a < 256; ++a) {
    check(std::string(1, static_cast<char>(a)));
    for (int b = 0; b < 256; ++b) check(std::string{static_cast<char>(a), static_cast<char>(b)});
  }
  for (unsigned char a : edges)
    for (unsigned char b : edges)
      for (unsigned char c : edges) {
        check(std::string{static_cast<char>(a), static_cast<char>(b), static_cast<char>(c)});
        for (unsigned char d : edges)
          check(std::string{static_cast<char>(a), static_cast<char>(b), static_cast<char>(c), static_cast<char>(d)});
      }
}

TEST_CASE("is_clean_utf8 on long text: every damage at every place, both halves", "[text][utf8]") {
  // Long inputs take the two-chain path (split near the middle, 16-byte ASCII
  // skips): valid Vietnamese and ASCII text of many lengths, then each byte
  // replaced in turn by bytes from the edges of Unicode Table 3-7, so damage
  // falls before, on and after the split and inside and across skipped blocks.
  const std::string words[] = {"Đà Nẵng ", "tưng bừng ", "x ", "1.500.000 ₫ ", "😀 ", "chào ", "\xEF\xBF\xBD", "ASCII-only run ", "\t"};
  const unsigned char damage[] = {0x00, 0x80, 0xBF, 0xC0, 0xC2, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 'a'};
  std::mt19937_64 rng(7);
  std::string scratch;
  for (int t = 0; t < 60; ++t) {
    std::string text;
    const std::size_t target = 60 + rng() % 260;
    while (text.size() < target) text += words[rng() % std::size(words)];
    REQUIRE(both_clean(text));
    for (std::size_t i = 0; i < text.size(); ++i)
      for (unsigned char d : damage) {
        std::string s = text;
        s[i] = static_cast<char>(d);
        const bool clean = reference_sanitize(s, scratch) == 0;
        if (both_clean(s) != clean) {
          INFO("text " << t << " byte " << i << " of " << s.size() << " set to " << int(d));
          REQUIRE(both_clean(s) == clean);
        }
      }
    // Cut short at every length: a sequence cut at the end is not clean.
    for (std::size_t len = 0; len <= text.size(); ++len) {
      const std::string s = text.substr(0, len);
      const bool clean = reference_sanitize(s, scratch) == 0;
      if (both_clean(s) != clean) {
        INFO("text " << t << " cut at " << len);
        REQUIRE(both_clean(s) == clean);
      }
    }
  }
}

namespace {
std::string utf8_of(char32_t c) {
  std::string s;
  if (c < 0x80) s += static_cast<char>(c);
  else if (c < 0x800) { s += static_cast<char>(0xC0 | (c >> 6)); s += static_cast<char>(0x80 | (c & 0x3F)); }
  else {
    s += static_cast<char>(0xE0 | (c >> 12));
    s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (c & 0x3F));
  }
  return s;
}
}  // namespace

TEST_CASE("slugify's per-code-point fast path gives the ICU path's bytes", "[text][slug]") {
  // A CJK letter is outside the fast path's ranges: with it the whole text goes
  // through ICU, and as a word separator at the end it does not change the slug.
  const std::string icu_tail = "\xE4\xB8\xAD";  // 中
  std::vector<std::string> pool;
  for (char32_t c = 1; c < 0x250; ++c) pool.push_back(utf8_of(c));
  for (char32_t c = 0x1E00; c < 0x1F00; ++c) pool.push_back(utf8_of(c));
  for (const auto& one : pool) {
    const std::string s = "x" + one + "y";
    if (baiviet::slugify(s) != baiviet::slugify(s + icu_tail)) {
      INFO("text " << s);
      REQUIRE(baiviet::slugify(s) == baiviet::slugify(s + icu_tail));
    }
  }
  std::mt19937_64 rng(7);
  for (int t = 0; t < 3000; ++t) {
    std::string s;
    for (std::size_t k = 1 + rng() % 12; k > 0; --k) s += rng() % 3 ? pool[rng() % pool.size()] : std::string(1, "a Z9-"[rng() % 5]);
    baiviet::slug_options o;
    o.max_length = rng() % 2 ? 0 : 1 + rng() % 10;
    if (baiviet::slugify(s, o) != baiviet::slugify(s + icu_tail, o)) {
      INFO("text " << s);
      REQUIRE(baiviet::slugify(s, o) == baiviet::slugify(s + icu_tail, o));
    }
  }
  CHECK(baiviet::slugify("Tiếng Việt: Đà Nẵng, Huế & Phố Hiến") == "tieng-viet-da-nang-hue-pho-hien");
}

TEST_CASE("fold_for_search's per-code-point fast path gives the ICU path's bytes", "[text][fold]") {
  // With a CJK letter (outside the fast path's ranges; it folds to itself) the
  // whole text goes through ICU: the two foldings must differ only by it.
  const std::string icu_tail = "\xE4\xB8\xAD";  // 中
  std::vector<std::string> pool;
  for (char32_t c = 1; c < 0x250; ++c) pool.push_back(utf8_of(c));
  for (char32_t c = 0x1E00; c < 0x1F00; ++c) pool.push_back(utf8_of(c));
  for (char32_t c = 0x2000; c < 0x20D0; ++c) pool.push_back(utf8_of(c));
  for (const auto& one : pool) {
    const std::string s = "x" + one + "Y";
    if (baiviet::fold_for_search(s) + icu_tail != baiviet::fold_for_search(s + icu_tail)) {
      INFO("text " << s);
      REQUIRE(baiviet::fold_for_search(s) + icu_tail == baiviet::fold_for_search(s + icu_tail));
    }
  }
  std::mt19937_64 rng(11);
  for (int t = 0; t < 3000; ++t) {
    std::string s;
    for (std::size_t k = 1 + rng() % 12; k > 0; --k) s += rng() % 3 ? pool[rng() % pool.size()] : std::string(1, "a Z9-,."[rng() % 7]);
    if (baiviet::fold_for_search(s) + icu_tail != baiviet::fold_for_search(s + icu_tail)) {
      INFO("text " << s);
      REQUIRE(baiviet::fold_for_search(s) + icu_tail == baiviet::fold_for_search(s + icu_tail));
    }
  }
  CHECK(baiviet::fold_for_search("Tiếng Việt: ĐÀ NẴNG, Huế") == "tieng viet: da nang, hue");
  // Decomposed input (a mark outside the fast ranges) and invalid UTF-8 take ICU's path.
  CHECK(baiviet::fold_for_search("Vie\xCC\xA3\xCC\x82t") == "viet");
  CHECK(baiviet::fold_for_search("a\xFF" "b") == baiviet::fold_for_search("a\xEF\xBF\xBD" "b"));
}

TEST_CASE("white space: is_white_space_cp is Unicode's White_Space for every code point", "[text]") {
  // The sentence and excerpt rules ask it instead of u_isUWhiteSpace, which would link ICU's
  // property vectors into the WASM core; ICU's own answer is the reference here.
  std::vector<UChar32> differ;
  int members = 0;
  for (UChar32 c = 0; c <= 0x10FFFF; ++c) {
    const bool ours = baiviet::detail::is_white_space_cp(c);
    members += ours ? 1 : 0;
    if (ours != static_cast<bool>(u_isUWhiteSpace(c))) differ.push_back(c);
  }
  CHECK(differ.empty());
  CHECK(members == 25);  // Unicode 15's White_Space: 25 code points
  CHECK(baiviet::detail::is_white_space_cp(0x00A0));
  CHECK(baiviet::detail::is_white_space_cp(0x3000));
  CHECK_FALSE(baiviet::detail::is_white_space_cp(0x001F));
  CHECK_FALSE(baiviet::detail::is_white_space_cp(0x200B));
}
