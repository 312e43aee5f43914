// Helpers shared by the C++ tests: fixture paths, file reading, fixture values.
#pragma once
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "baiviet/baiviet.hpp"

namespace test_util {

inline std::filesystem::path source_dir() { return BAIVIET_SOURCE_DIR; }
inline std::filesystem::path fixtures_dir() { return source_dir() / "tests" / "fixtures"; }
/// ../shared next to the checkout (may be absent: tests that need it skip).
inline std::filesystem::path shared_dir() { return BAIVIET_SHARED_DIR; }
inline bool have_shared_corpus() { return std::filesystem::exists(shared_dir() / "corpus"); }

inline std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

/// A number of the JSON fixture tables: JSON has no NaN or infinities, so the
/// tables write them as the strings "NaN", "Infinity", "-Infinity".
inline double fixture_number(const nlohmann::json& v) {
  if (v.is_string()) {
    std::string s = v.get<std::string>();
    if (s == "NaN") return std::numeric_limits<double>::quiet_NaN();
    if (s == "Infinity") return std::numeric_limits<double>::infinity();
    if (s == "-Infinity") return -std::numeric_limits<double>::infinity();
  }
  return v.get<double>();
}

/// Markdown parsed with parse_markdown; a parse error fails the test, naming its line.
inline baiviet::article md(std::string_view s, baiviet::parse_options o = {}) {
  auto r = baiviet::parse_markdown(s, o);
  if (!r) FAIL("parse error line " << r.error().line << ": " << r.error().message);
  return std::move(r).value();
}

}  // namespace test_util
