import colorsys

SAMPLES = [(0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0),
           (0.0, 0.0, 1.0), (0.2, 0.4, 0.4), (0.9, 0.8, 0.95), (0.5, 0.5, 0.5),
           (0.25, 0.75, 0.1), (0.6, 0.3, 0.9), (1.0, 0.5, 0.0), (0.1, 0.1, 0.7)]

for rgb in SAMPLES:
    hsv = colorsys.rgb_to_hsv(*rgb)
    hls = colorsys.rgb_to_hls(*rgb)
    yiq = colorsys.rgb_to_yiq(*rgb)
    print(rgb)
    print('  hsv', hsv, colorsys.hsv_to_rgb(*hsv))
    print('  hls', hls, colorsys.hls_to_rgb(*hls))
    print('  yiq', yiq, colorsys.yiq_to_rgb(*yiq))

# Hue wraps, out-of-range YIQ clamps, every HSV sextant.
for i in range(13):
    h = i / 12
    print(f'{h:.3f}', colorsys.hsv_to_rgb(h, 0.8, 0.9), colorsys.hls_to_rgb(h, 0.3, 0.6), colorsys.hls_to_rgb(h, 0.7, 0.6))
print(colorsys.hsv_to_rgb(1.5, 1, 1), colorsys.hls_to_rgb(-0.25, 0.5, 1))
print(colorsys.yiq_to_rgb(1.0, 0.6, 0.6), colorsys.yiq_to_rgb(0.0, -0.6, 0.5))
print(colorsys.rgb_to_hls(0.9, 0.9, 0.95), colorsys.rgb_to_hsv(2, 1, 0))


def hex_to_hsv(code):
    r, g, b = (int(code[i:i + 2], 16) / 255 for i in (1, 3, 5))
    h, s, v = colorsys.rgb_to_hsv(r, g, b)
    return round(h * 360), round(s * 100), round(v * 100)


for code in ['#ff8800', '#336699', '#c0ffee', '#000000']:
    print(code, hex_to_hsv(code))
print(colorsys.__all__, colorsys.ONE_THIRD, colorsys.TWO_THIRD)
try:
    colorsys.rgb_to_hsv('a', 1, 2)
except TypeError as e:
    print('TypeError', e)
