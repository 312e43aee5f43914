#include "markdown/cmark_arena.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>

#if defined(__SANITIZE_ADDRESS__)
#define BAIVIET_ARENA_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define BAIVIET_ARENA_ASAN 1
#endif
#endif
#ifdef BAIVIET_ARENA_ASAN
#include <sanitizer/asan_interface.h>
#endif

namespace baiviet::detail {

namespace {

// A small block is preceded by one 8-byte word: its chunk's index << 32 | its
// size << 1 (even); a big block by its big_block header, whose last word is odd.
// Blocks are 8-aligned (cmark's structs hold pointers, sizes and ints).
constexpr std::size_t word = sizeof(std::uint64_t);
constexpr std::size_t min_chunk = 8 * 1024;
constexpr std::size_t max_chunk = 64 * 1024;

// Under AddressSanitizer, memory of a chunk not handed out (or given back) is
// poisoned, so a use after free of a cmark node is still reported.
#ifdef BAIVIET_ARENA_ASAN
void poison(void* p, std::size_t n) { ASAN_POISON_MEMORY_REGION(p, n); }
void unpoison(void* p, std::size_t n) { ASAN_UNPOISON_MEMORY_REGION(p, n); }
#else
void poison(void*, std::size_t) {}
void unpoison(void*, std::size_t) {}
#endif

std::size_t round_up(std::size_t n) { return (n + word - 1) & ~(word - 1); }

std::uint64_t& header(void* p) { return *reinterpret_cast<std::uint64_t*>(static_cast<char*>(p) - word); }
std::size_t small_size(void* p) { return static_cast<std::size_t>(header(p) & 0xffffffffu) >> 1; }
std::size_t small_chunk(void* p) { return static_cast<std::size_t>(header(p) >> 32); }

[[noreturn]] void out_of_memory() {
  // cmark's own allocator does the same: its C callers cannot report a failure.
  std::fputs("baiviet: out of memory in the Markdown parser\n", stderr);
  std::abort();
}

thread_local cmark_arena* current = nullptr;

void* arena_calloc(std::size_t n, std::size_t size) {
  if (size != 0 && n > SIZE_MAX / size) out_of_memory();
  void* p = current->allocate(n * size);
  std::memset(p, 0, n * size);
  return p;
}
void* arena_realloc(void* p, std::size_t size) { return current->reallocate(p, size); }
void arena_free(void* p) { current->release(p); }

cmark_mem arena_mem = {arena_calloc, arena_realloc, arena_free};

}  // namespace

cmark_arena::cmark_arena(std::size_t input_size) {
  const std::size_t size = round_up(input_size / 16);
  chunk_size_ = size < min_chunk ? min_chunk : size > max_chunk ? max_chunk : size;
}

cmark_arena::~cmark_arena() {
  for (big_block* b = big_; b;) {
    big_block* next = b->next;
    std::free(b);
    b = next;
  }
  for (const chunk& c : chunks_) {
    if (c.base) unpoison(c.base, chunk_size_);
    std::free(c.base);
  }
}

cmark_arena::scope::scope(cmark_arena& arena) : previous_(current) { current = &arena; }
cmark_arena::scope::~scope() { current = previous_; }

void cmark_arena::new_chunk() {
  if (chunks_.size() == chunks_.capacity()) chunks_.reserve(chunks_.size() * 2 + 8);  // before malloc
  char* c = static_cast<char*>(std::malloc(chunk_size_));
  if (!c) out_of_memory();
  chunks_.push_back({c, 0});
  poison(c, chunk_size_);
  cur_ = c;
  end_ = c + chunk_size_;
}

void* cmark_arena::allocate_big(std::size_t size) {
  if (size > SIZE_MAX - sizeof(big_block)) out_of_memory();
  auto* b = static_cast<big_block*>(std::malloc(sizeof(big_block) + size));
  if (!b) out_of_memory();
  b->prev = nullptr;
  b->next = big_;
  b->tag = 1;
  if (big_) big_->prev = b;
  big_ = b;
  return b + 1;
}

void* cmark_arena::allocate(std::size_t size) {
  if (size > largest_small) return allocate_big(size);
  const std::size_t n = round_up(size == 0 ? 1 : size);
  if (void* f = free_[n / word]) {  // a block of this size given back earlier in the parse
    free_[n / word] = *static_cast<void**>(f);
    unpoison(f, n);
    ++chunks_[small_chunk(f)].live;
    return f;
  }
  if (static_cast<std::size_t>(end_ - cur_) < word + n) new_chunk();
  char* p = cur_ + word;
  unpoison(cur_, word + n);
  const std::size_t index = chunks_.size() - 1;
  header(p) = static_cast<std::uint64_t>(index) << 32 | static_cast<std::uint64_t>(n) << 1;
  ++chunks_[index].live;
  cur_ = p + n;
  return p;
}

void* cmark_arena::reallocate(void* p, std::size_t size) {
  // Only cmark's growing buffers (cmark_strbuf) call realloc: malloc blocks of their own.
  if (!p) return allocate_big(size);
  if (header(p) & 1) {
    if (size > SIZE_MAX - sizeof(big_block)) out_of_memory();
    big_block* old = static_cast<big_block*>(p) - 1;
    auto* b = static_cast<big_block*>(std::realloc(old, sizeof(big_block) + size));
    if (!b) out_of_memory();
    if (b != old) {
      if (b->prev) b->prev->next = b;
      else big_ = b;
      if (b->next) b->next->prev = b;
    }
    return b + 1;
  }
  // A block from calloc grown later (cmark does not, but the contract allows it).
  const std::size_t old = small_size(p);
  void* q = allocate_big(size);
  std::memcpy(q, p, old < size ? old : size);
  release(p);
  return q;
}

void cmark_arena::release(void* p) {
  if (!p) return;
  if (header(p) & 1) {
    big_block* b = static_cast<big_block*>(p) - 1;
    if (b->prev) b->prev->next = b->next;
    else big_ = b->next;
    if (b->next) b->next->prev = b->prev;
    std::free(b);
    return;
  }
  const std::size_t index = small_chunk(p);
  chunk& c = chunks_[index];
  --c.live;
  if (parsing_) {
    const std::size_t n = small_size(p);
    *static_cast<void**>(p) = free_[n / word];
    free_[n / word] = p;
    poison(static_cast<char*>(p) + word, n - word);  // the first word links the list
    return;
  }
  poison(p, small_size(p));
  if (c.live == 0) give_back(index);
}

void cmark_arena::give_back(std::size_t index) {
  chunk& c = chunks_[index];
  if (index + 1 == chunks_.size()) {
    cur_ = c.base;  // the current chunk is filled again
    poison(c.base, chunk_size_);
  } else {
    unpoison(c.base, chunk_size_);
    std::free(c.base);
    c.base = nullptr;
  }
}

void cmark_arena::end_of_parse() {
  parsing_ = false;
  for (void*& f : free_) f = nullptr;
  for (std::size_t i = 0; i < chunks_.size(); ++i)
    if (chunks_[i].base && chunks_[i].live == 0) give_back(i);
}

std::size_t cmark_arena::chunks_held() const {
  std::size_t n = 0;
  for (const chunk& c : chunks_) n += c.base != nullptr;
  return n;
}

cmark_mem* cmark_arena_mem() { return &arena_mem; }

}  // namespace baiviet::detail
