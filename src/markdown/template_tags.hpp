// Hugo shortcodes and Go-template / Liquid tags in a Markdown body.
//
// Static-site sources carry template code that only the site generator can
// run: Hugo's {{< figure src="…" >}} and {{% x %}}, paired {{< x >}}…{{< /x >}},
// Go-template or Liquid output {{ site.baseurl }}, Liquid tags {% include … %}.
// baiviet turns Hugo's figure into a figure block, drops every other tag with a
// warning naming its line (the text around a tag, and inside a pair, is kept),
// and keeps tags that sit inside code (code blocks, code spans) literal.
//
// How: before cmark-gfm runs, each tag is replaced in the source by a marker
// made of Unicode noncharacters (U+FDD0 index U+FDD1, and U+FDD2 on each further
// line of a multi-line tag, after that line's own indentation and '>' marks), so
// line numbers and the block structure stay those of the source and cmark never
// reads Markdown inside a tag's parameters. After conversion, the markers are
// resolved in the model: inside code they become the tag's text again, byte for
// byte; elsewhere they become a figure or nothing.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "baiviet/article.hpp"

namespace baiviet::detail {

struct template_tag {
  enum class action {
    drop,     ///< any other shortcode, expression or Liquid tag: removed, with a warning
    figure,   ///< Hugo's figure shortcode: a figure block
    literal   ///< Hugo's escaped form {{</* x */>}}: shown as the text {{< x >}}
  };
  action act = action::drop;
  std::string kind;                ///< "Hugo shortcode", "template expression", "Liquid tag"
  std::string first;               ///< the tag's text on its first line
  std::vector<std::string> rest;   ///< each further line's text, after its leading [ \t>]*
  std::string literal;             ///< action::literal: the text shown
  std::size_t line = 0;            ///< 1-based input line of the tag
  // action::figure
  image img;
  std::string caption;
  std::string credit;
  std::string credit_label;  ///< the credit's label when not "Ảnh" (split from the caption)
};

struct template_masking {
  std::string source;               ///< the Markdown with every tag replaced by its marker
  std::vector<template_tag> tags;   ///< in source order; a marker's index points here
  bool active() const { return !tags.empty(); }
};

/// Finds the tags of `md` (the Markdown given to cmark, line 1 = input line 1).
/// A tag opens with "{{" or "{%" and closes with the matching "}}", ">}}",
/// "%}}" or "%}" within 4 KiB and 30 lines; it never contains a blank line, a
/// backtick or a code-fence line (those are not tags and stay text). Between
/// Liquid's {% raw %} and {% endraw %} nothing is a tag; {% comment %} …
/// {% endcomment %} is one tag, its inside included. Returns an inactive
/// masking (empty tags) when `md` has none. The work is linear in `md`.
template_masking mask_template_tags(std::string_view md, std::vector<warning>& warnings);

/// Resolves the markers left in `a` by mask_template_tags (call right after the
/// cmark tree became the model, before article structure is recognised).
void resolve_template_tags(article& a, const template_masking& m);

}  // namespace baiviet::detail
