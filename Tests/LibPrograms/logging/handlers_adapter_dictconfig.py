import asyncio, logging, logging.config, sys, io

class CtxFilter(logging.Filter):
    def filter(self, record):
        record.task = getattr(record, 'task', '-')
        return record.levelno != 25

async def worker(log, n):
    await asyncio.sleep(n)
    log.info('worker %d done after %ss', n, n)
    if n == 2:
        try:
            1 / 0
        except ZeroDivisionError:
            log.exception('boom in %s', n)

async def main():
    logging.addLevelName(25, 'NOTICE')
    h = logging.StreamHandler(sys.stdout)
    h.setFormatter(logging.Formatter('%(relativeCreated)d %(levelname)-8s %(name)s:%(lineno)d %(funcName)s [%(task)s] %(message)s'))
    h.addFilter(CtxFilter())
    log = logging.getLogger('app.core')
    log.addHandler(h)
    log.setLevel(logging.DEBUG)
    log.propagate = False
    log.debug('debug %s', {'a': 1})
    log.log(25, 'filtered out')
    log.warning('warn %r', 'x', extra={'task': 'T1'})
    await asyncio.gather(worker(log, 1), worker(log, 2))
    adapter = logging.LoggerAdapter(log, {'task': 'AD'})
    adapter.error('via adapter')
    print(logging.getLevelName(25), logging.getLevelName('NOTICE'), logging.getLevelName(33), log.getEffectiveLevel(), log.isEnabledFor(5))
    print(log, logging.getLogger('app'), logging.getLogger(), log.parent, logging.getLogger('app.core') is log)
    print(repr(h), h.level, h.formatter._fmt[:10])
    buf = io.StringIO()
    logging.config.dictConfig({
        'version': 1,
        'formatters': {'brief': {'format': '%(levelname)s|%(name)s|%(message)s'},
                       'stamp': {'format': '%(asctime)s %(message)s', 'datefmt': '%Y-%m-%d %H:%M:%S'}},
        'handlers': {'buf': {'class': 'logging.StreamHandler', 'formatter': 'brief', 'stream': buf, 'level': 'INFO'},
                     'out': {'class': 'logging.StreamHandler', 'formatter': 'stamp', 'stream': 'ext://sys.stdout'}},
        'loggers': {'svc': {'handlers': ['buf', 'out'], 'level': 'DEBUG', 'propagate': False}},
    })
    svc = logging.getLogger('svc')
    svc.debug('dbg only to out')
    svc.info('info to both')
    logging.getLogger('svc.child').warning('child %s', 'msg')
    print(repr(buf.getvalue()))
    f = logging.Formatter('{levelname}:{message}', style='{')
    r = logging.LogRecord('n', logging.INFO, 'p.py', 10, 'hello %s', ('w',), None)
    print(f.format(r), r.getMessage(), r.levelname, r.name, r.lineno, r.args)
    f2 = logging.Formatter('$levelname $message', style='$')
    print(f2.format(r))
    try:
        logging.Formatter('%(x', style='%').format(r)
    except Exception as e:
        print(type(e).__name__)
    try:
        logging.Formatter('x', style='?')
    except ValueError as e:
        print('ValueError', e)
    logging.basicConfig(level=logging.INFO, format='BASIC %(levelname)s %(message)s', stream=sys.stdout)
    logging.info('root info')
    logging.getLogger('other').warning('other warn')
    logging.disable(logging.WARNING)
    logging.warning('hidden')
    logging.disable(logging.NOTSET)
    logging.error('shown %d%%', 5)
asyncio.run(main())
