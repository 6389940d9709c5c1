# Source: https://github.com/oomsinkup987/Asynchronous.io/blob/c7ec41f3b09f1602c3c5b8b2b75747fd49b7d57d/class6-asyncio/machine/1-1-washing-sync.py
# (exercises after Jason Brownlee's "Python Asyncio" guide, superfastpython.com, by GitHub user oomsinkup987).
# Adapted: nothing; the file is unmodified below this header.
"""
ต้องการซักผ้า 2 ตะกร้า แบบ synchronous io
กระบวนการซักผ้า 1 ตะกร้า คือ
1. หยอดเหรียญเพื่อซักผ้า
2. นำผ้าเข้าเครื่องซักผ้า
3. ซักผ้าเสร็จ (ใช้เวลา 5 วินาที)

เนื่องจากมีเครื่องซักผ้าที่สามารถพร้อมใช้งานได้ 2 เครื่องพร้อมกัน 
"""

import time

def wash(basket):
    print(f'{time.ctime()} - Washing Machine ({basket}): Put the coin')
    print(f'{time.ctime()} - Washing Machine ({basket}): Start washing...')
    time.sleep(5)
    print(f'{time.ctime()} - Washing Machine ({basket}): Finished washing')
    return f'{basket} is completed'

def main():
    for basket in ['Basket A', 'Basket B']:
        wash(basket)

if __name__ == '__main__':
    t1 = time.time()
    main()
    t2 = time.time() - t1
    print(f'Executed in {t2:0.2f} seconds.')