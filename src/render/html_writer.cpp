#include "render/html_writer.hpp"

#include <algorithm>
#include <cstring>

#include "core/escape.hpp"
#include "core/url_policy.hpp"
#include "model/photo_credit.hpp"
#include "render/markup.hpp"

namespace baiviet::detail {

// Literals are appended as string_views (the length known at compile time): `+= "…"` calls
// strlen and one more function per tag, outlined in WebAssembly at -Oz.
using namespace std::string_view_literals;

namespace {
// GFM tagfilter: these tags are disarmed ("<" → "&lt;") even in unsafe mode.
bool filtered_tag_at(std::string_view s, std::size_t i) {
  static const char* tags[] = {"title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "script", "plaintext"};
  if (s[i] != '<') return false;
  std::size_t j = i + 1;
  if (j < s.size() && s[j] == '/') ++j;
  for (const char* t : tags) {
    std::size_t n = std::strlen(t);
    if (j + n > s.size()) continue;
    bool eq = true;
    for (std::size_t k = 0; k < n; ++k)
      if (std::tolower(static_cast<unsigned char>(s[j + k])) != t[k]) { eq = false; break; }
    if (!eq) continue;
    if (j + n == s.size()) return true;
    char c = s[j + n];
    if (c == '>' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/') return true;
  }
  return false;
}
}  // namespace

void html_writer::cr() {
  if (!out_.empty() && out_.back() != '\n') out_.push_back('\n');
}

void html_writer::text(std::string_view s) {
  if (o_.markup_numbers && !o_.commonmark_compat) append_marked_up_text(out_, s, default_year_);
  else append_html_escaped(out_, s);
}

void html_writer::raw_html(const std::string& literal, bool block) {
  if (!o_.unsafe) {
    if (o_.commonmark_compat) out_ += "<!-- raw HTML omitted -->"sv;
    // Safe mode outside compat: raw HTML is dropped (its text is not article prose).
    return;
  }
  if (!o_.tagfilter) {
    out_ += literal;
    return;
  }
  std::string_view s(literal);
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (filtered_tag_at(s, i)) out_ += "&lt;"sv;
    else out_.push_back(s[i]);
  }
}

void html_writer::url_attr(const char* name, const std::string& url, bool image) {
  bool ok = o_.unsafe || is_safe_url(url, image ? url_use::image : url_use::link);
  if (!ok && !o_.commonmark_compat) return;  // unsafe URL: no attribute at all (cmark writes "")
  out_ += ' ';
  out_ += name;
  out_ += "=\""sv;
  // CommonMark-compatible output writes the URL as cmark does (the spec tests).
  if (ok) append_url_attr(out_, url, o_.commonmark_compat ? url_encoding::cmark : url_encoding::browser);
  out_ += '"';
}

void html_writer::alt_text(const inlines& content) {
  for (const auto& n : content) {
    switch (n.type) {
      case inline_type::text:
      case inline_type::code:
        append_attr_escaped(out_, n.text);
        break;
      case inline_type::softbreak:
      case inline_type::linebreak:
        out_ += o_.commonmark_compat ? "\n" : " ";
        break;
      default:
        alt_text(n.children);
    }
  }
}

void html_writer::inlines_html(const inlines& content) {
  for (const auto& n : content) inline_html(n);
}

void html_writer::inline_html(const inline_node& n) {
  switch (n.type) {
    case inline_type::text: text(n.text); break;
    case inline_type::softbreak: out_ += '\n'; break;
    case inline_type::linebreak: out_ += "<br />\n"sv; break;
    case inline_type::code:
      out_ += "<code>"sv;
      append_html_escaped(out_, n.text);
      out_ += "</code>"sv;
      break;
    case inline_type::emph:
      out_ += "<em>"sv;
      inlines_html(n.children);
      out_ += "</em>"sv;
      break;
    case inline_type::strong:
      out_ += "<strong>"sv;
      inlines_html(n.children);
      out_ += "</strong>"sv;
      break;
    case inline_type::strikethrough:
      out_ += "<del>"sv;
      inlines_html(n.children);
      out_ += "</del>"sv;
      break;
    case inline_type::link:
      out_ += "<a"sv;
      url_attr("href", n.url, false);
      if (!n.title.empty()) {
        out_ += " title=\""sv;
        append_attr_escaped(out_, n.title);
        out_ += '"';
      }
      if (!o_.commonmark_compat && (n.url.rfind("http://", 0) == 0 || n.url.rfind("https://", 0) == 0))
        out_ += " rel=\"noopener noreferrer\""sv;
      out_ += '>';
      inlines_html(n.children);
      out_ += "</a>"sv;
      break;
    case inline_type::image:
      out_ += "<img"sv;
      url_attr("src", n.url, true);
      out_ += " alt=\""sv;
      alt_text(n.children);
      out_ += '"';
      if (!n.title.empty()) {
        out_ += " title=\""sv;
        append_attr_escaped(out_, n.title);
        out_ += '"';
      }
      out_ += o_.commonmark_compat ? " />" : " loading=\"lazy\" />";
      break;
    case inline_type::html: raw_html(n.text, false); break;
    case inline_type::footnote_ref: {
      // As cmark-gfm: labels href-escaped; the n-th reference gets id "fnref-LABEL-n".
      std::string label = encode_url(n.text, url_encoding::cmark);
      const int ix = ++footnote_refs_[n.text];
      out_ += "<sup class=\"footnote-ref\"><a href=\"#fn-"sv;
      append_attr_escaped(out_, label);
      out_ += "\" id=\"fnref-"sv;
      append_attr_escaped(out_, label);
      if (ix > 1) out_ += "-" + std::to_string(ix);
      out_ += "\" data-footnote-ref>"sv;
      out_ += std::to_string(n.number);
      out_ += "</a></sup>"sv;
      break;
    }
  }
}

void html_writer::blocks(const std::vector<block>& bs, bool tight) {
  for (const auto& b : bs) block_html(b, tight);
}

void html_writer::table(const block& b) {
  cr();
  out_ += "<table>\n"sv;
  bool in_body = false;
  for (const auto& row : b.children) {
    bool header = row.level == 1;
    if (header) out_ += "<thead>\n"sv;
    else if (!in_body) {
      out_ += "<tbody>\n"sv;
      in_body = true;
    }
    out_ += "<tr>\n"sv;
    for (std::size_t i = 0; i < row.children.size(); ++i) {
      const char* tag = header ? "th" : "td";
      out_ += '<';
      out_ += tag;
      align al = i < b.aligns.size() ? b.aligns[i] : align::none;
      if (al == align::left) out_ += " align=\"left\""sv;
      else if (al == align::center) out_ += " align=\"center\""sv;
      else if (al == align::right) out_ += " align=\"right\""sv;
      out_ += '>';
      inlines_html(row.children[i].content);
      out_ += "</"sv;
      out_ += tag;
      out_ += ">\n"sv;
    }
    out_ += "</tr>\n"sv;
    if (header) out_ += "</thead>\n"sv;
  }
  if (in_body) out_ += "</tbody>\n"sv;
  out_ += "</table>\n"sv;
}

void html_writer::block_html(const block& b, bool tight) {
  switch (b.type) {
    case block_type::paragraph:
      if (tight) {
        inlines_html(b.content);
      } else {
        cr();
        out_ += "<p>"sv;
        inlines_html(b.content);
        out_ += "</p>\n"sv;
      }
      break;
    case block_type::heading: {
      cr();
      const char digit = static_cast<char>('0' + (b.level < 1 ? 1 : b.level > 6 ? 6 : b.level));
      out_ += "<h"sv;
      out_ += digit;
      if (!o_.commonmark_compat) {
        out_ += " id=\""sv;
        append_attr_escaped(out_, o_.id_prefix);  // escaping is per character: prefix, then the id
        append_attr_escaped(out_, b.id);          // block::id: model/heading_ids
        out_ += '"';
      }
      out_ += '>';
      inlines_html(b.content);
      out_ += "</h"sv;
      out_ += digit;
      out_ += ">\n"sv;
      break;
    }
    case block_type::figure:
      cr();
      out_ += b.img.empty() ? "<figure class=\"bv-figure bv-figure--no-image\">" : "<figure class=\"bv-figure\">";
      if (!b.img.empty()) {
        out_ += "<img"sv;
        url_attr("src", b.img.src, true);
        out_ += " alt=\""sv;
        append_attr_escaped(out_, b.img.alt);
        out_ += "\" loading=\"lazy\" />"sv;
      }
      if (!b.content.empty() || !b.credit.empty()) {
        out_ += "<figcaption>"sv;
        inlines_html(b.content);
        if (!b.credit.empty()) {
          if (!b.content.empty()) out_ += ' ';
          out_ += "<span class=\"bv-credit\">"sv;
          append_html_escaped(out_, shown_credit_label(b));
          out_ += ": "sv;
          append_html_escaped(out_, b.credit);
          out_ += "</span>"sv;
        }
        out_ += "</figcaption>"sv;
      }
      out_ += "</figure>\n"sv;
      break;
    case block_type::quote:
      cr();
      out_ += "<blockquote>\n"sv;
      blocks(b.children);
      cr();
      out_ += "</blockquote>\n"sv;
      break;
    case block_type::list:
      cr();
      if (b.ordered) {
        out_ += b.start != 1 ? "<ol start=\"" + std::to_string(b.start) + "\">\n" : std::string("<ol>\n");
      } else {
        out_ += "<ul>\n"sv;
      }
      for (const auto& item : b.children) {
        if (item.type != block_type::list_item) {
          block_html(item, b.tight);
          continue;
        }
        cr();
        out_ += "<li>"sv;
        if (item.task >= 0) out_ += item.task ? "<input type=\"checkbox\" checked=\"\" disabled=\"\" /> " : "<input type=\"checkbox\" disabled=\"\" /> ";
        blocks(item.children, b.tight);
        out_ += "</li>\n"sv;
      }
      out_ += b.ordered ? "</ol>\n" : "</ul>\n";
      break;
    case block_type::list_item:  // outside a list (only after flattening): render its blocks
      blocks(b.children, tight);
      break;
    case block_type::table: table(b); break;
    case block_type::table_row:
    case block_type::table_cell: break;  // rendered by table()
    case block_type::code: {
      cr();
      out_ += "<pre><code"sv;
      if (!b.info.empty()) {
        std::size_t sp = b.info.find_first_of(" \t");
        out_ += " class=\"language-"sv;
        append_attr_escaped(out_, b.info.substr(0, sp));
        out_ += '"';
      }
      out_ += '>';
      append_html_escaped(out_, b.literal);
      out_ += "</code></pre>\n"sv;
      break;
    }
    case block_type::html:
      cr();
      raw_html(b.literal, true);
      cr();
      break;
    case block_type::thematic_break:
      cr();
      out_ += "<hr />\n"sv;
      break;
    case block_type::footnote:
      footnote_defs_.push_back(&b);
      break;
    case block_type::interview_question:
      cr();
      out_ += "<p class=\"bv-question\"><strong>"sv;
      inlines_html(b.content);
      out_ += "</strong></p>\n"sv;
      break;
    case block_type::interview_answer:
      cr();
      out_ += "<p class=\"bv-answer\">"sv;
      inlines_html(b.content);
      out_ += "</p>\n"sv;
      break;
  }
}

}  // namespace baiviet::detail

namespace baiviet::detail {

// As cmark-gfm renders them: definitions in order of first reference, a
// back-reference link at the end of the last paragraph.
void html_writer::footnotes_section() {
  if (footnote_defs_.empty()) return;
  cr();
  out_ += "<section class=\"footnotes\" data-footnotes>\n<ol>\n"sv;
  for (const block* def : footnote_defs_) {
    std::string label;
    append_url_attr(label, def->label, url_encoding::cmark);
    out_ += "<li id=\"fn-" + label + "\">\n";
    auto seen = footnote_refs_.find(def->label);
    const int refs = seen == footnote_refs_.end() ? 1 : seen->second;
    std::string backref;
    for (int i = 1; i <= refs; ++i) {
      if (i > 1) backref += ' ';
      backref += "<a href=\"#fnref-" + label + (i > 1 ? "-" + std::to_string(i) : std::string()) +
                 "\" class=\"footnote-backref\" data-footnote-backref aria-label=\"Back to content\">↩";
      if (i > 1) backref += "<sup class=\"footnote-ref\">" + std::to_string(i) + "</sup>";
      backref += "</a>";
    }
    if (!def->children.empty() && def->children.back().type == block_type::paragraph) {
      for (std::size_t i = 0; i + 1 < def->children.size(); ++i) block_html(def->children[i], false);
      cr();
      out_ += "<p>"sv;
      inlines_html(def->children.back().content);
      out_ += ' ' + backref + "</p>\n";
    } else {
      blocks(def->children);
      out_ += backref + '\n';
    }
    out_ += "</li>\n"sv;
  }
  out_ += "</ol>\n</section>\n"sv;
  footnote_defs_.clear();
}

}  // namespace baiviet::detail
