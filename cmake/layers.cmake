# The layers of the library (docs/architecture.md) as CMake targets, so that an include that
# goes up a layer, or sideways to a layer it does not use, fails to compile.
#
# Each layer gets an include root of its own in the build tree, holding symbolic links to
# exactly what the layer may include: its own folder of src/ (so "html/dom.hpp" resolves) and
# the public headers of include/article2md/ it owns. A layer's INTERFACE target
# article2md_<layer>_headers puts that root on the include path and links the _headers
# targets of the layers it uses, so a layer sees its own headers and those of the layers below
# it, and nothing else: "convert/walk_state.hpp" is simply not there for html/.
#
#   article2md_layer(<layer> [DIRECTORY <folder of src/>] [PUBLIC_HEADERS <name.hpp>...]
#                    [USES <layer>...])
#
# DIRECTORY defaults to the layer's name; a layer may own no folder (the public API's plain
# data headers). The layer's code itself is a separate target (an OBJECT library for the core,
# see src/CMakeLists.txt) that links article2md_<layer>_headers.
function(article2md_layer layer)
  cmake_parse_arguments(PARSE_ARGV 1 arg "NO_DIRECTORY" "DIRECTORY" "PUBLIC_HEADERS;USES")
  set(root "${PROJECT_BINARY_DIR}/layers/${layer}")
  file(REMOVE_RECURSE "${root}")
  file(MAKE_DIRECTORY "${root}")
  if(NOT arg_NO_DIRECTORY)
    if(NOT arg_DIRECTORY)
      set(arg_DIRECTORY "${layer}")
    endif()
    if(NOT IS_DIRECTORY "${PROJECT_SOURCE_DIR}/src/${arg_DIRECTORY}")
      message(FATAL_ERROR "article2md_layer(${layer}): no folder src/${arg_DIRECTORY}")
    endif()
    file(CREATE_LINK "${PROJECT_SOURCE_DIR}/src/${arg_DIRECTORY}" "${root}/${arg_DIRECTORY}"
         SYMBOLIC)
  endif()
  if(arg_PUBLIC_HEADERS)
    file(MAKE_DIRECTORY "${root}/article2md")
    foreach(header IN LISTS arg_PUBLIC_HEADERS)
      if(NOT EXISTS "${PROJECT_SOURCE_DIR}/include/article2md/${header}")
        message(FATAL_ERROR "article2md_layer(${layer}): no include/article2md/${header}")
      endif()
      file(CREATE_LINK "${PROJECT_SOURCE_DIR}/include/article2md/${header}"
           "${root}/article2md/${header}" SYMBOLIC)
    endforeach()
  endif()
  add_library(article2md_${layer}_headers INTERFACE)
  target_include_directories(article2md_${layer}_headers INTERFACE "$<BUILD_INTERFACE:${root}>")
  foreach(used IN LISTS arg_USES)
    if(NOT TARGET article2md_${used}_headers)
      message(FATAL_ERROR "article2md_layer(${layer}): uses ${used}, which is not declared "
                          "before it (layers are declared bottom-up)")
    endif()
    target_link_libraries(article2md_${layer}_headers INTERFACE article2md_${used}_headers)
  endforeach()
  # For tests/layering: which layer sees what.
  set_property(GLOBAL APPEND PROPERTY ARTICLE2MD_LAYERS ${layer})
  set_property(GLOBAL PROPERTY ARTICLE2MD_LAYER_${layer}_USES "${arg_USES}")
  if(NOT arg_NO_DIRECTORY)
    set_property(GLOBAL PROPERTY ARTICLE2MD_LAYER_${layer}_DIRECTORY "${arg_DIRECTORY}")
  endif()
  set_property(GLOBAL PROPERTY ARTICLE2MD_LAYER_${layer}_PUBLIC_HEADERS "${arg_PUBLIC_HEADERS}")
endfunction()

# The code of a core layer: an OBJECT library whose objects go into the one article2md
# library (src/CMakeLists.txt), compiled with the project's flags and seeing only its layer.
function(article2md_layer_objects layer)
  add_library(article2md_${layer} OBJECT ${ARGN})
  target_compile_features(article2md_${layer} PUBLIC cxx_std_17)
  set_target_properties(article2md_${layer} PROPERTIES
    CXX_EXTENSIONS OFF POSITION_INDEPENDENT_CODE ON)
  target_link_libraries(article2md_${layer} PUBLIC article2md_${layer}_headers)
  target_compile_options(article2md_${layer} PRIVATE ${ARTICLE2MD_WARNING_FLAGS})
  set_property(GLOBAL APPEND PROPERTY ARTICLE2MD_CORE_OBJECT_TARGETS article2md_${layer})
endfunction()
