# macOS: the app as a bundle, aria-integrations.app, with its Info.plist and icon.
# macOS is NOT built or tested on this project's machines (README); this is what a Mac build
# would use. Included from app/CMakeLists.txt on APPLE. The icon part alone can be checked on
# Linux with -DARIA_MACOS_ICON=ON (needs png2icns: `scripts/install-deps.sh macos-icon`).

# What Info.plist.in is filled with (CMake's MACOSX_BUNDLE_* target properties). A list of
# name/value pairs, so tests/unit can fill the template the same way (tst_macosbundle).
set(ARIA_MACOS_BUNDLE_PROPERTIES
    MACOSX_BUNDLE_GUI_IDENTIFIER ${ARIA_APP_ID}
    MACOSX_BUNDLE_BUNDLE_NAME "ARIA Integrations"
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_COPYRIGHT "ARIA Integrations"
    MACOSX_BUNDLE_ICON_FILE aria-integrations.icns)
set(ARIA_MACOS_INFO_PLIST ${CMAKE_CURRENT_LIST_DIR}/Info.plist.in)

# The .icns made at build time from our SVG: Qt renders the PNG sizes of an .iconset
# (rendericonset.cpp), then iconutil (part of macOS) or png2icns (Debian's icnsutils) packs them.
function(aria_add_macos_icon target svg)
    find_package(Qt6 REQUIRED COMPONENTS Gui Svg)
    qt_add_executable(aria-render-iconset ${PROJECT_SOURCE_DIR}/packaging/macos/rendericonset.cpp)
    set_target_properties(aria-render-iconset PROPERTIES MACOSX_BUNDLE OFF)
    target_link_libraries(aria-render-iconset PRIVATE Qt6::Gui Qt6::Svg)

    set(iconset ${CMAKE_CURRENT_BINARY_DIR}/aria-integrations.iconset)
    set(icns ${CMAKE_CURRENT_BINARY_DIR}/aria-integrations.icns)
    find_program(ARIA_ICONUTIL iconutil)
    find_program(ARIA_PNG2ICNS png2icns)
    if(ARIA_ICONUTIL)
        set(pack ${ARIA_ICONUTIL} -c icns -o ${icns} ${iconset})
    elseif(ARIA_PNG2ICNS)
        # png2icns picks each image's slot by its pixel size: the 1x files plus 1024 px.
        set(pack ${ARIA_PNG2ICNS} ${icns})
        foreach(size 16 32 128 256 512)
            list(APPEND pack ${iconset}/icon_${size}x${size}.png)
        endforeach()
        list(APPEND pack ${iconset}/icon_512x512@2x.png)
    else()
        message(FATAL_ERROR "The macOS icon needs iconutil (macOS) or png2icns (Debian: icnsutils, "
                            "scripts/install-deps.sh macos-icon)")
    endif()
    add_custom_command(OUTPUT ${icns}
        COMMAND ${CMAKE_COMMAND} -E rm -rf ${iconset}
        COMMAND aria-render-iconset ${svg} ${iconset}
        COMMAND ${pack}
        DEPENDS ${svg} aria-render-iconset
        COMMENT "Making aria-integrations.icns from ${svg}"
        VERBATIM)
    add_custom_target(aria_macos_icon DEPENDS ${icns})
    add_dependencies(${target} aria_macos_icon)
    set(ARIA_MACOS_ICNS ${icns} PARENT_SCOPE)
endfunction()

function(aria_make_macos_bundle target)
    aria_add_macos_icon(${target} ${PROJECT_SOURCE_DIR}/resources/icons/aria-integrations.svg)
    # In the bundle's Resources folder, where CFBundleIconFile looks.
    target_sources(${target} PRIVATE ${ARIA_MACOS_ICNS})
    set_source_files_properties(${ARIA_MACOS_ICNS} PROPERTIES MACOSX_PACKAGE_LOCATION Resources GENERATED ON)
    set_target_properties(${target} PROPERTIES
        MACOSX_BUNDLE ON
        MACOSX_BUNDLE_INFO_PLIST ${ARIA_MACOS_INFO_PLIST}
        ${ARIA_MACOS_BUNDLE_PROPERTIES})
endfunction()

# Info.plist.in filled with the values above into out, as CMake does for the bundle: for the
# Linux test of the template (tests/unit, tst_macosbundle).
function(aria_fill_info_plist out)
    set(MACOSX_BUNDLE_EXECUTABLE_NAME aria-integrations)
    set(props ${ARIA_MACOS_BUNDLE_PROPERTIES})
    while(props)
        list(POP_FRONT props name value)
        set(${name} "${value}")
    endwhile()
    configure_file(${ARIA_MACOS_INFO_PLIST} ${out})
endfunction()
