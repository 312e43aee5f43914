// Plain-text output: what a reader sees, one block per paragraph.
#include "baiviet/render.hpp"
#include "model/photo_credit.hpp"

namespace baiviet {

namespace {

void blocks_text(std::string& out, const std::vector<block>& bs, const std::string& indent);

void para(std::string& out, const std::string& indent, const std::string& text) {
  if (text.empty()) return;
  if (!out.empty()) out += "\n";
  out += indent + text + "\n";
}

void block_text(std::string& out, const block& b, const std::string& indent) {
  switch (b.type) {
    case block_type::paragraph:
    case block_type::heading:
    case block_type::interview_answer:
    case block_type::table_cell: para(out, indent, plain_text(b.content)); break;
    case block_type::interview_question: para(out, indent, "• " + plain_text(b.content)); break;
    case block_type::figure: {
      std::string t = plain_text(b.content);
      if (!b.credit.empty())
        t += (t.empty() ? "(" : " (") + std::string(detail::shown_credit_label(b)) + ": " + b.credit + ")";
      para(out, indent, t.empty() ? std::string() : "[" + t + "]");
      break;
    }
    case block_type::quote: blocks_text(out, b.children, indent + "> "); break;
    case block_type::list: {
      int n = b.start;
      bool first_item = true;
      for (const auto& item : b.children) {
        std::string marker = b.ordered ? std::to_string(n++) + ". " : "- ";
        if (item.task >= 0) marker += item.task ? "[x] " : "[ ] ";
        std::string inner;
        blocks_text(inner, item.children, "");
        if (!out.empty() && (first_item || !b.tight)) out += "\n";  // tight lists: one item a line
        first_item = false;
        // indent continuation lines under the marker
        std::string pad(marker.size(), ' ');
        bool first = true;
        std::size_t pos = 0;
        while (pos < inner.size()) {
          std::size_t e = inner.find('\n', pos);
          if (e == std::string::npos) e = inner.size();
          std::string line = inner.substr(pos, e - pos);
          if (!line.empty()) out += indent + (first ? marker : pad) + line + "\n";
          first = false;
          pos = e + 1;
        }
        if (first) out += indent + marker + "\n";
      }
      break;
    }
    case block_type::list_item: blocks_text(out, b.children, indent); break;
    case block_type::footnote: {
      std::string inner;
      blocks_text(inner, b.children, "");
      while (!inner.empty() && inner.back() == '\n') inner.pop_back();
      para(out, indent, "[" + std::to_string(b.number) + "] " + inner);
      break;
    }
    case block_type::table:
      for (const auto& row : b.children) {
        std::string line;
        for (const auto& c : row.children) line += (line.empty() ? "" : " | ") + plain_text(c.content);
        if (!out.empty() && &row == &b.children.front()) out += "\n";
        out += indent + line + "\n";
      }
      break;
    case block_type::table_row: break;
    case block_type::code: {
      if (!out.empty()) out += "\n";
      std::size_t pos = 0;
      while (pos < b.literal.size()) {
        std::size_t e = b.literal.find('\n', pos);
        if (e == std::string::npos) e = b.literal.size();
        out += indent + b.literal.substr(pos, e - pos) + "\n";
        pos = e + 1;
      }
      break;
    }
    case block_type::html: break;
    case block_type::thematic_break: para(out, indent, "***"); break;
  }
}

void blocks_text(std::string& out, const std::vector<block>& bs, const std::string& indent) {
  for (const auto& b : bs) block_text(out, b, indent);
}

}  // namespace

std::string render_text(const article& a) {
  std::string out;
  para(out, "", a.kicker);
  para(out, "", a.title);
  std::string sapo = a.sapo;
  if (!a.dateline.empty()) sapo = sapo.empty() ? a.dateline : a.dateline + " " + sapo;
  para(out, "", sapo);
  blocks_text(out, a.body, "");
  para(out, "", a.byline_info.text);
  for (const auto& list : a.related) {
    para(out, "", list.heading);
    for (const auto& it : list.items) {
      std::string line = "- " + it.title;
      if (!it.category.empty()) line += " (" + it.category + ")";
      para(out, "", line);
      if (!it.summary.empty()) out += "  " + it.summary + "\n";
    }
  }
  return out;
}

}  // namespace baiviet
