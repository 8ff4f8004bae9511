# Third-party code is never committed: tools/setup fetches Dear ImGui and cpp-httplib from
# Debian's source packages into build/third_party, and the rest comes from Debian packages.
set(ANSKAFFA_THIRD_PARTY_DIR "${PROJECT_SOURCE_DIR}/build/third_party" CACHE PATH
    "Where tools/setup unpacked Dear ImGui and cpp-httplib")
set(IMGUI_DIR "${ANSKAFFA_THIRD_PARTY_DIR}/imgui-1.90.1+ds")
set(HTTPLIB_DIR "${ANSKAFFA_THIRD_PARTY_DIR}/cpp-httplib-0.18.7")
foreach(dir IN ITEMS "${IMGUI_DIR}" "${HTTPLIB_DIR}")
  if(NOT EXISTS "${dir}")
    message(FATAL_ERROR "${dir} is missing: run tools/setup first")
  endif()
endforeach()

# Emscripten's sysroot hides /usr/include, and -I/usr/include would drag glibc's headers into
# the wasm build. So header-only libraries are reached through a folder that holds links to
# them alone. The native build uses the same folder, so both builds see the same headers.
set(ANSKAFFA_HEADER_LINKS "${CMAKE_BINARY_DIR}/header-links")
file(MAKE_DIRECTORY "${ANSKAFFA_HEADER_LINKS}")
foreach(lib IN ITEMS nlohmann catch2)
  if(NOT EXISTS "${ANSKAFFA_HEADER_LINKS}/${lib}")
    file(CREATE_LINK "/usr/include/${lib}" "${ANSKAFFA_HEADER_LINKS}/${lib}" SYMBOLIC)
  endif()
endforeach()

add_library(third_party_json INTERFACE)
target_include_directories(third_party_json SYSTEM INTERFACE "${ANSKAFFA_HEADER_LINKS}")
target_compile_definitions(third_party_json INTERFACE JSON_USE_IMPLICIT_CONVERSIONS=0)

add_library(third_party_catch2 INTERFACE)
target_include_directories(third_party_catch2 SYSTEM INTERFACE "${ANSKAFFA_HEADER_LINKS}")
