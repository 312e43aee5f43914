// Thread safety: the articles of tests/fixtures/samples and ../shared/corpus
// (skipped when absent) rendered to every output, excerpted, counted and
// formatted from 8 threads at once, through the C++ API and through the C API
// (one handle per thread), must equal the single-threaded results byte for
// byte. Run under ThreadSanitizer by .ci/tsan.sh.
#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include "baiviet/baiviet.h"
#include "baiviet/excerpt.hpp"
#include "baiviet/format.hpp"
#include "baiviet/render.hpp"
#include "baiviet/text.hpp"
#include "test_util.hpp"

namespace fs = std::filesystem;

namespace {

std::vector<std::string> article_sources() {
  std::vector<fs::path> files;
  auto collect = [&](const fs::path& dir) {
    if (!fs::exists(dir)) return;
    for (const auto& e : fs::recursive_directory_iterator(dir)) {
      auto ext = e.path().extension();
      if (e.is_regular_file() && (ext == ".md" || ext == ".txt") && e.path().filename() != "README.md")
        files.push_back(e.path());
    }
  };
  collect(test_util::fixtures_dir() / "samples");
  collect(test_util::shared_dir() / "corpus");
  std::sort(files.begin(), files.end());
  std::vector<std::string> out;
  for (const auto& f : files) out.push_back(test_util::read_file(f));
  return out;
}

/// One unit of work: a pure function of its index.
using job = std::function<std::string()>;

std::string or_error(const baiviet::result<std::string>& r) {
  return r ? *r : std::string("error: ") + r.error().message;
}

std::vector<job> make_jobs(const std::vector<std::string>& sources) {
  std::vector<job> jobs;
  for (std::size_t i = 0; i < sources.size(); ++i) {
    const std::string* src = &sources[i];
    for (int to = 0; to < 4; ++to) {
      jobs.push_back([src, to] {
        baiviet::render_options o;
        o.parse.format = baiviet::input_format::auto_detect;
        o.to = static_cast<baiviet::output_format>(to);
        return or_error(baiviet::render(*src, o));
      });
    }
    jobs.push_back([src] {
      baiviet::render_options o;
      o.parse.format = baiviet::input_format::auto_detect;
      o.html.full_page = o.html.toc = o.html.markup_numbers = true;
      return or_error(baiviet::render(*src, o));
    });
    jobs.push_back([src] {
      auto a = baiviet::parse(*src, baiviet::parse_options{baiviet::input_format::auto_detect});
      if (!a) return a.error().message;
      baiviet::excerpt_options eo;
      auto e1 = baiviet::excerpt(*a, eo);
      eo.unit = baiviet::excerpt_unit::words;
      eo.limit = 40;
      eo.to = baiviet::excerpt_output::html;
      auto e2 = baiviet::excerpt(*a, eo);
      auto t = baiviet::article_reading_time(*a);
      auto c = baiviet::count_text(baiviet::render_text(*a));
      return (e1 ? e1->text : "") + "|" + (e2 ? e2->text : "") + "|" + t.label + "|" + std::to_string(c.graphemes) +
             "/" + std::to_string(c.words) + "/" + std::to_string(c.sentences) + "|" +
             baiviet::slugify(a->title) + "|" + baiviet::normalize(a->title);
    });
    // The C API with a handle created by this job (one handle per thread).
    jobs.push_back([src, i] {
      baiviet_renderer* r = baiviet_renderer_new();
      baiviet_renderer_set_output(r, static_cast<int>(i % 4));
      baiviet_renderer_set_flags(r, i % 2 ? BAIVIET_RENDER_TOC : BAIVIET_RENDER_NO_HEADER);
      char* out = nullptr;
      size_t n = 0;
      std::string s;
      if (baiviet_render(r, src->data(), src->size(), &out, &n) == BAIVIET_OK) s.assign(out, n);
      else s = baiviet_renderer_error(r);
      baiviet_free(out);
      baiviet_renderer_free(r);
      return s;
    });
    jobs.push_back([i] {
      double v = 1234.5 * static_cast<double>(i * i + 1);
      baiviet::date_options d;
      d.style = static_cast<baiviet::date_style>(i % 9);
      if (i % 3 == 0) d.time_zone = "Europe/Paris";
      baiviet::instant when{1709170200000 + static_cast<std::int64_t>(i) * 86'400'000 * 37};
      baiviet_formatter* f = baiviet_formatter_new();
      char* out = nullptr;
      std::string c_words;
      if (baiviet_format_words(f, v, &out, nullptr) == BAIVIET_OK) c_words = out;
      baiviet_free(out);
      baiviet_formatter_free(f);
      return or_error(baiviet::format_number(v)) + "|" + or_error(baiviet::format_percent(v / 10000)) + "|" +
             or_error(baiviet::format_money_news(v * 1000)) + "|" +
             or_error(baiviet::format_compact(v, baiviet::compact_style::short_names)) + "|" +
             or_error(baiviet::format_words(v)) + "|" + c_words + "|" + or_error(baiviet::format_date(when, d)) + "|" +
             or_error(baiviet::format_relative(when, baiviet::instant{when.epoch_ms + 3'600'000 * (int64_t)i}));
    });
  }
  // cmark-gfm 0.29.0.gfm.6 keeps the extensions' special characters in a
  // process-wide table that each parser switches on and off: GFM-heavy
  // Markdown from many threads at once catches a missing serialisation
  // (autolinks or strikethrough silently lost).
  static const std::string gfm =
      "# Liên kết\n\nXem https://baochinhphu.vn/tin-1.htm và www.chinhphu.vn, ~~bỏ~~ hoặc "
      "ftp://example.vn/a.\n\n- [x] https://moha.gov.vn\n- [ ] www.sbv.gov.vn ~~cũ~~\n\n"
      "| a | b |\n|---|---|\n| https://vnexpress.net | ~~x~~ |\n\nGhi chú[^1].\n\n[^1]: www.vietnamplus.vn\n";
  for (int k = 0; k < 48; ++k)
    jobs.push_back([] { return or_error(baiviet::render(gfm)); });
  return jobs;
}

}  // namespace

TEST_CASE("8 threads give the single-threaded results", "[threads]") {
  auto sources = article_sources();
  REQUIRE(!sources.empty());
  if (!test_util::have_shared_corpus()) WARN("../shared/corpus absent: only tests/fixtures/samples are used");
  auto jobs = make_jobs(sources);

  std::vector<std::string> expected;
  for (auto& j : jobs) expected.push_back(j());

  constexpr int threads = 8;
  std::vector<std::vector<std::string>> got(threads, std::vector<std::string>(jobs.size()));
  std::atomic<int> ready{0};
  {
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
      pool.emplace_back([&, t] {
        ready.fetch_add(1);
        while (ready.load() < threads) std::this_thread::yield();  // start together
        // Each thread walks the jobs from a different place, so the same
        // functions run concurrently on different inputs.
        std::size_t n = jobs.size(), start = (n * static_cast<std::size_t>(t)) / threads;
        for (std::size_t k = 0; k < n; ++k) {
          std::size_t idx = (start + k) % n;
          got[t][idx] = jobs[idx]();
        }
      });
    }
    for (auto& th : pool) th.join();
  }
  std::size_t mismatches = 0;
  for (int t = 0; t < threads; ++t)
    for (std::size_t k = 0; k < jobs.size(); ++k)
      if (got[t][k] != expected[k]) {
        if (mismatches++ < 5) {
          const auto& a = expected[k];
          const auto& b = got[t][k];
          std::size_t at = 0;
          while (at < a.size() && at < b.size() && a[at] == b[at]) ++at;
          std::size_t from = at > 80 ? at - 80 : 0;
          FAIL_CHECK("thread " << t << ", job " << k << " differs at byte " << at << "\n  one thread: "
                                << a.substr(from, 200) << "\n  8 threads:  " << b.substr(from, 200));
        }
      }
  CHECK(mismatches == 0);
  CHECK(jobs.size() >= 8);
}
