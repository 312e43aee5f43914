#include "markdown/article_structure.hpp"

#include "baiviet/render.hpp"
#include "model/photo_credit.hpp"

namespace baiviet::detail {

namespace {

bool is_space_inline(const inline_node& n) {
  return n.type == inline_type::softbreak || n.type == inline_type::linebreak ||
         (n.type == inline_type::text && n.text.find_first_not_of(" \t") == std::string::npos);
}

// The paragraph's first non-blank inlines (up to three: the rules below only
// ask whether there are one or two), without allocating.
struct first_inlines {
  const inline_node* at[3] = {nullptr, nullptr, nullptr};
  std::size_t count = 0;  ///< how many were found, at most 3
  std::size_t size() const { return count; }
  bool empty() const { return count == 0; }
  const inline_node* operator[](std::size_t i) const { return at[i]; }
};

first_inlines significant(const inlines& content) {
  first_inlines out;
  for (const auto& n : content) {
    if (is_space_inline(n)) continue;
    out.at[out.count++] = &n;
    if (out.count == 3) break;
  }
  return out;
}

void trim(std::string& s) {
  std::size_t b = s.find_first_not_of(" \t\n");
  std::size_t e = s.find_last_not_of(" \t\n");
  s = b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

bool make_figure(block& b, block* next, bool& consumed_next) {
  consumed_next = false;
  if (b.type != block_type::paragraph) return false;
  auto sig = significant(b.content);
  if (sig.empty() || sig[0]->type != inline_type::image) return false;
  const inline_node& img = *sig[0];
  inlines caption;
  if (sig.size() == 2 && sig[1]->type == inline_type::emph) {
    caption = sig[1]->children;
  } else if (sig.size() != 1) {
    return false;
  } else if (next && next->type == block_type::paragraph) {
    auto nsig = significant(next->content);
    if (nsig.size() == 1 && nsig[0]->type == inline_type::emph) {
      caption = nsig[0]->children;
      consumed_next = true;
    }
  }
  if (caption.empty() && !img.title.empty()) caption.push_back(text_node(img.title));
  block f;
  f.type = block_type::figure;
  f.source_line = b.source_line;
  f.img.src = img.url;
  f.img.alt = plain_text(img.children);
  f.img.title = img.title;
  // Credit: only split when the caption is one plain text run (keep formatting otherwise).
  if (caption.size() == 1 && caption[0].type == inline_type::text) {
    f.credit = split_photo_credit(caption[0].text, f.credit_label);
    if (caption[0].text.empty()) caption.clear();
  }
  f.content = std::move(caption);
  b = std::move(f);
  return true;
}

void figures(std::vector<block>& blocks, std::size_t first = 0) {
  // Compacted in place in one pass (erasing inside the loop was quadratic on
  // long documents): a block moves only after a caption paragraph was taken.
  // The `first` blocks (the title and sapo taken into the header) are dropped
  // by the same pass instead of an erase that would move every block once more.
  std::size_t w = 0;
  for (std::size_t i = first; i < blocks.size(); ++i) {
    bool consumed = false;
    make_figure(blocks[i], i + 1 < blocks.size() ? &blocks[i + 1] : nullptr, consumed);
    if (blocks[i].type == block_type::quote) figures(blocks[i].children);
    if (w != i) blocks[w] = std::move(blocks[i]);
    ++w;
    if (consumed) ++i;  // the caption paragraph now lives in the figure
  }
  blocks.resize(w);
}

}  // namespace

std::string split_photo_credit(std::string& caption, std::string& label) {
  // One rule for photo credits, shared with text import (model/photo_credit.hpp).
  auto parts = split_credit(caption);
  if (!parts) return {};
  caption = std::move(parts->caption);
  label = std::move(parts->label);
  return std::move(parts->credit);
}

void recognise_structure(article& a) {
  std::vector<block>& body = a.body;
  std::size_t taken = 0;  // leading blocks moved into the header (removed by figures())
  // Title: the first block when it is "# …".
  if (!body.empty() && body.front().type == block_type::heading && body.front().level == 1) {
    if (a.title.empty()) {
      a.title = plain_text(body.front().content);
      trim(a.title);
      a.title_line = body.front().source_line;
      ++taken;
    }
  }
  // Sapo: a first paragraph entirely in bold.
  if (a.sapo.empty() && taken < body.size() && body[taken].type == block_type::paragraph) {
    block& lead = body[taken];
    auto sig = significant(lead.content);
    if (sig.size() == 1 && sig[0]->type == inline_type::strong) {
      a.sapo_inlines = std::move(const_cast<inline_node*>(sig[0])->children);  // the block is dropped below
      a.sapo = plain_text(a.sapo_inlines);
      trim(a.sapo);
      a.sapo_line = lead.source_line;
      ++taken;
    }
  }
  figures(body, taken);
  // Byline from structured authors.
  if (a.byline_info.authors.empty())
    for (const auto& au : a.authors) a.byline_info.authors.push_back(au.name);
  if (a.byline_info.role.empty() && !a.authors.empty()) a.byline_info.role = a.authors.front().role;
  if (a.byline_info.text.empty() && !a.byline_info.authors.empty()) {
    std::string names;
    for (const auto& n : a.byline_info.authors) names += (names.empty() ? "" : ", ") + n;
    a.byline_info.text = a.byline_info.role.empty() ? names : a.byline_info.role + ": " + names;
  }
  // Kicker from the series when only the series is given.
  if (a.kicker.empty() && !a.series_info.name.empty())
    a.kicker = a.series_info.part ? a.series_info.name + " • Kỳ " + std::to_string(a.series_info.part) : a.series_info.name;
}

}  // namespace baiviet::detail
