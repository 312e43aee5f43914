// Placeholder until the excerpt subcommand lands (replaced by its issue's work).
#include <cstdio>
#include "cli/commands.hpp"
namespace baiviet::cli {
int cmd_excerpt(int, char**) { std::fprintf(stderr, "baiviet: 'excerpt' is not available in this build yet\n"); return 2; }
}
