#include "convert/rules/builtin_rules.hpp"

namespace article2md::detail {

void add_builtin_rules(converter& c) {
  add_text_rules(c);
  add_inline_rules(c);
  add_link_rules(c);
  add_media_rules(c);
  add_list_rules(c);
  add_block_rules(c);
  add_code_rules(c);
  add_table_rules(c);
  add_phrase_rules(c);
  add_embed_rules(c);
}

}  // namespace article2md::detail
