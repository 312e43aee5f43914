// Writes the training data of the import models: every decision the models
// make on every labelled article (tests/cpp/import_eval.hpp loads them), with
// its features (computed by src/import/features.cpp, the importer's own
// code) and its gold class from the labels. Read by train_model.py.
//
//   baiviet_import_dump [--no-model] > dump.tsv
//
// One line per body item: group, file, kind (body: the classifier decides;
// rule: a caption rule decided), line, gold class,
// predicted class, the features (comma-separated), the text (first 100
// characters). Lines starting with '#' give the schemas and feature names.
// --no-model: the hand rules decide (as before any training); the rows are
// the same, only the predicted column differs.
#include <cstdio>
#include <string>

#include "core/utf8.hpp"
#include "import/features.hpp"
#include "import/import_detail.hpp"
#include "import_eval.hpp"

namespace ev = import_eval;
namespace R = baiviet::detail::import_rules;

int main(int argc, char** argv) {
  bool no_model = argc > 1 && std::string(argv[1]) == "--no-model";
  if (!test_util::have_shared_corpus()) {
    std::fprintf(stderr, "baiviet_import_dump: %s/corpus is absent\n", test_util::shared_dir().string().c_str());
    return 1;
  }
  std::printf("# body_schema=%llu\n", static_cast<unsigned long long>(R::body_schema));
  std::printf("# body_features=");
  for (std::size_t i = 0; i < R::n_body_features; ++i)
    std::printf("%s%.*s", i ? "," : "", static_cast<int>(R::body_feature_names[i].size()), R::body_feature_names[i].data());
  std::printf("\n");
  R::import_model empty;
  const R::import_model& model = no_model ? empty : R::default_model();
  for (const ev::gold_doc& g : ev::load_all()) {
    baiviet::detail::import_trace trace;
    auto r = baiviet::detail::import_text_with(g.input, {}, model, &trace);
    if (!r) return 1;
    std::vector<std::string> heading_keys, caption_core, caption_full;
    for (const auto& h : g.headings) heading_keys.push_back(ev::key(h));
    for (const auto& c : g.captions) {
      caption_core.push_back(ev::caption_key(c.core));
      caption_full.push_back(ev::key(c.text));
    }
    for (const auto& row : trace.rows) {
      int gold = R::cls_paragraph;
      const std::string k = ev::key(row.text), ck = ev::caption_key(row.text);
      for (std::size_t i = 0; i < caption_core.size() && gold == 0; ++i)
        if ((!ck.empty() && ck == caption_core[i]) || (!k.empty() && k == caption_full[i])) gold = R::cls_caption;
      for (const auto& h : heading_keys)
        if (gold == 0 && !k.empty() && k == h) gold = R::cls_heading;
      std::string text(baiviet::detail::utf8_prefix(row.text, 300));
      for (char& c : text)
        if (c == '\t' || c == '\n') c = ' ';
      std::printf("%s\t%s\t%s\t%zu\t%d\t%d\t", g.group.c_str(), g.name.c_str(), row.kind.c_str(), row.line, gold,
                  row.predicted);
      for (std::size_t i = 0; i < row.features.size(); ++i) std::printf("%s%d", i ? "," : "", row.features[i]);
      std::printf("\t%s\n", text.c_str());
    }
  }
  return 0;
}
