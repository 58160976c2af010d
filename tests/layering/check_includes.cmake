# cmake -DSOURCE_DIR=<repo> -P check_includes.cmake
# What the include paths of the layers cannot hide (system headers, relative paths), checked
# in the sources: each third-party library is included only in the layer that owns it (gumbo
# in html, pugixml, libcurl and iconv in sources, CLI11 in cli, pybind11 in python), and no
# file reaches another folder with "../" (which would bypass a layer's include path).
set(owners
  "gumbo.h=html"
  "pugixml.hpp=sources"
  "curl/=sources"
  "iconv.h=sources"
  "CLI/=cli"
  "pybind11/=python")
file(GLOB_RECURSE files RELATIVE "${SOURCE_DIR}/src"
     "${SOURCE_DIR}/src/*.cpp" "${SOURCE_DIR}/src/*.hpp")
list(SORT files)
set(problems "")
foreach(file IN LISTS files)
  string(REGEX MATCH "^[^/]+" folder "${file}")
  file(STRINGS "${SOURCE_DIR}/src/${file}" includes REGEX "^[ \t]*#[ \t]*include")
  foreach(line IN LISTS includes)
    if(line MATCHES "#[ \t]*include[ \t]*\"\\.\\./")
      string(APPEND problems "src/${file}: ${line}: a path out of its folder\n")
    endif()
    foreach(owner IN LISTS owners)
      string(REPLACE "=" ";" pair "${owner}")
      list(GET pair 0 header)
      list(GET pair 1 layer)
      string(FIND "${line}" "<${header}" at)
      if(at GREATER -1 AND NOT folder STREQUAL layer)
        string(APPEND problems "src/${file}: ${line}: only src/${layer}/ includes ${header}\n")
      endif()
    endforeach()
  endforeach()
endforeach()
list(LENGTH files count)
if(count EQUAL 0)
  message(FATAL_ERROR "no sources found under ${SOURCE_DIR}/src")
endif()
if(problems)
  message(FATAL_ERROR "includes outside their layer:\n${problems}")
endif()
message(STATUS "${count} files: every third-party header in its layer, no ../ includes")
