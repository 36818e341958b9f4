# `cpack -G DEB` in build/ makes a Debian package of the editor with its sample edition,
# desktop entry and MIME type for .paiban files.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/sample/ DESTINATION share/paiban/sample
        FILES_MATCHING PATTERN "*.paiban" PATTERN "*.jpg")
install(FILES ${PROJECT_SOURCE_DIR}/packaging/paiban.desktop DESTINATION share/applications)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/paiban-mime.xml DESTINATION share/mime/packages RENAME paiban.xml)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/paiban.svg DESTINATION share/icons/hicolor/scalable/apps)
# The man page, compressed as Debian wants it (gzip -9n: no timestamp, reproducible).
add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/paiban.1.gz
                   COMMAND gzip -9n -c ${PROJECT_SOURCE_DIR}/packaging/paiban.1 > ${CMAKE_BINARY_DIR}/paiban.1.gz
                   DEPENDS ${PROJECT_SOURCE_DIR}/packaging/paiban.1)
add_custom_target(paiban_man ALL DEPENDS ${CMAKE_BINARY_DIR}/paiban.1.gz)
install(FILES ${CMAKE_BINARY_DIR}/paiban.1.gz DESTINATION share/man/man1)

set(CPACK_PACKAGE_NAME "paiban")
set(CPACK_PACKAGE_VENDOR "Paiban")
set(CPACK_PACKAGE_CONTACT "Paiban developers <paiban@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Newspaper page layout for Chinese text")
set(CPACK_DEBIAN_PACKAGE_SECTION "graphics")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # paiban_VERSION_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# fonts-noto-cjk: the faces the composer sets Chinese in; libgs-common: the fallback CMYK
# output profile of press PDFs.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-noto-cjk, libgs-common")
# The newsroom reaches PostgreSQL through Qt SQL's driver, a plugin shlibdeps cannot see.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql")
include(CPack)
