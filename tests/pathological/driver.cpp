// Pathological-input driver: runs one library entry point on each file several
// times in-process, round-robin, and prints per file the CPU time of the fastest
// run (thread CPU time, so other processes on a busy machine matter little):
//   {"op":"render","bytes":N,"cpu_ns":T,"ok":true,"error":"","out_bytes":M}
// usage: baiviet_pathological <op> <file>... [-r repetitions (default 3)]
// ops: render (Markdown → HTML fragment), page (full page), json, text_import
// (import_text → HTML), auto (detect + parse + HTML), excerpt_html (limit 160),
// excerpt_html_all (no limit), excerpt_article, text (normalize, counts, slug).
#include <baiviet/baiviet.hpp>
#include <baiviet/excerpt.hpp>

#include <ctime>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>
#include <cstdlib>

namespace {

long long thread_cpu_ns() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<long long>(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

struct outcome {
  bool ok = true;
  std::string error;
  std::size_t out_bytes = 0;
};

outcome run(const std::string& op, const std::string& src) {
  using namespace baiviet;
  outcome o;
  auto fail = [&](const error& e) {
    o.ok = false;
    o.error = std::string(errc_name(e.code)) + ": " + e.message;
  };
  if (op == "render" || op == "page" || op == "json" || op == "auto" || op == "excerpt_article") {
    parse_options po;
    if (op == "auto") po.format = input_format::auto_detect;
    auto a = parse(src, po);
    if (!a) { fail(a.error()); return o; }
    if (op == "json") {
      o.out_bytes = render_json(*a).size();
    } else if (op == "excerpt_article") {
      auto e = excerpt(*a, excerpt_options{});
      if (!e) fail(e.error()); else o.out_bytes = e->text.size();
    } else {
      html_options ho;
      ho.full_page = op == "page";
      ho.toc = op == "page";
      o.out_bytes = render_html(*a, ho).size();
    }
  } else if (op == "text_import") {
    auto a = import_text(src);
    if (!a) { fail(a.error()); return o; }
    o.out_bytes = render_html(*a).size();
  } else if (op == "excerpt_html" || op == "excerpt_html_all") {
    excerpt_options eo;
    eo.to = excerpt_output::html;
    if (op == "excerpt_html_all") eo.limit = 0;
    auto e = excerpt_html(src, eo);
    if (!e) fail(e.error()); else o.out_bytes = e->text.size();
  } else if (op == "text") {
    std::string n = normalize(src);
    text_counts c = count_text(n);
    o.out_bytes = n.size() + slugify(src, slug_options{0, '-'}).size() + c.words;
  } else {
    o.ok = false;
    o.error = "unknown op " + op;
  }
  return o;
}

void json_string(const std::string& s) {
  std::putchar('"');
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') { std::putchar('\\'); std::putchar(c); }
    else if (c < 0x20) std::printf("\\u%04x", c);
    else std::putchar(c);
  }
  std::putchar('"');
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: baiviet_pathological <op> <file>... [-r repetitions]\n");
    return 2;
  }
  std::string op = argv[1];
  int reps = 3;
  std::vector<std::string> inputs;
  for (int i = 2; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "-r" && i + 1 < argc) { reps = std::atoi(argv[++i]); continue; }
    std::ifstream f(a, std::ios::binary);
    if (!f) { std::fprintf(stderr, "cannot read %s\n", a.c_str()); return 2; }
    inputs.emplace_back((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  }
  if (reps < 1) reps = 1;
  (void)run(op, "x");  // warm up ICU and the caches outside the measurement
  // Round-robin over the inputs so that a change of load on the machine hits all alike.
  std::vector<long long> best(inputs.size(), -1);
  std::vector<outcome> last(inputs.size());
  for (int r = 0; r < reps; ++r) {
    for (std::size_t k = 0; k < inputs.size(); ++k) {
      long long t0 = thread_cpu_ns();
      last[k] = run(op, inputs[k]);
      long long t = thread_cpu_ns() - t0;
      if (best[k] < 0 || t < best[k]) best[k] = t;
    }
  }
  for (std::size_t k = 0; k < inputs.size(); ++k) {
    std::printf("{\"op\":\"%s\",\"bytes\":%zu,\"cpu_ns\":%lld,\"ok\":%s,\"error\":", op.c_str(), inputs[k].size(),
                best[k], last[k].ok ? "true" : "false");
    json_string(last[k].error);
    std::printf(",\"out_bytes\":%zu}\n", last[k].out_bytes);
  }
  return 0;
}
