# Method calls and attribute access: bound methods, properties, inherited
# methods found through the MRO, instance and class attributes, setattr in
# hot loops.
class Vec:
    scale = 3

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def add_in_place(self, other):
        self.x += other.x
        self.y += other.y
        return self

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


class Particle:
    def __init__(self, x, y, dx, dy):
        self.pos = Vec(x, y)
        self.vel = Vec(dx, dy)
        self.hits = 0

    def step(self, size):
        p = self.pos
        p.add_in_place(self.vel)
        if p.x < 0 or p.x >= size:
            self.vel.x = -self.vel.x
            self.hits += 1
        if p.y < 0 or p.y >= size:
            self.vel.y = -self.vel.y
            self.hits += 1

    def energy(self):
        return self.vel.dot(self.vel) * self.pos.scale


class Heavy(Particle):
    def energy(self):
        return super().energy() * 2


particles = []
for i in range(200):
    cls = Heavy if i % 3 == 0 else Particle
    particles.append(cls(i % 50, (i * 7) % 50, i % 5 - 2, i % 3 - 1))

total = 0
for tick in range(22000):
    for p in particles:
        p.step(50)
    if tick % 100 == 0:
        total += sum(p.energy() for p in particles)
print(total, sum(p.hits for p in particles), sum(p.pos.norm1 for p in particles))
