# Normalizing long strings (the runtime normalizes them piece by piece)
# gives the same text as CPython, across compositions that join
# neighbours: Hangul jamo, Indic two-part vowels, canonical reordering of
# combining marks, compatibility forms.
import hashlib
import unicodedata

parts = ['e\u0301', '\u00e9', 'A\u030a', '\u1100\u1161\u11a8', '\uac00\u11a8', '\ufb01', '\u0b47\u0b3e',
         'x\u0323\u0307', '\u2460', ' ', '\u0f73', '\u1e9b\u0323', '\uffc2', '\u00c5', '\u212b', '\u0344',
         'q\u0307\u0323', '\u0dd9\u0dcf', '\u1025\u102e', 'ß']
text = ''.join(parts * 400)
for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
    result = unicodedata.normalize(form, text)
    print(form, len(result), hashlib.sha256(result.encode()).hexdigest()[:16],
          unicodedata.is_normalized(form, result), unicodedata.is_normalized(form, text))

marks = 'a' + '\u0301\u0323\u0307' * 3000 + 'b'
print(len(unicodedata.normalize('NFC', marks)), ascii(unicodedata.normalize('NFD', marks)[:4]))
hangul = '\u1100\u1161' * 5000 + '\u11a8'
print(len(unicodedata.normalize('NFC', hangul)), unicodedata.normalize('NFC', hangul)[-1] == '\uac01')
print(len(unicodedata.normalize('NFKC', '\ufdfa' * 2000)), unicodedata.normalize('NFD', '\u00e9' * 5000).count('\u0301'))
