# logging at DEBUG on stdout sees asyncio's own debug record when a loop is created (CPython: selector_events.py:54 'Using selector: EpollSelector').
import logging, sys, asyncio
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format='%(filename)s:%(lineno)d %(funcName)s %(module)s %(levelname)s %(message)s')
log = logging.getLogger('x')
def f():
    log.info('in f')
class C:
    def m(self):
        logging.warning('in m')
async def coro():
    log.debug('in coro')
f(); C().m(); asyncio.run(coro())
log.info('top')
logging.getLogger().info('root %s', 5)
