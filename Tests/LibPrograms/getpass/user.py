# getuser() reads LOGNAME, USER, LNAME, USERNAME in that order.
import getpass
import os

for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
    os.environ.pop(name, None)
os.environ['USERNAME'] = 'winner-last'
print(getpass.getuser())
os.environ['LNAME'] = 'lname'
print(getpass.getuser())
os.environ['USER'] = 'ada'
print(getpass.getuser())
os.environ['LOGNAME'] = 'grace'
print(getpass.getuser())
os.environ['LOGNAME'] = ''
print(getpass.getuser())
print(issubclass(getpass.GetPassWarning, UserWarning), sorted(getpass.__all__))
