// Placeholder until the format subcommand lands (replaced by its issue's work).
#include <cstdio>
#include "cli/commands.hpp"
namespace baiviet::cli {
int cmd_format(int, char**) { std::fprintf(stderr, "baiviet: 'format' is not available in this build yet\n"); return 2; }
int cmd_parse(int, char**) { std::fprintf(stderr, "baiviet: 'format' is not available in this build yet\n"); return 2; }
}
