// Placeholder: one paragraph per blank-line-separated block, until the
// structure-recovering importer lands (issue: plain-text import).
#include "baiviet/import.hpp"
#include "baiviet/text.hpp"

namespace baiviet {

result<article> import_text(std::string_view text, const import_options& options) {
  if (text.size() > options.max_input_bytes) return make_error(errc::too_large, "input too large");
  std::string clean;
  sanitize_utf8(text, clean);
  article a;
  a.source_format = "text";
  std::string para;
  auto flush = [&] {
    if (!para.empty()) {
      block b;
      b.content.push_back(inline_node{inline_type::text, para});
      a.body.push_back(std::move(b));
      para.clear();
    }
  };
  std::size_t start = 0;
  while (start <= clean.size()) {
    std::size_t end = clean.find('\n', start);
    if (end == std::string::npos) end = clean.size();
    std::string_view line(clean.data() + start, end - start);
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) flush();
    else { if (!para.empty()) para += ' '; para += line; }
    start = end + 1;
  }
  flush();
  return a;
}

}  // namespace baiviet
