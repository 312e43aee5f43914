// Scoring of the import model (model.hpp) and the shipped weights.
#include "import/model.hpp"

#include <algorithm>

#include "import/features.hpp"

namespace baiviet::detail::import_rules {

namespace {
#include "import/model_data.inc"

static_assert(model_data::body_schema == 0 || model_data::body_schema == body_schema,
              "src/import/features.hpp changed: retrain with tests/import/train_model.py");

template <std::size_t W, std::size_t B, std::size_t C>
linear_model make(int classes, std::size_t features, std::uint64_t schema, const std::int64_t (&w)[W],
                  const std::int64_t (&b)[B], const std::int64_t (&cal)[C], std::int64_t over_heading) {
  linear_model m;
  if (classes == 0) return m;
  m.classes = classes;
  m.features = features;
  m.schema = schema;
  m.caption_over_heading = over_heading;
  m.weights.assign(w, w + W);
  m.bias.assign(b, b + B);
  m.calibration.resize(static_cast<std::size_t>(classes));
  // cal: triples (class, lowest margin, confidence in hundredths), margins ascending per class
  for (std::size_t i = 0; i + 2 < C; i += 3)
    m.calibration[static_cast<std::size_t>(cal[i])].emplace_back(cal[i + 1], static_cast<int>(cal[i + 2]));
  return m;
}

}  // namespace

std::vector<std::int64_t> scores(const linear_model& m, const std::int32_t* x) {
  std::vector<std::int64_t> s(static_cast<std::size_t>(m.classes));
  for (int c = 0; c < m.classes; ++c) {
    std::int64_t v = m.bias[static_cast<std::size_t>(c)];
    const std::int64_t* w = m.weights.data() + static_cast<std::size_t>(c) * m.features;
    for (std::size_t j = 0; j < m.features; ++j) v += w[j] * x[j];
    s[static_cast<std::size_t>(c)] = v;
  }
  return s;
}

double calibrated(const linear_model& m, int cls, std::int64_t margin) {
  int hundredths = 50;
  if (cls >= 0 && static_cast<std::size_t>(cls) < m.calibration.size()) {
    for (const auto& [from, conf] : m.calibration[static_cast<std::size_t>(cls)]) {
      if (margin < from) break;
      hundredths = conf;
    }
  }
  return hundredths / 100.0;
}

prediction predict_body(const linear_model& m, const std::int32_t* x) {
  prediction p;
  if (m.empty()) return p;
  const std::vector<std::int64_t> s = scores(m, x);
  if (x[f_rule_heading] != 0 && s[1] - s[2] > m.caption_over_heading) {
    // A heading-shaped line the model reads as a caption rather than a
    // heading (a photo caption without final punctuation).
    p.cls = cls_caption;
    p.margin = s[1] - s[0];
  } else if (x[f_rule_heading] != 0) {
    p.cls = cls_heading;
    p.margin = s[2] - std::max(s[0], s[1]);
  } else if (x[f_rule_caption_between] != 0 ||
             (s[1] > s[0] && calibrated(m, cls_caption, s[1] - s[0]) >= 0.5)) {
    // A caption only when it is more likely right than wrong on held-out
    // sources (the calibration of the caption margin).
    p.cls = cls_caption;
    p.margin = s[1] - s[0];
  } else {
    p.cls = cls_paragraph;
    p.margin = s[0] - s[1];
  }
  p.confidence = calibrated(m, p.cls, p.margin);
  return p;
}

const import_model& default_model() {
  static const import_model m = [] {
    import_model r;
    r.body = make(model_data::body_classes, n_body_features, model_data::body_schema, model_data::body_weights,
                  model_data::body_bias, model_data::body_calibration, model_data::body_caption_over_heading);
    return r;
  }();
  return m;
}

}  // namespace baiviet::detail::import_rules
