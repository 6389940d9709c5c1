# Source: https://github.com/oomsinkup987/Asynchronous.io/blob/c7ec41f3b09f1602c3c5b8b2b75747fd49b7d57d/9-asyncio.py
# (exercises after Jason Brownlee's "Python Asyncio" guide, superfastpython.com, by GitHub user oomsinkup987).
# Adapted: nothing; the file is unmodified below this header.
#example of an asynchronous iterator with async fro loop
import asyncio
import time
#define an asynchronous iterator
class AsyncIterator():
    #constructor, define some state 
    def __init__(self):
        self.counter = 0 

    #create an instance of the iterator
    def __aiter__(self):
        return self
    
    #return the next awaitable
    async def __anext__(self):
        #check for no furture item
        if self.counter >=10:
            raise StopAsyncIteration
        #increment the counter 
        self.counter +=1
        #simulate work
        await asyncio.sleep(1)
        #return the counter value
        return self.counter
    
#main coroutine 
async def main():
    #loop over async itrator with async for loop
    async for item in AsyncIterator():
        print(f'{time.ctime()} {item}')


#execute the asyncio program 
asyncio.run(main())