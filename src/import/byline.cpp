// Byline rules of plain-text import: who wrote the article and, for a
// reprint, where it came from. Every rule here reads the *shape* of a line
// (a name is 1–5 capitalised syllables, a source follows "Theo"); the word
// lists are a general lexicon of Vietnamese news pages, not per-article cases.
//
//   "Bài, ảnh: Huy Ngoan, Quàng Hưởng"   role + authors
//   "Hoài Nam", "H.Long", "TẤN PHƯỚC"     a name alone on the last line
//   "Theo Reuters", "(Theo Lê Thúy/NLĐO)" source (and the person, if any)
//   "Hà Thu (theo CNBC)", "Thu HàTheo AFP" author + source
//   "Đặng Linh/VOV-Trung tâm Tin"        author; "/VOV-…" is a desk tag
//   "Đào Vũ (Tổng hợp)", "Mai Chi(tổng hợp)"  author; the tag is the role
//   "Hoàng Hà (TTXVN)", "Minh Anh (Thanh Niên)" author + source (an outlet in brackets)
//   "… đạt 2,1 tỷ USD. Minh Anh"           a byline run on after the last sentence
#include <algorithm>
#include <array>
#include <utility>

#include "baiviet/text.hpp"
#include "import/rules.hpp"
#include "text/unicode_util.hpp"

namespace baiviet::detail::import_rules {

namespace {

template <std::size_t N>
bool in_list(std::string_view w, const std::array<std::string_view, N>& list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

/// Capitalised words that open sentences and headings but never a byline name
/// (lower case, tone marks kept: "đỗ" is a family name, "do" is not). "Như" and "Thế" open
/// sentences too, but are given names ("Như Tâm", "Thế Anh"), so they are not here.
constexpr std::array<std::string_view, 78> not_name_start = {
    "theo", "tại", "trong", "các", "những", "một", "sau", "khi", "tuy", "nhưng", "với", "về", "do",
    "vì", "nếu", "để", "từ", "trước", "việc", "cùng", "đến", "hiện", "đây", "đó", "này", "ông", "bà",
    "chị", "em", "cô", "chú", "bác", "ngày", "năm", "tháng", "hôm", "sáng", "chiều", "tối", "đêm", "không",
    "cũng", "còn", "đã", "sẽ", "được", "bị", "là", "có", "và", "hay", "hoặc", "nhiều", "mỗi", "cả", "ngoài",
    "bên", "vậy", "dù", "mặc", "riêng", "hơn", "gần", "lúc", "video", "ảnh", "clip", "xem",
    "tin", "bài", "nguồn", "đồ", "tổng", "phó", "bộ", "sở", "thứ", "chủ"};

/// Titles written before a signed name: "Thạc sĩ Châu Luân", "TS. …".
constexpr std::array<std::string_view, 25> name_prefixes = {
    "thạc sĩ ", "ths. ", "ths ", "tiến sĩ ", "ts. ", "ts ", "pgs.ts ", "pgs.ts. ", "pgs. ts ", "gs.ts ",
    "gs. ", "gs ", "pgs ", "pgs. ", "bác sĩ ", "bs. ", "bs ", "ths.bs ", "ts.bs ", "pgs.ts.bs ", "bsckii ",
    "bscki ", "luật sư ", "ls. ", "nhà báo "};

/// Roles written before a signed name without a colon: "PV Thu Hà", "CTV
/// Nguyễn Văn Tuấn", "Phóng viên Nguyễn Hải" (the role is kept as the role).
constexpr std::array<std::string_view, 6> role_prefixes = {"phóng viên ", "cộng tác viên ", "nhóm pv ",
                                                           "pv ", "ctv ", "btv "};

/// The words that say "by" before a signed name, dropped from it: "Bởi Minh Anh", "Đăng bởi
/// Minh Anh", "Người viết: Minh Anh", "By Minh Anh" (since stop 42; before, "Bởi" was part of the
/// name, and under the title some of these lines were a section or a caption).
constexpr std::array<std::string_view, 11> by_prefixes = {
    "đăng bởi: ", "đăng bởi ", "viết bởi: ", "viết bởi ", "người viết: ", "bởi: ", "bởi ", "by: ", "by ",
    "tác giả ", "tác giả bài viết: "};

/// The length of the first entry of `list` (lower case, ending in a space)
/// that `s` starts with, ignoring case; 0 when none.
template <std::size_t N>
std::size_t prefix_length(std::string_view s, const std::array<std::string_view, N>& list) {
  for (std::string_view p : list)
    if (starts_with(lower_marks(s.substr(0, std::min(s.size(), p.size() + 4))), p)) return p.size();
  return 0;
}

/// "Ảnh:" opening a part of a byline: the photographer's name follows.
bool photo_part(std::string_view p, std::string_view* names) {
  const std::string l = lower_marks(p.substr(0, std::min<std::size_t>(p.size(), 8)));
  if (!starts_with(l, "\xE1\xBA\xA3nh:")) return false;  // "ảnh:"
  *names = trim(p.substr(p.find(':') + 1));
  return true;
}

/// "Theo X" as the last part of a byline ("Hoàng Lan - Theo Tuổi trẻ"): X.
std::string_view theo_part(std::string_view p) {
  if (!starts_with(p, "Theo ") && !starts_with(p, "theo ")) return {};
  std::string_view src = trim(p.substr(5));
  if (src.empty() || !starts_upper(src) || word_count(src) > 6 || ends_with_closing_punct(src)) return {};
  return src;
}

/// Family names (lower case): tell a person from an outlet in "Theo A/B".
constexpr std::array<std::string_view, 40> family_names = {
    "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô",
    "dương", "lý", "đào", "đoàn", "đinh", "lâm", "mai", "trương", "cao", "hà", "tạ", "tô", "lương", "chu",
    "thái", "triệu", "kiều", "quách", "vương", "mạc", "hứa", "lưu", "tăng", "thân", "khổng", "châu"};

/// Tokens separated by spaces.
std::vector<std::string_view> tokens(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

bool has_lower(std::string_view s) {
  for (std::size_t i = 0; i < s.size();)
    if (u_islower(cp_at(s, i))) return true;
  return false;
}

/// The words an institution's name opens with (folded), a general lexicon of the workplaces
/// a contributor signs with: "Trung tâm Y tế huyện", "Trường Đại học Tây Bắc", "Sở Y tế".
constexpr std::array<std::string_view, 34> institution_words = {
    "trung tam ", "truong ", "benh vien ", "so ", "phong ", "ban ", "uy ban ", "ubnd ", "vien ",
    "cong ty ", "tong cong ty ", "hoi ", "dai ", "cuc ", "chi cuc ", "van phong ", "hoc vien ",
    "dai hoc ", "khoa ", "bo ", "ngan hang ", "chi nhanh ", "hop tac xa ", "huyen ", "xa ", "phuong ",
    "thanh pho ", "tinh ", "cong an ", "tram ", "thu vien ", "bao tang ", "nha van hoa ", "bo chi huy "};

bool institution_name(std::string_view s) {
  const std::string f = fold_for_search(s);
  for (std::string_view w : institution_words)
    if (starts_with(f, w)) return true;
  return false;
}

bool has_vietnamese_letter(std::string_view s) {
  // A letter outside ASCII (ă â đ ê ô ơ ư and the tone-marked vowels).
  for (std::size_t i = 0; i < s.size();) {
    UChar32 c = cp_at(s, i);
    if (c > 0x7F && u_isalpha(c)) return true;
  }
  return false;
}

/// A name token: starts with a capital letter; letters, dots (initials) and
/// hyphens only ("Hoài", "H.Long", "K.Đ", "Đ.T.CHÁNH", "V.V.").
bool name_token(std::string_view t) {
  if (t.empty()) return false;
  std::size_t i = 0;
  UChar32 c = cp_at(t, i);
  if (!(u_isupper(c) || u_istitle(c))) return false;
  while (i < t.size()) {
    c = cp_at(t, i);
    if (!(u_isalpha(c) || c == '.' || c == '-')) return false;
  }
  return true;
}

std::string_view strip_trailing_dash(std::string_view s) {
  s = trim(s);
  while (!s.empty()) {
    if (ends_with(s, "-")) s = trim(s.substr(0, s.size() - 1));
    else if (ends_with(s, "\xE2\x80\x93") || ends_with(s, "\xE2\x80\x94")) s = trim(s.substr(0, s.size() - 3));
    else break;
  }
  return s;
}

/// "Theo " / "theo " glued to the letter before it ("Thu HàTheo AFP"): its offset.
std::size_t glued_theo(std::string_view s) {
  for (std::string_view w : {std::string_view("Theo "), std::string_view("theo ")}) {
    for (std::size_t p = s.find(w); p != std::string_view::npos; p = s.find(w, p + 1)) {
      if (p == 0) continue;
      std::size_t st = 0;
      UChar32 prev = last_cp(s.substr(0, p), &st);
      if (u_isalpha(prev)) return p;
    }
  }
  return std::string_view::npos;
}

/// Outlets after "Theo": one or several ("Reuters", "Tuổi trẻ", "Reuters, AFP", "AP và AFP"),
/// each part capitalised and short; a full stop at the end is dropped. Empty when the text
/// reads otherwise (a clause: "Theo Bộ Y tế, số ca mắc …").
std::string_view outlet_list(std::string_view src) {
  src = trim(src);
  if (!src.empty() && src.back() == '.') src = trim(src.substr(0, src.size() - 1));
  if (src.empty() || word_count(src) > 12 || ends_with_closing_punct(src) || src.find('@') != std::string_view::npos)
    return {};
  for (std::size_t start = 0, i = 0;;) {
    std::size_t skip = 0;
    for (; i < src.size(); ++i) {
      if (src[i] == ',') skip = 1;
      else if (src.compare(i, 5, " v\xC3\xA0 ") == 0) skip = 5;  // " và "
      if (skip != 0) break;
    }
    std::string_view part = trim(src.substr(start, i - start));
    if (part.empty() || !starts_upper(part) || word_count(part) > 4) return {};
    if (i >= src.size()) break;
    start = i = i + skip;
  }
  return src;
}

/// "Theo" opening the source after the names, spaced ("Minh Anh - Theo Reuters, AFP",
/// "Minh Anh Theo Reuters"): its offset (npos when no outlets follow) and the outlets.
std::pair<std::size_t, std::string_view> spaced_theo(std::string_view s) {
  for (std::size_t p = s.find(" Theo "); p != std::string_view::npos; p = s.find(" Theo ", p + 1))
    if (std::string_view outlets = outlet_list(s.substr(p + 6)); !outlets.empty()) return {p + 1, outlets};
  return {std::string_view::npos, {}};
}

/// An outlet named in brackets after the writer's name: a site's name ("(Thanh Niên)", "(Báo Sơn
/// La)") or an agency's in capitals, three letters or more ("(TTXVN)", "(VOV)", "(AFP)"), alone or
/// before its bureau or partner ("(TTXVN/Vietnam+)", "(VOV-Tây Bắc)"). Not the newsroom's own
/// signatures in capitals ("(CTV)", "(BTV)") or a role ("(TỔNG HỢP)", "(Thực hiện)").
bool bracketed_outlet(std::string_view inner) {
  std::string_view first = trim(inner.substr(0, std::min(inner.find_first_of("/-"), inner.size())));
  if (first.empty()) return false;
  if (is_site_name_line(first)) return true;
  if (word_count(first) != 1 || !all_letters_upper(first) || cp_length(first) < 3) return false;
  for (std::size_t i = 0; i < first.size();)
    if (!u_isalpha(cp_at(first, i))) return false;
  const std::string l = lower_marks(first);
  return l != "ctv" && l != "btv";
}

}  // namespace

// A signature without the desk's tag after "/" ("Ban Thời sự/VOV", "PV/VOV-Tây Bắc": up to four
// words, capitalised), as names are read (parse_name_group); `s` itself otherwise.
namespace {
std::string_view without_desk(std::string_view s) {
  const std::size_t slash = s.find('/');
  if (slash == std::string_view::npos || slash == 0) return s;
  const std::string_view desk = trim(s.substr(slash + 1));
  if (desk.empty() || word_count(desk) > 4 || !starts_upper(desk) || ends_with_closing_punct(desk) ||
      desk.find(',') != std::string_view::npos)
    return s;
  return trim(s.substr(0, slash));
}
}  // namespace

// A reporters' group: "Nhóm PV", "Nhóm phóng viên …", "Ban Thời sự".
bool group_author(std::string_view s) {
  const std::string l = lower_marks(s);
  const std::size_t wc = word_count(s);
  if (wc > 10 || ends_with_closing_punct(s)) return false;
  if (starts_with(l, "nhóm pv") || starts_with(l, "nhóm phóng viên")) return true;
  // The newsroom's own signatures for an unnamed reporter or contributor ("Tác giả: PV").
  if (l == "pv" || l == "ctv" || l == "btv" || l == "phóng viên" || l == "cộng tác viên") return true;
  // "Ban <Desk>": a newsroom department signing the article.
  auto t = tokens(s);
  return t.size() >= 2 && t.size() <= 4 && t[0] == "Ban" && name_token(t[1]);
}

// A reporter's e-mail address signed after the name ("Minh Anh - minhanh@baoso.vn").
bool email_address(std::string_view t) {
  t = trim(t);
  const std::size_t at = t.find('@');
  if (at == 0 || at == std::string_view::npos || t.find_first_of(" \t@", at + 1) != std::string_view::npos ||
      t.find(' ') != std::string_view::npos)
    return false;
  const std::size_t dot = t.find('.', at + 2);
  return dot != std::string_view::npos && dot + 1 < t.size();
}

bool looks_like_person_name(std::string_view s) {
  s = trim(s);
  auto t = tokens(s);
  if (t.empty() || t.size() > 5) return false;
  bool upper_all = true;
  for (std::string_view w : t) {
    if (!name_token(w)) return false;
    if (has_lower(w)) upper_all = false;
  }
  if (in_list(lower_marks(t[0]), not_name_start)) return false;
  // One token: initials ("K.Đ", "H.Long", "T.SỸ"), a dot between letters; a
  // lone word ("Tung", "PVC.") is too weak.
  if (t.size() == 1) {
    const std::size_t dot = t[0].find('.');
    return dot != std::string_view::npos && dot > 0 && dot + 1 < t[0].size() && cp_length(t[0]) >= 3;
  }
  // Mixed case: every syllable capitalised, none all upper unless initials
  // ("Hà Thu", "Nguyễn Văn A"); or the whole name in capitals ("TẤN PHƯỚC").
  if (upper_all) return true;
  for (std::string_view w : t) {
    if (w.find('.') != std::string_view::npos) continue;
    if (cp_length(w) >= 2 && !has_lower(w)) return false;
  }
  return true;
}

bool starts_with_family_name(std::string_view s) {
  auto t = tokens(trim(s));
  return !t.empty() && in_list(lower_marks(t[0]), family_names);
}

bool looks_like_person(std::string_view s) {
  // In "Theo A/B", A is a person (not a second outlet) when it is a name that
  // reads Vietnamese: a Vietnamese letter, a common family name, or syllables of Vietnamese
  // written without marks ("Theo Minh Anh / Nhịp sống kinh tế"; before 2026-12-04 the writer
  // stayed inside the source).
  if (!looks_like_person_name(s)) return false;
  auto t = tokens(trim(s));
  if (t.size() < 2) return false;
  if (has_vietnamese_letter(s) || in_list(lower_marks(t[0]), family_names)) return true;
  return std::all_of(t.begin(), t.end(), [](std::string_view w) { return ascii_syllable(w); });
}

std::optional<byline_parts> parse_name_group(std::string_view line) {
  std::string_view s = strip_trailing_dash(line);
  if (s.empty() || word_count(s) > 16) return std::nullopt;
  byline_parts b;
  b.text = std::string(trim(line));
  // The reporter's e-mail address after the names with a space only, as a copy of the name and
  // the address on two lines joins them ("Minh Anh minhanh@thanhnien.vn"): set apart.
  if (const std::size_t sp = s.rfind(' '); sp != std::string_view::npos && email_address(s.substr(sp + 1)))
    s = strip_trailing_dash(s.substr(0, sp));
  // Source glued to the name: "Thu HàTheo AFP".
  if (std::size_t g = glued_theo(s); g != std::string_view::npos) {
    b.source = std::string(strip_trailing_dash(s.substr(g + 5)));
    s = trim(s.substr(0, g));
  }
  // The source after the names, after a separator or none: "Minh Anh - Theo Reuters, AFP",
  // "Minh Anh Theo Reuters" ("Theo" is no syllable of a Vietnamese name).
  if (b.source.empty() && !s.empty() && s.back() != ')') {
    if (auto [g, outlets] = spaced_theo(s); g != std::string_view::npos) {
      std::string_view names = strip_trailing_dash(s.substr(0, g));
      while (!names.empty() && (names.back() == ',' || names.back() == ';'))
        names = strip_trailing_dash(names.substr(0, names.size() - 1));
      if (!names.empty()) {
        b.source = std::string(outlets);
        s = names;
      }
    }
  }
  // A bracket at the end: "(Theo X)" is the source, anything else short is a
  // desk tag or role ("(Tổng hợp)", "(T / h)", "(Thực hiện)").
  if (!s.empty() && s.back() == ')') {
    const std::size_t open = s.rfind('(');
    if (open == std::string_view::npos || open == 0) return std::nullopt;
    std::string_view inner = trim(s.substr(open + 1, s.size() - open - 2));
    const std::string li = lower_marks(inner);
    // (A compiler's or translator's note naming the source, "(tổng hợp từ Reuters)", "(lược dịch
    // theo AFP)": the role and the source, since stop 43; before, the whole note was the role.)
    std::size_t from = std::string_view::npos, from_len = 0;
    for (std::string_view verb : {"tổng hợp", "lược dịch", "dịch", "biên dịch"})
      for (std::string_view prep : {" từ ", " theo "})
        if (from == std::string_view::npos && li.size() > verb.size() + prep.size() && starts_with(li, verb) &&
            li.compare(verb.size(), prep.size(), prep) == 0)
          from = verb.size(), from_len = prep.size();
    if (starts_with(li, "theo ")) {
      if (!b.source.empty()) return std::nullopt;
      b.source = std::string(trim(inner.substr(5)));
    } else if (from != std::string_view::npos && b.source.empty() && word_count(inner.substr(from + from_len)) <= 5) {
      b.role = std::string(inner.substr(0, from));
      b.source = std::string(trim(inner.substr(from + from_len)));
    } else if (starts_with(li, "nguồn:") || starts_with(li, "nguồn ")) {
      b.source = std::string(trim(inner.substr(inner.find(' ') == std::string_view::npos ? inner.size() : inner.find(' '))));
    } else if (bracketed_outlet(inner)) {
      // The outlet the writer files for, "Hoàng Hà (TTXVN)", is the byline's source, as "Minh Anh
      // - Thanh Niên" is; before 2026-12-04 it was the role ("TTXVN: Hoàng Hà").
      if (!b.source.empty()) return std::nullopt;
      b.source = std::string(inner);
    } else if (!email_address(inner)) {  // "(minhanh@baoso.vn)": the reporter's address, no role
      // (Up to four words, or eight for an institution written capitalised: "(Viện Kinh tế
      // Việt Nam)", "(Trường Đại học Kinh tế Quốc dân)".)
      const std::size_t words = word_count(inner);
      if (inner.empty() || ends_with_closing_punct(inner) || (words > 4 && !(words <= 8 && starts_upper(inner))))
        return std::nullopt;
      b.role = std::string(inner);
    }
    s = trim(s.substr(0, open));
  }
  if (s.empty()) return std::nullopt;
  // A title before a signed name.
  s = trim(s.substr(prefix_length(s, by_prefixes)));
  s = trim(s.substr(prefix_length(s, name_prefixes)));
  // A role before it: "PV Thu Hà", "Phóng viên Nguyễn Hải".
  if (const std::size_t n = prefix_length(s, role_prefixes); n != 0 && b.role.empty()) {
    b.role = std::string(trim(s.substr(0, n)));
    s = trim(s.substr(n));
  }
  if (group_author(without_desk(s))) {
    b.authors.emplace_back(without_desk(s));
    return b;
  }
  // Names separated by ", ", " và ", " - ", " | "; a part after "/" is a desk tag
  // ("Hoàng Dũng/ VOV", "Đặng Linh/VOV-Trung tâm Tin"), as is a short
  // all-capitals part after " - " ("… - NDH").
  std::vector<std::string_view> parts;
  {
    std::size_t i = 0, start = 0;
    auto push = [&](std::size_t end) {
      std::string_view p = trim(s.substr(start, end - start));
      if (!p.empty()) parts.push_back(p);
    };
    while (i < s.size()) {
      if (s[i] == ',' || s[i] == ';') { push(i); start = ++i; continue; }
      if (s.compare(i, 5, " v\xC3\xA0 ") == 0) { push(i); i += 5; start = i; continue; }  // " và "
      if (s.compare(i, 3, " - ") == 0 || s.compare(i, 3, " | ") == 0) { push(i); i += 3; start = i; continue; }
      if (s.compare(i, 5, " \xE2\x80\x93 ") == 0) { push(i); i += 5; start = i; continue; }
      ++i;
    }
    push(s.size());
  }
  bool photos = false;
  std::size_t writers = 0;  // (the authors before the photographer's part)
  for (std::size_t k = 0; k < parts.size(); ++k) {
    std::string_view p = parts[k];
    // The photographer after the writers: "Văn Tám - Ảnh: Minh Đức" (a name
    // of the byline, not a caption's credit).
    if (std::string_view names; k > 0 && !b.authors.empty() && photo_part(p, &names)) {
      if (!looks_like_person_name(names)) return std::nullopt;
      if (!photos) writers = b.authors.size();
      b.authors.emplace_back(names);
      photos = true;
      continue;
    }
    // The source after the names: "Hoàng Lan - Theo Tuổi trẻ".
    if (std::string_view src = theo_part(p); !src.empty() && k > 0 && k + 1 == parts.size() && b.source.empty()) {
      b.source = std::string(src);
      continue;
    }
    if (const std::size_t slash = p.find('/'); slash != std::string_view::npos && slash > 0) {
      std::string_view person = trim(p.substr(0, slash));
      if (looks_like_person_name(person)) {
        // "Thu Hà/Theo AFP": the source; anything else after "/" is a desk tag.
        if (std::string_view src = theo_part(trim(p.substr(slash + 1))); !src.empty() && b.source.empty())
          b.source = std::string(src);
        p = person;
      }
    }
    // The outlet's name after the names: "Minh Anh - Báo Sơn La", "Minh Anh | VTC News" (one in
    // capitals, "… - TTXVN", is the desk tag below).
    if (k > 0 && !b.authors.empty() && k + 1 == parts.size() && b.source.empty() && !all_letters_upper(p) &&
        is_site_name_line(p)) {
      b.source = std::string(p);
      continue;
    }
    // Two names joined by a hyphen without spaces ("Minh Anh-Hoàng Hà", since stop 42): a
    // Vietnamese name has no hyphen, so each side of two words or more is a name ("Jean-Pierre
    // Dupont" stays one: one word before the hyphen).
    if (const std::size_t dash = p.find('-'); dash != std::string_view::npos && dash > 0 && dash + 1 < p.size() &&
                                              p[dash - 1] != ' ' && p[dash + 1] != ' ' &&
                                              p.find('-', dash + 1) == std::string_view::npos) {
      const std::string_view left = p.substr(0, dash), right = p.substr(dash + 1);
      if (word_count(left) >= 2 && word_count(right) >= 2 && looks_like_person_name(left) &&
          looks_like_person_name(right)) {
        b.authors.emplace_back(left);
        b.authors.emplace_back(right);
        continue;
      }
    }
    if (looks_like_person_name(p)) {
      b.authors.emplace_back(p);
      continue;
    }
    // The reporter's e-mail address after the names ("Minh Anh - minhanh@baoso.vn").
    if (k > 0 && !b.authors.empty() && email_address(p)) continue;
    // A contributor's workplace after the name, as the bracket gives it ("Minh Anh - Trung tâm
    // Y tế huyện Mai Sơn", "ThS. Nguyễn Văn A - Trường Đại học Tây Bắc"): the role. An
    // institution's name (institution_words first), 2–8 words, no digit; since stop 41.
    if (k > 0 && k + 1 == parts.size() && !b.authors.empty() && b.role.empty() && starts_upper(p) &&
        word_count(p) >= 2 && word_count(p) <= 8 && p.find_first_of("0123456789/") == std::string_view::npos &&
        institution_name(p)) {
      b.role = std::string(p);
      continue;
    }
    // A desk tag after the names ("… - NDH"; a channel's with its number, "… - VOV1", "… - VTV24",
    // since stop 41: one word, two capitals or more, then at most two digits).
    if (k > 0 && !b.authors.empty() && k + 1 == parts.size() && all_letters_upper(p) && word_count(p) <= 2) {
      const std::size_t digit = p.find_first_of("0123456789");
      if (digit == std::string_view::npos) continue;
      if (word_count(p) == 1 && digit >= 2 && p.size() - digit <= 2 &&
          p.find_first_not_of("0123456789", digit) == std::string_view::npos &&
          p.substr(0, digit).find_first_of("0123456789") == std::string_view::npos)
        continue;
    }
    return std::nullopt;
  }
  if (b.authors.empty() && b.source.empty()) return std::nullopt;
  // Writers and photographer: the role says both ("Bài: A - Ảnh: B").
  // (Since stop 43 each name has its own part's role too: the writers "Bài", the photographer
  // "Ảnh"; before, every name had "Bài, ảnh".)
  if (photos && b.role.empty()) {
    b.role = "B\xC3\xA0i, \xE1\xBA\xA3nh";  // "Bài, ảnh"
    for (std::size_t i = 0; i < b.authors.size(); ++i)
      b.author_roles.emplace_back(i < writers ? "B\xC3\xA0i" : "\xE1\xBA\xA2nh");  // "Bài", "Ảnh"
  }
  return b;
}

std::optional<byline_parts> parse_source_line(std::string_view line) {
  // Rule: "Theo <source>" alone on a line ends a reprint: "Theo Reuters",
  // "Theo QQ/Sohu", "(Theo Lê Thúy/NLĐO)", "Nguồn: X". The source is the
  // outlet; a person before "/" (or glued to the outlet: "Theo Châu
  // GiangVietnamNet") is the author.
  std::string_view t = trim(line);
  std::string_view inner = t;
  if (inner.size() > 2 && inner.front() == '(' && inner.back() == ')') inner = trim(inner.substr(1, inner.size() - 2));
  std::string_view src;
  if (starts_with(inner, "Theo ") || starts_with(inner, "THEO ")) src = trim(inner.substr(5));
  else if (starts_with(inner, "Ngu\xE1\xBB\x93n:")) src = trim(inner.substr(8));  // "Nguồn:"
  else return std::nullopt;
  if (!src.empty() && src.back() == '.' && word_count(src) <= 6) src = trim(src.substr(0, src.size() - 1));
  // (A domain in small letters is a source too: "Theo baochinhphu.vn", since stop 41.)
  if (src.empty() || word_count(src) > 12 || ends_with_closing_punct(src) ||
      (!starts_upper(src) && !is_site_name_line(src)) || sentence_count(src) > 1)
    return std::nullopt;
  // Several outlets: "Theo Reuters, AFP" — every part a short capitalised name
  // (a sentence "Theo Bộ Y tế, số ca …" has a lower-case clause after its comma).
  for (std::size_t i = 0, start = 0; i <= src.size(); ++i) {
    if (i < src.size() && src[i] != ',') continue;
    std::string_view part = trim(src.substr(start, i - start));
    if (start > 0 || i < src.size())
      if (part.empty() || !starts_upper(part) || word_count(part) > 4) return std::nullopt;
    start = i + 1;
  }
  byline_parts b;
  b.text = std::string(t);  // (no role: "Theo" introduces the source)
  // A person before the outlet is the author: "Person (Outlet)" ("Theo Thu Hà (VnExpress)"; not
  // an outlet's name before the brackets, "Theo Tuổi Trẻ (TP.HCM)"), "Person/Outlet" (the person
  // writes for the outlet), or "<Person><Outlet>" glued where a link was (split at the first
  // lower → upper change inside a word after the first).
  auto person_then_outlet = [&](std::string_view person, std::string_view outlet) {
    if (!looks_like_person(person)) return false;
    b.authors.emplace_back(person);
    b.source = std::string(outlet);
    return true;
  };
  if (const std::size_t open = src.find(" ("); open != std::string_view::npos && src.back() == ')') {
    std::string_view person = trim(src.substr(0, open)), outlet = trim(src.substr(open + 2, src.size() - open - 3));
    if (!is_site_name_line(person) && !outlet.empty() && starts_upper(outlet) && word_count(outlet) <= 4 &&
        person_then_outlet(person, outlet))
      return b;
  }
  if (const std::size_t slash = src.find('/'); slash != std::string_view::npos && slash > 0 &&
      person_then_outlet(trim(src.substr(0, slash)), trim(src.substr(slash + 1))))
    return b;
  auto t_ = tokens(src);
  for (std::size_t k = 1; k < t_.size(); ++k) {
    if (const std::size_t at = glued_capital(t_[k]); at != std::string_view::npos) {
      const std::size_t cut = static_cast<std::size_t>(t_[k].data() - src.data()) + at;
      if (person_then_outlet(trim(src.substr(0, cut)), trim(src.substr(cut)))) return b;
    }
  }
  b.source = std::string(src);
  return b;
}

bool is_desk_tag_line(std::string_view line) {
  // "Tổng hợp", "(Tổng hợp)", "(T/H)" alone under the byline name.
  std::string_view t = trim(line);
  if (t.size() > 2 && t.front() == '(' && t.back() == ')') t = trim(t.substr(1, t.size() - 2));
  const std::string l = lower_marks(t);
  return l == "tổng hợp" || l == "t/h" || l == "t / h" || l == "th" || l == "tổng hợp." || l == "lược dịch" ||
         l == "dịch";
}

namespace {

/// The roles of a byline before a colon: "Bài, ảnh: A, B, C", "Bài và ảnh: …", "Thực hiện: …",
/// "Tác giả: …"; since stop 42 a translator's, a compiler's and a reporter's ("Lược dịch: …",
/// "Biên dịch: …", "Tổng hợp: …", "Phóng viên: …"), before them a paragraph (compared folded).
constexpr std::array<std::string_view, 22> byline_roles = {
    "bai va anh", "bai, anh", "bai - anh", "bai/anh", "bai + anh", "bai", "tin, anh", "tin va anh",
    "tin", "thuc hien", "nhom thuc hien", "tac gia", "ghi chep", "luoc dich", "dich", "bien dich",
    "nguoi dich", "dich gia", "tong hop", "bien soan", "phong vien", "nhom phong vien"};

/// Rule: credits of several roles on one line, parted by " - ", " – ", "; " or " | ", each part a
/// role and its names ("Thực hiện: Minh Anh - Thiết kế: Hoàng Hà", "Nội dung: Minh Anh; Ảnh:
/// Hoàng Hà", as a long-form story's credits are printed): every name an author with its part's
/// role; the byline's role the roles in order ("Thực hiện, thiết kế").
std::optional<byline_parts> multi_role_credit(std::string_view t) {
  // byline_roles and the roles of a long-form story's other credits.
  static constexpr std::array<std::string_view, 14> more_roles = {
      "anh", "noi dung", "thiet ke", "do hoa", "video", "quay phim", "dung phim", "trinh bay", "ky thuat",
      "bien tap", "san xuat", "chu bien", "thiet ke do hoa", "anh va video"};
  auto role_at = [&](std::string_view part) -> std::size_t {  // length of "Role" before ':', or 0
    const std::size_t colon = part.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > 24) return 0;
    const std::string f = fold_for_search(trim(part.substr(0, colon)));
    const bool known = std::find(byline_roles.begin(), byline_roles.end(), f) != byline_roles.end() ||
                       std::find(more_roles.begin(), more_roles.end(), f) != more_roles.end();
    return known ? colon : 0;
  };
  byline_parts b;
  std::size_t parts = 0;
  while (!t.empty()) {
    const std::size_t colon = role_at(t);
    if (colon == 0) return std::nullopt;
    // The part ends where a separator comes before the next role.
    std::size_t end = t.size(), next = t.size();
    for (std::string_view sep : {std::string_view(" - "), std::string_view(" \xE2\x80\x93 "), std::string_view("; "),
                                 std::string_view(" | ")})
      for (std::size_t at = t.find(sep, colon); at != std::string_view::npos && at < end; at = t.find(sep, at + 1))
        if (role_at(trim(t.substr(at + sep.size())))) {
          end = at;
          next = at + sep.size();
          break;
        }
    const std::string_view role = trim(t.substr(0, colon)), names = trim(t.substr(colon + 1, end - colon - 1));
    auto g = parse_name_group(names);
    if (!g || g->authors.empty() || !g->source.empty()) return std::nullopt;
    for (const std::string& name : g->authors) {
      b.authors.push_back(name);
      b.author_roles.emplace_back(role);
    }
    b.role += parts++ == 0 ? std::string(role) : ", " + lower_marks(role);
    t = next < t.size() ? trim(t.substr(next)) : std::string_view();
  }
  if (parts < 2) return std::nullopt;
  return b;
}

}  // namespace

std::optional<byline_parts> parse_byline(std::string_view line, bool last_line) {
  std::string_view t = trim(line);
  std::string_view inner = t;
  if (inner.size() > 2 && inner.front() == '(' && inner.back() == ')') inner = trim(inner.substr(1, inner.size() - 2));
  const std::size_t wc = word_count(inner);
  if (wc == 0 || wc > 20 || sentence_count(inner) > 1) return std::nullopt;
  byline_parts b;
  b.text = std::string(t);

  // Rule: an explicit role before a colon (byline_roles): "Bài, ảnh: A, B, C", "Bài và ảnh: …",
  // "Thực hiện: …", "Tác giả: …".
  auto several_roles = [&]() -> std::optional<byline_parts> {
    auto m = multi_role_credit(inner);
    if (!m) return std::nullopt;
    m->text = b.text;
    m->confidence = last_line ? conf::byline_role : conf::byline_role_top;
    return m;
  };
  std::size_t colon = inner.find(':');
  if (colon != std::string_view::npos && colon < 40) {
    std::string_view role = trim(inner.substr(0, colon));
    std::string_view names = trim(inner.substr(colon + 1));
    const std::string fr = fold_for_search(role);
    for (std::string_view r : byline_roles) {
      if (fr == r && !names.empty() && word_count(names) <= 16 && !ends_with_closing_punct(names)) {
        b.role = std::string(role);
        // A reporters' group is one author even with commas in its name
        // ("Nhóm phóng viên CTĐ, CTCT").
        if (group_author(without_desk(names))) {
          b.authors.emplace_back(without_desk(names));
        } else if (auto g = parse_name_group(names)) {
          b.authors = g->authors;
          b.source = g->source;
          // "Bài: A - Ảnh: B": the photographer's part adds the second role.
          if (fr == "bai" && fold_for_search(g->role) == "bai, anh") {
            b.role = g->role;
            b.author_roles = g->author_roles;
          }
        } else {
          return several_roles();
        }
        b.confidence = last_line ? conf::byline_role : conf::byline_role_top;
        return b;
      }
    }
    if (auto m = several_roles()) return m;
  }
  // Rule: a genre's note "of" the writer, "Ghi chép của Minh Anh", "Phóng sự của nhóm PV", "Bút
  // ký của …" (since stop 41): the genre is the role, the names after "của" the authors.
  const std::size_t of = inner.find(" c\xE1\xBB\xA7" "a ");  // " của "
  const std::string before_of = of == std::string_view::npos || of > 20 ? std::string() : fold_for_search(inner.substr(0, of));
  for (std::string_view genre : {std::string_view("ghi chep"), std::string_view("phong su"), std::string_view("but ky"),
                                 std::string_view("ky su"), std::string_view("tuy but")}) {
    if (before_of != genre) continue;
    const std::size_t sp = of;
    std::string_view names = trim(inner.substr(sp + 6));
    if (names.empty() || ends_with_closing_punct(names)) break;
    if (group_author(names)) {
      b.authors.emplace_back(names);
    } else if (auto g = parse_name_group(names); g && !g->authors.empty() && g->source.empty()) {
      b.authors = g->authors;
    } else {
      break;
    }
    b.role = std::string(inner.substr(0, sp));
    b.confidence = last_line ? conf::byline_role : conf::byline_role_top;
    return b;
  }
  if (last_line) {
    if (auto s = parse_source_line(t)) {
      s->confidence = conf::byline_source_line;
      return s;
    }
  }
  // Rule: a reporters' group: "Nhóm PV", "Nhóm phóng viên …": a byline that
  // names no person (the role alone).
  // (With the desk's tag after "/", as after a name: "PV/VOV-Tây Bắc", "Nhóm PV/Dân trí", since
  // stop 44; before, the first was a paragraph and the second one author's name.)
  const std::string_view group = without_desk(inner);
  if (group_author(group) && !starts_with(group, "Ban ")) {
    const std::string l = lower_marks(group);
    if (l == "nhóm pv" || l == "nhóm phóng viên") b.role = std::string(group);
    else b.authors.emplace_back(group);
    b.confidence = last_line ? conf::byline_group : conf::byline_group_top;
    return b;
  }
  if (!last_line) return std::nullopt;
  // Rule: names alone on the last line, with an optional source or desk tag
  // ("TẤN PHƯỚC", "Hoài Nam", "Hà Thu (theo CNBC)", "Đào Vũ (Tổng hợp)").
  if (auto g = parse_name_group(t)) {
    g->confidence = all_letters_upper(t) ? conf::byline_upper_name : conf::byline_name;
    return g;
  }
  return std::nullopt;
}

std::optional<std::pair<byline_parts, std::size_t>> split_trailing_byline(std::string_view para) {
  // Rule: in text whose paragraphs were run together, the byline follows the
  // last sentence on the same line: "… bỏ ra làm dự án./. Hà Khánh/VOV-HCM",
  // "… chưa được xác định Đ.T.CHÁNH". The tail after the last sentence end
  // must read as a byline (names, desk tag, source) of at most 10 words.
  std::string_view t = trim(para);
  auto tk = tokens(t);
  if (tk.size() < 8) return std::nullopt;
  for (std::size_t n = 1; n <= 10 && n < tk.size(); ++n) {
    const std::size_t k = tk.size() - n;  // the tail is tk[k..]
    std::string_view before = tk[k - 1];
    const std::size_t off = static_cast<std::size_t>(tk[k].data() - t.data());
    std::string_view tail = t.substr(off);
    // What precedes must end a sentence ("./." too), or, for a tail in
    // capitals, be a lower-case word.
    std::size_t st = 0;
    UChar32 c = last_cp(before, &st);
    while (is_closing(c) && st > 0) c = last_cp(before.substr(0, st), &st);
    const bool sentence_end = is_terminal(c) || ends_with(before, "./.") || c == '/';
    const bool caps_after_lower = !has_lower(strip_trailing_dash(tail)) && has_lower(before) && u_isalpha(c);
    if (!sentence_end && !caps_after_lower) continue;
    auto g = parse_name_group(tail);
    if (!g) continue;
    g->confidence = conf::byline_run_on;
    return std::make_pair(*g, static_cast<std::size_t>(t.data() - para.data()) + off);
  }
  return std::nullopt;
}

}  // namespace baiviet::detail::import_rules
