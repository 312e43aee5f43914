// Element-level evaluation of plain-text import on every labelled article
// (tests/cpp/import_eval.hpp defines the labels and the matching).
//
// Prints the tables quoted in docs/import.md: per element and per source,
// and asserts floors a little under what the importer measured, so that a
// regression fails. Skipped (except for the sample) when ../shared/corpus is
// absent.
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "baiviet/import.hpp"
#include "import_eval.hpp"
#include "test_util.hpp"

namespace ev = import_eval;

namespace {

struct run_result {
  std::map<std::string, std::map<std::string, ev::tally>> by_group;  // group → element → tally
  std::vector<ev::scored> predictions;                                // every predicted element
  std::string report;                                                 // misses and false positives per file
};

run_result run(const std::vector<ev::gold_doc>& docs) {
  run_result r;
  for (const auto& g : docs) {
    auto a = baiviet::import_text(g.input);
    REQUIRE(a.has_value());
    const ev::doc_score d = ev::score(g, *a);
    for (const auto& [el, t] : d.by_element) r.by_group[g.group][el] += t;
    r.predictions.insert(r.predictions.end(), d.predictions.begin(), d.predictions.end());
    std::string lines;
    for (const auto& m : d.misses) lines += "  MISS " + m.element + ": " + m.text.substr(0, 160) + "\n";
    for (const auto& p : d.predictions)
      if (!p.correct) lines += "  FP   " + p.element + " (" + ev::fmt(p.confidence) + "): " + p.text.substr(0, 160) + "\n";
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

}  // namespace

TEST_CASE("import eval: element-level precision and recall on the labelled articles", "[import][eval]") {
  const std::vector<ev::gold_doc> docs = ev::load_all();
  if (!test_util::have_shared_corpus()) WARN("../shared/corpus is absent: only the sample is evaluated");
  const run_result r = run(docs);

  const std::set<std::string> dev = {"baomoi_magizbox", "dantri_unc", "thanhnien_edunews", "vfnd", "vietmds", "vietnews"};
  const auto dev_t = merge(r, dev);
  const auto bb_t = merge(r, {"baobinhdinh", "sample"});
  std::printf("\nimport eval: %zu labelled articles\n", docs.size());
  std::printf("\ndev corpus (6 outlets/scrapers):\n%s", ev::element_table(dev_t).c_str());
  std::printf("\nBáo Bình Định + sample:\n%s", ev::element_table(bb_t).c_str());
  std::printf("\nF1 per source:\n%s\n", group_table(r).c_str());
  if (const char* path = std::getenv("BAIVIET_EVAL_REPORT")) {
    std::ofstream out(path, std::ios::binary);
    out << r.report;
  }

  // The sample stays right on every element.
  for (const auto& [el, t] : r.by_group.at("sample")) {
    INFO("sample " << el);
    CHECK(t.fp == 0);
    CHECK(t.fn == 0);
  }
}
