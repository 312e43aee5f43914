#include "model/photo_credit.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>

#include "baiviet/text.hpp"
#include "core/trim.hpp"
#include "text/unicode_util.hpp"

namespace baiviet::detail {

std::optional<caption_parts> split_credit(std::string_view line) {
  // Rule: a photo credit closes a caption: "… Ảnh: N.H", "… Ảnh: CA cung cấp.",
  // "… - Ảnh: VGP/Nhật Bắc", "… (Ảnh: TTXVN)". The credit is short (≤ 8 words).
  static constexpr std::array<std::string_view, 4> keys = {"\xE1\xBA\xA2nh:", "\xE1\xBA\xA2NH:", "\xE1\xBA\xA2nh :",
                                                           "\xE1\xBA\xA3nh:"};  // Ảnh: ẢNH: Ảnh : ảnh:
  std::string_view t = trim(line);
  // "(Ảnh: …)" at the end, also followed by the sentence's period ("(Ảnh:
  // M.Khương)."): the period stays with the caption. "(Nguồn: AP)" after the
  // word "ảnh" ("Ảnh minh họa (Nguồn: AP)") marks a caption too.
  std::string_view b = t;
  const bool period = ends_with(b, ").");
  if (period) b = b.substr(0, b.size() - 1);
  if (!b.empty() && b.back() == ')') {
    std::size_t open = b.rfind('(');
    if (open != std::string_view::npos) {
      std::string_view inner = b.substr(open + 1, b.size() - open - 2);
      std::string_view cap = trim(b.substr(0, open));
      static constexpr std::array<std::string_view, 2> source_keys = {"Ngu\xE1\xBB\x93n:", "ngu\xE1\xBB\x93n:"};
      std::string folded(1, ' ');
      folded += fold_for_search(cap);
      folded += ' ';
      const bool photo_word = folded.find(" anh ") != std::string::npos;
      for (std::string_view k : keys) {
        if (!starts_with(inner, k)) continue;
        std::string_view credit = trim(inner.substr(k.size()));
        if (credit.empty() || word_count(credit) > 8 || cap.empty()) return std::nullopt;
        return caption_parts{std::string(cap) + (period ? "." : ""), std::string(credit)};
      }
      for (std::string_view k : source_keys) {
        // (The caption keeps "(Nguồn: AP)" as written: render_text labels
        // every credit "Ảnh:", which would lose the word "Nguồn".)
        if (!starts_with(inner, k) || !photo_word) continue;
        std::string_view credit = trim(inner.substr(k.size()));
        if (credit.empty() || word_count(credit) > 6 || cap.empty() || word_count(cap) > 12) return std::nullopt;
        return caption_parts{std::string(t), ""};
      }
    }
  }
  // The last key in the line: one backward scan for the two bytes every key
  // starts with ("Ả"/"ả" share E1 BA) instead of a search per key and position.
  static constexpr std::string_view key_lead = keys[0].substr(0, 2);
  static_assert(std::all_of(keys.begin(), keys.end(), [](std::string_view k) { return k.substr(0, 2) == key_lead; }));
  std::size_t best = std::string_view::npos, key_len = 0;
  for (std::size_t p = t.size(); p-- > 0 && best == std::string_view::npos;) {
    if (t[p] != key_lead[0] || t.compare(p, key_lead.size(), key_lead) != 0) continue;
    for (std::string_view k : keys) {
      if (t.compare(p, k.size(), k) == 0) { best = p; key_len = k.size(); break; }
    }
  }
  if (best == std::string_view::npos || best == 0) return std::nullopt;
  std::string_view credit = trim(t.substr(best + key_len));
  while (!credit.empty() && credit.back() == '.') credit = trim(credit.substr(0, credit.size() - 1));
  if (credit.empty() || word_count(credit) > 8) return std::nullopt;
  // A sentence after the credit is not part of it; initials are ("V.V. TUÂN").
  for (std::size_t p = credit.find(". "); p != std::string_view::npos; p = credit.find(". ", p + 1)) {
    std::size_t st = p;
    while (st > 0 && credit[st - 1] != ' ' && credit[st - 1] != '.') --st;
    if (p - st > 2) return std::nullopt;
  }
  std::string_view cap = trim(t.substr(0, best));
  bool dash = false;
  if (ends_with(cap, " -") || ends_with(cap, " \xE2\x80\x93")) {
    cap = trim(cap.substr(0, cap.size() - (cap.back() == '-' ? 1 : 3)));
    dash = true;
  }
  if (cap.empty()) return std::nullopt;
  // What precedes the credit must end a sentence (or be set off by a dash),
  // or be a short phrase without any sentence punctuation ("Hoàng tử Bandar
  // bin Sultan Ảnh: AP": a caption whose period was lost).
  if (!dash) {
    std::size_t start = 0;
    UChar32 c = last_cp(cap, &start);
    while (is_closing(c) && start > 0) c = last_cp(cap.substr(0, start), &start);
    const bool phrase = word_count(cap) <= 30 && cap.find_first_of(".!?;") == std::string_view::npos &&
                        u_isalnum(c) && starts_upper(cap);
    if (!is_terminal(c) && !phrase) return std::nullopt;
  }
  return caption_parts{std::string(cap), std::string(credit)};
}

}  // namespace baiviet::detail
