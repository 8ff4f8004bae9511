# Warnings are errors in our own code; third-party sources are compiled without them.
function(anskaffa_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Werror)
endfunction()
