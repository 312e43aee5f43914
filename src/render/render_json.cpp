// JSON model output (schema "baiviet/article@1", documented in README "JSON model").
#include <cmath>

#include <nlohmann/json.hpp>

#include "baiviet/render.hpp"
#include "baiviet/text.hpp"
#include "model/heading_ids.hpp"
#include "render/html_writer.hpp"

namespace baiviet {

namespace {

/// Confidences are written with two decimals, so that every platform prints
/// the same bytes (docs/import.md).
double confidence2(double c) { return std::round(c * 100.0) / 100.0; }

using json = nlohmann::ordered_json;

const char* block_type_name(block_type t) {
  switch (t) {
    case block_type::paragraph: return "paragraph";
    case block_type::heading: return "heading";
    case block_type::figure: return "figure";
    case block_type::quote: return "quote";
    case block_type::list: return "list";
    case block_type::list_item: return "list_item";
    case block_type::table: return "table";
    case block_type::table_row: return "table_row";
    case block_type::table_cell: return "table_cell";
    case block_type::code: return "code";
    case block_type::html: return "html";
    case block_type::thematic_break: return "thematic_break";
    case block_type::footnote: return "footnote";
    case block_type::interview_question: return "question";
    case block_type::interview_answer: return "answer";
  }
  return "paragraph";
}

const char* inline_type_name(inline_type t) {
  switch (t) {
    case inline_type::text: return "text";
    case inline_type::softbreak: return "softbreak";
    case inline_type::linebreak: return "linebreak";
    case inline_type::code: return "code";
    case inline_type::emph: return "emph";
    case inline_type::strong: return "strong";
    case inline_type::strikethrough: return "strikethrough";
    case inline_type::link: return "link";
    case inline_type::image: return "image";
    case inline_type::html: return "html";
    case inline_type::footnote_ref: return "footnote_ref";
  }
  return "text";
}

json inline_json(const inline_node& n) {
  json j;
  j["type"] = inline_type_name(n.type);
  if (!n.text.empty()) j["text"] = n.text;
  if (n.type == inline_type::link || n.type == inline_type::image) {
    j["url"] = n.url;
    if (!n.title.empty()) j["title"] = n.title;
  }
  if (n.type == inline_type::footnote_ref) j["number"] = n.number;
  if (!n.children.empty()) {
    json c = json::array();
    for (const auto& x : n.children) c.push_back(inline_json(x));
    j["children"] = std::move(c);
  }
  return j;
}

json image_json(const image& img) {
  json j;
  j["src"] = img.src;
  j["alt"] = img.alt;
  if (!img.title.empty()) j["title"] = img.title;
  return j;
}

std::string block_text(const block& b);

std::string children_text(const std::vector<block>& bs) {
  std::string out;
  for (const auto& c : bs) {
    std::string t = block_text(c);
    if (t.empty()) continue;
    if (!out.empty()) out += "\n";
    out += t;
  }
  return out;
}

std::string block_text(const block& b) {
  switch (b.type) {
    case block_type::code:
    case block_type::html: return b.literal;
    case block_type::table_row: {
      std::string out;
      for (const auto& c : b.children) out += (out.empty() ? "" : "\t") + plain_text(c.content);
      return out;
    }
    default:
      if (!b.content.empty()) return plain_text(b.content);
      return children_text(b.children);
  }
}

class json_builder {
 public:
  json_builder(const json_options& o, bool with_confidence) : o_(o), confidence_(with_confidence) {}

  json blocks(const std::vector<block>& bs) {
    json arr = json::array();
    for (const auto& b : bs) arr.push_back(block_json(b));
    return arr;
  }

 private:
  json block_json(const block& b) {
    json j;
    j["type"] = block_type_name(b.type);
    switch (b.type) {
      case block_type::heading:
        j["level"] = b.level;
        j["id"] = b.id;  // model/heading_ids
        break;
      case block_type::figure:
        if (!b.img.empty()) j["image"] = image_json(b.img);
        if (!b.credit.empty()) j["credit"] = b.credit;
        if (!b.credit.empty() && !b.credit_label.empty()) j["credit_label"] = b.credit_label;
        break;
      case block_type::list:
        j["ordered"] = b.ordered;
        if (b.ordered) j["start"] = b.start;
        j["tight"] = b.tight;
        break;
      case block_type::list_item:
        if (b.task >= 0) j["checked"] = b.task == 1;
        break;
      case block_type::table: {
        json al = json::array();
        for (auto a : b.aligns) al.push_back(a == align::left ? "left" : a == align::center ? "center" : a == align::right ? "right" : "");
        j["align"] = std::move(al);
        json rows = json::array();
        for (const auto& r : b.children) {
          json row = json::array();
          for (const auto& c : r.children) row.push_back(plain_text(c.content));
          rows.push_back(std::move(row));
        }
        j["rows"] = std::move(rows);
        j["header_rows"] = b.children.empty() || b.children.front().level != 1 ? 0 : 1;
        break;
      }
      case block_type::code:
        if (!b.info.empty()) j["info"] = b.info;
        break;
      case block_type::footnote:
        j["label"] = b.label;
        j["number"] = b.number;
        break;
      default: break;
    }
    if (b.type != block_type::thematic_break && b.type != block_type::table) j["text"] = block_text(b);
    if (o_.inlines && !b.content.empty()) {
      json c = json::array();
      for (const auto& n : b.content) c.push_back(inline_json(n));
      j["content"] = std::move(c);
    }
    if (!b.children.empty() && b.type != block_type::table) j["children"] = blocks(b.children);
    if (confidence_) j["confidence"] = confidence2(b.confidence);
    if (b.source_line) j["line"] = b.source_line;
    return j;
  }

  const json_options& o_;
  bool confidence_;
};

json related_json(const related_list& list) {
  json j;
  j["heading"] = list.heading;
  json items = json::array();
  for (const auto& it : list.items) {
    json x;
    x["title"] = it.title;
    if (!it.url.empty()) x["url"] = it.url;
    x["category"] = it.category;
    x["summary"] = it.summary;
    if (it.published) x["published"] = it.published->iso();
    items.push_back(std::move(x));
  }
  j["items"] = std::move(items);
  return j;
}

}  // namespace

std::string render_json(const article& in, const json_options& options) {
  std::optional<article> copy;  // an article built by hand: the parsers' heading-id pass, on a copy
  const article& a = detail::with_heading_ids(in, copy);
  bool text_import = a.source_format == "text";
  json j;
  j["schema"] = "baiviet/article@1";
  j["source_format"] = a.source_format;
  j["language"] = a.language;
  j["kicker"] = a.kicker;
  if (!a.series_info.name.empty()) j["series"] = json{{"name", a.series_info.name}, {"part", a.series_info.part}};
  else j["series"] = nullptr;
  j["title"] = a.title;
  j["sapo"] = a.sapo;
  if (!a.dateline.empty()) j["dateline"] = a.dateline;
  json by;
  by["text"] = a.byline_info.text;
  by["role"] = a.byline_info.role;
  by["authors"] = a.byline_info.authors;
  if (!a.byline_info.source.empty()) by["source"] = a.byline_info.source;
  if (text_import) by["confidence"] = confidence2(a.byline_info.confidence);
  j["byline"] = std::move(by);
  json authors = json::array();
  for (const auto& au : a.authors) {
    json x;
    x["name"] = au.name;
    if (!au.role.empty()) x["role"] = au.role;
    if (!au.url.empty()) x["url"] = au.url;
    authors.push_back(std::move(x));
  }
  j["authors"] = std::move(authors);
  j["published"] = a.published ? json(a.published->iso()) : json(nullptr);
  j["updated"] = a.updated ? json(a.updated->iso()) : json(nullptr);
  j["category"] = a.category;
  j["tags"] = a.tags;
  if (!a.cover.empty()) {
    json c = image_json(a.cover);
    if (!a.cover_caption.empty()) c["caption"] = a.cover_caption;
    j["image"] = std::move(c);
  } else {
    j["image"] = nullptr;
  }
  j["canonical_url"] = a.canonical_url;
  j["draft"] = a.draft;
  if (text_import)
    j["confidence"] = json{{"title", confidence2(a.title_confidence)},
                           {"sapo", confidence2(a.sapo_confidence)},
                           {"dateline", confidence2(a.dateline_confidence)}};
  json_builder b(options, text_import);
  j["body"] = b.blocks(a.body);
  j["related"] = a.related.empty() ? json(nullptr) : related_json(a.related.front());
  if (a.related.size() > 1) {
    json more = json::array();
    for (std::size_t i = 1; i < a.related.size(); ++i) more.push_back(related_json(a.related[i]));
    j["related_more"] = std::move(more);
  }
  json dropped = json::array();
  for (const auto& d : a.dropped) dropped.push_back(json{{"text", d.text}, {"reason", d.reason}, {"line", d.line}});
  j["dropped"] = std::move(dropped);
  json warnings = json::array();
  for (const auto& w : a.warnings) warnings.push_back(json{{"message", w.message}, {"line", w.line}});
  j["warnings"] = std::move(warnings);
  std::string out = j.dump(options.pretty ? 2 : -1, ' ', false, json::error_handler_t::replace);
  out.push_back('\n');
  return out;
}

}  // namespace baiviet
