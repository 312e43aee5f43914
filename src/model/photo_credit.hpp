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
};
/// Split a trailing photo credit: "… Ảnh: N.H", "… (Ảnh: TTXVN)", "… - Ảnh: VGP/Nhật Bắc".
/// Returns nullopt when the line carries no credit.
std::optional<caption_parts> split_credit(std::string_view line);

}  // namespace baiviet::detail
