// Run-on bodies: a whole article body scraped into one line is cut into its
// sentences, run-in photo credits and unpunctuated captions or headings
// (segment_run_on), so that the line classifier can read them one by one.
#include <algorithm>
#include <array>

#include "import/rules.hpp"
#include "text/unicode_util.hpp"

namespace baiviet::detail::import_rules {

namespace {

struct token {
  std::size_t begin, end;
};

std::vector<token> tokenize(std::string_view s) {
  std::vector<token> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.push_back(token{i, j});
    i = j;
  }
  return out;
}

/// The token ends a sentence: . ! ? … or "./." possibly followed by closing
/// quotes or brackets.
bool token_ends_sentence(std::string_view w) {
  if (ends_with(w, "./.")) return true;
  std::size_t st = 0;
  UChar32 c = last_cp(w, &st);
  while (is_closing(c) && st > 0) c = last_cp(w.substr(0, st), &st);
  return is_terminal(c);
}

bool token_starts_upper(std::string_view w) {
  std::size_t i = 0;
  while (i < w.size()) {
    UChar32 c = cp_at(w, i);
    if (u_isalpha(c)) return u_isupper(c) || u_istitle(c);
    if (u_isdigit(c)) return true;
    if (!is_opening_quote(c)) return false;
  }
  return false;
}

bool token_starts_lower(std::string_view w) {
  std::size_t i = 0;
  UChar32 c = cp_at(w, i);
  return u_islower(c);
}

/// "Ảnh:" ends the token (also glued to a period: "đậu.Ảnh:").
bool is_credit_key(std::string_view w) {
  return ends_with(w, "\xE1\xBA\xA2nh:") || ends_with(w, "\xE1\xBA\xA2NH:") || w == "(\xE1\xBA\xA2nh:" ||
         w == "(\xE1\xBA\xA3nh:";
}

}  // namespace

bool has_credit_key(std::string_view text) {
  // The words is_credit_key accepts all end in "nh:" or "NH:" (the last bytes
  // of "Ảnh:", "ảnh:", "ẢNH:"): the word around each such place is asked,
  // instead of cutting the text into words (this runs on every line of a body).
  for (std::string_view tail : {std::string_view("nh:"), std::string_view("NH:")})
    for (std::size_t p = text.find(tail); p != std::string_view::npos; p = text.find(tail, p + 1)) {
      const std::size_t end = p + tail.size();
      if (end != text.size() && text[end] != ' ') continue;
      const std::size_t space = text.rfind(' ', p);
      const std::size_t begin = space == std::string_view::npos ? 0 : space + 1;
      if (is_credit_key(text.substr(begin, end - begin))) return true;
    }
  return false;
}

bool is_sentence_starter(std::string_view word) {
  // Capitalised function words that open Vietnamese sentences and almost never
  // stand capitalised inside one (proper nouns are capitalised, these words
  // are not proper nouns). Lower case, tone marks kept.
  static constexpr std::array<std::string_view, 60> starters = {
      "một", "các", "những", "theo", "trong", "tại", "sau", "khi", "tuy", "nhưng", "với", "về", "để", "từ",
      "trước", "việc", "hiện", "đây", "đó", "ông", "chị", "ngày", "hôm", "sáng", "chiều", "tối",
      "cũng", "còn", "đã", "nhiều", "mỗi", "ngoài", "bên", "riêng", "dù", "mặc", "do", "vì", "nếu", "cùng",
      "đến", "thế", "như", "vậy", "lúc", "được", "bị", "qua", "ngay", "trên", "dưới", "giữa", "chỉ", "có",
      "là", "này", "thậm", "song", "đặc", "cụ"};
  if (!token_starts_upper(word) || all_letters_upper(word)) return false;
  const std::string l = lower_marks(word);
  return std::find(starters.begin(), starters.end(), l) != starters.end();
}

std::vector<segment> segment_run_on(std::string_view text) {
  // Rules: a run-on body is cut (1) after a sentence ("… nhất. Sau đó"), (2)
  // after a photo credit run in after its caption ("… hôm 1-7. Ảnh: THX
  // Theo PLA Daily"): the credit is the capitalised words after "Ảnh:" up to
  // a sentence starter or a capitalised word followed by a lower-case one,
  // and (3) before a capitalised sentence starter that follows a word without
  // punctuation ("… đến MTV EMA Sau một tuần …"): a caption or heading whose
  // photo or line break was lost.
  std::vector<segment> out;
  const std::vector<token> tk = tokenize(text);
  std::size_t seg_begin = tk.empty() ? 0 : tk.front().begin;
  auto cut = [&](std::size_t end, bool unpunctuated, bool credit) {
    if (end <= seg_begin) return;
    out.push_back(segment{seg_begin, end, unpunctuated, credit});
  };
  for (std::size_t i = 0; i < tk.size(); ++i) {
    std::string_view w = text.substr(tk[i].begin, tk[i].end - tk[i].begin);
    if (is_credit_key(w) && i + 1 < tk.size()) {
      // The credit's words.
      std::size_t k = i + 1, taken = 0;
      for (; k < tk.size() && taken < 6; ++k, ++taken) {
        std::string_view x = text.substr(tk[k].begin, tk[k].end - tk[k].begin);
        if (taken > 0 && is_sentence_starter(x)) break;
        if (taken > 0 && !token_starts_upper(x) && !all_letters_upper(x)) break;
        if (taken > 0 && k + 1 < tk.size() && token_starts_upper(x) && !all_letters_upper(x) &&
            token_starts_lower(text.substr(tk[k + 1].begin, tk[k + 1].end - tk[k + 1].begin)) &&
            x.find('.') == std::string_view::npos)
          break;  // "… Ảnh: Như Ý Theo phản ánh": "Theo" opens the next sentence
        if (ends_with(x, ")") || ends_with(x, ".") || ends_with(x, ",")) {
          ++k;
          break;
        }
      }
      if (k > i + 1) {
        cut(tk[k - 1].end, false, true);
        seg_begin = k < tk.size() ? tk[k].begin : text.size();
        i = k - 1;
        continue;
      }
    }
    if (i + 1 >= tk.size()) break;
    std::string_view next = text.substr(tk[i + 1].begin, tk[i + 1].end - tk[i + 1].begin);
    if (is_credit_key(next) || (next.size() > 1 && next.front() == '(' && is_credit_key(next.substr(1)))) continue;
    if (token_ends_sentence(w)) {
      if (token_starts_upper(next) && !(ends_with(w, ".") && !ends_with(w, "./.") && abbreviation_before(text, tk[i].end - 1)))
        cut(tk[i].end, false, false), seg_begin = tk[i + 1].begin;
      continue;
    }
    // A capitalised sentence starter after a word without punctuation, itself
    // followed by a lower-case word. Not after a capitalised word (a name may
    // hold such a word: "Thủ Dầu Một") or after a title or kinship word (a
    // name follows it: "cụ Từ hô to").
    static constexpr std::array<std::string_view, 13> before_name = {
        "ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "cụ", "thầy", "cháu", "con", "chàng"};
    UChar32 lastc = last_cp(w);
    const std::string lw = lower_marks(w);
    const bool after_name_word = std::find(before_name.begin(), before_name.end(), lw) != before_name.end();
    const bool after_capital = token_starts_upper(w) && !all_letters_upper(w) && !u_isdigit(first_cp(w));
    if ((u_isalnum(lastc) || is_closing(lastc)) && lastc != ')' && !after_name_word && !after_capital &&
        is_sentence_starter(next) && i + 2 < tk.size() &&
        token_starts_lower(text.substr(tk[i + 2].begin, tk[i + 2].end - tk[i + 2].begin)))
      cut(tk[i].end, true, false), seg_begin = tk[i + 1].begin;
  }
  cut(text.size(), false, false);
  return out;
}

}  // namespace baiviet::detail::import_rules
