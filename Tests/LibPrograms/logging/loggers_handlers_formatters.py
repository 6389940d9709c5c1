# logging: hierarchy and levels, handlers on stdout, formatters (%, {, $
# styles, asctime/msecs on the virtual clock), filters, LoggerAdapter,
# exceptions with exc_info, basicConfig and the module-level functions.
import logging
import sys

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter('%(asctime)s %(levelname)-7s %(name)s:%(funcName)s: %(message)s'))
root = logging.getLogger()
root.addHandler(out)
log = logging.getLogger('app.core')
print(log, root, logging.getLogger('app'), log.parent, log.getEffectiveLevel(), logging.getLevelName(25), logging.getLevelName('INFO'))
log.info('hidden (root is WARNING)')
log.warning('visible %s and %d', 'args', 42)
log.setLevel(logging.DEBUG)


def work():
    log.debug('inside work, effective level %s', log.getEffectiveLevel())


work()
brace = logging.StreamHandler(sys.stdout)
brace.setFormatter(logging.Formatter('{levelname}|{name}|{message}|{lineno}', style='{'))
dollar = logging.StreamHandler(sys.stdout)
dollar.setFormatter(logging.Formatter('$levelname ~ $message', style='$'))
sub = logging.getLogger('app.core.sub')
sub.addHandler(brace)
sub.addHandler(dollar)
sub.propagate = False
sub.error('error with %(key)s', {'key': 'mapping args'})


class OnlyOdd(logging.Filter):
    def filter(self, record):
        record.parity = 'odd'
        return record.args[0] % 2 == 1


odd = logging.getLogger('odd')
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('[%(parity)s] %(message)s'))
h.addFilter(OnlyOdd())
odd.addHandler(h)
odd.propagate = False
for i in range(4):
    odd.warning('n=%d', i)
odd.addFilter(lambda r: r.args[0] != 3)
odd.warning('n=%d', 3)
odd.warning('n=%d', 5)
adapter = logging.LoggerAdapter(log, {'conn': 7})
adapter.warning('through adapter %s', adapter.extra)
exc = logging.getLogger('exc')
eh = logging.StreamHandler(sys.stdout)


class OneLine(logging.Formatter):
    def formatException(self, ei):
        return f'{ei[0].__name__}: {ei[1]} (traceback omitted)'


eh.setFormatter(OneLine('%(levelname)s %(message)s'))
exc.addHandler(eh)
exc.propagate = False
try:
    {}['missing']
except KeyError:
    exc.exception('lookup failed')
rec = logging.makeLogRecord({'msg': 'hello %s', 'args': ('x',), 'levelno': 30, 'levelname': 'WARNING', 'name': 'made'})
print(rec.getMessage(), rec.name, logging.Formatter('%(name)s/%(message)s').format(rec))
print(repr(out), repr(h), log.isEnabledFor(logging.DEBUG), root.isEnabledFor(logging.INFO), log.hasHandlers(), logging.getLogger('app.core') is log)
logging.disable(logging.ERROR)
log.error('disabled')
log.critical('critical gets through')
logging.disable(logging.NOTSET)
print(logging.getLogger('x.y.z').parent is root, logging.getLogger('x.y').getChild('z') is logging.getLogger('x.y.z'), log.manager is root.manager)
root.removeHandler(out)
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format='basic: %(levelname)s %(message)s', force=True)
logging.info('module-level info')
logging.getLogger('late').info('child of configured root')
for bad in (lambda: log.setLevel('LOUD'), lambda: logging.Formatter('%(x)', validate=True), lambda: logging.Formatter(style='!'),
            lambda: log.log('INFO', 'x'), lambda: logging.basicConfig(stream=sys.stdout, filename='x.log', force=True)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
