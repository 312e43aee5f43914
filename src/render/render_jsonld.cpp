// JSON-LD NewsArticle (schema.org) for search engines.
#include <nlohmann/json.hpp>

#include "baiviet/render.hpp"

namespace baiviet {

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
      if (!au.url.empty()) p["url"] = au.url;
      authors.push_back(std::move(p));
    }
  } else {
    for (const auto& name : a.byline_info.authors) authors.push_back(json{{"@type", "Person"}, {"name", name}});
  }
  if (!authors.empty()) j["author"] = std::move(authors);
  if (!a.cover.empty()) j["image"] = json::array({a.cover.src});
  if (!a.category.empty()) j["articleSection"] = a.category;
  if (!a.tags.empty()) {
    std::string kw;
    for (const auto& t : a.tags) kw += (kw.empty() ? "" : ", ") + t;
    j["keywords"] = kw;
  }
  if (!a.canonical_url.empty()) {
    j["url"] = a.canonical_url;
    j["mainEntityOfPage"] = json{{"@type", "WebPage"}, {"@id", a.canonical_url}};
  }
  if (!a.series_info.name.empty())
    j["isPartOf"] = json{{"@type", "CreativeWorkSeries"}, {"name", a.series_info.name}};
  return j.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace baiviet
