# Writes a C++ source that returns a text file's contents from a function, so the file is
# built into the binary. Usage:
#   cmake -DINPUT=file -DOUTPUT=file.cc -DFUNCTION=ns::name -DHEADER=path/header.h -P embed_text.cmake
file(READ "${INPUT}" content)
set(delimiter "swv_embed")
string(FIND "${content}" ")${delimiter}\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw string delimiter )${delimiter}\"")
endif()
string(REGEX REPLACE "::[^:]*$" "" namespace "${FUNCTION}")
string(REGEX REPLACE "^.*::" "" name "${FUNCTION}")
file(WRITE "${OUTPUT}.tmp"
  "// Generated from ${INPUT} by cmake/embed_text.cmake: do not edit.\n"
  "#include \"${HEADER}\"\n\n"
  "namespace ${namespace} {\n\n"
  "const std::string& ${name}() {\n"
  "  static const std::string text = R\"${delimiter}(${content})${delimiter}\";\n"
  "  return text;\n"
  "}\n\n"
  "}  // namespace ${namespace}\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
