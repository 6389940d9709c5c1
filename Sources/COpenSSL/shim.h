// OpenSSL's libcrypto: SHA-256 (ETags, cache keys) via EVP, and BIGNUM for
// large-integer products, quotients and powers (Runtime's LargeIntegerKernels).
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/sha.h>
