// The model layer's passes (src/model): heading ids are set once by the parsers,
// the renderers only read them; an article built by hand gets the same ids.
#include <catch2/catch.hpp>

#include <string>

#include "baiviet/baiviet.hpp"

using namespace baiviet;

TEST_CASE("the Markdown parser sets every heading id once, unique in HTML order", "[model]") {
  parse_options po;
  po.article_structure = false;
  auto a = parse_markdown("# Tin mới\n\n## Tin mới\n\n> ## Tin mới\n\n## ???\n", po);
  REQUIRE(a);
  std::vector<std::string> ids;
  for (const auto& b : a->body) {
    if (b.type == block_type::heading) ids.push_back(b.id);
    for (const auto& c : b.children)
      if (c.type == block_type::heading) ids.push_back(c.id);
  }
  CHECK(ids == std::vector<std::string>{"tin-moi", "tin-moi-1", "tin-moi-2", "muc"});
  html_options ho;
  ho.id_prefix = "x-";
  const std::string html = render_html(*a, ho);
  CHECK(html.find("<h2 id=\"x-tin-moi-1\">") != std::string::npos);
  CHECK(html.find("<h2 id=\"x-muc\">") != std::string::npos);
}

TEST_CASE("an article built by hand renders the ids the parser would set", "[model]") {
  parse_options po;
  po.article_structure = false;
  auto parsed = parse_markdown("## Hà Nội\n\n## Hà Nội\n", po);
  REQUIRE(parsed);
  article by_hand = *parsed;
  for (auto& b : by_hand.body) b.id.clear();
  CHECK(render_html(by_hand) == render_html(*parsed));
  CHECK(render_json(by_hand) == render_json(*parsed));
  auto toc = table_of_contents(by_hand);
  REQUIRE(toc.size() == 2);
  CHECK(toc[1].id == "ha-noi-1");
}
