// baiviet render [FILE|-] [--from …] [--to …] [options]
#include <cstdio>
#include <cstring>
#include <string>

#include "baiviet/parse.hpp"
#include "baiviet/render.hpp"
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/io.hpp"

namespace baiviet::cli {

namespace {

const char* usage_text =
    "usage: baiviet render [FILE|-] [options]\n"
    "Parse an article (Markdown with YAML, TOML or JSON front matter, or plain text\n"
    "copied from a news page) and render it. Reads stdin when FILE is absent or '-'.\n"
    "\n"
    "  --from markdown|text|auto   input format (default: auto)\n"
    "  --to html|json|text|jsonld  output (default: html)\n"
    "  --full-page                 whole HTML document with the default stylesheet\n"
    "  --toc                       table of contents before the body\n"
    "  --id-prefix P               prefix for heading ids (e.g. bv-)\n"
    "  --markup-numbers            wrap numbers and dates in <data>/<time>\n"
    "  --no-header                 body only (no kicker/title/sapo/byline header)\n"
    "  --unsafe                    keep raw HTML and every URL (trusted input only)\n"
    "  --compat                    cmark-gfm compatible body HTML (spec tests)\n"
    "  --no-gfm                    plain CommonMark (no GFM extensions)\n"
    "  --no-footnotes              Markdown: no [^1] footnotes\n"
    "  --no-structure              Markdown: no title/sapo/figure recognition\n"
    "  --lenient-front-matter      Markdown: malformed front matter is a warning (the\n"
    "                              block kept in \"dropped\"), not an error\n"
    "  --compact                   JSON on one line\n"
    "  --inlines                   JSON: include the inline tree of each block\n"
    "  --jsonl [-j N]              batch: JSON Lines in, one JSON result per line out\n"
    "                              ('baiviet render --jsonl --help')\n"
    "exit status: 0 ok, 1 bad input, 2 bad usage\n";

int usage_error(const std::string& msg) {
  std::fprintf(stderr, "baiviet render: %s\n%s", msg.c_str(), usage_text);
  return 2;
}

}  // namespace

int cmd_render(int argc, char** argv) {
  for (int i = 1; i < argc; ++i)
    if (!std::strcmp(argv[i], "--jsonl")) return cmd_render_jsonl(argc, argv);
  render_options o;
  o.parse.format = input_format::auto_detect;
  std::string path;
  bool have_path = false;
  arg_reader args(argc, argv, 1);
  while (const char* arg = args.next()) {
    std::string a = arg;
    if (a == "--help" || a == "-h") {
      std::fputs(usage_text, stdout);
      return 0;
    } else if (a == "--from") {
      const char* v = args.value();
      if (!v) return usage_error("--from needs a value");
      std::string s = v;
      if (s == "markdown" || s == "md") o.parse.format = input_format::markdown;
      else if (s == "text" || s == "txt") o.parse.format = input_format::text;
      else if (s == "auto") o.parse.format = input_format::auto_detect;
      else return usage_error("unknown --from '" + s + "'");
    } else if (a == "--to") {
      const char* v = args.value();
      if (!v) return usage_error("--to needs a value");
      std::string s = v;
      if (s == "html") o.to = output_format::html;
      else if (s == "json") o.to = output_format::json;
      else if (s == "text" || s == "txt") o.to = output_format::text;
      else if (s == "jsonld" || s == "json-ld") o.to = output_format::jsonld;
      else return usage_error("unknown --to '" + s + "'");
    } else if (a == "--full-page") o.html.full_page = true;
    else if (a == "--toc") o.html.toc = true;
    else if (a == "--id-prefix") {
      const char* v = args.value();
      if (!v) return usage_error("--id-prefix needs a value");
      o.html.id_prefix = v;
    } else if (a == "--markup-numbers") o.html.markup_numbers = true;
    else if (a == "--no-header") o.html.header = false;
    else if (a == "--unsafe") o.html.unsafe = true;
    else if (a == "--compat") {
      o.html.commonmark_compat = true;
      o.parse.article_structure = false;
      if (o.parse.format == input_format::auto_detect) o.parse.format = input_format::markdown;
    } else if (a == "--no-gfm") {
      o.parse.gfm = false;
      o.html.tagfilter = false;
    } else if (a == "--no-footnotes") o.parse.footnotes = false;
    else if (a == "--no-structure") o.parse.article_structure = false;
    else if (a == "--lenient-front-matter") o.parse.lenient_front_matter = true;
    else if (a == "--compact") o.json.pretty = false;
    else if (a == "--inlines") o.json.inlines = true;
    else if (a.size() > 1 && a[0] == '-') return usage_error("unknown option '" + a + "'");
    else if (have_path) return usage_error("more than one input file");
    else {
      path = a;
      have_path = true;
    }
  }
  std::string input, err;
  if (!read_input(path, input, err)) {
    std::fprintf(stderr, "baiviet render: %s\n", err.c_str());
    return 1;
  }
  auto parsed = parse(input, o.parse);
  std::string name = have_path && path != "-" ? path : "<stdin>";
  if (!parsed) {
    const auto& e = parsed.error();
    if (e.line) std::fprintf(stderr, "baiviet render: %s:%zu: %s\n", name.c_str(), e.line, e.message.c_str());
    else std::fprintf(stderr, "baiviet render: %s: %s\n", name.c_str(), e.message.c_str());
    return 1;
  }
  for (const auto& w : parsed->warnings) {
    if (w.line) std::fprintf(stderr, "baiviet render: warning: %s:%zu: %s\n", name.c_str(), w.line, w.message.c_str());
    else std::fprintf(stderr, "baiviet render: warning: %s: %s\n", name.c_str(), w.message.c_str());
  }
  switch (o.to) {
    case output_format::html: write_stdout(render_html(*parsed, o.html)); break;
    case output_format::json: write_stdout(render_json(*parsed, o.json)); break;
    case output_format::text: write_stdout(render_text(*parsed)); break;
    case output_format::jsonld: write_stdout(render_jsonld(*parsed)); break;
  }
  return 0;
}

}  // namespace baiviet::cli
