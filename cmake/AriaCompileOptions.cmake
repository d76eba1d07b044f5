# Strict flags for every target of the project (not for third-party code).
add_compile_definitions(
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_KEYWORDS
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    ARIA_VERSION="${PROJECT_VERSION}"
)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    add_compile_options(-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                        -Wcast-align -Woverloaded-virtual -Wnull-dereference)
    if(ARIA_WERROR)
        add_compile_options(-Werror)
    endif()
    if(ARIA_SANITIZE)
        add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer
                            -fno-sanitize-recover=undefined)
        add_link_options(-fsanitize=address,undefined)
    endif()
endif()

find_program(ARIA_CCACHE ccache)
if(ARIA_CCACHE)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${ARIA_CCACHE}")
endif()
