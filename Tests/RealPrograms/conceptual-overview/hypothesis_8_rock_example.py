# Source: https://github.com/mbrukman/a-conceptual-overview-of-asyncio/blob/890335edfb5ab18c9a42811f9613190b2c76fbcc/hypotheses/8-rock-example.py
# ("A Conceptual Overview of asyncio", later a CPython HOWTO) by Alexander Nordin (anordin95), mirrored by mbrukman.
# Adapted: nothing; the file is unmodified below this header.
class Rock:
    def __await__(self):
        value_sent_in = yield 7
        print(f"Rock.__await__ resuming with value: {value_sent_in}.")
        return value_sent_in
 
async def main():
    print("Beginning coroutine main().")
    rock = Rock()
    print("Awaiting rock...")
    value_from_rock = await rock
    print(f"Coroutine received value: {value_from_rock} from rock.")     
    return 23

coroutine = main()
intermediate_result = coroutine.send(None)
print(f"Coroutine paused and returned intermediate value: {intermediate_result}.")
 
print(f"Resuming coroutine and sending in value: 42.")
try:
    coroutine.send(42)
except StopIteration as e:
    returned_value = e.value
print(f"Coroutine main() finished and provided value: {returned_value}.")