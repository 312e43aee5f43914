// ns per formatted value for the Vietnamese formatters (formatters are cached
// per thread, so after the first call no ICU object is built per call).
// Each iteration formats one value, so "Time" is ns per value.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>
#include <vector>

#include "baiviet/format.hpp"
#include "render/markup.hpp"

namespace {

std::vector<double> sample_values() {
  std::vector<double> v;
  std::uint32_t x = 2463534242u;  // xorshift32: same values every run
  for (int i = 0; i < 1024; ++i) {
    x ^= x << 13, x ^= x >> 17, x ^= x << 5;
    v.push_back(static_cast<double>(x % 100000000) / ((x & 1) ? 1.0 : 1000.0));
  }
  return v;
}

const std::vector<double>& values() {
  static const std::vector<double> v = sample_values();
  return v;
}

template <class F>
void run(benchmark::State& state, F&& f) {
  const auto& v = values();
  std::size_t i = 0;
  for (auto _ : state) {
    auto r = f(v[i++ & 1023]);
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(state.iterations());
}

void BM_number(benchmark::State& s) { run(s, [](double d) { return baiviet::format_number(d); }); }
void BM_percent(benchmark::State& s) { run(s, [](double d) { return baiviet::format_percent(d / 1e6); }); }
void BM_money_vnd(benchmark::State& s) { run(s, [](double d) { return baiviet::format_money(d); }); }
void BM_money_news(benchmark::State& s) { run(s, [](double d) { return baiviet::format_money_news(d * 100); }); }
void BM_compact_long(benchmark::State& s) { run(s, [](double d) { return baiviet::format_compact(d); }); }
void BM_unit(benchmark::State& s) { run(s, [](double d) { return baiviet::format_unit(d, "ha"); }); }
void BM_words(benchmark::State& s) {
  run(s, [](double d) { return baiviet::format_words(static_cast<std::int64_t>(d)); });
}
void BM_range_years(benchmark::State& s) {
  baiviet::range_options o;
  o.number.grouping = false;
  run(s, [&o](double d) { return baiviet::format_range(2000 + static_cast<int>(d) % 20, 2025, o); });
}
void BM_parse_number(benchmark::State& s) {
  run(s, [](double) { return baiviet::parse_number("1.234.567,891"); });
}
void BM_dateline(benchmark::State& s) {
  run(s, [](double d) {
    return baiviet::format_date(baiviet::from_epoch_seconds(1709170200 + static_cast<std::int64_t>(d)));
  });
}
void BM_admin_date(benchmark::State& s) {
  baiviet::date_options o;
  o.style = baiviet::date_style::administrative;
  run(s, [&o](double d) {
    return baiviet::format_date(baiviet::from_epoch_seconds(1709170200 + static_cast<std::int64_t>(d)), o);
  });
}
void BM_iso_parse_and_format(benchmark::State& s) {
  baiviet::date_options o;
  o.style = baiviet::date_style::iso8601;
  run(s, [&o](double) { return baiviet::format_date(std::string_view("2024-02-29T08:30:00+07:00"), o); });
}
void BM_relative(benchmark::State& s) {
  run(s, [](double d) {
    return baiviet::format_relative(baiviet::from_epoch_seconds(1709170200 - static_cast<std::int64_t>(d) % 500000),
                                    baiviet::from_epoch_seconds(1709170200));
  });
}
void BM_markup_paragraph(benchmark::State& s) {
  const std::string text =
      "3 năm qua, toàn tỉnh năm 2021 kết nạp được 2.617 đảng viên, vượt 477 đảng viên, đạt 122,2% kế hoạch; "
      "Kế hoạch số 42-KH/TU ngày 17/5/2021, kinh phí 1,5 tỷ đồng.";
  for (auto _ : s) {
    std::string out;
    baiviet::detail::append_marked_up_text(out, text, 2024);
    benchmark::DoNotOptimize(out);
  }
  s.SetBytesProcessed(static_cast<std::int64_t>(s.iterations() * text.size()));
}

}  // namespace

BENCHMARK(BM_number);
BENCHMARK(BM_percent);
BENCHMARK(BM_money_vnd);
BENCHMARK(BM_money_news);
BENCHMARK(BM_compact_long);
BENCHMARK(BM_unit);
BENCHMARK(BM_words);
BENCHMARK(BM_range_years);
BENCHMARK(BM_parse_number);
BENCHMARK(BM_dateline);
BENCHMARK(BM_admin_date);
BENCHMARK(BM_iso_parse_and_format);
BENCHMARK(BM_relative);
BENCHMARK(BM_markup_paragraph);
