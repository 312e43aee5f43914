// baiviet text count|reading-time|slug|fold|normalize|sentences|comment [FILE|-] [options]
#include <cstdio>
#include <string>

#include "baiviet/excerpt.hpp"
#include "baiviet/parse.hpp"
#include "baiviet/text.hpp"
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/io.hpp"

namespace baiviet::cli {

namespace {

const char* text_usage =
    "usage: baiviet text COMMAND [FILE|-] [--text STRING] [options]\n"
    "Vietnamese text utilities. The input is --text STRING, else FILE, else stdin.\n"
    "\n"
    "commands:\n"
    "  count          graphemes, code points, words (syllables) and sentences\n"
    "  reading-time   reading time label (\"6 phút đọc\")\n"
    "                   --images N   pictures to add (as Ghost: 12 s, 11 s, … 3 s)\n"
    "                   --wpm N      syllables per minute (default 370)\n"
    "                   --from plain|auto|markdown|text  plain text (default) or an article\n"
    "                   --verbose    also words, images and seconds\n"
    "  slug           URL slug (\"Đây là ví dụ\" → day-la-vi-du); --max-length N (default 80)\n"
    "  fold           search folding (lower case, no marks, đ→d)\n"
    "  normalize      NFC, look-alike letters, white space, zero-width characters\n"
    "                   --tones keep|modern|traditional   (modern: hòa, thúy; traditional: hoà, thuý)\n"
    "                   --keep-whitespace  --keep-lookalikes  --keep-zero-width\n"
    "  sentences      one sentence per line\n"
    "  comment        comment-box counter; --min N (default 5) --max N (default 500);\n"
    "                 prints the counter and, when invalid, the message; exit 1 when invalid\n"
    "exit status: 0 ok, 1 bad input (or invalid comment), 2 bad usage\n";

int text_usage_error(const std::string& msg) {
  std::fprintf(stderr, "baiviet text: %s\n%s", msg.c_str(), text_usage);
  return 2;
}

constexpr unsigned long long max_count = 1000000000ull;

}  // namespace

int cmd_text(int argc, char** argv) {
  if (argc < 2) return text_usage_error("missing command");
  std::string cmd = argv[1];
  if (cmd == "--help" || cmd == "-h" || cmd == "help") {
    std::fputs(text_usage, stdout);
    return 0;
  }
  if (cmd != "count" && cmd != "reading-time" && cmd != "slug" && cmd != "fold" && cmd != "normalize" &&
      cmd != "sentences" && cmd != "comment")
    return text_usage_error("unknown command '" + cmd + "'");

  std::string path, text, from = "plain";
  bool have_path = false, have_text = false, verbose = false;
  std::size_t images = 0, wpm = 370, max_length = 80, cmin = 5, cmax = 500;
  normalize_options no;
  arg_reader args(argc, argv, 2);
  while (const char* arg = args.next()) {
    std::string a = arg;
    if (a == "--help" || a == "-h") {
      std::fputs(text_usage, stdout);
      return 0;
    } else if (a == "--text") {
      const char* v = args.value();
      if (!v) return text_usage_error("--text needs a value");
      text = v;
      have_text = true;
    } else if (a == "--images") {
      if (!whole_number(args.value(), images, max_count)) return text_usage_error("--images needs a whole number");
    } else if (a == "--wpm") {
      if (!whole_number(args.value(), wpm, max_count) || wpm == 0 || wpm > 100000) return text_usage_error("--wpm needs a positive number");
    } else if (a == "--max-length") {
      if (!whole_number(args.value(), max_length, max_count)) return text_usage_error("--max-length needs a whole number");
    } else if (a == "--min") {
      if (!whole_number(args.value(), cmin, max_count)) return text_usage_error("--min needs a whole number");
    } else if (a == "--max") {
      if (!whole_number(args.value(), cmax, max_count)) return text_usage_error("--max needs a whole number");
    } else if (a == "--from") {
      const char* v = args.value();
      if (!v) return text_usage_error("--from needs a value");
      from = v;
      if (from != "plain" && from != "auto" && from != "markdown" && from != "text")
        return text_usage_error("unknown --from '" + from + "'");
    } else if (a == "--tones") {
      const char* v = args.value();
      if (!v) return text_usage_error("--tones needs a value");
      std::string s = v;
      if (s == "keep") no.tones = tone_style::keep;
      else if (s == "modern") no.tones = tone_style::modern;
      else if (s == "traditional") no.tones = tone_style::traditional;
      else return text_usage_error("unknown --tones '" + s + "'");
    } else if (a == "--keep-whitespace") no.whitespace = false;
    else if (a == "--keep-lookalikes") no.lookalikes = false;
    else if (a == "--keep-zero-width") no.zero_width = false;
    else if (a == "--verbose" || a == "-v") verbose = true;
    else if (a.size() > 1 && a[0] == '-') return text_usage_error("unknown option '" + a + "'");
    else if (have_path) return text_usage_error("more than one input file");
    else {
      path = a;
      have_path = true;
    }
  }
  if (have_text && have_path) return text_usage_error("give either --text or FILE");
  if (images && from != "plain") return text_usage_error("--images applies to --from plain (articles count their figures)");
  if (!have_text) {
    std::string err;
    if (!read_input(path, text, err)) {
      std::fprintf(stderr, "baiviet text: %s\n", err.c_str());
      return 1;
    }
  }
  if (text.size() > default_max_input_bytes) {
    std::fprintf(stderr, "baiviet text: input is larger than 64 MiB\n");
    return 1;
  }

  if (cmd == "count") {
    text_counts c = count_text(text);
    std::printf("graphemes %zu\ncode_points %zu\nwords %zu\nsentences %zu\n", c.graphemes, c.code_points, c.words,
                c.sentences);
  } else if (cmd == "reading-time") {
    reading_options ro;
    ro.words_per_minute = static_cast<unsigned>(wpm);
    reading_time r;
    if (from == "plain") {
      r = estimate_reading_time(text, images, ro);
    } else {
      parse_options po;
      po.format = from == "markdown" ? input_format::markdown
                  : from == "text"   ? input_format::text
                                     : input_format::auto_detect;
      auto parsed = parse(text, po);
      if (!parsed) {
        std::fprintf(stderr, "baiviet text: %s\n", parsed.error().message.c_str());
        return 1;
      }
      r = article_reading_time(*parsed, ro);
    }
    if (verbose)
      std::printf("%s\nwords %zu\nimages %zu\nseconds %zu\nminutes %zu\n", r.label.c_str(), r.words, r.images,
                  r.seconds, r.minutes);
    else
      std::printf("%s\n", r.label.c_str());
  } else if (cmd == "slug") {
    slug_options so;
    so.max_length = max_length;
    write_stdout(slugify(text, so) + "\n");
  } else if (cmd == "fold") {
    write_stdout(fold_for_search(text));
    if (have_text) write_stdout("\n");
  } else if (cmd == "normalize") {
    write_stdout(normalize(text, no));
    if (have_text) write_stdout("\n");
  } else if (cmd == "sentences") {
    for (const auto& s : split_sentences(text)) write_stdout(s + "\n");
  } else if (cmd == "comment") {
    if (cmin > cmax) return text_usage_error("--min is larger than --max");
    comment_status_info c = comment_status(text, cmin, cmax);
    write_stdout(c.counter + "\n");
    if (!c.valid) {
      write_stdout(c.message + "\n");
      return 1;
    }
  }
  return 0;
}

}  // namespace baiviet::cli
