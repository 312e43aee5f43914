#include "cli/io.hpp"

#include <cerrno>
#include <cstring>

namespace baiviet::cli {

bool read_input(const std::string& path, std::string& out, std::string& error) {
  bool is_stdin = path.empty() || path == "-";
  std::FILE* f = is_stdin ? stdin : std::fopen(path.c_str(), "rb");
  if (!f) {
    error = "cannot open '" + path + "': " + std::strerror(errno);
    return false;
  }
  out.clear();
  // A regular file is read into a string of its size (no doubling on growth).
  if (!is_stdin && std::fseek(f, 0, SEEK_END) == 0) {
    long size = std::ftell(f);
    if (size > 0) out.reserve(static_cast<std::size_t>(size));
    std::rewind(f);
  }
  char buf[65536];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  bool failed = std::ferror(f) != 0;
  if (!is_stdin) std::fclose(f);
  if (failed) {
    error = "cannot read '" + (is_stdin ? std::string("stdin") : path) + "'";
    return false;
  }
  return true;
}

void write_stdout(const std::string& s) { std::fwrite(s.data(), 1, s.size(), stdout); }

}  // namespace baiviet::cli
