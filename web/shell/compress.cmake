# Writes a brotli (.br) and a gzip (.gz) copy beside each of the given files of a built site,
# which the server sends to a client that takes the encoding (server/http/static_files.cpp):
# the first visit's bytes at a fraction. Each copy is written to a temporary name and renamed,
# so that a copy is never seen half-written, and then gets the time of writing: the server
# sends only a copy newer than its file.
#   cmake -DSITE=<site folder> -DFILES=a,b -DBROTLI=<brotli> -DGZIP=<gzip> -P compress.cmake
cmake_minimum_required(VERSION 3.20)
if(NOT SITE OR NOT FILES OR NOT BROTLI OR NOT GZIP)
  message(FATAL_ERROR "compress.cmake: SITE, FILES, BROTLI and GZIP are required")
endif()
string(REPLACE "," ";" FILES "${FILES}")
foreach(name IN LISTS FILES)
  set(file "${SITE}/${name}")
  execute_process(COMMAND "${BROTLI}" --best --force --output=${file}.br.tmp ${file}
                  RESULT_VARIABLE brotli_result)
  execute_process(COMMAND "${GZIP}" -9 --no-name --stdout ${file}
                  OUTPUT_FILE ${file}.gz.tmp RESULT_VARIABLE gzip_result)
  if(NOT brotli_result EQUAL 0 OR NOT gzip_result EQUAL 0)
    message(FATAL_ERROR "compress.cmake: compressing ${file} failed")
  endif()
  file(RENAME "${file}.br.tmp" "${file}.br")
  file(RENAME "${file}.gz.tmp" "${file}.gz")
  # brotli gives its output the input's time; the server sends only a copy newer than its file.
  file(TOUCH "${file}.br" "${file}.gz")
endforeach()
