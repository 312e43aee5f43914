/* Heap accounting for bench/render_memory.cpp: malloc, calloc, realloc, free and
 * the aligned allocators are interposed (glibc lets an executable define them and
 * forwards to __libc_*), and the bytes live on the heap (malloc_usable_size, so
 * allocator slack counts too) are tracked with their peak. Single-threaded use:
 * the measured program calls the library from one thread. glibc only. */
#include <errno.h>
#include <malloc.h>
#include <stddef.h>

#include "heap_counter.h"

extern void* __libc_malloc(size_t);
extern void* __libc_calloc(size_t, size_t);
extern void* __libc_realloc(void*, size_t);
extern void* __libc_memalign(size_t, size_t);
extern void __libc_free(void*);

/* Exported even under -fvisibility=hidden, so that the shared libraries
 * (libstdc++'s operator new, ICU) call these too. */
#define INTERPOSED __attribute__((visibility("default")))

static long long live_bytes = 0;
static long long peak_bytes = 0;

static void counted(void* p) {
  if (!p) return;
  live_bytes += (long long)malloc_usable_size(p);
  if (live_bytes > peak_bytes) peak_bytes = live_bytes;
}

INTERPOSED void* malloc(size_t n) {
  void* p = __libc_malloc(n);
  counted(p);
  return p;
}
INTERPOSED void* calloc(size_t a, size_t b) {
  void* p = __libc_calloc(a, b);
  counted(p);
  return p;
}
INTERPOSED void* realloc(void* q, size_t n) {
  long long old = q ? (long long)malloc_usable_size(q) : 0;
  void* p = __libc_realloc(q, n);
  if (p || n == 0) {  /* q was freed or moved into p */
    live_bytes -= old;
    counted(p);
  }
  return p;
}
INTERPOSED void free(void* p) {
  if (p) live_bytes -= (long long)malloc_usable_size(p);
  __libc_free(p);
}
INTERPOSED void* memalign(size_t a, size_t n) {
  void* p = __libc_memalign(a, n);
  counted(p);
  return p;
}
INTERPOSED void* aligned_alloc(size_t a, size_t n) { return memalign(a, n); }
INTERPOSED int posix_memalign(void** out, size_t a, size_t n) {
  void* p = __libc_memalign(a, n);
  if (!p) return ENOMEM;
  counted(p);
  *out = p;
  return 0;
}

long long heap_live_bytes(void) { return live_bytes; }
void heap_reset_peak(void) { peak_bytes = live_bytes; }
long long heap_peak_bytes(void) { return peak_bytes; }
