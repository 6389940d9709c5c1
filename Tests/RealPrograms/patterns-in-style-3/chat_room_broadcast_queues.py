# Source: written for Interleave's corpus in the style of chat-server simulations (per-client queues, broadcast, disconnects, contextvars) (not from a public source)
# Adapted: simulated clients replace sockets
import asyncio
import contextvars
from dataclasses import dataclass, field
from itertools import count

current_user = contextvars.ContextVar("current_user", default="?")
_msg_ids = count(1)


@dataclass(order=True)
class Message:
    mid: int
    sender: str = field(compare=False)
    text: str = field(compare=False)

    def render(self):
        return f"#{self.mid} <{self.sender}> {self.text}"


class Room:
    def __init__(self, name):
        self.name = name
        self.members: dict[str, asyncio.Queue] = {}
        self.transcript: list[Message] = []

    def join(self, user):
        q = asyncio.Queue(maxsize=3)
        self.members[user] = q
        self.announce(f"{user} joined")
        return q

    def leave(self, user):
        self.members.pop(user, None)
        self.announce(f"{user} left")

    def announce(self, text):
        self.broadcast(Message(next(_msg_ids), "*", text))

    def broadcast(self, msg):
        self.transcript.append(msg)
        for user, q in list(self.members.items()):
            if user == msg.sender:
                continue
            try:
                q.put_nowait(msg)
            except asyncio.QueueFull:
                dropped = q.get_nowait()
                q.put_nowait(msg)
                print(f"  [{user}] slow reader, dropped #{dropped.mid}")


async def client(room, user, script, inbox_log):
    current_user.set(user)
    q = room.join(user)

    async def reader():
        while True:
            msg = await q.get()
            inbox_log.append(f"{current_user.get():>5} got {msg.render()}")

    reader_task = asyncio.create_task(reader())
    try:
        for delay, text in script:
            await asyncio.sleep(delay)
            room.broadcast(Message(next(_msg_ids), current_user.get(), text))
        await asyncio.sleep(0.5)
    finally:
        reader_task.cancel()
        room.leave(user)


async def main():
    room = Room("lobby")
    log = []
    scripts = {
        "ann": [(0.1, "hi all"), (0.3, "anyone here?")],
        "bob": [(0.2, "hey ann"), (0.05, "quick"), (0.05, "burst"), (0.05, "of"), (0.05, "messages")],
        "cy": [(0.6, "late to the party")],
    }
    await asyncio.gather(*(client(room, u, s, log) for u, s in scripts.items()))
    print("\n".join(log))
    print("--- transcript ---")
    for m in sorted(room.transcript, reverse=True)[:5]:
        print(m.render())
    print(len(room.transcript), room.members, current_user.get())
    ctx = contextvars.copy_context()
    print(ctx.get(current_user), current_user.name)
    token = current_user.set("admin")
    print(current_user.get(), ctx.run(current_user.get))
    current_user.reset(token)
    print(current_user.get())


asyncio.run(main())
