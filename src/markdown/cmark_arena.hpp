// The allocator of one Markdown parse: cmark-gfm's nodes in chunks (issue 14's lean model).
//
// cmark-gfm allocates through a cmark_mem (calloc, realloc, free; no context).
// With malloc, a parse makes and frees a node per block, inline and text run —
// about 15% of the instructions of a render — and the nodes lie wherever malloc
// put them while cmark_parser_finish walks the whole tree five times (inlines,
// footnotes, text consolidation, the autolink and table post-passes).
//
// Here a node (every calloc of up to `largest_small` bytes) is a bump in a chunk;
// a block given back while cmark parses is kept on a free list for the next block
// of its size (emphasis delimiters and brackets come and go a paragraph at a
// time). After the parse (`end_of_parse`) the conversion to the model frees each
// top-level block's subtree once it is converted, and a chunk whose blocks are
// all given back returns to malloc at once, so the tree and the model do not both
// hold the whole document. cmark's growing buffers (every realloc: cmark_strbuf)
// are malloc blocks of their own, as before, so a buffer that grows a line at a
// time leaves no dead copies behind. The destructor frees whatever is left: the
// parser and the document node are never freed node by node.
//
// cmark_mem has no context pointer, so the functions of `cmark_arena_mem()` use
// the arena of the current thread's innermost `cmark_arena::scope`: a parser
// made with it must be used, and its nodes freed, only inside that scope on that
// thread (parse_markdown keeps one scope from cmark_parser_new to its return).
#pragma once
#include <cmark-gfm.h>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace baiviet::detail {

class cmark_arena {
 public:
  /// `input_size` sizes the chunks (input / 16, between 8 and 64 KB).
  explicit cmark_arena(std::size_t input_size = 0);
  ~cmark_arena();
  cmark_arena(const cmark_arena&) = delete;
  cmark_arena& operator=(const cmark_arena&) = delete;

  /// Makes `arena` the one `cmark_arena_mem()` uses on this thread until the
  /// scope ends (scopes nest).
  class scope {
   public:
    explicit scope(cmark_arena& arena);
    ~scope();
    scope(const scope&) = delete;
    scope& operator=(const scope&) = delete;

   private:
    cmark_arena* previous_;
  };

  void* allocate(std::size_t size);
  void* reallocate(void* p, std::size_t size);
  void release(void* p);

  /// cmark has finished: given-back blocks are no longer kept for reuse, and
  /// from now on a chunk goes back to malloc when its last block is given back.
  void end_of_parse();

  /// Chunks still held (for tests).
  std::size_t chunks_held() const;

  /// The largest calloc served from a chunk; larger ones are malloc blocks.
  static constexpr std::size_t largest_small = 1024;

 private:
  struct chunk {
    char* base;  // null once given back
    std::size_t live;  // blocks handed out and not given back
  };
  struct big_block {  // a malloc block of its own, in a list the destructor frees
    big_block* next;
    big_block* prev;
    std::uint64_t tag;  // odd: a small block's header word is even
  };
  void* allocate_big(std::size_t size);
  void new_chunk();
  /// A chunk whose blocks are all given back: freed, or (the current one) filled again.
  void give_back(std::size_t index);

  std::vector<chunk> chunks_;
  big_block* big_ = nullptr;
  void* free_[largest_small / 8 + 1] = {};  // while parsing: given-back blocks by size / 8
  bool parsing_ = true;
  char* cur_ = nullptr;
  char* end_ = nullptr;
  std::size_t chunk_size_;
};

/// The cmark_mem whose functions use the current thread's arena scope.
cmark_mem* cmark_arena_mem();

}  // namespace baiviet::detail
