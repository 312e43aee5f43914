// C API for bindings and engines: the option schema as JSON, the batch record
// (baiviet_render_record, what `baiviet render --jsonl` writes per line), and
// reading time with the renderer's reading options.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstring>
#include <string>

#include "baiviet/baiviet.h"
#include "baiviet/excerpt.hpp"
#include "baiviet/parse.hpp"
#include "baiviet/render.hpp"

using json = nlohmann::json;

namespace {

struct renderer {
  baiviet_renderer* p = baiviet_renderer_new();
  ~renderer() { baiviet_renderer_free(p); }
};

std::string take(char* s, size_t n) {
  REQUIRE(s != nullptr);
  std::string out(s, n);
  baiviet_free(s);
  return out;
}

json record(baiviet_renderer* r, const std::string& line, size_t input_line, int& ok, size_t max = 0) {
  char* out = nullptr;
  size_t n = 0;
  ok = -1;
  REQUIRE(baiviet_render_record(r, line.data(), line.size(), input_line, max, &out, &n, &ok) == BAIVIET_OK);
  std::string s = take(out, n);
  CHECK(s.find('\n') == std::string::npos);
  return json::parse(s);
}

const std::string md = "---\ntitle: Tiêu đề\n---\n## Phần một\n\nMột hai ba. Bốn năm sáu.\n\n![Ảnh](https://x.vn/a.jpg)\n";

}  // namespace

TEST_CASE("C API: the option schema as JSON", "[capi]") {
  char* out = nullptr;
  size_t n = 0;
  REQUIRE(baiviet_option_schema(&out, &n) == BAIVIET_OK);
  json schema = json::parse(take(out, n));
  CHECK(schema["schema"] == "baiviet/options@1");
  bool toc = false, from = false;
  for (const auto& o : schema["options"]) {
    toc = toc || o["name"] == "toc";
    if (o["name"] == "from") {
      from = true;
      CHECK(o["python"] == "format");
    }
  }
  CHECK(toc);
  CHECK(from);
  CHECK(baiviet_option_schema(nullptr, &n) == BAIVIET_ERR_INVALID_ARGUMENT);
}

TEST_CASE("C API: baiviet_render_record", "[capi]") {
  renderer r;
  int ok = 0;
  json line = {{"id", "a"}, {"source", md}};

  SECTION("one output, as baiviet::render gives it") {
    json got = record(r.p, line.dump(), 1, ok);
    CHECK(ok == 1);
    CHECK(got["id"] == "a");
    CHECK(got["ok"] == true);
    baiviet::render_options o;
    o.parse.format = baiviet::input_format::auto_detect;
    CHECK(got["output"] == *baiviet::render(md, o));
    line["to"] = "json";
    got = record(r.p, line.dump(), 1, ok);
    o.to = baiviet::output_format::json;
    CHECK(got["output"] == json::parse(*baiviet::render(md, o)));  // an object, not a string
  }
  SECTION("several outputs") {
    line["to"] = {"counts", "reading_time", "excerpt", "text"};
    line["excerpt"] = {{"limit", 10}};
    line["reading_time"] = {{"words_per_minute", 3}, {"count_images", false}};
    json got = record(r.p, line.dump(), 1, ok);
    REQUIRE(ok == 1);
    auto a = baiviet::parse(md, {});
    REQUIRE(a);
    auto c = baiviet::article_counts(*a);
    CHECK(got["outputs"]["counts"] == json{{"graphemes", c.graphemes}, {"code_points", c.code_points},
                                            {"words", c.words}, {"sentences", c.sentences}});
    baiviet::reading_options ro;
    ro.words_per_minute = 3;
    ro.count_images = false;
    CHECK(got["outputs"]["reading_time"]["seconds"] == baiviet::article_reading_time(*a, ro).seconds);
    baiviet::excerpt_options eo;
    eo.limit = 10;
    CHECK(got["outputs"]["excerpt"]["text"] == baiviet::excerpt(*a, eo)->text);
    CHECK(got["outputs"].size() == 4);
    CHECK(got["outputs"].begin().key() == "counts");  // in the order asked
  }
  SECTION("the renderer's options are every line's defaults; a line's own fields win") {
    REQUIRE(baiviet_renderer_set_option(r.p, "toc", "true", 4) == BAIVIET_OK);
    json got = record(r.p, line.dump(), 1, ok);
    CHECK(got["output"].get<std::string>().find("bv-toc") != std::string::npos);
    line["toc"] = false;
    got = record(r.p, line.dump(), 1, ok);
    CHECK(got["output"].get<std::string>().find("bv-toc") == std::string::npos);
  }
  SECTION("error records") {
    json got = record(r.p, "{\"source\": 1}", 4, ok);
    CHECK(ok == 0);
    CHECK(got["id"] == 4);
    CHECK(got["error"]["code"] == "invalid_argument");
    CHECK(got["error"]["input_line"] == 4);
    got = record(r.p, "{\"id\": 5, \"source\": \"\xff\"}", 5, ok);
    CHECK(ok == 0);
    CHECK(got["error"]["code"] == "invalid_input");
    CHECK(got["error"]["message"].get<std::string>().find("UTF-8") != std::string::npos);
    got = record(r.p, line.dump(), 6, ok, 10);
    CHECK(ok == 0);
    CHECK(got["id"] == 6);
    CHECK(got["error"]["code"] == "too_large");
    got = record(r.p, json{{"source", "---\ntitle: [x\n---\n"}}.dump(), 7, ok);
    CHECK(got["error"]["code"] == "front_matter");
    CHECK(got["error"]["line"] == 3);
  }
  char* out = nullptr;
  CHECK(baiviet_render_record(nullptr, "{}", 2, 1, 0, &out, nullptr, nullptr) == BAIVIET_ERR_INVALID_ARGUMENT);
  CHECK(baiviet_render_record(r.p, "{}", 2, 1, 0, nullptr, nullptr, nullptr) == BAIVIET_ERR_INVALID_ARGUMENT);
}

TEST_CASE("C API: reading time with the renderer's reading options", "[capi]") {
  renderer r;
  baiviet_article* a = nullptr;
  REQUIRE(baiviet_parse(r.p, md.data(), md.size(), &a) == BAIVIET_OK);
  baiviet_reading_time def{}, slow{};
  REQUIRE(baiviet_article_reading_options(a, r.p, &def) == BAIVIET_OK);
  baiviet_reading_time plain{};
  REQUIRE(baiviet_article_reading(a, 0, &plain) == BAIVIET_OK);
  CHECK(def.seconds == plain.seconds);
  REQUIRE(baiviet_renderer_set_option(r.p, "words_per_minute", "5", 1) == BAIVIET_OK);
  REQUIRE(baiviet_renderer_set_option(r.p, "count_images", "false", 5) == BAIVIET_OK);
  REQUIRE(baiviet_article_reading_options(a, r.p, &slow) == BAIVIET_OK);
  CHECK(slow.seconds > def.seconds);
  CHECK(std::strstr(slow.label, "phút đọc") != nullptr);
  baiviet_free(def.label);
  baiviet_free(plain.label);
  baiviet_free(slow.label);
  CHECK(baiviet_article_reading_options(nullptr, r.p, &slow) == BAIVIET_ERR_INVALID_ARGUMENT);
  baiviet_article_free(a);
}
