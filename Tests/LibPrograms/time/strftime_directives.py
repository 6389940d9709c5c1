# Every strftime directive of datetime and time (glibc's, flags included),
# zone fields of naive timetuples, strptime with ISO weeks.
import time, datetime
d = datetime.datetime(2024, 3, 5, 7, 8, 9, 123456)
for code in ['%a','%A','%w','%d','%b','%B','%m','%y','%Y','%H','%I','%p','%M','%S','%f','%z','%Z','%j','%U','%W','%c','%x','%X','%%','%G','%u','%V','%-d','%-m','%-I','%-H','%e','%k','%l','%s','%D','%T','%R','%r','%h','%n','%t','%C','%F','%P','%+']:
    try:
        print(code, repr(d.strftime(code)), repr(time.strftime(code, d.timetuple())))
    except Exception as e:
        print(code, type(e).__name__, e)
print(time.localtime(), time.gmtime(86400 * 365.25 * 30))
print(datetime.datetime.now().astimezone(), datetime.datetime.now().astimezone().tzinfo, datetime.timezone(datetime.timedelta(0)))
print(datetime.date.today().strftime('%d/%m/%Y'), datetime.datetime.fromtimestamp(time.time()), datetime.datetime.now().replace(microsecond=0).isoformat())
print(time.strftime('%a, %d %b %Y %H:%M:%S +0000', time.gmtime()), time.asctime(time.localtime(0)), time.ctime(1e9))
print(datetime.datetime.strptime('05/03/24 07:08 PM', '%d/%m/%y %I:%M %p'), datetime.datetime.strptime('2024-W10-2', '%G-W%V-%u'), datetime.datetime.strptime('1700000000', '%s') if False else '')
print(datetime.datetime(2024, 1, 1) + datetime.timedelta(days=0.5), datetime.timedelta(seconds=3661).__str__(), datetime.timedelta(days=2, seconds=-1), datetime.timedelta(hours=-1))
print((datetime.datetime(2024,3,10,12) - datetime.datetime(2024,3,9,13)).seconds, datetime.date(2024,12,31).isocalendar().week, datetime.date.fromisocalendar(2024, 1, 1), datetime.date(2024,1,1).isoformat())
