# Install rules and the package: find_package(article2md) from an install prefix or from this
# build tree (both give article2md::article2md), and `pkg-config article2md`. All of it is
# relocatable: the targets file and the .pc find their prefix from where they lie, so
# `cmake --install build --prefix DIR` works for any DIR.
include(CMakePackageConfigHelpers)

set(ARTICLE2MD_CMAKE_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/article2md")

install(TARGETS article2md EXPORT article2md-targets
  ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}"
  LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}"
  RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/article2md"
  DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}"
  FILES_MATCHING PATTERN "*.hpp")

# The config file re-finds gumbo and fmt only for a static library, whose consumers link them.
get_target_property(ARTICLE2MD_LIBRARY_TYPE article2md TYPE)
if(ARTICLE2MD_LIBRARY_TYPE STREQUAL "STATIC_LIBRARY")
  set(ARTICLE2MD_STATIC_LIBRARY ON)
else()
  set(ARTICLE2MD_STATIC_LIBRARY OFF)
endif()

# 0.x: any minor release may break the API, so only the same MAJOR.MINOR is compatible.
if(PROJECT_VERSION_MAJOR EQUAL 0)
  set(ARTICLE2MD_COMPATIBILITY SameMinorVersion)
else()
  set(ARTICLE2MD_COMPATIBILITY SameMajorVersion)
endif()
write_basic_package_version_file("${PROJECT_BINARY_DIR}/article2md-config-version.cmake"
  VERSION ${PROJECT_VERSION} COMPATIBILITY ${ARTICLE2MD_COMPATIBILITY})

# Installed package.
configure_package_config_file("${PROJECT_SOURCE_DIR}/cmake/article2md-config.cmake.in"
  "${PROJECT_BINARY_DIR}/cmake-install/article2md-config.cmake"
  INSTALL_DESTINATION "${ARTICLE2MD_CMAKE_DIR}")
install(EXPORT article2md-targets NAMESPACE article2md::
  FILE article2md-targets.cmake DESTINATION "${ARTICLE2MD_CMAKE_DIR}")
install(FILES "${PROJECT_BINARY_DIR}/cmake-install/article2md-config.cmake"
              "${PROJECT_BINARY_DIR}/article2md-config-version.cmake"
  DESTINATION "${ARTICLE2MD_CMAKE_DIR}")

# The build tree as a package: -Darticle2md_DIR=<build> or CMAKE_PREFIX_PATH=<build>.
export(EXPORT article2md-targets NAMESPACE article2md::
  FILE "${PROJECT_BINARY_DIR}/article2md-targets.cmake")
configure_package_config_file("${PROJECT_SOURCE_DIR}/cmake/article2md-config.cmake.in"
  "${PROJECT_BINARY_DIR}/article2md-config.cmake"
  INSTALL_DESTINATION "${PROJECT_BINARY_DIR}" INSTALL_PREFIX "${PROJECT_BINARY_DIR}")

# pkg-config: prefix relative to the .pc's own directory (${pcfiledir}).
set(ARTICLE2MD_PC_DIR "${CMAKE_INSTALL_LIBDIR}/pkgconfig")
if(IS_ABSOLUTE "${ARTICLE2MD_PC_DIR}")
  set(ARTICLE2MD_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
else()
  file(RELATIVE_PATH ARTICLE2MD_PC_UP "/prefix/${ARTICLE2MD_PC_DIR}" "/prefix")
  string(REGEX REPLACE "/$" "" ARTICLE2MD_PC_UP "${ARTICLE2MD_PC_UP}")
  set(ARTICLE2MD_PC_PREFIX "\${pcfiledir}/${ARTICLE2MD_PC_UP}")
endif()
foreach(dir LIBDIR INCLUDEDIR)
  if(IS_ABSOLUTE "${CMAKE_INSTALL_${dir}}")
    set(ARTICLE2MD_PC_${dir} "${CMAKE_INSTALL_${dir}}")
  else()
    set(ARTICLE2MD_PC_${dir} "\${prefix}/${CMAKE_INSTALL_${dir}}")
  endif()
endforeach()
configure_file("${PROJECT_SOURCE_DIR}/cmake/article2md.pc.in"
  "${PROJECT_BINARY_DIR}/article2md.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/article2md.pc" DESTINATION "${ARTICLE2MD_PC_DIR}")
