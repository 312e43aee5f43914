// Helpers shared by the C++ tests: fixture paths and file reading.
#pragma once
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

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

}  // namespace test_util
