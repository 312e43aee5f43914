// The rules of plain-text import. Each function's comment says what it encodes
// and where it was seen; the lists of words are data, not per-file cases.
#include "import/rules.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>

#include "baiviet/text.hpp"
#include "core/date_time.hpp"
#include "core/trim.hpp"
#include "text/unicode_util.hpp"

namespace baiviet::detail::import_rules {

namespace {

/// Compare against a list of phrases ignoring case and tone marks
/// ("BÌNH LUẬN" == "Bình luận"), optionally with a trailing colon.
template <std::size_t N>
bool in_folded_list(std::string_view line, const std::array<std::string_view, N>& list) {
  std::string_view t = trim(line);
  if (!t.empty() && t.back() == ':') t = trim(t.substr(0, t.size() - 1));
  if (t.size() > 80) return false;
  const std::string f = fold_for_search(t);
  for (std::string_view p : list)
    if (f == p) return true;
  return false;
}

/// A medium's label in brackets before a caption or a lead ("(Video)", "(Clip)"), which is
/// not an outlet's; compared folded.
constexpr std::array<std::string_view, 16> media_labels = {
    "video", "clip", "anh", "audio", "podcast", "infographic", "infographics", "emagazine", "e-magazine",
    "longform", "photo", "photos", "live", "truc tiep", "multimedia", "megastory"};

constexpr std::string_view k_photo_word = "\xE1\xBA\xA2nh ";  // "Ảnh " ("Ảnh kienthuc.net", "Ảnh chụp …")

}  // namespace

// ---- text measures ------------------------------------------------------------

std::string_view trim(std::string_view s) { return detail::trim(s, detail::kSpacesTabs); }

std::size_t glued_capital(std::string_view word) {
  UChar32 prev = 0;
  for (std::size_t i = 0; i < word.size();) {
    const std::size_t at = i;
    const UChar32 c = cp_at(word, i);
    if (at > 0 && u_islower(prev) && u_isupper(c)) return at;
    prev = c;
  }
  return std::string_view::npos;
}

/// The word before a period is an abbreviation or an initial, not a sentence
/// end: "TP. HCM", "Q. Tân Phú", "TS. Nguyễn", "Đ. B.T.".
bool abbreviation_before(std::string_view s, std::size_t period) {
  std::size_t start = period;
  while (start > 0 && s[start - 1] != ' ' && s[start - 1] != '(' && s[start - 1] != '.') --start;
  std::string_view w = s.substr(start, period - start);
  if (w.empty()) return false;
  static constexpr std::array<std::string_view, 16> abbrevs = {"TP", "Tp", "Q", "P", "TS", "ThS", "PGS", "GS",
                                                                "BS", "St", "Mr", "Mrs", "Ms", "Dr", "TX", "TT"};
  for (std::string_view x : abbrevs)
    if (w == x) return true;
  // A single capital letter: an initial.
  std::size_t i = 0;
  UChar32 c = cp_at(w, i);
  return i == w.size() && (u_isupper(c) || u_istitle(c));
}


std::size_t next_sentence_end(std::string_view s) {
  // Rule: a sentence ends at . ! ? … (then closing quotes/brackets) followed by
  // a space and a capital, a digit or an opening quote, unless the period
  // follows an abbreviation or an initial ("TP. HCM", "N. Văn").
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t at = i;
    UChar32 c = cp_at(s, i);
    if (!is_terminal(c)) continue;
    std::size_t j = i;
    while (j < s.size()) {
      std::size_t k = j;
      UChar32 d = cp_at(s, k);
      if (!is_closing(d) && !is_terminal(d) && d != '/') break;
      j = k;
    }
    if (j < s.size() && s[j] == ' ' && j + 1 < s.size()) {
      std::size_t k = j + 1;
      UChar32 d = cp_at(s, k);
      if ((u_isupper(d) || u_istitle(d) || u_isdigit(d) || is_opening_quote(d)) &&
          !(c == '.' && j == i && abbreviation_before(s, at)))
        return j;
    }
    i = j > i ? j : i;
  }
  return s.size();
}

std::size_t sentence_count(std::string_view s) {
  std::size_t n = 0;
  while (!s.empty()) {
    const std::size_t e = next_sentence_end(s);
    bool any = false;
    for (std::size_t i = 0; i < e && !any;) any = u_isalnum(cp_at(s, i));
    n += any;
    if (e >= s.size()) break;
    s = s.substr(e + 1);
  }
  return n;
}

bool all_letters_upper(std::string_view s) {
  std::size_t letters = 0;
  for (std::size_t i = 0; i < s.size();) {
    UChar32 c = cp_at(s, i);
    if (u_isalpha(c)) {
      if (u_islower(c)) return false;
      ++letters;
    }
  }
  return letters >= 2;
}

bool ends_with_closing_punct(std::string_view s) {
  s = trim(s);
  while (!s.empty()) {
    std::size_t start = 0;
    UChar32 c = last_cp(s, &start);
    if (is_closing(c)) { s = trim(s.substr(0, start)); continue; }
    return is_terminal(c) || c == ':' || c == ';' || c == ',';
  }
  return false;
}

std::string fix_eth(std::string s) {
  // Rule: look-alike letters. Báo Bình Định pages type U+00D0 "Ð" for "Đ",
  // also inside abbreviations ("NÐ-CP", "HÐND"); imported text is Vietnamese.
  if (s.find("\xC3\x90") == std::string::npos && s.find("\xC3\xB0") == std::string::npos) return s;
  std::string out;
  out.reserve(s.size());
  UChar32 prev = 0;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t start = i;
    UChar32 c = cp_at(s, i);
    if (c == 0xD0 || c == 0xF0) {
      std::size_t j = i;
      UChar32 next = j < s.size() ? cp_at(s, j) : 0;
      if (u_isalpha(prev) || u_isalpha(next)) {
        out += c == 0xD0 ? "\xC4\x90" : "\xC4\x91";
        prev = c;
        continue;
      }
    }
    out.append(s, start, i - start);
    prev = c;
  }
  return out;
}

// ---- page chrome ----------------------------------------------------------------

namespace {

/// Digits with "." or "," grouping ("1.234"): the length of the run at the start of s.
std::size_t number_run(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && ((s[i] >= '0' && s[i] <= '9') || ((s[i] == '.' || s[i] == ',') && i > 0))) ++i;
  while (i > 0 && (s[i - 1] == '.' || s[i - 1] == ',')) --i;
  return i;
}

/// A widget's counter on a line of its own (folded: lower case, no marks): "0:00 / 3:25",
/// "5 phut doc", "doc trong 5 phut", "luot xem: 1.234", "1.234 luot xem", "luot doc: 56", "da xem:
/// 1.234", "so luot xem: 1234", "doc: 5 phut".
bool counter_line(std::string_view f) {
  auto clock = [](std::string_view s) {  // "m:ss" or "h:mm:ss"
    std::size_t colon = s.find(':');
    return colon >= 1 && colon <= 2 && s.size() >= colon + 3 && number_run(s) == colon &&
           s.find_first_not_of("0123456789:") == std::string_view::npos;
  };
  if (const std::size_t slash = f.find(" / "); slash != std::string_view::npos)
    return clock(f.substr(0, slash)) && clock(f.substr(slash + 3));
  if (const std::size_t n = number_run(f); n > 0 && n <= 9) {
    const std::string_view rest = f.substr(n);
    return rest == " phut doc" || rest == " luot xem" || rest == " luot doc";
  }
  // (The reading time's or the audio's length as a label writes it, "Thời lượng: 3 phút",
  // "Thời lượng 03:12", "Thời gian đọc 5 phút", since stop 44: before, under the title it read as a
  // caption and cost the sapo.)
  for (std::string_view key : {std::string_view("luot xem:"), std::string_view("luot doc:"), std::string_view("so luot xem:"),
                               std::string_view("da xem:"), std::string_view("luot truy cap:"),
                               std::string_view("thoi gian doc"), std::string_view("thoi luong"),
                               std::string_view("doc:"), std::string_view("doc trong")}) {
    if (!starts_with(f, key)) continue;
    std::string_view rest = trim(f.substr(key.size()));
    if (key.back() != ':' && !rest.empty() && rest.front() == ':') rest = trim(rest.substr(1));
    if (clock(rest)) return key == "thoi luong";
    const std::size_t n = number_run(rest);
    if (n == 0 || n > 9) return false;
    rest = rest.substr(n);
    return rest.empty() || rest == " phut" || rest == " phut doc";
  }
  return false;
}

}  // namespace

const char* chrome_reason(std::string_view line) {
  // Comment box under Vietnamese news articles: its heading, the character
  // counter ("Bạn còn 500/500 ký tự"), the minimum-length warning ("Bạn vui
  // lòng nhập từ 5 ký tự trở lên !!!") and its form labels.
  // (Since stop 44 its form's last buttons and label, "Gửi", "Hủy", "Họ tên", and its list's
  // "Quan tâm nhất", "Xem tất cả".)
  static constexpr std::array<std::string_view, 15> comment_lines = {
      "binh luan", "y kien ban doc", "gui binh luan", "viet binh luan", "binh luan cua ban",
      "y kien cua ban", "gui y kien", "ho va ten", "ma xac nhan", "dang nhap de binh luan",
      "gui", "huy", "ho ten", "quan tam nhat", "xem tat ca"};
  std::string_view t = trim(line);
  if (t.size() > 160) return nullptr;  // chrome lines are short; don't fold long paragraphs
  if (in_folded_list(t, comment_lines)) return "comment-box";
  // The heading with its counter: "Bình luận (0)", "Ý kiến bạn đọc (12)", "Ý kiến (3)" (since stop 44).
  if (const std::size_t open = t.rfind(" ("); open != std::string_view::npos && t.back() == ')' &&
      t.size() - open <= 10 && t.find_first_not_of("0123456789", open + 2) == t.size() - 1 &&
      (in_folded_list(trim(t.substr(0, open)), comment_lines) || fold_for_search(trim(t.substr(0, open))) == "y kien"))
    return "comment-box";
  const std::string f = fold_for_search(t);
  if (f.size() < 90 && starts_with(f, "ban con ") && f.find(" ky tu") != std::string::npos) return "comment-box";
  // The empty box's prompt: "Hiện chưa có bình luận nào, hãy là người đầu tiên bình luận!", and its
  // list's buttons: "Xem thêm bình luận", "Tất cả bình luận", "Bình luận hay".
  if (f.size() < 90 && (starts_with(f, "hien chua co binh luan") || starts_with(f, "chua co binh luan") ||
                        f == "xem them binh luan" || f == "tat ca binh luan" || f == "binh luan hay"))
    return "comment-box";
  if (f.size() < 90 && (starts_with(f, "ban vui long nhap") || starts_with(f, "vui long nhap")) &&
      f.find("ky tu") != std::string::npos)
    return "comment-box";
  // The list's order ("Sắp xếp theo: Mới nhất") and the moderation note ("Ý kiến của bạn sẽ được
  // biên tập trước khi đăng"), since stop 44.
  if (f.size() < 40 && starts_with(f, "sap xep theo")) return "comment-box";
  if (f.size() < 120 && (starts_with(f, "y kien cua ban se duoc") || starts_with(f, "binh luan cua ban se duoc")))
    return "comment-box";
  // Site chrome: share/print buttons, breadcrumbs, "follow us" prompts and the
  // "Nội dung chính" box that page converters leave in the text.
  // Also Instagram's embed fallback text and the article's audio player ("Nghe bài viết").
  // The page's buttons and switches as a copy keeps their labels: "Lưu bài viết", "Cỡ chữ",
  // "Đọc tiếp", "Sao chép link", "Tự động phát", "Báo cáo vi phạm", "Tải ứng dụng", …; the page
  // header's menu, search box and language switch: "Menu", "Tìm kiếm", "English"; the text size
  // buttons under "Cỡ chữ": "A-", "A+".
  static constexpr std::array<std::string_view, 79> site_lines = {
      "noi dung chinh", "chia se", "chia se bai viet", "in bai", "in bai viet", "ban in", "luu", "luu bai",
      "facebook", "twitter", "zalo", "email", "copy link", "sao chep lien ket", "trang chu",
      "quay lai", "len dau trang", "ve dau trang", "theo doi", "tro lai dau trang", "tro ve dau trang",
      "quay lai dau trang", "gui gop y", "xem bai viet nay tren instagram", "view this post on instagram",
      "nghe bai viet", "nghe doc bai viet", "nghe doc bai", "nghe audio", "lang nghe", "doc bai", "nghe tin", "luu bai viet", "da luu",
      "co chu", "doc tiep", "xem tiep", "sao chep link", "tai ung dung", "dang nhap", "dang ky",
      "binh chon", "thich", "tu dong phat", "tat quang cao", "bao cao vi pham", "xem ban in",
      "theo doi chung toi tren", "phong to", "thu nho", "bao loi", "gui bai", "lien he", "dat bao", "tang sao",
      "danh dau", "luu lai", "tien ich", "xem theo ngay", "menu", "tim kiem", "english", "tieng viet",
      "a-", "a+", "a- a+", "a a a", "chia se facebook", "xem them video",
      // (since stop 42: the rating box, the newsletter form, the tags' label without tags)
      "danh gia bai viet", "ban thay bai viet the nao?", "dang ky nhan ban tin", "dang ky nhan tin",
      "nhap email cua ban", "nhap email", "tags", "tag", "tu khoa",
      // (since stop 43: the news aggregator's follow button alone, which under the title read as a name)
      "google news"};
  if (in_folded_list(t, site_lines)) return "site-chrome";
  // The text-size label with its buttons on one line: "Cỡ chữ: A A A", "Cỡ chữ A- A+".
  if (starts_with(f, "co chu") && f.size() > 6 && f.find_first_not_of("a+-: ", 6) == std::string_view::npos)
    return "site-chrome";
  // A medium's label alone on its line, the badge of a video or a photo story ("(Video)",
  // "[Clip]", "VIDEO", "Infographic"): no article text. (Not a photo's marker, "[ảnh]", nor a
  // label with a colon, which introduces a credit or a title: "Ảnh:", "Video:".)
  if (!t.empty() && t.back() != ':') {
    const bool bracketed = t.size() > 2 && ((t.front() == '(' && t.back() == ')') || (t.front() == '[' && t.back() == ']'));
    if (bracketed ? in_folded_list(t.substr(1, t.size() - 2), media_labels) && !is_image_marker(t)
                  : in_folded_list(t, media_labels))
      return "media-label";
  }
  // The share bar: a line of networks' names only ("Facebook Twitter Zalo", "Zalo | Facebook").
  {
    // ("Chia sẻ" may lead them: "Chia sẻ Facebook Zalo", since stop 42.)
    static constexpr std::array<std::string_view, 10> networks = {
        "facebook", "twitter", "zalo", "email", "linkedin", "telegram", "messenger", "pinterest", "copy link", "chia se"};
    std::size_t named = 0, i = 0;
    while (i < f.size() && named < 12) {
      while (i < f.size() && (f[i] == ' ' || f[i] == '|' || f[i] == ',' || f[i] == '/')) ++i;
      if (i == f.size()) break;
      std::size_t len = 0;
      for (std::string_view n : networks)
        if (f.compare(i, n.size(), n) == 0 && (i + n.size() == f.size() || !is_alnum_cp(static_cast<unsigned char>(f[i + n.size()]))))
          len = n.size();
      if (len == 0) break;
      ++named;
      i += len;
    }
    if (named >= 2 && i == f.size()) return "site-chrome";
  }
  // The comment counter: "0 bình luận", "12 ý kiến".
  if (const std::size_t digits = f.find_first_not_of("0123456789");
      digits > 0 && digits != std::string::npos && (f.substr(digits) == " binh luan" || f.substr(digits) == " y kien"))
    return "comment-box";
  // The comment counter under "Bình luận": "(0)".
  if (t.size() >= 3 && t.size() <= 8 && t.front() == '(' && t.back() == ')' &&
      t.find_first_not_of("0123456789", 1) == t.size() - 1)
    return "comment-box";
  // The masthead in a page footer: "Tổng biên tập: …", "Phó tổng biên tập: …",
  // "Tổng thư ký tòa soạn: …".
  if (f.size() < 90 && (starts_with(f, "tong bien tap:") || starts_with(f, "pho tong bien tap:") ||
                        starts_with(f, "tong thu ky toa soan:")))
    return "site-chrome";
  if (f == "chia se bai viet cua ban tai day") return "site-chrome";
  // The copyright and licence lines of a page footer: "Bản quyền thuộc về Báo Sơn La",
  // "© 2026 Báo …", "Giấy phép số 123/GP-BTTTT …", "Cơ quan chủ quản: …", "Ghi rõ nguồn khi
  // phát hành lại thông tin từ website này" (not a question: "Bản quyền thuộc về ai?").
  if (!f.empty() && f.size() < 160 && f.back() != '?' &&
      (starts_with(f, "ban quyen thuoc ve ") || starts_with(f, "\xC2\xA9") || starts_with(f, "copyright ") ||
       starts_with(f, "ban quyen \xC2\xA9") ||  // ("Bản quyền © 2026 Báo Sơn La", since stop 43)
       starts_with(f, "giay phep so ") || starts_with(f, "giay phep xuat ban") || starts_with(f, "co quan chu quan:") ||
       (starts_with(f, "ghi ro nguon") && f.find("phat hanh lai") != std::string::npos)))
    return "site-chrome";
  // An advertisement slot's label, left where the ad was (a sponsor's, "Nội dung quảng cáo",
  // "Tài trợ", since stop 44).
  if (f == "quang cao" || f == "advertisement" || f == "noi dung quang cao" || f == "tai tro") return "site-chrome";
  // The links back to a section or home under the article: "Quay lại chuyên mục", "Về trang
  // chủ", "Trở lại trang trước", "Xem thêm tin Kinh doanh" (since stop 44; "Trở lại Kinh doanh"
  // is back_link's, at the end only: "Trở lại Điện Biên" may be a heading).
  if (f == "quay lai chuyen muc" || f == "ve trang chu" || f == "ve chuyen muc" || f == "tro lai trang truoc" ||
      f == "quay lai trang truoc")
    return "site-chrome";
  if (f.size() < 60 && starts_with(f, "xem them tin ") && t.find_first_of(".,;:!?") == std::string_view::npos &&
      section_line(t.substr(t.find(' ', t.find(' ', t.find(' ') + 1) + 1) + 1)))
    return "site-chrome";
  // The audio player's "0:00 / 3:25", the reading-time badge ("5 phút đọc") and the view
  // counter ("Lượt xem: 1.234", "1.234 lượt xem").
  if (counter_line(f)) return "site-chrome";
  if (f.size() < 120 && starts_with(f, "theo doi ") && f.find("google news") != std::string::npos) return "site-chrome";
  // The app's download link and the advertising desk's contact ("Tải ứng dụng Báo Sơn La",
  // "Liên hệ quảng cáo: 0212 …"; since stop 42).
  if (f.size() < 80 && (starts_with(f, "tai ung dung ") || starts_with(f, "lien he quang cao"))) return "site-chrome";
  // The note over a summary a machine wrote: "Bài viết được tóm tắt bởi AI", "Tóm tắt bằng AI",
  // "Nội dung do trí tuệ nhân tạo tóm tắt" (since stop 44: before, under the title it read as a
  // caption and cost the sapo). "AI" in capitals, as a word: "ai" is also "who".
  if (f.size() < 90 && f.find("tom tat") != std::string::npos) {
    bool ai = f.find("tri tue nhan tao") != std::string::npos;
    for (std::size_t at = t.find("AI"); !ai && at != std::string_view::npos; at = t.find("AI", at + 2))
      ai = (at == 0 || !is_alnum_cp(static_cast<unsigned char>(t[at - 1]))) &&
           (at + 2 == t.size() || !is_alnum_cp(static_cast<unsigned char>(t[at + 2])));
    if (ai) return "site-chrome";
  }
  // The page header's weather: "Hà Nội 24°C", "TP.HCM 31°C - 35°C".
  if (t.size() < 48 && word_count(t) <= 6 && t.find("\xC2\xB0" "C") != std::string_view::npos) return "site-chrome";
  // The page header's contact line: "Hotline: 0912 345 678", "Email: toasoan@baoso.vn".
  if (starts_with(f, "hotline") || (starts_with(f, "email:") && f.find('@') != std::string::npos && f.find(' ', 7) == std::string::npos))
    return "site-chrome";
  // Such lines side by side, parted by bars: "Đăng nhập | Đăng ký", "Hotline: … | Email: …".
  if (t.find('|') != std::string_view::npos) {
    const char* reason = nullptr;
    for (std::size_t i = 0; i <= t.size();) {
      const std::size_t bar = std::min(t.find('|', i), t.size());
      const std::string_view part = trim(t.substr(i, bar - i));
      if (part.empty() || part.find('|') != std::string_view::npos || !(reason = chrome_reason(part))) return nullptr;
      i = bar + 1;
    }
    return reason;
  }
  return nullptr;
}

bool back_link(std::string_view line) {
  // Rule (stop 44): the link back to the article's section under it, "Trở lại Kinh doanh",
  // "Quay lại Thời sự": the words, then a section's name (section_line). Asked of the last lines
  // only: in the body such a line may be a heading ("Trở lại Điện Biên").
  const std::string_view t = trim(line);
  const std::string f = fold_for_search(t);
  if (f.size() > 60 || !(starts_with(f, "tro lai ") || starts_with(f, "quay lai "))) return false;
  const std::size_t second = t.find(' ', t.find(' ') + 1);
  return second != std::string_view::npos && section_line(t.substr(second + 1)).has_value();
}

bool is_lone_nbsp(std::string_view raw) {
  // Rule: pages separate the article from the byline with a paragraph holding
  // only a no-break space (the sample has one before "Bài, ảnh: …").
  bool nbsp = false;
  for (std::size_t i = 0; i < raw.size();) {
    UChar32 c = cp_at(raw, i);
    if (c == 0xA0 || c == 0x202F || c == 0x2007) nbsp = true;
    else if (!(c == ' ' || c == '\t' || c == '\r' || c == 0xFEFF || c == 0x200B)) return false;
  }
  return nbsp;
}

// ---- related lists ------------------------------------------------------------------

bool is_related_heading(std::string_view line) {
  // Headings of the related-articles widgets of Vietnamese news sites.
  static constexpr std::array<std::string_view, 34> list = {
      "tin moi", "tin lien quan", "tin cung chuyen muc", "bai lien quan", "bai viet lien quan",
      "bai viet cung chu de", "tin cung chu de", "bai cung chu de", "cung chu de", "tin bai lien quan",
      "bai viet khac", "cac bai viet khac",
      "tin khac", "cac tin khac", "doc them", "xem them", "tin doc nhieu", "doc nhieu",
      "co the ban quan tam", "tin noi bat", "tin moi nhat", "doc nhieu nhat", "xem nhieu",
      "xem nhieu nhat", "tin xem nhieu", "bai doc nhieu", "tin tuc lien quan", "bai viet cung chuyen muc",
      "ban co the quan tam", "video noi bat", "video dang duoc xem nhieu", "tieu diem", "dung bo lo", "moi nhat"};
  return in_folded_list(line, list);
}

std::optional<std::string> related_item_title(std::string_view line) {
  // Rule: a related item starts with a bullet; the page's link text keeps a
  // stray apostrophe before the title ("• 'Đảm bảo cung ứng …").
  std::string_view t = trim(line);
  if (!starts_with(t, "\xE2\x80\xA2")) return std::nullopt;  // •
  t = trim(t.substr(3));
  while (!t.empty() && (t.front() == '\'' || t.front() == '"')) t = trim(t.substr(1));
  if (starts_with(t, "\xE2\x80\x98") || starts_with(t, "\xE2\x80\x99")) t = trim(t.substr(3));
  if (t.empty()) return std::nullopt;
  return std::string(t);
}

std::optional<inline_related_links> inline_related(std::string_view line) {
  std::string_view t = trim(line);
  if (t.size() > 400) return std::nullopt;
  // Rule: a related-link label, then ':' or '>' (">>", "> >"), then the
  // linked title: "Xem thêm: …", "XEM THÊM >> …", "Đọc thêm: …".
  // The label may stand after an arrow or a bullet: ">> Xem thêm: …", "» Đọc thêm: …", "- Xem thêm: …".
  static constexpr std::array<std::string_view, 4> labels = {"xem them", "doc them", "tin lien quan", "bai lien quan"};
  for (std::string_view lead : {">>", ">", "\xC2\xBB", "-", "\xE2\x80\xA2", "*", "+"}) {
    if (starts_with(t, lead) && t.size() > lead.size() && t[lead.size()] == ' ') {
      t = trim(t.substr(lead.size()));
      break;
    }
  }
  for (std::size_t p = 0; p < t.size() && p < 40; ++p) {
    if (t[p] != ':' && t[p] != '>') continue;
    const std::string_view head = trim(t.substr(0, p));
    if (!in_folded_list(head, labels)) break;
    std::size_t q = p;
    while (q < t.size() && (t[q] == ':' || t[q] == '>' || t[q] == ' ')) ++q;
    const std::string_view title = trim(t.substr(q));
    if (word_count(title) < 2) return std::nullopt;
    return inline_related_links{std::string(head), {std::string(title)}};
  }
  // Rule: a headline after an arrow alone, ">> Giá vàng tăng mạnh trong phiên sáng nay" (the
  // arrow stands for the label): one linked title — a headline, four words or more, starting with
  // a capital, not ending a sentence. (Not ">" or "-", which open quotes and list items.)
  for (std::string_view arrow : {std::string_view(">>"), std::string_view("\xC2\xBB")}) {
    const std::string_view whole = trim(line);
    if (!starts_with(whole, arrow) || whole.size() <= arrow.size() || whole[arrow.size()] != ' ') continue;
    const std::string_view title = trim(whole.substr(arrow.size()));
    if (word_count(title) >= 4 && word_count(title) <= 30 && starts_upper(title) && !ends_with_closing_punct(title))
      return inline_related_links{"", {std::string(title)}};
  }
  // Rule: link titles joined by " / " (a scraped "related" strip): two or more
  // parts, each a headline — five words or more, starting with a capital, not
  // ending a sentence. ("HIV / AIDS", "500.000 đồng / phần" are not.)
  if (t.find(" / ") == std::string_view::npos) return std::nullopt;
  inline_related_links out;
  for (std::size_t from = 0;;) {
    const std::size_t bar = t.find(" / ", from);
    const std::string_view part = trim(t.substr(from, bar == std::string_view::npos ? std::string_view::npos : bar - from));
    if (word_count(part) < 5 || !starts_upper(part) || ends_with_closing_punct(part)) return std::nullopt;
    out.titles.emplace_back(part);
    if (bar == std::string_view::npos) break;
    from = bar + 3;
  }
  if (out.titles.size() < 2) return std::nullopt;
  return out;
}

std::optional<std::string> related_category(std::string_view line) {
  // Rule: the category line of a related item ends with " -" (the date that
  // followed it on the page is gone): "Khoa Giáo -", "Văn hoá - Xã hội -".
  std::string_view t = trim(line);
  if (t.size() < 2 || t.back() != '-') return std::nullopt;
  std::string_view name = trim(t.substr(0, t.size() - 1));
  if (name.empty() || word_count(name) > 6 || ends_with_closing_punct(name) || !starts_upper(name))
    return std::nullopt;
  return std::string(name);
}

// ---- structure markers -----------------------------------------------------------------

namespace {

/// One token naming an image file: its path (before "?" or "#") ends in an image extension.
bool image_address(std::string_view t) {
  if (t.empty() || t.size() > 2048) return false;
  for (char c : t)
    if (c == ' ' || c == '\t' || c == '<' || c == '>' || c == '"') return false;
  std::string_view path = t.substr(0, std::min(t.find('?'), t.find('#')));
  const std::size_t dot = path.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || path[dot - 1] == '/') return false;
  const std::string ext = lower_marks(path.substr(dot + 1));
  static constexpr std::array<std::string_view, 6> exts = {"jpg", "jpeg", "png", "gif", "webp", "avif"};
  return std::find(exts.begin(), exts.end(), ext) != exts.end();
}

}  // namespace

std::optional<markdown_link_parts> markdown_link(std::string_view line) {
  // Rule (stop 44): a link a converter wrote in Markdown, the whole line: "[Giá xoài tăng
  // mạnh](https://…)", as a related list's items are copied. The text and the destination (one
  // token, no "title"); the renderer checks the address as it checks every other.
  std::string_view t = trim(line);
  if (t.size() < 5 || t.front() != '[' || t.back() != ')') return std::nullopt;
  const std::size_t close = t.find("](");
  if (close == std::string_view::npos || close < 2) return std::nullopt;
  const std::string_view text = trim(t.substr(1, close - 1));
  const std::string_view dest = trim(t.substr(close + 2, t.size() - close - 3));
  if (text.empty() || dest.empty() || text.find_first_of("[]") != std::string_view::npos ||
      dest.find_first_of(" \t()") != std::string_view::npos)
    return std::nullopt;
  return markdown_link_parts{std::string(text), std::string(dest)};
}

std::optional<image_line_parts> image_line(std::string_view line) {
  // Rule: converters and scrapers that keep a page's photos write each as its address on a
  // line of its own: Markdown's "![alt](url)" or "![alt](url "title")" (html2text, reader
  // modes), or the bare URL or file name ("https://…/a.jpg", "W_a-b.jpg"). A layout, not words:
  // the whole line is the image, and the line after it is its caption as after "[img]".
  std::string_view t = trim(line);
  if (starts_with(t, "![")) {
    const std::size_t close = t.find("](");
    if (close == std::string_view::npos || t.back() != ')') return std::nullopt;
    std::string_view alt = t.substr(2, close - 2);
    std::string_view dest = trim(t.substr(close + 2, t.size() - close - 3));
    if (alt.find(']') != std::string_view::npos || dest.empty()) return std::nullopt;
    // The destination, bare or in <…> (which may hold spaces), then an optional "title".
    const bool bracketed = dest.front() == '<';
    const std::size_t end = bracketed ? dest.find('>') : dest.find_first_of(" \t");
    if (bracketed && end == std::string_view::npos) return std::nullopt;
    std::string_view title;
    if (end != std::string_view::npos) {
      title = trim(dest.substr(bracketed ? end + 1 : end));
      dest = bracketed ? dest.substr(1, end - 1) : dest.substr(0, end);
      if (!title.empty() && (title.size() < 2 || title.front() != '"' || title.back() != '"'))
        return std::nullopt;
      if (!title.empty()) title = title.substr(1, title.size() - 2);
    }
    if (dest.empty()) return std::nullopt;
    return image_line_parts{std::string(dest), std::string(trim(alt)), std::string(title)};
  }
  if (image_address(t)) return image_line_parts{std::string(t), "", ""};
  return std::nullopt;
}

bool is_gallery_index(std::string_view line) {
  // Rule: a slideshow's counter, "3/10" alone on a line, stands where its photo was.
  std::string_view t = trim(line);
  const std::size_t slash = t.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash > 3 || t.size() - slash - 1 > 3 ||
      t.size() == slash + 1)
    return false;
  int n = 0, m = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (i == slash) continue;
    if (t[i] < '0' || t[i] > '9') return false;
    (i < slash ? n : m) = (i < slash ? n : m) * 10 + (t[i] - '0');
  }
  return n >= 1 && m >= 2 && n <= m;
}

bool is_image_marker(std::string_view line, std::string* rest) {
  // Scrapers leave "[img]" (or "[image]", "[ảnh]") where a photo was, or a slideshow's counter.
  if (image_line(line) || is_gallery_index(line)) {
    if (rest) rest->clear();
    return true;
  }
  std::string_view t = trim(line);
  static constexpr std::array<std::string_view, 5> markers = {"[img]", "[image]", "[IMG]", "[Image]",
                                                              "[\xE1\xBA\xA3nh]"};
  for (std::string_view m : markers) {
    if (starts_with(t, m)) {
      if (rest) *rest = std::string(trim(t.substr(m.size())));
      return true;
    }
  }
  return false;
}

bool is_section_break(std::string_view line) {
  // "***" between parts of features and literary pieces (baobinhdinh 23).
  std::string_view t = trim(line);
  if (t.size() < 3) return false;
  char c = t.front();
  if (c != '*' && c != '-' && c != '_') return false;
  std::size_t marks = 0;
  for (char d : t) {
    if (d == c) ++marks;
    else if (d != ' ') return false;
  }
  return marks >= 3;
}

bool is_question_bullet(std::string_view line) { return starts_with(trim(line), "\xE2\x80\xA2"); }

bool is_answer_dash(std::string_view line) {
  std::string_view t = trim(line);
  return starts_with(t, "- ") || starts_with(t, "\xE2\x80\x93 ") || starts_with(t, "\xE2\x80\x94 ");
}

bool is_series_note(std::string_view line) {
  std::string_view t = trim(line);
  if (t.size() > 200) return false;
  if (t.size() > 2 && t.front() == '(' && (t.back() == ')' || ends_with(t, ")."))) t = trim(t.substr(1, t.rfind(')') - 1));
  std::string f = fold_for_search(t);
  while (!f.empty() && (f.back() == '.' || f.back() == ' ')) f.pop_back();
  if (f == "con nua" || f == "con tiep" || f == "het" || f == "con nua..." || f == "con tiep...") return true;
  for (std::string_view p : {"ky sau:", "ky toi:", "ky sau ", "ky toi ", "moi doc ky ", "moi ban doc ky ", "doc tiep ky "})
    if (starts_with(f, p)) return true;
  return false;
}

bool is_reporter_question(std::string_view line) {
  std::string_view t = trim(line);
  const std::size_t colon = t.find(':');
  if (colon == std::string_view::npos || colon > 24 || trim(t.substr(colon + 1)).empty()) return false;
  const std::string label = fold_for_search(trim(t.substr(0, colon)));
  return label == "pv" || label == "p.v" || label == "phong vien" || label == "hoi" || label == "nha bao";
}

bool is_speaker_answer(std::string_view line) {
  std::string_view t = trim(line);
  const std::size_t colon = t.find(':');
  if (colon == std::string_view::npos || colon > 60) return false;
  const std::string_view label = trim(t.substr(0, colon)), rest = trim(t.substr(colon + 1));
  const std::size_t words = word_count(label);
  if (rest.empty() || words < 1 || words > 6 || !starts_upper(label) || label.find_first_of(",;!?\"") != std::string_view::npos)
    return false;
  return !is_reporter_question(t);
}

namespace {
/// The bullet signs of is_bullet_item after "*" and "+" (U+25A0 ■, U+25AA ▪, U+25CF ●, U+25C6 ◆,
/// U+25BA ►, U+25B6 ▶, U+2713 ✓, U+2714 ✔, U+25E6 ◦).
constexpr std::array<std::string_view, 9> bullet_signs = {"\xE2\x96\xA0", "\xE2\x96\xAA", "\xE2\x97\x8F",
                                                          "\xE2\x97\x86", "\xE2\x96\xBA", "\xE2\x96\xB6",
                                                          "\xE2\x9C\x93", "\xE2\x9C\x94", "\xE2\x97\xA6"};
std::size_t bullet_length(std::string_view t) {
  if (starts_with(t, "* ") || starts_with(t, "+ ")) return 1;
  for (std::string_view b : bullet_signs)
    if (starts_with(t, b)) return b.size();
  return 0;
}
}  // namespace

std::string strip_marker(std::string_view line) {
  std::string_view t = trim(line);
  if (starts_with(t, "\xE2\x80\xA2") || starts_with(t, "\xE2\x80\x93") || starts_with(t, "\xE2\x80\x94"))
    t = t.substr(3);
  else if (starts_with(t, "-") || starts_with(t, "*") || starts_with(t, "+"))
    t = t.substr(1);
  else if (const std::size_t n = bullet_length(t); n > 0)
    t = t.substr(n);
  return std::string(trim(t));
}

bool is_enumerated(std::string_view line) {
  std::string_view t = trim(line);
  std::size_t i = 0;
  while (i < t.size() && i < 4 && t[i] >= '0' && t[i] <= '9') ++i;
  return i > 0 && i + 1 < t.size() && (t[i] == '.' || t[i] == ')') && t[i + 1] == ' ';
}

int enumeration_number(std::string_view line) {
  if (!is_enumerated(line)) return -1;
  std::string_view t = trim(line);
  int n = 0;
  for (std::size_t i = 0; i < t.size() && t[i] >= '0' && t[i] <= '9'; ++i) n = n * 10 + (t[i] - '0');
  return n;
}

std::string strip_enumeration(std::string_view line) {
  std::string_view t = trim(line);
  std::size_t i = 0;
  while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
  return std::string(trim(t.substr(i + 1)));
}

// ---- title, kicker, series ------------------------------------------------------------

std::optional<kicker_parts> split_kicker(std::string_view line) {
  // Rule: a series kicker names the part: "<series> • Kỳ 3: <title>",
  // "<series> - Bài 2: <title>", "Kỳ 3: <title>", "KỲ 3: …", or the kicker alone on its line
  // ("Kỳ 3", "Kỳ 3:").
  static constexpr std::array<std::string_view, 8> part_words = {
      "K\xE1\xBB\xB3 ", "K\xC3\xAC ", "B\xC3\xA0i ", "Ph\xE1\xBA\xA7n ",                  // Kỳ Kì Bài Phần
      "K\xE1\xBB\xB2 ", "K\xC3\x8C ", "B\xC3\x80I ", "PH\xE1\xBA\xA6N "};  // KỲ KÌ BÀI PHẦN
  static constexpr std::array<std::string_view, 6> seps = {" \xE2\x80\xA2 ", " - ", " \xE2\x80\x93 ", " | ",
                                                           ": ", " \xE2\x80\x94 "};
  std::string_view t = trim(line);
  for (std::string_view w : part_words) {
    for (std::size_t pos = t.find(w); pos != std::string_view::npos; pos = t.find(w, pos + 1)) {
      std::size_t sep_len = 0;
      std::string_view series;
      if (pos != 0) {
        for (std::string_view sp : seps) {
          if (pos >= sp.size() && t.substr(pos - sp.size(), sp.size()) == sp) {
            sep_len = sp.size();
            break;
          }
        }
        if (sep_len == 0) continue;
        series = trim(t.substr(0, pos - sep_len));
        if (series.empty() || word_count(series) > 15) continue;
      }
      std::size_t d = pos + w.size(), digits_end = d;
      while (digits_end < t.size() && t[digits_end] >= '0' && t[digits_end] <= '9') ++digits_end;
      if (digits_end == d || digits_end - d > 3) continue;
      int part = 0;
      for (std::size_t k = d; k < digits_end; ++k) part = part * 10 + (t[k] - '0');
      std::string_view after = trim(t.substr(digits_end));
      kicker_parts k;
      k.kicker = std::string(trim(t.substr(0, digits_end)));
      k.series = std::string(series);
      k.part = part;
      if (after.empty()) return k;  // kicker alone
      if (after.front() != ':' && !starts_with(after, "- ") && !starts_with(after, "\xE2\x80\x93 ")) continue;
      after = trim(after.substr(after.front() == ':' ? 1 : (after.front() == '-' ? 1 : 3)));
      if (after.empty()) return k;  // kicker alone, with its colon ("Kỳ 2:")
      if (!looks_like_title(after)) continue;
      k.title = std::string(after);
      return k;
    }
  }
  return std::nullopt;
}

// ---- site names (page titles and datelines) ------------------------------------------------

/// A word of ASCII letters that is one Vietnamese syllable written without its marks ("Minh",
/// "Anh", "Nguyen", "Quang"): an initial consonant, one to three vowels, a final consonant — the
/// syllable's shape, which names of other languages rarely have ("Sohu", "Reuters", "Daily").
bool ascii_syllable(std::string_view w) {
  std::string l;
  for (char c : w) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
    l += static_cast<char>(c | 0x20);
  }
  static constexpr std::array<std::string_view, 26> onsets = {
      "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c",
      "d",   "g",  "h",  "k",  "l",  "m",  "n",  "p",  "r",  "s",  "t",  "v", "x"};
  static constexpr std::array<std::string_view, 9> codas = {"", "c", "ch", "m", "n", "ng", "nh", "p", "t"};
  std::size_t i = 0;
  for (std::string_view o : onsets)
    if (starts_with(l, o) && l.size() > o.size()) {
      i = o.size();
      break;
    }
  const std::size_t v = i;
  while (i < l.size() && std::string_view("aeiouy").find(l[i]) != std::string_view::npos) ++i;
  if (i == v || i - v > 3) return false;
  return std::find(codas.begin(), codas.end(), std::string_view(l).substr(i)) != codas.end();
}


namespace {

/// Vietnamese news sites by the names they sign with (a general lexicon of
/// outlets, matched whole; with `outlet_markers`, the outlets that also open a
/// lead without punctuation).
constexpr std::array<std::string_view, 22> site_names = {
    "VnExpress", "Tuổi Trẻ", "Tuổi Trẻ Online", "Thanh Niên", "Zing News", "ZingNews",
    "VietNamNet", "Vietnamnet", "VietnamPlus", "Vietnamplus", "Lao Động", "Người Lao Động", "Tiền Phong",
    "Nhân Dân", "Pháp Luật", "VTC News", "Kenh14", "Kênh14", "Soha", "CafeF", "Znews", "VOV"};

/// "VTV.vn", "CAND.com.vn", "baophapluat.vn", "24h.com.vn": one token of ASCII
/// letters, digits and hyphens in two to four dot-separated labels, the last a
/// top-level domain outlets use (in one case: "VOV.VN", not "TP.Hcm").
bool is_domain_name(std::string_view name) {
  static constexpr std::array<std::string_view, 10> tlds = {"vn", "com", "net", "org", "info",
                                                            "tv", "asia", "gov", "edu", "biz"};
  std::size_t labels = 0, start = 0;
  std::string_view last;
  for (std::size_t i = 0; i <= name.size(); ++i) {
    if (i == name.size() || name[i] == '.') {
      if (i == start) return false;
      last = name.substr(start, i - start);
      ++labels;
      start = i + 1;
      continue;
    }
    const char c = name[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')) return false;
  }
  if (labels < 2 || labels > 4) return false;
  const std::string tld = lower_marks(last);
  if (tld != last && !all_letters_upper(last)) return false;
  return std::find(tlds.begin(), tlds.end(), tld) != tlds.end();
}

/// One word in camel case, as sites write their names: "VietNamNet", "VnExpress",
/// "CafeF" (ASCII letters, a capital first and at least one more inside).
bool is_camel_case_name(std::string_view name) {
  if (name.size() < 4 || !(name[0] >= 'A' && name[0] <= 'Z')) return false;
  std::size_t inner_caps = 0, lower = 0;
  for (std::size_t i = 1; i < name.size(); ++i) {
    const char c = name[i];
    if (c >= 'A' && c <= 'Z') ++inner_caps;
    else if (c >= 'a' && c <= 'z') ++lower;
    else return false;
  }
  return inner_caps >= 1 && lower >= 2;
}

/// One word that no Vietnamese syllable is, as outlets brand themselves: letters run together,
/// eight or more (a syllable has at most seven: "nghiêng"), "Kinhtedothi", "Hànộimới"; or a
/// name with a plus, "Vietnam+". A capital first.
bool brand_word(std::string_view w) {
  if (!starts_upper(w)) return false;
  const bool plus = ends_with(w, "+");
  if (plus) w = w.substr(0, w.size() - 1);
  for (std::size_t i = 0; i < w.size();)
    if (!u_isalpha(cp_at(w, i))) return false;
  return cp_length(w) >= (plus ? 4 : 8);
}

/// A news site's name as sites write it: a domain ("vnexpress.net"), one
/// camel-case word ("VietNamNet"), "Báo …", "… Online" ("QĐND Online", "Tuổi
/// Trẻ Online"), or one of `site_names` and `outlet_markers`.
bool is_site_name(std::string_view name) {
  name = trim(name);
  const std::size_t wc = word_count(name);
  if (std::find(site_names.begin(), site_names.end(), name) != site_names.end()) return true;
  if (std::find(outlet_markers.begin(), outlet_markers.end(), name) != outlet_markers.end()) return true;
  if (starts_with(name, "B\xC3\xA1o ") && wc >= 2 && wc <= 5 && starts_upper(name.substr(5))) return true;  // "Báo …"
  if (wc >= 2 && wc <= 4 && (ends_with(name, " Online") || ends_with(name, " online")) && starts_upper(name)) return true;
  if (wc == 1 && brand_word(name)) return true;
  // An outlet and the agency it files for, "Bnews/TTXVN": a word that is no Vietnamese syllable
  // (or a site's name) before the slash, an agency's capitals (three letters or more) after it.
  if (const std::size_t slash = name.find('/'); wc == 1 && slash != std::string_view::npos && slash > 0) {
    const std::string_view outlet = name.substr(0, slash), agency = name.substr(slash + 1);
    const bool letters = std::all_of(outlet.begin(), outlet.end(), [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; });
    if (cp_length(agency) >= 3 && all_letters_upper(agency) && agency.find('/') == std::string_view::npos &&
        starts_upper(outlet) && (is_site_name(outlet) || (letters && !ascii_syllable(outlet))))
      return true;
  }
  return is_domain_name(name) || is_camel_case_name(name);
}

}  // namespace

bool is_site_name_line(std::string_view line) { return is_site_name(trim(line)); }

namespace {
/// A breadcrumb's first item, the home page: Trang chủ, TRANG CHỦ, Trang nhất, Home.
constexpr std::array<std::string_view, 4> home_crumbs = {"Trang ch\xE1\xBB\xA7", "TRANG CH\xE1\xBB\xA6",
                                                         "Trang nh\xE1\xBA\xA5t", "Home"};
/// The separators of a breadcrumb: its own signs, and those a trail from home may use too.
constexpr std::array<std::string_view, 4> crumb_separators = {" >> ", " > ", " \xE2\x80\xBA ", " \xC2\xBB "};
constexpr std::array<std::string_view, 4> home_separators = {" / ", " | ", " - ", " \xE2\x80\x93 "};
}  // namespace

std::optional<std::string> section_line(std::string_view line) {
  // Rule: every item is 1–4 words starting with a capital (a section's name), without
  // sentence punctuation or brackets, and without a number unless letters are in its word
  // ("Tin tức 24h", "Covid-19"; not "Ngày 3 tháng 12"); items are joined by " > ", " › ",
  // " » " or " >> ". One item alone is a section name; a longer line is not.
  std::string_view t = trim(line);
  // (Behind its label, "Chuyên mục: Kinh tế", "Danh mục: Thời sự", since stop 44: before, under the
  // title it read as a caption and cost the sapo.)
  if (const std::size_t colon = t.find(':'); colon != std::string_view::npos && colon <= 24) {
    static constexpr std::array<std::string_view, 6> labels = {"chuyen muc", "danh muc", "muc", "the loai",
                                                               "category", "section"};
    if (in_folded_list(t.substr(0, colon), labels)) t = trim(t.substr(colon + 1));
  }
  // A breadcrumb from the home page may be joined by " / ", " | " or " - " too ("Trang chủ /
  // Kinh tế / Bất động sản", since stop 42; before, it was taken for the title): it starts at home.
  // (Not without it: "Minh Anh | VTC News", "Thu Hà / VOV" are bylines, "Kinh tế - Xã hội" one section.)
  std::string home_sep;
  for (std::string_view home : home_crumbs)
    for (std::string_view sep : home_separators)
      if (starts_with(t, home) && t.substr(home.size()).starts_with(sep)) home_sep = sep;
  std::string joined;
  if (!home_sep.empty()) {
    for (std::size_t at = t.find(home_sep), from = 0;; at = t.find(home_sep, from)) {
      joined += t.substr(from, at == std::string_view::npos ? std::string_view::npos : at - from);
      if (at == std::string_view::npos) break;
      joined += " > ";
      from = at + home_sep.size();
    }
    t = joined;
  }
  if (t.empty() || t.find_first_of(".,;:!?()[]\"|") != std::string_view::npos) return std::nullopt;
  // (Nor a photo's note, "Ảnh minh họa", "Ảnh tư liệu": under the title it is the lead photo's.)
  if (is_photo_note(t)) return std::nullopt;
  for (std::size_t i = 0; i < t.size();) {
    const std::size_t end = std::min(t.find(' ', i), t.size());
    const std::string_view word = t.substr(i, end - i);
    if (word.find_first_of("0123456789") != std::string_view::npos &&
        word.find_first_not_of("0123456789-/") == std::string_view::npos)
      return std::nullopt;
    i = end + 1;
  }
  const auto& separators = crumb_separators;
  std::string_view last;
  while (!t.empty()) {
    std::size_t cut = std::string_view::npos, len = 0;
    for (std::string_view sep : separators)
      if (std::size_t at = t.find(sep); at < cut) cut = at, len = sep.size();
    const std::string_view item = trim(t.substr(0, cut));
    const std::size_t words = word_count(item);
    if (words < 1 || words > 4) return std::nullopt;
    if (!starts_upper(item)) return std::nullopt;
    last = item;
    t = cut == std::string_view::npos ? std::string_view() : t.substr(cut + len);
  }
  return std::string(last);
}

std::optional<breadcrumb_parts> split_breadcrumb_headline(std::string_view line) {
  // Rule (stop 43): the trail's last separator sets the headline apart; the trail before it is a
  // section line (from home for " / ", " | ", " - ", " – "). Before, the whole line was the title.
  const std::string_view t = trim(line);
  std::array<std::string_view, 8> separators{};  // (the breadcrumb's own signs first)
  std::copy(crumb_separators.begin(), crumb_separators.end(), separators.begin());
  std::copy(home_separators.begin(), home_separators.end(), separators.begin() + crumb_separators.size());
  for (std::size_t s = 0; s < separators.size(); ++s) {
    const std::size_t at = t.rfind(separators[s]);
    if (at == std::string_view::npos) continue;
    const std::string_view trail = trim(t.substr(0, at));
    const std::string_view headline = trim(t.substr(at + separators[s].size()));
    if (word_count(headline) < 5 || !looks_like_title(headline)) continue;
    // (The trail joined by the same separator throughout.)
    bool same = true;
    for (std::size_t o = 0; o < separators.size(); ++o)
      if (o != s && trail.find(separators[o]) != std::string_view::npos &&
          separators[o].find(separators[s]) == std::string_view::npos)
        same = false;
    if (!same) continue;
    std::optional<std::string> section;
    bool home = false;
    for (std::string_view h : home_crumbs)
      home = home || trail == h || (starts_with(trail, h) && trail.substr(h.size()).starts_with(separators[s]));
    if (s >= crumb_separators.size() && !home) continue;  // (" / ", " | ", " - " only from home: "Minh Anh / VOV …")
    if (home && trail.find(separators[s]) == std::string_view::npos) section = std::string();
    else section = section_line(trail);
    if (!section) continue;
    return breadcrumb_parts{std::string(trail), std::move(*section), std::string(headline)};
  }
  return std::nullopt;
}

std::optional<title_parts> split_site_name(std::string_view line) {
  // Rule: " | <name>" of up to five words ends a page title (a headline has
  // no pipe); " - <name>" / " – <name>" only when the name is a site's
  // (is_site_name). The headline keeps three words or more.
  std::string_view t = trim(line);
  auto result = [&](std::size_t cut, std::size_t sep_len) -> std::optional<title_parts> {
    std::string_view head = trim(t.substr(0, cut));
    std::string_view site = trim(t.substr(cut + sep_len));
    if (word_count(head) < 3 || site.empty()) return std::nullopt;
    return title_parts{std::string(head), std::string(trim(t.substr(cut)))};
  };
  if (const std::size_t bar = t.rfind(" | "); bar != std::string_view::npos) {
    std::string_view site = trim(t.substr(bar + 3));
    if (word_count(site) >= 1 && word_count(site) <= 5) return result(bar, 3);
    return std::nullopt;
  }
  std::size_t dash = t.rfind(" - ");
  std::size_t len = 3;
  if (const std::size_t en = t.rfind(" \xE2\x80\x93 "); en != std::string_view::npos && (dash == std::string_view::npos || en > dash)) {
    dash = en;
    len = 5;
  }
  if (dash == std::string_view::npos) return std::nullopt;
  if (!is_site_name(trim(t.substr(dash + len)))) return std::nullopt;
  return result(dash, len);
}

bool looks_like_title(std::string_view line) {
  // Rule: a title is one line of 2–30 words that starts with a capital, digit or
  // quote (or a brand: "iPhone") and does not end like a sentence (a question or exclamation is fine).
  // A medium's tag may open it: "[Infographic] …", "(Video) …", "[Ảnh] …".
  std::string_view t = trim(line);
  if (!t.empty() && (t.front() == '(' || t.front() == '[')) {
    const std::size_t close = t.find(t.front() == '(' ? ')' : ']');
    if (close != std::string_view::npos && close <= 20 && in_folded_list(t.substr(1, close - 1), media_labels))
      t = trim(t.substr(close + 1));
  }
  const std::size_t wc = word_count(t);
  if (wc < 2 || wc > 30) return false;
  // (Or a brand written with a small letter first, as titles about it open: "iPhone 16 giảm giá",
  // "eMagazine: …", "e-Magazine: …"; a capital inside the first word, since stop 41.)
  const std::string_view first = t.substr(0, std::min(t.find(' '), t.size()));
  const bool brand = !first.empty() && first.front() >= 'a' && first.front() <= 'z' &&
                     first.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string_view::npos;
  if ((!starts_upper(t) && !brand) || t.front() == '(' || is_question_bullet(t) || is_answer_dash(t)) return false;
  // Related headlines joined by " / " (VnExpress pages) and captions with a
  // credit are not the title.
  if (split_credit(t)) return false;
  if (const std::size_t slash = t.find(" / "); slash != std::string_view::npos &&
      word_count(t.substr(0, slash)) >= 4 && word_count(t.substr(slash + 3)) >= 4)
    return false;
  std::size_t start = 0;
  UChar32 c = last_cp(t, &start);
  while (is_closing(c)) c = last_cp(t.substr(0, start), &start);
  if (c == '.' || c == ':' || c == ';' || c == ',') return false;
  return sentence_count(t) <= 1;
}

// ---- dateline ------------------------------------------------------------------------------

namespace {

/// A name in a dateline's brackets, before a dash: up to five words, capitalised and without
/// digits unless a domain ("(BĐ)", "(Chinhphu.vn)", "( Tin tức thời sự )").
bool bracket_name(std::string_view name) {
  if (name.empty() || name.find('(') != std::string_view::npos || word_count(name) > 5) return false;
  if (is_domain_name(name)) return true;
  return starts_upper(name) && name.find_first_of("0123456789") == std::string_view::npos;
}

/// A name in brackets that is an outlet's without a dash after it ("(Dân Việt)", "(TTXVN)",
/// "(laodong.vn)"): every word capitalised, two words or more, or an acronym or a domain
/// (also in lower case); not a medium's label ("(Video)", "(CLIP)").
bool outlet_in_brackets(std::string_view name) {
  bool capitalised = true;
  for (std::size_t i = 0; i < name.size();) {
    const std::size_t end = std::min(name.find(' ', i), name.size());
    capitalised = capitalised && (end == i || starts_upper(name.substr(i, end - i)));
    i = end + 1;
  }
  return bracket_name(name) && (capitalised || is_domain_name(name)) && !in_folded_list(name, media_labels) &&
         (word_count(name) >= 2 || is_site_name(name) || (all_letters_upper(name) && cp_length(name) >= 2));
}

/// A place stamp run into the lead, as a copy of a page that sets it in a span of its own
/// before the sapo gives it: "Hà NộiThành phố …", "Trung QuốcNgày 3/12, …". Up to four
/// capitalised words, the last run into the lead's first word (a lower-case letter, then a
/// capital and a lower-case one); with a letter outside ASCII (Vietnamese's marked letters) or
/// two words or more, so that a brand written in camel case ("TikTok vừa …", "YouTube …") is not one.
std::optional<dateline_parts> glued_place_stamp(std::string_view t) {
  std::size_t word_start = 0;
  for (int w = 0; w < 4 && word_start < t.size(); ++w) {
    const std::size_t word_end = std::min(t.find(' ', word_start), t.size());
    const std::string_view word = t.substr(word_start, word_end - word_start);
    if (!starts_upper(word)) return std::nullopt;
    if (const std::size_t at = glued_capital(word); at != std::string_view::npos) {
      std::size_t after = at;
      cp_at(word, after);
      const std::string_view name = t.substr(0, word_start + at), rest = t.substr(word_start + at);
      bool vietnamese = false;
      for (unsigned char ch : name) vietnamese = vietnamese || ch >= 0x80;
      if (after >= word.size() || !u_islower(cp_at(word, after)) || (!vietnamese && w == 0) || word_count(rest) < 5)
        return std::nullopt;
      return dateline_parts{std::string(name), std::string(rest), conf::dateline_stamp};
    }
    word_start = word_end + 1;
  }
  return std::nullopt;
}

/// A place's name before a dateline's agency or day: one to four words, each capitalised, without
/// a digit or sentence punctuation ("Hà Nội", "TP. Hồ Chí Minh", "Sơn La").
bool place_name(std::string_view place) {
  const std::size_t words = word_count(place);
  if (words == 0 || words > 4 || place.find_first_of("0123456789(),;:!?\"") != std::string_view::npos) return false;
  for (std::size_t i = 0; i < place.size();) {
    const std::size_t end = std::min(place.find(' ', i), place.size());
    if (!starts_upper(place.substr(i, end - i))) return false;
    i = end + 1;
  }
  return true;
}

/// A news agency's place line, as its copy opens and the papers that run it keep it: "Hà Nội
/// (TTXVN) - ", "Washington (AFP) - ", "Sơn La (TTXVN/Vietnam+) - ". The place up to four words,
/// each capitalised, without digits or punctuation but a period ("TP. Hồ Chí Minh"); in the brackets
/// one word, or words parted by "/", each capitalised and one of them an acronym (2 letters or
/// more), a site's name or a foreign agency's (4 letters or more without Vietnamese marks:
/// "Reuters", "Xinhua"). Returns the length of the marker with its dash, or 0.
std::size_t place_and_agency(std::string_view t) {
  const std::size_t open = t.find(" (");
  const std::size_t close = open == std::string_view::npos ? open : t.find(')', open);
  if (close == std::string_view::npos || close > 60) return 0;
  const std::string_view place = t.substr(0, open), inner = t.substr(open + 2, close - open - 2);
  if (!place_name(place)) return 0;
  bool agency = false;
  for (std::size_t i = 0; i <= inner.size();) {
    const std::size_t end = std::min(inner.find('/', i), inner.size());
    const std::string_view part = inner.substr(i, end - i);
    if (!starts_upper(part) || word_count(part) != 1 || part.find_first_of("0123456789") != std::string_view::npos)
      return 0;
    bool ascii = part.size() >= 4;
    for (unsigned char ch : part) ascii = ascii && ch < 0x80;
    agency = agency || ascii || (all_letters_upper(part) && cp_length(part) >= 2) || is_site_name(part);
    i = end + 1;
  }
  std::size_t i = close + 1;
  while (i < t.size() && t[i] == ' ') ++i;
  const std::size_t len = starts_with(t.substr(i), "-") ? 1 : starts_with(t.substr(i), "\xE2\x80\x93") ? 3 : 0;
  if (!agency || len == 0 || (i + len < t.size() && t[i + len] != ' ')) return 0;
  return i + len;
}

/// A place in mixed case with the day after a comma, before a lead's dash: "Sơn La, 3/12",
/// "Hà Nội, 12/3/2026" (since stop 41; the day tells it from the start of a sentence, "Mỹ - Trung
/// …"): every word of the place capitalised, up to four, no digit in it.
bool place_and_day(std::string_view n) {
  const std::size_t comma = n.find(", ");
  if (comma == std::string_view::npos || comma == 0) return false;
  const std::string_view place = n.substr(0, comma), day = trim(n.substr(comma + 2));
  return place_name(place) && !day.empty() && day.find_first_not_of("0123456789/") == std::string_view::npos &&
         day.find('/') != std::string_view::npos && day.front() != '/' && day.back() != '/';
}

}  // namespace

std::optional<dateline_parts> split_dateline(std::string_view line) {
  // Rule: an outlet or place marker opens the lead paragraph: "(BĐ) - ",
  // "(TTXVN) - ", "(Chinhphu.vn) - ", "( Tin tức thời sự ) - " (a short name in
  // brackets and a dash), an upper-case place or outlet "HÀ NỘI - ", "TTO - ",
  // "VOV.VN - ", a place and a news agency "Hà Nội (TTXVN) - " (place_and_agency), or an
  // outlet of `outlet_markers` written without punctuation ("Dân trí Liverpool giành …").
  std::string_view t = trim(line);
  auto dash_after = [&](std::size_t i) -> std::size_t {  // returns index after "- " or 0
    while (i < t.size() && t[i] == ' ') ++i;
    std::size_t len = 0;
    if (starts_with(t.substr(i), "-")) len = 1;
    else if (starts_with(t.substr(i), "\xE2\x80\x93") || starts_with(t.substr(i), "\xE2\x80\x94")) len = 3;
    if (len == 0) return 0;
    i += len;
    if (i >= t.size() || t[i] != ' ') return 0;
    return i;
  };
  std::size_t name_end = 0, rest_start = 0;
  double confidence = conf::dateline_upper;
  if (starts_with(t, "(")) {
    std::size_t close = t.find(')');
    if (close == std::string_view::npos || close > 60) return std::nullopt;
    std::string_view name = trim(t.substr(1, close - 1));
    if (!bracket_name(name)) return std::nullopt;
    name_end = close + 1;
    rest_start = dash_after(name_end);
    confidence = conf::dateline_bracket;
    // Without a dash ("(Dân Việt) Chiều 3/12 …"): an outlet's name only (outlet_in_brackets),
    // and a capital after it.
    if (rest_start == 0 && name_end < t.size() && t[name_end] == ' ' && starts_upper(trim(t.substr(name_end))) &&
        outlet_in_brackets(name))
      rest_start = name_end + 1;
  } else {
    if (auto stamp = glued_place_stamp(t)) return stamp;
    if (const std::size_t n = place_and_agency(t); n != 0 && word_count(t.substr(n)) >= 5)
      return dateline_parts{std::string(t.substr(0, n)), std::string(trim(t.substr(n))), conf::dateline_bracket};
    for (std::string_view m : outlet_markers) {
      // "Dân trí " then a capital: the outlet's lead marker.
      if (starts_with(t, m) && t.size() > m.size() + 1 && t[m.size()] == ' ') {
        std::string_view rest = trim(t.substr(m.size()));
        if (starts_upper(rest) && word_count(rest) >= 5)
          return dateline_parts{std::string(m), std::string(rest), conf::dateline_outlet};
      }
    }
    // An upper-case outlet glued to its dash, "NDĐT- Chiều 3/12, …", "TTO- …" (since stop 42).
    if (const std::size_t sp = t.find(' '); sp != std::string_view::npos && sp >= 3 && sp <= 14) {
      const std::string_view word = t.substr(0, sp);
      const std::size_t dl = ends_with(word, "-") ? 1 : ends_with(word, "\xE2\x80\x93") ? 3 : 0;
      const std::string_view name = word.substr(0, word.size() - dl);
      const std::string_view rest = trim(t.substr(sp));
      if (dl != 0 && name.size() >= 2 && name.find_first_of("-0123456789") == std::string_view::npos &&
          all_letters_upper(name) && starts_upper(rest) && word_count(rest) >= 5)
        return dateline_parts{std::string(word), std::string(rest), conf::dateline_upper};
    }
    std::size_t dash = t.find(" - ");
    if (dash == std::string_view::npos) dash = t.find(" \xE2\x80\x93 ");
    if (dash == std::string_view::npos || dash > 40) return std::nullopt;
    std::string_view name = t.substr(0, dash);
    // A place written in two parts, "BÀ RỊA - VŨNG TÀU - …", "THỪA THIÊN - HUẾ - …": the
    // upper-case parts joined by dashes, up to the last one followed by a dash.
    bool joined = false;
    while (all_letters_upper(name) && word_count(name) <= 4) {
      const std::size_t next = t.find(" - ", dash + 3);
      if (next == std::string_view::npos || next > 40) break;
      const std::string_view part = t.substr(dash + 3, next - dash - 3);
      if (part.empty() || !all_letters_upper(part) || word_count(part) > 3 || !starts_upper(part)) break;
      dash = next;
      name = t.substr(0, dash);
      joined = true;
    }
    const bool outlet = is_site_name(name);
    if (!outlet && !place_and_day(name) && (!all_letters_upper(name) || word_count(name) > (joined ? 6 : 4)))
      return std::nullopt;
    // (A site's name in mixed case opens a lead only before a capital.)
    if (outlet && !all_letters_upper(name)) {
      const std::size_t after = dash_after(dash);
      if (after == 0 || !starts_upper(trim(t.substr(after)))) return std::nullopt;
    }
    if (outlet) confidence = conf::dateline_outlet;
    name_end = dash;
    rest_start = dash_after(name_end);
  }
  if (rest_start == 0) return std::nullopt;
  std::string_view rest = trim(t.substr(rest_start));
  if (word_count(rest) < 5) return std::nullopt;
  return dateline_parts{std::string(trim(t.substr(0, rest_start))), std::string(rest), confidence};
}

std::optional<std::string> lone_dateline(std::string_view line) {
  // Rule: the outlet's marker on a line of its own, as some pages set it apart from the sapo
  // ("(BĐ)", "(Chinhphu.vn) -", "TTO -", "SGGP", "Dân trí", "VOV.VN"): a name in brackets (as
  // split_dateline reads one; without a dash, an outlet's: outlet_in_brackets), a site's name
  // or an outlet marker, one acronym in capitals (2–6 letters, not a medium's label, "VIDEO",
  // nor a reporter's signature),
  // or with a dash after it an upper-case name of up to four words ("HÀ NỘI -", "HÀ NỘI, 12/3 -")
  // or a place and a news agency ("Hà Nội (TTXVN) -", place_and_agency).
  std::string_view t = trim(line);
  if (place_and_agency(t) == t.size()) return std::string(t);  // "Hà Nội (TTXVN) -"
  std::string_view name = t;
  bool dash = false;
  for (std::string_view d : {std::string_view("-"), std::string_view("\xE2\x80\x93")})
    if (ends_with(name, d) && (ends_with(name.substr(0, name.size() - d.size()), " ") ||
                               ends_with(name.substr(0, name.size() - d.size()), ")"))) {  // "(NLĐO)-"
      name = trim(name.substr(0, name.size() - d.size()));
      dash = true;
    }
  if (name.size() > 2 && name.front() == '(' && name.back() == ')') {
    const std::string_view inner = trim(name.substr(1, name.size() - 2));
    if (dash ? bracket_name(inner) : outlet_in_brackets(inner)) return std::string(t);
    return std::nullopt;
  }
  // (Digits only before a dash: a place and its date, "HÀ NỘI, 12/3 -".)
  // (Nor a reporter's signature: "PV", "CTV" alone under the title are the byline.)
  if (name.empty() || in_folded_list(name, media_labels) || (!dash && group_author(name)) ||
      (!dash && name.find_first_of("0123456789") != std::string_view::npos))
    return std::nullopt;
  const std::size_t words = word_count(name), letters = cp_length(name);
  if (is_site_name(name) || (dash && place_and_day(name)) ||
      (all_letters_upper(name) && (dash ? words <= 4 : words == 1 && letters >= 2 && letters <= 6)))
    return std::string(t);
  return std::nullopt;
}

namespace {
constexpr std::array<std::string_view, 9> sapo_labels = {
    "sapo", "tom tat", "tom luoc", "tom tat noi dung", "tom tat bai viet", "tom tat nhanh", "mo ta", "summary", "description"};
}  // namespace

bool is_sapo_label(std::string_view line) {
  // (Alone on its line the label may go without its colon, as a summary box's heading prints it:
  // "Tóm tắt bài viết", since stop 44; before, under the title it read as the category.)
  return in_folded_list(line, sapo_labels);
}

std::size_t sapo_label_end(std::string_view line) {
  // Rule (stop 43): the lead's own label, as a CMS export or a scraper writes the page's
  // description field: "Sapo:", "Tóm tắt:", "Tóm lược:", "Mô tả:", "Summary:", "Description:".
  // Not a label of the body ("Tóm lại, …" has no colon; "Tóm tắt: " alone leaves nothing).
  const std::string_view t = trim(line);
  const std::size_t colon = t.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 24) return 0;
  if (!in_folded_list(t.substr(0, colon), sapo_labels)) return 0;
  std::size_t end = colon + 1;
  while (end < t.size() && t[end] == ' ') ++end;
  if (end == t.size()) return 0;
  return static_cast<std::size_t>(t.data() - line.data()) + end;
}

bool is_place_line(std::string_view line) {
  // Rule: a first line holding only a place and a colon ("Hòa Bình:",
  // "TP.HCM:"): 1–4 capitalised words.
  std::string_view t = trim(line);
  if (t.size() < 3 || t.back() != ':') return false;
  t = trim(t.substr(0, t.size() - 1));
  const std::size_t wc = word_count(t);
  if (wc == 0 || wc > 4) return false;
  for (std::size_t i = 0; i < t.size();) {
    if (i == 0 || t[i - 1] == ' ') {
      UChar32 c = cp_at(t, i);
      if (!(u_isupper(c) || u_istitle(c))) return false;
    } else {
      UChar32 c = cp_at(t, i);
      if (!(u_isalpha(c) || c == '.' || c == ' ' || c == '-')) return false;
    }
  }
  return true;
}

std::size_t lead_sentences_end(std::string_view text, std::size_t min_words) {
  std::size_t end = 0;
  for (std::size_t guard = 0; guard < 8; ++guard) {
    const std::size_t next = end + next_sentence_end(text.substr(end));
    if (next == end) break;
    end = next;
    if (word_count(text.substr(0, end)) >= min_words) break;
  }
  return end == 0 ? text.size() : end;
}

// ---- headings ------------------------------------------------------------------------------

bool looks_like_heading(std::string_view line) {
  // Rule: a section heading is a short line (2–18 words, ≤ 130 characters)
  // starting with a capital or digit, without closing punctuation
  // ("Thực hiện với bước đi chắc chắn"), or a short question ("Bao nhiêu thủy
  // điện ở Việt Nam?", ≤ 16 words), a numbered point ("1. Học tiến sĩ không
  // giúp bạn trở thành tỉ phú"), or a name with a note in brackets ("Huawei
  // P40 Pro (mức giảm giá 2 triệu đồng)").
  std::string_view t = trim(line);
  const std::size_t wc = word_count(t);
  if (wc < 2 || wc > 18 || cp_length(t) > 130) return false;
  if (!starts_upper(t) || t.front() == '(' || t.front() == '[') return false;
  if (is_question_bullet(t) || is_answer_dash(t)) return false;
  if (is_enumerated(t) && wc > 25) return false;
  // "Ảnh chụp ngày 11/3/2017", "Ảnh: Z.N": about a photo, not a section.
  if (starts_with_photo_word(t)) return false;
  std::size_t start = 0;
  UChar32 c = last_cp(t, &start);
  if (c == ')') {
    // A note in brackets, not a credit or a photo note.
    const std::size_t open = t.rfind('(');
    if (open == std::string_view::npos || open == 0 || split_credit(t) || ends_with_photo_note(t)) return false;
    c = last_cp(trim(t.substr(0, open)), &start);
  } else if (is_closing(c) && c != 0x201D && c != '"') {
    return false;
  }
  while (is_closing(c) && start > 0) c = last_cp(t.substr(0, start), &start);
  if (c == '?' || c == '!') return wc <= 16 && sentence_count(t) == 1;
  if (is_terminal(c) || c == ':' || c == ';' || c == ',') return false;
  return true;
}

bool marked_heading(std::string_view line) {
  std::string_view t = trim(line);
  if (!looks_like_heading(t)) return false;
  // "I. ", "II. ", "IV. " … "X. " before a capital.
  std::size_t r = 0;
  while (r < t.size() && r < 4 && (t[r] == 'I' || t[r] == 'V' || t[r] == 'X')) ++r;
  if (r > 0 && r + 2 < t.size() && t[r] == '.' && t[r + 1] == ' ' && starts_upper(t.substr(r + 2))) return true;
  // In capitals, three words or more and not a person's name (a signature or
  // a credit: "NGUYỄN VĂN AN", "NGỌC THẮNG").
  const std::size_t wc = word_count(t);
  if (wc < 3 || wc > 15 || !all_letters_upper(t) || (wc <= 4 && starts_with_family_name(t))) return false;
  std::size_t letters = 0;
  for (std::size_t i = 0; i < t.size();)
    letters += u_isalpha(cp_at(t, i)) ? 1 : 0;
  return letters >= 6;
}

// ---- captions --------------------------------------------------------------------------------

namespace {
// "Ảnh minh họa" (an illustration), "Ảnh tư liệu" (an archive photo), "Ảnh chụp màn hình" (a
// screenshot), "Ảnh cắt từ clip" (a frame of a video), folded.
constexpr std::array<std::string_view, 5> photo_notes = {"anh minh hoa", "anh tu lieu", "anh chup man hinh",
                                                         "anh cat tu clip", "anh cat tu video"};
bool is_photo_note_folded(std::string_view f) {
  if (ends_with(f, ".")) f.remove_suffix(1);
  if (f == "anh: minh hoa" || f == "anh: chup man hinh") return true;
  return std::find(photo_notes.begin(), photo_notes.end(), f) != photo_notes.end();
}
}  // namespace

bool ends_with_photo_note(std::string_view line) {
  // Rule: "(Ảnh minh họa)" at the end marks a caption (an illustration, no
  // credit): "Hà Nội yêu cầu … khai báo y tế (Ảnh minh họa)." So does the note
  // unbracketed after a sentence's end or a dash: "… đi làm sáng nay. Ảnh minh họa",
  // "… - Ảnh tư liệu".
  std::string_view t = detail::trim_right(trim(line), {". "});
  if (t.empty()) return false;
  if (t.back() != ')') {
    const std::string f = fold_for_search(t);
    for (std::string_view note : photo_notes) {
      if (f.size() <= note.size() + 2 || !ends_with(f, note)) continue;
      const std::string_view before = std::string_view(f).substr(0, f.size() - note.size());
      if (ends_with(before, ". ") || ends_with(before, "? ") || ends_with(before, "! ") || ends_with(before, " - ") ||
          ends_with(before, " \xE2\x80\x93 "))
        return before.size() > 3;
    }
    return false;
  }
  const std::size_t open = t.rfind('(');
  if (open == std::string_view::npos || open == 0) return false;
  return is_photo_note_folded(fold_for_search(t.substr(open + 1, t.size() - open - 2)));
}

bool is_photo_note(std::string_view line) {
  // Rule: the note alone on its line, bracketed or not ("Ảnh minh họa", "(Ảnh tư liệu)"): what
  // the page wrote under a photo the paste lost.
  std::string_view t = detail::trim_right(trim(line), {". "});
  if (t.size() > 2 && t.front() == '(' && t.back() == ')') t = trim(t.substr(1, t.size() - 2));
  return !t.empty() && is_photo_note_folded(fold_for_search(t));
}

std::optional<closing_number> split_closing_number(std::string_view line) {
  const std::string_view t = detail::trim_right(trim(line), {". "});
  std::size_t d = t.size();
  while (d > 0 && t[d - 1] >= '0' && t[d - 1] <= '9') --d;
  if (d == t.size()) return std::nullopt;
  return closing_number{t.substr(0, d), t.substr(d)};
}

bool is_photo_alt_text(std::string_view line) {
  // Rule: the alt text a CMS writes for each photo of a story, which a scraper
  // copies as a line of its own: the headline and the photo's number,
  // "<headline> - Ảnh 2." (Tuổi Trẻ's CMS) or "<headline> - Hình 2" (aggregators'), or the
  // headline unaccented, as the page's slug, "<headline> hinh anh 2" (Zing). A layout, not
  // words: the number (1–99) closes the line and the headline before it has at least 4 words.
  const auto n = split_closing_number(line);
  if (!n || n->digits.size() > 2) return false;
  const std::string f = fold_for_search(n->head);  // lower case, no marks; spaces already single
  const bool dash = ends_with(f, " - anh ") || ends_with(f, " \xE2\x80\x93 anh ") ||  // "-" or "–"
                    ends_with(f, " - hinh ") || ends_with(f, " \xE2\x80\x93 hinh ");
  const bool slug = ends_with(f, " hinh anh ") &&
                    std::all_of(line.begin(), line.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  // 4 words of headline, then "- anh " or "hinh anh ": six spaces at least
  return (dash || slug) && std::count(f.begin(), f.end(), ' ') >= 6;
}

std::optional<caption_parts> credit_only_line(std::string_view line) {
  // Rule: a line that is only a credit, under its caption (a sentence splitter
  // put it on its own line): a credit's key and ≤ 4 words ("Ảnh: Xuân Ngọc",
  // "Đồ hoạ: BBC.", "Ảnh minh hoạ: Võ Hải."), "Ảnh kienthuc.net", or a name
  // alone with a period ("Xuân Ngọc.").
  std::string_view t = trim(line);
  while (!t.empty() && t.back() == '.') t = trim(t.substr(0, t.size() - 1));
  if (t.empty()) return std::nullopt;
  std::optional<caption_parts> c = credit_alone(t);
  if (!c && starts_with(t, k_photo_word) && word_count(t) <= 5)  // "Ảnh kienthuc.net"
    c = caption_parts{"", std::string(trim(t.substr(k_photo_word.size()))), ""};
  if (c) {
    if (sentence_count(c->credit) > 1 || starts_with_connective(c->credit)) return std::nullopt;
    return c;
  }
  if (word_count(t) <= 5 && ends_with(trim(line), ".") && looks_like_person_name(t))
    return caption_parts{"", std::string(t), ""};
  return std::nullopt;
}

bool is_photo_phrase(std::string_view line) {
  // Without a colon the words after "Ảnh" are a credit only when they are a name or a
  // site ("Ảnh TTXVN", "Ảnh kienthuc.net"), not words about the photo ("Ảnh chụp ngày
  // 11/3/2017", "Ảnh minh họa").
  std::string_view t = trim(line);
  if (!starts_with(t, k_photo_word) || credit_alone(t)) return false;  // "Ảnh minh hoạ: Võ Hải" has its key
  const std::string_view rest = trim(t.substr(k_photo_word.size()));
  const bool site = word_count(rest) == 1 && rest.find('.') != std::string_view::npos;
  return !starts_upper(rest) && !site;
}

bool starts_with_photo_word(std::string_view line) {
  std::string_view t = trim(line);
  // "Ảnh: X", "ẢNH: X" (Thanh Niên's capitals), "ảnh: X", "Ảnh X"
  return starts_with(t, k_photo_word) || starts_with(t, "\xE1\xBA\xA2nh:") || starts_with(t, "\xE1\xBA\xA2NH:") ||
         starts_with(t, "\xE1\xBA\xA3nh:") || starts_with(t, "H\xC3\xACnh:") || starts_with(t, "H\xC3\x8CNH:");  // Hình:
}

bool is_caption_continuation(std::string_view line) {
  // "- Trong ảnh: …" continues the caption of the photo above (baobinhdinh 64, 68).
  std::string_view t = trim(line);
  if (is_answer_dash(t)) t = trim(t.substr(t[0] == '-' ? 1 : 3));
  if (!t.empty() && t.front() == '(') t = trim(t.substr(1));
  return starts_with(t, "Trong \xE1\xBA\xA3nh") || starts_with(t, "TRONG \xE1\xBA\xA2NH");
}

bool may_follow_image_marker(std::string_view line) {
  // Rule: the line after an image marker is its caption unless it is clearly
  // something else: another marker, a break, an interview bullet, a numbered item,
  // a dialogue/answer dash, or a multi-sentence paragraph without a credit.
  std::string_view t = trim(line);
  if (t.empty() || is_image_marker(t) || is_section_break(t) || is_question_bullet(t) || is_enumerated(t))
    return false;
  if (is_answer_dash(t) && !is_caption_continuation(t)) return false;
  if (is_related_heading(t)) return false;
  if (split_credit(t)) return true;
  return word_count(t) <= 60 && sentence_count(t) <= 2;
}

bool starts_with_connective(std::string_view line) {
  // Words that tie a sentence to the one before it ("Tuy nhiên", "Theo",
  // "Trong", …): a line opening with one is running text, not a caption.
  static constexpr std::array<std::string_view, 40> connectives = {
      "tuy nhien", "theo", "dong thoi", "ngoai ra", "ben canh", "trong", "tai", "sau", "de", "voi",
      "do", "vi", "nhung", "con", "rieng", "qua", "tu", "truoc", "hien", "the nhung",
      "cung", "doi voi", "ve", "khi", "neu", "nhu vay", "cu the", "boi", "mat khac", "tiep",
      "phat bieu", "nhin chung", "ket qua", "vi vay", "do do", "vay", "ngay", "hom", "chieu", "sang"};
  // Only the first words matter (a connective has at most two): the line is
  // folded up to its third space, which gives the same first bytes as folding
  // all of it (a space never combines with what is around it).
  const std::string_view t = trim(line);
  std::size_t cut = 0;
  for (int spaces = 0; cut < t.size(); ++cut)
    if (t[cut] == ' ' && ++spaces == 3) break;
  const std::string f = fold_for_search(t.substr(0, cut));
  for (std::string_view c : connectives) {
    if (starts_with(f, c) && (f.size() == c.size() || f[c.size()] == ' ' || f[c.size()] == ',')) return true;
  }
  return false;
}

/// Cues of narration rather than description: reporting verbs ("cho biết"),
/// words pointing back to the text before ("trên", "này" at the end), a time
/// adverbial opening the sentence ("Trưa 2/10, …").
int narrative_cues(std::string_view t) {
  static constexpr std::array<std::string_view, 14> cues = {
      "cho bi\xe1\xba\xbft", "cho hay", "kh\xe1\xba\xb3ng \xc4\x91\xe1\xbb\x8bnh", "x\xc3\xa1\x63 nh\xe1\xba\xadn",
      "chia s\xe1\xba\xbb", "nh\xe1\xba\xa5n m\xe1\xba\xa1nh", "cho r\xe1\xba\xb1ng", " n\xc3\xb3i", "th\xc3\xb4ng tin",
      "theo \xc4\x91\xc3\xb3", "tr\xc3\xaan.", "n\xc3\xa0y.", "\xc4\x91\xc3\xb3.", "\xe2\x80\x9d,"};
  int n = 0;
  for (std::string_view c : cues)
    if (t.find(c) != std::string_view::npos) ++n;
  static constexpr std::array<std::string_view, 8> time_starts = {
      "Tr\xc6\xb0\x61 ", "S\xc3\xa1ng ", "Chi\xe1\xbb\x81u ", "T\xe1\xbb\x91i ", "\xc4\x90\xc3\xaam ",
      "Ng\xc3\xa0y ", "H\xc3\xb4m ", "Khi "};
  for (std::string_view c : time_starts)
    if (starts_with(t, c)) ++n;
  return std::min(n, 3);
}

bool caption_between_paragraphs(std::string_view line, std::size_t prev_words, std::size_t next_words) {
  // Rule: a single descriptive sentence (≤ 30 words, ending with a period,
  // without quotation, colon, connective or narration cue) whose neighbours
  // are paragraphs of at least 50 words and 3 times its length: a caption
  // whose photo marker was lost (the captions of the sample article; right in
  // 9 of 11 lines of the dev corpus where it applies).
  std::string_view t = trim(line);
  const std::size_t wc = word_count(t);
  if (wc == 0 || wc > 30 || sentence_count(t) != 1 || t.back() != '.' || ends_with(t, "..")) return false;
  if (t.find(':') != std::string_view::npos || t.find("\xE2\x80\x9C") != std::string_view::npos ||
      t.find('"') != std::string_view::npos)
    return false;
  if (starts_with_connective(t) || narrative_cues(t) > 0) return false;
  const std::size_t lo = std::min(prev_words, next_words);
  return lo >= 50 && lo >= 3 * wc;
}

bool caption_by_position(std::string_view line, std::size_t prev_words, bool prev_is_text,
                         std::size_t next_words, bool next_is_text_or_heading) {
  // Rule (sample son-la-ky-3): where the photo markers were lost, a caption is a
  // single descriptive sentence (5–35 words, ending with a period, no quotation
  // or colon) standing between much longer paragraphs, and it does not open with
  // a connective that ties it to the text around it.
  std::string_view t = trim(line);
  const std::size_t wc = word_count(t);
  if (wc < 5 || wc > 35 || sentence_count(t) != 1) return false;
  if (t.empty() || t.back() != '.' || ends_with(t, "..")) return false;
  if (t.find(':') != std::string_view::npos || t.find("\xE2\x80\x9C") != std::string_view::npos ||
      t.find('"') != std::string_view::npos)
    return false;
  if (starts_with_connective(t)) return false;
  const std::size_t need = std::max<std::size_t>(30, 2 * wc);
  if (!prev_is_text || prev_words < need) return false;
  if (!next_is_text_or_heading) return false;
  return next_words == 0 || next_words >= need;  // 0 words: a heading follows
}

// ---- dates, tags, wrapped lines, lists ----------------------------------------------------

namespace {

bool read_int(std::string_view s, std::size_t& i, std::size_t min_digits, std::size_t max_digits, int& out) {
  std::size_t start = i;
  int v = 0;
  while (i < s.size() && i - start < max_digits && s[i] >= '0' && s[i] <= '9') v = v * 10 + (s[i++] - '0');
  if (i - start < min_digits || (i < s.size() && s[i] >= '0' && s[i] <= '9')) return false;
  out = v;
  return true;
}

void skip(std::string_view s, std::size_t& i, std::string_view chars) {
  while (i < s.size() && chars.find(s[i]) != std::string_view::npos) ++i;
}

bool eat(std::string_view s, std::size_t& i, std::string_view word) {
  if (s.substr(i, word.size()) != word) return false;
  i += word.size();
  return true;
}

/// "08:30", "8h30", "8h", "16:05:00", "4:32 PM" ("SA"/"CH") at i: 1 when read
/// (into d, i after it), 0 when no digit is there, -1 when malformed.
int read_clock(std::string_view s, std::size_t& i, date_line& d) {
  if (i >= s.size() || s[i] < '0' || s[i] > '9') return 0;
  int h = 0, m = 0, sec = 0;
  if (!read_int(s, i, 1, 2, h) || i >= s.size() || (s[i] != ':' && s[i] != 'h')) return -1;
  // ("8h" alone is eight o'clock: the minutes may be left out after "h", since stop 41.)
  if (const bool hours_only = s[i] == 'h' && (i + 1 >= s.size() || s[i + 1] < '0' || s[i + 1] > '9'); hours_only)
    ++i;
  else if (!read_int(s, ++i, 2, 2, m))
    return -1;
  if (i < s.size() && s[i] == ':' && (!read_int(s, ++i, 2, 2, sec) || sec > 59)) return -1;
  skip(s, i, " ");
  auto word = [&](std::string_view w) {  // a whole word ("sa" is not the start of "sáng")
    std::size_t j = i;
    if (!eat(s, j, w) || (j < s.size() && s[j] != ' ' && s[j] != ',' && s[j] != ')')) return false;
    i = j;
    return true;
  };
  const bool pm = word("pm") || word("ch");
  if (pm || word("am") || word("sa")) {
    if (h < 1 || h > 12) return -1;
    h = h % 12 + (pm ? 12 : 0);
  } else {
    // The part of the day in words (since stop 42): "08:00 sáng", "2:30 chiều", "7h tối", "12h
    // trưa"; an hour of the afternoon or evening written on the 12-hour dial moves by 12.
    if (word("chieu") || word("toi")) {
      if (h < 1 || h > 23) return -1;
      if (h < 12) h += 12;
    } else if (word("trua")) {
      if (h == 1) h = 13;  // noon: 11 h to 13 h ("12h trưa", "1:00 trưa" → 13)
      else if (h < 11 || h > 13) return -1;
    } else if (word("sang")) {
      if (h > 12) return -1;
    }
  }
  if (h > 23 || m > 59) return -1;
  d.hour = h;
  d.minute = m;
  d.has_time = true;
  return 1;
}

}  // namespace

std::optional<std::string> parse_source_link(std::string_view line) {
  // Rule: a page's footer (or a page converter) names the article's original
  // address: "Link bài viết gốc: https://…", "Nguồn: https://…". The label
  // (bold markers aside) names a link, a URL, the original or the source; the
  // rest is one absolute URL.
  std::string_view t = trim(line);
  const std::size_t at = t.find("http");
  if (at == std::string_view::npos || at > 80) return std::nullopt;
  std::string label = fold_for_search(t.substr(0, at));
  std::erase(label, '*');
  std::string_view l = trim(label);
  if (l.empty() || l.back() != ':') return std::nullopt;
  l = trim(l.substr(0, l.size() - 1));
  std::string_view url = t.substr(at);
  while (!url.empty() && url.back() == '*') url.remove_suffix(1);
  if (!(l.find("link") != l.npos || l.find("goc") != l.npos || l == "url" || l == "nguon" || l == "source") ||
      !(starts_with(url, "https://") || starts_with(url, "http://")) || url.size() < 12 ||
      url.find_first_of(" \t") != url.npos)
    return std::nullopt;
  return std::string(url);
}

std::optional<date_line> parse_date_line(std::string_view line, bool without_year) {
  // Rule: the date under a title or at the end of a page, alone on its line:
  // optional label ("Cập nhật:", "Ngày đăng:", "Giờ đăng:"), optional weekday
  // ("Thứ Năm", "Chủ nhật", "T5"), d/m/yyyy (also with "-" or ".", or yyyy-mm-dd, or in
  // words: "ngày 03 tháng 12 năm 2026"), optional
  // time "hh:mm" (24 h, or with AM/PM), optional "(GMT+7)". Nothing else.
  // A reposting site's label names the original ("Giờ đăng bài viết gốc:"),
  // the time may come first ("10:45 ngày 02/07/2025"), and the bold markers
  // a page converter left ("**Giờ đăng: **…") do not count.
  std::string_view t = trim(line);
  if (t.empty() || t.size() > 100) return std::nullopt;
  std::string f = fold_for_search(t);  // lower case, no marks: ASCII for the words below
  std::erase(f, '*');
  std::string_view s = f;
  std::size_t i = 0;
  date_line d;
  // ("Ngày xuất bản:", "Ngày cập nhật:", "Thời gian cập nhật:" since stop 44.)
  for (std::string_view label : {"cap nhat", "ngay gio dang", "thoi gian dang", "ngay dang", "gio dang", "dang luc",
                                 "dang ngay", "xuat ban", "ngay xuat ban", "ngay cap nhat", "thoi gian cap nhat",
                                 "ngay"}) {
    std::size_t j = i;
    if (eat(s, j, label)) {
      skip(s, j, " ");
      if (label != "ngay" && (eat(s, j, "bai viet goc") || eat(s, j, "bai goc"))) skip(s, j, " ");
      if (j < s.size() && s[j] == ':') ++j;
      skip(s, j, " ");
      d.updated = label.find("cap nhat") != std::string_view::npos;
      i = j;
      break;
    }
  }
  if (eat(s, i, "luc ")) skip(s, i, " ");  // "Cập nhật lúc 10:30 ngày 3/12/2026", "Lúc 10:30, 03/12/2026"
  // The time before the date: "20:36 ngày 28/08/2025", "10:45, 02/07/2025", "10:30 | 03/12/2026",
  // also after the weekday: "Thứ Năm, 10:30, 03/12/2026".
  bool time_first = false;
  auto time_before_date = [&] {
    std::size_t j = i;
    if (time_first || read_clock(s, j, d) <= 0) return;
    time_first = true;
    i = j;
    skip(s, i, " ,|-");
  };
  time_before_date();
  for (std::string_view wd : {"thu hai", "thu ba", "thu tu", "thu nam", "thu sau", "thu bay", "chu nhat", "thu 2",
                              "thu 3", "thu 4", "thu 5", "thu 6", "thu 7", "cn", "t2", "t3", "t4", "t5", "t6", "t7"}) {
    std::size_t j = i;
    if (eat(s, j, wd) && (j == s.size() || s[j] == ',' || s[j] == ' ')) {
      i = j;
      skip(s, i, " ,");
      time_before_date();
      break;
    }
  }
  if (eat(s, i, "ngay")) skip(s, i, " ");  // "Thứ Năm, ngày 03/12/2026", "10:45 ngày 02/07/2025"
  bool iso = false;
  // d/m/yyyy (or with '-' or '.'); also ISO's yyyy-mm-dd and the date in words, "03 tháng 12
  // năm 2026".
  if (std::size_t j = i; read_int(s, j, 4, 4, d.year) && eat(s, j, "-") && read_int(s, j, 2, 2, d.month) &&
                         eat(s, j, "-") && read_int(s, j, 2, 2, d.day)) {
    i = j;
    iso = true;
    // (ISO 8601's "T" before the time, as a scraper copies a page's published_time, since stop 43.)
    if (i + 1 < s.size() && s[i] == 't' && s[i + 1] >= '0' && s[i + 1] <= '9') ++i;
  } else {
    // (Without its year, with `without_year`: "Thứ Năm, 3/12", "03/12 10:30", "3 tháng 12".)
    bool year = true;
    if (!read_int(s, i, 1, 2, d.day)) return std::nullopt;
    if (eat(s, i, " thang ")) {
      if (!read_int(s, i, 1, 2, d.month)) return std::nullopt;
      year = eat(s, i, " nam ") || eat(s, i, ", ");  // ("03 tháng 12, 2026", since stop 41)
    } else {
      if (i >= s.size() || (s[i] != '/' && s[i] != '-' && s[i] != '.')) return std::nullopt;
      const char sep = s[i++];
      if (!read_int(s, i, 1, 2, d.month)) return std::nullopt;
      year = i < s.size() && s[i] == sep;
      i += year;
    }
    if (!year && !without_year) return std::nullopt;
    if (year && !read_int(s, i, 4, 4, d.year)) return std::nullopt;
  }
  if ((d.year != 0 || !without_year) && (d.year < 1900 || d.year > 2200)) return std::nullopt;
  if (!valid_civil(d.year != 0 ? d.year : 2000, static_cast<unsigned>(d.month), static_cast<unsigned>(d.day)))
    return std::nullopt;
  skip(s, i, " ,-|");
  if (eat(s, i, "luc")) skip(s, i, " ");
  if (!time_first && read_clock(s, i, d) < 0) return std::nullopt;
  // ISO's offset after the time: "…T08:00:00+07:00", "…+0700", "…Z" (a fraction of a second,
  // ".000", is read and ignored).
  if (iso && d.has_time) {
    if (i < s.size() && s[i] == '.') {
      std::size_t j = i + 1;
      while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j;
      if (j > i + 1) i = j;
    }
    if (i < s.size() && s[i] == 'z') {
      d.utc_offset_minutes = 0;
      ++i;
    } else if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
      const int sign = s[i] == '-' ? -1 : 1;
      int h = 0, m = 0;
      if (std::size_t j = i + 1; read_int(s, j, 4, 4, h)) {  // "+0700"
        m = h % 100;
        h /= 100;
        i = j;
      } else if (!read_int(s, ++i, 2, 2, h) || (eat(s, i, ":") && !read_int(s, i, 2, 2, m))) {
        return std::nullopt;  // ("+07:00", "+07")
      }
      if (h > 14 || m > 59) return std::nullopt;
      d.utc_offset_minutes = sign * (h * 60 + m);
    }
  }
  skip(s, i, " ([");  // ("[GMT+7]" since stop 44)
  if (eat(s, i, "gmt") || eat(s, i, "utc")) {
    int sign = 1, h = 0, m = 0;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
      sign = s[i] == '-' ? -1 : 1;
      ++i;
      if (!read_int(s, i, 1, 2, h) || h > 14) return std::nullopt;
      if (i < s.size() && s[i] == ':') {
        ++i;
        if (!read_int(s, i, 2, 2, m) || m > 59) return std::nullopt;
      }
    }
    d.utc_offset_minutes = sign * (h * 60 + m);
  }
  skip(s, i, " )]");
  if (i != s.size()) return std::nullopt;
  // A date without its year is one only with a weekday, a time or in words ("3/12" alone may be
  // a slideshow's counter).
  if (d.year == 0 && !d.has_time && f.find("thu") == std::string::npos && f.find("chu nhat") == std::string::npos &&
      f.find("thang") == std::string::npos)
    return std::nullopt;
  return d;
}

bool is_relative_date_line(std::string_view line) {
  // Rule: an optional label ("Cập nhật", "Đăng"), then "N <unit> trước" (N of one to three
  // digits; seconds to years), "vừa xong", or "hôm nay" / "hôm qua" with a time ("Hôm nay,
  // 10:30", "Hôm qua lúc 10:30"), and nothing else; or a page's date without its year
  // ("Thứ Năm, 3/12", "03/12 10:30", "Thứ Năm 3 tháng 12").
  std::string_view t = trim(line);
  if (t.empty() || t.size() > 60) return false;
  if (auto d = parse_date_line(t, true); d && d->year == 0) return true;
  std::string f = fold_for_search(t);
  std::erase(f, '*');
  std::string_view s = trim(std::string_view(f));
  std::size_t i = 0;
  for (std::string_view label : {"cap nhat", "dang"}) {
    if (eat(s, i, label)) {
      skip(s, i, " :");
      break;
    }
  }
  if (s.substr(i) == "vua xong") return true;
  if (std::size_t j = i; eat(s, j, "hom nay") || eat(s, j, "hom qua")) {
    skip(s, j, " ,");
    if (eat(s, j, "luc")) skip(s, j, " ");
    date_line d;
    return read_clock(s, j, d) == 1 && j == s.size();
  }
  std::size_t digits = i;
  while (digits < s.size() && s[digits] >= '0' && s[digits] <= '9') ++digits;
  if (digits == i || digits - i > 3) return false;
  i = digits;
  skip(s, i, " ");
  for (std::string_view unit : {"giay", "phut", "gio", "ngay", "tuan", "thang", "nam"}) {
    std::size_t j = i;
    if (eat(s, j, unit)) {
      skip(s, j, " ");
      return s.substr(j) == "truoc";
    }
  }
  return false;
}

std::optional<std::vector<std::string>> parse_tags(std::string_view line) {
  // Rule: the keyword line of a page ("Từ khóa: …", "Tags: …") is metadata.
  std::string_view t = trim(line);
  // So is a line of hashtags ("#giáheohơi #chănnuôi", "#Hà Nội #phố đi bộ"): each a letter
  // after its '#', at most six words, no sentence's punctuation ("# Title" is no tag).
  if (starts_with(t, "#")) {
    std::vector<std::string> tags;
    for (std::size_t i = 1; i <= t.size();) {
      const std::size_t end = std::min(t.find('#', i), t.size());
      const std::string_view tag = trim(t.substr(i, end - i));
      std::size_t j = 0;
      if (end == i || t[i] == ' ' || tag.empty() || !u_isalpha(cp_at(tag, j)) || word_count(tag) > 6 ||
          tag.find_first_of(".!?:;") != std::string_view::npos || (end < t.size() && t[end - 1] != ' '))
        return std::nullopt;
      tags.emplace_back(tag);
      i = end + 1;
    }
    if (tags.size() > 30) return std::nullopt;
    return tags;
  }
  std::size_t colon = t.find(':');
  if (colon == std::string_view::npos || colon > 20) return std::nullopt;
  const std::string key = fold_for_search(trim(t.substr(0, colon)));
  // ("Chủ đề:" since stop 44, as pages label their topics.)
  if (key != "tu khoa" && key != "tags" && key != "tag" && key != "the" && key != "chu de") return std::nullopt;
  std::vector<std::string> tags;
  std::string cur;
  auto flush = [&] {
    std::string_view x = trim(cur);
    if (!x.empty()) tags.emplace_back(x);
    cur.clear();
  };
  for (char c : t.substr(colon + 1)) {
    if (c == ',' || c == '|' || c == ';') flush();
    else cur += c;
  }
  flush();
  if (tags.empty() || tags.size() > 30) return std::nullopt;
  return tags;
}

bool continues_line(std::string_view prev, std::string_view next) {
  // Rule: text hard-wrapped at a fixed width: a line that does not end a
  // sentence, followed by one that starts in lower case, is the same paragraph.
  // (New paragraphs, headings, captions and bylines start with a capital.)
  prev = trim(prev);
  next = trim(next);
  if (prev.empty() || next.empty() || ends_with_closing_punct(prev)) return false;
  if (is_image_marker(prev) || is_section_break(prev) || is_related_heading(prev)) return false;
  std::size_t i = 0;
  UChar32 c = cp_at(next, i);
  return u_islower(c);
}

bool is_dash_item(std::string_view line) {
  std::string_view t = trim(line);
  return starts_with(t, "- ") && !is_caption_continuation(t) && word_count(t) >= 1;
}


bool opens_with_list_sign(std::string_view line) {
  const std::string_view t = trim(line);
  return is_bullet_item(t) || is_dash_item(t) || is_question_bullet(t) || is_answer_dash(t);
}

bool is_clock_stamp(std::string_view line) {
  // Rule (stop 43): a live blog's stamp over each update ("[10:30]", "10h30", "(08:00 SA)") is
  // a line of text, never a photo's caption. Before, "[10:30]" between paragraphs read as one.
  std::string_view t = trim(line);
  if (t.size() > 2 && ((t.front() == '[' && t.back() == ']') || (t.front() == '(' && t.back() == ')')))
    t = trim(t.substr(1, t.size() - 2));
  if (t.empty() || t.size() > 24) return false;
  const std::string f = fold_for_search(t);
  std::size_t i = 0;
  date_line d;
  return read_clock(f, i, d) == 1 && i == f.size();
}

bool is_bullet_item(std::string_view line, bool* typographic) {
  // Rule: a list as editors and pages bullet it besides "- " and "• " ("* Hạn chế …",
  // "■ Xe buýt …"): the sign, a space, then text ("* * *" is a break).
  const std::string_view t = trim(line);
  const std::size_t n = bullet_length(t);
  if (n == 0 || n >= t.size() || t[n] != ' ' || word_count(t.substr(n)) == 0 || is_section_break(t)) return false;
  if (typographic) *typographic = n > 1;
  return true;
}


}  // namespace baiviet::detail::import_rules
