// HTML5 output: <article> with header (kicker, title, sapo, byline, dateline),
// optional table of contents, body, footer (tags) and related lists.
#include "baiviet/render.hpp"
#include "core/escape.hpp"
#include "core/url_policy.hpp"
#include "render/dates.hpp"
#include "model/heading_ids.hpp"
#include "render/html_writer.hpp"
#include "render/stylesheet.hpp"

namespace baiviet {

namespace {

using detail::append_attr_escaped;
using detail::append_html_escaped;

void collect_headings(const std::vector<block>& bs, std::vector<const block*>& out) {
  for (const auto& b : bs) {
    if (b.type == block_type::heading) out.push_back(&b);
    else if (b.type == block_type::quote || b.type == block_type::list || b.type == block_type::list_item)
      collect_headings(b.children, out);
  }
}

void header_html(std::string& out, const article& a, const html_options& o, detail::html_writer& w) {
  bool any = !a.kicker.empty() || !a.title.empty() || !a.sapo.empty() || !a.dateline.empty() ||
             !a.byline_info.empty() || a.published;
  if (!any) return;
  out += "<header class=\"bv-header\">\n";
  if (!a.kicker.empty()) {
    out += "<p class=\"bv-kicker\">";
    append_html_escaped(out, a.kicker);
    out += "</p>\n";
  }
  if (!a.title.empty()) {
    out += "<h1 class=\"bv-title\">";
    append_html_escaped(out, a.title);
    out += "</h1>\n";
  }
  if (a.published || !a.category.empty()) {  // (the dateline goes before the sapo)
    out += "<p class=\"bv-meta\">";
    bool sep = false;
    if (!a.category.empty()) {
      out += "<span class=\"bv-category\">";
      append_html_escaped(out, a.category);
      out += "</span>";
      sep = true;
    }
    if (a.published) {
      if (sep) out += " ";
      out += "<time class=\"bv-published\" datetime=\"" + a.published->iso() + "\">";
      append_html_escaped(out, detail::dateline_text(*a.published));
      out += "</time>";
      sep = true;
    }
    if (a.updated) {
      out += " <span class=\"bv-updated\">Cập nhật: <time datetime=\"" + a.updated->iso() + "\">";
      append_html_escaped(out, detail::dateline_text(*a.updated));
      out += "</time></span>";
    }
    out += "</p>\n";
  }
  if (a.sapo.empty() && !a.dateline.empty()) {
    // A dateline without a lead ("Hòa Bình:" on its own line).
    out += "<p class=\"bv-dateline\">";
    append_html_escaped(out, a.dateline);
    out += "</p>\n";
  }
  if (!a.sapo.empty()) {
    out += "<p class=\"sapo bv-sapo\">";
    if (!a.dateline.empty()) {
      out += "<span class=\"bv-dateline\">";
      append_html_escaped(out, a.dateline);
      out += "</span> ";
    }
    if (!a.sapo_inlines.empty()) w.inlines_html(a.sapo_inlines);
    else w.inlines_html(inlines{text_node(a.sapo)});  // same path as body text (number markup)
    out += "</p>\n";
  }
  if (!a.byline_info.empty()) {
    out += "<p class=\"bv-byline\">";
    if (!a.byline_info.role.empty()) {
      out += "<span class=\"bv-byline-role\">";
      append_html_escaped(out, a.byline_info.role);
      out += ":</span> ";
    }
    if (!a.byline_info.authors.empty()) {
      for (std::size_t i = 0; i < a.byline_info.authors.size(); ++i) {
        if (i) out += ", ";
        const std::string& name = a.byline_info.authors[i];
        const author* au = nullptr;
        for (const auto& x : a.authors)
          if (x.name == name && !x.url.empty()) au = &x;
        out += "<span class=\"bv-author\">";
        if (au && (o.unsafe || detail::is_safe_url(au->url, detail::url_use::link))) {
          out += "<a href=\"";
          detail::append_url_attr(out, au->url);
          out += "\" rel=\"author\">";
          append_html_escaped(out, name);
          out += "</a>";
        } else {
          append_html_escaped(out, name);
        }
        out += "</span>";
      }
    } else if (a.byline_info.source.empty()) {
      append_html_escaped(out, a.byline_info.text);
    }
    if (!a.byline_info.source.empty()) {
      // A reprint's outlet: "Theo AFP", after the authors "(Theo AFP)".
      const bool named = !a.byline_info.authors.empty();
      out += named ? " <span class=\"bv-byline-source\">(Theo " : "<span class=\"bv-byline-source\">Theo ";
      append_html_escaped(out, a.byline_info.source);
      out += named ? ")</span>" : "</span>";
    }
    out += "</p>\n";
  }
  out += "</header>\n";
}

void cover_html(std::string& out, const article& a, const html_options& o) {
  if (a.cover.empty()) return;
  bool ok = o.unsafe || detail::is_safe_url(a.cover.src, detail::url_use::image);
  if (!ok && a.cover_caption.empty()) return;  // a refused URL: no broken <img src="">
  out += "<figure class=\"bv-figure bv-cover\">";
  if (ok) {
    out += "<img src=\"";
    detail::append_url_attr(out, a.cover.src);
    out += "\" alt=\"";
    append_attr_escaped(out, a.cover.alt);
    out += "\" />";
  }
  if (!a.cover_caption.empty()) {
    out += "<figcaption>";
    append_html_escaped(out, a.cover_caption);
    out += "</figcaption>";
  }
  out += "</figure>\n";
}

void toc_html(std::string& out, const std::vector<toc_entry>& toc) {
  if (toc.empty()) return;
  out += "<nav class=\"bv-toc\" aria-label=\"Mục lục\">\n<p class=\"bv-toc-title\">Mục lục</p>\n<ol>\n";
  for (const auto& e : toc) {
    out += "<li class=\"bv-toc-l" + std::to_string(e.level) + "\"><a href=\"#";
    append_attr_escaped(out, e.id);
    out += "\">";
    append_html_escaped(out, e.text);
    out += "</a></li>\n";
  }
  out += "</ol>\n</nav>\n";
}

void footer_html(std::string& out, const article& a) {
  if (a.tags.empty()) return;
  out += "<footer class=\"bv-footer\">\n<ul class=\"bv-tags\" aria-label=\"Từ khóa\">";
  for (const auto& t : a.tags) {
    out += "<li>";
    append_html_escaped(out, t);
    out += "</li>";
  }
  out += "</ul>\n</footer>\n";
}

void related_html(std::string& out, const article& a, const html_options& o) {
  for (const auto& list : a.related) {
    out += "<aside class=\"bv-related\">\n<h2 class=\"bv-related-heading\">";
    append_html_escaped(out, list.heading);
    out += "</h2>\n<ul class=\"bv-related-list\">\n";
    for (const auto& it : list.items) {
      out += "<li class=\"bv-related-item\">";
      out += "<h3 class=\"bv-related-title\">";
      if (!it.url.empty() && (o.unsafe || detail::is_safe_url(it.url, detail::url_use::link))) {
        out += "<a href=\"";
        detail::append_url_attr(out, it.url);
        out += "\">";
        append_html_escaped(out, it.title);
        out += "</a>";
      } else {
        append_html_escaped(out, it.title);
      }
      out += "</h3>";
      if (!it.category.empty()) {
        out += "<p class=\"bv-related-category\">";
        append_html_escaped(out, it.category);
        out += "</p>";
      }
      if (!it.summary.empty()) {
        out += "<p class=\"bv-related-summary\">";
        append_html_escaped(out, it.summary);
        out += "</p>";
      }
      out += "</li>\n";
    }
    out += "</ul>\n</aside>\n";
  }
}

}  // namespace

std::vector<toc_entry> table_of_contents(const article& in, const html_options& options) {
  std::optional<article> copy;  // an article built by hand: the parsers' heading-id pass, on a copy
  const article& a = detail::with_heading_ids(in, copy);
  std::vector<const block*> hs;
  collect_headings(a.body, hs);
  std::vector<toc_entry> out;
  for (const block* h : hs) {
    std::string id = options.id_prefix + h->id;
    if (h->level <= options.toc_max_level) out.push_back({h->level, plain_text(h->content), id});
  }
  return out;
}

std::string render_html(const article& in, const html_options& options) {
  std::optional<article> copy;  // an article built by hand: the parsers' heading-id pass, on a copy
  const article& a = detail::with_heading_ids(in, copy);
  if (!a.gfm && options.tagfilter) {  // parsed without GFM: no GFM tagfilter (resolve_implications)
    html_options o = options;
    o.tagfilter = false;
    return render_html(a, o);
  }
  std::string out;
  out.reserve(4096);
  int year = a.published ? detail::year_of(*a.published) : 0;
  detail::html_writer w(out, options, year);
  if (options.commonmark_compat) {
    // An article parsed with article structure holds the title and sapo it took
    // from the body outside the body: write them as cmark would have written the
    // heading and the bold lead they came from, so nothing is dropped (render()
    // adds a warning). Text import takes every part from the text.
    const bool from_text = a.source_format == "text";
    if (!a.title.empty() && (a.title_line || from_text)) {
      out += "<h1>";
      append_html_escaped(out, a.title);
      out += "</h1>\n";
    }
    if ((!a.sapo.empty() || !a.sapo_inlines.empty()) && (a.sapo_line || from_text)) {
      out += "<p><strong>";
      if (!a.sapo_inlines.empty()) w.inlines_html(a.sapo_inlines);
      else append_html_escaped(out, a.sapo);
      out += "</strong></p>\n";
    }
    w.blocks(a.body);
    w.footnotes_section();
    return out;
  }
  if (options.full_page) {
    out += "<!DOCTYPE html>\n<html lang=\"";
    append_attr_escaped(out, a.language.empty() ? "vi" : a.language);
    out += "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
    append_html_escaped(out, a.title.empty() ? std::string("Bài viết") : a.title);
    out += "</title>\n";
    if (!a.sapo.empty()) {
      out += "<meta name=\"description\" content=\"";
      append_attr_escaped(out, a.sapo);
      out += "\">\n";
    }
    if (!a.canonical_url.empty() && detail::is_safe_url(a.canonical_url, detail::url_use::link)) {
      out += "<link rel=\"canonical\" href=\"";
      detail::append_url_attr(out, a.canonical_url);
      out += "\">\n";
    }
    if (!options.stylesheet_href.empty()) {
      out += "<link rel=\"stylesheet\" href=\"";
      detail::append_url_attr(out, options.stylesheet_href);
      out += "\">\n";
    } else {
      out += "<style>\n";
      out += detail::default_stylesheet();
      out += "</style>\n";
    }
    if (options.jsonld) {
      out += "<script type=\"application/ld+json\">";
      out += render_jsonld(a);  // "<" already written as \u003c
      out += "</script>\n";
    }
    out += "</head>\n<body>\n";
  }
  out += "<article class=\"bv-article\"";
  if (!a.language.empty() && a.language != "vi") {
    out += " lang=\"";
    append_attr_escaped(out, a.language);
    out += '"';
  }
  out += ">\n";
  if (options.header) header_html(out, a, options, w);
  cover_html(out, a, options);
  if (options.toc) toc_html(out, table_of_contents(a, options));
  out += "<div class=\"bv-body\">\n";
  w.blocks(a.body);
  w.footnotes_section();
  out += "</div>\n";
  footer_html(out, a);
  if (options.related) related_html(out, a, options);
  out += "</article>\n";
  if (options.full_page) out += "</body>\n</html>\n";
  return out;
}

}  // namespace baiviet
