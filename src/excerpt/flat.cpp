// flat_builder: collects excerpt sources into NFC text plus nested inline marks.
#include "excerpt/flat.hpp"

#include <unicode/uchar.h>

#include "baiviet/text.hpp"
#include "core/url_policy.hpp"
#include "text/segment.hpp"

namespace baiviet::detail {

namespace {

bool collapsible(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

bool zero_width(char32_t c) { return c == 0x200B || c == 0x200C || c == 0x2060 || c == 0xFEFF || c == 0x00AD; }

}  // namespace

void flat_builder::text(std::string_view s) {
  std::string clean = clean_nfc(s);
  for (std::size_t i = 0; i < clean.size();) {
    std::size_t start = i;
    char32_t c = next_code_point(clean, i);
    if (zero_width(c)) continue;
    if ((c < 0x20 && !collapsible(c)) || (c >= 0x7F && c <= 0x9F)) continue;  // control characters
    if (collapsible(c)) {
      pending_space_ = true;
      continue;
    }
    if (pending_space_ && !doc_.text.empty() && doc_.text.back() != '\n' && doc_.text.back() != ' ')
      doc_.text.push_back(' ');
    pending_space_ = false;
    doc_.text.append(clean, start, i - start);
  }
}

void flat_builder::paragraph_break() {
  pending_space_ = false;
  if (doc_.text.empty() || doc_.text.back() == '\n') return;
  doc_.text.push_back('\n');
}

void flat_builder::open(std::string tag, std::string href) {
  // Deeper formatting than this is dropped (its text kept): bounds the work of
  // close() on pathological input such as 100,000 nested <b>.
  if (stack_.size() >= max_depth) return;
  // "a <b>c" rather than "a<b> c": a pending space goes before the element.
  if (pending_space_ && !doc_.text.empty() && doc_.text.back() != '\n' && doc_.text.back() != ' ')
    doc_.text.push_back(' ');
  pending_space_ = false;
  stack_.push_back(tag);
  doc_.marks.push_back({doc_.text.size(), true, std::move(tag), std::move(href)});
}

bool flat_builder::is_open(std::string_view tag) const {
  for (const auto& t : stack_)
    if (t == tag) return true;
  return false;
}

bool flat_builder::close(std::string_view tag) {
  if (!is_open(tag)) return false;
  while (!stack_.empty()) {
    std::string top = std::move(stack_.back());
    stack_.pop_back();
    bool done = top == tag;
    doc_.marks.push_back({doc_.text.size(), false, std::move(top), {}});
    if (done) break;
  }
  return true;
}

flat_doc flat_builder::finish() {
  while (!stack_.empty()) close(stack_.back());
  while (!doc_.text.empty() && (doc_.text.back() == '\n' || doc_.text.back() == ' ')) doc_.text.pop_back();
  for (auto& m : doc_.marks)
    if (m.pos > doc_.text.size()) m.pos = doc_.text.size();
  return std::move(doc_);
}

enough_text::enough_text(const excerpt_options& o)
    : unit_(o.unit), limit_(o.unit == excerpt_unit::sentences || o.limit == 0 ? 0 : o.limit) {
  next_check_ = limit_ * 2;  // bytes: no fewer than one byte a grapheme, a few a word
}

bool enough_text::operator()(const std::string& text) {
  if (limit_ == 0 || text.size() < next_check_) return false;
  next_check_ = text.size() * 2;
  std::size_t n = unit_ == excerpt_unit::words ? word_count_raw(text) : grapheme_count_raw(text);
  return n > limit_ + 1;
}

flat_doc flatten_text(std::string_view text, const excerpt_options& o) {
  flat_builder b;
  enough_text enough(o);
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    b.text(text.substr(start, nl - start));
    b.paragraph_break();
    if (enough(b.current_text())) break;
    start = nl + 1;
  }
  return b.finish();
}

void flatten_inlines(flat_builder& b, const inlines& content) {
  for (const auto& n : content) {
    switch (n.type) {
      case inline_type::text: b.text(n.text); break;
      case inline_type::softbreak:
      case inline_type::linebreak: b.text(" "); break;
      case inline_type::code:
        b.open("code");
        b.text(n.text);
        b.close("code");
        break;
      case inline_type::emph:
      case inline_type::strong:
      case inline_type::strikethrough: {
        const char* tag = n.type == inline_type::emph ? "em" : n.type == inline_type::strong ? "strong" : "del";
        b.open(tag);
        flatten_inlines(b, n.children);
        b.close(tag);
        break;
      }
      case inline_type::link:
        if (is_safe_url(n.url, url_use::link)) {
          b.open("a", n.url);
          flatten_inlines(b, n.children);
          b.close("a");
        } else {
          flatten_inlines(b, n.children);
        }
        break;
      case inline_type::image:         // pictures are not part of an excerpt
      case inline_type::html:          // raw HTML is dropped in safe output
      case inline_type::footnote_ref:  // "[1]" markers mean nothing out of context
        break;
    }
  }
}

}  // namespace baiviet::detail
