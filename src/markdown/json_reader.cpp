// See json_reader.hpp. The parser gives no positions to its callbacks, so the input iterator
// counts lines as it hands characters over.
#include "markdown/json_reader.hpp"

#include <iterator>

namespace baiviet::detail {

namespace {

class counting_iterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  counting_iterator(const char* p, json_lines* st) : p_(p), st_(st) {}
  reference operator*() const { return *p_; }
  counting_iterator& operator++() {
    char c = *p_++;
    if (c == '\n') ++st_->now;
    else if (c != ' ' && c != '\t' && c != '\r') st_->last = st_->now;
    return *this;
  }
  counting_iterator operator++(int) {
    counting_iterator old = *this;
    ++*this;
    return old;
  }
  bool operator==(const counting_iterator& o) const { return p_ == o.p_; }
  bool operator!=(const counting_iterator& o) const { return p_ != o.p_; }

 private:
  const char* p_;
  json_lines* st_;
};

}  // namespace

bool read_json(std::string_view text, json_sax_handler& sax, json_lines& lines) {
  counting_iterator begin(text.data(), &lines), end(text.data() + text.size(), &lines);
  return nlohmann::ordered_json::sax_parse(begin, end, &sax, nlohmann::detail::input_format_t::json, true);
}

}  // namespace baiviet::detail
