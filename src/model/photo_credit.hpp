// The photo-credit rule, one for both producers: Markdown figures
// (markdown/article_structure) and text import (import/import_text). Internal.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace baiviet::detail {

struct caption_parts {
  std::string caption;  ///< without the credit
  std::string credit;   ///< "N.H"; empty when none
  std::string label;    ///< the credit's label as written ("Đồ họa", "Video"); empty for "Ảnh"
};
/// Split a trailing credit: "… Ảnh: N.H", "… (Ảnh: TTXVN)", "… - Ảnh: VGP/Nhật Bắc", and the
/// same with another label of the press ("Đồ họa:", "Video:", "Clip:", "Nguồn ảnh:").
/// Returns nullopt when the line carries no credit.
std::optional<caption_parts> split_credit(std::string_view line);

}  // namespace baiviet::detail
