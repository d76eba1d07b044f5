# aria_add_test(<name> SOURCES <files...> [LIBS <targets...>] LABELS <unit|gui|integration>
#               [KEYRING] [XVFB] [APP] [TIMEOUT <seconds>] [ENVIRONMENT <VAR=value...>] [NOWINE <reason>])
# One Qt Test executable registered with ctest. Every test runs with QT_QPA_PLATFORM=offscreen
# in a private profile (tests/with-home.sh): a fresh HOME under <build>/tests/homes, the XDG
# folders inside it, a private XDG_RUNTIME_DIR and a session-bus address that leads nowhere.
# KEYRING runs it inside its own D-Bus session with an unlocked gnome-keyring (the recipe in
# DESIGN.md), so keychain tests never touch the user's bus or keyring.
# XVFB runs it on a private Xvfb display with `trayer` as system tray (QT_QPA_PLATFORM=xcb),
# for tests that need a real tray (tests/with-xvfb-tray.sh).
# APP: the test runs the app; ARIA_APP_PATH is its path, and it is built first.

# The private-profile wrapper; prefix it (then the test's name) to any add_test() COMMAND
# that does not go through aria_add_test.
set(ARIA_TEST_HOME_WRAPPER ${PROJECT_SOURCE_DIR}/tests/with-home.sh ${PROJECT_BINARY_DIR}/tests/homes)
# The app the command-line tests run: on Windows its console twin (aria-integrations.com), whose
# output reaches the test's pipes the way a terminal's user sees it.
if(WIN32)
    set(ARIA_APP_TARGET aria-integrations-console)
else()
    set(ARIA_APP_TARGET aria-integrations)
endif()

#
# Windows (the cross build of `make test-windows`, scripts/windows-test.sh): the test runs under
# Wine through tests/with-wine.sh instead. NOWINE "<reason>" leaves a test out of that build;
# the reason is what docs/WINDOWS.md lists. KEYRING needs nothing there (the Windows Credential
# Manager is per user); XVFB tests need an X11 tray and must say NOWINE.
function(aria_add_test name)
    cmake_parse_arguments(T "KEYRING;XVFB;APP" "TIMEOUT;NOWINE" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
    if(NOT T_LABELS)
        message(FATAL_ERROR "aria_add_test(${name}): LABELS is required")
    endif()
    if(WIN32)
        if(T_NOWINE)
            set_property(GLOBAL APPEND PROPERTY ARIA_NOWINE_TESTS "${name}: ${T_NOWINE}")
            return()
        endif()
        if(T_XVFB)
            message(FATAL_ERROR "aria_add_test(${name}): an XVFB test needs NOWINE \"<reason>\" on Windows")
        endif()
    endif()
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS})
    if(T_APP)
        target_compile_definitions(${name} PRIVATE ARIA_APP_PATH="$<TARGET_FILE:${ARIA_APP_TARGET}>")
        add_dependencies(${name} ${ARIA_APP_TARGET})
    endif()
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/common)
    target_compile_definitions(${name} PRIVATE
        ARIA_SOURCE_DIR="${PROJECT_SOURCE_DIR}" ARIA_BINARY_DIR="${PROJECT_BINARY_DIR}")

    if(WIN32)
        add_test(NAME ${name} COMMAND ${PROJECT_SOURCE_DIR}/tests/with-wine.sh ${name} $<TARGET_FILE:${name}>)
        if(NOT T_TIMEOUT)
            set(T_TIMEOUT 180)
        endif()
        # One Wine prefix for all: its profile folders are emptied before each test, so the
        # tests take turns.
        set_tests_properties(${name} PROPERTIES
            LABELS "${T_LABELS}" TIMEOUT ${T_TIMEOUT} RUN_SERIAL ON
            ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=aria.*.debug=true;${T_ENVIRONMENT}")
        return()
    endif()
    set(command $<TARGET_FILE:${name}>)
    if(T_KEYRING)
        set(command ${PROJECT_SOURCE_DIR}/tests/with-keyring.sh ${command})
    endif()
    if(T_XVFB)
        set(command ${PROJECT_SOURCE_DIR}/tests/with-xvfb-tray.sh ${command})
    endif()
    add_test(NAME ${name} COMMAND ${ARIA_TEST_HOME_WRAPPER} ${name} ${command})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS "${T_LABELS}"
        TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=aria.*.debug=true;${T_ENVIRONMENT}")
endfunction()
