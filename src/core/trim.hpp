// The one trim: blank characters off the ends of a string_view. Internal.
#pragma once
#include <string_view>

namespace baiviet::detail {

/// Which characters trim_left/trim_right/trim remove: any byte of `ascii`,
/// and with `no_break_spaces` also U+00A0 and U+202F (C2 A0, E2 80 AF).
struct blank_set {
  std::string_view ascii = " \t";
  bool no_break_spaces = false;
};

/// Spaces and tabs (the default).
inline constexpr blank_set kSpacesTabs{" \t", false};
/// Spaces, tabs and CR (a line that may end in "\r").
inline constexpr blank_set kSpacesTabsCr{" \t\r", false};
/// ASCII white space of a line or a value: space, tab, CR, LF.
inline constexpr blank_set kAsciiWhite{" \t\r\n", false};

inline std::string_view trim_left(std::string_view s, blank_set set = {}) {
  for (;;) {
    if (!s.empty() && set.ascii.find(s.front()) != std::string_view::npos) s.remove_prefix(1);
    else if (set.no_break_spaces && s.substr(0, 2) == "\xC2\xA0") s.remove_prefix(2);
    else if (set.no_break_spaces && s.substr(0, 3) == "\xE2\x80\xAF") s.remove_prefix(3);
    else return s;
  }
}

inline std::string_view trim_right(std::string_view s, blank_set set = {}) {
  for (;;) {
    if (!s.empty() && set.ascii.find(s.back()) != std::string_view::npos) s.remove_suffix(1);
    else if (set.no_break_spaces && s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0") s.remove_suffix(2);
    else if (set.no_break_spaces && s.size() >= 3 && s.substr(s.size() - 3) == "\xE2\x80\xAF") s.remove_suffix(3);
    else return s;
  }
}

inline std::string_view trim(std::string_view s, blank_set set = {}) { return trim_right(trim_left(s, set), set); }

}  // namespace baiviet::detail
