import optparse
import sys
from optparse import OptionParser, OptionGroup, make_option, OptionValueError

parser = OptionParser(usage='usage: %prog [options] FILE...', version='%prog 1.2',
                      prog='tool', description='Process some files. ' * 8,
                      epilog='Report bugs to nobody.')
parser.add_option('-f', '--file', dest='filename', metavar='FILE',
                  help='write report to FILE [default: %default]', default='out.txt')
parser.add_option('-q', '--quiet', action='store_false', dest='verbose', default=True,
                  help="don't print status messages to stdout")
parser.add_option('-n', '--count', type='int', default=3, help='how many times (default %default)')
parser.add_option('--ratio', type='float')
parser.add_option('-v', action='count', dest='verbosity', help='more noise')
parser.add_option('-I', '--include', action='append', default=[], help='add a directory')
parser.add_option('--mode', type='choice', choices=['fast', 'slow'], default='fast')
parser.add_option('--debug', action='store_const', const=2, dest='level')
parser.add_option('--point', nargs=2, type='int')
parser.add_option('--secret', help=optparse.SUPPRESS_HELP)
group = OptionGroup(parser, 'Dangerous Options',
                    'Caution: use these options at your own risk. It is believed that some of them bite.')
group.add_option('-g', action='store_true', help='Group option with a rather long help text that has to be wrapped over several lines.')
group.add_option('--very-long-option-name-here', metavar='VALUE', help='short help')
parser.add_option_group(group)


def seen(option, opt_str, value, parser, tag):
    print('callback', opt_str, value, tag, parser.largs, parser.rargs)
    setattr(parser.values, option.dest, value.upper())


parser.add_option('-c', '--callback', action='callback', callback=seen, type='string',
                  dest='cb', callback_args=('T',))

print(parser.format_help())
print(parser.get_usage(), parser.get_version())

CASES = [
    [],
    ['-f', 'report.txt', 'a.py', 'b.py'],
    ['--file=x.log', '-qvvv', '-n', '0x1f', '--rat', '2.5', 'rest'],
    ['-I', 'inc', '--include', 'lib', '-Isrc', '--mode', 'slow', '--debug'],
    ['--point', '3', '4', '-cabc', 'pos', '--', '-n', '5'],
    ['-n010', '-n', '0b101'],
    ['--coun', '7', '-gq'],
]
for args in CASES:
    opts, rest = parser.parse_args(args)
    print(args)
    print('  ', sorted(vars(opts).items()), rest)

ERRORS = [['--nope'], ['-x'], ['--co', '1'], ['-n', 'abc'], ['--ratio', 'x'],
          ['--mode', 'medium'], ['--quiet=yes'], ['--point', '1'], ['-f'],
          ['--ve'], ['--version'], ['--help']]
for args in ERRORS:
    try:
        parser.parse_args(args)
    except SystemExit as e:
        print(args, 'exit', e.code)

print(parser.has_option('-f'), parser.get_option('--file').dest, str(parser.get_option('-n')))
parser.remove_option('--ratio')
print(parser.has_option('--ratio'))
parser.set_defaults(count=9)
print(parser.get_default_values().count)
parser.disable_interspersed_args()
print(parser.parse_args(['a', '-q'])[1])
v = optparse.Values({'a': 1})
print(v, v == {'a': 1}, v.ensure_value('b', []), v)

for bad in [lambda: make_option('x'), lambda: make_option('--x', action='bogus'),
            lambda: make_option('-ab'), lambda: make_option('--x', type='int', action='store_true'),
            lambda: make_option('--x', typo=1), lambda: make_option('--x', type='choice'),
            lambda: make_option('--x', const=1), lambda: make_option(),
            lambda: parser.add_option('-f')]:
    try:
        bad()
    except (optparse.OptionError, TypeError) as e:
        print(type(e).__name__, e)
p2 = OptionParser(conflict_handler='resolve', add_help_option=False)
p2.add_option('-a', '--alpha')
p2.add_option('-a', '--apple', action='store_true')
print([str(o) for o in p2.option_list], p2.parse_args(['--al', 'x', '-a'])[0])
p3 = OptionParser(formatter=optparse.TitledHelpFormatter(), usage=optparse.SUPPRESS_USAGE)
p3.add_option('-z', '--zeta', type='int', help='zeta value')
print(p3.format_help())
try:
    optparse.OptionParser().parse_args(['--h'])
except SystemExit as e:
    print('exit', e.code)
print(optparse.check_choice is not None, OptionValueError.__mro__[1].__name__)
