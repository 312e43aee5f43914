#include "markdown/cmark_to_model.hpp"

#include <cmark-gfm-core-extensions.h>

#include <cstring>
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "baiviet/text.hpp"
#include "text/segment.hpp"

namespace baiviet::detail {

namespace {

bool type_is(cmark_node* n, const char* name) {
  const char* t = cmark_node_get_type_string(n);
  return t && std::strcmp(t, name) == 0;
}

std::string str(const char* s) { return s ? std::string(s) : std::string(); }

// ---- reading a node's text without a copy ------------------------------------
// cmark_node_get_literal / _get_url / _get_title return a C string: the first
// call on a node whose text still points into the parser's buffer (every text
// run of a paragraph) mallocs a NUL-terminated copy, freed with the node — one
// malloc, memcpy and free per text run, about a tenth of a render. The text is
// in the node as a (pointer, length) chunk; this reads it there.
//
// The node layout is cmark-gfm 0.29's src/node.h (Debian ships it as
// /usr/include/cmark-gfm/node.h; the WASM build compiles the same Debian
// source). It is not public API, so the layout is checked once at run time on
// a node built through the public API (links, children, literal, url, title)
// and any mismatch falls back to the copying getters: a different cmark-gfm
// costs speed, never correctness.
struct node_chunk {  // cmark_chunk
  const unsigned char* data;
  std::int32_t len;
  std::int32_t alloc;
};
struct node_prefix {  // struct cmark_node up to the `as` union
  struct {
    void* mem;
    unsigned char* ptr;
    std::int32_t asize, size;
  } content;  // cmark_strbuf
  cmark_node *next, *prev, *parent, *first_child, *last_child;
  void* user_data;
  void (*user_data_free_func)(cmark_mem*, void*);
  int start_line, start_column, end_line, end_column, internal_offset;
  std::uint16_t type, flags;
  void* extension;
  union {
    int ref_ix;
    int def_count;
  } footnote;
  cmark_node* parent_footnote_def;
  union {  // the first members of the `as` union: a literal, or a link's url + title
    node_chunk literal;
    struct {
      node_chunk url, title;
    } link;
    void* opaque;
  } as;
};

const node_prefix* layout(cmark_node* n) { return reinterpret_cast<const node_prefix*>(n); }

bool layout_matches() {
  cmark_node* para = cmark_node_new(CMARK_NODE_PARAGRAPH);
  cmark_node* link = cmark_node_new(CMARK_NODE_LINK);
  cmark_node* text = cmark_node_new(CMARK_NODE_TEXT);
  bool ok = para && link && text && cmark_node_append_child(para, link) && cmark_node_append_child(link, text) &&
            cmark_node_set_literal(text, "literal") && cmark_node_set_url(link, "https://example.vn/") &&
            cmark_node_set_title(link, "t");
  if (ok) {
    const char* lit = cmark_node_get_literal(text);
    const char* url = cmark_node_get_url(link);
    const char* title = cmark_node_get_title(link);
    const node_prefix* p = layout(para);
    const node_prefix* l = layout(link);
    const node_prefix* t = layout(text);
    ok = p->first_child == link && p->last_child == link && l->parent == para && l->first_child == text &&
         t->parent == link && t->next == nullptr && t->type == CMARK_NODE_TEXT && l->type == CMARK_NODE_LINK &&
         reinterpret_cast<const char*>(t->as.literal.data) == lit && t->as.literal.len == 7 &&
         reinterpret_cast<const char*>(l->as.link.url.data) == url && l->as.link.url.len == 19 &&
         reinterpret_cast<const char*>(l->as.link.title.data) == title && l->as.link.title.len == 1;
  }
  if (para) cmark_node_free(para);  // frees the children
  else {
    if (link) cmark_node_free(link);
    if (text) cmark_node_free(text);
  }
  return ok;
}

bool direct_access() {
  static const bool ok = layout_matches();
  return ok;
}

std::string_view chunk_text(const node_chunk& c) {
  return c.len > 0 ? std::string_view(reinterpret_cast<const char*>(c.data), static_cast<std::size_t>(c.len))
                   : std::string_view();
}

std::string_view c_text(const char* s) { return s ? std::string_view(s) : std::string_view(); }

/// The literal of a text, code, inline HTML or footnote-reference node.
std::string_view literal_of(cmark_node* n) {
  return direct_access() ? chunk_text(layout(n)->as.literal) : c_text(cmark_node_get_literal(n));
}
std::string_view url_of(cmark_node* n) {  // link or image
  return direct_access() ? chunk_text(layout(n)->as.link.url) : c_text(cmark_node_get_url(n));
}
std::string_view title_of(cmark_node* n) {  // link or image
  return direct_access() ? chunk_text(layout(n)->as.link.title) : c_text(cmark_node_get_title(n));
}

/// Children of a cmark node (for reserving the model's vectors: one allocation each).
std::size_t child_count(cmark_node* n) {
  std::size_t k = 0;
  for (cmark_node* c = cmark_node_first_child(n); c; c = cmark_node_next(c)) ++k;
  return k;
}

class converter {
 public:
  converter(article& a, int max_nesting, bool repair_utf8)
      : a_(a), max_nesting_(max_nesting), repair_utf8_(repair_utf8) {}

  // cmark-gfm numbers footnote references ("1", "2" …) and keeps the label
  // only in private fields; the definitions (moved to the end of the document
  // in number order) carry their source position, so read "[^label]:" there.
  void read_footnote_labels(cmark_node* document, std::string_view source) {
    std::vector<std::size_t> line_starts;  // made when the first definition is met
    for (cmark_node* n = cmark_node_first_child(document); n; n = cmark_node_next(n)) {
      if (cmark_node_get_type(n) != CMARK_NODE_FOOTNOTE_DEFINITION) continue;
      if (line_starts.empty()) {
        line_starts.push_back(0);
        for (const char* p = source.data(), *end = p + source.size();
             (p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p))));)
          line_starts.push_back(static_cast<std::size_t>(++p - source.data()));
      }
      std::string label;
      int line = cmark_node_get_start_line(n), col = cmark_node_get_start_column(n);
      if (line >= 1 && static_cast<std::size_t>(line) <= line_starts.size()) {
        // The position is that of the content, after "[^label]:": look back.
        std::size_t p = std::min(source.size(), line_starts[line - 1] + (col > 0 ? col - 1 : 0));
        std::size_t close = source.substr(0, p).rfind("]:");
        std::size_t open = close == std::string_view::npos ? close : source.substr(0, close).rfind("[^");
        if (open != std::string_view::npos) label = std::string(source.substr(open + 2, close - open - 2));
      }
      def_labels_.push_back(label);
    }
  }

  /// One top-level block (see convert_document).
  void top_level_block(cmark_node* n, std::vector<baiviet::block>& out) { block_node(n, out, 0); }

  void blocks(cmark_node* parent, std::vector<block>& out, int depth) {
    out.reserve(out.size() + child_count(parent));
    for (cmark_node* n = cmark_node_first_child(parent); n; n = cmark_node_next(n)) block_node(n, out, depth);
  }

 private:
  void too_deep() {
    if (!warned_depth_) {
      warned_depth_ = true;
      a_.warnings.push_back({"nesting deeper than " + std::to_string(max_nesting_) + " levels was flattened", 0});
    }
  }

  void block_node(cmark_node* n, std::vector<block>& out, int depth) {
    const cmark_node_type t = cmark_node_get_type(n);
    const bool container_type = t == CMARK_NODE_BLOCK_QUOTE || t == CMARK_NODE_LIST || t == CMARK_NODE_ITEM ||
                                t == CMARK_NODE_FOOTNOTE_DEFINITION;
    if (container_type && depth >= max_nesting_) {  // keep the text, drop the structure
      too_deep();
      flatten(n, out);
      return;
    }
    const bool known = container_type || t == CMARK_NODE_PARAGRAPH || t == CMARK_NODE_HEADING ||
                       t == CMARK_NODE_CODE_BLOCK || t == CMARK_NODE_HTML_BLOCK || t == CMARK_NODE_THEMATIC_BREAK;
    if (!known && !type_is(n, "table")) {
      // Unknown block (custom extension): keep its children's text.
      blocks(n, out, depth);
      return;
    }
    // Built in place: a block is large, and moving one costs a dozen member moves.
    block& b = out.emplace_back();
    b.source_line = static_cast<std::size_t>(cmark_node_get_start_line(n));
    switch (t) {
      case CMARK_NODE_PARAGRAPH:
        b.type = block_type::paragraph;
        inlines_of(n, b.content, 0);
        break;
      case CMARK_NODE_HEADING:
        b.type = block_type::heading;
        b.level = cmark_node_get_heading_level(n);
        inlines_of(n, b.content, 0);
        break;
      case CMARK_NODE_BLOCK_QUOTE:
      case CMARK_NODE_LIST:
      case CMARK_NODE_ITEM:
      case CMARK_NODE_FOOTNOTE_DEFINITION:
        container(n, b, depth);
        break;
      case CMARK_NODE_CODE_BLOCK:
        b.type = block_type::code;
        b.info = str(cmark_node_get_fence_info(n));
        b.literal = str(cmark_node_get_literal(n));
        break;
      case CMARK_NODE_HTML_BLOCK:
        b.type = block_type::html;
        b.literal = str(cmark_node_get_literal(n));
        break;
      case CMARK_NODE_THEMATIC_BREAK:
        b.type = block_type::thematic_break;
        break;
      default:
        table(n, b);
    }
  }

  // Too deep: append the subtree's leaf blocks to `out` without recursion
  // (cmark's iterator walks it), so any depth costs constant stack.
  void flatten(cmark_node* root, std::vector<block>& out) {
    cmark_iter* it = cmark_iter_new(root);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
      if (ev != CMARK_EVENT_ENTER) continue;
      cmark_node* n = cmark_iter_get_node(it);
      switch (cmark_node_get_type(n)) {
        case CMARK_NODE_PARAGRAPH:
        case CMARK_NODE_HEADING:
        case CMARK_NODE_CODE_BLOCK:
        case CMARK_NODE_HTML_BLOCK:
        case CMARK_NODE_THEMATIC_BREAK:
          block_node(n, out, max_nesting_);
          break;
        default:
          if (type_is(n, "table")) block_node(n, out, max_nesting_);
      }
    }
    cmark_iter_free(it);
  }

  void container(cmark_node* n, block& b, int depth) {
    switch (cmark_node_get_type(n)) {
      case CMARK_NODE_BLOCK_QUOTE:
        b.type = block_type::quote;
        break;
      case CMARK_NODE_LIST:
        b.type = block_type::list;
        b.ordered = cmark_node_get_list_type(n) == CMARK_ORDERED_LIST;
        b.start = cmark_node_get_list_start(n);
        b.tight = cmark_node_get_list_tight(n) != 0;
        b.literal = cmark_node_get_list_delim(n) == CMARK_PAREN_DELIM ? ")" : "";
        break;
      case CMARK_NODE_ITEM:
        b.type = block_type::list_item;
        if (type_is(n, "tasklist")) b.task = cmark_gfm_extensions_get_tasklist_item_checked(n) ? 1 : 0;
        break;
      default:  // footnote definition
        // cmark-gfm's API does not expose a definition's label, but it emits
        // the referenced definitions at the end in order of first reference.
        b.type = block_type::footnote;
        b.number = ++footnote_defs_seen_;
        if (b.number <= static_cast<int>(def_labels_.size())) b.label = def_labels_[b.number - 1];
        break;
    }
    blocks(n, b.children, depth + 1);
  }

  void table(cmark_node* n, block& b) {
    b.type = block_type::table;
    uint16_t cols = cmark_gfm_extensions_get_table_columns(n);
    uint8_t* al = cmark_gfm_extensions_get_table_alignments(n);
    for (uint16_t i = 0; i < cols; ++i) {
      char c = al ? static_cast<char>(al[i]) : 0;
      b.aligns.push_back(c == 'l' ? align::left : c == 'c' ? align::center : c == 'r' ? align::right : align::none);
    }
    // Rows and cells built in place (a block is large: a move costs a dozen member moves).
    b.children.reserve(child_count(n));
    for (cmark_node* row = cmark_node_first_child(n); row; row = cmark_node_next(row)) {
      block& r = b.children.emplace_back();
      r.type = block_type::table_row;
      r.level = cmark_gfm_extensions_get_table_row_is_header(row) ? 1 : 0;  // 1 = header row
      r.children.reserve(child_count(row));
      for (cmark_node* cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell)) {
        block& c = r.children.emplace_back();
        c.type = block_type::table_cell;
        inlines_of(cell, c.content, 0);
      }
    }
  }

  static void push_text(inlines& out, std::string_view text) {
    if (!out.empty() && out.back().type == inline_type::text) {
      out.back().text.append(text);
    } else {
      out.emplace_back();
      out.back().text.assign(text);
    }
  }

  // Too deep: the subtree's text, without recursion.
  void flatten_inlines(cmark_node* root, inlines& out) {
    cmark_iter* it = cmark_iter_new(root);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
      if (ev != CMARK_EVENT_ENTER) continue;
      cmark_node* n = cmark_iter_get_node(it);
      auto t = cmark_node_get_type(n);
      if (t == CMARK_NODE_TEXT || t == CMARK_NODE_CODE) push_text(out, literal_of(n));
      else if (t == CMARK_NODE_SOFTBREAK || t == CMARK_NODE_LINEBREAK) push_text(out, " ");
    }
    cmark_iter_free(it);
  }

  void inlines_of(cmark_node* parent, inlines& out, int depth) {
    out.reserve(out.size() + child_count(parent));
    for (cmark_node* n = cmark_node_first_child(parent); n; n = cmark_node_next(n)) inline_node_of(n, out, depth);
  }

  void inline_node_of(cmark_node* n, inlines& out, int depth) {
    const cmark_node_type t = cmark_node_get_type(n);
    if (t == CMARK_NODE_TEXT) {  // the common case: no node built
      std::string_view text = literal_of(n);
      if (repair_utf8_ && !is_clean_utf8(text)) {  // cut by cmark-gfm (cmark_limits.hpp)
        std::string repaired;
        sanitize_utf8(text, repaired);
        push_text(out, repaired);
        return;
      }
      push_text(out, text);
      return;
    }
    inline_type type;
    bool container = false;
    switch (t) {
      case CMARK_NODE_SOFTBREAK: type = inline_type::softbreak; break;
      case CMARK_NODE_LINEBREAK: type = inline_type::linebreak; break;
      case CMARK_NODE_CODE: type = inline_type::code; break;
      case CMARK_NODE_HTML_INLINE: type = inline_type::html; break;
      case CMARK_NODE_FOOTNOTE_REFERENCE: type = inline_type::footnote_ref; break;
      case CMARK_NODE_EMPH: type = inline_type::emph; container = true; break;
      case CMARK_NODE_STRONG: type = inline_type::strong; container = true; break;
      case CMARK_NODE_LINK: type = inline_type::link; container = true; break;
      case CMARK_NODE_IMAGE: type = inline_type::image; container = true; break;
      default:
        if (!type_is(n, "strikethrough")) {
          inlines_of(n, out, depth);  // unknown inline: keep its text
          return;
        }
        type = inline_type::strikethrough;
        container = true;
    }
    if (container && depth >= max_nesting_) {  // too deep: its text only
      too_deep();
      flatten_inlines(n, out);
      return;
    }
    // Built in place; the recursion below appends to x.children only, never to `out`.
    inline_node& x = out.emplace_back();
    x.type = type;
    switch (t) {
      case CMARK_NODE_CODE:
      case CMARK_NODE_HTML_INLINE:
        x.text = literal_of(n);
        break;
      case CMARK_NODE_FOOTNOTE_REFERENCE:
        x.number = std::atoi(str(cmark_node_get_literal(n)).c_str());  // cmark-gfm's footnote number
        if (x.number >= 1 && x.number <= static_cast<int>(def_labels_.size())) x.text = def_labels_[x.number - 1];
        else x.text = str(cmark_node_get_literal(n));
        break;
      case CMARK_NODE_LINK:
      case CMARK_NODE_IMAGE:
        x.url = url_of(n);
        x.title = title_of(n);
        break;
      default:
        break;
    }
    if (container) inlines_of(n, x.children, depth + 1);
  }

  article& a_;
  int max_nesting_;
  bool repair_utf8_;
  bool warned_depth_ = false;
  std::vector<std::string> def_labels_;  // by footnote number - 1
  int footnote_defs_seen_ = 0;
};

}  // namespace

void convert_document(cmark_node* document, std::string_view source, article& a, int max_nesting,
                      bool repair_utf8) {
  converter c(a, max_nesting, repair_utf8);
  c.read_footnote_labels(document, source);
  // Each top-level block's cmark subtree is freed once it is in the model, so
  // the cmark tree and the model never both hold the whole document (peak memory).
  // For the same reason the body is reserved up front only when that is small: a
  // long document's would cost its whole size while the tree is still whole
  // (spec.txt: 1,500 blocks, 0.6 MB, +30% of peak heap); grown instead, its last
  // copies are made when most of the tree is gone.
  constexpr std::size_t body_reserve_limit = 64 * 1024;
  const std::size_t top_level = child_count(document);
  if (top_level * sizeof(block) <= body_reserve_limit) a.body.reserve(a.body.size() + top_level);
  for (cmark_node* n = cmark_node_first_child(document); n;) {
    cmark_node* next = cmark_node_next(n);
    c.top_level_block(n, a.body);
    cmark_node_free(n);
    n = next;
  }
}

}  // namespace baiviet::detail
