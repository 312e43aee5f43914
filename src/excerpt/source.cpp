// Article → flat text for excerpts; article reading time.
#include "excerpt/source.hpp"

#include <string>

#include "baiviet/render.hpp"
#include "baiviet/text.hpp"
#include "text/segment.hpp"

namespace baiviet::detail {

namespace {

bool repeats_byline(const block& bl, const article& a) {
  const std::string& by = a.byline_info.text;
  if (by.empty() || plain_text(bl.content).size() > by.size() + 16) return false;
  flat_builder probe;
  flatten_inlines(probe, bl.content);
  return probe.finish().text == by;
}

// Returns false once enough text is collected.
bool body_blocks(flat_builder& b, const std::vector<block>& blocks, const article& a, enough_text& enough) {
  for (const auto& bl : blocks) {
    switch (bl.type) {
      case block_type::paragraph:
      case block_type::interview_question:
      case block_type::interview_answer: {
        if (repeats_byline(bl, a)) break;  // a byline left in the body
        flatten_inlines(b, bl.content);
        b.paragraph_break();
        if (enough(b.current_text())) return false;
        break;
      }
      case block_type::quote:
      case block_type::list:
      case block_type::list_item:
        if (!body_blocks(b, bl.children, a, enough)) return false;
        break;
      default:  // headings, figures/captions, code, tables, raw HTML, breaks, footnotes
        break;
    }
  }
  return true;
}

bool has_text(const std::string& s) {
  for (unsigned char c : s)
    if (c > ' ') return true;
  return false;
}

void all_text(std::string& out, const inlines& content) {
  for (const auto& n : content) {
    if (n.type == inline_type::text || n.type == inline_type::code) out += n.text;
    else if (n.type == inline_type::softbreak || n.type == inline_type::linebreak) out += ' ';
    if (n.type != inline_type::image && n.type != inline_type::html) all_text(out, n.children);
  }
}

std::size_t inline_images(const inlines& content) {
  std::size_t n = 0;
  for (const auto& i : content) n += (i.type == inline_type::image ? 1 : 0) + inline_images(i.children);
  return n;
}

void reading_blocks(std::string& text, std::size_t& images, const std::vector<block>& blocks) {
  for (const auto& bl : blocks) {
    all_text(text, bl.content);
    images += inline_images(bl.content);
    if (bl.type == block_type::figure) ++images;  // a caption stands for its photo even when the URL was lost
    if (bl.type == block_type::code) text += bl.literal;
    text += '\n';
    reading_blocks(text, images, bl.children);
  }
}

}  // namespace

flat_doc flatten_article(const article& a, const excerpt_options& options) {
  const excerpt_source source = options.source;
  flat_builder b;
  bool sapo_present = !a.sapo_inlines.empty() || has_text(a.sapo);
  bool use_sapo = source == excerpt_source::sapo || (source == excerpt_source::auto_detect && sapo_present);
  if (use_sapo) {
    if (!a.sapo_inlines.empty()) flatten_inlines(b, a.sapo_inlines);
    else b.text(a.sapo);
  } else {
    enough_text enough(options);
    body_blocks(b, a.body, a, enough);
  }
  return b.finish();
}

}  // namespace baiviet::detail

namespace baiviet {

namespace {

/// The text the reading time and the counts read, and the pictures.
std::string reading_text(const article& a, std::size_t& images) {
  std::string text;
  images = a.cover.empty() ? 0 : 1;
  if (!a.sapo_inlines.empty()) detail::all_text(text, a.sapo_inlines);
  else text += a.sapo;
  text += '\n';
  detail::reading_blocks(text, images, a.body);
  return text;
}

}  // namespace

reading_time article_reading_time(const article& a, const reading_options& options) {
  std::size_t images = 0;
  std::string text = reading_text(a, images);
  return estimate_reading_time(text, images, options);
}

text_counts article_counts(const article& a) {
  std::size_t images = 0;
  return count_text(reading_text(a, images));
}

}  // namespace baiviet
