// Spec-style fixtures: tests/fixtures/render/<name>.md beside its expected
// <name>.html (fragment, default options), <name>.txt (plain text) and
// <name>.json (JSON model). The JS parity test holds the WASM build to the
// same bytes.
#include <catch2/catch.hpp>

#include <filesystem>

#include "baiviet/baiviet.hpp"
#include "test_util.hpp"

using namespace baiviet;
namespace fs = std::filesystem;

TEST_CASE("render fixtures match their expected outputs") {
  fs::path dir = test_util::fixtures_dir() / "render";
  int compared = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".md") continue;
    std::string src = test_util::read_file(entry.path());
    auto a = parse_markdown(src);
    REQUIRE(a.has_value());
    struct out {
      const char* ext;
      std::string actual;
    } outs[] = {{".html", render_html(*a)}, {".txt", render_text(*a)}, {".json", render_json(*a)}};
    for (const auto& o : outs) {
      fs::path expected = fs::path(entry.path()).replace_extension(o.ext);
      if (!fs::exists(expected)) continue;
      INFO(expected.string());
      CHECK(o.actual == test_util::read_file(expected));
      ++compared;
    }
  }
  CHECK(compared >= 27);
}
