// Subcommands of the `baiviet` CLI. Each lives in its own cmd_*.cpp.
// Exit codes: 0 success, 1 bad input (one-line message), 2 bad usage.
#pragma once

namespace baiviet::cli {

int cmd_render(int argc, char** argv);   // cmd_render.cpp
int cmd_render_jsonl(int argc, char** argv);  // cmd_batch.cpp (`render --jsonl`, batch mode)
int cmd_format(int argc, char** argv);   // cmd_format.cpp  (Vietnamese formatting)
int cmd_parse(int argc, char** argv);    // cmd_format.cpp  (parse numbers back)
int cmd_excerpt(int argc, char** argv);  // cmd_excerpt.cpp
int cmd_text(int argc, char** argv);     // cmd_text.cpp    (counts, slugs, normalisation)
int cmd_options(int argc, char** argv);  // cmd_options.cpp (the option schema)

}  // namespace baiviet::cli
