// The photo-credit rule, one for both producers: Markdown figures
// (markdown/article_structure) and text import (import/import_text). Internal.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "baiviet/article.hpp"

namespace baiviet::detail {

struct caption_parts {
  std::string caption;  ///< without the credit
  std::string credit;   ///< "N.H"; empty when none
  std::string label;    ///< the credit's label as written ("Đồ họa", "Video"); empty for "Ảnh"
  /// The credit is a photo's ("Ảnh: X", "(Nguồn: X)" after a photo's caption), which makes a
  /// caption by itself; false for the other labels ("Đồ họa:", "Video:", "Ảnh minh họa:" …).
  bool photo = true;
};
/// Split a trailing credit: "… Ảnh: N.H", "… (Ảnh: TTXVN)", "… - Ảnh: VGP/Nhật Bắc", and the
/// same with another label of the press ("Đồ họa:", "Video:", "Clip:", "Nguồn ảnh:"); or a
/// leading one set off by a dash, a bar or brackets: "Ảnh: Ngọc Thành - Người dân …",
/// "(Ảnh: Reuters) Người dân …" (names only, ≤ 6 words; a caption of three words or more).
/// Returns nullopt when the line carries no credit.
std::optional<caption_parts> split_credit(std::string_view line);

/// A line that is only a credit with its key: "Ảnh: Xuân Ngọc", "Đồ hoạ: BBC.", "Ảnh minh hoạ:
/// Võ Hải." (a sentence splitter put it under its caption). The caption part is empty; the
/// credit (≤ 4 words, trailing periods off) and its label as split_credit gives them.
std::optional<caption_parts> credit_alone(std::string_view line);

/// A source alone on its line: "Nguồn: FBNV", "Nguồn: Bộ Y tế" (≤ 6 words, capitalised, no
/// sentence punctuation; trailing periods off): the credit, labelled "Nguồn". Whose source it
/// is, a photo's or a paragraph's, the line above says (the caller's rule).
std::optional<caption_parts> source_alone(std::string_view line);

/// The label a figure's credit is shown with: its own ("Đồ họa", "Video"), else "Ảnh".
inline std::string_view shown_credit_label(const block& b) {
  return b.credit_label.empty() ? std::string_view("\xE1\xBA\xA2nh") : std::string_view(b.credit_label);
}

}  // namespace baiviet::detail
