#include "model/photo_credit.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>

#include "baiviet/text.hpp"
#include "core/trim.hpp"
#include "text/unicode_util.hpp"

namespace baiviet::detail {

namespace {

// The keys a credit starts with. The photo's ("Ảnh:") leave the label empty (renderers write
// "Ảnh"); the others are kept as written: a graphic's, a video's, a photo's source.
struct credit_key {
  std::string_view key;
  bool photo;
  bool keeps_label = false;  ///< a photo's key that keeps its word ("Hình"), unlike "Ảnh"
};
constexpr std::array<credit_key, 24> keys = {{
    {"\xE1\xBA\xA2nh:", true},                        // Ảnh:
    {"\xE1\xBA\xA2NH:", true},                        // ẢNH:
    {"\xE1\xBA\xA2nh :", true},                       // Ảnh :
    {"\xE1\xBA\xA3nh:", true},                        // ảnh:
    {"Ngu\xE1\xBB\x93n \xE1\xBA\xA3nh:", false},     // Nguồn ảnh:
    {"\xC4\x90\xE1\xBB\x93 h\xE1\xBB\x8D" "a:", false},  // Đồ họa:
    {"\xC4\x90\xE1\xBB\x93 ho\xE1\xBA\xA1:", false},     // Đồ hoạ:
    {"\xC4\x90\xE1\xBB\x92 H\xE1\xBB\x8C" "A:", false},  // ĐỒ HỌA:
    {"\xC4\x90\xE1\xBB\x92 HO\xE1\xBA\xA0:", false},     // ĐỒ HOẠ:
    // A photo that illustrates rather than shows: the label keeps saying so.
    {"\xE1\xBA\xA2nh minh h\xE1\xBB\x8D" "a:", false},       // Ảnh minh họa:
    {"\xE1\xBA\xA2nh minh ho\xE1\xBA\xA1:", false},          // Ảnh minh hoạ:
    {"\xE1\xBA\xA3nh minh h\xE1\xBB\x8D" "a:", false},       // ảnh minh họa:
    {"\xE1\xBA\xA3nh minh ho\xE1\xBA\xA1:", false},          // ảnh minh hoạ:
    {"\xE1\xBA\xA2NH MINH H\xE1\xBB\x8C" "A:", false},       // ẢNH MINH HỌA:
    {"\xE1\xBA\xA2NH MINH HO\xE1\xBA\xA0:", false},          // ẢNH MINH HOẠ:
    {"Video:", false},
    {"VIDEO:", false},
    {"Clip:", false},
    {"Infographic:", false},
    {"INFOGRAPHIC:", false},
    {"Photo:", true},
    {"PHOTO:", true},
    // (since stop 42: the word of the South and of overseas papers)
    {"H\xC3\xACnh:", true, true},  // Hình:
    {"H\xC3\x8CNH:", true, true},  // HÌNH:
}};

/// Whether a key may start at byte p of t: the first bytes of the keys above ("Ả"/"ả" of the
/// photo's, "Đ", "V", "C", "I", "P", "H"), checked before the keys themselves on every byte of a line.
constexpr bool may_start_key(std::string_view t, std::size_t p) {
  switch (t[p]) {
    case '\xE1': return p + 2 < t.size() && t[p + 1] == '\xBA' && (t[p + 2] == '\xA2' || t[p + 2] == '\xA3');
    case '\xC4': return p + 1 < t.size() && t[p + 1] == '\x90';
    case 'V': case 'C': case 'I': case 'P': case 'H': return true;
    default: return false;
  }
}
// (A key that ends in the photo's "ảnh:", "Nguồn ảnh:", is found through that end.)
static_assert(std::all_of(keys.begin(), keys.end(),
                          [](const credit_key& k) {
                            return may_start_key(k.key, 0) || k.key.ends_with(" \xE1\xBA\xA3nh:");
                          }),
              "may_start_key must accept the first bytes of every key");

// No key starts another, so at most one key matches at a place and key_at takes the first.
constexpr bool no_key_starts_another() {
  for (const credit_key& a : keys)
    for (const credit_key& b : keys)
      if (&a != &b && b.key.starts_with(a.key)) return false;
  return true;
}
static_assert(no_key_starts_another(), "a key that starts another would make key_at's answer depend on the order");

/// The key starting at byte p of t.
const credit_key* key_at(std::string_view t, std::size_t p) {
  if (p >= t.size()) return nullptr;
  for (const credit_key& k : keys)
    if (k.key[0] == t[p] && t.compare(p, k.key.size(), k.key) == 0) return &k;
  return nullptr;
}

/// The label written in the line for key k: empty for the photo's, else the key without its colon.
std::string label_of(const credit_key& k) {
  return k.photo && !k.keeps_label ? std::string() : std::string(k.key.substr(0, k.key.size() - 1));
}

/// Every word starts with a capital letter or a digit: names and agencies ("Minh Anh",
/// "VTV", "Minh Anh/TTXVN"), not a title or a sentence ("Toàn cảnh lễ diễu binh"). Asked of
/// the credits whose label is not the photo's, where a video's or a graphic's title often
/// follows the same key.
bool names_only(std::string_view credit) {
  for (std::size_t i = 0; i < credit.size();) {
    const std::size_t end = std::min(credit.find(' ', i), credit.size());
    if (end > i && !starts_upper(credit.substr(i, end - i))) return false;
    i = end + 1;
  }
  return true;
}

/// The credit written before the caption: "Ảnh: Ngọc Thành - Người dân …", "(Ảnh: Reuters)
/// Người dân …", "Video: VTV | Lũ quét …". The credit is names only (≤ 6 words, as a credit at
/// the end may be, without "cung cấp"), set off by a dash, a bar or the bracket, and the caption
/// after it starts with a capital and has at least three words; else nullopt.
std::optional<caption_parts> credit_first(std::string_view t) {
  const bool bracket = !t.empty() && (t[0] == '(' || t[0] == '[');
  const credit_key* k = key_at(t, bracket ? 1 : 0);
  if (!k) return std::nullopt;
  std::string_view rest = t.substr((bracket ? 1 : 0) + k->key.size());
  std::string_view credit, cap;
  if (bracket) {
    const std::size_t close = rest.find(t[0] == '(' ? ')' : ']');
    if (close == std::string_view::npos) return std::nullopt;
    credit = rest.substr(0, close);
    cap = trim(rest.substr(close + 1));
    for (std::string_view sep : {"- ", "â ", ": "})  // "(Ảnh: X) - caption"
      if (starts_with(cap, sep)) cap = trim(cap.substr(sep.size()));
  } else {
    std::size_t at = std::string_view::npos, len = 0;
    for (std::string_view sep : {" - ", " â ", " | "})
      if (const std::size_t p = rest.find(sep); p < at) at = p, len = sep.size();
    if (at == std::string_view::npos) return std::nullopt;
    credit = rest.substr(0, at);
    cap = trim(rest.substr(at + len));
  }
  credit = trim(credit);
  while (!credit.empty() && credit.back() == '.') credit = trim(credit.substr(0, credit.size() - 1));
  if (credit.empty() || word_count(credit) > 6 || !names_only(credit)) return std::nullopt;
  if (cap.empty() || !starts_upper(cap) || word_count(cap) < 3) return std::nullopt;
  return caption_parts{std::string(cap), std::string(credit), label_of(*k), k->photo};
}

/// "Ảnh minh hoạ. Nguồn: Internet": a source unbracketed closes a short caption (≤ 30 words,
/// ending a sentence or set off by a dash) that speaks of a photo (the word "ảnh"), as the
/// bracketed "(Nguồn: AP)" does, when it is names only (≤ 6 words); it keeps its label. (A
/// source after a sentence about something else is the sentence's source.)
std::optional<caption_parts> source_at_end(std::string_view t) {
  static constexpr std::array<std::string_view, 2> sources = {" Ngu\xE1\xBB\x93n: ", " NGU\xE1\xBB\x92N: "};
  for (std::string_view k : sources) {
    const std::size_t at = t.rfind(k);
    if (at == std::string_view::npos) continue;
    std::string_view credit = trim(t.substr(at + k.size()));
    while (!credit.empty() && credit.back() == '.') credit = trim(credit.substr(0, credit.size() - 1));
    std::string_view cap = trim(t.substr(0, at));
    bool dash = false;
    if (ends_with(cap, " -") || ends_with(cap, " |")) cap = trim(cap.substr(0, cap.size() - 1)), dash = true;
    if (credit.empty() || word_count(credit) > 6 || !names_only(credit) || cap.empty() || word_count(cap) > 30)
      return std::nullopt;
    if (!dash && !is_terminal(last_cp_before_closing(cap))) return std::nullopt;
    std::string folded(1, ' ');
    folded += fold_for_search(cap);
    folded += ' ';
    if (folded.find(" anh ") == std::string::npos) return std::nullopt;
    return caption_parts{std::string(cap), std::string(credit), std::string(trim(k).substr(0, trim(k).size() - 1)), true};
  }
  return std::nullopt;
}

}  // namespace

std::optional<caption_parts> credit_alone(std::string_view line) {
  std::string_view t = trim(line);
  while (!t.empty() && t.back() == '.') t = trim(t.substr(0, t.size() - 1));
  const credit_key* k = key_at(t, 0);
  if (!k) return std::nullopt;
  std::string_view credit = trim(t.substr(k->key.size()));
  if (credit.empty() || word_count(credit) > 4) return std::nullopt;
  if (!k->photo && !names_only(credit)) return std::nullopt;
  return caption_parts{"", std::string(credit), label_of(*k), k->photo};
}

std::optional<caption_parts> source_alone(std::string_view line) {
  std::string_view t = trim(line);
  while (!t.empty() && t.back() == '.') t = trim(t.substr(0, t.size() - 1));
  for (std::string_view k : {std::string_view("Ngu\xE1\xBB\x93n:"), std::string_view("NGU\xE1\xBB\x92N:")}) {
    if (!starts_with(t, k)) continue;
    const std::string_view credit = trim(t.substr(k.size()));
    if (credit.empty() || word_count(credit) > 6 || !starts_upper(credit) ||
        credit.find_first_of(",;:!?") != std::string_view::npos)
      return std::nullopt;
    return caption_parts{"", std::string(credit), std::string(k.substr(0, k.size() - 1)), true};
  }
  return std::nullopt;
}

namespace {
/// Sentence punctuation inside t: ';', or '.', '!', '?' before a space.
bool has_sentence_stop(std::string_view t) {
  if (t.find(';') != std::string_view::npos) return true;
  for (std::size_t p = t.find_first_of(".!?"); p != std::string_view::npos; p = t.find_first_of(".!?", p + 1))
    if (p + 1 < t.size() && t[p + 1] == ' ') return true;
  return false;
}
}  // namespace

std::optional<caption_parts> split_credit(std::string_view line) {
  // Rule: a credit closes a caption: "… Ảnh: N.H", "… Ảnh: CA cung cấp.",
  // "… - Ảnh: VGP/Nhật Bắc", "… (Ảnh: TTXVN)", "… Đồ họa: Minh Anh". The credit is short (≤ 8 words).
  // Or it opens one, set off by a dash or brackets (credit_first).
  std::string_view t = trim(line);
  if (auto first = credit_first(t)) return first;
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
      // The period after the bracket ends the caption's sentence, unless the caption had
      // ended it already ("… Trung Quốc. (Ảnh: Getty Images)." is not "… Trung Quốc..").
      const std::string_view closing = period && !cap.empty() && !is_terminal(last_cp_before_closing(cap)) ? "." : "";
      static constexpr std::array<std::string_view, 2> source_keys = {"Ngu\xE1\xBB\x93n:", "ngu\xE1\xBB\x93n:"};
      std::string folded(1, ' ');
      folded += fold_for_search(cap);
      folded += ' ';
      const bool photo_word = folded.find(" anh ") != std::string::npos;
      if (const credit_key* k = key_at(inner, 0)) {
        std::string_view credit = trim(inner.substr(k->key.size()));
        if (credit.empty() || word_count(credit) > 8 || cap.empty()) return std::nullopt;
        if (!k->photo && !names_only(credit)) return std::nullopt;
        return caption_parts{std::string(cap) + std::string(closing), std::string(credit), label_of(*k), k->photo};
      }
      for (std::string_view k : source_keys) {
        // The photo's source, split off with its label as written: "Ảnh minh họa
        // (Nguồn: AP)" → "Ảnh minh họa" + "Nguồn: AP".
        if (!starts_with(inner, k) || !photo_word) continue;
        std::string_view credit = trim(inner.substr(k.size()));
        if (credit.empty() || word_count(credit) > 6 || cap.empty() || word_count(cap) > 12) return std::nullopt;
        return caption_parts{std::string(cap) + std::string(closing), std::string(credit),
                             std::string(k.substr(0, k.size() - 1)), true};
      }
    }
  }
  // The last key in the line: one backward scan that compares keys only where
  // a key's first bytes stand. A photo key found there may end a longer key
  // ("Nguồn ảnh:"), which then starts the credit.
  std::size_t best = std::string_view::npos;
  const credit_key* key = nullptr;
  for (std::size_t p = t.size(); p-- > 0 && !key;) {
    if (may_start_key(t, p) && (key = key_at(t, p))) best = p;
  }
  if (key && key->photo) {
    constexpr std::string_view source = "Ngu\xE1\xBB\x93n ";  // "Nguồn " before "ảnh:"
    if (best >= source.size() && t.compare(best - source.size(), source.size(), source) == 0) {
      if (const credit_key* longer = key_at(t, best - source.size())) best -= source.size(), key = longer;
    }
  }
  if (!key) return source_at_end(t);
  if (best == 0) return std::nullopt;
  std::string_view credit = trim(t.substr(best + key->key.size()));
  while (!credit.empty() && credit.back() == '.') credit = trim(credit.substr(0, credit.size() - 1));
  if (credit.empty() || word_count(credit) > 8) return std::nullopt;
  if (!key->photo && !names_only(credit)) return std::nullopt;
  // A sentence after the credit is not part of it; initials are ("V.V. TUÂN").
  for (std::size_t p = credit.find(". "); p != std::string_view::npos; p = credit.find(". ", p + 1)) {
    std::size_t st = p;
    while (st > 0 && credit[st - 1] != ' ' && credit[st - 1] != '.') --st;
    if (p - st > 2) return std::nullopt;
  }
  std::string_view cap = trim(t.substr(0, best));
  bool dash = false;
  if (ends_with(cap, " -") || ends_with(cap, " |") || ends_with(cap, " \xE2\x80\x93")) {
    cap = trim(cap.substr(0, cap.size() - (cap.back() == '-' || cap.back() == '|' ? 1 : 3)));
    dash = true;
  } else if (ends_with(cap, "/") && cap.size() > 1 && cap[cap.size() - 2] != ' ' && cap[cap.size() - 2] != '/') {
    // "… tại Hà Nội/ Ảnh: Minh Anh" (a slash glued to the caption, since stop 42)
    cap = trim(cap.substr(0, cap.size() - 1));
    dash = true;
  }
  if (cap.empty()) return std::nullopt;
  // What precedes the credit must end a sentence (or be set off by a dash),
  // or be a short phrase without any sentence punctuation ("Hoàng tử Bandar
  // bin Sultan Ảnh: AP": a caption whose period was lost).
  if (!dash) {
    const UChar32 c = last_cp_before_closing(cap);
    // (A period inside a word or a number is no sentence's end: "sáng 3.12", "TP.HCM".)
    const bool phrase = word_count(cap) <= 30 && !has_sentence_stop(cap) && u_isalnum(c) && starts_upper(cap);
    if (!is_terminal(c) && !phrase) return std::nullopt;
  }
  return caption_parts{std::string(cap), std::string(credit), label_of(*key), key->photo};
}

}  // namespace baiviet::detail
