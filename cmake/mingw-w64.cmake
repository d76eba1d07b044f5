# Cross-compiling for 64-bit Windows with Debian's mingw-w64 (posix threads, so std::thread and
# Qt's threading use winpthreads). Used by scripts/windows-sdk.sh for Qt itself and by
# `make windows` for the app (through the Qt toolchain file, which chain-loads this one).
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(_mingw x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${_mingw}-gcc-posix)
set(CMAKE_CXX_COMPILER ${_mingw}-g++-posix)
set(CMAKE_RC_COMPILER ${_mingw}-windres)

# Headers and libraries of the target come from the mingw sysroot and the SDK prefixes only;
# programs (moc, rcc from Debian's host Qt) from the build machine.
list(APPEND CMAKE_FIND_ROOT_PATH /usr/${_mingw})
if(DEFINED ENV{ARIA_WINDOWS_SDK})
    list(APPEND CMAKE_FIND_ROOT_PATH $ENV{ARIA_WINDOWS_SDK})
endif()
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
