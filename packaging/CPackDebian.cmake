# Debian packages built by CPack (docs/packages.md): `cpack -G DEB` in a build tree, or
# scripts/package. Two packages from one build, one per install component:
#   ges-daemon (component daemon): /usr/bin/gesd, gesd.service, /etc/default/gesd,
#              maintainer scripts creating the user `ges` and /etc/ges/secrets;
#   ges-admin  (component admin):  /usr/bin/ges-admin, desktop entry, icon, AppStream.
# Included from the top CMakeLists.txt. Version: project(VERSION).

include(GNUInstallDirs)
set(GES_DEB_DIR ${CMAKE_CURRENT_LIST_DIR}/debian)

# --- what the daemon package holds (gesd itself: install(TARGETS) in daemon/) ----------
# Absolute destinations: Debian 12 keeps units in /lib/systemd/system and defaults in
# /etc/default, outside the /usr prefix.
install(FILES ${GES_DEB_DIR}/gesd.service
        DESTINATION /lib/systemd/system COMPONENT daemon)
install(FILES ${GES_DEB_DIR}/gesd.default
        DESTINATION /etc/default RENAME gesd COMPONENT daemon)
install(FILES ${PROJECT_SOURCE_DIR}/docs/packages.md ${PROJECT_SOURCE_DIR}/docs/configuration.md
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/ges-daemon COMPONENT daemon)

# --- what the admin package holds (ges-admin itself: install(TARGETS) in desktop/) -----
if(GES_BUILD_DESKTOP)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/io.github.ges.admin.desktop
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/applications COMPONENT admin)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/ges-admin.svg
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/scalable/apps COMPONENT admin)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/io.github.ges.admin.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/metainfo COMPONENT admin)
    install(FILES ${PROJECT_SOURCE_DIR}/docs/desktop.md
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/ges-admin COMPONENT admin)
endif()

# --- CPack --------------------------------------------------------------------------------
set(GES_PACKAGE_MAINTAINER "GES maintainers <root@localhost>" CACHE STRING
    "Maintainer field of the Debian packages (Name <email>)")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ges)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${GES_PACKAGE_MAINTAINER}")
# The first line of each CPACK_DEBIAN_<COMPONENT>_DESCRIPTION below is that package's
# summary. CPack 3.25 would put a non-default CPACK_PACKAGE_DESCRIPTION_SUMMARY (the
# project's DESCRIPTION) in front of both; its own default is left out.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# RelWithDebInfo binaries are ten times their stripped size; the packages ship stripped.
set(CPACK_STRIP_FILES ON)

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL daemon)
if(GES_BUILD_DESKTOP)
    list(APPEND CPACK_COMPONENTS_ALL admin)
endif()
# <name>_<version>_<arch>.deb
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Depends from the libraries the binaries link (dpkg-shlibdeps), plus what is loaded at
# run time as a plugin or called from a maintainer script, which shlibdeps cannot see.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_DAEMON_PACKAGE_NAME ges-daemon)
set(CPACK_DEBIAN_DAEMON_PACKAGE_SECTION net)
# libqt6sql6-psql: Qt's PostgreSQL driver plugin. adduser: postinst creates the user.
set(CPACK_DEBIAN_DAEMON_PACKAGE_DEPENDS "adduser, libqt6sql6-psql")
set(CPACK_DEBIAN_DAEMON_PACKAGE_SUGGESTS "redis-server, postgresql")
set(CPACK_DEBIAN_DAEMON_DESCRIPTION "GES daemon: self-hosted Genesys Engagement Service
gesd serves the Genesys Engagement Service v3 callbacks REST API (external port 2050)
and health, Prometheus metrics and the admin API (internal port 3050). It keeps its
working set in Redis and its records in PostgreSQL. This package runs it as the
systemd service gesd under the system user ges, configured in /etc/default/gesd
and secret files in /etc/ges/secrets.")
set(CPACK_DEBIAN_DAEMON_PACKAGE_CONTROL_EXTRA
    ${GES_DEB_DIR}/conffiles ${GES_DEB_DIR}/postinst ${GES_DEB_DIR}/prerm ${GES_DEB_DIR}/postrm)

set(CPACK_DEBIAN_ADMIN_PACKAGE_NAME ges-admin)
set(CPACK_DEBIAN_ADMIN_PACKAGE_SECTION net)
# libqt6svg6: the SVG icon engine and image plugins, loaded at run time for the icons.
# The X11 platform plugin comes with libqt6gui6 (Debian's qt6-qpa-plugins holds only
# the VNC and TUIO ones, so it is not a dependency); qt6-wayland adds native Wayland,
# without it Qt runs through XWayland.
set(CPACK_DEBIAN_ADMIN_PACKAGE_DEPENDS "libqt6svg6")
set(CPACK_DEBIAN_ADMIN_PACKAGE_RECOMMENDS "qt6-wayland")
set(CPACK_DEBIAN_ADMIN_DESCRIPTION "GES Admin: desktop client of the GES daemon
ges-admin administers a GES server over its admin API: callbacks (search, edit,
reschedule, bulk cancel, export), live queues, services and office hours, call-in
groups, API keys, users, sessions and GWS credentials, as the user's roles allow.")

include(CPack)
