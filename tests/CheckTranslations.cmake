# SPDX-FileCopyrightText: 2026 DualDegree contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Fails when a text a user reads has no Chinese or Thai translation: the sources are
# read again with lupdate into copies of the .ts files (never into the source tree),
# and any message left unfinished there, or in the files as they are, is reported.
#   cmake -DLUPDATE=<lupdate> -DSOURCE_DIR=<project> -DWORK_DIR=<scratch> -P CheckTranslations.cmake

cmake_minimum_required(VERSION 3.21)

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(problems "")
foreach(lang zh_CN th)
    set(ts ${SOURCE_DIR}/resources/translations/dualdegree_${lang}.ts)
    file(READ ${ts} committed)
    string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${committed}")
    list(LENGTH unfinished count)
    if(count GREATER 0)
        string(APPEND problems "dualdegree_${lang}.ts: ${count} message(s) without a translation\n")
    endif()
    configure_file(${ts} ${WORK_DIR}/dualdegree_${lang}.ts COPYONLY)
    execute_process(
        COMMAND ${LUPDATE} -no-obsolete -locations none -I ${SOURCE_DIR}/src ${SOURCE_DIR}/src/app ${SOURCE_DIR}/src/core
                ${SOURCE_DIR}/src/data ${SOURCE_DIR}/forms -ts ${WORK_DIR}/dualdegree_${lang}.ts
        RESULT_VARIABLE result OUTPUT_QUIET ERROR_QUIET)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed (${result})")
    endif()
    file(READ ${WORK_DIR}/dualdegree_${lang}.ts fresh)
    string(REGEX MATCHALL "<source>[^<]*</source>\n[ ]*(<comment>[^<]*</comment>\n[ ]*)?<translation type=\"unfinished\"" new "${fresh}")
    foreach(m IN LISTS new)
        string(REGEX MATCH "<source>([^<]*)</source>" text "${m}")
        string(APPEND problems "${lang}: not yet in the .ts (run lupdate and scripts/fill_translations.py): ${CMAKE_MATCH_1}\n")
    endforeach()
endforeach()
if(problems)
    message(FATAL_ERROR "${problems}")
endif()
message(STATUS "every interface text has its Chinese and Thai translation")
