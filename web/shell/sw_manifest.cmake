# Writes the service worker of a built site: web/shell/sw.js with the list of the app shell's
# files and a version that is a hash of their contents, so that a new release, and only a new
# release, gives a new sw.js (which the browser notices) and a new cache name (SPEC 6). Also
# writes sw-manifest.json with the same list, for people and tests.
#   cmake -DSITE=<site folder> -DTEMPLATE=<web/shell/sw.js> -P sw_manifest.cmake
# The tests run it on a copy of the site to make a "new version".
cmake_minimum_required(VERSION 3.20)
if(NOT SITE OR NOT TEMPLATE)
  message(FATAL_ERROR "sw_manifest.cmake: SITE and TEMPLATE are required")
endif()

# Everything the app needs to start; index.html is also the answer to a navigation.
set(shell_files
  index.html
  boot.js
  mirror.js
  app.css
  favicon.svg
  anskaffa.js
  anskaffa.wasm
  fonts/NotoSans-Regular.ttf
)
set(hashes "")
set(json_list "")
foreach(name IN LISTS shell_files)
  if(NOT EXISTS "${SITE}/${name}")
    message(FATAL_ERROR "sw_manifest.cmake: ${SITE}/${name} is missing")
  endif()
  file(SHA256 "${SITE}/${name}" hash)
  string(APPEND hashes "${name} ${hash}\n")
  if(json_list)
    string(APPEND json_list ", ")
  endif()
  string(APPEND json_list "\"${name}\"")
endforeach()
string(SHA256 version "${hashes}")
string(SUBSTRING "${version}" 0 16 version)

file(READ "${TEMPLATE}" worker)
string(REPLACE "\"@VERSION@\"" "\"${version}\"" worker "${worker}")
string(REPLACE "[/* @FILES@ */]" "[${json_list}]" worker "${worker}")
file(WRITE "${SITE}/sw.js.tmp" "${worker}")
file(RENAME "${SITE}/sw.js.tmp" "${SITE}/sw.js")
file(WRITE "${SITE}/sw-manifest.json" "{\"version\": \"${version}\", \"files\": [${json_list}]}\n")
