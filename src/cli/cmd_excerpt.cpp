// baiviet excerpt [FILE|-] [--from …] [--limit N] [--unit …] [--source …] [--to …] [--ellipsis S]
#include <cstdio>
#include <cstdlib>
#include <string>

#include "baiviet/excerpt.hpp"
#include "baiviet/parse.hpp"
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/io.hpp"

namespace baiviet::cli {

namespace {

const char* excerpt_usage =
    "usage: baiviet excerpt [FILE|-] [options]\n"
    "Excerpt of an article (Markdown or text copied from a news page) or of a\n"
    "plain-text or HTML fragment. Reads stdin when FILE is absent or '-'.\n"
    "\n"
    "  --from auto|markdown|text|html|plain  input (default: auto = article, format detected)\n"
    "                              markdown/text/auto parse an article; html and plain are fragments\n"
    "  --limit N                   limit in units (default: 160; 0 = no limit)\n"
    "  --unit graphemes|words|sentences   (default: graphemes; graphemes include the ellipsis)\n"
    "  --source auto|sapo|body     article part (default: auto = the sapo if present, else the body)\n"
    "  --to text|html              plain text or an HTML fragment (default: text)\n"
    "  --ellipsis S                appended when cut inside a sentence (default: …)\n"
    "  --threshold X               prefer a sentence end keeping >= X of the limit (default: 0.6)\n"
    "  --reading-time              also print the article's reading time on a second line\n"
    "  --lenient-front-matter      Markdown: malformed front matter is skipped, not an error\n"
    "exit status: 0 ok, 1 bad input, 2 bad usage\n";

int excerpt_usage_error(const std::string& msg) {
  std::fprintf(stderr, "baiviet excerpt: %s\n%s", msg.c_str(), excerpt_usage);
  return 2;
}

}  // namespace

int cmd_excerpt(int argc, char** argv) {
  excerpt_options o;
  std::string from = "auto", path;
  bool have_path = false, with_reading_time = false, lenient = false;
  arg_reader args(argc, argv, 1);
  while (const char* arg = args.next()) {
    std::string a = arg;
    if (a == "--help" || a == "-h") {
      std::fputs(excerpt_usage, stdout);
      return 0;
    } else if (a == "--from") {
      const char* v = args.value();
      if (!v) return excerpt_usage_error("--from needs a value");
      from = v;
      if (from == "md") from = "markdown";
      if (from == "txt") from = "text";
      if (from != "auto" && from != "markdown" && from != "text" && from != "html" && from != "plain")
        return excerpt_usage_error("unknown --from '" + from + "'");
    } else if (a == "--limit") {
      if (!whole_number(args.value(), o.limit, 100000000ull)) return excerpt_usage_error("--limit needs a whole number");
    } else if (a == "--unit") {
      const char* v = args.value();
      if (!v) return excerpt_usage_error("--unit needs a value");
      std::string s = v;
      if (s == "graphemes" || s == "chars" || s == "characters") o.unit = excerpt_unit::graphemes;
      else if (s == "words") o.unit = excerpt_unit::words;
      else if (s == "sentences") o.unit = excerpt_unit::sentences;
      else return excerpt_usage_error("unknown --unit '" + s + "'");
    } else if (a == "--source") {
      const char* v = args.value();
      if (!v) return excerpt_usage_error("--source needs a value");
      std::string s = v;
      if (s == "auto") o.source = excerpt_source::auto_detect;
      else if (s == "sapo") o.source = excerpt_source::sapo;
      else if (s == "body") o.source = excerpt_source::body;
      else return excerpt_usage_error("unknown --source '" + s + "'");
    } else if (a == "--to") {
      const char* v = args.value();
      if (!v) return excerpt_usage_error("--to needs a value");
      std::string s = v;
      if (s == "text" || s == "txt") o.to = excerpt_output::text;
      else if (s == "html") o.to = excerpt_output::html;
      else return excerpt_usage_error("unknown --to '" + s + "'");
    } else if (a == "--ellipsis") {
      const char* v = args.value();
      if (!v) return excerpt_usage_error("--ellipsis needs a value");
      o.ellipsis = v;
    } else if (a == "--threshold") {
      const char* v = args.value();
      if (!v) return excerpt_usage_error("--threshold needs a value");
      char* end = nullptr;
      double t = std::strtod(v, &end);
      if (*end || !(t >= 0.0 && t <= 1.0)) return excerpt_usage_error("--threshold must be a number within 0..1");
      o.sentence_threshold = t;
    } else if (a == "--reading-time") {
      with_reading_time = true;
    } else if (a == "--lenient-front-matter") {
      lenient = true;
    } else if (a.size() > 1 && a[0] == '-') {
      return excerpt_usage_error("unknown option '" + a + "'");
    } else if (have_path) {
      return excerpt_usage_error("more than one input file");
    } else {
      path = a;
      have_path = true;
    }
  }
  std::string input, err;
  if (!read_input(path, input, err)) {
    std::fprintf(stderr, "baiviet excerpt: %s\n", err.c_str());
    return 1;
  }
  std::string name = have_path && path != "-" ? path : "<stdin>";
  result<excerpt_result> r = make_error(errc::internal, "no excerpt");
  std::string reading;
  if (from == "html" || from == "plain") {
    r = from == "html" ? excerpt_html(input, o) : excerpt_text(input, o);
    if (with_reading_time) reading = estimate_reading_time(input).label;
  } else {
    parse_options po;
    po.lenient_front_matter = lenient;
    po.format = from == "markdown" ? input_format::markdown
                : from == "text"   ? input_format::text
                                   : input_format::auto_detect;
    auto parsed = parse(input, po);
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
