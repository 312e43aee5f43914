// baiviet render [FILE|-] [--from …] [--to …] [options]
// Options come from the option schema (engine/options.cpp): every parse, text
// import, HTML and JSON option has its flag there.
#include <cstdio>
#include <cstring>
#include <string>

#include "baiviet/parse.hpp"
#include "baiviet/render.hpp"
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/io.hpp"
#include "engine/options.hpp"

namespace baiviet::cli {

namespace {

std::string usage_text() {
  return "usage: baiviet render [FILE|-] [options]\n"
         "Parse an article (Markdown with YAML front matter, or plain text copied from a\n"
         "news page) and render it. Reads stdin when FILE is absent or '-'.\n"
         "\n" +
         detail::cli_help(detail::call_kind::render) +
         "  --jsonl [-j N]                batch: JSON Lines in, one JSON result per line out\n"
         "                                ('baiviet render --jsonl --help')\n"
         "exit status: 0 ok, 1 bad input, 2 bad usage\n";
}

int usage_error(const std::string& msg) {
  std::fprintf(stderr, "baiviet render: %s\n%s", msg.c_str(), usage_text().c_str());
  return 2;
}

void print_diagnostic(const char* kind, const std::string& name, std::size_t line, const std::string& message) {
  if (line) std::fprintf(stderr, "baiviet render: %s%s:%zu: %s\n", kind, name.c_str(), line, message.c_str());
  else std::fprintf(stderr, "baiviet render: %s%s: %s\n", kind, name.c_str(), message.c_str());
}

}  // namespace

int cmd_render(int argc, char** argv) {
  for (int i = 1; i < argc; ++i)
    if (!std::strcmp(argv[i], "--jsonl")) return cmd_render_jsonl(argc, argv);
  detail::call_options o;
  std::string path, error;
  bool have_path = false;
  arg_reader args(argc, argv, 1);
  while (const char* arg = args.next()) {
    std::string a = arg;
    if (a == "--help" || a == "-h") {
      std::fputs(usage_text().c_str(), stdout);
      return 0;
    }
    switch (read_schema_flag(args, arg, detail::call_kind::render, o, error)) {
      case flag_read::done: continue;
      case flag_read::failed: return usage_error(error);
      case flag_read::not_an_option: break;
    }
    if (a.size() > 1 && a[0] == '-') return usage_error("unknown option '" + a + "'");
    if (have_path) return usage_error("more than one input file");
    path = a;
    have_path = true;
  }
  detail::resolve(o);
  std::string input, err;
  if (!read_input(path, input, err)) {
    std::fprintf(stderr, "baiviet render: %s\n", err.c_str());
    return 1;
  }
  const std::string name = have_path && path != "-" ? path : "<stdin>";
  auto parsed = parse(input, o.render.parse);
  if (!parsed) {
    print_diagnostic("", name, parsed.error().line, parsed.error().message);
    return 1;
  }
  auto out = render(*parsed, o.render);
  if (!out) {
    print_diagnostic("", name, out.error().line, out.error().message);
    return 1;
  }
  for (const auto& w : out->warnings) print_diagnostic("warning: ", name, w.line, w.message);
  write_stdout(out->output);
  return 0;
}

}  // namespace baiviet::cli
