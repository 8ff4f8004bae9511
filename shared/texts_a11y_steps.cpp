// The accessibility mirror's words for the request form: a step's name, which holds the number
// drawn for it on a narrow window as well as its title (WCAG 2.5.3), the state its mark shows
// (WCAG 1.3.1, 4.1.2), and what is said when the catalogue's suggestions appear under the
// resource's name (WCAG 4.1.3).
#include "shared/texts_parts.h"

namespace anskaffa::texts {
namespace {

constexpr TextEntry a11y_steps_entries[] = {
    {"a11y.step.name", "Steg {n}: {title}", "Step {n}: {title}"},
    {"a11y.step.done", "klar", "done"},
    {"a11y.step.errors", "har fel", "has errors"},
    {"a11y.step.todo", "ej påbörjad", "not started"},
    {"a11y.status.suggestions", "Redan i katalogen: {names}", "Already in the catalogue: {names}"},
};

}  // namespace

std::span<const TextEntry> a11y_steps_texts() { return a11y_steps_entries; }

}  // namespace anskaffa::texts
