# The per-user NSIS installer of the Windows folder (packaging/windows.cmake): CPack's NSIS
# generator with the template beside this file. Expects PROJECT_VERSION, PROJECT_DESCRIPTION and
# the install rules of aria-integrations.exe at the top of the folder.
list(PREPEND CMAKE_MODULE_PATH ${CMAKE_CURRENT_LIST_DIR}) # the per-user NSIS.template.in
set(CPACK_GENERATOR NSIS)
set(CPACK_PACKAGE_NAME aria-integrations)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "ARIA Integrations")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "ARIA Integrations")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "ARIA Integrations")
set(CPACK_PACKAGE_FILE_NAME "aria-integrations-${PROJECT_VERSION}-win64")
set(CPACK_NSIS_PACKAGE_NAME "ARIA Integrations")
set(CPACK_NSIS_DISPLAY_NAME "ARIA Integrations")
set(CPACK_NSIS_INSTALL_ROOT "$LOCALAPPDATA\\\\Programs") # per user: no administrator needed
set(CPACK_NSIS_INSTALLED_ICON_NAME "aria-integrations.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY .)
set(CPACK_PACKAGE_EXECUTABLES "aria-integrations" "ARIA Integrations") # the Start-menu entry
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_STRIP_FILES OFF) # CPack's strip is the host's; the binaries are built Release
include(CPack)
