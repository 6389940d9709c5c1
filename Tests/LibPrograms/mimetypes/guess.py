import io
import mimetypes

# A MimeTypes instance holds only the built-in tables (no system files).
db = mimetypes.MimeTypes()
for name in ['index.html', 'photo.JPG', 'archive.tar.gz', 'data.json', 'script.js',
             'notes.txt', 'a.tgz', 'image.svgz', 'movie.mp4', 'doc.pdf', 'x.unknownext',
             'noext', 'https://example.com/path/file.css?query=1', 'data:text/csv;base64,QUJD',
             'data:,hello', 'weird.Z', 'song.mp3', 'book.epub', 'report.xlsx']:
    print(name, db.guess_type(name), db.guess_type(name, strict=False))
for t in ['text/html', 'image/jpeg', 'application/json', 'text/plain', 'image/png', 'audio/mpeg',
          'application/x-unknown', 'TEXT/HTML', 'text/xml']:
    print(t, db.guess_extension(t), db.guess_all_extensions(t), db.guess_all_extensions(t, strict=False))
db.add_type('application/x-playground', '.play')
db.add_type('application/x-playground', '.pg')
db.add_type('text/x-loose', '.loose', strict=False)
print(db.guess_type('file.play'), db.guess_all_extensions('application/x-playground'))
print(db.guess_type('file.loose'), db.guess_type('file.loose', strict=False))
db.readfp(io.StringIO('# comment line\ntext/x-custom   cst cst2   # trailing\n\napplication/x-empty\n'))
print(db.guess_type('a.cst2'), db.guess_extension('text/x-custom'))
print(db.encodings_map['.gz'], db.suffix_map['.tgz'])

# the module-level functions for common types
print(mimetypes.guess_type('page.html'), mimetypes.guess_type('pic.png'), mimetypes.guess_type('a.css'))
print(mimetypes.guess_extension('image/png'), mimetypes.guess_extension('text/css'))
mimetypes.add_type('application/x-made-up', '.madeup')
print(mimetypes.guess_type('x.madeup'), mimetypes.guess_extension('application/x-made-up'))
print(mimetypes.types_map['.json'], mimetypes.common_types['.jpg'], '.madeup' in mimetypes.types_map)
print(mimetypes.inited)
print(mimetypes.read_mime_types('/no/such/mime.types'))
try:
    db.read('/no/such/mime.types')
except FileNotFoundError as e:
    print('FileNotFoundError', e.filename)
