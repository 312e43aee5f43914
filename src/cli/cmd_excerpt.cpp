// baiviet excerpt [FILE|-] [--from …] [--limit N] [--unit …] [--source …] [--to …] [--ellipsis S]
#include <cstdio>
#include <cstdlib>
#include <string>

#include "baiviet/excerpt.hpp"
#include "baiviet/parse.hpp"
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/io.hpp"
#include "engine/options.hpp"

namespace baiviet::cli {

namespace {

std::string excerpt_usage() {
  return "usage: baiviet excerpt [FILE|-] [options]\n"
         "Excerpt of an article (Markdown or text copied from a news page) or of a\n"
         "plain-text or HTML fragment. Reads stdin when FILE is absent or '-'.\n"
         "\n" +
         detail::cli_help(detail::call_kind::excerpt) + "exit status: 0 ok, 1 bad input, 2 bad usage\n";
}

int excerpt_usage_error(const std::string& msg) {
  std::fprintf(stderr, "baiviet excerpt: %s\n%s", msg.c_str(), excerpt_usage().c_str());
  return 2;
}

}  // namespace

int cmd_excerpt(int argc, char** argv) {
  detail::call_options co;
  std::string path, error;
  bool have_path = false;
  arg_reader args(argc, argv, 1);
  while (const char* arg = args.next()) {
    std::string a = arg;
    if (a == "--help" || a == "-h") {
      std::fputs(excerpt_usage().c_str(), stdout);
      return 0;
    }
    switch (read_schema_flag(args, arg, detail::call_kind::excerpt, co, error)) {
      case flag_read::done: continue;
      case flag_read::failed: return excerpt_usage_error(error);
      case flag_read::not_an_option: break;
    }
    if (a.size() > 1 && a[0] == '-') return excerpt_usage_error("unknown option '" + a + "'");
    if (have_path) return excerpt_usage_error("more than one input file");
    path = a;
    have_path = true;
  }
  detail::resolve(co);
  const excerpt_options& o = co.excerpt;
  const bool with_reading_time = co.excerpt_reading_time;
  std::string input, err;
  if (!read_input(path, input, err)) {
    std::fprintf(stderr, "baiviet excerpt: %s\n", err.c_str());
    return 1;
  }
  std::string name = have_path && path != "-" ? path : "<stdin>";
  result<excerpt_result> r = make_error(errc::internal, "no excerpt");
  std::string reading;
  if (co.excerpt_from != detail::excerpt_input::article) {
    r = co.excerpt_from == detail::excerpt_input::html ? excerpt_html(input, o) : excerpt_text(input, o);
    if (with_reading_time) reading = estimate_reading_time(input).label;
  } else {
    auto parsed = parse(input, co.render.parse);
    if (!parsed) {
      const auto& e = parsed.error();
      std::fprintf(stderr, "baiviet excerpt: %s:%zu: %s\n", name.c_str(), e.line, e.message.c_str());
      return 1;
    }
    r = excerpt(*parsed, o);
    if (with_reading_time) reading = article_reading_time(*parsed).label;
  }
  if (!r) {
    std::fprintf(stderr, "baiviet excerpt: %s: %s\n", name.c_str(), r.error().message.c_str());
    return 1;
  }
  write_stdout(r->text + "\n");
  if (with_reading_time) write_stdout(reading + "\n");
  return 0;
}

}  // namespace baiviet::cli
