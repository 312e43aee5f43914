// baiviet render --jsonl: batch rendering of JSON Lines with worker threads.
//
// Input: one JSON object per line, {"source": "...", "id": …, "from": …,
// "to": … | [ … ], options…}. Output: one JSON object per non-blank input
// line, in input order (the record format is src/capi/jsonl_record.cpp's,
// shared with the C API's baiviet_render_record and so with Python/Dask).
// A bad line never stops the batch. Lines are read in chunks; each chunk is
// rendered by N threads (the library's functions are re-entrant, see
// docs/capi.md) and written in order before the next chunk is read.
// Input may be gzip (detected by its magic bytes); output is gzip with
// --gzip or an -o name ending in .gz.
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <sys/stat.h>
#include <thread>
#include <vector>

#include <fcntl.h>

#include "capi/jsonl_record.hpp"
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "engine/options.hpp"

namespace baiviet::cli {

namespace {

constexpr std::size_t k_default_max_line = 64u << 20;  // 64 MiB, as parse's max_input_bytes

std::string batch_usage() {
  std::string fields;
  for (const auto& spec : detail::option_schema()) {
    if (!(static_cast<unsigned>(spec.group) & detail::groups_of(detail::call_kind::render))) continue;
    if (spec.name == "to") continue;
    fields += fields.empty() ? "  " : ", ";
    fields += spec.name;
  }
  return "usage: baiviet render --jsonl [FILE|-] [-o OUT] [-j N] [options]\n"
         "Batch mode: reads JSON Lines (stdin when FILE is absent or '-'; gzip is\n"
         "detected), one article per line, and writes one JSON result per line, in\n"
         "input order:\n"
         "  in:  {\"id\": 7, \"source\": \"# Tiêu đề\\n…\", \"from\": \"markdown\", \"to\": \"html\", \"toc\": true}\n"
         "  out: {\"id\": 7, \"ok\": true, \"output\": \"<article …\"}\n"
         "       {\"id\": 8, \"ok\": false, \"error\": {\"code\": \"front_matter\", \"message\": \"…\", \"line\": 3, \"input_line\": 8}}\n"
         "  \"to\" is html, json, text, jsonld, excerpt, reading_time or counts, or an array\n"
         "  of them: [\"html\", \"excerpt\", \"counts\"] gives {\"outputs\": {\"html\": …, …}}.\n"
         "  html and text are strings; json, jsonld, excerpt, reading_time, counts are objects.\n"
         "  \"excerpt\": {limit, unit, source, to, ellipsis, sentence_threshold, close_brackets}\n"
         "  and \"reading_time\": {words_per_minute, count_images} set those outputs' options.\n"
         "A bad line gets an error record and the batch goes on. Blank lines are\n"
         "skipped. Without \"id\" the input line number is used.\n"
         "\n"
         "  -o, --output FILE             write here instead of stdout (gzip when FILE ends in .gz)\n"
         "  --gzip                        gzip the output\n"
         "  -j, --jobs N                  worker threads (default: 1 when the output is not a\n"
         "                                terminal, else all cores; 0 = all cores)\n"
         "  --max-line-bytes N            longer lines get a too_large error record, unread\n"
         "                                (default 67108864 = 64 MiB; 0 = no limit)\n"
         "  --keep-going                  exit 0 when some records failed (the default)\n"
         "  --strict                      exit 1 when any record failed\n"
         "  --progress                    progress bar on stderr (default: when stderr is a terminal)\n"
         "  --no-progress                 no progress bar\n"
         "  -q, --quiet                   no summary on stderr (a failure count is still printed)\n"
         "Defaults for every line (a line's own fields override them):\n" +
         detail::cli_help(detail::call_kind::render) +
         "Per-line fields: source (required), id, meta (echoed), to, excerpt, reading_time,\n"
         "and the options by name (older names compat, structure, smart are accepted):\n" +
         fields +
         ".\n"
         "exit status: 0 every line got its record (error records included), 1 with\n"
         "--strict when a record failed, 2 bad usage, unreadable or corrupt input, or a\n"
         "write error\n";
}

int usage_error(const std::string& msg) {
  std::fprintf(stderr, "baiviet render --jsonl: %s\n%s", msg.c_str(), batch_usage().c_str());
  return 2;
}

/// Lines from a file or stdin through zlib (plain input passes through as is).
/// A line longer than the limit is skipped to its end and reported as oversize.
class line_reader {
 public:
  explicit line_reader(gzFile f) : f_(f), buf_(1u << 17) {}
  /// false at the end (or on a read error: see error()).
  bool next(std::string& line, bool& oversize, std::size_t limit) {
    line.clear();
    oversize = false;
    bool any = false;
    for (;;) {
      if (pos_ == end_) {
        if (eof_) return any;
        int n = gzread(f_, buf_.data(), static_cast<unsigned>(buf_.size()));
        if (n <= 0) {
          eof_ = true;
          if (n < 0) failed_ = true;
          return any;
        }
        pos_ = 0;
        end_ = static_cast<std::size_t>(n);
      }
      any = true;
      const char* start = buf_.data() + pos_;
      const void* nl = std::memchr(start, '\n', end_ - pos_);
      std::size_t take = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - start) : end_ - pos_;
      if (!oversize) {
        if (limit && line.size() + take > limit + 1) {
          oversize = true;
          line.clear();
          line.shrink_to_fit();
        } else {
          line.append(start, take);
        }
      }
      bytes_ += take + (nl ? 1 : 0);
      pos_ += take + (nl ? 1 : 0);
      if (nl) break;
    }
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
    if (limit && line.size() > limit) {  // the one byte of slack above was a '\r'-free overrun
      oversize = true;
      line.clear();
    }
    return true;
  }
  bool error() const { return failed_; }
  long long bytes() const { return bytes_; }
  const char* message() {
    int code = 0;
    const char* m = gzerror(f_, &code);
    return code == Z_ERRNO ? std::strerror(errno) : m;
  }
  /// Truncated gzip input reads as an early end: zlib reports it here.
  bool truncated() {
    int code = Z_OK;
    gzerror(f_, &code);
    return code != Z_OK;
  }

 private:
  gzFile f_;
  std::vector<char> buf_;
  std::size_t pos_ = 0, end_ = 0;
  bool eof_ = false, failed_ = false;
  long long bytes_ = 0;
};

/// Plain or gzip output.
class writer {
 public:
  bool open(const std::string& path, bool gzip, std::string& error) {
    gzip_ = gzip;
    const bool to_stdout = path.empty() || path == "-";
    if (gzip_) {
      gz_ = to_stdout ? gzdopen(dup(fileno(stdout)), "wb6") : gzopen(path.c_str(), "wb6");
      if (!gz_) error = to_stdout ? "cannot write gzip to stdout" : "cannot create '" + path + "': " + std::strerror(errno);
      if (gz_) gzbuffer(gz_, 1u << 17);
      return gz_ != nullptr;
    }
    f_ = to_stdout ? stdout : std::fopen(path.c_str(), "wb");
    if (!f_) error = "cannot create '" + path + "': " + std::strerror(errno);
    return f_ != nullptr;
  }
  void line(const std::string& s) {
    if (gzip_) {
      if (!s.empty() && gzwrite(gz_, s.data(), static_cast<unsigned>(s.size())) == 0) failed_ = true;
      if (gzputc(gz_, '\n') < 0) failed_ = true;
    } else {
      if (std::fwrite(s.data(), 1, s.size(), f_) != s.size() || std::fputc('\n', f_) == EOF) failed_ = true;
    }
  }
  /// Flushes and closes; false on any write error.
  bool close() {
    if (gzip_) {
      if (gz_ && gzclose(gz_) != Z_OK) failed_ = true;
      gz_ = nullptr;
    } else if (f_) {
      if (std::fflush(f_) != 0 || std::ferror(f_)) failed_ = true;
      if (f_ != stdout && std::fclose(f_) != 0) failed_ = true;
      f_ = nullptr;
    }
    return !failed_;
  }

 private:
  bool gzip_ = false;
  gzFile gz_ = nullptr;
  std::FILE* f_ = nullptr;
  bool failed_ = false;
};

struct progress {
  bool enabled = false;
  long long total_bytes = -1;  // known for regular files (compressed size for gzip)
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

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

int cmd_render_jsonl(int argc, char** argv) {
  detail::call_options defaults;
  std::string error;
  long threads_arg = -1;  // -1: 1 when the output is not a terminal, else all cores
  int show_progress = -1;  // -1: when stderr is a terminal
  bool quiet = false, strict = false, gzip_out = false;
  std::size_t max_line = k_default_max_line;
  std::string path, out_path;
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
      threads_arg = n;
    } else if (a == "-o" || a == "--output") {
      const char* v = args.value();
      if (!v || !*v) return usage_error(a + " needs a file name");
      out_path = v;
    } else if (a == "--gzip") gzip_out = true;
    else if (a == "--max-line-bytes") {
      if (!whole_number(args.value(), max_line, ~0ull)) return usage_error("--max-line-bytes needs a whole number");
    } else if (a == "--strict") strict = true;
    else if (a == "--keep-going") strict = false;
    else if (a == "--progress") show_progress = 1;
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
  if (ends_with(out_path, ".gz")) gzip_out = true;

  const bool is_stdin = path.empty() || path == "-";
  int fd = is_stdin ? dup(fileno(stdin)) : ::open(path.c_str(), O_RDONLY);
  if (fd < 0) {
    std::fprintf(stderr, "baiviet render --jsonl: cannot open '%s': %s\n", path.c_str(), std::strerror(errno));
    return 2;
  }
  struct stat st{};
  const bool regular = fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
  gzFile in = gzdopen(fd, "rb");
  if (!in) {
    ::close(fd);
    std::fprintf(stderr, "baiviet render --jsonl: cannot read '%s'\n", is_stdin ? "stdin" : path.c_str());
    return 2;
  }
  gzbuffer(in, 1u << 17);
  writer out;
  if (!out.open(out_path, gzip_out, error)) {
    gzclose(in);
    std::fprintf(stderr, "baiviet render --jsonl: %s\n", error.c_str());
    return 2;
  }
  const bool out_tty = (out_path.empty() || out_path == "-") && !gzip_out && isatty(fileno(stdout));
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  const unsigned threads = threads_arg == 0 ? cores : threads_arg > 0 ? static_cast<unsigned>(threads_arg)
                                                    : out_tty           ? cores
                                                                        : 1u;
  progress bar;
  bar.enabled = show_progress == 1 || (show_progress == -1 && isatty(fileno(stderr)));
  if (regular) bar.total_bytes = static_cast<long long>(st.st_size);

  line_reader reader(in);
  const std::size_t chunk_lines = 64u * threads;
  const std::size_t chunk_bytes = (32u << 20) * static_cast<std::size_t>(threads);
  std::vector<std::string> lines;
  std::vector<std::size_t> numbers;
  std::vector<char> oversize;
  std::vector<std::string> results;
  std::vector<char> oks;
  std::size_t input_line = 0, done = 0, failed = 0;
  bool eof = false;
  std::string line;
  while (!eof) {
    lines.clear();
    numbers.clear();
    oversize.clear();
    std::size_t chunk_size = 0;
    while (lines.size() < chunk_lines && chunk_size < chunk_bytes) {
      bool too_long = false;
      if (!reader.next(line, too_long, max_line)) {
        eof = true;
        break;
      }
      ++input_line;
      if (!too_long && line.find_first_not_of(" \t") == std::string::npos) continue;  // blank line
      chunk_size += line.size();
      lines.push_back(std::move(line));
      numbers.push_back(input_line);
      oversize.push_back(too_long ? 1 : 0);
    }
    if (lines.empty()) continue;
    results.assign(lines.size(), std::string());
    oks.assign(lines.size(), 0);
    std::atomic<std::size_t> next{0};
    auto work = [&] {
      for (std::size_t k; (k = next.fetch_add(1)) < lines.size();) {
        bool ok = false;
        results[k] = oversize[k] ? detail::oversize_record(numbers[k], max_line)
                                 : detail::render_record(lines[k], numbers[k], defaults, max_line, ok);
        oks[k] = ok ? 1 : 0;
      }
    };
    unsigned n_threads = static_cast<unsigned>(std::min<std::size_t>(threads, lines.size()));
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < n_threads; ++t) pool.emplace_back(work);
    work();
    for (auto& th : pool) th.join();
    for (std::size_t k = 0; k < results.size(); ++k) {
      out.line(results[k]);
      if (!oks[k]) ++failed;
    }
    done += results.size();
    bar.show(done, regular ? static_cast<long long>(gzoffset(in)) : reader.bytes());
  }
  const bool read_error = reader.error() || reader.truncated();
  const std::string read_message = read_error ? reader.message() : "";
  gzclose(in);
  const bool write_ok = out.close();
  bar.clear();
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - bar.start).count();
  if (!quiet)
    std::fprintf(stderr,
                 "baiviet render --jsonl: %zu articles, %zu ok, %zu failed in %.2f s (%.0f articles/s, %u threads)\n",
                 done, done - failed, failed, secs, secs > 0 ? static_cast<double>(done) / secs : 0.0, threads);
  else if (failed)
    std::fprintf(stderr, "baiviet render --jsonl: %zu of %zu records failed (error records in the output)\n", failed,
                 done);
  if (read_error) {
    std::fprintf(stderr, "baiviet render --jsonl: read error after input line %zu: %s\n", input_line,
                 read_message.c_str());
    return 2;
  }
  if (!write_ok) {
    std::fprintf(stderr, "baiviet render --jsonl: write error: %s\n", std::strerror(errno));
    return 2;
  }
  return strict && failed ? 1 : 0;
}

}  // namespace baiviet::cli
