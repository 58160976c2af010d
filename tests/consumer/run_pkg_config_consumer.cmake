# cmake -DPKG_CONFIG=... -DPREFIX=... -DPC_DIR=... -DCXX_COMPILER=... -DSOURCE=... -DOUTPUT=...
#       [-DSTATIC=ON] [-DCXX_FLAGS=...] -P run_pkg_config_consumer.cmake
# Builds the consumer with nothing but the compiler and `pkg-config --cflags --libs article2md`
# (--static for a static library, which adds gumbo and fmt), then runs it.
foreach(var PKG_CONFIG PREFIX PC_DIR CXX_COMPILER SOURCE OUTPUT)
  if(NOT ${var})
    message(FATAL_ERROR "run_pkg_config_consumer.cmake: ${var} not given")
  endif()
endforeach()

# Ours first; the system's directories stay searched for gumbo.pc and fmt.pc.
if(DEFINED ENV{PKG_CONFIG_PATH} AND NOT "$ENV{PKG_CONFIG_PATH}" STREQUAL "")
  set(ENV{PKG_CONFIG_PATH} "${PC_DIR}:$ENV{PKG_CONFIG_PATH}")
else()
  set(ENV{PKG_CONFIG_PATH} "${PC_DIR}")
endif()

function(pkg_config out)
  execute_process(COMMAND "${PKG_CONFIG}" ${ARGN} article2md
                  OUTPUT_VARIABLE value RESULT_VARIABLE rc OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "pkg-config ${ARGN} article2md failed (${rc})")
  endif()
  set(${out} "${value}" PARENT_SCOPE)
endfunction()

# The .pc found must be the installed one, and its prefix (from ${pcfiledir}) must be PREFIX.
pkg_config(prefix --variable=prefix)
get_filename_component(prefix "${prefix}" REALPATH)
get_filename_component(expected "${PREFIX}" REALPATH)
if(NOT prefix STREQUAL expected)
  message(FATAL_ERROR "pkg-config article2md: prefix ${prefix}, expected ${expected}")
endif()

if(STATIC)
  pkg_config(flags --cflags --libs --static)
  set(rpath "")
else()
  pkg_config(flags --cflags --libs)
  pkg_config(libdir --variable=libdir)
  set(rpath "-Wl,-rpath,${libdir}")
endif()
message(STATUS "pkg-config --cflags --libs article2md: ${flags}")
separate_arguments(flags UNIX_COMMAND "${flags}")
separate_arguments(cxx_flags UNIX_COMMAND "${CXX_FLAGS}")

file(REMOVE "${OUTPUT}")
execute_process(
  COMMAND "${CXX_COMPILER}" -std=c++17 ${cxx_flags} "${SOURCE}" -o "${OUTPUT}" ${flags} ${rpath}
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "compiling and linking with pkg-config's flags failed (${rc})")
endif()
execute_process(COMMAND "${OUTPUT}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the consumer failed (${rc})")
endif()
