#include <algorithm>
#include <vector>

#include "shared/texts_parts.h"

namespace anskaffa {

std::span<const TextEntry> text_catalog() {
  static const std::vector<TextEntry> catalog = [] {
    std::vector<TextEntry> all;
    for (auto part : {texts::form_texts(),
                      texts::finding_texts(),
                      texts::app_texts(),
                      texts::error_texts(),
                      texts::workflow_texts(),
                      texts::screen_texts(),
                      texts::page_texts(),
                      texts::agreement_texts(),
                      texts::register_texts(),
                      texts::notification_texts(),
                      texts::register_screen_texts(),
                      texts::catalog_screen_texts(),
                      texts::file_texts(),
                      texts::register_edit_texts(),
                      texts::admin_texts(),
                      texts::offline_texts(),
                      texts::export_screen_texts(),
                      texts::journey_texts(),
                      texts::a11y_layout_texts(),
                      texts::a11y_status_texts(),
                      texts::a11y_steps_texts(),
                      texts::a11y_chart_texts(),
                      texts::display_texts()}) {
      all.insert(all.end(), part.begin(), part.end());
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const TextEntry& a, const TextEntry& b) { return a.key < b.key; });
    return all;
  }();
  return catalog;
}

}  // namespace anskaffa
