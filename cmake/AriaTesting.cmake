# aria_add_test(<name> SOURCES <files...> [LIBS <targets...>] LABELS <unit|gui|integration>
#               [KEYRING] [XVFB] [TIMEOUT <seconds>] [ENVIRONMENT <VAR=value...>])
# One Qt Test executable registered with ctest. Every test runs with QT_QPA_PLATFORM=offscreen
# in a private profile (tests/with-home.sh): a fresh HOME under <build>/tests/homes, the XDG
# folders inside it, a private XDG_RUNTIME_DIR and a session-bus address that leads nowhere.
# KEYRING runs it inside its own D-Bus session with an unlocked gnome-keyring (the recipe in
# DESIGN.md), so keychain tests never touch the user's bus or keyring.
# XVFB runs it on a private Xvfb display with `trayer` as system tray (QT_QPA_PLATFORM=xcb),
# for tests that need a real tray (tests/with-xvfb-tray.sh).

# The private-profile wrapper; prefix it (then the test's name) to any add_test() COMMAND
# that does not go through aria_add_test.
set(ARIA_TEST_HOME_WRAPPER ${PROJECT_SOURCE_DIR}/tests/with-home.sh ${PROJECT_BINARY_DIR}/tests/homes)

function(aria_add_test name)
    cmake_parse_arguments(T "KEYRING;XVFB" "TIMEOUT" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
    if(NOT T_LABELS)
        message(FATAL_ERROR "aria_add_test(${name}): LABELS is required")
    endif()
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/common)
    target_compile_definitions(${name} PRIVATE
        ARIA_SOURCE_DIR="${PROJECT_SOURCE_DIR}" ARIA_BINARY_DIR="${PROJECT_BINARY_DIR}")

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
