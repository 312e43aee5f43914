#include "markdown/front_matter.hpp"

#include <yaml.h>

#include <memory>
#include <string>

#include "core/date_time.hpp"

namespace baiviet::detail {

namespace {

std::string_view next_line(std::string_view s, std::size_t& pos) {
  std::size_t end = s.find('\n', pos);
  if (end == std::string_view::npos) end = s.size();
  std::string_view line = s.substr(pos, end - pos);
  pos = end < s.size() ? end + 1 : s.size();
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

bool is_fence(std::string_view line, std::string_view fence) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  return line == fence;
}

}  // namespace

result<front_matter_split> split_front_matter(std::string_view source) {
  front_matter_split out;
  out.body = source;
  std::string_view s = source;
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  std::size_t pos = 0;
  if (!is_fence(next_line(s, pos), "---")) return out;
  std::size_t yaml_start = pos;
  std::size_t line_no = 1;
  while (pos < s.size()) {
    std::size_t line_start = pos;
    std::string_view line = next_line(s, pos);
    ++line_no;
    if (is_fence(line, "---") || is_fence(line, "...")) {
      out.present = true;
      out.yaml = s.substr(yaml_start, line_start - yaml_start);
      out.body = s.substr(pos);
      out.body_first_line = line_no + 1;
      return out;
    }
  }
  return make_error(errc::front_matter, "front matter opened by '---' on line 1 is never closed (expected a '---' line)", 1);
}

namespace {

struct yaml_doc {
  yaml_document_t doc;
  bool loaded = false;
  ~yaml_doc() {
    if (loaded) yaml_document_delete(&doc);
  }
};

class reader {
 public:
  reader(yaml_document_t* doc, article& a) : doc_(doc), a_(a) {}

  yaml_node_t* node(int id) const { return yaml_document_get_node(doc_, id); }

  std::size_t line_of(yaml_node_t* n) const { return n ? n->start_mark.line + 2 : 0; }  // +1 fence line, +1 1-based

  // Scalar text, or empty for non-scalars.
  std::string scalar(yaml_node_t* n) const {
    if (!n || n->type != YAML_SCALAR_NODE) return {};
    return std::string(reinterpret_cast<const char*>(n->data.scalar.value), n->data.scalar.length);
  }

  template <class F>
  void each_item(yaml_node_t* n, F f) {
    if (!n) return;
    if (n->type == YAML_SEQUENCE_NODE) {
      for (yaml_node_item_t* it = n->data.sequence.items.start; it < n->data.sequence.items.top; ++it)
        if (++visited_ < max_visits_) f(node(*it));
    } else {
      f(n);
    }
  }

  template <class F>
  void each_pair(yaml_node_t* n, F f) {
    if (!n || n->type != YAML_MAPPING_NODE) return;
    for (yaml_node_pair_t* p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; ++p)
      if (++visited_ < max_visits_) f(scalar(node(p->key)), node(p->value));
  }

  std::string field(yaml_node_t* map, std::initializer_list<std::string_view> keys) {
    std::string out;
    each_pair(map, [&](const std::string& k, yaml_node_t* v) {
      for (auto key : keys)
        if (out.empty() && k == key) out = scalar(v);
    });
    return out;
  }

  result<bool> date(yaml_node_t* v, std::optional<date_time>& into, const std::string& key) {
    std::string s = scalar(v);
    auto dt = parse_date_time(s);
    if (!dt) return make_error(errc::front_matter, "front matter '" + key + "': not a date ('" + s + "'; expected e.g. 2024-02-29T08:30:00+07:00)", line_of(v));
    into = *dt;
    return true;
  }

  void image_into(yaml_node_t* v, image& img, std::string* caption) {
    if (v && v->type == YAML_MAPPING_NODE) {
      img.src = field(v, {"src", "url"});
      img.alt = field(v, {"alt"});
      img.title = field(v, {"title"});
      if (caption) *caption = field(v, {"caption"});
    } else {
      img.src = scalar(v);
    }
  }

  result<bool> apply(yaml_node_t* root) {
    if (!root) return true;  // empty front matter
    if (root->type != YAML_MAPPING_NODE)
      return make_error(errc::front_matter, "front matter must be a mapping of keys to values", line_of(root));
    result<bool> status = true;
    each_pair(root, [&](const std::string& key, yaml_node_t* v) {
      if (!status) return;
      if (key == "title") a_.title = scalar(v);
      else if (key == "kicker" || key == "supertitle") a_.kicker = scalar(v);
      else if (key == "series") {
        if (v && v->type == YAML_MAPPING_NODE) {
          a_.series_info.name = field(v, {"name", "title"});
          std::string part = field(v, {"part", "number"});
          a_.series_info.part = part.empty() ? 0 : std::atoi(part.c_str());
        } else {
          a_.series_info.name = scalar(v);
        }
      } else if (key == "sapo" || key == "description" || key == "lead" || key == "summary") a_.sapo = scalar(v);
      else if (key == "author" || key == "authors") {
        each_item(v, [&](yaml_node_t* item) {
          author au;
          if (item && item->type == YAML_MAPPING_NODE) {
            au.name = field(item, {"name"});
            au.role = field(item, {"role"});
            au.url = field(item, {"url"});
          } else {
            au.name = scalar(item);
          }
          if (!au.name.empty()) a_.authors.push_back(au);
        });
      } else if (key == "byline") a_.byline_info.text = scalar(v);
      else if (key == "role" || key == "byline_role") a_.byline_info.role = scalar(v);
      else if (key == "date" || key == "published" || key == "publishDate" || key == "datePublished") status = date(v, a_.published, key);
      else if (key == "updated" || key == "lastmod" || key == "modified" || key == "dateModified") status = date(v, a_.updated, key);
      else if (key == "category" || key == "categories" || key == "section") {
        each_item(v, [&](yaml_node_t* item) {
          if (a_.category.empty()) a_.category = scalar(item);
        });
      } else if (key == "tags" || key == "keywords") {
        each_item(v, [&](yaml_node_t* item) {
          std::string t = scalar(item);
          if (!t.empty()) a_.tags.push_back(t);
        });
      } else if (key == "image" || key == "cover" || key == "featured_image") image_into(v, a_.cover, &a_.cover_caption);
      else if (key == "canonical" || key == "canonical_url" || key == "url") a_.canonical_url = scalar(v);
      else if (key == "lang" || key == "language") a_.language = scalar(v);
      else if (key == "dateline") a_.dateline = scalar(v);
      else if (key == "related") {
        related_list list;
        if (v && v->type == YAML_MAPPING_NODE) {
          list.heading = field(v, {"heading", "title"});
          each_pair(v, [&](const std::string& k, yaml_node_t* items) {
            if (k == "items") v = items;
          });
        }
        if (list.heading.empty()) list.heading = "Tin liên quan";
        each_item(v, [&](yaml_node_t* item) {
          related_item r;
          if (item && item->type == YAML_MAPPING_NODE) {
            r.title = field(item, {"title"});
            r.url = field(item, {"url", "href"});
            r.category = field(item, {"category"});
            r.summary = field(item, {"summary", "sapo", "description"});
            if (auto d = parse_date_time(field(item, {"date", "published"}))) r.published = *d;
          } else {
            r.title = scalar(item);
          }
          if (!r.title.empty()) list.items.push_back(r);
        });
        if (!list.items.empty()) a_.related.push_back(std::move(list));
      } else {
        a_.warnings.push_back({"front matter: unknown key '" + key + "' ignored", line_of(v)});
      }
    });
    return status;
  }

 private:
  yaml_document_t* doc_;
  article& a_;
  std::size_t visited_ = 0;
  static constexpr std::size_t max_visits_ = 100000;  // bounds work on alias-heavy YAML
};

}  // namespace

result<bool> apply_front_matter(std::string_view yaml, article& a) {
  yaml_parser_t parser;
  if (!yaml_parser_initialize(&parser)) return make_error(errc::out_of_memory, "cannot initialise the YAML parser");
  std::unique_ptr<yaml_parser_t, void (*)(yaml_parser_t*)> guard(&parser, yaml_parser_delete);
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(yaml.data()), yaml.size());
  yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING);
  yaml_doc d;
  if (!yaml_parser_load(&parser, &d.doc)) {
    std::size_t line = parser.problem_mark.line + 2;
    std::string msg = "malformed front matter: ";
    msg += parser.problem ? parser.problem : "YAML error";
    if (parser.context) {
      msg += " (";
      msg += parser.context;
      msg += ")";
    }
    return make_error(errc::front_matter, msg, line);
  }
  d.loaded = true;
  reader r(&d.doc, a);
  return r.apply(yaml_document_get_root_node(&d.doc));
}

}  // namespace baiviet::detail
