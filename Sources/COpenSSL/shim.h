// OpenSSL's libcrypto, used only for SHA-256 (ETags, cache keys) via EVP.
#include <openssl/evp.h>
#include <openssl/sha.h>
