# sys.meta_path, path_hooks and path_importer_cache exist and can be
# extended, as import-tracing tutorials do before importing anything.
import sys


class DebugFinder:
    @classmethod
    def find_spec(cls, name, path, target=None):
        print(f"Importing {name!r}")
        return None


print(type(sys.meta_path).__name__, type(sys.path_hooks).__name__,
      type(sys.path_importer_cache).__name__)
sys.meta_path.insert(0, DebugFinder)
print(sys.meta_path[0].__name__)
sys.meta_path.remove(DebugFinder)
print(DebugFinder in sys.meta_path)
