// Features of the line classifier of plain-text import (the one place they
// are computed: the importer uses them to decide, tests/import/dump_features
// writes them for tests/import/train_model.py, so training and inference
// cannot drift). Every feature is a small integer; names are listed in
// features.cpp in the order of the vector.
#ifndef BAIVIET_SRC_IMPORT_FEATURES_HPP
#define BAIVIET_SRC_IMPORT_FEATURES_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace baiviet::detail::import_rules {

/// One candidate block of the body: a unit (a line, or a hard-wrapped
/// paragraph) or a segment of a run-on unit.
struct body_item {
  std::string text;
  std::size_t line = 0;
  std::size_t gap_before = 0;     ///< blank lines before the unit (0 inside a run-on unit)
  std::size_t gap_after = 0;
  bool indented = false;          ///< the line's margin is wider than the text's narrowest
  bool run_in = false;            ///< a segment of a run-on unit
  bool unpunctuated_end = false;  ///< the segment ends before a sentence starter, without punctuation
  bool first_of_unit = true, last_of_unit = true;
  std::size_t unit = 0;           ///< index of the unit it comes from
};

/// Body classes of the classifier.
enum body_class : int { cls_paragraph = 0, cls_caption = 1, cls_heading = 2 };
inline constexpr int n_body_classes = 3;

inline constexpr std::size_t n_body_features = 79;
using body_features_t = std::array<int32_t, n_body_features>;
inline constexpr std::array<std::string_view, n_body_features> body_feature_names = {
    // the line itself
    "words", "words_le3", "words_le6", "words_le12", "words_le25", "words_gt40",
    "end_period", "end_question", "end_exclaim", "end_colon", "end_comma", "end_none", "end_ellipsis",
    "end_quote", "sentences", "one_sentence", "starts_enum", "starts_quote", "quotes", "cap_ratio",
    "all_upper", "digit_ratio", "starts_connective", "colon_inside", "parens", "photo_words",
    "portrait", "alt_image", "dup_exact", "dup_near", "title_sim", "slash_join", "indented",
    // position
    "first", "last", "position", "set_off_before", "set_off_after", "tight_before", "tight_after", "final_block",
    // neighbours
    "prev_words", "prev_end_period", "prev_end_none", "prev_missing", "next_words", "next_end_period",
    "next_end_none", "next_missing", "next_starts_enum",
    // the text
    "doc_end_none", "doc_items", "doc_explicit_photos",
    // run-on segments
    "run_in", "run_in_unpunctuated", "run_in_first", "run_in_last",
    // relative to the text, interactions, and the hand rules' verdicts
    "rel_words", "doc_one_sentence", "doc_end_period", "short_end_none", "short_question", "enum_short",
    "enum_long", "prev_short_none", "next_short_none", "rule_heading", "rule_caption", "median_words",
    "neighbours_ratio", "neighbours_long", "narrative_cues", "first_short", "rule_caption_between",
    // words shared with the neighbours; the heading-shaped lines of the text
    "overlap_prev", "overlap_next", "doc_rule_headings", "to_next_rule_heading", "rule_heading_first"};

/// Whether a text of `units` paragraphs puts a blank line between every two of them, as a
/// browser's copy does: at half of its boundaries or more (`gapped` of them). There one blank
/// line sets nothing apart; the classifier reads a gap against this habit, and import_text's
/// rules ask it of the whole text.
inline bool double_spaced(std::size_t units, std::size_t gapped) { return units > 2 && gapped * 2 >= units - 1; }

/// Features of every item of a body (the vector is parallel to `items`).
/// `title` and `lead` are the recovered title and sapo (may be empty; the
/// sapo is the text before the first item); `explicit_photos`: the text marks
/// photos (image markers or credits).
std::vector<body_features_t> body_features(const std::vector<body_item>& items, std::string_view title,
                                           std::string_view lead, bool explicit_photos);

/// FNV-1a of the feature names: the model data records the schema it was
/// trained on, and the build checks it (src/import/model.cpp), so features
/// cannot change without retraining.
constexpr std::uint64_t fnv1a(std::string_view s, std::uint64_t h = 1469598103934665603ull) {
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return h;
}
template <std::size_t N>
constexpr std::uint64_t schema_of(const std::array<std::string_view, N>& names) {
  std::uint64_t h = fnv1a("");
  for (std::string_view n : names) h = fnv1a("|", fnv1a(n, h));
  return h;
}
inline constexpr std::uint64_t body_schema = schema_of(body_feature_names);

/// The position of a named feature (compile time).
constexpr std::size_t feature_index(std::string_view name) {
  for (std::size_t i = 0; i < body_feature_names.size(); ++i)
    if (body_feature_names[i] == name) return i;
  return body_feature_names.size();
}
inline constexpr std::size_t f_rule_heading = feature_index("rule_heading");
inline constexpr std::size_t f_rule_caption_between = feature_index("rule_caption_between");
static_assert(f_rule_heading < n_body_features && f_rule_caption_between < n_body_features);

}  // namespace baiviet::detail::import_rules

#endif
