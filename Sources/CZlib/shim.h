// zlib for gzip response bodies. deflateInit2/inflateInit2 are macros that do
// not import into Swift: call deflateInit2_/inflateInit2_ with ZLIB_VERSION.
#include <zlib.h>
