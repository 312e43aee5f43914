// baiviet render --jsonl: batch rendering of JSON Lines with worker threads.
//
// Input: one JSON object per line, {"source": "...", "id": …, "from": …,
// "to": …, options…}. Output: one JSON object per input line, in input order:
//   {"id": …, "ok": true, "output": "…"[, "warnings": [{"message","line"}]]}
//   {"id": …, "ok": false, "error": {"code", "message", "line"[, "input_line"]}}
// A bad line never stops the batch. Lines are read in chunks; each chunk is
// rendered by N threads (the library's functions are re-entrant, see
// docs/capi.md) and written in order before the next chunk is read.
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <new>
#include <string>
#include <sys/stat.h>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "baiviet/parse.hpp"
#include "baiviet/render.hpp"
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "engine/options.hpp"

namespace baiviet::cli {

namespace {

using ordered = nlohmann::ordered_json;
using json = nlohmann::json;

std::string batch_usage() {
  std::string fields;
  for (const auto& spec : detail::option_schema()) {
    if (!(static_cast<unsigned>(spec.group) & detail::groups_of(detail::call_kind::render))) continue;
    fields += fields.empty() ? "  " : ", ";
    fields += spec.name;
  }
  return "usage: baiviet render --jsonl [FILE|-] [-j N] [options]\n"
         "Batch mode: reads JSON Lines (stdin when FILE is absent or '-'), one article\n"
         "per line, and writes one JSON result per line, in input order:\n"
         "  in:  {\"id\": 7, \"source\": \"# Tiêu đề\\n…\", \"from\": \"markdown\", \"to\": \"html\", \"toc\": true}\n"
         "  out: {\"id\": 7, \"ok\": true, \"output\": \"<article …\"}\n"
         "       {\"id\": 8, \"ok\": false, \"error\": {\"code\": \"front_matter\", \"message\": \"…\", \"line\": 3}}\n"
         "A bad line is reported in its output line; the batch goes on. Blank lines are\n"
         "skipped. Without \"id\" the input line number is used.\n"
         "\n"
         "  -j, --jobs N                  worker threads (default: all cores)\n"
         "  --progress                    progress bar on stderr (default: when stderr is a terminal)\n"
         "  --no-progress                 no progress bar\n"
         "  -q, --quiet                   no summary on stderr\n"
         "Defaults for every line (a line's own fields override them):\n" +
         detail::cli_help(detail::call_kind::render) +
         "Per-line fields: source (required), id, meta (echoed), and the options by name\n"
         "(older names compat, structure, smart are accepted):\n" +
         fields +
         ".\n"
         "exit status: 0 all lines ok, 1 some lines failed (all were still processed),\n"
         "2 bad usage or unreadable input\n";
}

int usage_error(const std::string& msg) {
  std::fprintf(stderr, "baiviet render --jsonl: %s\n%s", msg.c_str(), batch_usage().c_str());
  return 2;
}

struct line_error {
  std::string code;
  std::string message;
  std::size_t line = 0;
};

constexpr std::string_view k_not_options[] = {"source", "id", "meta"};

std::string dump(const ordered& j) { return j.dump(-1, ' ', false, ordered::error_handler_t::replace); }

std::string error_line(const ordered& id, const line_error& e, std::size_t input_line) {
  ordered err = ordered::object();
  err["code"] = e.code;
  err["message"] = e.message;
  err["line"] = e.line;
  err["input_line"] = input_line;
  ordered j = ordered::object();
  j["id"] = id;
  j["ok"] = false;
  j["error"] = std::move(err);
  return dump(j);
}

/// Renders one input line into one output line. Never throws.
std::string process_line(const std::string& text, std::size_t input_line, const detail::call_options& defaults,
                         bool& ok) {
  ok = false;
  ordered id = input_line;
  try {
    json obj = json::parse(text, nullptr, false);
    if (obj.is_discarded()) return error_line(id, {"invalid_input", "not valid JSON (or not UTF-8)", 0}, input_line);
    if (!obj.is_object()) return error_line(id, {"invalid_input", "expected a JSON object", 0}, input_line);
    if (auto it = obj.find("id"); it != obj.end()) id = ordered(*it);
    auto src = obj.find("source");
    if (src == obj.end() || !src->is_string())
      return error_line(id, {"invalid_argument", "field 'source': expected a string", 0}, input_line);
    detail::call_options o = defaults;
    if (error e = detail::read_options_json(o, obj, detail::call_kind::render, false, k_not_options); e.code != errc::ok)
      return error_line(id, {errc_name(e.code), e.message, 0}, input_line);
    detail::resolve(o);

    const std::string& source = src->get_ref<const std::string&>();
    auto parsed = parse(source, o.render.parse);
    if (!parsed) {
      const auto& e = parsed.error();
      return error_line(id, {errc_name(e.code), e.message, e.line}, input_line);
    }
    auto out = render(*parsed, o.render);
    if (!out) return error_line(id, {errc_name(out.error().code), out.error().message, out.error().line}, input_line);
    ordered j = ordered::object();
    j["id"] = std::move(id);
    j["ok"] = true;
    j["output"] = std::move(out->output);
    if (!out->warnings.empty()) {
      ordered ws = ordered::array();
      for (const auto& w : out->warnings) ws.push_back(ordered{{"message", w.message}, {"line", w.line}});
      j["warnings"] = std::move(ws);
    }
    if (auto meta = obj.find("meta"); meta != obj.end()) j["meta"] = ordered(*meta);
    ok = true;
    return dump(j);
  } catch (const std::bad_alloc&) {
    return error_line(id, {"out_of_memory", "out of memory", 0}, input_line);
  } catch (const std::exception& e) {
    return error_line(id, {"internal", e.what(), 0}, input_line);
  }
}

struct progress {
  bool enabled = false;
  long long total_bytes = -1;  // known for regular files
  std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last{};

  void show(std::size_t done, long long bytes, bool force = false) {
    if (!enabled) return;
    auto now = std::chrono::steady_clock::now();
    if (!force && now - last < std::chrono::milliseconds(100)) return;
    last = now;
    double secs = std::chrono::duration<double>(now - start).count();
    double rate = secs > 0 ? static_cast<double>(done) / secs : 0;
    if (total_bytes > 0) {
      double frac = std::min(1.0, static_cast<double>(bytes) / static_cast<double>(total_bytes));
      int width = 30, filled = static_cast<int>(frac * width);
      std::string bar(static_cast<std::size_t>(filled), '=');
      if (filled < width) bar += '>';
      bar.resize(static_cast<std::size_t>(width), ' ');
      std::fprintf(stderr, "\r[%s] %3d%%  %zu articles  %.0f/s\x1b[K", bar.c_str(), static_cast<int>(frac * 100),
                   done, rate);
    } else {
      std::fprintf(stderr, "\r%zu articles  %.0f/s\x1b[K", done, rate);
    }
    std::fflush(stderr);
  }
  void clear() {
    if (!enabled) return;
    std::fprintf(stderr, "\r\x1b[K");
    std::fflush(stderr);
  }
};

}  // namespace

int cmd_render_jsonl(int argc, char** argv) {
  detail::call_options defaults;
  std::string error;
  unsigned threads = std::max(1u, std::thread::hardware_concurrency());
  int show_progress = -1;  // -1: when stderr is a terminal
  bool quiet = false;
  std::string path;
  bool have_path = false;
  arg_reader args(argc, argv, 1);
  while (const char* arg = args.next()) {
    std::string a = arg;
    if (a == "--jsonl") continue;
    if (a == "--help" || a == "-h") {
      std::fputs(batch_usage().c_str(), stdout);
      return 0;
    } else if (a == "-j" || a == "--jobs" || (a.rfind("-j", 0) == 0 && a.size() > 2 && a[2] != '-')) {
      const char* v = a.size() > 2 && a[1] == 'j' ? a.c_str() + 2 : args.value();
      if (!v) return usage_error(a + " needs a number");
      char* end = nullptr;
      long n = std::strtol(v, &end, 10);
      if (!*v || *end || n < 0 || n > 1024) return usage_error("bad thread count '" + std::string(v) + "'");
      if (n > 0) threads = static_cast<unsigned>(n);
    } else if (a == "--progress") show_progress = 1;
    else if (a == "--no-progress") show_progress = 0;
    else if (a == "-q" || a == "--quiet") quiet = true;
    else {
      switch (read_schema_flag(args, arg, detail::call_kind::render, defaults, error)) {
        case flag_read::done: continue;
        case flag_read::failed: return usage_error(error);
        case flag_read::not_an_option: break;
      }
      if (a.size() > 1 && a[0] == '-') return usage_error("unknown option '" + a + "'");
      if (have_path) return usage_error("more than one input file");
      path = a;
      have_path = true;
    }
  }

  bool is_stdin = path.empty() || path == "-";
  std::FILE* in = is_stdin ? stdin : std::fopen(path.c_str(), "rb");
  if (!in) {
    std::fprintf(stderr, "baiviet render --jsonl: cannot open '%s': %s\n", path.c_str(), std::strerror(errno));
    return 2;
  }
  progress bar;
  bar.enabled = show_progress == 1 || (show_progress == -1 && isatty(fileno(stderr)));
  struct stat st{};
  if (fstat(fileno(in), &st) == 0 && S_ISREG(st.st_mode)) bar.total_bytes = static_cast<long long>(st.st_size);

  const std::size_t chunk = 64u * threads;
  std::vector<std::string> lines;
  std::vector<std::size_t> numbers;
  std::vector<std::string> results;
  std::vector<char> oks;
  std::size_t input_line = 0, done = 0, failed = 0;
  long long bytes = 0;
  char* buf = nullptr;
  std::size_t cap = 0;
  bool eof = false;
  while (!eof) {
    lines.clear();
    numbers.clear();
    while (lines.size() < chunk) {
      ssize_t n = ::getline(&buf, &cap, in);
      if (n < 0) {
        eof = true;
        break;
      }
      bytes += n;
      ++input_line;
      std::size_t len = static_cast<std::size_t>(n);
      while (len && (buf[len - 1] == '\n' || buf[len - 1] == '\r')) --len;
      std::string_view s(buf, len);
      if (s.find_first_not_of(" \t") == std::string_view::npos) continue;  // blank line
      lines.emplace_back(s);
      numbers.push_back(input_line);
    }
    if (lines.empty()) continue;
    results.assign(lines.size(), std::string());
    oks.assign(lines.size(), 0);
    std::atomic<std::size_t> next{0};
    auto work = [&] {
      for (std::size_t k; (k = next.fetch_add(1)) < lines.size();) {
        bool ok = false;
        results[k] = process_line(lines[k], numbers[k], defaults, ok);
        oks[k] = ok ? 1 : 0;
      }
    };
    unsigned n_threads = static_cast<unsigned>(std::min<std::size_t>(threads, lines.size()));
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < n_threads; ++t) pool.emplace_back(work);
    work();
    for (auto& th : pool) th.join();
    for (std::size_t k = 0; k < results.size(); ++k) {
      std::fwrite(results[k].data(), 1, results[k].size(), stdout);
      std::fputc('\n', stdout);
      if (!oks[k]) ++failed;
    }
    done += results.size();
    bar.show(done, bytes);
  }
  std::free(buf);
  bool read_error = std::ferror(in) != 0;
  if (!is_stdin) std::fclose(in);
  std::fflush(stdout);
  bar.clear();
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - bar.start).count();
  if (!quiet)
    std::fprintf(stderr, "baiviet render --jsonl: %zu articles, %zu ok, %zu failed in %.2f s (%.0f articles/s, %u threads)\n",
                 done, done - failed, failed, secs, secs > 0 ? static_cast<double>(done) / secs : 0.0, threads);
  if (read_error) {
    std::fprintf(stderr, "baiviet render --jsonl: read error after input line %zu\n", input_line);
    return 2;
  }
  return failed ? 1 : 0;
}

}  // namespace baiviet::cli
