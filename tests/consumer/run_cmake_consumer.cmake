# cmake -DCONSUMER_SOURCE_DIR=... -DCONSUMER_BINARY_DIR=... -DGENERATOR=... -DCXX_COMPILER=...
#       [-DMAKE_PROGRAM=...] [-DBUILD_TYPE=...] [-DCXX_FLAGS=...] [-DLINKER_FLAGS=...]
#       (-DPREFIX_PATH=... -DEXPECTED_DIR=... | -DARTICLE2MD_SOURCE_DIR=... [-DSHARED=ON])
#       -P run_cmake_consumer.cmake
# Configures tests/consumer/project in a fresh CONSUMER_BINARY_DIR, builds its one program and
# runs it. With PREFIX_PATH the consumer uses find_package (and checks that it found the package
# in EXPECTED_DIR); with ARTICLE2MD_SOURCE_DIR, add_subdirectory. Any step that fails fails the
# test.
foreach(var CONSUMER_SOURCE_DIR CONSUMER_BINARY_DIR GENERATOR CXX_COMPILER)
  if(NOT ${var})
    message(FATAL_ERROR "run_cmake_consumer.cmake: ${var} not given")
  endif()
endforeach()

function(run what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${what} failed (${rc}): ${ARGN}")
  endif()
endfunction()

set(configure "${CMAKE_COMMAND}" -S "${CONSUMER_SOURCE_DIR}" -B "${CONSUMER_BINARY_DIR}"
    -G "${GENERATOR}" "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}" "-DCMAKE_BUILD_TYPE=${BUILD_TYPE}"
    "-DCMAKE_CXX_FLAGS=${CXX_FLAGS}" "-DCMAKE_EXE_LINKER_FLAGS=${LINKER_FLAGS}"
    "-DCMAKE_SHARED_LINKER_FLAGS=${LINKER_FLAGS}")
if(PREFIX_PATH)
  list(APPEND configure "-DCMAKE_PREFIX_PATH=${PREFIX_PATH}"
       "-DARTICLE2MD_EXPECTED_DIR=${EXPECTED_DIR}")
elseif(ARTICLE2MD_SOURCE_DIR)
  list(APPEND configure "-DARTICLE2MD_SOURCE_DIR=${ARTICLE2MD_SOURCE_DIR}"
       "-DBUILD_SHARED_LIBS=${SHARED}")
else()
  message(FATAL_ERROR "run_cmake_consumer.cmake: give PREFIX_PATH or ARTICLE2MD_SOURCE_DIR")
endif()
if(MAKE_PROGRAM)
  list(APPEND configure "-DCMAKE_MAKE_PROGRAM=${MAKE_PROGRAM}")
endif()

file(REMOVE_RECURSE "${CONSUMER_BINARY_DIR}")
run("configuring the consumer" ${configure})
run("building the consumer"
    "${CMAKE_COMMAND}" --build "${CONSUMER_BINARY_DIR}" --parallel 2 --target article2md_consumer)
run("the consumer" "${CONSUMER_BINARY_DIR}/article2md_consumer")
