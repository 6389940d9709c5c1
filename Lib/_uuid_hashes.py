"""MD5 and SHA-1 over bytes, in pure Python, for uuid3/uuid5 (the
playground has no hashlib). Each returns the 16/20-byte digest as bytes."""

_MASK = 0xFFFFFFFF


def _rotl(x, n):
    return ((x << n) | (x >> (32 - n))) & _MASK


def _pad(message, length_big_endian):
    data = list(message)
    bit_length = (len(data) * 8) & 0xFFFFFFFFFFFFFFFF
    data.append(0x80)
    while len(data) % 64 != 56:
        data.append(0)
    if length_big_endian:
        data.extend((bit_length >> (8 * i)) & 0xFF for i in range(7, -1, -1))
    else:
        data.extend((bit_length >> (8 * i)) & 0xFF for i in range(8))
    return data


def sha1(message):
    data = _pad(message, True)
    h0, h1, h2, h3, h4 = 0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0
    for start in range(0, len(data), 64):
        w = [(data[start + 4 * i] << 24) | (data[start + 4 * i + 1] << 16) |
             (data[start + 4 * i + 2] << 8) | data[start + 4 * i + 3] for i in range(16)]
        for i in range(16, 80):
            w.append(_rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1))
        a, b, c, d, e = h0, h1, h2, h3, h4
        for i in range(80):
            if i < 20:
                f = (b & c) | ((~b) & d)
                k = 0x5A827999
            elif i < 40:
                f = b ^ c ^ d
                k = 0x6ED9EBA1
            elif i < 60:
                f = (b & c) | (b & d) | (c & d)
                k = 0x8F1BBCDC
            else:
                f = b ^ c ^ d
                k = 0xCA62C1D6
            temp = (_rotl(a, 5) + (f & _MASK) + e + k + w[i]) & _MASK
            e, d, c, b, a = d, c, _rotl(b, 30), a, temp
        h0 = (h0 + a) & _MASK
        h1 = (h1 + b) & _MASK
        h2 = (h2 + c) & _MASK
        h3 = (h3 + d) & _MASK
        h4 = (h4 + e) & _MASK
    out = []
    for h in (h0, h1, h2, h3, h4):
        out.extend(((h >> 24) & 0xFF, (h >> 16) & 0xFF, (h >> 8) & 0xFF, h & 0xFF))
    return bytes(out)


_MD5_SHIFTS = [7, 12, 17, 22] * 4 + [5, 9, 14, 20] * 4 + [4, 11, 16, 23] * 4 + [6, 10, 15, 21] * 4


def _md5_constants():
    import math
    return [int(abs(math.sin(i + 1)) * 4294967296) & _MASK for i in range(64)]


_MD5_K = None


def md5(message):
    global _MD5_K
    if _MD5_K is None:
        _MD5_K = _md5_constants()
    data = _pad(message, False)
    a0, b0, c0, d0 = 0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476
    for start in range(0, len(data), 64):
        m = [data[start + 4 * i] | (data[start + 4 * i + 1] << 8) |
             (data[start + 4 * i + 2] << 16) | (data[start + 4 * i + 3] << 24) for i in range(16)]
        a, b, c, d = a0, b0, c0, d0
        for i in range(64):
            if i < 16:
                f = (b & c) | ((~b) & d)
                g = i
            elif i < 32:
                f = (d & b) | ((~d) & c)
                g = (5 * i + 1) % 16
            elif i < 48:
                f = b ^ c ^ d
                g = (3 * i + 5) % 16
            else:
                f = c ^ (b | ((~d) & _MASK))
                g = (7 * i) % 16
            f = (f + a + _MD5_K[i] + m[g]) & _MASK
            a, d, c = d, c, b
            b = (b + _rotl(f, _MD5_SHIFTS[i])) & _MASK
        a0 = (a0 + a) & _MASK
        b0 = (b0 + b) & _MASK
        c0 = (c0 + c) & _MASK
        d0 = (d0 + d) & _MASK
    out = []
    for h in (a0, b0, c0, d0):
        out.extend((h & 0xFF, (h >> 8) & 0xFF, (h >> 16) & 0xFF, (h >> 24) & 0xFF))
    return bytes(out)
