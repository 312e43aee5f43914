// Argument reading shared by the CLI subcommands.
#pragma once
#include <cstddef>
#include <string>

#include "engine/options.hpp"

namespace baiviet::cli {

/// Walks a subcommand's arguments one at a time:
///
///   arg_reader args(argc, argv, 1);
///   while (const char* a = args.next()) {
///     if (!std::strcmp(a, "--limit")) { const char* v = args.value(); ... }
///   }
class arg_reader {
 public:
  /// Starts at argv[first].
  arg_reader(int argc, char** argv, int first) : argc_(argc), argv_(argv), i_(first - 1) {}

  /// The next argument (a flag or a positional one); nullptr after the last.
  const char* next() { return i_ + 1 < argc_ ? argv_[++i_] : nullptr; }

  /// The argument after the current one, taken as its value; nullptr when there is none.
  const char* value() { return next(); }

 private:
  int argc_;
  char** argv_;
  int i_;
};

/// A whole number 0..max in decimal. false (and `out` untouched) for nullptr, "",
/// a leading '-', anything after the digits, or more than `max`.
bool whole_number(const char* s, std::size_t& out, unsigned long long max);

/// What read_schema_flag made of an argument.
enum class flag_read { not_an_option, done, failed };

/// If `arg` is a CLI flag of the option schema for `call` (engine/options.hpp),
/// sets that option (taking the next argument as its value when it has one).
/// failed: `error` says why (a missing or bad value).
flag_read read_schema_flag(arg_reader& args, const char* arg, detail::call_kind call, detail::call_options& o,
                           std::string& error);

}  // namespace baiviet::cli
