// The learned part of plain-text import: a linear model over the integer
// features of features.hpp that tells captions from paragraphs, with integer
// weights so that every platform (native, WebAssembly) computes the same
// scores and decisions, and calibration tables that turn a score margin into
// a confidence measured on sources the model was not trained on. The weights
// are data (model_data.inc), written by tests/import/train_model.py.
//
// The decision (predict_body): a line that the heading rule accepts
// (rules.cpp: looks_like_heading, feature "rule_heading") is a heading, or a
// caption when the model scores it higher as a caption than as a heading by
// more than the model's caption_over_heading margin; a
// line that caption_between_paragraphs accepts is a caption; every other line
// is a caption when the caption score beats the paragraph score by
// a margin at which captions were right at least half the time on held-out
// sources (the caption calibration), else a paragraph.
// The model was compared with the hand rules on held-out sources
// (docs/import.md): it decides captions, the rules decide headings and titles.
#ifndef BAIVIET_SRC_IMPORT_MODEL_HPP
#define BAIVIET_SRC_IMPORT_MODEL_HPP

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace baiviet::detail::import_rules {

/// Weights are fixed-point numbers scaled by 2^weight_shift.
inline constexpr int weight_shift = 12;

struct linear_model {
  int classes = 0;               ///< 0: no model (the hand rules decide)
  std::size_t features = 0;
  std::uint64_t schema = 0;      ///< features.hpp schema the weights were trained on
  std::vector<std::int64_t> weights;  ///< classes × features
  std::vector<std::int64_t> bias;     ///< classes
  /// Per class: ascending score margins, each with the confidence (in
  /// hundredths) that holds from that margin on.
  std::vector<std::vector<std::pair<std::int64_t, int>>> calibration;
  /// A heading-shaped line is a caption when its caption score beats its
  /// heading score by more than this (chosen by the training script on the
  /// training sources only).
  std::int64_t caption_over_heading = 0;
  bool empty() const { return classes == 0; }
};

struct prediction {
  int cls = 0;              ///< body_class
  std::int64_t margin = 0;  ///< score of the class minus the best other score
  double confidence = 0;    ///< calibrated, two decimals
};

/// Class scores (weight_shift fixed point) of a feature vector.
std::vector<std::int64_t> scores(const linear_model& m, const std::int32_t* x);
/// The calibrated confidence of `cls` at `margin`.
double calibrated(const linear_model& m, int cls, std::int64_t margin);
/// The body decision described above (features of features.hpp).
prediction predict_body(const linear_model& m, const std::int32_t* x);

/// The models of plain-text import (one today: the line classifier).
struct import_model {
  linear_model body;
};

/// The model shipped in model_data.inc (trained on every labelled article).
const import_model& default_model();

}  // namespace baiviet::detail::import_rules

#endif
