// Tone-mark styles: every syllable of tests/fixtures/text/tone_styles.json with
// all six tones, written at either placement, in lower case, capitals and NFD.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <string>

#include "baiviet/text.hpp"
#include "test_util.hpp"

using nlohmann::json;

namespace {

std::u32string to_u32(const std::string& s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
  std::u32string out;
  for (int32_t i = 0; i < u.length();) {
    UChar32 c = u.char32At(i);
    out.push_back(static_cast<char32_t>(c));
    i += U16_LENGTH(c);
  }
  return out;
}

std::string to_utf8(const std::u32string& s) {
  icu::UnicodeString u;
  for (char32_t c : s) u.append(static_cast<UChar32>(c));
  std::string out;
  u.toUTF8String(out);
  return out;
}

// NFC word with `tone` (a combining mark, or "" for the level tone) on letter `index`.
std::string with_tone(const std::string& word, const std::string& tone, std::size_t index) {
  std::u32string w = to_u32(word), t = to_u32(tone);
  w.insert(index + 1, t);
  return baiviet::to_nfc(to_utf8(w));
}

std::string nfd(const std::string& s) {
  UErrorCode st = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(st);
  icu::UnicodeString d = n->normalize(icu::UnicodeString::fromUTF8(s), st);
  std::string out;
  d.toUTF8String(out);
  return out;
}

}  // namespace

TEST_CASE("tone styles: all six tones on every vowel cluster", "[text][tones]") {
  auto j = json::parse(test_util::read_file(test_util::fixtures_dir() / "text" / "tone_styles.json"), nullptr, false);
  REQUIRE_FALSE(j.is_discarded());
  using baiviet::tone_style;
  std::size_t checked = 0;
  for (const auto& c : j["cases"]) {
    std::string word = c["word"].get<std::string>();
    std::size_t m = c["modern"].get<std::size_t>(), t = c["traditional"].get<std::size_t>();
    for (const auto& tone_json : j["tones"]) {
      std::string tone = tone_json.get<std::string>();
      std::string modern = with_tone(word, tone, m), traditional = with_tone(word, tone, t);
      for (const std::string& input : {modern, traditional}) {
        INFO("word " << word << " input " << input);
        CHECK(baiviet::apply_tone_style(input, tone_style::modern) == modern);
        CHECK(baiviet::apply_tone_style(input, tone_style::traditional) == traditional);
        CHECK(baiviet::apply_tone_style(input, tone_style::keep) == input);
        CHECK(baiviet::apply_tone_style(nfd(input), tone_style::modern) == modern);
        CHECK(baiviet::apply_tone_style(nfd(input), tone_style::keep) == input);
        // in running text, next to punctuation
        CHECK(baiviet::apply_tone_style("(" + input + "), " + input + ".", tone_style::traditional) ==
              "(" + traditional + "), " + traditional + ".");
        // round trip keep → modern → traditional → modern is stable
        std::string k = baiviet::apply_tone_style(input, tone_style::keep);
        std::string a = baiviet::apply_tone_style(k, tone_style::modern);
        std::string b = baiviet::apply_tone_style(a, tone_style::traditional);
        std::string c2 = baiviet::apply_tone_style(b, tone_style::modern);
        CHECK(a == c2);
        CHECK(baiviet::apply_tone_style(c2, tone_style::traditional) == b);
        ++checked;
      }
    }
  }
  CHECK(checked == j["cases"].size() * 12);
}

TEST_CASE("tone styles leave non-Vietnamese and multi-mark words alone", "[text][tones]") {
  using baiviet::tone_style;
  CHECK(baiviet::apply_tone_style("Goa Ohio Huy 2.617", tone_style::traditional) == "Goa Ohio Huy 2.617");
  CHECK(baiviet::apply_tone_style("hòàa", tone_style::traditional) == "hòàa");
  CHECK(baiviet::apply_tone_style("", tone_style::modern).empty());
  CHECK(baiviet::normalize("Văn hoá xã hội, hòa bình, Thúy Kiều", {.tones = tone_style::traditional}) ==
        "Văn hoá xã hội, hoà bình, Thuý Kiều");
}
