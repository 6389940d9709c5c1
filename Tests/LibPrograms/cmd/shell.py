import cmd
import io


class TodoShell(cmd.Cmd):
    intro = 'Welcome to the todo shell. Type help or ? to list commands.'
    prompt = '(todo) '

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.items = []

    def do_add(self, arg):
        """Add an item: add TEXT"""
        self.items.append(arg)
        print(f'added #{len(self.items)}: {arg}')

    def do_list(self, arg):
        """List the items."""
        for i, item in enumerate(self.items, 1):
            print(f'{i}. {item}')

    def do_done(self, arg):
        try:
            item = self.items.pop(int(arg) - 1)
        except (ValueError, IndexError):
            print('*** no such item:', arg)
        else:
            print('done:', item)

    def help_done(self):
        print('Mark an item done: done N')

    def help_tips(self):
        print('Keep items short.')

    def do_shell(self, arg):
        print('would run', repr(arg))

    def do_quit(self, arg):
        """Leave the shell."""
        print('bye')
        return True

    def precmd(self, line):
        return line.lower() if line.startswith('LIST') else line

    def postloop(self):
        print('postloop ran')


script = '\n'.join([
    'add buy milk', 'add write report', 'LIST', 'done 1', 'done 9', '',
    'frobnicate', '?', 'help done', 'help add', 'help tips', 'help nothing',
    '!ls -l', 'list', 'quit', 'add never',
]) + '\n'
shell = TodoShell(stdin=io.StringIO(script))
shell.use_rawinput = False
shell.cmdloop()
print('remaining:', shell.items, 'lastcmd:', repr(shell.lastcmd))

out = io.StringIO()
quiet = TodoShell(stdout=out)
quiet.cmdqueue = ['help', 'quit']
quiet.cmdloop(intro='')
print(out.getvalue())
print(quiet.parseline('add  something  '), quiet.parseline(''), quiet.parseline('?x'))
print(quiet.parseline('!cmd'), cmd.Cmd().parseline('!cmd'))
print(sorted(quiet.completenames('d')), sorted(quiet.complete_help('')))
print(quiet.complete('a', 0), quiet.complete('a', 1))

buf = io.StringIO()
c = cmd.Cmd(stdout=buf)
c.columnize([])
c.columnize(['only'])
c.columnize([f'w{i}' * (i % 5 + 1) for i in range(30)], displaywidth=40)
c.columnize(['a' * 50, 'b' * 50], displaywidth=30)
print(buf.getvalue())
try:
    c.columnize(['a', 1, 'b', None])
except TypeError as e:
    print('TypeError', e)


class Eof(cmd.Cmd):
    prompt = ''

    def do_EOF(self, arg):
        print('got EOF')
        return True


e = Eof(stdin=io.StringIO(''))
e.use_rawinput = False
e.cmdloop()
print(e.onecmd('EOF'), repr(e.lastcmd), e.emptyline())
