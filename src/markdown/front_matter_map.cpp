// The one mapping from a front-matter tree (YAML, TOML or JSON) to the article's
// metadata. A value never costs the article: a wrong type, an unreadable date or
// a leftover template placeholder is a warning naming its line, and the field is
// left empty.
#include <charconv>
#include <string>

#include "core/date_time.hpp"
#include "core/utf8.hpp"
#include "markdown/front_matter_tree.hpp"

namespace baiviet::detail {

namespace {

using kind = fm_value::kind;

bool ascii_iequal(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

/// Key comparison: ASCII case-insensitive, as Hugo reads its keys
/// ("publishDate", "publishdate" and "PublishDate" are one key).
bool key_is(std::string_view key, std::initializer_list<std::string_view> names) {
  for (auto n : names)
    if (ascii_iequal(key, n)) return true;
  return false;
}

const char* kind_name(kind k) {
  switch (k) {
    case kind::list: return "a list";
    case kind::map: return "a mapping";
    case kind::boolean: return "true/false";
    case kind::number: return "a number";
    case kind::date: return "a date";
    case kind::null: return "nothing";
    default: return "text";
  }
}

std::string trimmed(std::string_view s) {
  std::size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  std::size_t e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

/// A template expression left in the value by an archetype or a note app:
/// "{{ .Date }}", "{{ replace .Name "-" " " | title }}", "<% tp.date.now() %>",
/// "{% date %}", "${date}".
bool has_placeholder(std::string_view s) {
  return s.find("{{") != std::string_view::npos || s.find("{%") != std::string_view::npos ||
         s.find("<%") != std::string_view::npos || s.find("${") != std::string_view::npos;
}

bool is_placeholder(std::string_view s) {
  std::string t = trimmed(s);
  auto wrapped = [&](std::string_view open, std::string_view close) {
    return t.size() >= open.size() + close.size() && t.compare(0, open.size(), open) == 0 &&
           t.compare(t.size() - close.size(), close.size(), close) == 0;
  };
  return wrapped("{{", "}}") || wrapped("{%", "%}") || wrapped("<%", "%>") || wrapped("${", "}");
}

std::string quoted(std::string_view s) {
  std::string out = "'";
  if (s.size() > 60) {
    out.append(detail::utf8_prefix(s, 60));  // whole code points
    out += "…";
  } else {
    out.append(s);
  }
  return out + "'";
}

class mapper {
 public:
  explicit mapper(article& a) : a_(a) {}

  void apply(const fm_value& root) {
    for (const auto& [key, v] : root.entries) entry(key, v);
  }

 private:
  void warn(std::string_view key, const std::string& what, std::size_t line) {
    a_.warnings.push_back({"front matter '" + std::string(key) + "': " + what, line});
  }

  /// Text of a scalar field. A list or mapping, or a whole-value template
  /// placeholder, is a warning and gives "".
  std::string text(const fm_value& v, std::string_view key) {
    if (v.k == kind::null) return {};
    if (!v.scalar()) {
      warn(key, std::string("expected text, found ") + kind_name(v.k) + " (left empty)", v.line);
      return {};
    }
    if (is_placeholder(v.text)) {
      warn(key, "template placeholder " + quoted(v.text) + " (left empty)", v.line);
      return {};
    }
    return v.text;
  }

  /// The first scalar of a list (Hugo's images: [a, b]), or the value itself.
  const fm_value& first(const fm_value& v) { return v.k == kind::list && !v.items.empty() ? v.items.front() : v; }

  const fm_value* member(const fm_value& map, std::initializer_list<std::string_view> names) {
    if (map.k != kind::map) return nullptr;
    for (const auto& [k, v] : map.entries)
      if (key_is(k, names)) return &v;
    return nullptr;
  }

  std::string field(const fm_value& map, std::initializer_list<std::string_view> names, std::string_view context) {
    const fm_value* v = member(map, names);
    return v ? text(*v, std::string(context) + "." + std::string(*names.begin())) : std::string();
  }

  /// A series part: a whole number from 1 to 9999 (`part: 2`, `part: "2"`; 0 is none). Anything else
  /// (`2.5`, `Kỳ 2`, `-1`, a number too large for an int) is a warning and gives 0, no part.
  int part_number(const fm_value& v, std::string_view key) {
    const std::string context = std::string(key) + ".part";
    const std::string t = text(v, context);
    if (t.empty()) return 0;
    int n = 0;
    const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), n);
    if (ec == std::errc{} && end == t.data() + t.size() && n >= 0 && n <= 9999) return n;  // 0: none
    warn(context, "expected a whole number from 1 to 9999, found " + quoted(t) + " (left out)", v.line);
    return 0;
  }

  std::optional<date_time> date(const fm_value& v, std::string_view key) {
    if (v.k == kind::null) return std::nullopt;
    if (!(v.k == kind::text || v.k == kind::date)) {
      warn(key, std::string("expected a date, found ") + kind_name(v.k) + " (left empty)", v.line);
      return std::nullopt;
    }
    if (trimmed(v.text).empty()) return std::nullopt;
    if (has_placeholder(v.text)) {
      warn(key, "template placeholder " + quoted(v.text) + " instead of a date (left empty)", v.line);
      return std::nullopt;
    }
    auto dt = parse_date_time(v.text);
    if (!dt)
      warn(key,
           "not a date: " + quoted(v.text) +
               " (expected e.g. 2024-02-29T08:30:00+07:00 or 29/02/2024 08:30; left empty)",
           v.line);
    return dt;
  }

  /// true/false: a boolean, or the text "true"/"false" (quoted in YAML).
  std::optional<bool> flag_value(const fm_value& v) {
    if (v.k == kind::boolean || v.k == kind::text) {
      std::string t = trimmed(v.text);
      if (ascii_iequal(t, "true")) return true;
      if (ascii_iequal(t, "false")) return false;
    }
    return std::nullopt;
  }

  void flag(const fm_value& v, std::string_view key, bool draft_when) {
    if (v.k == kind::null) return;
    auto b = flag_value(v);
    if (!b) {
      warn(key, std::string("expected true or false, found ") + kind_name(v.k) +
                    (v.scalar() ? " " + quoted(v.text) : std::string()) + " (ignored)",
           v.line);
      return;
    }
    if (*b == draft_when) a_.draft = true;
  }

  template <class F>
  void each_item(const fm_value& v, F f) {
    if (v.k == kind::list) {
      for (const auto& item : v.items) f(item);
    } else if (v.k != kind::null) {
      f(v);
    }
  }

  void image_into(const fm_value& v, std::string_view key, image& img, std::string* caption) {
    if (v.k == kind::list && v.items.empty()) return;
    const fm_value& x = first(v);
    if (x.k == kind::map) {
      img.src = field(x, {"src", "url", "image"}, key);
      img.alt = field(x, {"alt"}, key);
      img.title = field(x, {"title"}, key);
      if (caption) *caption = field(x, {"caption"}, key);
    } else {
      img.src = text(x, key);
    }
  }

  void authors(const fm_value& v, std::string_view key) {
    each_item(v, [&](const fm_value& item) {
      author au;
      if (item.k == kind::map) {
        au.name = field(item, {"name"}, key);
        au.role = field(item, {"role"}, key);
        au.url = field(item, {"url"}, key);
      } else {
        au.name = text(item, key);
      }
      if (!au.name.empty()) a_.authors.push_back(au);
    });
  }

  void related(const fm_value& v, std::string_view key) {
    related_list list;
    const fm_value* items = &v;
    if (v.k == kind::map) {
      list.heading = field(v, {"heading", "title"}, key);
      items = member(v, {"items"});
      if (!items) return;
    }
    if (list.heading.empty()) list.heading = "Tin liên quan";
    each_item(*items, [&](const fm_value& item) {
      related_item r;
      if (item.k == kind::map) {
        r.title = field(item, {"title"}, key);
        r.url = field(item, {"url", "href"}, key);
        r.category = field(item, {"category"}, key);
        r.summary = field(item, {"summary", "sapo", "description"}, key);
        if (const fm_value* d = member(item, {"date", "published"})) {
          if (auto dt = date(*d, std::string(key) + ".date")) r.published = *dt;
        }
      } else {
        r.title = text(item, key);
      }
      if (!r.title.empty()) list.items.push_back(r);
    });
    if (!list.items.empty()) a_.related.push_back(std::move(list));
  }

  void entry(const std::string& key, const fm_value& v) {
    if (key_is(key, {"title"})) a_.title = text(v, key);
    else if (key_is(key, {"kicker", "supertitle"})) a_.kicker = text(v, key);
    else if (key_is(key, {"series"})) {
      if (v.k == kind::map) {
        a_.series_info.name = field(v, {"name", "title"}, key);
        if (const fm_value* p = member(v, {"part", "number"})) a_.series_info.part = part_number(*p, key);
      } else {
        a_.series_info.name = text(first(v), key);
      }
    } else if (key_is(key, {"sapo", "description", "lead", "summary"})) a_.sapo = text(v, key);
    else if (key_is(key, {"author", "authors"})) authors(v, key);
    else if (key_is(key, {"byline"})) a_.byline_info.text = text(v, key);
    else if (key_is(key, {"role", "byline_role"})) a_.byline_info.role = text(v, key);
    else if (key_is(key, {"published"}) && flag_value(v)) flag(v, key, false);  // Jekyll: published: false
    else if (key_is(key, {"draft"})) flag(v, key, true);                          // Hugo: draft: true
    else if (key_is(key, {"date", "published", "publishDate", "publish_date", "datePublished"})) {
      if (auto d = date(v, key)) a_.published = *d;
    } else if (key_is(key, {"updated", "lastmod", "modified", "dateModified"})) {
      if (auto d = date(v, key)) a_.updated = *d;
    } else if (key_is(key, {"category", "categories", "section"})) {
      each_item(v, [&](const fm_value& item) {
        std::string c = text(item, key);
        if (a_.category.empty()) a_.category = c;
      });
    } else if (key_is(key, {"tags", "tag", "keywords"})) {
      each_item(v, [&](const fm_value& item) {
        std::string t = text(item, key);
        if (!t.empty()) a_.tags.push_back(t);
      });
    } else if (key_is(key, {"image", "images", "cover", "featured_image", "featuredImage"}))
      image_into(v, key, a_.cover, &a_.cover_caption);
    else if (key_is(key, {"canonical", "canonical_url", "canonicalURL", "url"})) a_.canonical_url = text(v, key);
    else if (key_is(key, {"lang", "language"})) {
      std::string l = text(v, key);
      if (!l.empty()) a_.language = l;
    }
    else if (key_is(key, {"dateline"})) a_.dateline = text(v, key);
    else if (key_is(key, {"related"})) related(v, key);
    else if (key_is(key, {"taxonomy"}) && v.k == kind::map) {  // Grav: taxonomy: {category: […], tag: […]}
      for (const auto& [k, x] : v.entries) {
        if (key_is(k, {"category", "categories", "tag", "tags"})) entry(k, x);
        else a_.warnings.push_back({"front matter: unknown key 'taxonomy." + k + "' ignored", x.line});
      }
    }
    else a_.warnings.push_back({"front matter: unknown key '" + key + "' ignored", v.line});
  }

  article& a_;
};

}  // namespace

void apply_front_matter_tree(const fm_value& root, article& a) { mapper(a).apply(root); }

}  // namespace baiviet::detail
