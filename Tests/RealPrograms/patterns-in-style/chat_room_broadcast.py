# Source: written for Interleave's corpus in the style of in-memory pub/sub chat room examples (not from a public source)
# Adapted: nothing
import asyncio
from collections import defaultdict


class ChatRoom:
    def __init__(self):
        self.subscribers: dict[str, asyncio.Queue] = {}
        self.history = []

    def join(self, user: str) -> asyncio.Queue:
        q = asyncio.Queue()
        self.subscribers[user] = q
        self.broadcast("system", f"{user} joined")
        return q

    def leave(self, user: str):
        self.subscribers.pop(user, None)
        self.broadcast("system", f"{user} left")

    def broadcast(self, sender: str, text: str):
        self.history.append((sender, text))
        for user, q in self.subscribers.items():
            if user != sender:
                q.put_nowait((sender, text))


async def listener(room: ChatRoom, user: str, inbox: asyncio.Queue, received: dict):
    while True:
        sender, text = await inbox.get()
        if text == "/quit" and sender == "admin":
            break
        received[user].append(f"{sender}: {text}")


async def talker(room: ChatRoom, user: str, lines: list[str], pause: float):
    for line in lines:
        await asyncio.sleep(pause)
        room.broadcast(user, line)


async def main():
    room = ChatRoom()
    received = defaultdict(list)
    users = ["ann", "ben", "cat"]
    inboxes = {u: room.join(u) for u in users}
    listeners = [asyncio.create_task(listener(room, u, inboxes[u], received)) for u in users]
    await asyncio.gather(
        talker(room, "ann", ["hi all", "how is it going?"], 0.2),
        talker(room, "ben", ["hey ann", "fine"], 0.3),
        talker(room, "cat", ["brb"], 0.5),
    )
    room.leave("cat")
    room.broadcast("admin", "/quit")
    await asyncio.wait_for(asyncio.gather(*listeners[:2]), 1)
    listeners[2].cancel()
    for u in users:
        print(f"--- {u} ({len(received[u])} messages)")
        for m in received[u]:
            print("   ", m)
    print("history length:", len(room.history))


asyncio.run(main())
