# Windows: the installed folder and the NSIS installer CPack makes of it (`make windows`).
# One folder, per user (%LOCALAPPDATA%\Programs\ARIA Integrations): the two executables, the
# Qt and mingw runtime DLLs, and the Qt plugins the app loads, in Qt's own layout beside them.
# The translations are compiled into the executable (translations/CMakeLists.txt).

install(TARGETS aria-integrations aria-integrations-console RUNTIME DESTINATION .)

# Qt's prefix in the SDK (scripts/windows-sdk.sh): two levels above Qt6Core.dll.
get_target_property(aria_qtcore Qt6::Core IMPORTED_LOCATION_RELEASE)
get_filename_component(aria_qt_prefix "${aria_qtcore}" DIRECTORY)
get_filename_component(aria_qt_prefix "${aria_qt_prefix}" DIRECTORY)
set(aria_qt_plugins
    platforms/qwindows.dll
    sqldrivers/qsqlite.dll
    tls/qschannelbackend.dll
    imageformats/qsvg.dll
    iconengines/qsvgicon.dll
    styles/qwindowsvistastyle.dll)
# No networkinformation/qnetworklistmanager: Qt 6.4.2's configure test for it fails with
# Debian's mingw-w64 headers, so the SDK has no backend for QNetworkInformation. Realtime then
# finds a lost network by its heartbeat (core/supabase/realtimeclient.h) instead of at once.
set(aria_plugin_files)
foreach(plugin IN LISTS aria_qt_plugins)
    set(file "${aria_qt_prefix}/plugins/${plugin}")
    if(NOT EXISTS "${file}")
        message(FATAL_ERROR "The Windows SDK has no ${plugin} (looked in ${aria_qt_prefix}/plugins)")
    endif()
    get_filename_component(folder "${plugin}" DIRECTORY)
    install(FILES "${file}" DESTINATION "${folder}")
    list(APPEND aria_plugin_files "${file}")
endforeach()

# The DLLs the executables and the plugins import (windows/runtimedlls.cmake.in).
execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libstdc++-6.dll
                OUTPUT_VARIABLE aria_libstdcxx OUTPUT_STRIP_TRAILING_WHITESPACE)
get_filename_component(aria_gcc_dir "${aria_libstdcxx}" DIRECTORY)
configure_file(windows/runtimedlls.cmake.in ${CMAKE_CURRENT_BINARY_DIR}/runtimedlls.cmake.gen @ONLY)
file(GENERATE OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/runtimedlls.cmake
     INPUT ${CMAKE_CURRENT_BINARY_DIR}/runtimedlls.cmake.gen)
install(SCRIPT ${CMAKE_CURRENT_BINARY_DIR}/runtimedlls.cmake)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/aria-integrations.svg DESTINATION .)
# Qt's own texts in the app's languages, where Qt looks beside its DLLs (relocatable prefix).
file(GLOB aria_qt_translations "${aria_qt_prefix}/translations/qtbase_*.qm")
install(FILES ${aria_qt_translations} DESTINATION translations)

include(windows/nsis.cmake) # the NSIS installer
