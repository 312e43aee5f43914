// The engine: parse once, render many (C++ and C handles give what the one-call
// forms give), the implications between options, the option schema's own
// consistency, and every option of the schema through the CLI and the C API,
// byte for byte.
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstring>
#include <map>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "baiviet/baiviet.h"
#include "baiviet/excerpt.hpp"
#include "baiviet/parse.hpp"
#include "baiviet/render.hpp"
#include "engine/options.hpp"
#include "test_util.hpp"

using baiviet::detail::call_kind;
using baiviet::detail::option_kind;
using baiviet::detail::option_schema;
using baiviet::detail::option_spec;

namespace {

std::vector<std::filesystem::path> engine_inputs() {
  auto f = test_util::fixtures_dir();
  return {f / "render" / "brief.md", f / "render" / "interview.md", f / "render" / "stats.md",
          f / "samples" / "son-la-ky-3.txt"};
}

std::string take(char* s, size_t n) {
  REQUIRE(s != nullptr);
  std::string out(s, n);
  baiviet_free(s);
  return out;
}

struct renderer_ptr {
  baiviet_renderer* p = baiviet_renderer_new();
  ~renderer_ptr() { baiviet_renderer_free(p); }
};

/// Runs the CLI with `args` on `input` (through a temporary file); stdout.
std::string run_cli(const std::vector<std::string>& args, const std::string& input, int& status) {
  auto dir = std::filesystem::temp_directory_path();
  auto in = dir / ("bv-engine-" + std::to_string(std::hash<std::thread::id>{}(std::this_thread::get_id())) + ".in");
  { std::ofstream(in, std::ios::binary) << input; }
  std::string cmd = std::string(BAIVIET_BINARY_DIR) + "/baiviet";
  for (const auto& a : args) {
    std::string q = "'";
    for (char c : a) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    cmd += " " + q + "'";
  }
  cmd += " < '" + in.string() + "' 2>/dev/null";
  std::string out;
  std::FILE* p = popen(cmd.c_str(), "r");
  REQUIRE(p != nullptr);
  char buf[65536];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  status = pclose(p);
  std::filesystem::remove(in);
  return out;
}

/// Non-default values worth trying for an option, as text (CLI value / C setter value).
std::vector<std::string> trial_values(const option_spec& s) {
  const baiviet::detail::call_options defaults;
  auto d = s.get(defaults);
  switch (s.kind) {
    case option_kind::flag: return {d.b ? "false" : "true"};
    case option_kind::integer:
      if (s.name == "toc_max_level") return {"1", "6"};
      if (s.name == "max_nesting") return {"2"};
      if (s.name == "max_input_bytes") return {"200"};  // refuses the larger fixtures: the error must agree too
      if (s.name == "max_emphasis_scan") return {"0", "1"};
      return {std::to_string(s.min)};
    case option_kind::number: return {"0.9"};
    case option_kind::text:
      if (s.name == "stylesheet_href") return {"/css/site.css"};
      return {"x-"};
    case option_kind::choice: {
      std::vector<std::string> out;
      std::string c(s.choices);
      std::size_t pos = 0;
      while (pos <= c.size()) {
        std::size_t bar = c.find('|', pos);
        if (bar == std::string::npos) bar = c.size();
        if (c.substr(pos, bar - pos) != d.s) out.push_back(c.substr(pos, bar - pos));
        pos = bar + 1;
      }
      return out;
    }
  }
  return {};
}

}  // namespace

TEST_CASE("parse once, render many: render(article) gives what render(source) gives, with the warnings",
          "[engine]") {
  using namespace baiviet;
  for (const auto& path : engine_inputs()) {
    const std::string src = test_util::read_file(path);
    parse_options po;
    po.format = input_format::auto_detect;
    auto a = parse(src, po);
    REQUIRE(a);
    for (auto to : {output_format::html, output_format::json, output_format::text, output_format::jsonld}) {
      render_options ro;
      ro.parse = po;
      ro.to = to;
      ro.html.toc = true;
      auto once = render(src, ro);
      REQUIRE(once);
      auto many = render(*a, ro);
      REQUIRE(many);
      CHECK(many->output == *once);
      CHECK(many->warnings.size() == a->warnings.size());
      auto again = render(*a, ro);  // the article is only read
      CHECK(again->output == *once);
    }
  }
  // Warnings come back with the output.
  std::string bad = "# T\n\nx\xff y\n";
  auto a = parse(bad, {});
  REQUIRE(a);
  auto r = render(*a, render_options{});
  REQUIRE(r);
  REQUIRE(r->warnings.size() == 1);
  CHECK(r->warnings[0].message.find("invalid UTF-8") != std::string::npos);
  // An unknown output is an error, not an empty string.
  render_options odd;
  odd.to = static_cast<output_format>(42);
  CHECK_FALSE(render(*a, odd));
}

TEST_CASE("implications: CommonMark-compatible output never drops a title; no GFM means no tagfilter", "[engine]") {
  using namespace baiviet;
  render_options o;
  o.parse.format = input_format::markdown;
  o.html.commonmark_compat = true;
  auto html = render("# Tiêu đề\n\nĐoạn văn.\n", o);
  REQUIRE(html);
  CHECK(*html == "<h1>Tiêu đề</h1>\n<p>Đoạn văn.</p>\n");
  // Parse once with structure, render compat: the title and sapo taken from the
  // body come back where cmark writes them (a warning says so); a front-matter
  // title is not body text and stays out.
  auto structured = parse("# Tiêu đề\n\n**Sapo đậm.**\n\nĐoạn văn.\n", parse_options{});
  REQUIRE(structured);
  CHECK(structured->title == "Tiêu đề");
  render_options compat;
  compat.html.commonmark_compat = true;
  auto back = render(*structured, compat);
  REQUIRE(back);
  CHECK(back->output == "<h1>Tiêu đề</h1>\n<p><strong>Sapo đậm.</strong></p>\n<p>Đoạn văn.</p>\n");
  REQUIRE(back->warnings.size() == 1);
  CHECK(back->warnings[0].message.find("article structure") != std::string::npos);
  auto fm = parse("---\ntitle: Từ front matter\n---\nĐoạn văn.\n", parse_options{});
  REQUIRE(fm);
  auto fm_out = render(*fm, compat);
  REQUIRE(fm_out);
  CHECK(fm_out->output == "<p>Đoạn văn.</p>\n");
  CHECK(fm_out->warnings.empty());
  render_options r;
  r.html.commonmark_compat = true;
  resolve_implications(r);
  CHECK_FALSE(r.parse.article_structure);
  CHECK(r.parse.format == input_format::markdown);  // auto → Markdown
  render_options t;
  t.parse.format = input_format::text;
  t.html.commonmark_compat = true;
  resolve_implications(t);
  CHECK(t.parse.format == input_format::text);  // an explicit format stays
  render_options g;
  g.parse.gfm = false;
  resolve_implications(g);
  CHECK_FALSE(g.html.tagfilter);
  // The article remembers that it was parsed without GFM: rendering it later
  // (unsafe, so raw HTML passes) gives what the one-call form gives.
  parse_options no_gfm;
  no_gfm.gfm = false;
  const std::string raw = "<script>alert(1)</script>\n\nx\n";
  auto parsed = parse(raw, no_gfm);
  REQUIRE(parsed);
  CHECK_FALSE(parsed->gfm);
  render_options unsafe;
  unsafe.parse = no_gfm;
  unsafe.html.unsafe = true;
  auto later = render(*parsed, unsafe);
  REQUIRE(later);
  CHECK(later->output == *render(raw, unsafe));
  CHECK(later->output.find("<script>") != std::string::npos);
}

TEST_CASE("option schema: one entry per option, defaults and names consistent", "[engine][schema]") {
  const baiviet::detail::call_options defaults;
  std::set<std::pair<unsigned, std::string>> names;
  std::map<call_kind, std::set<std::string>> cli_flags;
  std::set<std::pair<bool, unsigned>> c_bits;
  for (const auto& s : option_schema()) {
    INFO(std::string(s.name));
    CHECK(names.insert({static_cast<unsigned>(s.group), std::string(s.name)}).second);
    for (auto call : {call_kind::parse, call_kind::render, call_kind::excerpt, call_kind::reading_time}) {
      if (!(baiviet::detail::groups_of(call) & static_cast<unsigned>(s.group)) || s.cli.empty()) continue;
      CHECK(cli_flags[call].insert(std::string(s.cli)).second);  // one flag, one option, per command
      CHECK(baiviet::detail::find_cli_option(s.cli, call) == &s);
    }
    if (s.kind == option_kind::flag && !s.cli.empty())
      CHECK(s.cli_negates == s.get(defaults).b);  // the CLI flag always sets the non-default value
    if (s.kind == option_kind::flag && s.c_flag)
      CHECK(s.c_flag_negates == s.get(defaults).b);  // so does the C bit
    if (s.c_flag) {
      CHECK((s.c_flag & (s.c_flag - 1)) == 0);  // one bit
      CHECK(c_bits.insert({s.group == baiviet::detail::option_group::import, s.c_flag}).second);
    }
    // js names are camelCase of the canonical name
    std::string camel;
    bool up = false;
    for (char c : s.name) {
      if (c == '_') { up = true; continue; }
      camel += up ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
      up = false;
    }
    CHECK(s.js == camel);
    // a value set through the schema reads back
    for (const auto& v : trial_values(s)) {
      baiviet::detail::call_options o;
      auto e = baiviet::detail::set_option_text(o, s, v);
      CHECK(e.code == baiviet::errc::ok);
      auto back = s.get(o);
      if (s.kind == option_kind::flag) CHECK(back.b == (v == "true"));
      else if (s.kind == option_kind::integer) CHECK(std::to_string(back.i) == v);
      else if (s.kind == option_kind::number) CHECK(back.d == Approx(std::stod(v)));
      else CHECK(back.s == v);
    }
    // out-of-range and wrongly typed values are refused, naming the option
    if (s.kind == option_kind::integer) {
      baiviet::detail::call_options o;
      auto e = baiviet::detail::set_option_text(o, s, std::to_string(s.max) + "0");
      CHECK(e.code == baiviet::errc::invalid_argument);
      CHECK(e.message.find(std::string(s.name)) != std::string::npos);
    }
    if (s.kind == option_kind::flag) {
      baiviet::detail::call_options o;
      auto e = baiviet::detail::set_option_json(o, s, nlohmann::json("yes"), s.name);
      CHECK(e.code == baiviet::errc::invalid_argument);
    }
  }
  // Every C render/import bit of baiviet.h belongs to exactly one option.
  unsigned render_bits = 0, import_bits = 0;
  for (auto [imp, bit] : c_bits) (imp ? import_bits : render_bits) |= bit;
  CHECK(render_bits == (1u << 16) - 1);
  CHECK(import_bits == (1u << 3) - 1);
  // The dump is valid JSON with one entry per option.
  auto j = nlohmann::json::parse(baiviet::detail::option_schema_json());
  CHECK(j["options"].size() == option_schema().size());
}

TEST_CASE("option schema: unknown keys are errors, aliases are accepted, order does not matter", "[engine][schema]") {
  using baiviet::detail::read_options_json;
  baiviet::detail::call_options o;
  auto e = read_options_json(o, nlohmann::ordered_json::parse(R"({"tocc": true})"), call_kind::render, false);
  CHECK(e.code == baiviet::errc::invalid_argument);
  CHECK(e.message.find("tocc") != std::string::npos);
  baiviet::detail::call_options a;
  REQUIRE(read_options_json(a, nlohmann::ordered_json::parse(R"({"compat": true, "structure": false, "smart": true})"),
                            call_kind::render, false)
              .code == baiviet::errc::ok);
  CHECK(a.render.html.commonmark_compat);
  CHECK(a.render.parse.smart_punctuation);
  // JS nesting: render() takes parse/html/json objects; parse() is flat.
  baiviet::detail::call_options j;
  REQUIRE(read_options_json(j, nlohmann::ordered_json::parse(R"({"to":"json","html":{"toc":true},"parse":{"dropChrome":false}})"),
                            call_kind::render, true)
              .code == baiviet::errc::ok);
  CHECK(j.render.html.toc);
  CHECK_FALSE(j.render.parse.drop_chrome);
  CHECK(read_options_json(j, nlohmann::ordered_json::parse(R"({"toc":true})"), call_kind::render, true).code ==
        baiviet::errc::invalid_argument);  // html options belong in "html"
  baiviet::detail::call_options p;
  CHECK(read_options_json(p, nlohmann::ordered_json::parse(R"({"gfm":false,"from":"text"})"), call_kind::parse, true).code ==
        baiviet::errc::ok);
  CHECK(p.render.parse.format == baiviet::input_format::text);
  CHECK(read_options_json(p, nlohmann::ordered_json::parse(R"({"toc":true})"), call_kind::parse, true).code ==
        baiviet::errc::invalid_argument);  // not a parse option
}


TEST_CASE("option schema: the order of the keys as written does not change the answer", "[engine][schema]") {
  // The reader gets the object as written (ordered_json keeps the text's order) and walks it
  // in sorted order: the same error, and the same winner of an option and its alias, either way.
  using baiviet::detail::read_options_json;
  auto error_of = [](const char* text, bool js) {
    baiviet::detail::call_options o;
    return read_options_json(o, nlohmann::ordered_json::parse(text), call_kind::render, js).message;
  };
  CHECK(error_of(R"({"zz": 1, "aa": 2})", false) == "unknown option field 'aa'");
  CHECK(error_of(R"({"aa": 2, "zz": 1})", false) == "unknown option field 'aa'");
  CHECK(error_of(R"({"html": {"zz": 1, "aa": 2}})", true) == "unknown option options.html.aa");
  CHECK(error_of(R"({"toc": "x", "gfm": "y"})", false) == error_of(R"({"gfm": "y", "toc": "x"})", false));
  for (const char* text : {R"({"smart": true, "smart_punctuation": false})", R"({"smart_punctuation": false, "smart": true})"}) {
    baiviet::detail::call_options o;
    REQUIRE(read_options_json(o, nlohmann::ordered_json::parse(text), call_kind::render, false).code == baiviet::errc::ok);
    CHECK_FALSE(o.render.parse.smart_punctuation);  // "smart_punctuation" sorts after its alias "smart"
  }
}

TEST_CASE("C article handle: parse once, render/excerpt/count/json many times, from many threads", "[engine][capi]") {
  for (const auto& path : engine_inputs()) {
    const std::string src = test_util::read_file(path);
    renderer_ptr r;
    baiviet_article* a = nullptr;
    REQUIRE(baiviet_parse(r.p, src.data(), src.size(), &a) == BAIVIET_OK);
    for (int to : {BAIVIET_TO_HTML, BAIVIET_TO_JSON, BAIVIET_TO_TEXT, BAIVIET_TO_JSONLD}) {
      REQUIRE(baiviet_renderer_set_output(r.p, to) == BAIVIET_OK);
      char* once = nullptr;
      size_t once_n = 0;
      REQUIRE(baiviet_render(r.p, src.data(), src.size(), &once, &once_n) == BAIVIET_OK);
      char* many = nullptr;
      size_t many_n = 0;
      REQUIRE(baiviet_article_render(a, r.p, &many, &many_n) == BAIVIET_OK);
      CHECK(take(many, many_n) == take(once, once_n));
    }
    // excerpt and counts of the handle = of the source
    char* e1 = nullptr;
    char* e2 = nullptr;
    size_t n1 = 0, n2 = 0;
    baiviet_excerpt_info i1{}, i2{};
    REQUIRE(baiviet_article_excerpt(a, r.p, 120, BAIVIET_EXCERPT_TO_HTML, &e1, &n1, &i1) == BAIVIET_OK);
    REQUIRE(baiviet_excerpt(r.p, BAIVIET_EXCERPT_ARTICLE, src.data(), src.size(), 120, BAIVIET_EXCERPT_TO_HTML, &e2,
                            &n2, &i2) == BAIVIET_OK);
    CHECK(take(e1, n1) == take(e2, n2));
    CHECK(i1.graphemes == i2.graphemes);
    baiviet_text_counts c{};
    REQUIRE(baiviet_article_counts(a, &c) == BAIVIET_OK);
    CHECK(c.words > 0);
    CHECK(c.graphemes >= c.words);
    baiviet_reading_time rt1{}, rt2{};
    REQUIRE(baiviet_article_reading(a, 0, &rt1) == BAIVIET_OK);
    REQUIRE(baiviet_article_reading_time(r.p, src.data(), src.size(), 0, &rt2) == BAIVIET_OK);
    CHECK(rt1.seconds == rt2.seconds);
    CHECK(std::string(rt1.label) == rt2.label);
    baiviet_free(rt1.label);
    baiviet_free(rt2.label);
    char* js = nullptr;
    size_t jn = 0;
    REQUIRE(baiviet_article_json(a, BAIVIET_RENDER_JSON_COMPACT, &js, &jn) == BAIVIET_OK);
    auto model = nlohmann::json::parse(take(js, jn));
    CHECK(model["schema"] == "baiviet/article@1");
    CHECK(baiviet_article_json(a, BAIVIET_RENDER_TOC, &js, &jn) == BAIVIET_ERR_INVALID_ARGUMENT);

    // Many threads render one article at once, each with its own renderer.
    REQUIRE(baiviet_renderer_set_output(r.p, BAIVIET_TO_HTML) == BAIVIET_OK);
    char* ref = nullptr;
    size_t ref_n = 0;
    REQUIRE(baiviet_article_render(a, r.p, &ref, &ref_n) == BAIVIET_OK);
    const std::string expected = take(ref, ref_n);
    std::vector<std::thread> pool;
    std::vector<int> same(4, 0);
    for (int t = 0; t < 4; ++t)
      pool.emplace_back([&, t] {
        baiviet_renderer* own = baiviet_renderer_new();
        for (int k = 0; k < 5; ++k) {
          char* out = nullptr;
          size_t n = 0;
          if (baiviet_article_render(a, own, &out, &n) == BAIVIET_OK) {
            same[t] += std::string(out, n) == expected;
            baiviet_free(out);
          }
        }
        baiviet_renderer_free(own);
      });
    for (auto& th : pool) th.join();
    for (int s : same) CHECK(s == 5);
    baiviet_article_free(a);
  }
  // Warnings of the handle, bad arguments.
  renderer_ptr r;
  const std::string bad = "# T\n\nx\xff y\n";
  baiviet_article* a = nullptr;
  REQUIRE(baiviet_parse(r.p, bad.data(), bad.size(), &a) == BAIVIET_OK);
  REQUIRE(baiviet_article_warning_count(a) == 1);
  CHECK(std::string(baiviet_article_warning(a, 0)).find("invalid UTF-8") != std::string::npos);
  CHECK(std::string(baiviet_article_warning(a, 7)).empty());
  CHECK(baiviet_renderer_warning_count(r.p) == 1);
  baiviet_article_free(a);
  baiviet_article_free(nullptr);
  char* out = nullptr;
  size_t n = 0;
  CHECK(baiviet_article_render(nullptr, r.p, &out, &n) == BAIVIET_ERR_INVALID_ARGUMENT);
  CHECK(baiviet_parse(r.p, nullptr, 3, &a) == BAIVIET_ERR_INVALID_ARGUMENT);
  CHECK(baiviet_parse(r.p, "x", 1, nullptr) == BAIVIET_ERR_INVALID_ARGUMENT);
  baiviet_text_counts c{};
  CHECK(baiviet_article_counts(nullptr, &c) == BAIVIET_ERR_INVALID_ARGUMENT);
  // A parse error keeps its line.
  const std::string fm = "---\ntitle: [a\n---\nx\n";
  CHECK(baiviet_parse(r.p, fm.data(), fm.size(), &a) == BAIVIET_ERR_FRONT_MATTER);
  CHECK(baiviet_renderer_error_line(r.p) >= 2);
}

TEST_CASE("C setter by name: unknown names and bad values are errors naming the option", "[engine][capi]") {
  renderer_ptr r;
  CHECK(baiviet_renderer_set_option(r.p, "toc", "true", 4) == BAIVIET_OK);
  CHECK(baiviet_renderer_set_option(r.p, "tocc", "true", 4) == BAIVIET_ERR_INVALID_ARGUMENT);
  CHECK(std::string(baiviet_renderer_error(r.p)).find("tocc") != std::string::npos);
  CHECK(baiviet_renderer_set_option(r.p, "toc_max_level", "9", 1) == BAIVIET_ERR_INVALID_ARGUMENT);
  CHECK(std::string(baiviet_renderer_error(r.p)).find("toc_max_level") != std::string::npos);
  CHECK(baiviet_renderer_set_option(r.p, "to", "pdf", 3) == BAIVIET_ERR_INVALID_ARGUMENT);
  CHECK(baiviet_renderer_set_option(r.p, nullptr, "x", 1) == BAIVIET_ERR_INVALID_ARGUMENT);
  CHECK(baiviet_renderer_set_option(nullptr, "toc", "true", 4) == BAIVIET_ERR_INVALID_ARGUMENT);
}

TEST_CASE("every option of the schema: the CLI and the C API print the same bytes", "[engine][parity]") {
  const std::filesystem::path cli = std::string(BAIVIET_BINARY_DIR) + "/baiviet";
  if (!std::filesystem::exists(cli)) {
    WARN("no CLI at " << cli << ": skipped");
    return;
  }
  const unsigned render_groups = baiviet::detail::groups_of(call_kind::render);
  int compared = 0;
  for (const auto& path : engine_inputs()) {
    const std::string src = test_util::read_file(path);
    // each option alone with each of its non-default values, plus a few combinations
    std::vector<std::vector<std::pair<const option_spec*, std::string>>> sets;
    for (const auto& s : option_schema()) {
      if (!(static_cast<unsigned>(s.group) & render_groups)) continue;
      for (const auto& v : trial_values(s)) sets.push_back({{&s, v}});
    }
    auto spec = [](std::string_view n) { return baiviet::detail::find_option(n); };
    sets.push_back({{spec("to"), "json"}, {spec("inlines"), "true"}, {spec("pretty"), "false"}});
    sets.push_back({{spec("commonmark_compat"), "true"}, {spec("unsafe"), "true"}, {spec("gfm"), "false"}});
    sets.push_back({{spec("full_page"), "true"}, {spec("toc"), "true"}, {spec("markup_numbers"), "true"},
                    {spec("id_prefix"), "bv-"}});
    sets.push_back({{spec("from"), "text"}, {spec("drop_chrome"), "false"}, {spec("to"), "json"}});
    for (const auto& set : sets) {
      std::vector<std::string> args{"render", "-"};
      renderer_ptr r;
      std::string shown;
      for (const auto& [s, v] : set) {
        shown += std::string(s->name) + "=" + v + " ";
        if (s->kind == option_kind::flag) {
          // the CLI flag sets the non-default value (every trial value is one)
          args.push_back(std::string(s->cli));
        } else {
          args.push_back(std::string(s->cli));
          args.push_back(v);
        }
        REQUIRE(baiviet_renderer_set_option(r.p, std::string(s->name).c_str(), v.data(), v.size()) == BAIVIET_OK);
      }
      INFO(path.filename().string() << ": " << shown);
      int status = 0;
      std::string from_cli = run_cli(args, src, status);
      char* out = nullptr;
      size_t n = 0;
      int st = baiviet_render(r.p, src.data(), src.size(), &out, &n);
      if (st == BAIVIET_OK) {
        CHECK(status == 0);
        CHECK(take(out, n) == from_cli);
      } else {
        CHECK(status != 0);  // both refuse (e.g. max_input_bytes)
        CHECK(from_cli.empty());
      }
      ++compared;
    }
  }
  CHECK(compared > 100);
}
