// Placeholder until batch rendering lands (issue: native apps / batch CLI).
#include <cstdio>

#include "cli/commands.hpp"

namespace baiviet::cli {
int cmd_render_jsonl(int, char**) {
  std::fprintf(stderr, "baiviet render: --jsonl is not available in this build yet\n");
  return 2;
}
}  // namespace baiviet::cli
