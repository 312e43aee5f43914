// Article structure in Markdown: title, sapo, figures, byline.
#pragma once
#include "baiviet/article.hpp"

namespace baiviet::detail {

/// - a leading level-1 heading becomes the title (when front matter gave none);
/// - a first paragraph that is entirely bold becomes the sapo (when none given);
/// - an image alone in a paragraph becomes a figure; its caption is the text
///   after it in the same paragraph when that is emphasised (`*caption*`), or
///   the next paragraph when that is entirely emphasised, or else the image
///   title; a trailing "Ảnh: X" / "(Ảnh: X)" in the caption becomes the credit;
/// - front-matter authors fill the byline.
void recognise_structure(article& a);

/// Splits a trailing photo credit off a caption: "… Ảnh: N.H" / "… (Ảnh: TTXVN)"
/// / "… - Ảnh: VGP/Nhật Bắc" (the text importer's rule, import_rules::split_credit).
/// Returns the credit ("N.H") and trims `caption`; "" and `caption` unchanged if none.
/// `label` receives the credit's label when it is not "Ảnh" ("Đồ họa" in "… Đồ họa: N.H").
std::string split_photo_credit(std::string& caption, std::string& label);

}  // namespace baiviet::detail
