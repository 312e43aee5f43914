// Placeholder until the text subcommand lands (replaced by its issue's work).
#include <cstdio>
#include "cli/commands.hpp"
namespace baiviet::cli {
int cmd_text(int, char**) { std::fprintf(stderr, "baiviet: 'text' is not available in this build yet\n"); return 2; }
}
