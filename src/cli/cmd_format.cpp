// baiviet format <kind> [options] [values…]   and   baiviet parse number [values…]
//
// Values come as arguments, or with none, one per line on stdin; one result is
// printed per value, in order. A bad value prints a message naming it on
// stderr and an empty line on stdout (so output lines stay aligned with
// input lines); the remaining values are still processed and the exit status
// is 1. Usage errors exit 2.
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

#include "baiviet/format.hpp"
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "core/trim.hpp"
#include "render/markup.hpp"

namespace baiviet::cli {

namespace {

const char* format_usage =
    "usage: baiviet format KIND [options] [VALUE…]\n"
    "Formats values the Vietnamese way (ICU, locale vi). Without VALUEs, reads one\n"
    "value per line from stdin and prints one result per line.\n"
    "\n"
    "kinds:\n"
    "  number        2617 → 2.617              percent     1.222 → 122,2%\n"
    "  money         1500000 → 1.500.000 ₫ (--currency CODE, default VND)\n"
    "  money-news    1500000000 → 1,5 tỷ đồng  compact     1234 → 1,2 nghìn (--short: 1,2 N)\n"
    "  count         19241 → 19.241 lượt xem (--label TEXT, default 'lượt xem'; --compact)\n"
    "  unit          3200 --unit ha → 3.200 ha (CLDR id or symbol: ha km m kg °C % …)\n"
    "  words         1000005 → một triệu không trăm lẻ năm (--linh --ngan --ti --capitalize)\n"
    "  money-words   1500000 → một triệu năm trăm nghìn đồng\n"
    "  range         2020..2025 → 2020–2025 (--no-grouping for years; --cldr-separator)\n"
    "  ratio         2063/2247 → 2.063/2.247\n"
    "  dateline      Thứ Năm, 29/02/2024, 08:30     admin-date  ngày 21 tháng 01 năm 2021\n"
    "  date          29/2/2024    padded-date 29/02/2024    day-month 29/2\n"
    "  time          08:30        date-time   08:30 29/02/2024\n"
    "  iso           2024-02-29T08:30:00+07:00    iso-date 2024-02-29\n"
    "  relative      3 giờ trước (needs --now TIME; --numeric; --capitalize)\n"
    "  markup        a line of article text → HTML with <data>/<time> (--year N)\n"
    "\n"
    "number options: --min-fraction N --max-fraction N --fraction N --min-significant N\n"
    "  --max-significant N --no-grouping\n"
    "  --rounding half-up|half-even|half-down|up|down|ceiling|floor  (default half-up)\n"
    "date options: --tz IANA (default Asia/Ho_Chi_Minh) --lower-weekday (thứ Năm)\n"
    "  --ms (integer values are epoch milliseconds; default epoch seconds)\n"
    "  date values are ISO 8601 (2024-02-29T08:30:00+07:00, local times in --tz) or integers\n"
    "exit status: 0 ok, 1 some value was bad (named on stderr, empty output line), 2 bad usage\n";

const char* parse_usage =
    "usage: baiviet parse number [VALUE…]\n"
    "Parses Vietnamese-written numbers strictly ('.' groups thousands, ',' is the\n"
    "decimal separator). Prints the value, and for money/measures the unit:\n"
    "  2.617 → 2617    122,2% → 1.222    1,5 tỷ → 1500000000\n"
    "  3.200 ha → 3200 hectare    1.500.000 ₫ → 1500000 VND\n"
    "Ambiguous text (1.5, 1.23) is an error. Without VALUEs, reads lines from stdin.\n"
    "exit status: 0 ok, 1 some value was bad, 2 bad usage\n";

int usage_error(const char* cmd, const std::string& msg, const char* usage) {
  std::fprintf(stderr, "baiviet %s: %s\n%s", cmd, msg.c_str(), usage);
  return 2;
}

bool parse_int(const char* s, int& out) {
  if (!s || !*s) return false;
  auto r = std::from_chars(s, s + std::strlen(s), out);
  return r.ec == std::errc() && *r.ptr == '\0';
}

// Spaces and tabs before, ASCII white space after (a line read from stdin).
std::string_view trim(std::string_view s) { return detail::trim_right(detail::trim_left(s), detail::kAsciiWhite); }

// A number written the C/JSON way ("1234567.891", "-5", "1e15", "nan", "inf").
bool parse_double(std::string_view s, double& out) {
  s = trim(s);
  if (s.empty()) return false;
  if (s.front() == '+') s.remove_prefix(1);
  auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

std::string plain_double(double v) {
  char buf[400];
  auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
  return std::string(buf, r.ptr);
}

struct options {
  number_options number;
  std::string currency = "VND";
  bool short_style = false;
  std::string label = "l\xC6\xB0\xE1\xBB\xA3t xem";  // "lượt xem"
  bool compact = false;
  std::string unit;
  words_options words;
  std::string tz = "Asia/Ho_Chi_Minh";
  bool lower_weekday = false;
  bool ms = false;
  std::string now;
  bool numeric = false;
  bool capitalize = false;
  bool cldr_separator = false;
  int year = 0;
};

result<instant> parse_time(std::string_view s, const options& o) {
  s = trim(s);
  std::int64_t v = 0;
  auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  if (!s.empty() && r.ec == std::errc() && r.ptr == s.data() + s.size()) {
    if (!o.ms && (v > 253402300799LL || v < -62135596800LL))
      return make_error(errc::invalid_input, "epoch seconds out of range: '" + std::string(s) + "'");
    return o.ms ? from_epoch_ms(v) : from_epoch_seconds(v);
  }
  return parse_iso8601(s, o.tz);
}

using handler = std::function<result<std::string>(std::string_view)>;

result<double> number_arg(std::string_view v) {
  double d = 0;
  if (!parse_double(v, d)) return make_error(errc::invalid_input, "not a number: '" + std::string(trim(v)) + "'");
  return d;
}

// Splits "a..b" (range) or "a/b" (ratio) into two numbers.
result<std::pair<double, double>> pair_arg(std::string_view v, std::string_view sep) {
  v = trim(v);
  auto at = v.find(sep);
  if (at == std::string_view::npos)
    return make_error(errc::invalid_input, "expected A" + std::string(sep) + "B: '" + std::string(v) + "'");
  auto a = number_arg(v.substr(0, at));
  auto b = number_arg(v.substr(at + sep.size()));
  if (!a || !b) return make_error(errc::invalid_input, "not a pair of numbers: '" + std::string(v) + "'");
  return std::pair{*a, *b};
}

result<handler> make_handler(const std::string& kind, const options& o) {
  auto num = [](auto fn) -> handler {
    return [fn](std::string_view v) -> result<std::string> {
      auto d = number_arg(v);
      if (!d) return d.error();
      return fn(*d);
    };
  };
  if (kind == "number") return num([o](double d) { return format_number(d, o.number); });
  if (kind == "percent") return num([o](double d) { return format_percent(d, o.number); });
  if (kind == "money") return num([o](double d) { return format_money(d, o.currency, o.number); });
  if (kind == "money-news") return num([o](double d) { return format_money_news(d, o.number); });
  if (kind == "compact")
    return num([o](double d) {
      return format_compact(d, o.short_style ? compact_style::short_names : compact_style::long_names, o.number);
    });
  if (kind == "count")
    return num([o](double d) {
      count_options c;
      c.compact = o.compact;
      c.style = o.short_style ? compact_style::short_names : compact_style::long_names;
      c.number = o.number;
      return format_count(d, o.label, c);
    });
  if (kind == "unit") {
    if (o.unit.empty()) return make_error(errc::invalid_argument, "unit needs --unit ID");
    return num([o](double d) { return format_unit(d, o.unit, o.number); });
  }
  if (kind == "words")
    return handler([o](std::string_view v) -> result<std::string> {
      v = trim(v);
      std::int64_t i = 0;
      auto r = std::from_chars(v.data(), v.data() + v.size(), i);
      if (!v.empty() && r.ec == std::errc() && r.ptr == v.data() + v.size()) return format_words(i, o.words);
      auto d = number_arg(v);
      if (!d) return d.error();
      return format_words(*d, o.words);
    });
  if (kind == "money-words") return num([o](double d) { return format_money_words(d, o.words); });
  if (kind == "range")
    return handler([o](std::string_view v) -> result<std::string> {
      auto p = pair_arg(v, "..");
      if (!p) return p.error();
      range_options r;
      r.number = o.number;
      if (o.cldr_separator) r.separator.clear();
      return format_range(p->first, p->second, r);
    });
  if (kind == "ratio")
    return handler([o](std::string_view v) -> result<std::string> {
      auto p = pair_arg(v, "/");
      if (!p) return p.error();
      return format_ratio(p->first, p->second, o.number);
    });
  if (kind == "markup")
    return handler([o](std::string_view v) -> result<std::string> {
      std::string out;
      detail::append_marked_up_text(out, v, o.year);
      return out;
    });
  if (kind == "relative") {
    if (o.now.empty()) return make_error(errc::invalid_argument, "relative needs --now TIME");
    auto now = parse_time(o.now, o);
    if (!now) return make_error(errc::invalid_argument, "--now: " + now.error().message);
    return handler([o, n = *now](std::string_view v) -> result<std::string> {
      auto t = parse_time(v, o);
      if (!t) return t.error();
      relative_options r;
      r.time_zone = o.tz;
      r.always_numeric = o.numeric;
      r.capitalize = o.capitalize;
      return format_relative(*t, n, r);
    });
  }
  static const std::pair<const char*, date_style> dates[] = {
      {"dateline", date_style::dateline},       {"admin-date", date_style::administrative},
      {"date", date_style::short_date},         {"short-date", date_style::short_date},
      {"padded-date", date_style::padded_date}, {"day-month", date_style::day_month},
      {"time", date_style::time},               {"date-time", date_style::date_time},
      {"iso", date_style::iso8601},             {"iso-date", date_style::iso_date},
  };
  for (const auto& [name, style] : dates) {
    if (kind != name) continue;
    date_options d;
    d.style = style;
    d.time_zone = o.tz;
    d.weekday = o.lower_weekday ? weekday_case::lower : weekday_case::title;
    return handler([o, d](std::string_view v) -> result<std::string> {
      auto t = parse_time(v, o);
      if (!t) return t.error();
      return format_date(*t, d);
    });
  }
  return make_error(errc::invalid_argument, "unknown kind '" + kind + "'");
}

// Runs `h` over the values (arguments, else stdin lines). Returns the exit status.
int run_all(const char* cmd, const handler& h, const std::vector<std::string>& values) {
  int status = 0;
  std::string out;
  auto one = [&](std::string_view v) {
    auto r = h(v);
    if (r) {
      out += *r;
    } else {
      std::fprintf(stderr, "baiviet %s: %s\n", cmd, r.error().message.c_str());
      status = 1;
    }
    out += '\n';
    if (out.size() > (1 << 16)) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  };
  if (!values.empty()) {
    for (const auto& v : values) one(v);
  } else {
    std::string line;
    while (std::getline(std::cin, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      one(line);
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fflush(stdout);
  return status;
}

}  // namespace

int cmd_format(int argc, char** argv) {
  if (argc < 2) return usage_error("format", "missing KIND", format_usage);
  std::string kind = argv[1];
  if (kind == "--help" || kind == "-h" || kind == "help") {
    std::fputs(format_usage, stdout);
    return 0;
  }
  options o;
  std::vector<std::string> values;
  static const std::pair<const char*, rounding_mode> modes[] = {
      {"half-up", rounding_mode::half_up}, {"half-even", rounding_mode::half_even},
      {"half-down", rounding_mode::half_down}, {"up", rounding_mode::up}, {"down", rounding_mode::down},
      {"ceiling", rounding_mode::ceiling}, {"floor", rounding_mode::floor}};
  arg_reader args(argc, argv, 2);
  while (const char* arg = args.next()) {
    std::string a = arg;
    auto need = [&](int& target) { return parse_int(args.value(), target); };
    auto need_str = [&](std::string& target) {
      const char* v = args.value();
      if (!v) return false;
      target = v;
      return true;
    };
    bool ok = true;
    if (a == "--help" || a == "-h") {
      std::fputs(format_usage, stdout);
      return 0;
    } else if (a == "--min-fraction") ok = need(o.number.min_fraction_digits);
    else if (a == "--max-fraction") ok = need(o.number.max_fraction_digits);
    else if (a == "--fraction") {
      ok = need(o.number.min_fraction_digits);
      o.number.max_fraction_digits = o.number.min_fraction_digits;
    } else if (a == "--min-significant") ok = need(o.number.min_significant_digits);
    else if (a == "--max-significant") ok = need(o.number.max_significant_digits);
    else if (a == "--no-grouping") o.number.grouping = false;
    else if (a == "--rounding") {
      ok = false;
      const char* v = args.value();
      for (const auto& [name, mode] : modes)
        if (v && !std::strcmp(v, name)) o.number.rounding = mode, ok = true;
    } else if (a == "--currency") ok = need_str(o.currency);
    else if (a == "--short") o.short_style = true;
    else if (a == "--label") ok = need_str(o.label);
    else if (a == "--compact") o.compact = true;
    else if (a == "--unit") ok = need_str(o.unit);
    else if (a == "--linh") o.words.linh = true;
    else if (a == "--ngan") o.words.ngan = true;
    else if (a == "--ti") o.words.ti = true;
    else if (a == "--capitalize") o.words.capitalize = o.capitalize = true;
    else if (a == "--tz") ok = need_str(o.tz);
    else if (a == "--lower-weekday") o.lower_weekday = true;
    else if (a == "--ms") o.ms = true;
    else if (a == "--now") ok = need_str(o.now);
    else if (a == "--numeric") o.numeric = true;
    else if (a == "--cldr-separator") o.cldr_separator = true;
    else if (a == "--year") ok = need(o.year);
    else if (a == "--") {
      while (const char* v = args.value()) values.emplace_back(v);
    } else if (a.size() > 1 && a[0] == '-' && a[1] == '-') {
      return usage_error("format", "unknown option " + a, format_usage);
    } else {
      values.push_back(a);  // values may be negative numbers ("-5")
    }
    if (!ok) return usage_error("format", "option " + a + " needs a valid value", format_usage);
  }
  auto h = make_handler(kind, o);
  if (!h) return usage_error("format", h.error().message, format_usage);
  std::string cmd = "format " + kind;
  return run_all(cmd.c_str(), *h, values);
}

int cmd_parse(int argc, char** argv) {
  if (argc < 2) return usage_error("parse", "missing KIND (number)", parse_usage);
  std::string kind = argv[1];
  if (kind == "--help" || kind == "-h" || kind == "help") {
    std::fputs(parse_usage, stdout);
    return 0;
  }
  if (kind != "number") return usage_error("parse", "unknown kind '" + kind + "'", parse_usage);
  std::vector<std::string> values;
  arg_reader args(argc, argv, 2);
  while (const char* arg = args.next()) {
    std::string a = arg;
    if (a == "--help" || a == "-h") {
      std::fputs(parse_usage, stdout);
      return 0;
    }
    if (a == "--") {
      while (const char* v = args.value()) values.emplace_back(v);
      break;
    }
    if (a.size() > 1 && a[0] == '-' && a[1] == '-') return usage_error("parse", "unknown option " + a, parse_usage);
    values.push_back(a);
  }
  handler h = [](std::string_view v) -> result<std::string> {
    auto p = parse_number(v);
    if (!p) return p.error();
    std::string out = plain_double(p->value);
    if (!p->unit.empty()) out += " " + p->unit;
    return out;
  };
  return run_all("parse number", h, values);
}

}  // namespace baiviet::cli
