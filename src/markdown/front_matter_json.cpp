// JSON front matter (Hugo: an object at the top of the file) → the neutral tree,
// with the library's JSON reader (json_reader.hpp), which gives each callback the
// line of the token just read.
#include <cstdlib>
#include <string>
#include <vector>

#include "markdown/front_matter_tree.hpp"
#include "markdown/json_reader.hpp"

namespace baiviet::detail {

namespace {

class tree_builder : public json_sax_handler {
 public:
  tree_builder(const json_lines& lines, std::size_t first_line, fm_budget& budget)
      : lines_(lines), offset_(first_line - 1), budget_(budget) {}

  bool null() override { return scalar(fm_value::kind::null, {}); }
  bool boolean(bool v) override { return scalar(fm_value::kind::boolean, v ? "true" : "false"); }
  bool number_integer(number_integer_t v) override { return scalar(fm_value::kind::number, std::to_string(v)); }
  bool number_unsigned(number_unsigned_t v) override { return scalar(fm_value::kind::number, std::to_string(v)); }
  bool number_float(number_float_t, const string_t& s) override { return scalar(fm_value::kind::number, s); }
  bool string(string_t& v) override { return scalar(fm_value::kind::text, fm_clean_text(std::move(v))); }
  bool binary(binary_t&) override { return true; }  // not produced by the JSON reader
  bool start_object(std::size_t) override { return open(fm_value::kind::map); }
  bool start_array(std::size_t) override { return open(fm_value::kind::list); }
  bool end_object() override { return close(); }
  bool end_array() override { return close(); }
  bool key(string_t& k) override {
    if (skipping_ == 0 && !stack_.empty()) keys_.back() = fm_clean_text(std::move(k));
    return true;
  }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) override {
    error_ = ex.what();
    error_position_ = position;
    return false;
  }

  fm_value root;
  std::string error_;
  std::size_t error_position_ = 0;

 private:
  std::size_t line() const { return lines_.last + offset_; }

  void attach(fm_value v) {
    if (stack_.empty()) {
      root = std::move(v);
      return;
    }
    fm_value& parent = stack_.back();
    if (parent.k == fm_value::kind::map) parent.entries.push_back(fm_entry{std::move(keys_.back()), std::move(v)});
    else parent.items.push_back(std::move(v));
  }

  bool scalar(fm_value::kind k, std::string text) {
    if (skipping_ > 0 || refused_) return true;
    if (!budget_.admit(static_cast<int>(stack_.size()), line())) {
      refused_ = true;  // over the count: nothing more is kept
      return true;
    }
    fm_value v;
    v.k = k;
    v.text = std::move(text);
    v.line = line();
    attach(std::move(v));
    return true;
  }

  bool open(fm_value::kind k) {
    if (skipping_ > 0 || refused_ || !budget_.admit(static_cast<int>(stack_.size()), line())) {
      ++skipping_;  // too deep or too many: skip this container, keep parsing (syntax is still checked)
      return true;
    }
    fm_value v;
    v.k = k;
    v.line = line();
    stack_.push_back(std::move(v));
    keys_.emplace_back();
    return true;
  }

  bool close() {
    if (skipping_ > 0) {
      --skipping_;
      return true;
    }
    fm_value v = std::move(stack_.back());
    stack_.pop_back();
    keys_.pop_back();
    attach(std::move(v));
    return true;
  }

  const json_lines& lines_;
  std::size_t offset_;
  fm_budget& budget_;
  std::vector<fm_value> stack_;
  std::vector<std::string> keys_;
  std::size_t skipping_ = 0;
  bool refused_ = false;
};

// "[json.exception.parse_error.101] parse error at line 3, column 5: syntax error …"
// → line 3 and "syntax error …".
std::string strip_prefix(const std::string& what, std::size_t& line) {
  std::size_t at = what.find(" at line ");
  if (at != std::string::npos) line = std::strtoul(what.c_str() + at + 9, nullptr, 10);
  std::size_t colon = what.find(": ");
  return colon == std::string::npos ? what : what.substr(colon + 2);
}

}  // namespace

result<fm_tree> read_json_tree(std::string_view text, std::size_t first_line, const fm_limits& limits) {
  fm_tree tree;
  fm_budget budget(limits, tree.warnings);
  json_lines lines;
  tree_builder b(lines, first_line, budget);
  bool ok = read_json(text, b, lines);
  if (!ok) {
    std::size_t line = 0;
    std::string msg = strip_prefix(b.error_, line);
    if (line == 0) line = lines.now;
    return make_error(errc::front_matter, "malformed JSON front matter: " + msg, line + first_line - 1);
  }
  tree.root = std::move(b.root);
  if (tree.root.line == 0) tree.root.line = first_line;
  return tree;
}

}  // namespace baiviet::detail
