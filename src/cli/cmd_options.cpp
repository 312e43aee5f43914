// baiviet options [--json]: the option schema (engine/options.cpp) — for people
// (a table) and for the tests that check every front end against it (JSON).
#include <cstdio>
#include <cstring>
#include <string>

#include "cli/commands.hpp"
#include "cli/io.hpp"
#include "engine/options.hpp"

namespace baiviet::cli {

int cmd_options(int argc, char** argv) {
  bool as_json = false;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--json")) {
      as_json = true;
    } else if (!std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-h")) {
      std::fputs("usage: baiviet options [--json]\n"
                 "Every option of parse, render, excerpt and reading time, declared once: its name\n"
                 "(JSONL key, Python keyword), CLI flag, JS name, C flag or setter, default.\n",
                 stdout);
      return 0;
    } else {
      std::fprintf(stderr, "baiviet options: unknown option '%s'\n", argv[i]);
      return 2;
    }
  }
  if (as_json) {
    write_stdout(detail::option_schema_json() + "\n");
    return 0;
  }
  for (auto call : {detail::call_kind::render, detail::call_kind::excerpt}) {
    write_stdout(call == detail::call_kind::render ? "render (and parse):\n" : "excerpt:\n");
    write_stdout(detail::cli_help(call));
  }
  return 0;
}

}  // namespace baiviet::cli
