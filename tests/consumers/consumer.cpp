// A tiny C++ program using the installed baiviet C++ API (built by the
// consumer tests through find_package and through pkg-config).
#include <cstdio>
#include <string>

#include <baiviet/baiviet.hpp>
#include <baiviet/format.hpp>

int main() {
  int failures = 0;
  auto expect = [&](bool ok, const char* what) {
    if (!ok) {
      std::fprintf(stderr, "FAIL: %s\n", what);
      ++failures;
    }
  };
  baiviet::render_options o;
  o.to = baiviet::output_format::html;
  auto html = baiviet::render("# Tiêu đề\n\nĐoạn văn đầu tiên.\n", o);
  expect(html && html->find("Tiêu đề") != std::string::npos, "render");
  auto bad = baiviet::render("---\ntitle: [unclosed\n---\nx\n", o);
  expect(!bad && bad.error().code == baiviet::errc::front_matter, "front matter error");
  auto n = baiviet::format_number(1234567.891);
  expect(n && *n == "1.234.567,891", "format_number");
  expect(baiviet::slugify("Nghị quyết 02-NQ/TU") == "nghi-quyet-02-nq-tu", "slugify");
  expect(std::string(baiviet::version()) == BAIVIET_VERSION_STRING, "version() = the header's");
  if (failures) return 1;
  std::printf("C++ consumer OK (baiviet %s)\n", baiviet::version());
  return 0;
}
