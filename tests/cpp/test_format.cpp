// Vietnamese formatting: the table of cases in tests/fixtures/format/cases.json
// drives every formatter, plus properties that a table cannot express
// (markup keeps the visible text, formatters are reused across threads).
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "baiviet/format.hpp"
#include "render/markup.hpp"
#include "test_util.hpp"

using json = nlohmann::json;

namespace {

const json& cases() {
  static const json doc = json::parse(test_util::read_file(test_util::fixtures_dir() / "format" / "cases.json"),
                                      nullptr, false);
  return doc;
}

double num(const json& v) { return test_util::fixture_number(v); }

baiviet::rounding_mode rounding(const std::string& s) {
  using baiviet::rounding_mode;
  if (s == "half_even") return rounding_mode::half_even;
  if (s == "half_down") return rounding_mode::half_down;
  if (s == "up") return rounding_mode::up;
  if (s == "down") return rounding_mode::down;
  if (s == "ceiling") return rounding_mode::ceiling;
  if (s == "floor") return rounding_mode::floor;
  return rounding_mode::half_up;
}

baiviet::number_options number_opts(const json& c) {
  baiviet::number_options o;
  if (!c.contains("options")) return o;
  const json& j = c["options"];
  o.min_fraction_digits = j.value("min_fraction_digits", -1);
  o.max_fraction_digits = j.value("max_fraction_digits", -1);
  o.min_significant_digits = j.value("min_significant_digits", 0);
  o.max_significant_digits = j.value("max_significant_digits", 0);
  o.grouping = j.value("grouping", true);
  o.rounding = rounding(j.value("rounding", std::string("half_up")));
  return o;
}

baiviet::words_options words_opts(const json& c) {
  baiviet::words_options o;
  o.linh = c.value("linh", false);
  o.ngan = c.value("ngan", false);
  o.ti = c.value("ti", false);
  o.capitalize = c.value("capitalize", false);
  return o;
}

baiviet::date_style date_style_of(const std::string& s) {
  using baiviet::date_style;
  if (s == "administrative") return date_style::administrative;
  if (s == "short_date") return date_style::short_date;
  if (s == "padded_date") return date_style::padded_date;
  if (s == "day_month") return date_style::day_month;
  if (s == "time") return date_style::time;
  if (s == "date_time") return date_style::date_time;
  if (s == "iso8601") return date_style::iso8601;
  if (s == "iso_date") return date_style::iso_date;
  return date_style::dateline;
}

// Runs one string-producing case.
baiviet::result<std::string> run(const json& c) {
  using namespace baiviet;
  const std::string fn = c["fn"];
  if (fn == "number") return format_number(num(c["value"]), number_opts(c));
  if (fn == "percent") return format_percent(num(c["value"]), number_opts(c));
  if (fn == "ratio") return format_ratio(num(c["value"]), num(c["value2"]), number_opts(c));
  if (fn == "range") {
    range_options r;
    r.number = number_opts(c);
    if (c.value("cldr_separator", false)) r.separator.clear();
    return format_range(num(c["value"]), num(c["value2"]), r);
  }
  if (fn == "money") return format_money(num(c["value"]), c.value("currency", std::string("VND")), number_opts(c));
  if (fn == "money_news") return format_money_news(num(c["value"]), number_opts(c));
  if (fn == "compact")
    return format_compact(num(c["value"]),
                          c.value("style", std::string()) == "short" ? compact_style::short_names
                                                                     : compact_style::long_names,
                          number_opts(c));
  if (fn == "count") {
    count_options o;
    o.compact = c.value("compact", false);
    o.number = number_opts(c);
    return format_count(num(c["value"]), c["label"].get<std::string>(), o);
  }
  if (fn == "unit") return format_unit(num(c["value"]), c["unit"].get<std::string>(), number_opts(c));
  if (fn == "words") {
    if (c.value("integer", false)) return format_words(c["value"].get<std::int64_t>(), words_opts(c));
    return format_words(num(c["value"]), words_opts(c));
  }
  if (fn == "money_words") return format_money_words(num(c["value"]), words_opts(c));
  if (fn == "date") {
    date_options o;
    o.style = date_style_of(c["style"]);
    o.time_zone = c.value("tz", std::string("Asia/Ho_Chi_Minh"));
    o.weekday = c.value("weekday", std::string()) == "lower" ? weekday_case::lower : weekday_case::title;
    if (c.contains("epoch_s")) return format_date(from_epoch_seconds(c["epoch_s"].get<std::int64_t>()), o);
    if (c.contains("epoch_ms")) return format_date(from_epoch_ms(c["epoch_ms"].get<std::int64_t>()), o);
    return format_date(std::string_view(c["value"].get<std::string>()), o);
  }
  if (fn == "relative") {
    relative_options o;
    o.time_zone = c.value("tz", std::string("Asia/Ho_Chi_Minh"));
    o.always_numeric = c.value("numeric", false);
    o.capitalize = c.value("capitalize", false);
    auto when = parse_iso8601(c["value"].get<std::string>());
    auto now = parse_iso8601(c["now"].get<std::string>());
    REQUIRE(when);
    REQUIRE(now);
    return format_relative(*when, *now, o);
  }
  if (fn == "markup") {
    std::string out;
    detail::append_marked_up_text(out, c["text"].get<std::string>(), c.value("year", 2024));
    return out;
  }
  FAIL("unknown fn " << fn);
  return std::string();
}

std::string describe(const json& c) { return c.dump(); }

// Removes tags and decodes the entities the escaper writes.
std::string visible_text(std::string_view html) {
  std::string out;
  for (std::size_t i = 0; i < html.size(); ++i) {
    if (html[i] == '<') {
      i = html.find('>', i);
      REQUIRE(i != std::string_view::npos);
      continue;
    }
    if (html[i] == '&') {
      auto semi = html.find(';', i);
      REQUIRE(semi != std::string_view::npos);
      std::string_view ent = html.substr(i, semi - i + 1);
      if (ent == "&amp;") out += '&';
      else if (ent == "&lt;") out += '<';
      else if (ent == "&gt;") out += '>';
      else if (ent == "&quot;") out += '"';
      else if (ent == "&#39;") out += '\'';
      else FAIL("unexpected entity " << ent);
      i = semi;
      continue;
    }
    out += html[i];
  }
  return out;
}

}  // namespace

TEST_CASE("format: the case table loads", "[format]") {
  REQUIRE_FALSE(cases().is_discarded());
  REQUIRE(cases()["cases"].size() > 150);
}

TEST_CASE("format: every case in tests/fixtures/format/cases.json", "[format]") {
  REQUIRE_FALSE(cases().is_discarded());
  int checked = 0;
  for (const json& c : cases()["cases"]) {
    if (c["fn"] == "parse") continue;
    INFO(describe(c));
    auto r = run(c);
    if (c.contains("error")) {
      REQUIRE_FALSE(r.has_value());
      CHECK(std::string(baiviet::errc_name(r.error().code)) == c["error"].get<std::string>());
      CHECK_FALSE(r.error().message.empty());
    } else {
      REQUIRE(r.has_value());
      CHECK(*r == c["expect"].get<std::string>());
    }
    ++checked;
  }
  CHECK(checked > 150);
}

TEST_CASE("format: parse_number cases", "[format][parse]") {
  for (const json& c : cases()["cases"]) {
    if (c["fn"] != "parse") continue;
    INFO(describe(c));
    auto r = baiviet::parse_number(c["text"].get<std::string>());
    if (c.contains("error")) {
      REQUIRE_FALSE(r.has_value());
      CHECK(std::string(baiviet::errc_name(r.error().code)) == c["error"].get<std::string>());
      // The message names the value.
      CHECK(r.error().message.find("'" + c["text"].get<std::string>() + "'") != std::string::npos);
      continue;
    }
    REQUIRE(r.has_value());
    CHECK(r->value == c["expect_value"].get<double>());  // exact: correctly rounded
    static const char* kinds[] = {"number", "percent", "money", "measure"};
    CHECK(kinds[static_cast<int>(r->kind)] == c["expect_kind"].get<std::string>());
    CHECK(r->unit == c.value("expect_unit", std::string()));
  }
}

TEST_CASE("format: parse_number reads back what format_number writes", "[format][parse]") {
  for (double v : {0.0, 1.0, 2617.0, 1234567.891, 0.5, -42.125, 999999.999, 1e12}) {
    auto text = baiviet::format_number(v);
    REQUIRE(text);
    auto back = baiviet::parse_number(*text);
    INFO(*text);
    REQUIRE(back);
    CHECK(back->value == v);
  }
  auto pct = baiviet::format_percent(0.9915);
  REQUIRE(pct);
  auto back = baiviet::parse_number(*pct);
  REQUIRE(back);
  CHECK(back->value == 0.9915);
}

TEST_CASE("format: format_numbers gives what format_number gives, value by value", "[format][batch]") {
  std::mt19937_64 rng(20261128);
  std::uniform_real_distribution<double> mag(-9.0, 12.0);
  std::vector<double> values = {0.0, -0.0, 2617.0, 1234567.891, 0.5, 2.5, -42.125, 1e15};
  for (int i = 0; i < 2000; ++i) values.push_back((i % 2 ? -1 : 1) * std::pow(10.0, mag(rng)));
  baiviet::number_options opts[3];
  opts[1].max_fraction_digits = 1;
  opts[1].rounding = baiviet::rounding_mode::half_even;
  opts[2].grouping = false;
  opts[2].min_significant_digits = 2;
  opts[2].max_significant_digits = 4;
  for (const auto& o : opts) {
    auto all = baiviet::format_numbers(values, o);
    REQUIRE(all);
    REQUIRE(all->size() == values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
      auto one = baiviet::format_number(values[i], o);
      REQUIRE(one);
      INFO(values[i]);
      CHECK((*all)[i] == *one);
    }
  }
  auto none = baiviet::format_numbers({});
  REQUIRE(none);
  CHECK(none->empty());
  std::vector<double> bad = {1.0, 2.0, std::numeric_limits<double>::quiet_NaN()};
  auto e = baiviet::format_numbers(bad);
  REQUIRE_FALSE(e);
  CHECK(e.error().code == baiviet::errc::invalid_argument);
  CHECK_THAT(e.error().message, Catch::Contains("value 2") && Catch::Contains("NaN"));
}

TEST_CASE("format: money and percent use the separators CLDR vi prescribes", "[format]") {
  auto vnd = baiviet::format_money(1500000);
  REQUIRE(vnd);
  CHECK(*vnd == "1.500.000\xC2\xA0\xE2\x82\xAB");  // U+00A0 then U+20AB, byte for byte
}

TEST_CASE("format: markup keeps the visible text of the sample article", "[format][markup]") {
  std::string text = test_util::read_file(test_util::fixtures_dir() / "samples" / "son-la-ky-3.txt");
  REQUIRE_FALSE(text.empty());
  std::string html;
  baiviet::detail::append_marked_up_text(html, text, 2024);
  std::string escaped_only;
  baiviet::detail::append_marked_up_text(escaped_only, text, 0);
  CHECK(visible_text(html) == text);
  CHECK(visible_text(escaped_only) == text);
  // Realistic cases from the article.
  for (const char* want :
       {"<data value=\"2617\">2.617</data>", "<data value=\"1.222\">122,2%</data>",
        "<data value=\"0.9915\">99,15%</data>", "<data value=\"19241\">19.241</data>",
        "<data value=\"3200\">3.200</data> ha", "<time datetime=\"2021-05-17\">17/5/2021</time>",
        "<time datetime=\"2022-06-16\">16/6/2022</time>", "Ngày <time datetime=\"2024-02-29\">29/2</time>"})
    CHECK(html.find(want) != std::string::npos);
  // Left alone: codes, years, ranges, counters and ratios.
  for (const char* kept : {"02-NQ/TU", "42-KH/TU", "21-NQ/TW", "37-HD/BTGTW", "(2021-2023)", "500/500",
                           "2.063/2.247", "103/204", "năm 2021"})
    CHECK(html.find(kept) != std::string::npos);
  CHECK(html.find("value=\"2021\"") == std::string::npos);
  CHECK(html.find("value=\"500\"") == std::string::npos);
}

TEST_CASE("format: markup on hostile input stays well-formed", "[format][markup]") {
  std::string nasty = "\xFF\xFE 1.2.3.4.5 ,,,, 9/9/9/9 ////1 % 0 0 0 +++84 " + std::string(5000, '9') + " &<>\"'";
  nasty += std::string("\0 12", 4);
  std::string html;
  baiviet::detail::append_marked_up_text(html, nasty, 2024);
  CHECK(visible_text(html) == nasty);
}

TEST_CASE("format: cached formatters are safe across threads", "[format][threads]") {
  std::vector<std::thread> threads;
  std::vector<int> failures(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([t, &failures] {
      for (int i = 0; i < 200; ++i) {
        baiviet::number_options o;
        o.max_fraction_digits = i % 4;  // several cache entries per thread
        auto a = baiviet::format_number(2617, o);
        auto b = baiviet::format_date(baiviet::from_epoch_seconds(1709170200));
        auto c = baiviet::format_words(std::int64_t{1000005});
        if (!a || *a != "2.617" || !b || *b != "Th\xE1\xBB\xA9 N\xC4\x83m, 29/02/2024, 08:30" || !c ||
            *c != "m\xE1\xBB\x99t tri\xE1\xBB\x87u kh\xC3\xB4ng tr\xC4\x83m l\xE1\xBA\xBB n\xC4\x83m")
          ++failures[t];
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int f : failures) CHECK(f == 0);
}

TEST_CASE("format: words for every integer 0..1000 never contain digits or double spaces", "[format][words]") {
  for (std::int64_t v = 0; v <= 1000; ++v) {
    auto w = baiviet::format_words(v);
    REQUIRE(w);
    INFO(v << " → " << *w);
    CHECK(w->find_first_of("0123456789") == std::string::npos);
    CHECK(w->find("  ") == std::string::npos);
    CHECK(w->back() != ' ');
  }
  CHECK_FALSE(baiviet::format_words(std::int64_t{1'000'000'000'000'000'000}));
}
