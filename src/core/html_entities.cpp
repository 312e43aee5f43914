#include "core/html_entities.hpp"

#include <algorithm>
#include <cstdint>

#include "core/cmark_houdini.hpp"

extern "C" {
// Exported by libcmark-gfm (houdini.h, buffer.h), declared with our copy of
// the buffer type (see cmark_houdini.hpp).
bufsize_t houdini_unescape_ent(baiviet_cmark_strbuf* ob, const std::uint8_t* src, bufsize_t size);
void cmark_strbuf_init(cmark_mem* mem, baiviet_cmark_strbuf* buf, bufsize_t initial_size);
void cmark_strbuf_free(baiviet_cmark_strbuf* buf);
}

namespace baiviet::detail {

namespace {
#include "core/html_entities_legacy.inc"

// The longest name of the table (CounterClockwiseContourIntegral) has 31
// characters; houdini_unescape_ent looks at most 32 bytes, ';' included.
constexpr std::size_t max_name_length = 31;
}  // namespace

bool append_named_reference(std::string& out, std::string_view name) {
  if (name.size() < 2 || name.size() > max_name_length) return false;
  // houdini_unescape_ent reads "name;" (the text after '&') and returns the
  // bytes it consumed, 0 when the name is unknown. Only names of letters and
  // digits are asked: it would also read "#…" as a numeric reference.
  for (char c : name)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
  std::uint8_t src[max_name_length + 1];
  std::copy(name.begin(), name.end(), src);
  src[name.size()] = ';';
  const auto size = static_cast<bufsize_t>(name.size() + 1);
  baiviet_cmark_strbuf buf;
  cmark_strbuf_init(cmark_get_default_mem_allocator(), &buf, 0);
  bool found = houdini_unescape_ent(&buf, src, size) == size;
  if (found) out.append(reinterpret_cast<const char*>(buf.ptr), static_cast<std::size_t>(buf.size));
  cmark_strbuf_free(&buf);
  return found;
}

std::size_t legacy_reference_prefix(std::string_view name) {
  for (std::size_t n = std::min(name.size(), legacy_entity_max_length); n >= 2; --n)
    if (std::binary_search(std::begin(legacy_entity_names), std::end(legacy_entity_names), name.substr(0, n)))
      return n;
  return 0;
}

}  // namespace baiviet::detail
