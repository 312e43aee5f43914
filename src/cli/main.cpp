// baiviet CLI entry point: dispatches to subcommands.
#include <cstdio>
#include <cstring>

#include "baiviet/version.hpp"
#include "cli/commands.hpp"

namespace {

struct command {
  const char* name;
  int (*run)(int, char**);
  const char* summary;
};

constexpr command commands[] = {
    {"render", baiviet::cli::cmd_render, "parse an article and render HTML, JSON, text or JSON-LD"},
    {"format", baiviet::cli::cmd_format, "format numbers, money, dates the Vietnamese way"},
    {"parse", baiviet::cli::cmd_parse, "parse Vietnamese-written numbers back to values"},
    {"excerpt", baiviet::cli::cmd_excerpt, "excerpt of an article or a text/HTML fragment"},
    {"text", baiviet::cli::cmd_text, "counts, reading time, slugs, normalisation, comment box"},
    {"options", baiviet::cli::cmd_options, "the option schema: every option and its name on each front end"},
};

void usage(std::FILE* out) {
  std::fprintf(out, "usage: baiviet <command> [options]\n\ncommands:\n");
  for (const auto& c : commands) std::fprintf(out, "  %-8s %s\n", c.name, c.summary);
  std::fprintf(out, "\n'baiviet <command> --help' describes a command. 'baiviet --version' prints %s.\n",
               BAIVIET_VERSION_STRING);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    usage(stderr);
    return 2;
  }
  const char* name = argv[1];
  if (!std::strcmp(name, "--help") || !std::strcmp(name, "-h") || !std::strcmp(name, "help")) {
    usage(stdout);
    return 0;
  }
  if (!std::strcmp(name, "--version")) {
    std::printf("baiviet %s\n", baiviet::version());
    return 0;
  }
  for (const auto& c : commands)
    if (!std::strcmp(name, c.name)) return c.run(argc - 1, argv + 1);
  std::fprintf(stderr, "baiviet: unknown command '%s'\n", name);
  usage(stderr);
  return 2;
}
