// Plain text of inline content: what a reader sees of a heading, a caption, a
// paragraph (the public plain_text of baiviet/render.hpp; used by the producers
// for titles, sapos and alt texts and by the renderers).
#include "baiviet/render.hpp"

namespace baiviet {

namespace {

void append_plain(std::string& out, const inlines& content) {
  for (const auto& n : content) {
    switch (n.type) {
      case inline_type::text:
      case inline_type::code: out += n.text; break;
      case inline_type::softbreak: out += ' '; break;
      case inline_type::linebreak: out += '\n'; break;
      case inline_type::html: break;  // markup, not prose
      case inline_type::footnote_ref: out += "[" + std::to_string(n.number) + "]"; break;
      default: append_plain(out, n.children);
    }
  }
}

}  // namespace

std::string plain_text(const inlines& content) {
  std::string out;
  append_plain(out, content);
  return out;
}

}  // namespace baiviet
