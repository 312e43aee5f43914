#include "model/heading_ids.hpp"

#include "baiviet/render.hpp"
#include "baiviet/text.hpp"

namespace baiviet::detail {

namespace {

// The order of html_writer: blocks in document order, footnote definitions
// deferred to the footnotes section.
void walk(std::vector<block>& bs, slug_registry& slugs, std::vector<block*>& footnotes) {
  for (auto& b : bs) {
    switch (b.type) {
      case block_type::heading:
        if (b.id.empty()) b.id = slugs.unique(heading_slug(b));
        break;
      case block_type::footnote: footnotes.push_back(&b); break;
      default: walk(b.children, slugs, footnotes);
    }
  }
}

bool all_have_ids(const std::vector<block>& bs) {
  for (const auto& b : bs) {
    if (b.type == block_type::heading && b.id.empty()) return false;
    if (!all_have_ids(b.children)) return false;
  }
  return true;
}

}  // namespace

std::string heading_slug(const block& heading) {
  std::string slug = slugify(plain_text(heading.content));
  return slug.empty() ? "muc" : slug;  // "mục" (section) for headings without letters or digits
}

void assign_heading_ids(article& a) {
  slug_registry slugs;
  std::vector<block*> footnotes;
  walk(a.body, slugs, footnotes);
  for (std::size_t i = 0; i < footnotes.size(); ++i) walk(footnotes[i]->children, slugs, footnotes);
}

const article& with_heading_ids(const article& a, std::optional<article>& copy) {
  if (all_have_ids(a.body)) return a;
  copy.emplace(a);
  assign_heading_ids(*copy);
  return *copy;
}

}  // namespace baiviet::detail
