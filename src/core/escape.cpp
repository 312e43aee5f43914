#include "core/escape.hpp"

namespace baiviet::detail {

namespace {
template <bool Attr>
void append_escaped(std::string& out, std::string_view text) {
  std::size_t run = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char* rep = nullptr;
    switch (text[i]) {
      case '&': rep = "&amp;"; break;
      case '<': rep = "&lt;"; break;
      case '>': rep = "&gt;"; break;
      case '"': rep = "&quot;"; break;
      case '\'': rep = Attr ? "&#39;" : nullptr; break;
      default: break;
    }
    if (rep) {
      out.append(text.data() + run, i - run);
      out.append(rep);
      run = i + 1;
    }
  }
  out.append(text.data() + run, text.size() - run);
}
}  // namespace

void append_html_escaped(std::string& out, std::string_view text) { append_escaped<false>(out, text); }
void append_attr_escaped(std::string& out, std::string_view text) { append_escaped<true>(out, text); }
std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  append_html_escaped(out, text);
  return out;
}

}  // namespace baiviet::detail
