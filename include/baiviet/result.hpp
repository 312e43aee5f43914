// result<T>: a value or an error. No exceptions cross the public API.
#ifndef BAIVIET_RESULT_HPP
#define BAIVIET_RESULT_HPP

#include <cstddef>
#include <string>
#include <utility>
#include <variant>

#include "baiviet/export.hpp"

namespace baiviet {

/// Error codes shared by every fallible call (and mirrored by the C and JS APIs).
enum class errc : int {
  ok = 0,
  invalid_argument = 1,     ///< bad option or value (e.g. NaN to a formatter)
  invalid_input = 2,        ///< input that cannot be parsed (bad number, date …)
  front_matter = 3,         ///< malformed YAML front matter (line given)
  too_large = 4,            ///< input above the documented limits
  too_deep = 5,             ///< nesting above the documented limits
  icu_error = 6,            ///< ICU failed (missing data, …)
  out_of_memory = 7,
  internal = 8,
};

/// A stable name for an error code ("front_matter", …).
BAIVIET_API const char* errc_name(errc code) noexcept;

struct error {
  errc code = errc::internal;
  std::string message;   ///< one line, names the problem
  std::size_t line = 0;  ///< 1-based input line where known, else 0
};

template <class T>
class [[nodiscard]] result {
 public:
  using value_type = T;
  using error_type = ::baiviet::error;
  result(T value) : v_(std::move(value)) {}            // NOLINT(implicit)
  result(error_type err) : v_(std::move(err)) {}       // NOLINT(implicit)
  bool has_value() const noexcept { return v_.index() == 0; }
  explicit operator bool() const noexcept { return has_value(); }
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const error_type& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, error_type> v_;
};

inline error make_error(errc code, std::string message, std::size_t line = 0) {
  return error{code, std::move(message), line};
}

}  // namespace baiviet

#endif
