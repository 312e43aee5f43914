// Plain-text import of pages composed from their parts (tests/fixtures/import/pages.json): the
// lines over the title, the lines between the title and the lead, the outlet's marker opening
// the lead, a body, and the lines closing the text (and the title as pages write it), as outlets the rules were not written from
// print them. Each part must read the same wherever it stands: a rule that reads one part only
// when the part next to it is absent (a byline under the title found only without a section
// line over it) fails here, however the part reads alone.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <nlohmann/json.hpp>

#include "baiviet/import.hpp"
#include "baiviet/render.hpp"
#include "baiviet/text.hpp"
#include "test_util.hpp"

using json = nlohmann::json;

namespace {

/// The words of `s` (runs of letters, lower case, NFC): what must survive, in some field.
std::set<std::string> words(const std::string& s) {
  const std::string n = baiviet::normalize(s);
  std::set<std::string> out;
  std::string cur;
  for (int32_t i = 0; i < static_cast<int32_t>(n.size());) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(n.data()), i, static_cast<int32_t>(n.size()), c);
    if (u_isalpha(c)) {
      char buf[4];
      int32_t k = 0;
      U8_APPEND_UNSAFE(buf, k, u_tolower(c));
      cur.append(buf, static_cast<std::size_t>(k));
    } else if (!cur.empty()) {
      out.insert(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out.insert(cur);
  return out;
}

std::string lower(const std::string& s) {
  std::string out;
  for (const auto& w : words(s)) out += w + " ";
  return out;
}

const char* type_name(baiviet::block_type t) {
  switch (t) {
    case baiviet::block_type::paragraph: return "paragraph";
    case baiviet::block_type::heading: return "heading";
    case baiviet::block_type::figure: return "caption";
    default: return "other";
  }
}

/// The words of every string of a JSON value (keys too: "credit" stands for the label it implies).
void collect_words(const json& v, std::set<std::string>& out) {
  if (v.is_string()) {
    for (const auto& w : words(v.get<std::string>())) out.insert(w);
  } else if (v.is_object()) {
    for (const auto& [k, x] : v.items()) {
      out.insert(k);
      collect_words(x, out);
    }
  } else if (v.is_array()) {
    for (const auto& x : v) collect_words(x, out);
  }
}

std::string str(const json& part, const char* key) { return part.contains(key) ? part[key].get<std::string>() : ""; }

}  // namespace

TEST_CASE("import: pages composed from the parts other outlets print (tests/fixtures/import/pages.json)",
          "[import]") {
  const json d = json::parse(test_util::read_file(test_util::fixtures_dir() / "import" / "pages.json"));
  const std::string lead = d["lead"];
  std::set<std::string> unchecked;
  for (const auto& w : d["unchecked_words"]) unchecked.insert(w.get<std::string>());
  const json &prefixes = d["prefixes"], &titles = d["titles"], &headers = d["headers"], &markers = d["markers"],
             &bodies = d["bodies"], &footers = d["footers"];
  std::size_t pages = 0, turn = 0;
  for (const json& pre : prefixes)
    for (const json& head : headers)
      for (const json& foot : footers) {
        // Titles, markers, bodies and forms in turn: every one meets every prefix and header, and
        // many footers.
        const json& title = titles[turn % titles.size()];
        // (Seven forms: a number prime to the counts of titles, markers and bodies, so that each
        // meets every form.)
        static const std::vector<std::string> forms = {"lines", "blank", "crlf", "indent",
                                                       "nbsp",  "blank2", "crlf-blank"};
        const json& mark = markers[turn % markers.size()];
        const json& body = bodies[(turn / markers.size() + turn) % bodies.size()];
        // Pasted as a page comes: one line per paragraph, or a blank line between (two, as some
        // editors' copy gives), CRLF (and a blank line between: a browser's copy on Windows), an
        // indented copy, a no-break space for a space.
        const std::string form = forms[turn % forms.size()];
        std::vector<std::string> lines;
        for (const auto& l : pre["lines"]) lines.push_back(l);
        lines.push_back(title["line"]);
        for (const auto& l : head["lines"]) lines.push_back(l);
        lines.push_back(mark["marker"].get<std::string>() + lead);
        for (const auto& l : body["lines"]) lines.push_back(l);
        for (const auto& l : foot["lines"]) lines.push_back(l);
        std::string input;
        for (std::string& l : lines) {
          if (form == "indent") l = "    " + l;
          if (const std::size_t sp = l.find(' ', 4); form == "nbsp" && sp != std::string::npos)
            l.replace(sp, 1, "\xC2\xA0");
          input += l + (form == "crlf"         ? "\r\n"
                        : form == "blank"      ? "\n\n"
                        : form == "blank2"     ? "\n\n\n"
                        : form == "crlf-blank" ? "\r\n\r\n"
                                               : "\n");
        }
        INFO("page:\n" << input);
        ++turn;
        auto r = baiviet::import_text(input);
        REQUIRE(r.has_value());
        const baiviet::article& a = *r;
        ++pages;

        CHECK(a.title == title["title"].get<std::string>());
        CHECK(a.kicker == str(title, "kicker"));
        CHECK(a.sapo == lead);
        const std::string dateline = str(mark, "dateline").empty() ? str(head, "dateline") : str(mark, "dateline");
        CHECK(a.dateline == dateline);
        const std::string category = str(pre, "category").empty() ? str(head, "category") : str(pre, "category");
        CHECK(a.category == category);
        // The first date of the page, from the top.
        std::string published;
        for (const json* part : {&pre, &head, &foot})
          if (published.empty()) published = str(*part, "published");
        CHECK((a.published ? a.published->iso() : std::string()) == published);
        // The writers of the header and the footer, each once (a name in capitals at one end and
        // in mixed case at the other counts once); the footer's source, else the header's.
        std::set<std::string> want, got;
        for (const json* part : {&head, &foot})
          if (part->contains("authors"))
            for (const auto& n : (*part)["authors"]) want.insert(lower(n.get<std::string>()));
        for (const auto& n : a.byline_info.authors) CHECK(got.insert(lower(n)).second);
        CHECK(got == want);
        CHECK(a.byline_info.source == (str(foot, "source").empty() ? str(head, "source") : str(foot, "source")));
        // The body as the part has it, whatever surrounds it.
        const json& blocks = body["blocks"];
        REQUIRE(a.body.size() == blocks.size());
        for (std::size_t i = 0; i < blocks.size(); ++i) {
          CHECK(type_name(a.body[i].type) == blocks[i][0].get<std::string>());
          CHECK(baiviet::plain_text(a.body[i].content) == blocks[i][1].get<std::string>());
          if (blocks[i].size() > 2) CHECK(a.body[i].credit == blocks[i][2].get<std::string>());
        }
        // No word lost: each is in some field of the JSON model (the byline's lines, `dropped`,
        // the related lists, a credit's label where the model keeps it implied).
        std::set<std::string> out;
        collect_words(json::parse(baiviet::render_json(a)), out);
        for (const std::string& w : words(input))
          if (!unchecked.count(w) && !out.count(w) && !(w == "ảnh" && out.count("credit"))) {
            INFO("word lost: " << w);
            CHECK(false);
          }
      }
  CHECK(pages == prefixes.size() * headers.size() * footers.size());
}
