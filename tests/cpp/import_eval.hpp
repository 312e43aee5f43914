// Element-level evaluation of plain-text import against hand labels.
//
// Used by tests/cpp/test_import_eval.cpp (the measured tables) and by
// tests/import/dump_features.cpp (the training data of the line model), so
// that the gold standard and the matching are defined once.
//
// Labelled articles (all read as plain text, one line per paragraph):
//  - ../shared/corpus/dev/<source>/<name>.txt with labels in
//    tests/fixtures/import/dev/<source>/<name>.json (spans: line + code points);
//  - ../shared/corpus/baobinhdinh/*.txt with labels in
//    tests/fixtures/import/corpus/*.expected.json (older format: starts/ends);
//  - the sample tests/fixtures/samples/son-la-ky-3.txt (+ .expected.json).
//
// Matching (docs/import.md, "How it is measured"):
//  - every text is compared as a *key*: NFC, lower case, the runs of letters
//    and digits joined by one space (punctuation, brackets, dashes and spacing
//    do not count, every word does);
//  - title, sapo, dateline, byline source: key equality of the one value;
//  - headings, byline authors: multisets of keys, each gold item matched at
//    most once;
//  - captions: the caption without its credit, as a key from which the credit
//    words "ảnh"/"nguồn" at either end are removed, equals the gold caption
//    without its credit span (so a caption matches with or without its
//    credit); or the predicted caption with its credit equals the gold span,
//    with or without the credit's label between them ("Ảnh", or the label the
//    caption wrote: "Video" in "… Video: X"; the same credit words ignored at
//    the ends: a caption that is only "Ảnh: Z.N").
//    Position is not compared (a caption repeated in the body and in a block
//    at the end is two captions; each prediction matches one gold caption);
//  - credit: among matched captions whose gold has a credit, the credit keys
//    are equal (precision over predicted captions that carry a credit).
#pragma once

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "baiviet/article.hpp"
#include "baiviet/parse.hpp"
#include "baiviet/render.hpp"
#include "baiviet/text.hpp"
#include "model/photo_credit.hpp"
#include "test_util.hpp"

namespace import_eval {

namespace fs = std::filesystem;
using json = nlohmann::json;

// ---- keys -------------------------------------------------------------------------

/// NFC, lower case, letters and digits only, one space between runs.
inline std::string key(const std::string& s) {
  const std::string n = baiviet::normalize(s);
  std::string out;
  bool gap = true;
  for (int32_t i = 0; i < static_cast<int32_t>(n.size());) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(n.data()), i, static_cast<int32_t>(n.size()), c);
    if (c == 0xD0) c = 0x110;  // Ð → Đ (import fixes the look-alike)
    if (c == 0xF0) c = 0x111;
    if (c < 0 || !u_isalnum(c)) {
      gap = true;
      continue;
    }
    c = u_tolower(c);
    if (gap && !out.empty()) out += ' ';
    gap = false;
    char buf[4];
    int32_t k = 0;
    U8_APPEND_UNSAFE(buf, k, c);
    out.append(buf, static_cast<std::size_t>(k));
  }
  return out;
}

inline std::vector<std::string> split_words(const std::string& k) {
  std::vector<std::string> w;
  std::size_t p = 0;
  while (p < k.size()) {
    std::size_t e = k.find(' ', p);
    if (e == std::string::npos) e = k.size();
    if (e > p) w.push_back(k.substr(p, e - p));
    p = e + 1;
  }
  return w;
}

/// The caption key: the credit words "ảnh"/"nguồn" at either end do not count.
inline std::string caption_key(const std::string& s) {
  std::vector<std::string> w = split_words(key(s));
  auto kw = [](const std::string& x) { return x == "\xe1\xba\xa3nh" || x == "ngu\xe1\xbb\x93n"; };  // ảnh, nguồn
  while (!w.empty() && kw(w.back())) w.pop_back();
  while (!w.empty() && kw(w.front())) w.erase(w.begin());
  std::string out;
  for (const auto& x : w) out += (out.empty() ? "" : " ") + x;
  return out;
}

// ---- gold -------------------------------------------------------------------------

struct gold_caption {
  std::string text;    ///< the span, credit included
  std::string core;    ///< without the credit span
  std::string credit;  ///< empty when none
};

struct gold_doc {
  std::string group;  ///< dev folder ("vfnd", …), "baobinhdinh" or "sample"
  std::string name;   ///< file name
  std::string input;  ///< the text imported (dantri header lines blanked)
  std::optional<std::string> title, dateline, sapo, source;
  std::vector<std::string> headings, authors;
  std::vector<gold_caption> captions;
};

inline std::vector<std::string> split_lines(const std::string& s) {
  std::vector<std::string> out;
  std::size_t p = 0;
  while (true) {
    std::size_t e = s.find('\n', p);
    if (e == std::string::npos) {
      out.push_back(s.substr(p));
      break;
    }
    out.push_back(s.substr(p, e - p));
    p = e + 1;
  }
  return out;
}

/// Byte offset of code point `cp` in `s` (s.size() past the end).
inline std::size_t cp_offset(const std::string& s, std::size_t cp) {
  int32_t i = 0;
  for (std::size_t n = 0; n < cp && i < static_cast<int32_t>(s.size()); ++n) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
  }
  return static_cast<std::size_t>(i);
}

inline std::string trim(std::string s) {
  const char* ws = " \t\r";
  s.erase(0, s.find_first_not_of(ws));
  const auto e = s.find_last_not_of(ws);
  s.erase(e == std::string::npos ? 0 : e + 1);
  return s;
}

/// A span of the dev labels: {"line": L} or {"line": L, "start": S, "end": E}.
inline std::string span_text(const std::vector<std::string>& lines, const json& sp, std::size_t* line = nullptr) {
  const std::size_t l = sp.at("line").get<std::size_t>();
  if (line) *line = l;
  const std::string& t = lines.at(l - 1);
  if (!sp.contains("start") && !sp.contains("end")) return trim(t);
  const std::size_t s = cp_offset(t, sp.value("start", std::size_t{0}));
  const std::size_t e = sp.contains("end") ? cp_offset(t, sp["end"].get<std::size_t>()) : t.size();
  return trim(t.substr(s, e - s));
}

inline fs::path corpus_dir() { return test_util::shared_dir() / "corpus"; }

inline std::vector<fs::path> sorted_files(const fs::path& dir, const std::string& ext) {
  std::vector<fs::path> out;
  if (!fs::exists(dir)) return out;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file() && e.path().extension() == ext) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

/// The dantri_unc files open with "# doc_id = …", "# url = …", "# date = …":
/// the corpus's metadata, not page text. They are blanked (line numbers kept).
inline std::string blank_corpus_header(const std::string& text) {
  std::vector<std::string> lines = split_lines(text);
  for (std::size_t i = 0; i < lines.size() && i < 3; ++i)
    if (lines[i].rfind("# ", 0) == 0) lines[i].clear();
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) out += (i ? "\n" : "") + lines[i];
  return out;
}

inline gold_doc load_dev(const fs::path& label_file) {
  const json l = json::parse(test_util::read_file(label_file));
  gold_doc g;
  const std::string src = l.at("source");  // "dev/<group>/<name>.txt"
  g.group = fs::path(src).parent_path().filename().string();
  g.name = fs::path(src).filename().string();
  const std::string raw = test_util::read_file(corpus_dir() / src);
  g.input = blank_corpus_header(raw);
  const std::vector<std::string> lines = split_lines(raw);
  for (const char* k : {"title", "dateline", "sapo"}) {
    if (l[k].is_null()) continue;
    std::string t = span_text(lines, l[k]);
    if (std::string(k) == "title") g.title = t;
    if (std::string(k) == "dateline") g.dateline = t;
    if (std::string(k) == "sapo") g.sapo = t;
  }
  for (const auto& h : l["headings"]) g.headings.push_back(span_text(lines, h));
  for (const auto& c : l["captions"]) {
    gold_caption gc;
    std::size_t line = 0;
    gc.text = span_text(lines, c, &line);
    gc.core = gc.text;
    if (c.contains("credit")) {
      const json& cr = c["credit"];
      const std::size_t cl = cr.value("line", line);
      const std::string& t = lines.at(cl - 1);
      const std::size_t s = cp_offset(t, cr.at("start").get<std::size_t>());
      const std::size_t e = cp_offset(t, cr.at("end").get<std::size_t>());
      gc.credit = trim(t.substr(s, e - s));
      if (cl == line) {
        // The caption without the credit: cut the credit out of the span.
        const std::size_t ss = c.contains("start") ? cp_offset(t, c["start"].get<std::size_t>()) : 0;
        const std::size_t se = c.contains("end") ? cp_offset(t, c["end"].get<std::size_t>()) : t.size();
        gc.core = trim(t.substr(ss, std::max(s, ss) - ss) + " " + t.substr(std::min(e, se), se - std::min(e, se)));
      }
    }
    g.captions.push_back(std::move(gc));
  }
  if (l["byline"].is_object()) {
    for (const auto& a : l["byline"]["authors"]) g.authors.push_back(span_text(lines, a));
    if (l["byline"].contains("source") && !l["byline"]["source"].is_null())
      g.source = span_text(lines, l["byline"]["source"]);
  }
  return g;
}

/// tests/fixtures/import/corpus/*.expected.json (Báo Bình Định): texts given
/// literally or by line + first/last words.
inline gold_doc load_baobinhdinh(const fs::path& label_file) {
  const json l = json::parse(test_util::read_file(label_file));
  gold_doc g;
  g.group = "baobinhdinh";
  const std::string src = l.at("source");
  g.name = fs::path(src).filename().string();
  g.input = test_util::read_file(corpus_dir() / src);
  const std::vector<std::string> lines = split_lines(g.input);
  auto between = [&](const json& sp) {
    // From the first word to the last word given, on the labelled line (a
    // caption continued by a "- Trong ảnh: …" line ends on the next one).
    const std::size_t l = sp["line"].get<std::size_t>();
    std::string t = baiviet::normalize(lines.at(l - 1));
    for (std::size_t k = l; k < lines.size() && k < l + 2; ++k) t += " " + baiviet::normalize(lines[k]);
    const std::string s = baiviet::normalize(sp["starts"].get<std::string>());
    const std::string e = baiviet::normalize(sp["ends"].get<std::string>());
    const std::size_t a = t.find(s);
    const std::size_t b = a == std::string::npos ? a : t.find(e, a);
    if (a == std::string::npos || b == std::string::npos || b + e.size() < a) return t;
    return t.substr(a, b + e.size() - a);
  };
  if (l["title"].is_string()) g.title = l["title"].get<std::string>();
  if (l["dateline"].is_string() && !l["dateline"].get<std::string>().empty()) g.dateline = l["dateline"].get<std::string>();
  if (l["sapo"].is_object()) g.sapo = between(l["sapo"]);
  for (const auto& h : l["headings"]) g.headings.push_back(h.get<std::string>());
  for (const auto& c : l["captions"]) {
    gold_caption gc;
    gc.core = between(c);
    gc.credit = c.value("credit", std::string());
    gc.text = gc.credit.empty() ? gc.core : gc.core + " " + gc.credit;
    g.captions.push_back(std::move(gc));
  }
  if (l["byline"].is_object()) {
    for (const auto& a : l["byline"]["authors"]) g.authors.push_back(a.get<std::string>());
    if (l["byline"].contains("source") && l["byline"]["source"].is_string())
      g.source = l["byline"]["source"].get<std::string>();
  }
  return g;
}

inline gold_doc load_sample(const fs::path& dir) {
  const json l = json::parse(test_util::read_file(dir / "son-la-ky-3.expected.json"));
  gold_doc g;
  g.group = "sample";
  g.name = "son-la-ky-3.txt";
  g.input = test_util::read_file(dir / "son-la-ky-3.txt");
  g.title = l["title"].get<std::string>();
  g.sapo = l["sapo"].get<std::string>();
  for (const auto& b : l["body"]) {
    if (b["type"] == "heading") g.headings.push_back(b["text"]);
    if (b["type"] == "caption") g.captions.push_back(gold_caption{b["text"], b["text"], ""});
  }
  for (const auto& a : l["byline"]["authors"]) g.authors.push_back(a);
  return g;
}

/// Every labelled article; the dev corpus and Báo Bình Định only when
/// ../shared/corpus is present.
inline std::vector<gold_doc> load_all() {
  std::vector<gold_doc> docs;
  if (test_util::have_shared_corpus()) {
    for (const auto& p : sorted_files(test_util::fixtures_dir() / "import" / "dev", ".json")) docs.push_back(load_dev(p));
    for (const auto& p : sorted_files(test_util::fixtures_dir() / "import" / "corpus", ".json"))
      docs.push_back(load_baobinhdinh(p));
  }
  docs.push_back(load_sample(test_util::fixtures_dir() / "samples"));
  return docs;
}

// ---- scoring ------------------------------------------------------------------------

inline const std::vector<std::string>& elements() {
  static const std::vector<std::string> e = {"title", "sapo", "dateline", "heading", "caption", "credit", "author", "source"};
  return e;
}

struct tally {
  std::size_t tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp ? double(tp) / double(tp + fp) : 1.0; }
  double recall() const { return tp + fn ? double(tp) / double(tp + fn) : 1.0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
  std::size_t gold() const { return tp + fn; }
  std::size_t predicted() const { return tp + fp; }
  tally& operator+=(const tally& o) {
    tp += o.tp;
    fp += o.fp;
    fn += o.fn;
    return *this;
  }
};

/// One predicted element with its confidence and whether it was right.
struct scored {
  std::string group;  ///< set by the caller
  std::string element;
  std::string text;
  double confidence = 0;
  bool correct = false;
};

/// One missed gold element.
struct missed {
  std::string element;
  std::string text;
};

struct doc_score {
  std::map<std::string, tally> by_element;
  std::vector<scored> predictions;
  std::vector<missed> misses;
};

inline std::string plain(const baiviet::inlines& in) { return baiviet::plain_text(in); }

/// ../shared/corpus/chinhphu_markdown/*.md read as plain text, with the labels of
/// tests/fixtures/import/unseen/chinhphu_markdown.json (Markdown source lines;
/// the file's "about" says how they were chosen). The input is the Markdown
/// article rendered as plain text, one line per paragraph (`double_spaced`:
/// a blank line between paragraphs, as render_text writes them). Group
/// "chinhphu_md". Sapo and dateline are not labelled.
inline std::vector<gold_doc> load_chinhphu(bool double_spaced = false) {
  std::vector<gold_doc> out;
  const json l = json::parse(test_util::read_file(test_util::fixtures_dir() / "import" / "unseen" / "chinhphu_markdown.json"));
  for (const auto& [file, lab] : l["files"].items()) {
    const std::string md = test_util::read_file(corpus_dir() / "chinhphu_markdown" / file);
    baiviet::parse_options po;
    po.format = baiviet::input_format::markdown;
    auto art = baiviet::parse(md, po);
    if (!art) continue;  // the caller checks the count
    gold_doc g;
    g.group = "chinhphu_md";
    g.name = file;
    const std::string text = baiviet::render_text(*art);
    if (double_spaced) {
      g.input = text;
    } else {
      for (const std::string& line : split_lines(text))
        if (!trim(line).empty()) g.input += line + "\n";
    }
    if (!art->title.empty()) g.title = art->title;
    // The plain text of the top-level block that starts on Markdown line n.
    auto at = [&](std::size_t n) -> std::string {
      for (const auto& b : art->body)
        if (b.source_line == n) return trim(plain(b.content));
      return {};  // an empty label: the test checks there is none
    };
    auto after = [](const std::string& t, std::string_view label) {
      const std::size_t p = t.find(label);
      return p == std::string::npos ? t : trim(t.substr(p + label.size()));
    };
    for (std::size_t n : lab["headings"].get<std::vector<std::size_t>>()) g.headings.push_back(at(n));
    for (std::size_t n : lab["captions"].get<std::vector<std::size_t>>()) {
      gold_caption c;
      c.text = c.core = at(n);
      std::size_t p = std::string::npos;
      std::size_t len = 0;
      for (std::string_view label : {"Ảnh:", "Nguồn:"}) {
        const std::size_t q = c.text.rfind(label);
        if (q != std::string::npos && (p == std::string::npos || q > p)) p = q, len = label.size();
      }
      if (p != std::string::npos) {
        c.credit = trim(c.text.substr(p + len));
        std::string core = c.text.substr(0, p);
        while (!core.empty() && (core.back() == ' ' || core.back() == '-')) core.pop_back();
        c.core = core;
      }
      g.captions.push_back(std::move(c));
    }
    for (std::size_t n : lab["authors"].get<std::vector<std::size_t>>()) g.authors.push_back(after(at(n), ":"));
    if (lab["source"].is_number()) g.source = after(at(lab["source"].get<std::size_t>()), "Theo ");
    out.push_back(std::move(g));
  }
  return out;
}

inline doc_score score(const gold_doc& g, const baiviet::article& a) {
  doc_score d;
  auto single = [&](const std::string& el, const std::optional<std::string>& gold, const std::string& pred,
                    double conf) {
    tally& t = d.by_element[el];
    const bool has_pred = !key(pred).empty();
    const bool ok = gold && has_pred && key(*gold) == key(pred);
    if (gold && !key(*gold).empty()) {
      if (ok) ++t.tp;
      else {
        ++t.fn;
        d.misses.push_back({el, *gold});
      }
    }
    if (has_pred) {
      if (!ok) ++t.fp;
      d.predictions.push_back({"", el, pred, conf, ok});
    }
  };
  single("title", g.title, a.title, a.title_confidence);
  single("sapo", g.sapo, a.sapo, a.sapo_confidence);
  single("dateline", g.dateline, a.dateline, a.dateline_confidence);
  single("source", g.source, a.byline_info.source, a.byline_info.confidence);

  // Multisets of keys.
  auto multi = [&](const std::string& el, const std::vector<std::string>& gold_keys,
                   const std::vector<std::string>& gold_texts, const std::vector<std::string>& pred_keys,
                   const std::vector<std::string>& pred_texts, const std::vector<double>& conf) {
    tally& t = d.by_element[el];
    std::vector<bool> used(pred_keys.size(), false);
    for (std::size_t i = 0; i < gold_keys.size(); ++i) {
      bool hit = false;
      for (std::size_t j = 0; j < pred_keys.size() && !hit; ++j) {
        if (used[j] || pred_keys[j] != gold_keys[i] || pred_keys[j].empty()) continue;
        used[j] = hit = true;
      }
      if (hit) ++t.tp;
      else {
        ++t.fn;
        d.misses.push_back({el, gold_texts[i]});
      }
    }
    for (std::size_t j = 0; j < pred_keys.size(); ++j) {
      if (!used[j]) ++t.fp;
      d.predictions.push_back({"", el, pred_texts[j], conf[j], used[j]});
    }
  };
  {
    std::vector<std::string> gk, pk, pt;
    std::vector<double> pc;
    for (const auto& h : g.headings) gk.push_back(key(h));
    for (const auto& b : a.body) {
      if (b.type != baiviet::block_type::heading) continue;
      pt.push_back(plain(b.content));
      pk.push_back(key(pt.back()));
      pc.push_back(b.confidence);
    }
    multi("heading", gk, g.headings, pk, pt, pc);
  }
  {
    std::vector<std::string> gk, pk, pt;
    std::vector<double> pc;
    for (const auto& n : g.authors) gk.push_back(key(n));
    for (const auto& n : a.byline_info.authors) {
      pt.push_back(n);
      pk.push_back(key(n));
      pc.push_back(a.byline_info.confidence);
    }
    multi("author", gk, g.authors, pk, pt, pc);
  }
  // Captions (and their credits).
  {
    tally& t = d.by_element["caption"];
    tally& c = d.by_element["credit"];
    std::vector<const baiviet::block*> figs;
    for (const auto& b : a.body)
      if (b.type == baiviet::block_type::figure) figs.push_back(&b);
    std::vector<int> match_of(figs.size(), -1);
    for (std::size_t i = 0; i < g.captions.size(); ++i) {
      const gold_caption& gc = g.captions[i];
      const std::string gcore = caption_key(gc.core), gfull = caption_key(gc.text);
      int hit = -1;
      for (std::size_t j = 0; j < figs.size() && hit < 0; ++j) {
        if (match_of[j] >= 0) continue;
        const std::string content = plain(figs[j]->content);
        const std::string label(baiviet::detail::shown_credit_label(*figs[j]));
        const bool ok = (!gcore.empty() && caption_key(content) == gcore) ||
                        (!gfull.empty() && caption_key(content + " " + figs[j]->credit) == gfull) ||
                        (!gfull.empty() && !figs[j]->credit.empty() &&
                         caption_key(content + " " + label + " " + figs[j]->credit) == gfull);
        if (ok) hit = static_cast<int>(j);
      }
      if (hit >= 0) {
        match_of[static_cast<std::size_t>(hit)] = static_cast<int>(i);
        ++t.tp;
      } else {
        ++t.fn;
        d.misses.push_back({"caption", gc.text});
      }
      if (!gc.credit.empty()) {
        const bool ok = hit >= 0 && key(figs[static_cast<std::size_t>(hit)]->credit) == key(gc.credit);
        if (ok) ++c.tp;
        else {
          ++c.fn;
          d.misses.push_back({"credit", gc.credit});
        }
      }
    }
    for (std::size_t j = 0; j < figs.size(); ++j) {
      const bool ok = match_of[j] >= 0;
      if (!ok) ++t.fp;
      d.predictions.push_back({"", "caption", plain(figs[j]->content), figs[j]->confidence, ok});
      if (!figs[j]->credit.empty()) {
        const bool cok = ok && key(g.captions[static_cast<std::size_t>(match_of[j])].credit) == key(figs[j]->credit);
        if (!cok) ++c.fp;
        d.predictions.push_back({"", "credit", figs[j]->credit, figs[j]->confidence, cok});
      }
    }
  }
  return d;
}

// ---- tables --------------------------------------------------------------------------

inline std::string fmt(double x) {
  char b[16];
  std::snprintf(b, sizeof b, "%.2f", x);
  return b;
}

/// | element | gold | predicted | correct | precision | recall | F1 |
/// The table of `t` over `shown` (default: every element); "all" sums the rows shown.
inline std::string element_table(const std::map<std::string, tally>& t,
                                 const std::vector<std::string>& shown = elements()) {
  std::string s = "| element | gold | predicted | correct | precision | recall | F1 |\n|---|---|---|---|---|---|---|\n";
  tally all;
  for (const auto& e : shown) {
    auto it = t.find(e);
    const tally x = it == t.end() ? tally{} : it->second;
    all += x;
    s += "| " + e + " | " + std::to_string(x.gold()) + " | " + std::to_string(x.predicted()) + " | " +
         std::to_string(x.tp) + " | " + fmt(x.precision()) + " | " + fmt(x.recall()) + " | " + fmt(x.f1()) + " |\n";
  }
  s += "| all | " + std::to_string(all.gold()) + " | " + std::to_string(all.predicted()) + " | " +
       std::to_string(all.tp) + " | " + fmt(all.precision()) + " | " + fmt(all.recall()) + " | " + fmt(all.f1()) + " |\n";
  return s;
}

inline tally total(const std::map<std::string, tally>& t) {
  tally all;
  for (const auto& [k, v] : t) all += v;
  return all;
}

}  // namespace import_eval
