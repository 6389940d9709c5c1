# Source: https://github.com/ArjanCodes/examples/blob/69b587d5236211bd5a03d67e289e59a8a90f14a2/2022/async/after-2/main.py
# (ArjanCodes' example code for his video on asyncio, the IoT service refactoring, version "after-2").
# Adapted: the program runs as one file, so the modules it imports from its own iot/ package (message.py, devices.py, service.py) are inlined (lines marked "adapted"); nothing else changed.
import asyncio
from typing import Any, Awaitable

# iot/message.py  # adapted
from dataclasses import dataclass  # adapted
from enum import Enum, auto  # adapted


class MessageType(Enum):  # adapted
    SWITCH_ON = auto()  # adapted
    SWITCH_OFF = auto()  # adapted
    CHANGE_COLOR = auto()  # adapted
    PLAY_SONG = auto()  # adapted
    OPEN = auto()  # adapted
    CLOSE = auto()  # adapted
    FLUSH = auto()  # adapted
    CLEAN = auto()  # adapted


@dataclass  # adapted
class Message:  # adapted
    device_id: str  # adapted
    msg_type: MessageType  # adapted
    data: str = ""  # adapted
# iot/devices.py  # adapted
import asyncio  # adapted

# from iot.message import MessageType  # adapted: inlined above


class HueLightDevice:  # adapted
    async def connect(self) -> None:  # adapted
        print("Connecting Hue Light.")  # adapted
        await asyncio.sleep(0.5)  # adapted
        print("Hue Light connected.")  # adapted

    async def disconnect(self) -> None:  # adapted
        print("Disconnecting Hue Light.")  # adapted
        await asyncio.sleep(0.5)  # adapted
        print("Hue Light disconnected.")  # adapted

    async def send_message(self, message_type: MessageType, data: str = "") -> None:  # adapted
        print(  # adapted
            f"Hue Light handling message of type {message_type.name} with data [{data}]."  # adapted
        )  # adapted
        await asyncio.sleep(0.5)  # adapted
        print("Hue Light received message.")  # adapted


class SmartSpeakerDevice:  # adapted
    async def connect(self) -> None:  # adapted
        print("Connecting to Smart Speaker.")  # adapted
        await asyncio.sleep(0.5)  # adapted
        print("Smart Speaker connected.")  # adapted

    async def disconnect(self) -> None:  # adapted
        print("Disconnecting Smart Speaker.")  # adapted
        await asyncio.sleep(0.5)  # adapted
        print("Smart Speaker disconnected.")  # adapted

    async def send_message(self, message_type: MessageType, data: str = "") -> None:  # adapted
        print(  # adapted
            f"Smart Speaker handling message of type {message_type.name} with data [{data}]."  # adapted
        )  # adapted
        await asyncio.sleep(0.5)  # adapted
        print("Smart Speaker received message.")  # adapted


class SmartToiletDevice:  # adapted
    async def connect(self) -> None:  # adapted
        print("Connecting to Smart Toilet.")  # adapted
        await asyncio.sleep(0.5)  # adapted
        print("Smart Toilet connected.")  # adapted

    async def disconnect(self) -> None:  # adapted
        print("Disconnecting Smart Toilet.")  # adapted
        await asyncio.sleep(0.5)  # adapted
        print("Smart Toilet disconnected.")  # adapted

    async def send_message(self, message_type: MessageType, data: str = "") -> None:  # adapted
        print(  # adapted
            f"Smart Toilet handling message of type {message_type.name} with data [{data}]."  # adapted
        )  # adapted
        await asyncio.sleep(0.5)  # adapted
        print("Smart Toilet received message.")  # adapted
# iot/service.py  # adapted
import asyncio  # adapted
import random  # adapted
import string  # adapted
from typing import Any, Awaitable, Protocol  # adapted

# from iot.message import Message, MessageType  # adapted: inlined above


def generate_id(length: int = 8):  # adapted
    return "".join(random.choices(string.ascii_uppercase, k=length))  # adapted


class Device(Protocol):  # adapted
    async def connect(self) -> None: ...  # adapted

    async def disconnect(self) -> None: ...  # adapted

    async def send_message(self, message_type: MessageType, data: str = "") -> None: ...  # adapted


class IOTService:  # adapted
    def __init__(self):  # adapted
        self.devices: dict[str, Device] = {}  # adapted

    async def register_device(self, device: Device) -> str:  # adapted
        await device.connect()  # adapted
        device_id = generate_id()  # adapted
        self.devices[device_id] = device  # adapted
        return device_id  # adapted

    async def unregister_device(self, device_id: str) -> None:  # adapted
        await self.devices[device_id].disconnect()  # adapted
        del self.devices[device_id]  # adapted

    def get_device(self, device_id: str) -> Device:  # adapted
        return self.devices[device_id]  # adapted

    async def run_program(self, program: list[Message]) -> None:  # adapted
        print("=====RUNNING PROGRAM======")  # adapted
        await asyncio.gather(*[self.send_msg(msg) for msg in program])  # adapted
        print("=====END OF PROGRAM======")  # adapted

    async def send_msg(self, msg: Message) -> None:  # adapted
        await self.devices[msg.device_id].send_message(msg.msg_type, msg.data)  # adapted
# from iot.devices import HueLightDevice, SmartSpeakerDevice, SmartToiletDevice  # adapted: inlined above
# from iot.message import Message, MessageType  # adapted: inlined above
# from iot.service import IOTService  # adapted: inlined above


async def run_sequence(*functions: Awaitable[Any]) -> None:
    for function in functions:
        await function


async def run_parallel(*functions: Awaitable[Any]) -> None:
    await asyncio.gather(*functions)


async def main() -> None:
    # create a IOT service
    service = IOTService()

    # create and register a few devices
    hue_light = HueLightDevice()
    speaker = SmartSpeakerDevice()
    toilet = SmartToiletDevice()

    hue_light_id, speaker_id, toilet_id = await asyncio.gather(
        service.register_device(hue_light),
        service.register_device(speaker),
        service.register_device(toilet),
    )

    # create a few programs
    wake_up_program = [
        Message(hue_light_id, MessageType.SWITCH_ON),
        Message(speaker_id, MessageType.SWITCH_ON),
        Message(speaker_id, MessageType.PLAY_SONG, "Miles Davis - Kind of Blue"),
    ]

    # run the programs
    await service.run_program(wake_up_program)
    await run_parallel(
        service.send_msg(Message(hue_light_id, MessageType.SWITCH_OFF)),
        service.send_msg(Message(speaker_id, MessageType.SWITCH_OFF)),
        run_sequence(
            service.send_msg(Message(toilet_id, MessageType.FLUSH)),
            service.send_msg(Message(toilet_id, MessageType.CLEAN)),
        ),
    )


if __name__ == "__main__":
    asyncio.run(main())
