// cmark-gfm's HTML entity decoder, houdini_unescape_ent, which holds the full
// WHATWG table of named character references (2,125 names). libcmark-gfm exports
// it, but its declaration (houdini.h) and the buffer type it writes to
// (cmark_strbuf, buffer.h) are private headers: Debian installs them in
// /usr/include/cmark-gfm/, the emcc build of cmark-gfm (cmake/wasm/build-dep.sh)
// only the public ones. So the buffer is declared here as cmark-gfm 0.29 defines
// it (src/buffer.h); tests/cpp/test_entities.cpp checks this layout against
// Debian's buffer.h, and that every name of the table decodes.
#pragma once
#include <cstdint>

#include <cmark-gfm.h>  // cmark_mem, bufsize_t (int32_t)

extern "C" {

/// cmark-gfm 0.29's cmark_strbuf (src/buffer.h): { mem, ptr, asize, size }.
struct baiviet_cmark_strbuf {
  cmark_mem* mem;
  unsigned char* ptr;
  bufsize_t asize, size;
};

}  // extern "C"
