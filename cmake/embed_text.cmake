# cmake -DIN=file -DOUT=file.inc -P embed_text.cmake: writes IN's text as a C string literal
# (one literal per line) for `static const char x[] = #include "file.inc";`.
file(READ ${IN} text)
string(REPLACE "\\" "\\\\" text "${text}")
string(REPLACE "\"" "\\\"" text "${text}")
string(REPLACE "\n" "\\n\"\n\"" text "${text}")
get_filename_component(name ${IN} NAME)
file(WRITE ${OUT} "// ${name} as a string literal, generated at build time by cmake/embed_text.cmake\n\"${text}\"\n")
