// The library's one JSON reader: nlohmann/json's SAX parser over UTF-8 text, remembering the line
// of the last token it read. JSON front matter and the JS glue's options both read through it, so
// the WebAssembly builds carry one copy of nlohmann's lexer and parser (each input iterator type
// and each SAX handler type instantiates its own: two copies were 6.4 KB of code, 0.4 KB brotli
// in the core and 0.6 KB in the full build).
#pragma once
#include <cstddef>
#include <string_view>

#include <nlohmann/json.hpp>

namespace baiviet::detail {

struct json_lines {
  std::size_t now = 1;   ///< line of the next character
  std::size_t last = 1;  ///< line of the last non-blank character read
};

/// The handler every reader implements (virtual: one instantiation of the parser serves all).
using json_sax_handler = nlohmann::json_sax<nlohmann::ordered_json>;

/// Reads `text` as one JSON value (RFC 8259, nothing after it but white space), calling `sax`.
/// False when the text is not JSON or a handler call returned false. `lines.last` is, at each
/// call, the line of the token just read (JSON tokens never span lines).
bool read_json(std::string_view text, json_sax_handler& sax, json_lines& lines);

}  // namespace baiviet::detail
