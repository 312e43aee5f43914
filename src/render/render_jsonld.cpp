// JSON-LD NewsArticle (schema.org) for search engines.
#include <nlohmann/json.hpp>

#include "baiviet/render.hpp"
#include "core/url_policy.hpp"

namespace baiviet {

namespace {
// Only URLs that the HTML renderer would also write (consumers copy them into links).
bool ok_url(const std::string& url, detail::url_use use) { return !url.empty() && detail::is_safe_url(url, use); }
}  // namespace

std::string render_jsonld(const article& a) {
  using json = nlohmann::ordered_json;
  json j;
  j["@context"] = "https://schema.org";
  j["@type"] = "NewsArticle";
  j["headline"] = a.title;
  if (!a.sapo.empty()) j["description"] = a.sapo;
  j["inLanguage"] = a.language.empty() ? "vi" : a.language;
  if (a.published) j["datePublished"] = a.published->iso();
  if (a.updated) j["dateModified"] = a.updated->iso();
  json authors = json::array();
  if (!a.authors.empty()) {
    for (const auto& au : a.authors) {
      json p{{"@type", "Person"}, {"name", au.name}};
      if (ok_url(au.url, detail::url_use::link)) p["url"] = au.url;
      authors.push_back(std::move(p));
    }
  } else {
    for (const auto& name : a.byline_info.authors) authors.push_back(json{{"@type", "Person"}, {"name", name}});
  }
  if (!authors.empty()) j["author"] = std::move(authors);
  if (ok_url(a.cover.src, detail::url_use::image)) j["image"] = json::array({a.cover.src});
  if (!a.category.empty()) j["articleSection"] = a.category;
  if (!a.tags.empty()) {
    std::string kw;
    for (const auto& t : a.tags) kw += (kw.empty() ? "" : ", ") + t;
    j["keywords"] = kw;
  }
  if (ok_url(a.canonical_url, detail::url_use::link)) {
    j["url"] = a.canonical_url;
    j["mainEntityOfPage"] = json{{"@type", "WebPage"}, {"@id", a.canonical_url}};
  }
  if (!a.series_info.name.empty())
    j["isPartOf"] = json{{"@type", "CreativeWorkSeries"}, {"name", a.series_info.name}};
  // Every "<" as \u003c (the same JSON): the output is safe to paste into a
  // <script type="application/ld+json"> element, which "</script>" would end.
  std::string s = j.dump(2, ' ', false, json::error_handler_t::replace);
  std::string out;
  out.reserve(s.size() + 16);
  for (char c : s) {
    if (c == '<') out += "\\u003c";
    else out.push_back(c);
  }
  out += '\n';
  return out;
}

}  // namespace baiviet
