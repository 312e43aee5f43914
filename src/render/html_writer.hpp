// The HTML renderer's internals: blocks and inlines to HTML.
#pragma once
#include <string>
#include <unordered_map>

#include "baiviet/article.hpp"
#include "baiviet/render.hpp"
#include "baiviet/text.hpp"

namespace baiviet::detail {

class html_writer {
 public:
  html_writer(std::string& out, const html_options& options, int default_year)
      : out_(out), o_(options), default_year_(default_year) {}

  void blocks(const std::vector<block>& bs, bool tight = false);
  void inlines_html(const inlines& content);
  /// The footnote definitions met so far, as a <section class="footnotes">.
  void footnotes_section();

 private:
  void block_html(const block& b, bool tight);
  void inline_html(const inline_node& n);
  void text(std::string_view s);
  void raw_html(const std::string& literal, bool block);
  void url_attr(const char* name, const std::string& url, bool image);
  void alt_text(const inlines& content);
  void cr();
  void table(const block& b);

  std::string& out_;
  const html_options& o_;
  int default_year_;
  std::vector<const block*> footnote_defs_;
  std::unordered_map<std::string, int> footnote_refs_;  ///< label → references seen
};

}  // namespace baiviet::detail
