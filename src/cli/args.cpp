#include "cli/args.hpp"

#include <cstdlib>

namespace baiviet::cli {

bool whole_number(const char* s, std::size_t& out, unsigned long long max) {
  if (!s || !*s || s[0] == '-') return false;
  char* end = nullptr;
  unsigned long long v = std::strtoull(s, &end, 10);
  if (*end || v > max) return false;
  out = static_cast<std::size_t>(v);
  return true;
}

flag_read read_schema_flag(arg_reader& args, const char* arg, detail::call_kind call, detail::call_options& o,
                           std::string& error) {
  const detail::option_spec* spec = detail::find_cli_option(arg, call);
  if (!spec) return flag_read::not_an_option;
  baiviet::error e;
  if (spec->kind == detail::option_kind::flag) {
    e = detail::set_option_text(o, *spec, spec->cli_negates ? "false" : "true");
  } else {
    const char* v = args.value();
    if (!v) {
      error = std::string(arg) + " needs a value";
      return flag_read::failed;
    }
    e = detail::set_option_text(o, *spec, v);
  }
  if (e.code != errc::ok) {
    error = std::string(arg) + ": " + e.message;
    return flag_read::failed;
  }
  return flag_read::done;
}

}  // namespace baiviet::cli
