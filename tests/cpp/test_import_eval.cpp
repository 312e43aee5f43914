// Element-level evaluation of plain-text import on every labelled article
// (tests/cpp/import_eval.hpp defines the labels and the matching).
//
// Prints the tables quoted in docs/import.md: per element and per source,
// and asserts floors a little under what the importer measured, so that a
// regression fails. Skipped (except for the sample) when ../shared/corpus is
// absent.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "baiviet/import.hpp"
#include "baiviet/render.hpp"
#include "core/utf8.hpp"
#include "import/features.hpp"
#include "import/import_detail.hpp"
#include "import/model.hpp"
#include "import_eval.hpp"
#include "test_util.hpp"

namespace ev = import_eval;
namespace R = baiviet::detail::import_rules;

namespace {

struct run_result {
  std::map<std::string, std::map<std::string, ev::tally>> by_group;  // group → element → tally
  std::vector<ev::scored> predictions;                                // every predicted element
  std::string report;                                                 // misses and false positives per file
};

/// The fold models of tests/fixtures/import/model_folds.json: per group, the
/// models trained without that group's articles.
std::map<std::string, R::import_model> load_folds() {
  std::map<std::string, R::import_model> out;
  const auto path = test_util::fixtures_dir() / "import" / "model_folds.json";
  if (!std::filesystem::exists(path)) return out;
  const ev::json j = ev::json::parse(test_util::read_file(path));
  auto model = [](const ev::json& m) {
    R::linear_model l;
    l.classes = m["classes"].get<int>();
    l.features = m["features"].get<std::size_t>();
    l.schema = std::stoull(m["schema"].get<std::string>());
    l.weights = m["weights"].get<std::vector<std::int64_t>>();
    l.bias = m["bias"].get<std::vector<std::int64_t>>();
    l.caption_over_heading = m.value("caption_over_heading", std::int64_t{0});
    l.calibration.resize(static_cast<std::size_t>(l.classes));
    for (const auto& c : m["calibration"])
      l.calibration[c[0].get<std::size_t>()].emplace_back(c[1].get<std::int64_t>(), c[2].get<int>());
    return l;
  };
  for (const auto& [group, e] : j["folds"].items()) {
    R::import_model m;
    if (e.contains("body")) m.body = model(e["body"]);
    out[group] = std::move(m);
  }
  return out;
}

enum class which { shipped, rules, folds };

run_result run(const std::vector<ev::gold_doc>& docs, which w,
               const std::map<std::string, R::import_model>& folds = {}) {
  run_result r;
  const R::import_model rules;  // empty: the hand rules decide
  for (const auto& g : docs) {
    const R::import_model* m = &R::default_model();
    if (w == which::rules) m = &rules;
    if (w == which::folds) {
      auto it = folds.find(g.group);
      m = it == folds.end() ? &rules : &it->second;
    }
    auto a = baiviet::detail::import_text_with(g.input, {}, *m, nullptr);
    REQUIRE(a.has_value());
    const ev::doc_score d = ev::score(g, *a);
    for (const auto& [el, t] : d.by_element) r.by_group[g.group][el] += t;
    for (ev::scored p : d.predictions) {
      p.group = g.group;
      r.predictions.push_back(std::move(p));
    }
    // At most 160 bytes of each text, cut before a continuation byte so the report stays UTF-8.
    const auto head = [](const std::string& t) { return std::string(baiviet::detail::utf8_prefix(t, 160)); };
    std::string lines;
    for (const auto& m : d.misses) lines += "  MISS " + m.element + ": " + head(m.text) + "\n";
    for (const auto& p : d.predictions)
      if (!p.correct) lines += "  FP   " + p.element + " (" + ev::fmt(p.confidence) + "): " + head(p.text) + "\n";
    if (!lines.empty()) r.report += g.group + "/" + g.name + "\n" + lines;
  }
  return r;
}

std::map<std::string, ev::tally> merge(const run_result& r, const std::set<std::string>& groups) {
  std::map<std::string, ev::tally> out;
  for (const auto& [g, m] : r.by_group) {
    if (!groups.count(g)) continue;
    for (const auto& [el, t] : m) out[el] += t;
  }
  return out;
}

std::string group_table(const run_result& r) {
  std::string s = "| source |";
  for (const auto& e : ev::elements()) s += " " + e + " |";
  s += " all |\n|---|";
  for (std::size_t i = 0; i <= ev::elements().size(); ++i) s += "---|";
  s += "\n";
  for (const auto& [g, m] : r.by_group) {
    s += "| " + g + " |";
    for (const auto& e : ev::elements()) {
      auto it = m.find(e);
      if (it == m.end() || (it->second.gold() == 0 && it->second.predicted() == 0)) s += " – |";
      else s += " " + ev::fmt(it->second.f1()) + " |";
    }
    s += " " + ev::fmt(ev::total(m).f1()) + " |\n";
  }
  return s;
}

/// Confidence bins → observed accuracy of the predicted elements.
struct bin {
  std::size_t n = 0, right = 0;
  double conf_sum = 0;
};

std::vector<bin> reliability(const std::vector<ev::scored>& preds, const std::set<std::string>& elements) {
  std::vector<bin> bins(6);  // <0.5, 0.5-0.6, 0.6-0.7, 0.7-0.8, 0.8-0.9, >=0.9
  for (const auto& p : preds) {
    if (!elements.empty() && !elements.count(p.element)) continue;
    const double c = p.confidence;
    std::size_t k = c < 0.5 ? 0 : c < 0.6 ? 1 : c < 0.7 ? 2 : c < 0.8 ? 3 : c < 0.9 ? 4 : 5;
    ++bins[k].n;
    bins[k].right += p.correct;
    bins[k].conf_sum += c;
  }
  return bins;
}

std::string reliability_table(const std::vector<bin>& bins) {
  static const char* names[] = {"< 0.50", "0.50–0.59", "0.60–0.69", "0.70–0.79", "0.80–0.89", "≥ 0.90"};
  std::string s = "| confidence | elements | mean confidence | observed accuracy |\n|---|---|---|---|\n";
  for (std::size_t k = 0; k < bins.size(); ++k) {
    if (bins[k].n == 0) continue;
    s += std::string("| ") + names[k] + " | " + std::to_string(bins[k].n) + " | " +
         ev::fmt(bins[k].conf_sum / double(bins[k].n)) + " | " + ev::fmt(double(bins[k].right) / double(bins[k].n)) +
         " |\n";
  }
  return s;
}

}  // namespace

TEST_CASE("import eval: element-level precision and recall on the labelled articles", "[import][eval]") {
  const std::vector<ev::gold_doc> docs = ev::load_all();
  if (!test_util::have_shared_corpus()) WARN("../shared/corpus is absent: only the sample is evaluated");
  const auto folds = load_folds();
  for (const auto& [g, m] : folds) {
    INFO("fold " << g << ": retrain with tests/import/train_model.py after changing src/import/features.hpp");
    if (!m.body.empty()) CHECK(m.body.schema == R::body_schema);
  }
  const std::set<std::string> dev = {"baomoi_magizbox", "dantri_unc", "thanhnien_edunews", "vfnd", "vietmds", "vietnews"};
  const run_result held = run(docs, which::folds, folds);
  // The same texts as a browser's copy gives them: a blank line between every two paragraphs.
  std::vector<ev::gold_doc> gapped = docs;
  for (auto& g : gapped) {
    std::string out;
    for (const auto& l : ev::split_lines(g.input))
      if (l.find_first_not_of(" \t\r") != std::string::npos) out += l + "\n\n";
    g.input = out;
  }
  const run_result held_gapped = run(gapped, which::folds, folds);
  const run_result rules = run(docs, which::rules);
  const run_result shipped = run(docs, which::shipped);

  std::printf("\nimport eval: %zu labelled articles\n", docs.size());
  std::printf("\nheld out (each source measured with the model trained without it), dev corpus:\n%s",
              ev::element_table(merge(held, dev)).c_str());
  std::printf("\nheld out, Báo Bình Định + sample:\n%s", ev::element_table(merge(held, {"baobinhdinh", "sample"})).c_str());
  std::printf("\nheld out, F1 per source:\n%s", group_table(held).c_str());
  std::printf("\nheld out, dev corpus pasted with a blank line between every two paragraphs:\n%s",
              ev::element_table(merge(held_gapped, dev)).c_str());
  std::printf("\nhand rules only (no model), dev corpus:\n%s", ev::element_table(merge(rules, dev)).c_str());
  std::printf("\nshipped model (trained on all sources: in-sample), dev corpus:\n%s\n",
              ev::element_table(merge(shipped, dev)).c_str());
  std::vector<ev::scored> held_dev;
  for (const auto& p : held.predictions)
    if (dev.count(p.group)) held_dev.push_back(p);
  const auto rel = reliability(held_dev, {});
  std::printf("reliability, held out, dev corpus (every predicted element):\n%s\n", reliability_table(rel).c_str());
  for (const auto& e : ev::elements())
    std::printf("reliability, held out, dev corpus, %s:\n%s\n", e.c_str(), reliability_table(reliability(held_dev, {e})).c_str());
  if (const char* path = std::getenv("BAIVIET_EVAL_REPORT")) {
    std::ofstream out(path, std::ios::binary);
    out << held.report;
  }
  if (const char* path = std::getenv("BAIVIET_EVAL_REPORT_GAPPED")) {  // the same, pasted double-spaced
    std::ofstream out(path, std::ios::binary);
    out << held_gapped.report;
  }

  if (test_util::have_shared_corpus()) {
    // Floors a little under what was measured (docs/import.md), so that a
    // regression fails: held-out F1 per element and overall on the dev corpus.
    const auto dev_t = merge(held, dev);
    const std::map<std::string, double> floor = {{"title", 0.93}, {"sapo", 0.90}, {"dateline", 0.90},
                                                 {"heading", 0.70}, {"caption", 0.58}, {"credit", 0.88},
                                                 {"author", 0.95}, {"source", 0.90}};
    for (const auto& [el, f] : floor) {
      INFO("held-out F1 of " << el);
      CHECK(dev_t.at(el).f1() >= f);
    }
    CHECK(ev::total(dev_t).f1() >= 0.78);
    // Pasted with blank lines between the paragraphs, the headings stay headings: a text's habit
    // of blank lines is no evidence (0.65 while the classifier read it as one).
    const auto gapped_t = merge(held_gapped, dev);
    CHECK(gapped_t.at("heading").f1() >= 0.68);
    // … and the byline over the last photo's caption stays the byline (0.87 before the rule
    // for a caption closing the text under the name).
    CHECK(gapped_t.at("author").f1() >= 0.93);
    CHECK(ev::total(gapped_t).f1() >= 0.74);
    CHECK(ev::total(dev_t).precision() >= 0.88);
    // The classifier's unsure captions in texts whose photos the rules found are paragraphs:
    // held out, that took caption precision from 0.81 to 0.88 without losing a right one.
    CHECK(dev_t.at("caption").precision() >= 0.85);
    CHECK(ev::total(merge(held, {"baobinhdinh", "sample"})).f1() >= 0.90);
    // The learned caption decision is shipped because it beats the hand rule
    // on held-out sources; the hand rules stay the fallback.
    CHECK(dev_t.at("caption").f1() > merge(rules, dev).at("caption").f1());
    // Confidence means something: held-out elements reported at ≥ 0.9 are
    // right more often than those reported under 0.7.
    const auto b = reliability(held_dev, {});
    const double hi = double(b[5].right) / double(std::max<std::size_t>(1, b[5].n));
    const double lo = double(b[0].right + b[1].right + b[2].right) /
                      double(std::max<std::size_t>(1, b[0].n + b[1].n + b[2].n));
    CHECK(hi >= 0.85);
    CHECK(hi > lo + 0.15);
  }

  // The sample stays right on every element (shipped model).
  for (const auto& [el, t] : shipped.by_group.at("sample")) {
    INFO("sample " << el);
    CHECK(t.fp == 0);
    CHECK(t.fn == 0);
  }
}

TEST_CASE("import eval: an outlet the importer was never tuned on (Chinhphu.vn Markdown read as plain text)",
          "[import][eval]") {
  if (!test_util::have_shared_corpus()) {
    WARN("../shared/corpus is absent: the Chinhphu.vn evaluation is skipped");
    return;
  }
  for (const bool double_spaced : {false, true}) {
    const std::vector<ev::gold_doc> docs = ev::load_chinhphu(double_spaced);
    REQUIRE(docs.size() == 12);
    for (const auto& g : docs) {
      INFO(g.name);
      CHECK(g.title.has_value());
      for (const auto& h : g.headings) CHECK_FALSE(h.empty());
      for (const auto& c : g.captions) CHECK_FALSE(c.core.empty());
      for (const auto& n : g.authors) CHECK_FALSE(n.empty());
    }
    const run_result shipped = run(docs, which::shipped);
    const run_result rules = run(docs, which::rules);
    // Sapo and dateline are not labelled: their rows are left out, and out of "all".
    const std::vector<std::string> shown = {"title", "heading", "caption", "credit", "author", "source"};
    auto labelled = [&](const run_result& r) {
      auto t = merge(r, {"chinhphu_md"});
      t.erase("sapo");
      t.erase("dateline");
      return t;
    };
    auto table = [&](const run_result& r) { return ev::element_table(labelled(r), shown); };
    const char* form = double_spaced ? "a blank line between paragraphs" : "one line per paragraph";
    std::printf("\nChinhphu.vn Markdown as plain text (%s), 12 articles, shipped model:\n%s", form,
                table(shipped).c_str());
    std::printf("\nChinhphu.vn, %s, hand rules only:\n%s", form, table(rules).c_str());
    // Floors a little under what was measured (docs/import.md, "An outlet never tuned on"),
    // so that a regression fails.
    const auto t = labelled(shipped);
    CHECK(t.at("title").f1() >= 0.45);
    CHECK(t.at("author").f1() >= 0.85);
    CHECK(t.at("source").f1() >= 0.90);
    CHECK(t.at("credit").f1() >= 0.90);
    CHECK(ev::total(t).f1() >= (double_spaced ? 0.80 : 0.78));
    if (!double_spaced) {
      if (const char* path = std::getenv("BAIVIET_EVAL_REPORT_UNSEEN")) {
        std::ofstream out(path, std::ios::binary);
        out << shipped.report;
      }
    }
  }
}

TEST_CASE("import eval: the same article pasted with other margins, line ends or a byte-order mark reads the same",
          "[import][eval]") {
  // A scraper or a clipboard hands the same page over in many byte forms. None of these may
  // change the structure found: every labelled text, as written and in each form, must give the
  // same article (the JSON model), except the text of a dropped line, which is kept as written.
  struct form {
    const char* name;
    std::string (*apply)(const std::string&);
  };
  static const auto per_line = [](const std::string& t, const std::string& before, const std::string& after,
                                  const std::string& eol) {
    std::string out;
    for (std::size_t start = 0; start <= t.size();) {
      std::size_t end = t.find('\n', start);
      if (end == std::string::npos) end = t.size();
      std::string line = t.substr(start, end - start);
      if (!line.empty() && line.back() == '\r') line.pop_back();  // a text written with CRLF
      const bool blank = line.find_first_not_of(" \t") == std::string::npos;
      out += (blank ? "" : before) + line + (blank ? "" : after);
      if (end < t.size()) out += eol;
      start = end + 1;
    }
    return out;
  };
  const form forms[] = {
      {"CRLF line ends", [](const std::string& t) { return per_line(t, "", "", "\r\n"); }},
      {"lone CR line ends", [](const std::string& t) { return per_line(t, "", "", "\r"); }},
      {"line separators (U+2028)", [](const std::string& t) { return per_line(t, "", "", "\xE2\x80\xA8"); }},
      {"paragraph separators (U+2029)", [](const std::string& t) { return per_line(t, "", "", "\xE2\x80\xA9"); }},
      {"trailing blanks", [](const std::string& t) { return per_line(t, "", " \t", "\n"); }},
      {"every line indented by two spaces", [](const std::string& t) { return per_line(t, "  ", "", "\n"); }},
      {"every line indented by a tab", [](const std::string& t) { return per_line(t, "\t", "", "\n"); }},
      {"every line after a no-break space", [](const std::string& t) { return per_line(t, "\xC2\xA0", "", "\n"); }},
      {"a byte-order mark", [](const std::string& t) { return "\xEF\xBB\xBF" + t; }},
  };
  const auto model_json = [](baiviet::article a) {
    for (auto& d : a.dropped) d.text.clear();
    return baiviet::render_json(a);
  };
  const std::vector<ev::gold_doc> docs = ev::load_all();
  std::vector<std::string> base;  // each text as written, read once
  for (const auto& g : docs) {
    auto a = baiviet::import_text(g.input);
    REQUIRE(a.has_value());
    base.push_back(model_json(*a));
  }
  std::size_t compared = 0;
  for (const form& f : forms) {
    std::size_t differ = 0;
    std::string first;
    for (std::size_t d = 0; d < docs.size(); ++d) {
      const auto& g = docs[d];
      auto other = baiviet::import_text(f.apply(g.input));
      REQUIRE(other.has_value());
      ++compared;
      if (base[d] != model_json(*other)) {
        if (differ++ == 0) first = g.group + "/" + g.name;
      }
    }
    INFO(f.name << ": " << differ << " of " << docs.size() << " texts read differently, the first " << first);
    CHECK(differ == 0);
  }
  CHECK(compared == docs.size() * std::size(forms));
}

namespace {

/// `paragraph` wrapped at `width` code points as a wrapping editor does: greedily, at spaces,
/// never inside a word (a longer word stands on a line of its own).
std::string wrap_paragraph(const std::string& paragraph, std::size_t width) {
  const auto cps = [](std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
  };
  std::string out;
  std::size_t line = 0;
  for (std::size_t at = 0; at <= paragraph.size();) {
    std::size_t end = paragraph.find(' ', at);
    if (end == std::string::npos) end = paragraph.size();
    const std::string_view word(paragraph.data() + at, end - at);
    if (!word.empty()) {
      if (line > 0 && line + 1 + cps(word) > width) {
        out += '\n';
        line = 0;
      } else if (line > 0) {
        out += ' ';
        ++line;
      }
      out += word;
      line += cps(word);
    }
    at = end + 1;
  }
  return out;
}

/// The non-blank lines of a text (its paragraphs, one line each), without their margins (which
/// wrapping takes away) and carriage returns.
std::vector<std::string> paragraphs_of(const std::string& text) {
  std::vector<std::string> out;
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    const std::size_t from = line.find_first_not_of(" \t\r");
    if (from != std::string::npos) out.push_back(line.substr(from, line.find_last_not_of(" \t\r") + 1 - from));
    start = end + 1;
  }
  return out;
}

std::string joined(const std::vector<std::string>& lines, const std::string& sep) {
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) out += (i ? sep : "") + lines[i];
  return out;
}

/// The JSON model without source line numbers and dropped lines' text (a wrapped text has its
/// paragraphs on other lines).
std::string model_without_lines(baiviet::article a) {
  struct strip {
    static void blocks(std::vector<baiviet::block>& bs) {
      for (auto& b : bs) {
        b.source_line = 0;
        blocks(b.children);
      }
    }
  };
  strip::blocks(a.body);
  for (auto& d : a.dropped) d.text.clear(), d.line = 0;
  for (auto& w : a.warnings) w.line = 0;
  return baiviet::render_json(a);
}

}  // namespace

TEST_CASE("import eval: a hard-wrapped paste reads as the same paragraphs", "[import][eval]") {
  // An e-mail or a plain-text export wraps each paragraph at a fixed width. With a blank line
  // between paragraphs (the e-mail convention) every labelled text must read as the same
  // paragraphs written one line each with blank lines between (the same article but for source
  // lines); with no blank lines a paragraph's last line that happens to fill the width is
  // joined to the next paragraph, so that form is measured on the labels instead.
  const std::vector<ev::gold_doc> docs = ev::load_all();
  std::vector<std::string> spaced;  // each text's paragraphs one line each, blank lines between, read once
  for (const auto& g : docs) {
    auto a = baiviet::import_text(joined(paragraphs_of(g.input), "\n\n"));
    REQUIRE(a.has_value());
    spaced.push_back(model_without_lines(*a));
  }
  for (const std::size_t width : {64, 72, 78, 80}) {
    std::size_t differ = 0;
    std::string first;
    for (std::size_t d = 0; d < docs.size(); ++d) {
      const auto& g = docs[d];
      std::vector<std::string> wrapped;
      for (const auto& p : paragraphs_of(g.input)) wrapped.push_back(wrap_paragraph(p, width));
      auto other = baiviet::import_text(joined(wrapped, "\n\n"));
      REQUIRE(other.has_value());
      const bool same = spaced[d] == model_without_lines(*other);
      if (g.group == "sample") CHECK(same);
      if (!same && differ++ == 0) first = g.group + "/" + g.name;
    }
    INFO("wrapped at " << width << ": " << differ << " of " << docs.size() << " texts read differently, the first "
                       << first);
    CHECK(differ * 50 <= docs.size());  // at most one in fifty (measured: 0-2 of 165)
  }
  std::map<std::string, ev::tally> one_line, wrapped78;
  for (const auto& g : docs) {
    const std::vector<std::string> paras = paragraphs_of(g.input);
    std::vector<std::string> wrapped;
    for (const auto& p : paras) wrapped.push_back(wrap_paragraph(p, 78));
    ev::gold_doc w = g;
    w.input = joined(wrapped, "\n");
    for (const auto& [el, t] : ev::score(g, *baiviet::import_text(joined(paras, "\n"))).by_element) one_line[el] += t;
    for (const auto& [el, t] : ev::score(w, *baiviet::import_text(w.input)).by_element) wrapped78[el] += t;
  }
  std::printf("\nwrapped at 78 columns, no blank lines (shipped model, in-sample):\n%s",
              ev::element_table(wrapped78).c_str());
  std::printf("\nthe same paragraphs one line each:\n%s", ev::element_table(one_line).c_str());
  if (test_util::have_shared_corpus()) CHECK(ev::total(wrapped78).f1() >= 0.66);  // measured 0.68 (0.50 before the rule)
}

TEST_CASE("import eval: a page's section line over the title is the category, not the title",
          "[import][eval]") {
  // A scraper often copies the breadcrumb or the section's name from above the headline. Over
  // every labelled text whose title the importer finds, such a line must leave title, sapo and
  // body as they were, become the category, and be kept in `dropped`.
  const std::vector<ev::gold_doc> docs = ev::load_all();
  const char* sections[] = {"X\xC3\xA3 h\xE1\xBB\x99i",                                    // Xã hội
                            "Kinh doanh \xE2\x80\xBA Th\xE1\xBB\x8B tr\xC6\xB0\xE1\xBB\x9Dng",  // Kinh doanh › Thị trường
                            "Trang ch\xE1\xBB\xA7 > Th\xE1\xBB\x9Di s\xE1\xBB\xB1"};               // Trang chủ > Thời sự
  const char* expected[] = {"X\xC3\xA3 h\xE1\xBB\x99i", "Th\xE1\xBB\x8B tr\xC6\xB0\xE1\xBB\x9Dng",
                            "Th\xE1\xBB\x9Di s\xE1\xBB\xB1"};
  std::size_t texts = 0;
  for (const auto& g : docs) {
    auto base = baiviet::import_text(g.input);
    REQUIRE(base.has_value());
    if (base->title.empty() || base->title_confidence < 0.5) continue;
    const std::size_t at = g.input.find(base->title);
    if (at == std::string::npos || (at > 0 && g.input[at - 1] != '\n')) continue;
    ++texts;
    for (std::size_t k = 0; k < std::size(sections); ++k) {
      std::string input = g.input;
      input.insert(at, std::string(sections[k]) + "\n");
      auto a = baiviet::import_text(input);
      REQUIRE(a.has_value());
      INFO(g.group << "/" << g.name << " under " << sections[k]);
      CHECK(a->title == base->title);
      CHECK(a->sapo == base->sapo);
      CHECK(a->category == expected[k]);
      CHECK(a->body.size() == base->body.size());
      CHECK(std::any_of(a->dropped.begin(), a->dropped.end(), [&](const baiviet::dropped_line& d) {
        return d.reason == "section" && d.text == sections[k];
      }));
    }
  }
  // Without ../shared/corpus only the sample is loaded, and its title stands under its kicker
  // on the same line, so no text qualifies: the cases.json "section:" cases cover the rule then.
  if (test_util::have_shared_corpus()) CHECK(texts >= 50);
  else WARN("../shared/corpus is absent: section lines checked by the cases.json cases only");
}

TEST_CASE("import eval: page widgets a scraper copies between the lines leave the article as it was",
          "[import][eval]") {
  // The audio player and reading-time badge under the headline, an ad slot's label and an empty
  // related widget's heading between two paragraphs, and the comment heading with its counter, a back-to-top link and an empty
  // related widget's heading at the end: over every labelled text, the article read with them
  // must equal the article read without them (every element, every block's type and text),
  // and each widget line must be in `dropped`.
  const std::vector<ev::gold_doc> docs = ev::load_all();
  const std::vector<std::string> top = {"Nghe b\xC3\xA0i vi\xE1\xBA\xBFt", "0:00 / 3:25",  // Nghe bài viết
                                        "5 ph\xC3\xBAt \xC4\x91\xE1\xBB\x8D\x63"};           // 5 phút đọc
  const std::vector<std::string> middle = {"Qu\xE1\xBA\xA3ng c\xC3\xA1o",                  // Quảng cáo
                                         "\xC4\x90\xE1\xBB\x8D\x63 th\xC3\xAAm"};             // Đọc thêm
  const std::vector<std::string> end = {"B\xC3\xACnh lu\xE1\xBA\xADn (0)",                     // Bình luận (0)
                                        "Tr\xE1\xBB\x9F l\xE1\xBA\xA1i \xC4\x91\xE1\xBA\xA7u trang",  // Trở lại đầu trang
                                        "Tin kh\xC3\xA1\x63"};                                // Tin khác
  auto same = [](const baiviet::article& a, const baiviet::article& b) {
    if (a.title != b.title || a.sapo != b.sapo || a.dateline != b.dateline || a.kicker != b.kicker ||
        a.category != b.category || a.byline_info.authors != b.byline_info.authors ||
        a.byline_info.source != b.byline_info.source || a.body.size() != b.body.size() ||
        a.related.size() != b.related.size())
      return false;
    for (std::size_t i = 0; i < a.body.size(); ++i)
      if (a.body[i].type != b.body[i].type || ev::plain(a.body[i].content) != ev::plain(b.body[i].content) ||
          a.body[i].credit != b.body[i].credit)
        return false;
    return true;
  };
  std::size_t texts = 0, differ = 0;
  for (const auto& g : docs) {
    auto base = baiviet::import_text(g.input);
    REQUIRE(base.has_value());
    std::vector<std::string> lines = ev::split_lines(g.input);
    std::vector<std::size_t> filled;
    for (std::size_t i = 0; i < lines.size(); ++i)
      if (lines[i].find_first_not_of(" \t\r") != std::string::npos) filled.push_back(i);
    if (filled.size() < 4) continue;
    ++texts;
    std::string input;
    // between two lines of the body: before its middle block (not inside a related section)
    const std::size_t mid =
        base->body.size() >= 2 ? base->body[base->body.size() / 2].source_line - 1 : filled[filled.size() / 2];
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (i == mid)
        for (const std::string& w : middle) input += w + "\n";
      input += lines[i] + "\n";
      if (i == filled.front())
        for (const std::string& w : top) input += w + "\n";
    }
    for (const std::string& w : end) input += w + "\n";
    auto a = baiviet::import_text(input);
    REQUIRE(a.has_value());
    INFO(g.group << "/" << g.name);
    const bool ok = same(*a, *base);
    differ += ok ? 0 : 1;
    CHECK(ok);
    std::size_t widgets = 0;
    for (const auto& d : a->dropped)
      widgets += (std::find(top.begin(), top.end(), d.text) != top.end() ||
                  std::find(middle.begin(), middle.end(), d.text) != middle.end() ||
                  std::find(end.begin(), end.end(), d.text) != end.end())
                     ? 1
                     : 0;
    CHECK(widgets == top.size() + middle.size() + end.size());
  }
  std::printf("widgets between the lines: %zu labelled texts, %zu read differently\n", texts, differ);
  CHECK(texts >= 1);
}
