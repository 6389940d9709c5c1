# inspect.getdoc: an object without its own docstring inherits the first
# one found along its class hierarchy (classes skip object's).
import abc
import inspect


class Shape:
    """A plane figure."""

    def area(self):
        """Return the area."""
        return 0

    @property
    def sides(self):
        """How many sides."""
        return 0

    @classmethod
    def unit(cls):
        """The unit figure."""
        return cls()


class Square(Shape):
    def area(self):
        return 1

    @property
    def sides(self):
        return 4

    @classmethod
    def unit(cls):
        return cls()

    def extra(self):
        return None


class Plugin(abc.ABC):
    pass


print(repr(inspect.getdoc(Square)))
print(repr(inspect.getdoc(Square.area)), repr(inspect.getdoc(Square().area)))
print(repr(inspect.getdoc(Square.unit)), repr(inspect.getdoc(Square.__dict__["sides"])))
print(repr(inspect.getdoc(Square.extra)), repr(Square.area.__doc__))
print(repr(inspect.getdoc(Plugin)))
print(repr(inspect.getdoc(type("Bare", (), {}))))
print(repr(inspect.getdoc(lambda: None)))


def local_function():
    pass


print(repr(inspect.getdoc(local_function)))
