// The Markdown parser's allocator (src/markdown/cmark_arena.hpp): cmark-gfm's
// calloc/realloc/free contract, block reuse while parsing, chunks given back
// during the conversion, and whole parses through it giving cmark's own bytes.
#include <catch2/catch.hpp>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <cstring>
#include <string>
#include <vector>

#include "markdown/cmark_arena.hpp"

using baiviet::detail::cmark_arena;
using baiviet::detail::cmark_arena_mem;

namespace {

// cmark-gfm's HTML for `md` with the extensions our parser attaches, through `mem`.
std::string cmark_html(const std::string& md, cmark_mem* mem) {
  cmark_gfm_core_extensions_ensure_registered();
  const int options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES;
  cmark_parser* parser = cmark_parser_new_with_mem(options, mem);
  for (const char* name : {"table", "strikethrough", "autolink", "tagfilter", "tasklist"})
    cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(name));
  cmark_parser_feed(parser, md.data(), md.size());
  cmark_node* doc = cmark_parser_finish(parser);
  char* html = cmark_render_html_with_mem(doc, options, cmark_parser_get_syntax_extensions(parser), mem);
  std::string out(html);
  mem->free(html);
  cmark_node_free(doc);
  cmark_parser_free(parser);
  return out;
}

std::string sample_markdown(int paragraphs) {
  std::string md = "# Tiêu đề *nhấn* và `mã`\n\n| a | b |\n|---|:-:|\n| 1 | ~~2~~ |\n\n";
  for (int i = 0; i < paragraphs; ++i) {
    md += "Đoạn " + std::to_string(i) + " có **đậm**, _nghiêng_, [liên kết](https://baoson.la/" + std::to_string(i) +
          ") và www.example.vn/" + std::to_string(i) + " [^" + std::to_string(i % 3) + "].\n\n";
    if (i % 7 == 0) md += "- [x] việc\n- [ ] việc khác\n  > trích *dẫn*\n\n```js\nlet x = " + std::to_string(i) + ";\n```\n\n";
  }
  md += "[^0]: Chú thích 0.\n[^1]: Chú thích 1.\n[^2]: Chú thích 2.\n";
  return md;
}

}  // namespace

TEST_CASE("cmark arena: calloc zeroes, realloc keeps the bytes, free takes any block", "[cmark_arena]") {
  cmark_arena arena(100000);
  cmark_arena::scope scope(arena);
  cmark_mem* mem = cmark_arena_mem();

  // Small blocks (from a chunk) come zeroed even where a freed block had data.
  auto* a = static_cast<unsigned char*>(mem->calloc(1, 168));
  std::memset(a, 0xAB, 168);
  mem->free(a);
  auto* b = static_cast<unsigned char*>(mem->calloc(1, 168));
  CHECK(b == a);  // while parsing, a given-back block is reused for the next of its size
  for (int i = 0; i < 168; ++i) REQUIRE(b[i] == 0);

  // A buffer grown from nothing past the chunk size keeps its bytes (cmark_strbuf).
  char* buf = nullptr;
  std::string expected;
  for (int i = 0; i < 5000; ++i) {
    const std::string piece = "dòng " + std::to_string(i) + "\n";
    buf = static_cast<char*>(mem->realloc(buf, expected.size() + piece.size() + 1));
    std::memcpy(buf + expected.size(), piece.c_str(), piece.size() + 1);
    expected += piece;
  }
  CHECK(std::string(buf) == expected);
  mem->free(buf);

  // A block from calloc that is later grown keeps its bytes too.
  auto* c = static_cast<char*>(mem->calloc(1, 16));
  std::memcpy(c, "mười lăm", sizeof "mười lăm");  // 12 bytes and NUL
  c = static_cast<char*>(mem->realloc(c, 4000));
  CHECK(std::string(c) == "mười lăm");
  mem->free(c);

  // A calloc larger than a chunk's small limit, and one of zero bytes.
  auto* big = static_cast<unsigned char*>(mem->calloc(3, cmark_arena::largest_small));
  for (std::size_t i = 0; i < 3 * cmark_arena::largest_small; ++i) REQUIRE(big[i] == 0);
  mem->free(big);
  void* zero = mem->calloc(0, 8);
  CHECK(zero != nullptr);
  mem->free(zero);
  mem->free(nullptr);
}

TEST_CASE("cmark arena: after the parse, a chunk whose blocks are all freed goes back", "[cmark_arena]") {
  cmark_arena arena(0);  // smallest chunks
  cmark_arena::scope scope(arena);
  cmark_mem* mem = cmark_arena_mem();
  std::vector<void*> blocks;
  for (int i = 0; i < 2000; ++i) blocks.push_back(mem->calloc(1, 168));
  const std::size_t held = arena.chunks_held();
  REQUIRE(held > 10);
  arena.end_of_parse();
  CHECK(arena.chunks_held() == held);
  // Free the first half in the order they were made: their chunks go back.
  for (int i = 0; i < 1000; ++i) mem->free(blocks[i]);
  CHECK(arena.chunks_held() < held / 2 + 2);
  CHECK(arena.chunks_held() > held / 2 - 2);
  // Freeing the rest leaves only the current chunk, ready to be filled again.
  for (int i = 1000; i < 2000; ++i) mem->free(blocks[i]);
  CHECK(arena.chunks_held() == 1);
  void* again = mem->calloc(1, 168);
  CHECK(arena.chunks_held() == 1);
  mem->free(again);
}

TEST_CASE("cmark arena: a whole parse gives cmark-gfm's own bytes, scopes nest", "[cmark_arena]") {
  const std::string md1 = sample_markdown(300);
  const std::string md2 = sample_markdown(17) + "\n> *a\n> b*\n\n<div>raw</div>\n";
  const std::string expected1 = cmark_html(md1, cmark_get_default_mem_allocator());
  const std::string expected2 = cmark_html(md2, cmark_get_default_mem_allocator());
  REQUIRE(expected1.find("<table>") != std::string::npos);
  REQUIRE(expected1.find("footnote") != std::string::npos);

  cmark_arena outer(md1.size());
  cmark_arena::scope outer_scope(outer);
  CHECK(cmark_html(md1, cmark_arena_mem()) == expected1);
  {
    cmark_arena inner(md2.size());
    cmark_arena::scope inner_scope(inner);
    CHECK(cmark_html(md2, cmark_arena_mem()) == expected2);
  }
  // The outer arena is current again.
  CHECK(cmark_html(md2, cmark_arena_mem()) == expected2);
}
