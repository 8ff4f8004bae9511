// The 40 invented learning resources of assets/demo/catalog.json, embedded at build time.
#pragma once

#include <string_view>

namespace anskaffa::demo {

std::string_view demo_catalog_json();

}  // namespace anskaffa::demo
