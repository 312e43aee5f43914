// Input helpers shared by the CLI subcommands.
#pragma once
#include <cstdio>
#include <string>

namespace baiviet::cli {

/// Reads a whole file, or stdin for "-" or an empty path. false + message on failure.
bool read_input(const std::string& path, std::string& out, std::string& error);

/// Writes bytes to stdout exactly (binary-safe).
void write_stdout(const std::string& s);

}  // namespace baiviet::cli
