// Date display used by the renderers (dateline in the article header).
#pragma once
#include <string>

#include "baiviet/article.hpp"

namespace baiviet::detail {

/// "Thứ Năm, 29/02/2024, 08:30" in the date's own offset ("Thứ Năm, 29/02/2024" without time).
std::string dateline_text(const date_time& dt);
/// Calendar year of the date in its own offset.
int year_of(const date_time& dt);

}  // namespace baiviet::detail
