// YAML front matter (libyaml, YAML 1.1 as Jekyll reads it) → the neutral tree.
#include <yaml.h>

#include <memory>
#include <string>
#include <vector>

#include "markdown/front_matter_tree.hpp"

namespace baiviet::detail {

namespace {

struct yaml_doc {
  yaml_document_t doc;
  bool loaded = false;
  ~yaml_doc() {
    if (loaded) yaml_document_delete(&doc);
  }
};

bool one_of(std::string_view s, std::initializer_list<std::string_view> set) {
  for (auto x : set)
    if (s == x) return true;
  return false;
}

// libyaml resolves no implicit types: a plain (unquoted) scalar is null or a
// boolean by its spelling (YAML 1.1, as Ruby's Psych reads Jekyll's files).
fm_value::kind plain_kind(std::string_view s) {
  if (one_of(s, {"", "~", "null", "Null", "NULL"})) return fm_value::kind::null;
  if (one_of(s, {"true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON", "false", "False", "FALSE", "no", "No",
                 "NO", "off", "Off", "OFF"}))
    return fm_value::kind::boolean;
  return fm_value::kind::text;
}

bool truthy(std::string_view s) {
  return one_of(s, {"true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON"});
}

class converter {
 public:
  converter(yaml_document_t* doc, std::string_view text, std::size_t first_line, fm_budget& budget)
      : doc_(doc), text_(text), first_line_(first_line), budget_(budget) {}

  // A flow mapping written "{{ … }}": a Go-template placeholder left unquoted.
  // Its source text is [start, end] (libyaml's end mark is at the last '}').
  // libyaml's marks count characters, not bytes: line + column → byte offset.
  std::size_t byte_of(const yaml_mark_t& m) const {
    if (line_starts_.empty()) {
      line_starts_.push_back(0);
      for (std::size_t i = 0; i < text_.size(); ++i)
        if (text_[i] == '\n') line_starts_.push_back(i + 1);
    }
    if (m.line >= line_starts_.size()) return text_.size();
    std::size_t i = line_starts_[m.line];
    for (std::size_t c = 0; c < m.column && i < text_.size(); ++c) {
      ++i;
      while (i < text_.size() && (static_cast<unsigned char>(text_[i]) & 0xC0) == 0x80) ++i;
    }
    return i;
  }

  std::string_view source_of(const yaml_node_t* n) const {
    std::size_t b = byte_of(n->start_mark), e = byte_of(n->end_mark);
    if (e < text_.size() && text_[e] == '}') ++e;
    return b < e && e <= text_.size() ? text_.substr(b, e - b) : std::string_view();
  }
  bool is_template(const yaml_node_t* n) const {
    std::string_view t = source_of(n);
    return n->data.mapping.style == YAML_FLOW_MAPPING_STYLE && t.size() >= 4 && t.substr(0, 2) == "{{" &&
           t.substr(t.size() - 2) == "}}";
  }

  std::size_t line_of(const yaml_node_t* n) const { return n ? n->start_mark.line + first_line_ : 0; }

  // Converts node `n` at `depth` into `out`; false when the budget refused it.
  bool convert(yaml_node_t* n, fm_value& out, int depth) {
    if (!n) return true;
    out.line = line_of(n);
    if (!budget_.admit(depth, out.line)) return false;
    switch (n->type) {
      case YAML_SCALAR_NODE: {
        std::string s(reinterpret_cast<const char*>(n->data.scalar.value), n->data.scalar.length);
        out.k = n->data.scalar.style == YAML_PLAIN_SCALAR_STYLE ? plain_kind(s) : fm_value::kind::text;
        if (out.k == fm_value::kind::boolean) out.text = truthy(s) ? "true" : "false";
        else if (out.k == fm_value::kind::text) out.text = fm_clean_text(std::move(s));
        return true;
      }
      case YAML_SEQUENCE_NODE:
        out.k = fm_value::kind::list;
        for (yaml_node_item_t* it = n->data.sequence.items.start; it < n->data.sequence.items.top; ++it) {
          fm_value item;
          if (!convert(yaml_document_get_node(doc_, *it), item, depth + 1)) break;
          out.items.push_back(std::move(item));
        }
        return true;
      case YAML_MAPPING_NODE:
        if (is_template(n)) {  // {{ .Date }} unquoted is a YAML flow mapping: keep it as written
          out.k = fm_value::kind::text;
          out.text = fm_clean_text(std::string(source_of(n)));
          return true;
        }
        out.k = fm_value::kind::map;
        for (yaml_node_pair_t* p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; ++p) {
          yaml_node_t* key = yaml_document_get_node(doc_, p->key);
          std::string k;
          if (key && key->type == YAML_SCALAR_NODE)
            k = fm_clean_text(std::string(reinterpret_cast<const char*>(key->data.scalar.value), key->data.scalar.length));
          fm_value v;
          v.line = line_of(yaml_document_get_node(doc_, p->value));
          if (!convert(yaml_document_get_node(doc_, p->value), v, depth + 1)) break;
          out.entries.push_back(fm_entry{std::move(k), std::move(v)});
        }
        return true;
      default:
        return true;
    }
  }

 private:
  yaml_document_t* doc_;
  std::string_view text_;
  mutable std::vector<std::size_t> line_starts_;
  std::size_t first_line_;
  fm_budget& budget_;
};

}  // namespace

result<fm_tree> read_yaml_tree(std::string_view text, std::size_t first_line, const fm_limits& limits) {
  yaml_parser_t parser;
  if (!yaml_parser_initialize(&parser)) return make_error(errc::out_of_memory, "cannot initialise the YAML parser");
  std::unique_ptr<yaml_parser_t, void (*)(yaml_parser_t*)> guard(&parser, yaml_parser_delete);
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING);
  yaml_doc d;
  if (!yaml_parser_load(&parser, &d.doc)) {
    std::string msg = "malformed YAML front matter: ";
    msg += parser.problem ? parser.problem : "YAML error";
    if (parser.context) {
      msg += " (";
      msg += parser.context;
      msg += ")";
    }
    return make_error(errc::front_matter, msg, parser.problem_mark.line + first_line);
  }
  d.loaded = true;
  fm_tree tree;
  fm_budget budget(limits, tree.warnings);
  converter c(&d.doc, text, first_line, budget);
  c.convert(yaml_document_get_root_node(&d.doc), tree.root, 0);
  if (tree.root.line == 0) tree.root.line = first_line;
  return tree;
}

}  // namespace baiviet::detail
