#!/bin/sh
# The domain core is pure (STYLE.md): no I/O, no clock, no threads, no platform headers, so
# that it behaves the same compiled by g++ for the server and by em++ for the browser.
# Prints each forbidden include it finds and fails if there is one.
core=${1:?usage: purity_test.sh SHARED_DIR}
forbidden='<(iostream|fstream|sstream|cstdio|stdio\.h|chrono|ctime|time\.h|thread|mutex|atomic|condition_variable|future|filesystem|random|unistd\.h|fcntl\.h|emscripten[^>]*|windows\.h|sys/[^>]*|sqlite3\.h|httplib\.h|imgui[^>]*)>'
if grep -nE "^[[:space:]]*#[[:space:]]*include[[:space:]]*$forbidden" "$core"/*.h "$core"/*.cpp; then
  echo "the core includes the headers above; keep I/O, clocks and threads outside shared/" >&2
  exit 1
fi
count=$(ls "$core"/*.cpp | wc -l)
[ "$count" -gt 0 ] || { echo "no sources found in $core" >&2; exit 1; }
echo "checked $count source files: pure"
